//! 1:1 sessions: started from a contact's bundles, encryption (plain or sealed) and
//! decryption, dropping sessions, accepting a changed identity.

use std::time::SystemTime;

use kinbridge_protocol::api::{DeviceBundle, OutgoingEnvelope};
use kinbridge_protocol::{AccountId, B64, EnvelopeKind};
use libsignal_protocol::{
    CiphertextMessage, CiphertextMessageType, DeviceId as SignalDeviceId, IdentityKey,
    KyberPreKeyId, PreKeyBundle, PreKeyId, PreKeySignalMessage, PublicKey, SenderCertificate,
    SessionStore, SignalMessage, SignedPreKeyId, kem, message_decrypt, message_encrypt,
    process_prekey_bundle, sealed_sender_encrypt,
};

use super::{CryptoWorker, Worker, address, crypto, signal_error};
use crate::SdkError;
use crate::store::Namespace;

impl CryptoWorker {
    /// Starts sessions with a contact's devices from their bundles.
    pub async fn process_bundles(
        &self,
        account: AccountId,
        bundles: Vec<DeviceBundle>,
    ) -> Result<(), SdkError> {
        self.run(async move |w| w.process_bundles(account, bundles).await)
            .await
    }

    /// Encrypts for every device of `account` this device has a session with.
    pub async fn encrypt(
        &self,
        account: AccountId,
        plaintext: Vec<u8>,
    ) -> Result<Vec<OutgoingEnvelope>, SdkError> {
        self.run(async move |w| w.encrypt(account, &plaintext, None).await)
            .await
    }

    pub async fn decrypt(
        &self,
        account: AccountId,
        device: u32,
        kind: EnvelopeKind,
        content: Vec<u8>,
    ) -> Result<Vec<u8>, SdkError> {
        self.run(async move |w| w.decrypt(account, device, kind, &content).await)
            .await
    }

    /// Forgets the sessions with some of a contact's devices (removed or reinstalled).
    pub async fn drop_sessions(
        &self,
        account: AccountId,
        devices: Vec<u32>,
    ) -> Result<(), SdkError> {
        self.run(async move |w| w.drop_sessions(account, &devices))
            .await
    }

    /// Accepts the new identity keys a contact's devices presented; returns those devices.
    pub async fn accept_identity(&self, account: AccountId) -> Result<Vec<u32>, SdkError> {
        self.run(async move |w| w.accept_identity(account)).await
    }

    /// The devices of a contact this device has sessions with.
    pub async fn session_devices(&self, account: AccountId) -> Result<Vec<u32>, SdkError> {
        self.run(async move |w| w.session_devices(account)).await
    }
}

/// libsignal's bundle of a device, from the server's answer.
pub(crate) fn prekey_bundle(b: &DeviceBundle) -> Result<PreKeyBundle, SdkError> {
    let device = SignalDeviceId::try_from(b.device_number).map_err(crypto)?;
    let pre_key = match &b.one_time_prekey {
        Some(k) => Some((
            PreKeyId::from(k.key_id),
            PublicKey::deserialize(k.public_key.as_ref()).map_err(crypto)?,
        )),
        None => None,
    };
    PreKeyBundle::new(
        b.registration_id,
        device,
        pre_key,
        SignedPreKeyId::from(b.signed_prekey.key_id),
        PublicKey::deserialize(b.signed_prekey.public_key.as_ref()).map_err(crypto)?,
        b.signed_prekey.signature.as_ref().to_vec(),
        KyberPreKeyId::from(b.kyber_prekey.key_id),
        kem::PublicKey::deserialize(b.kyber_prekey.public_key.as_ref()).map_err(crypto)?,
        b.kyber_prekey.signature.as_ref().to_vec(),
        IdentityKey::decode(b.identity_key.as_ref()).map_err(crypto)?,
    )
    .map_err(crypto)
}

impl Worker {
    async fn process_bundles(
        &mut self,
        account: AccountId,
        bundles: Vec<DeviceBundle>,
    ) -> Result<(), SdkError> {
        let mut rng = rand::rng();
        for b in bundles {
            let bundle = prekey_bundle(&b)?;
            let addr = address(account, b.device_number)?;
            process_prekey_bundle(
                &addr,
                &mut self.sessions,
                &mut self.identity,
                &bundle,
                SystemTime::now(),
                &mut rng,
            )
            .await
            .map_err(|e| signal_error(account, e))?;
        }
        Ok(())
    }

    fn session_devices(&self, account: AccountId) -> Result<Vec<u32>, SdkError> {
        let prefix = format!("{account}.");
        Ok(self
            .store
            .keys(Namespace::Session)?
            .into_iter()
            .filter_map(|k| k.strip_prefix(&prefix).and_then(|d| d.parse().ok()))
            .collect())
    }

    /// Encrypts for every device of `account` this device has a session with; sealed
    /// (sealed sender) with this device's certificate when one is given.
    pub(super) async fn encrypt(
        &mut self,
        account: AccountId,
        plaintext: &[u8],
        sealed_with: Option<&[u8]>,
    ) -> Result<Vec<OutgoingEnvelope>, SdkError> {
        let certificate = sealed_with
            .map(SenderCertificate::deserialize)
            .transpose()
            .map_err(crypto)?;
        let mut rng = rand::rng();
        let mut out = Vec::new();
        for device in self.session_devices(account)? {
            let addr = address(account, device)?;
            let (kind, content) = match &certificate {
                Some(certificate) => (
                    EnvelopeKind::SealedSender,
                    sealed_sender_encrypt(
                        &addr,
                        certificate,
                        plaintext,
                        &mut self.sessions,
                        &mut self.identity,
                        SystemTime::now(),
                        &mut rng,
                    )
                    .await
                    .map_err(|e| signal_error(account, e))?,
                ),
                None => {
                    let ct = message_encrypt(
                        plaintext,
                        &addr,
                        &mut self.sessions,
                        &mut self.identity,
                        SystemTime::now(),
                        &mut rng,
                    )
                    .await
                    .map_err(|e| signal_error(account, e))?;
                    let kind = match ct.message_type() {
                        CiphertextMessageType::PreKey => EnvelopeKind::PrekeyMessage,
                        _ => EnvelopeKind::Ciphertext,
                    };
                    (kind, ct.serialize().to_vec())
                }
            };
            let registration_id = self
                .sessions
                .load_session(&addr)
                .await
                .map_err(crypto)?
                .ok_or_else(|| crypto("session vanished"))?
                .remote_registration_id()
                .map_err(crypto)?;
            out.push(OutgoingEnvelope {
                device_number: device,
                registration_id,
                kind,
                content: B64(content),
            });
        }
        Ok(out)
    }

    async fn decrypt(
        &mut self,
        account: AccountId,
        device: u32,
        kind: EnvelopeKind,
        content: &[u8],
    ) -> Result<Vec<u8>, SdkError> {
        let message = match kind {
            EnvelopeKind::PrekeyMessage => CiphertextMessage::PreKeySignalMessage(
                PreKeySignalMessage::try_from(content).map_err(crypto)?,
            ),
            EnvelopeKind::Ciphertext => {
                CiphertextMessage::SignalMessage(SignalMessage::try_from(content).map_err(crypto)?)
            }
            other => return Err(crypto(format!("cannot decrypt a {other} envelope here"))),
        };
        let addr = address(account, device)?;
        message_decrypt(
            &message,
            &addr,
            &mut self.sessions,
            &mut self.identity,
            &mut self.pre_keys,
            &self.signed,
            &mut self.kyber,
            &mut rand::rng(),
        )
        .await
        .map_err(|e| self.untrusted(account, e))
    }

    fn drop_sessions(&mut self, account: AccountId, devices: &[u32]) -> Result<(), SdkError> {
        for d in devices {
            self.store
                .delete(Namespace::Session, &format!("{account}.{d}"))?;
        }
        Ok(())
    }

    /// The person accepted a contact's new identity: it replaces the old one and the old
    /// sessions go, so new ones start from fresh bundles.
    fn accept_identity(&mut self, account: AccountId) -> Result<Vec<u32>, SdkError> {
        let prefix = format!("{account}.");
        let mut devices = Vec::new();
        for key in self.store.keys(Namespace::PendingIdentity)? {
            let Some(device) = key
                .strip_prefix(&prefix)
                .and_then(|d| d.parse::<u32>().ok())
            else {
                continue;
            };
            if let Some(new) = self.store.get(Namespace::PendingIdentity, &key)? {
                self.store.put(Namespace::PeerIdentity, &key, &new)?;
            }
            self.store.delete(Namespace::PendingIdentity, &key)?;
            self.store.delete(Namespace::Session, &key)?;
            devices.push(device);
        }
        Ok(devices)
    }
}
