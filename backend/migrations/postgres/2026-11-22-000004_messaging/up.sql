-- Messaging: one-time prekeys (public halves only) and the per-device queues of
-- encrypted envelopes. The server stores ciphertext it cannot read, and no more metadata
-- than delivery needs.

CREATE TABLE one_time_prekeys (
    device_id TEXT NOT NULL REFERENCES devices (id),
    key_id BIGINT NOT NULL,
    public_key BYTEA NOT NULL,
    PRIMARY KEY (device_id, key_id)
);

CREATE TABLE kyber_prekeys (
    device_id TEXT NOT NULL REFERENCES devices (id),
    key_id BIGINT NOT NULL,
    public_key BYTEA NOT NULL,
    signature BYTEA NOT NULL,
    PRIMARY KEY (device_id, key_id)
);

CREATE TABLE envelopes (
    -- Delivery order within a device's queue.
    seq BIGSERIAL PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    device_id TEXT NOT NULL REFERENCES devices (id),
    kind TEXT NOT NULL,
    -- NULL for sealed-sender envelopes: the server does not know who sent them.
    source_account TEXT,
    source_device INTEGER,
    -- The sender's own id for the message, only on identified envelopes, so a delivery
    -- receipt can name it.
    client_message_id TEXT,
    content BYTEA NOT NULL,
    server_ts TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL
);
CREATE INDEX envelopes_device ON envelopes (device_id, seq);
CREATE INDEX envelopes_expiry ON envelopes (expires_at);

-- Which client message ids a device already sent, so a retry stores nothing twice.
CREATE TABLE sent_messages (
    sender_device TEXT NOT NULL,
    client_message_id TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (sender_device, client_message_id)
);
CREATE INDEX sent_messages_created ON sent_messages (created_at);
