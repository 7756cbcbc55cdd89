DROP TABLE alerts;
DROP TABLE alert_roster;
DROP TABLE case_risk;
DROP TABLE checkin_rhythms;
DROP TABLE checkins;
