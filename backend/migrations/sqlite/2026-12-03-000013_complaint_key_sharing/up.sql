-- A thread key can also be wrapped by a handler's device for a desk device that joined
-- after the filing: who wrapped it (account and device number; NULL for the reporter's
-- one-off identity).
ALTER TABLE complaint_keys ADD COLUMN wrapped_by TEXT;
ALTER TABLE complaint_keys ADD COLUMN wrapped_by_device INTEGER;
