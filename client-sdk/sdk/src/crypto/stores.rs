//! The prekey stores libsignal reads and writes: one-time EC prekeys, signed prekeys and
//! Kyber prekeys (one-time and last resort).

use std::sync::Arc;

use async_trait::async_trait;
use libsignal_protocol::{
    CiphertextMessageType, GenericSignedPreKey, KyberPreKeyId, KyberPreKeyRecord, KyberPreKeyStore,
    PreKeyId, PreKeyRecord, PreKeyStore, PublicKey, SignalProtocolError, SignedPreKeyId,
    SignedPreKeyRecord, SignedPreKeyStore,
};

use super::enrolment::KYBER_LAST_RESORT_ID;
use super::get_u32;
use crate::signal::store_err;
use crate::store::{Namespace, Store};

/// One-time EC prekeys.
pub(super) struct PreKeys {
    pub(super) store: Arc<dyn Store>,
}

/// Signed EC prekeys.
pub(super) struct SignedPreKeys {
    pub(super) store: Arc<dyn Store>,
}

/// Kyber prekeys, one-time and last resort.
pub(super) struct KyberPreKeys {
    pub(super) store: Arc<dyn Store>,
}

#[async_trait(?Send)]
impl PreKeyStore for PreKeys {
    async fn get_pre_key(&self, id: PreKeyId) -> Result<PreKeyRecord, SignalProtocolError> {
        let bytes = self
            .store
            .get(Namespace::PreKey, &id.to_string())
            .map_err(store_err("get_pre_key"))?
            .ok_or(SignalProtocolError::InvalidPreKeyId)?;
        PreKeyRecord::deserialize(&bytes)
    }

    async fn save_pre_key(
        &mut self,
        id: PreKeyId,
        record: &PreKeyRecord,
    ) -> Result<(), SignalProtocolError> {
        self.store
            .put(Namespace::PreKey, &id.to_string(), &record.serialize()?)
            .map_err(store_err("save_pre_key"))
    }

    async fn remove_pre_key(&mut self, id: PreKeyId) -> Result<(), SignalProtocolError> {
        self.store
            .delete(Namespace::PreKey, &id.to_string())
            .map_err(store_err("remove_pre_key"))
    }
}

#[async_trait(?Send)]
impl SignedPreKeyStore for SignedPreKeys {
    async fn get_signed_pre_key(
        &self,
        id: SignedPreKeyId,
    ) -> Result<SignedPreKeyRecord, SignalProtocolError> {
        let bytes = self
            .store
            .get(Namespace::SignedPreKey, &id.to_string())
            .map_err(store_err("get_signed_pre_key"))?
            .ok_or(SignalProtocolError::InvalidSignedPreKeyId)?;
        SignedPreKeyRecord::deserialize(&bytes)
    }

    async fn save_signed_pre_key(
        &mut self,
        id: SignedPreKeyId,
        record: &SignedPreKeyRecord,
    ) -> Result<(), SignalProtocolError> {
        self.store
            .put(
                Namespace::SignedPreKey,
                &id.to_string(),
                &record.serialize()?,
            )
            .map_err(store_err("save_signed_pre_key"))
    }
}

#[async_trait(?Send)]
impl KyberPreKeyStore for KyberPreKeys {
    async fn get_kyber_pre_key(
        &self,
        id: KyberPreKeyId,
    ) -> Result<KyberPreKeyRecord, SignalProtocolError> {
        let bytes = self
            .store
            .get(Namespace::KyberPreKey, &id.to_string())
            .map_err(store_err("get_kyber_pre_key"))?
            .ok_or(SignalProtocolError::InvalidKyberPreKeyId)?;
        KyberPreKeyRecord::deserialize(&bytes)
    }

    async fn save_kyber_pre_key(
        &mut self,
        id: KyberPreKeyId,
        record: &KyberPreKeyRecord,
    ) -> Result<(), SignalProtocolError> {
        self.store
            .put(
                Namespace::KyberPreKey,
                &id.to_string(),
                &record.serialize()?,
            )
            .map_err(store_err("save_kyber_pre_key"))
    }

    /// One-time Kyber keys are deleted on use. The last-resort key stays, but each
    /// (key, signed prekey, base key) use is remembered and a repeat is refused: that is a
    /// replayed handshake.
    async fn mark_kyber_pre_key_used(
        &mut self,
        id: KyberPreKeyId,
        ec_prekey_id: SignedPreKeyId,
        base_key: &PublicKey,
    ) -> Result<(), SignalProtocolError> {
        let last_resort = get_u32(self.store.as_ref(), KYBER_LAST_RESORT_ID).map_err(|e| {
            // A failing store, as a store failure (try again later), not a broken message.
            SignalProtocolError::ApplicationCallbackError(
                "mark_kyber_pre_key_used",
                Box::new(crate::signal::LocalStoreFailure(e.to_string())),
            )
        })?;
        if last_resort != Some(u32::from(id)) {
            return self
                .store
                .delete(Namespace::KyberPreKey, &id.to_string())
                .map_err(store_err("mark_kyber_pre_key_used"));
        }
        let use_key = format!(
            "{id}:{ec_prekey_id}:{}",
            base_key
                .serialize()
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect::<String>()
        );
        if self
            .store
            .get(Namespace::KyberLastResortUse, &use_key)
            .map_err(store_err("mark_kyber_pre_key_used"))?
            .is_some()
        {
            return Err(SignalProtocolError::InvalidMessage(
                CiphertextMessageType::PreKey,
                "reused base key for the Kyber last-resort prekey",
            ));
        }
        self.store
            .put(Namespace::KyberLastResortUse, &use_key, &[])
            .map_err(store_err("mark_kyber_pre_key_used"))
    }
}

#[cfg(test)]
mod tests {
    use libsignal_protocol::KeyPair;

    use super::*;
    use crate::crypto::CryptoWorker;
    use crate::store::MemoryStore;

    #[tokio::test]
    async fn kyber_one_time_keys_go_and_last_resort_replays_are_refused() {
        let store: Arc<dyn Store> = Arc::new(MemoryStore::new());
        let worker = CryptoWorker::start(store.clone()).unwrap();
        let keys = worker.prepare_enrolment().await.unwrap();
        let mut stores = KyberPreKeys {
            store: store.clone(),
        };
        let last = KyberPreKeyId::from(keys.kyber_last_resort_prekey.key_id);
        let one_time = KyberPreKeyId::from(keys.kyber_last_resort_prekey.key_id + 1);
        let signed = SignedPreKeyId::from(keys.signed_prekey.key_id);
        let base = KeyPair::generate(&mut rand::rng()).public_key;

        stores
            .mark_kyber_pre_key_used(one_time, signed, &base)
            .await
            .unwrap();
        assert!(stores.get_kyber_pre_key(one_time).await.is_err());

        stores
            .mark_kyber_pre_key_used(last, signed, &base)
            .await
            .unwrap();
        assert!(stores.get_kyber_pre_key(last).await.is_ok());
        assert!(
            stores
                .mark_kyber_pre_key_used(last, signed, &base)
                .await
                .is_err()
        );
    }
}
