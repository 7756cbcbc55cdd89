ALTER TABLE envelopes
    DROP CONSTRAINT envelopes_device_id_fkey,
    ADD CONSTRAINT envelopes_device_id_fkey FOREIGN KEY (device_id) REFERENCES devices (id);
ALTER TABLE kyber_prekeys
    DROP CONSTRAINT kyber_prekeys_device_id_fkey,
    ADD CONSTRAINT kyber_prekeys_device_id_fkey FOREIGN KEY (device_id) REFERENCES devices (id);
ALTER TABLE one_time_prekeys
    DROP CONSTRAINT one_time_prekeys_device_id_fkey,
    ADD CONSTRAINT one_time_prekeys_device_id_fkey FOREIGN KEY (device_id) REFERENCES devices (id);
