-- A device's one-time prekeys and its queue of envelopes belong to the device: they go
-- with it when it is deleted (a reinstall takes the place of a revoked device; retention
-- deletes the devices of the people of a closed case). The database does it, so the
-- accounts capability, which owns devices, never writes the keys' or the relay's tables.
ALTER TABLE one_time_prekeys
    DROP CONSTRAINT one_time_prekeys_device_id_fkey,
    ADD CONSTRAINT one_time_prekeys_device_id_fkey
        FOREIGN KEY (device_id) REFERENCES devices (id) ON DELETE CASCADE;
ALTER TABLE kyber_prekeys
    DROP CONSTRAINT kyber_prekeys_device_id_fkey,
    ADD CONSTRAINT kyber_prekeys_device_id_fkey
        FOREIGN KEY (device_id) REFERENCES devices (id) ON DELETE CASCADE;
ALTER TABLE envelopes
    DROP CONSTRAINT envelopes_device_id_fkey,
    ADD CONSTRAINT envelopes_device_id_fkey
        FOREIGN KEY (device_id) REFERENCES devices (id) ON DELETE CASCADE;
