-- The child's views on decisions that affect them (the consent capability owns this
-- table): that a caseworker sought them, and that the child (or a family member) gave
-- them, on which decision, when and by whom. What they said is end-to-end encrypted to
-- the case's caseworkers and guardians and never reaches the server.
CREATE TABLE child_views (
    id TEXT PRIMARY KEY NOT NULL,
    case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    subject TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    decision TEXT NOT NULL,
    scope TEXT NOT NULL,
    kind TEXT NOT NULL,
    given_by TEXT NOT NULL,
    given_as TEXT NOT NULL,
    form TEXT,
    at TIMESTAMP NOT NULL
);
CREATE INDEX child_views_case ON child_views (case_id, subject);

-- A stage change that decides where a child lives (planning reunification, alternative
-- care) says whether the child's views were given or sought, or why not.
ALTER TABLE case_stage_changes ADD COLUMN child_views TEXT;
