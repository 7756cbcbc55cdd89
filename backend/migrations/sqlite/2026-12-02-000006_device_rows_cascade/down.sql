ALTER TABLE one_time_prekeys RENAME TO one_time_prekeys_old;
CREATE TABLE one_time_prekeys (
    device_id TEXT NOT NULL REFERENCES devices (id),
    key_id BIGINT NOT NULL,
    public_key BLOB NOT NULL,
    PRIMARY KEY (device_id, key_id)
);
INSERT INTO one_time_prekeys SELECT * FROM one_time_prekeys_old;
DROP TABLE one_time_prekeys_old;

ALTER TABLE kyber_prekeys RENAME TO kyber_prekeys_old;
CREATE TABLE kyber_prekeys (
    device_id TEXT NOT NULL REFERENCES devices (id),
    key_id BIGINT NOT NULL,
    public_key BLOB NOT NULL,
    signature BLOB NOT NULL,
    PRIMARY KEY (device_id, key_id)
);
INSERT INTO kyber_prekeys SELECT * FROM kyber_prekeys_old;
DROP TABLE kyber_prekeys_old;

-- The queue keeps its positions and its sequence (AUTOINCREMENT never reuses a position).
ALTER TABLE envelopes RENAME TO envelopes_old;
DROP INDEX envelopes_device;
DROP INDEX envelopes_expiry;
CREATE TABLE envelopes (
    -- Delivery order within a device's queue.
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    guid TEXT NOT NULL UNIQUE,
    device_id TEXT NOT NULL REFERENCES devices (id),
    kind TEXT NOT NULL,
    -- NULL for sealed-sender envelopes: the server does not know who sent them.
    source_account TEXT,
    source_device INTEGER,
    -- The sender's own id for the message, only on identified envelopes, so a delivery
    -- receipt can name it.
    client_message_id TEXT,
    content BLOB NOT NULL,
    server_ts TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL
);
INSERT INTO envelopes SELECT * FROM envelopes_old;
DELETE FROM sqlite_sequence WHERE name = 'envelopes';
INSERT INTO sqlite_sequence (name, seq)
    SELECT 'envelopes', seq FROM sqlite_sequence WHERE name = 'envelopes_old';
DROP TABLE envelopes_old;
CREATE INDEX envelopes_device ON envelopes (device_id, seq);
CREATE INDEX envelopes_expiry ON envelopes (expires_at);
