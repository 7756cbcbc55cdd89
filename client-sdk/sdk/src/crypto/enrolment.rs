//! Enrolment keys: the identity, the signed and Kyber last-resort prekeys, and the
//! one-time prekeys of each kind, generated at enrolment and topped up later.

use kinbridge_protocol::B64;
use kinbridge_protocol::api::{KeysUploadRequest, PreKey, SignedPreKey};
use libsignal_protocol::{
    GenericSignedPreKey, IdentityKeyPair, KeyPair, KyberPreKeyId, KyberPreKeyRecord,
    KyberPreKeyStore, PreKeyId, PreKeyRecord, PreKeyStore, SignedPreKeyId, SignedPreKeyRecord,
    SignedPreKeyStore, Timestamp, kem,
};
use rand::Rng;
use serde::{Deserialize, Serialize};

use super::{CryptoWorker, Worker, crypto, get_u32, now_millis};
use crate::SdkError;
use crate::signal::{IDENTITY, REGISTRATION_ID};
use crate::store::Namespace;

/// One-time prekeys generated at enrolment, of each kind.
pub const ONE_TIME_PREKEYS: u32 = 100;

pub(super) const KYBER_LAST_RESORT_ID: &str = "kyber_last_resort_id";
const PENDING_ENROLMENT: &str = "pending_enrolment";
const PENDING_UPLOAD: &str = "pending_one_time_upload";
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

impl CryptoWorker {
    /// Generates (once) and persists the identity, signed prekey, Kyber last-resort prekey
    /// and one-time prekeys, and returns the public keys to enrol with. Calling it again
    /// before the enrolment succeeds returns the same keys, so a retried enrolment does not
    /// churn keys.
    pub async fn prepare_enrolment(&self) -> Result<EnrolmentKeys, SdkError> {
        self.run(async |w| w.prepare_enrolment().await).await
    }

    /// Called once the server accepted the enrolment.
    pub async fn forget_pending_enrolment(&self) -> Result<(), SdkError> {
        self.run(async |w| w.forget_pending_enrolment()).await
    }

    /// Generates `count` new one-time keys of each kind and returns them to upload.
    pub async fn top_up(&self, count: u32) -> Result<KeysUploadRequest, SdkError> {
        self.run(async move |w| w.top_up(count).await).await
    }

    /// The one-time keys generated at enrolment, to upload once (then forgotten).
    pub async fn take_pending_upload(&self) -> Result<Option<KeysUploadRequest>, SdkError> {
        self.run(async |w| w.take_pending_upload()).await
    }
}

impl Worker {
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
            Some(bytes) => IdentityKeyPair::try_from(bytes.as_slice()).map_err(crypto)?,
            None => IdentityKeyPair::generate(&mut rng),
        };
        let registration_id = match get_u32(self.store.as_ref(), REGISTRATION_ID)? {
            Some(id) => id,
            None => rng.random_range(1..=0x3FFC),
        };
        // Key ids below 2^24; one-time ids continue from a random start.
        let signed_id: u32 = rng.random_range(1..1 << 24);
        let kyber_last_resort_id: u32 = rng.random_range(1..1 << 23);
        let first_prekey: u32 = rng.random_range(1..1 << 23);

        let signed = KeyPair::generate(&mut rng);
        let signature = identity
            .private_key()
            .calculate_signature(&signed.public_key.serialize(), &mut rng)
            .map_err(crypto)?;
        let ts = Timestamp::from_epoch_millis(now_millis());
        let signed_record =
            SignedPreKeyRecord::new(SignedPreKeyId::from(signed_id), ts, &signed, &signature);
        let kyber_record = KyberPreKeyRecord::generate(
            kem::KeyType::Kyber1024,
            KyberPreKeyId::from(kyber_last_resort_id),
            identity.private_key(),
        )
        .map_err(crypto)?;

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
            (
                Namespace::LocalIdentity,
                NEXT_PREKEY_ID.to_owned(),
                first_prekey.to_be_bytes().to_vec(),
            ),
            (
                Namespace::LocalIdentity,
                NEXT_KYBER_PREKEY_ID.to_owned(),
                (kyber_last_resort_id + 1).to_be_bytes().to_vec(),
            ),
        ])?;
        self.signed
            .save_signed_pre_key(SignedPreKeyId::from(signed_id), &signed_record)
            .await
            .map_err(crypto)?;
        self.kyber
            .save_kyber_pre_key(KyberPreKeyId::from(kyber_last_resort_id), &kyber_record)
            .await
            .map_err(crypto)?;
        let upload = self.generate_one_time(ONE_TIME_PREKEYS).await?;
        self.store.put(
            Namespace::LocalIdentity,
            PENDING_UPLOAD,
            &serde_json::to_vec(&upload).map_err(crypto)?,
        )?;
        let kyber_public = kyber_record.public_key().map_err(crypto)?;
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
                signature: B64(kyber_record.signature().map_err(crypto)?),
            },
        };
        let pending = serde_json::to_vec(&keys).map_err(crypto)?;
        self.store
            .put(Namespace::LocalIdentity, PENDING_ENROLMENT, &pending)?;
        Ok(keys)
    }

    fn forget_pending_enrolment(&mut self) -> Result<(), SdkError> {
        self.store
            .delete(Namespace::LocalIdentity, PENDING_ENROLMENT)
            .map_err(SdkError::from)
    }

    /// Generates and keeps `count` one-time keys of each kind; returns their public halves.
    async fn generate_one_time(&mut self, count: u32) -> Result<KeysUploadRequest, SdkError> {
        let identity = self.identity_pair()?;
        let mut rng = rand::rng();
        let first_ec = get_u32(self.store.as_ref(), NEXT_PREKEY_ID)?.unwrap_or(1);
        let first_kyber = get_u32(self.store.as_ref(), NEXT_KYBER_PREKEY_ID)?.unwrap_or(1);
        // Ids wrap below 2^24, skipping the last-resort key's id.
        let last_resort = get_u32(self.store.as_ref(), KYBER_LAST_RESORT_ID)?;
        let mut upload = KeysUploadRequest::default();
        let mut ec_id = first_ec;
        let mut kyber_id = first_kyber;
        for _ in 0..count {
            ec_id = if ec_id >= (1 << 24) - 1 { 1 } else { ec_id };
            let pair = KeyPair::generate(&mut rng);
            let record = PreKeyRecord::new(PreKeyId::from(ec_id), &pair);
            self.pre_keys
                .save_pre_key(PreKeyId::from(ec_id), &record)
                .await
                .map_err(crypto)?;
            upload.one_time_prekeys.push(PreKey {
                key_id: ec_id,
                public_key: B64(pair.public_key.serialize().to_vec()),
            });
            ec_id += 1;

            kyber_id = if kyber_id >= (1 << 24) - 1 {
                1
            } else {
                kyber_id
            };
            if Some(kyber_id) == last_resort {
                kyber_id += 1;
            }
            let kyber = KyberPreKeyRecord::generate(
                kem::KeyType::Kyber1024,
                KyberPreKeyId::from(kyber_id),
                identity.private_key(),
            )
            .map_err(crypto)?;
            self.kyber
                .save_kyber_pre_key(KyberPreKeyId::from(kyber_id), &kyber)
                .await
                .map_err(crypto)?;
            upload.kyber_prekeys.push(SignedPreKey {
                key_id: kyber_id,
                public_key: B64(kyber.public_key().map_err(crypto)?.serialize().to_vec()),
                signature: B64(kyber.signature().map_err(crypto)?),
            });
            kyber_id += 1;
        }
        self.store.put_many(&[
            (
                Namespace::LocalIdentity,
                NEXT_PREKEY_ID.to_owned(),
                ec_id.to_be_bytes().to_vec(),
            ),
            (
                Namespace::LocalIdentity,
                NEXT_KYBER_PREKEY_ID.to_owned(),
                kyber_id.to_be_bytes().to_vec(),
            ),
        ])?;
        Ok(upload)
    }

    async fn top_up(&mut self, count: u32) -> Result<KeysUploadRequest, SdkError> {
        self.generate_one_time(count).await
    }

    fn take_pending_upload(&mut self) -> Result<Option<KeysUploadRequest>, SdkError> {
        let Some(bytes) = self.store.get(Namespace::LocalIdentity, PENDING_UPLOAD)? else {
            return Ok(None);
        };
        let upload = serde_json::from_slice(&bytes).map_err(crypto)?;
        self.store
            .delete(Namespace::LocalIdentity, PENDING_UPLOAD)?;
        Ok(Some(upload))
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use libsignal_protocol::IdentityKey;

    use super::*;
    use crate::store::{MemoryStore, Store};

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
}
