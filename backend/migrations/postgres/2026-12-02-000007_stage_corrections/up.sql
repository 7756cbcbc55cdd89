-- A supervisor's correction of a case's stage waits here, with its reason (one of a fixed
-- list: no free text), until a second supervisor approves or someone withdraws it. Only
-- waiting corrections are kept: an approved one is the stage change in the case's history
-- and the audit chain; a withdrawn or stale one is in the audit chain.
CREATE TABLE stage_corrections (
    id TEXT PRIMARY KEY NOT NULL,
    case_id TEXT NOT NULL UNIQUE REFERENCES cases (id) ON DELETE CASCADE,
    from_stage TEXT NOT NULL,
    to_stage TEXT NOT NULL,
    reason TEXT NOT NULL,
    proposed_by TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    proposed_at TIMESTAMP NOT NULL
);
