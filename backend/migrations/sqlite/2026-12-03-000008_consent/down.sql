DROP TABLE consent_overrides;
DROP TABLE consent_events;
DROP TABLE consent_ages;
