-- Foundation: accounts, devices, enrolment codes, cases, members, stage history, links,
-- contact rules. Ids are random UUIDs as text; times are UTC. No names of children or
-- families, no birth dates, no places.

CREATE TABLE accounts (
    id TEXT PRIMARY KEY NOT NULL,
    role TEXT NOT NULL,
    -- Staff and professional guardians/representatives only: shown to the people whose
    -- case they look at. Children and families have no name on the server.
    display_name TEXT,
    -- Children only: chooses the words the child sees.
    age_band TEXT,
    locale TEXT,
    -- The case whose caseworkers manage this account (people invited into a case);
    -- NULL for staff accounts, which admins manage.
    home_case_id TEXT,
    created_at TIMESTAMP NOT NULL,
    created_by TEXT REFERENCES accounts (id)
);

CREATE TABLE devices (
    id TEXT PRIMARY KEY NOT NULL,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    device_number INTEGER NOT NULL,
    registration_id INTEGER NOT NULL,
    identity_key BYTEA NOT NULL,
    signed_prekey_id BIGINT NOT NULL,
    signed_prekey BYTEA NOT NULL,
    signed_prekey_signature BYTEA NOT NULL,
    kyber_prekey_id BIGINT NOT NULL,
    kyber_prekey BYTEA NOT NULL,
    kyber_prekey_signature BYTEA NOT NULL,
    -- SHA-256 of the 256-bit device credential; the credential itself is never stored.
    credential_hash BYTEA NOT NULL,
    created_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP,
    UNIQUE (account_id, device_number)
);

CREATE TABLE enrolment_codes (
    -- HMAC-SHA256 of the code under the server's code key; the code itself is never stored.
    code_hash BYTEA PRIMARY KEY NOT NULL,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    created_by TEXT REFERENCES accounts (id),
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);
CREATE INDEX enrolment_codes_account ON enrolment_codes (account_id);

CREATE TABLE cases (
    id TEXT PRIMARY KEY NOT NULL,
    stage TEXT NOT NULL,
    stage_since TIMESTAMP NOT NULL,
    created_at TIMESTAMP NOT NULL,
    created_by TEXT NOT NULL REFERENCES accounts (id)
);

CREATE TABLE case_stage_changes (
    id TEXT PRIMARY KEY NOT NULL,
    case_id TEXT NOT NULL REFERENCES cases (id),
    from_stage TEXT,
    to_stage TEXT NOT NULL,
    changed_by TEXT NOT NULL REFERENCES accounts (id),
    changed_at TIMESTAMP NOT NULL
);
CREATE INDEX case_stage_changes_case ON case_stage_changes (case_id, changed_at);

CREATE TABLE case_members (
    case_id TEXT NOT NULL REFERENCES cases (id),
    account_id TEXT NOT NULL REFERENCES accounts (id),
    role TEXT NOT NULL,
    relationship TEXT,
    added_by TEXT NOT NULL REFERENCES accounts (id),
    added_at TIMESTAMP NOT NULL,
    removed_at TIMESTAMP,
    PRIMARY KEY (case_id, account_id)
);
CREATE INDEX case_members_account ON case_members (account_id);

CREATE TABLE case_links (
    case_a TEXT NOT NULL REFERENCES cases (id),
    case_b TEXT NOT NULL REFERENCES cases (id),
    kind TEXT NOT NULL,
    created_by TEXT NOT NULL REFERENCES accounts (id),
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (case_a, case_b),
    CHECK (case_a < case_b)
);
CREATE INDEX case_links_b ON case_links (case_b);

-- Append-only: every decision is kept; the newest per pair is the rule in force.
CREATE TABLE contact_rules (
    id TEXT PRIMARY KEY NOT NULL,
    case_id TEXT NOT NULL REFERENCES cases (id),
    member_a TEXT NOT NULL REFERENCES accounts (id),
    member_b TEXT NOT NULL REFERENCES accounts (id),
    decision TEXT NOT NULL,
    reason TEXT NOT NULL,
    set_by TEXT NOT NULL REFERENCES accounts (id),
    set_at TIMESTAMP NOT NULL,
    CHECK (member_a < member_b)
);
CREATE INDEX contact_rules_pair ON contact_rules (case_id, member_a, member_b, set_at);
