DROP TABLE contact_rules;
DROP TABLE case_links;
DROP TABLE case_members;
DROP TABLE case_stage_changes;
DROP TABLE cases;
DROP TABLE enrolment_codes;
DROP TABLE devices;
DROP TABLE accounts;
