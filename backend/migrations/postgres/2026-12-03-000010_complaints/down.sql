DROP TABLE complaint_on_call;
DROP TABLE complaint_custodians;
DROP TABLE complaint_identity_requests;
DROP TABLE complaint_about;
DROP TABLE complaint_keys;
DROP TABLE complaint_entries;
DROP TABLE complaints;
