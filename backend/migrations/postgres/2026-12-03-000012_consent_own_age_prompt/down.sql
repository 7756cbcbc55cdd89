ALTER TABLE consent_ages DROP COLUMN own_age_prompted_at;
