-- Check-ins and urgent alerts (the alerts capability owns these tables).

-- That a child checked in, and when: how they are travels end-to-end encrypted to their
-- guardian and caseworker and never reaches the server. `client_id` makes a resend
-- count once.
CREATE TABLE checkins (
    id TEXT PRIMARY KEY NOT NULL,
    case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    child_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    client_id TEXT NOT NULL,
    at TIMESTAMP NOT NULL,
    UNIQUE (child_id, client_id)
);
CREATE INDEX checkins_child ON checkins (case_id, child_id, at);

-- How often a child is invited to check in (an invitation, never a duty: a missed one
-- is recorded nowhere), and when the last invitation went.
CREATE TABLE checkin_rhythms (
    case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    child_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    every_days INTEGER NOT NULL,
    set_by TEXT NOT NULL,
    set_at TIMESTAMP NOT NULL,
    invited_at TIMESTAMP,
    PRIMARY KEY (case_id, child_id)
);

-- The risk class a case's alerts are routed by (absent: general).
CREATE TABLE case_risk (
    case_id TEXT PRIMARY KEY NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    risk TEXT NOT NULL,
    set_by TEXT NOT NULL,
    set_at TIMESTAMP NOT NULL
);

-- Staff on call for alerts: tier (1 first), specialisms (comma-separated risk classes)
-- and hours on duty in UTC (none: always).
CREATE TABLE alert_roster (
    account_id TEXT PRIMARY KEY NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    tier INTEGER NOT NULL,
    specialisms TEXT NOT NULL,
    from_hour INTEGER,
    to_hour INTEGER,
    set_by TEXT NOT NULL,
    set_at TIMESTAMP NOT NULL
);

-- Alerts: a child's call for help, or a report that a child is missing. No words, no
-- place: the kind, the case and child, the risk class and the times.
CREATE TABLE alerts (
    id TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL,
    case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    child_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    risk TEXT NOT NULL,
    raised_by TEXT NOT NULL,
    client_id TEXT,
    raised_at TIMESTAMP NOT NULL,
    tier INTEGER NOT NULL,
    alerted_at TIMESTAMP NOT NULL,
    escalations INTEGER NOT NULL,
    acknowledged_at TIMESTAMP,
    acknowledged_by TEXT,
    resolved_at TIMESTAMP,
    resolved_by TEXT,
    outcome TEXT,
    UNIQUE (child_id, client_id)
);
CREATE INDEX alerts_child ON alerts (child_id, resolved_at);
-- At most one open missing-from-care alert per child, even when two people report at once.
CREATE UNIQUE INDEX alerts_one_missing ON alerts (child_id) WHERE kind = 'missing' AND resolved_at IS NULL;
