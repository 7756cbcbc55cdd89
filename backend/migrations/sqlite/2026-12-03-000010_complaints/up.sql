-- Complaints (the complaints capability owns these tables). The server keeps ciphertext,
-- the category, the urgency, the reporter's language and band, and times: no address, no
-- user agent, and for an anonymous filing no account. The receipt code never reaches the
-- server; the lookup derived from it is kept only under an Argon2id hash.
CREATE TABLE complaints (
    id TEXT PRIMARY KEY NOT NULL,
    category TEXT NOT NULL,
    urgent BOOLEAN NOT NULL,
    status TEXT NOT NULL,
    locale TEXT NOT NULL,
    band TEXT NOT NULL,
    lookup_hash BLOB NOT NULL UNIQUE,
    reporter_key BLOB NOT NULL,
    -- Who filed it, when they filed while enrolled: revealed only through an approved
    -- identity request.
    filed_by TEXT REFERENCES accounts (id) ON DELETE SET NULL,
    filed_at TIMESTAMP NOT NULL,
    acknowledged_at TIMESTAMP,
    acknowledged_by TEXT,
    ack_due TIMESTAMP NOT NULL,
    ack_warned_at TIMESTAMP,
    feedback_due TIMESTAMP NOT NULL,
    feedback_at TIMESTAMP,
    feedback_warned_at TIMESTAMP,
    -- An urgent complaint not yet acknowledged: the on-call tier last alerted, and when.
    urgent_tier INTEGER,
    urgent_alerted_at TIMESTAMP,
    assigned_to TEXT,
    labels TEXT NOT NULL,
    case_id TEXT REFERENCES cases (id) ON DELETE SET NULL,
    last_reporter_at TIMESTAMP NOT NULL,
    closed_at TIMESTAMP,
    expiry_warned_at TIMESTAMP
);
CREATE INDEX complaints_status ON complaints (status, filed_at);

-- The thread: the complaint, the reporter's additions, the desk's replies and internal
-- notes, each encrypted with the thread key on a device and padded to a size bucket.
CREATE TABLE complaint_entries (
    complaint_id TEXT NOT NULL REFERENCES complaints (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    author TEXT NOT NULL,
    visibility TEXT NOT NULL,
    handler TEXT,
    at TIMESTAMP NOT NULL,
    body BLOB NOT NULL,
    PRIMARY KEY (complaint_id, seq)
);

-- The thread key wrapped for each desk device (opaque libsignal messages).
CREATE TABLE complaint_keys (
    complaint_id TEXT NOT NULL REFERENCES complaints (id) ON DELETE CASCADE,
    device_id TEXT NOT NULL,
    content BLOB NOT NULL,
    PRIMARY KEY (complaint_id, device_id)
);

-- The staff members a complaint is about: it is never shown to them.
CREATE TABLE complaint_about (
    complaint_id TEXT NOT NULL REFERENCES complaints (id) ON DELETE CASCADE,
    account_id TEXT NOT NULL,
    PRIMARY KEY (complaint_id, account_id)
);

-- Requests to learn who filed a complaint; a second, different handler with the
-- custodian right decides. The reason is encrypted with the thread key.
CREATE TABLE complaint_identity_requests (
    id TEXT PRIMARY KEY NOT NULL,
    complaint_id TEXT NOT NULL REFERENCES complaints (id) ON DELETE CASCADE,
    requested_by TEXT NOT NULL,
    requested_at TIMESTAMP NOT NULL,
    reason BLOB NOT NULL,
    state TEXT NOT NULL,
    decided_by TEXT,
    decided_at TIMESTAMP
);

-- Handlers with the custodian right (an admin grants it).
CREATE TABLE complaint_custodians (
    account_id TEXT PRIMARY KEY NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    granted_by TEXT NOT NULL,
    granted_at TIMESTAMP NOT NULL
);

-- Handlers on call for urgent complaints, by tier (1 is alerted first).
CREATE TABLE complaint_on_call (
    account_id TEXT PRIMARY KEY NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    tier INTEGER NOT NULL,
    since TIMESTAMP NOT NULL
);
