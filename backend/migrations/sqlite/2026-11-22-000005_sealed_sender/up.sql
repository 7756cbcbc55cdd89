-- Sealed sender: the hash of each person's access key. Only people who may write to them
-- learn the key (from them, inside encrypted messages); NULL when none is set or it was
-- withdrawn because a contact was blocked or removed.
ALTER TABLE accounts ADD COLUMN access_key_hash BLOB;
