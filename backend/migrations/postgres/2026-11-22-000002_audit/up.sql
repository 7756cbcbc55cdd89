-- The audit chain. Every event carries the hash of the one before it; identifying ids sit
-- in their own columns under a digest, so retention can strip them from events about a
-- deleted subject without breaking the chain. Nothing personal is stored here: ids, the
-- action, and a short non-personal detail (a stage name, a count).

CREATE TABLE audit_events (
    seq BIGINT PRIMARY KEY NOT NULL,
    occurred_at TIMESTAMP NOT NULL,
    actor_kind TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT,
    actor_account TEXT,
    actor_device TEXT,
    case_id TEXT,
    subjects TEXT,
    refs_digest BYTEA NOT NULL,
    refs_stripped_at TIMESTAMP,
    prev_hash BYTEA NOT NULL,
    hash BYTEA NOT NULL
);
CREATE INDEX audit_events_case ON audit_events (case_id, seq);
CREATE INDEX audit_events_actor ON audit_events (actor_account);

-- The newest event, locked by every writer so the chain stays a single line.
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY NOT NULL,
    seq BIGINT NOT NULL,
    hash BYTEA NOT NULL,
    CHECK (id = 1)
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea);

-- Signed statements "the chain had this hash at this sequence number".
CREATE TABLE audit_checkpoints (
    seq BIGINT PRIMARY KEY NOT NULL,
    hash BYTEA NOT NULL,
    signature BYTEA NOT NULL,
    signed_at TIMESTAMP NOT NULL
);
