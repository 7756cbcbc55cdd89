//! Not part of the SDK's API: what the criterion benchmark (`benches/crypto.rs`) drives to
//! measure the SDK's per-message cost without a server — two devices' crypto workers with
//! a session between them, each message wrapped, encrypted, decrypted and unwrapped exactly
//! as the SDK does for a real message.

use std::sync::Arc;

use kinbridge_protocol::api::{Content, DeviceBundle};
use kinbridge_protocol::{AccountId, B64};

use crate::crypto::CryptoWorker;
use crate::{SdkError, Store};

/// Two devices with a session from the first to the second.
#[derive(Debug)]
pub struct CryptoPair {
    alice: CryptoWorker,
    bob: CryptoWorker,
    alice_id: AccountId,
    bob_id: AccountId,
}

fn json(e: serde_json::Error) -> SdkError {
    SdkError::Crypto(e.to_string())
}

impl CryptoPair {
    /// Makes both devices' keys in their stores, starts Alice's session from Bob's bundle
    /// and sends one message each way, so what follows is the steady state.
    pub async fn new(
        alice_store: Arc<dyn Store>,
        bob_store: Arc<dyn Store>,
    ) -> Result<Self, SdkError> {
        let alice = CryptoWorker::start(alice_store)?;
        let bob = CryptoWorker::start(bob_store)?;
        alice.prepare_enrolment().await?;
        let keys = bob.prepare_enrolment().await?;
        let upload = bob
            .take_pending_upload()
            .await?
            .ok_or_else(|| SdkError::Crypto("no one-time keys".into()))?;
        let bundle = DeviceBundle {
            device_number: 1,
            registration_id: keys.registration_id,
            identity_key: keys.identity_key,
            signed_prekey: keys.signed_prekey,
            one_time_prekey: upload.one_time_prekeys.first().cloned(),
            kyber_prekey: upload
                .kyber_prekeys
                .first()
                .cloned()
                .ok_or_else(|| SdkError::Crypto("no Kyber key".into()))?,
        };
        let pair = CryptoPair {
            alice,
            bob,
            alice_id: AccountId::random(),
            bob_id: AccountId::random(),
        };
        pair.alice
            .process_bundles(pair.bob_id, vec![bundle])
            .await?;
        pair.round_trip(b"hello").await?;
        // Bob answers, so Alice's messages are ordinary ones (not session starts) from now on.
        let reply = pair
            .bob
            .encrypt(pair.alice_id, b"hi".to_vec())
            .await?
            .pop()
            .ok_or_else(|| SdkError::Crypto("no session back".into()))?;
        pair.alice
            .decrypt(pair.bob_id, 1, reply.kind, reply.content.as_ref().to_vec())
            .await?;
        Ok(pair)
    }

    /// One message from Alice to Bob: wrapped as the SDK wraps a message, encrypted by
    /// Alice's worker, decrypted by Bob's, unwrapped. Returns the body Bob read.
    pub async fn round_trip(&self, body: &[u8]) -> Result<Vec<u8>, SdkError> {
        let content = serde_json::to_vec(&Content::Message {
            body: B64(body.to_vec()),
            access_key: Some(B64(vec![7; 16])),
            id: None,
        })
        .map_err(json)?;
        let mut sealed = self.alice.encrypt(self.bob_id, content).await?;
        let envelope = sealed
            .pop()
            .ok_or_else(|| SdkError::Crypto("no session".into()))?;
        let plaintext = self
            .bob
            .decrypt(
                self.alice_id,
                1,
                envelope.kind,
                envelope.content.as_ref().to_vec(),
            )
            .await?;
        match serde_json::from_slice(&plaintext).map_err(json)? {
            Content::Message { body, .. } => Ok(body.0),
            Content::CircleKey { .. } | Content::ResendRequest { .. } => {
                Err(SdkError::Crypto("unexpected content".into()))
            }
        }
    }
}
