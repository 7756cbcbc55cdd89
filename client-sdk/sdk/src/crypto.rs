//! The crypto worker. libsignal's store traits are `async_trait(?Send)`: their futures
//! cannot move between threads, so they cannot run on a multi-threaded runtime or behind a
//! `Send` public API. One dedicated thread with a current-thread runtime owns the Signal
//! stores; the rest of the SDK sends it commands over a channel and awaits the reply. The
//! public API stays `Send + 'static`, as mobile bindings need.

use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use async_trait::async_trait;
use kinbridge_protocol::B64;
use kinbridge_protocol::api::SignedPreKey;
use libsignal_protocol::{
    GenericSignedPreKey, IdentityKeyPair, KeyPair, KyberPreKeyId, KyberPreKeyRecord,
    KyberPreKeyStore, PreKeyId, PreKeyRecord, PreKeyStore, PublicKey, SignalProtocolError,
    SignedPreKeyId, SignedPreKeyRecord, SignedPreKeyStore, Timestamp, kem,
};
use rand::Rng;
use serde::{Deserialize, Serialize};
use tokio::sync::{mpsc, oneshot};

use crate::SdkError;
use crate::store::{Namespace, Store, StoreError};

/// One-time prekeys generated at enrolment, of each kind.
pub const ONE_TIME_PREKEYS: u32 = 100;

const IDENTITY: &str = "identity_key_pair";
const REGISTRATION_ID: &str = "registration_id";
const KYBER_LAST_RESORT_ID: &str = "kyber_last_resort_id";
const PENDING_ENROLMENT: &str = "pending_enrolment";
const NEXT_PREKEY_ID: &str = "next_prekey_id";
const NEXT_KYBER_PREKEY_ID: &str = "next_kyber_prekey_id";

/// The public half of what a device enrols with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnrolmentKeys {
    pub registration_id: u32,
    pub identity_key: B64,
    pub signed_prekey: SignedPreKey,
    pub kyber_last_resort_prekey: SignedPreKey,
}

enum Command {
    PrepareEnrolment(oneshot::Sender<Result<EnrolmentKeys, SdkError>>),
    ForgetPendingEnrolment(oneshot::Sender<Result<(), SdkError>>),
}

/// A handle to the crypto thread. The thread ends when the last handle is dropped.
#[derive(Debug, Clone)]
pub(crate) struct CryptoWorker {
    tx: mpsc::UnboundedSender<Command>,
}

impl CryptoWorker {
    pub fn start(store: Arc<dyn Store>) -> Result<Self, SdkError> {
        let (tx, mut rx) = mpsc::unbounded_channel::<Command>();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .map_err(|e| SdkError::Crypto(format!("cannot start the crypto runtime: {e}")))?;
        std::thread::Builder::new()
            .name("kinbridge-crypto".to_owned())
            .spawn(move || {
                runtime.block_on(async move {
                    let mut keys = KeyStores { store };
                    while let Some(command) = rx.recv().await {
                        match command {
                            Command::PrepareEnrolment(reply) => {
                                let _ = reply.send(keys.prepare_enrolment().await);
                            }
                            Command::ForgetPendingEnrolment(reply) => {
                                let _ = reply.send(
                                    keys.store
                                        .delete(Namespace::LocalIdentity, PENDING_ENROLMENT)
                                        .map_err(SdkError::from),
                                );
                            }
                        }
                    }
                });
            })
            .map_err(|e| SdkError::Crypto(format!("cannot start the crypto thread: {e}")))?;
        Ok(CryptoWorker { tx })
    }

    async fn ask<T>(
        &self,
        make: impl FnOnce(oneshot::Sender<Result<T, SdkError>>) -> Command,
    ) -> Result<T, SdkError> {
        let (reply, rx) = oneshot::channel();
        self.tx
            .send(make(reply))
            .map_err(|_| SdkError::WorkerStopped)?;
        rx.await.map_err(|_| SdkError::WorkerStopped)?
    }

    /// Generates (once) and persists the identity, signed prekey, Kyber last-resort prekey
    /// and one-time prekeys, and returns the public keys to enrol with. Calling it again
    /// before the enrolment succeeds returns the same keys, so a retried enrolment does not
    /// churn keys.
    pub async fn prepare_enrolment(&self) -> Result<EnrolmentKeys, SdkError> {
        self.ask(Command::PrepareEnrolment).await
    }

    /// Called once the server accepted the enrolment.
    pub async fn forget_pending_enrolment(&self) -> Result<(), SdkError> {
        self.ask(Command::ForgetPendingEnrolment).await
    }
}

/// libsignal's key stores over a [`Store`].
struct KeyStores {
    store: Arc<dyn Store>,
}

fn store_err(method: &'static str) -> impl FnOnce(StoreError) -> SignalProtocolError {
    move |e| SignalProtocolError::InvalidState(method, e.to_string())
}

fn now_millis() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

impl KeyStores {
    fn get_u32(&self, key: &str) -> Result<Option<u32>, SdkError> {
        Ok(self
            .store
            .get(Namespace::LocalIdentity, key)?
            .and_then(|b| <[u8; 4]>::try_from(b.as_slice()).ok())
            .map(u32::from_be_bytes))
    }

    async fn prepare_enrolment(&mut self) -> Result<EnrolmentKeys, SdkError> {
        if let Some(bytes) = self
            .store
            .get(Namespace::LocalIdentity, PENDING_ENROLMENT)?
        {
            return serde_json::from_slice(&bytes)
                .map_err(|e| SdkError::Crypto(format!("pending enrolment unreadable: {e}")));
        }
        let mut rng = rand::rng();
        let identity = match self.store.get(Namespace::LocalIdentity, IDENTITY)? {
            Some(bytes) => IdentityKeyPair::try_from(bytes.as_slice())
                .map_err(|e| SdkError::Crypto(e.to_string()))?,
            None => IdentityKeyPair::generate(&mut rng),
        };
        let registration_id = match self.get_u32(REGISTRATION_ID)? {
            Some(id) => id,
            None => rng.random_range(1..=0x3FFC),
        };
        // Key ids below 2^24; one-time ids continue from a random start.
        let signed_id: u32 = rng.random_range(1..1 << 24);
        let kyber_last_resort_id: u32 = rng.random_range(1..1 << 23);
        let first_prekey: u32 = rng.random_range(1..1 << 23);
        let first_kyber: u32 = kyber_last_resort_id + 1;

        let signed = KeyPair::generate(&mut rng);
        let signature = identity
            .private_key()
            .calculate_signature(&signed.public_key.serialize(), &mut rng)
            .map_err(|e| SdkError::Crypto(e.to_string()))?;
        let ts = Timestamp::from_epoch_millis(now_millis());
        let signed_record =
            SignedPreKeyRecord::new(SignedPreKeyId::from(signed_id), ts, &signed, &signature);
        let kyber_record = KyberPreKeyRecord::generate(
            kem::KeyType::Kyber1024,
            KyberPreKeyId::from(kyber_last_resort_id),
            identity.private_key(),
        )
        .map_err(|e| SdkError::Crypto(e.to_string()))?;

        // The identity first, in one write, so a crash never leaves keys signed by an
        // identity that was not kept.
        self.store.put_many(&[
            (
                Namespace::LocalIdentity,
                IDENTITY.to_owned(),
                identity.serialize().to_vec(),
            ),
            (
                Namespace::LocalIdentity,
                REGISTRATION_ID.to_owned(),
                registration_id.to_be_bytes().to_vec(),
            ),
            (
                Namespace::LocalIdentity,
                KYBER_LAST_RESORT_ID.to_owned(),
                kyber_last_resort_id.to_be_bytes().to_vec(),
            ),
        ])?;
        self.save_signed_pre_key(SignedPreKeyId::from(signed_id), &signed_record)
            .await
            .map_err(|e| SdkError::Crypto(e.to_string()))?;
        self.save_kyber_pre_key(KyberPreKeyId::from(kyber_last_resort_id), &kyber_record)
            .await
            .map_err(|e| SdkError::Crypto(e.to_string()))?;
        for i in 0..ONE_TIME_PREKEYS {
            let id = PreKeyId::from(first_prekey + i);
            let record = PreKeyRecord::new(id, &KeyPair::generate(&mut rng));
            self.save_pre_key(id, &record)
                .await
                .map_err(|e| SdkError::Crypto(e.to_string()))?;
            let kid = KyberPreKeyId::from(first_kyber + i);
            let kyber =
                KyberPreKeyRecord::generate(kem::KeyType::Kyber1024, kid, identity.private_key())
                    .map_err(|e| SdkError::Crypto(e.to_string()))?;
            self.save_kyber_pre_key(kid, &kyber)
                .await
                .map_err(|e| SdkError::Crypto(e.to_string()))?;
        }
        let kyber_public = kyber_record
            .public_key()
            .map_err(|e| SdkError::Crypto(e.to_string()))?;
        let keys = EnrolmentKeys {
            registration_id,
            identity_key: B64(identity.identity_key().serialize().to_vec()),
            signed_prekey: SignedPreKey {
                key_id: signed_id,
                public_key: B64(signed.public_key.serialize().to_vec()),
                signature: B64(signature.to_vec()),
            },
            kyber_last_resort_prekey: SignedPreKey {
                key_id: kyber_last_resort_id,
                public_key: B64(kyber_public.serialize().to_vec()),
                signature: B64(kyber_record
                    .signature()
                    .map_err(|e| SdkError::Crypto(e.to_string()))?),
            },
        };
        let pending = serde_json::to_vec(&keys).map_err(|e| SdkError::Crypto(e.to_string()))?;
        self.store.put_many(&[
            (
                Namespace::LocalIdentity,
                PENDING_ENROLMENT.to_owned(),
                pending,
            ),
            (
                Namespace::LocalIdentity,
                NEXT_PREKEY_ID.to_owned(),
                (first_prekey + ONE_TIME_PREKEYS).to_be_bytes().to_vec(),
            ),
            (
                Namespace::LocalIdentity,
                NEXT_KYBER_PREKEY_ID.to_owned(),
                (first_kyber + ONE_TIME_PREKEYS).to_be_bytes().to_vec(),
            ),
        ])?;
        Ok(keys)
    }
}

#[async_trait(?Send)]
impl PreKeyStore for KeyStores {
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
impl SignedPreKeyStore for KeyStores {
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
impl KyberPreKeyStore for KeyStores {
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
        let last_resort = self.get_u32(KYBER_LAST_RESORT_ID).map_err(|e| {
            SignalProtocolError::InvalidState("mark_kyber_pre_key_used", e.to_string())
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
                libsignal_protocol::CiphertextMessageType::PreKey,
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
    use super::*;
    use crate::store::MemoryStore;
    use libsignal_protocol::IdentityKey;

    #[tokio::test]
    async fn enrolment_keys_are_generated_once_persisted_and_verify() {
        let store: Arc<dyn Store> = Arc::new(MemoryStore::new());
        let worker = CryptoWorker::start(store.clone()).unwrap();
        let keys = worker.prepare_enrolment().await.unwrap();
        let identity = IdentityKey::decode(keys.identity_key.as_ref()).unwrap();
        assert!(identity.public_key().verify_signature(
            keys.signed_prekey.public_key.as_ref(),
            keys.signed_prekey.signature.as_ref()
        ));
        assert!(identity.public_key().verify_signature(
            keys.kyber_last_resort_prekey.public_key.as_ref(),
            keys.kyber_last_resort_prekey.signature.as_ref()
        ));
        assert!((1..=0x3FFC).contains(&keys.registration_id));
        assert_eq!(
            store.keys(Namespace::PreKey).unwrap().len(),
            ONE_TIME_PREKEYS as usize
        );
        assert_eq!(
            store.keys(Namespace::KyberPreKey).unwrap().len(),
            ONE_TIME_PREKEYS as usize + 1
        );
        assert_eq!(store.keys(Namespace::SignedPreKey).unwrap().len(), 1);

        // A retry before the server answered gets the same keys and generates nothing.
        let again = worker.prepare_enrolment().await.unwrap();
        assert_eq!(again, keys);
        assert_eq!(
            store.keys(Namespace::PreKey).unwrap().len(),
            ONE_TIME_PREKEYS as usize
        );

        // After the enrolment the same identity is kept for a later re-enrolment.
        worker.forget_pending_enrolment().await.unwrap();
        let later = worker.prepare_enrolment().await.unwrap();
        assert_eq!(later.identity_key, keys.identity_key);
        assert_eq!(later.registration_id, keys.registration_id);
        assert_ne!(later.signed_prekey, keys.signed_prekey);
    }

    #[tokio::test]
    async fn kyber_one_time_keys_go_and_last_resort_replays_are_refused() {
        let store: Arc<dyn Store> = Arc::new(MemoryStore::new());
        let worker = CryptoWorker::start(store.clone()).unwrap();
        let keys = worker.prepare_enrolment().await.unwrap();
        let mut stores = KeyStores {
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
