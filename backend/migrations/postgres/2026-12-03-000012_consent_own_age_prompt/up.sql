-- When a child reached the age at which they decide alone, and their app was asked for
-- their own answer to the consents that stopped being in force (once per recorded age).
ALTER TABLE consent_ages ADD COLUMN own_age_prompted_at TIMESTAMP;
