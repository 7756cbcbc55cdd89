ALTER TABLE complaint_keys DROP COLUMN wrapped_by_device;
ALTER TABLE complaint_keys DROP COLUMN wrapped_by;
