-- Who supervises whom among staff (the accounts capability owns this table; an admin sets
-- it). A complaint about a staff member is hidden from them and from everyone they
-- supervise, directly or further down.
CREATE TABLE staff_supervision (
    account_id TEXT PRIMARY KEY NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    supervisor_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    set_by TEXT NOT NULL,
    set_at TIMESTAMP NOT NULL
);
CREATE INDEX staff_supervision_supervisor ON staff_supervision (supervisor_id);
