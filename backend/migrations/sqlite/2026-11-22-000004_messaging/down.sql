DROP TABLE sent_messages;
DROP TABLE envelopes;
DROP TABLE kyber_prekeys;
DROP TABLE one_time_prekeys;
