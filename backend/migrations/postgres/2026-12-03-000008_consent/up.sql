-- Consent records (the consent capability owns these tables).
--
-- A child's age in years as the caseworker recorded it, with where it comes from and when
-- it was true: who must decide for the child follows from it (jurisdiction rules). An age,
-- not a birth date: the least the rules need.
CREATE TABLE consent_ages (
    account_id TEXT PRIMARY KEY NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    age_years INTEGER NOT NULL,
    source TEXT NOT NULL,
    as_of TIMESTAMP NOT NULL,
    set_by TEXT NOT NULL,
    set_at TIMESTAMP NOT NULL
);

-- Append-only consent and assent events, one hash chain per subject (the child): nothing
-- here is ever updated or deleted except with the subject's account (retention). The
-- current state of a consent is derived from these events, never stored.
CREATE TABLE consent_events (
    id TEXT PRIMARY KEY NOT NULL,
    subject TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL,
    purpose_version INTEGER NOT NULL,
    scope TEXT NOT NULL,
    kind TEXT NOT NULL,
    decision TEXT NOT NULL,
    decided_by TEXT,
    decided_as TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    modality TEXT NOT NULL,
    notice_locale TEXT,
    notice_band TEXT,
    notice_sha256 TEXT,
    interpreter_locale TEXT,
    witness TEXT,
    age_years INTEGER,
    age_band TEXT,
    reason TEXT,
    approved_by TEXT,
    occurred_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    UNIQUE (subject, seq)
);
CREATE INDEX consent_events_case ON consent_events (case_id);

-- A staff member's request to go ahead despite a refusal, in the child's best interests
-- (a reason from a fixed list: no free text), waiting for a second staff member who is not
-- the requester. Only waiting requests are kept: an approved one is an `overridden` event
-- in the subject's chain; every request and decision is in the audit chain.
CREATE TABLE consent_overrides (
    id TEXT PRIMARY KEY NOT NULL,
    subject TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL,
    scope TEXT NOT NULL,
    reason TEXT NOT NULL,
    requested_by TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    requested_at TIMESTAMP NOT NULL
);
