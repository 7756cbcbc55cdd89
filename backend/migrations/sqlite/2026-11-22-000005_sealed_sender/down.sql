ALTER TABLE accounts DROP COLUMN access_key_hash;
