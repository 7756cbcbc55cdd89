//! The crypto worker. libsignal's store traits are `async_trait(?Send)`: their futures
//! cannot move between threads, so they cannot run on a multi-threaded runtime or behind a
//! `Send` public API. One dedicated thread with a current-thread runtime owns the Signal
//! stores; the rest of the SDK sends it commands over a channel and awaits the reply. The
//! public API stays `Send + 'static`, as mobile bindings need.

use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use async_trait::async_trait;
use kinbridge_protocol::api::{
    DeviceBundle, KeysUploadRequest, OutgoingEnvelope, PreKey, SignedPreKey,
};
use kinbridge_protocol::{AccountId, B64, EnvelopeKind};
use libsignal_protocol::{
    CiphertextMessage, CiphertextMessageType, DeviceId as SignalDeviceId, Fingerprint,
    GenericSignedPreKey, IdentityKey, IdentityKeyPair, KeyPair, KyberPreKeyId, KyberPreKeyRecord,
    KyberPreKeyStore, PreKeyBundle, PreKeyId, PreKeyRecord, PreKeySignalMessage, PreKeyStore,
    ProtocolAddress, PublicKey, SenderCertificate, SenderKeyDistributionMessage, SenderKeyMessage,
    SenderKeyRecord, SenderKeyStore, SessionStore, SignalMessage, SignalProtocolError,
    SignedPreKeyId, SignedPreKeyRecord, SignedPreKeyStore, Timestamp,
    create_sender_key_distribution_message, group_decrypt, group_encrypt, kem, message_decrypt,
    message_encrypt, process_prekey_bundle, process_sender_key_distribution_message,
    sealed_sender_decrypt, sealed_sender_encrypt,
};
use rand::Rng;
use serde::{Deserialize, Serialize};
use tokio::sync::{mpsc, oneshot};
use uuid::Uuid;

use crate::SdkError;
use crate::signal::{IDENTITY, IdentityStore, REGISTRATION_ID, SessionStoreImpl, store_err};
use crate::store::{Namespace, Store};

/// One-time prekeys generated at enrolment, of each kind.
pub const ONE_TIME_PREKEYS: u32 = 100;

const KYBER_LAST_RESORT_ID: &str = "kyber_last_resort_id";
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

type Reply<T> = oneshot::Sender<Result<T, SdkError>>;

enum Command {
    PrepareEnrolment(Reply<EnrolmentKeys>),
    ForgetPendingEnrolment(Reply<()>),
    TopUp(u32, Reply<KeysUploadRequest>),
    ProcessBundles(AccountId, Vec<DeviceBundle>, Reply<()>),
    Encrypt(
        AccountId,
        Vec<u8>,
        Option<Vec<u8>>,
        Reply<Vec<OutgoingEnvelope>>,
    ),
    Decrypt(AccountId, u32, EnvelopeKind, Vec<u8>, Reply<Vec<u8>>),
    DropSessions(AccountId, Vec<u32>, Reply<()>),
    AcceptIdentity(AccountId, Reply<Vec<u32>>),
    SafetyNumber(AccountId, AccountId, Reply<String>),
    SessionDevices(AccountId, Reply<Vec<u32>>),
    TakePendingUpload(Reply<Option<KeysUploadRequest>>),
    SealedDecrypt(Vec<u8>, Vec<u8>, (AccountId, u32), Reply<Unsealed>),
    CircleKey((AccountId, u32), Uuid, Reply<Vec<u8>>),
    ProcessCircleKey(AccountId, u32, Vec<u8>, Reply<Uuid>),
    GroupEncrypt((AccountId, u32), Uuid, Vec<u8>, Reply<Vec<u8>>),
    GroupDecrypt(AccountId, u32, Vec<u8>, Reply<(Uuid, Vec<u8>)>),
}

/// A sealed-sender message opened: who sent it (from the certificate the trust root
/// vouches for) and what it says.
#[derive(Debug, Clone)]
pub struct Unsealed {
    pub from: AccountId,
    pub device: u32,
    pub plaintext: Vec<u8>,
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
                    let mut w = Worker::new(store);
                    while let Some(command) = rx.recv().await {
                        w.handle(command).await;
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

    /// Generates `count` new one-time keys of each kind and returns them to upload.
    pub async fn top_up(&self, count: u32) -> Result<KeysUploadRequest, SdkError> {
        self.ask(|r| Command::TopUp(count, r)).await
    }

    /// Starts sessions with a contact's devices from their bundles.
    pub async fn process_bundles(
        &self,
        account: AccountId,
        bundles: Vec<DeviceBundle>,
    ) -> Result<(), SdkError> {
        self.ask(|r| Command::ProcessBundles(account, bundles, r))
            .await
    }

    /// Encrypts for every device of `account` this device has a session with.
    pub async fn encrypt(
        &self,
        account: AccountId,
        plaintext: Vec<u8>,
    ) -> Result<Vec<OutgoingEnvelope>, SdkError> {
        self.ask(|r| Command::Encrypt(account, plaintext, None, r))
            .await
    }

    pub async fn decrypt(
        &self,
        account: AccountId,
        device: u32,
        kind: EnvelopeKind,
        content: Vec<u8>,
    ) -> Result<Vec<u8>, SdkError> {
        self.ask(|r| Command::Decrypt(account, device, kind, content, r))
            .await
    }

    /// Forgets the sessions with some of a contact's devices (removed or reinstalled).
    pub async fn drop_sessions(
        &self,
        account: AccountId,
        devices: Vec<u32>,
    ) -> Result<(), SdkError> {
        self.ask(|r| Command::DropSessions(account, devices, r))
            .await
    }

    /// Accepts the new identity keys a contact's devices presented; returns those devices.
    pub async fn accept_identity(&self, account: AccountId) -> Result<Vec<u32>, SdkError> {
        self.ask(|r| Command::AcceptIdentity(account, r)).await
    }

    /// The 60-digit safety number between this person and a contact.
    pub async fn safety_number(
        &self,
        local: AccountId,
        remote: AccountId,
    ) -> Result<String, SdkError> {
        self.ask(|r| Command::SafetyNumber(local, remote, r)).await
    }

    /// The one-time keys generated at enrolment, to upload once (then forgotten).
    pub async fn take_pending_upload(&self) -> Result<Option<KeysUploadRequest>, SdkError> {
        self.ask(Command::TakePendingUpload).await
    }

    /// Seals a message for every device of `account` this device has a session with, with
    /// this device's sender certificate inside: the server cannot see who sent it.
    pub async fn sealed_encrypt(
        &self,
        account: AccountId,
        plaintext: Vec<u8>,
        certificate: Vec<u8>,
    ) -> Result<Vec<OutgoingEnvelope>, SdkError> {
        self.ask(|r| Command::Encrypt(account, plaintext, Some(certificate), r))
            .await
    }

    /// Opens a sealed-sender message; the sender certificate must chain to `trust_root`
    /// and be unexpired.
    pub async fn sealed_decrypt(
        &self,
        content: Vec<u8>,
        trust_root: Vec<u8>,
        me: (AccountId, u32),
    ) -> Result<Unsealed, SdkError> {
        self.ask(|r| Command::SealedDecrypt(content, trust_root, me, r))
            .await
    }

    /// This device's sender-key distribution message for a circle distribution (made on
    /// first use).
    pub async fn circle_key(
        &self,
        me: (AccountId, u32),
        distribution: Uuid,
    ) -> Result<Vec<u8>, SdkError> {
        self.ask(|r| Command::CircleKey(me, distribution, r)).await
    }

    /// Keeps a contact's sender key; returns its distribution id.
    pub async fn process_circle_key(
        &self,
        sender: AccountId,
        device: u32,
        message: Vec<u8>,
    ) -> Result<Uuid, SdkError> {
        self.ask(|r| Command::ProcessCircleKey(sender, device, message, r))
            .await
    }

    /// Encrypts once for everyone holding this device's sender key of `distribution`.
    pub async fn group_encrypt(
        &self,
        me: (AccountId, u32),
        distribution: Uuid,
        plaintext: Vec<u8>,
    ) -> Result<Vec<u8>, SdkError> {
        self.ask(|r| Command::GroupEncrypt(me, distribution, plaintext, r))
            .await
    }

    /// Decrypts a sender-key message; returns its distribution id and the plaintext.
    pub async fn group_decrypt(
        &self,
        sender: AccountId,
        device: u32,
        content: Vec<u8>,
    ) -> Result<(Uuid, Vec<u8>), SdkError> {
        self.ask(|r| Command::GroupDecrypt(sender, device, content, r))
            .await
    }

    /// The devices of a contact this device has sessions with.
    pub async fn session_devices(&self, account: AccountId) -> Result<Vec<u32>, SdkError> {
        self.ask(|r| Command::SessionDevices(account, r)).await
    }
}

fn now_millis() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

fn get_u32(store: &dyn Store, key: &str) -> Result<Option<u32>, SdkError> {
    Ok(store
        .get(Namespace::LocalIdentity, key)?
        .and_then(|b| <[u8; 4]>::try_from(b.as_slice()).ok())
        .map(u32::from_be_bytes))
}

fn crypto(e: impl std::fmt::Display) -> SdkError {
    SdkError::Crypto(e.to_string())
}

fn address(account: AccountId, device: u32) -> Result<ProtocolAddress, SdkError> {
    let id = SignalDeviceId::try_from(device).map_err(crypto)?;
    Ok(ProtocolAddress::new(account.to_string(), id))
}

/// A libsignal error, or the identity change it means for the app.
fn signal_error(account: AccountId, e: SignalProtocolError) -> SdkError {
    match e {
        SignalProtocolError::UntrustedIdentity(_) => SdkError::IdentityChanged { account },
        other => crypto(other),
    }
}

/// The Signal stores, each its own value so libsignal can borrow them side by side.
struct Worker {
    store: Arc<dyn Store>,
    identity: IdentityStore,
    sessions: SessionStoreImpl,
    pre_keys: PreKeys,
    signed: SignedPreKeys,
    kyber: KyberPreKeys,
    sender_keys: SenderKeys,
}

impl Worker {
    fn new(store: Arc<dyn Store>) -> Self {
        Worker {
            identity: IdentityStore {
                store: store.clone(),
            },
            sessions: SessionStoreImpl {
                store: store.clone(),
            },
            pre_keys: PreKeys {
                store: store.clone(),
            },
            signed: SignedPreKeys {
                store: store.clone(),
            },
            kyber: KyberPreKeys {
                store: store.clone(),
            },
            sender_keys: SenderKeys {
                store: store.clone(),
            },
            store,
        }
    }

    async fn handle(&mut self, command: Command) {
        match command {
            Command::PrepareEnrolment(r) => drop(r.send(self.prepare_enrolment().await)),
            Command::ForgetPendingEnrolment(r) => drop(
                r.send(
                    self.store
                        .delete(Namespace::LocalIdentity, PENDING_ENROLMENT)
                        .map_err(SdkError::from),
                ),
            ),
            Command::TopUp(n, r) => drop(r.send(self.top_up(n).await)),
            Command::ProcessBundles(a, b, r) => drop(r.send(self.process_bundles(a, b).await)),
            Command::Encrypt(a, p, c, r) => {
                drop(r.send(self.encrypt(a, &p, c.as_deref()).await));
            }
            Command::Decrypt(a, d, k, c, r) => drop(r.send(self.decrypt(a, d, k, &c).await)),
            Command::DropSessions(a, d, r) => drop(r.send(self.drop_sessions(a, &d))),
            Command::AcceptIdentity(a, r) => drop(r.send(self.accept_identity(a))),
            Command::SafetyNumber(l, rem, r) => drop(r.send(self.safety_number(l, rem).await)),
            Command::SessionDevices(a, r) => drop(r.send(self.session_devices(a))),
            Command::TakePendingUpload(r) => drop(r.send(self.take_pending_upload())),
            Command::SealedDecrypt(c, t, me, r) => {
                drop(r.send(self.sealed_decrypt(&c, &t, me).await));
            }
            Command::CircleKey(me, d, r) => drop(r.send(self.circle_key(me, d).await)),
            Command::ProcessCircleKey(a, d, m, r) => {
                drop(r.send(self.process_circle_key(a, d, &m).await));
            }
            Command::GroupEncrypt(me, d, p, r) => drop(r.send(self.group_encrypt(me, d, &p).await)),
            Command::GroupDecrypt(a, d, c, r) => drop(r.send(self.group_decrypt(a, d, &c).await)),
        }
    }

    fn identity_pair(&self) -> Result<IdentityKeyPair, SdkError> {
        let bytes = self
            .store
            .get(Namespace::LocalIdentity, IDENTITY)?
            .ok_or(SdkError::NotEnrolled)?;
        IdentityKeyPair::try_from(bytes.as_slice()).map_err(crypto)
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

    async fn process_bundles(
        &mut self,
        account: AccountId,
        bundles: Vec<DeviceBundle>,
    ) -> Result<(), SdkError> {
        let mut rng = rand::rng();
        for b in bundles {
            let device = SignalDeviceId::try_from(b.device_number).map_err(crypto)?;
            let pre_key = match &b.one_time_prekey {
                Some(k) => Some((
                    PreKeyId::from(k.key_id),
                    PublicKey::deserialize(k.public_key.as_ref()).map_err(crypto)?,
                )),
                None => None,
            };
            let bundle = PreKeyBundle::new(
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
            .map_err(crypto)?;
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

    fn take_pending_upload(&mut self) -> Result<Option<KeysUploadRequest>, SdkError> {
        let Some(bytes) = self.store.get(Namespace::LocalIdentity, PENDING_UPLOAD)? else {
            return Ok(None);
        };
        let upload = serde_json::from_slice(&bytes).map_err(crypto)?;
        self.store
            .delete(Namespace::LocalIdentity, PENDING_UPLOAD)?;
        Ok(Some(upload))
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
    async fn encrypt(
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
        .map_err(|e| signal_error(account, e))
    }

    async fn sealed_decrypt(
        &mut self,
        content: &[u8],
        trust_root: &[u8],
        (me, my_device): (AccountId, u32),
    ) -> Result<Unsealed, SdkError> {
        let root = PublicKey::deserialize(trust_root).map_err(crypto)?;
        let local_device = SignalDeviceId::try_from(my_device).map_err(crypto)?;
        let opened = sealed_sender_decrypt(
            content,
            &root,
            Timestamp::from_epoch_millis(now_millis()),
            None,
            me.to_string(),
            local_device,
            &mut self.identity,
            &mut self.sessions,
            &mut self.pre_keys,
            &self.signed,
            &mut self.kyber,
        )
        .await
        .map_err(|e| match e {
            // The sender is only known once the seal is open: their address says who.
            SignalProtocolError::UntrustedIdentity(addr) => match AccountId::parse(addr.name()) {
                Ok(account) => SdkError::IdentityChanged { account },
                Err(_) => crypto("untrusted identity"),
            },
            other => crypto(other),
        })?;
        Ok(Unsealed {
            from: AccountId::parse(&opened.sender_uuid).map_err(crypto)?,
            device: u32::from(opened.device_id),
            plaintext: opened.message,
        })
    }

    async fn circle_key(
        &mut self,
        (me, my_device): (AccountId, u32),
        distribution: Uuid,
    ) -> Result<Vec<u8>, SdkError> {
        let addr = address(me, my_device)?;
        let message = create_sender_key_distribution_message(
            &addr,
            distribution,
            &mut self.sender_keys,
            &mut rand::rng(),
        )
        .await
        .map_err(crypto)?;
        Ok(message.serialized().to_vec())
    }

    async fn process_circle_key(
        &mut self,
        sender: AccountId,
        device: u32,
        message: &[u8],
    ) -> Result<Uuid, SdkError> {
        let message = SenderKeyDistributionMessage::try_from(message).map_err(crypto)?;
        let addr = address(sender, device)?;
        process_sender_key_distribution_message(&addr, &message, &mut self.sender_keys)
            .await
            .map_err(crypto)?;
        message.distribution_id().map_err(crypto)
    }

    async fn group_encrypt(
        &mut self,
        (me, my_device): (AccountId, u32),
        distribution: Uuid,
        plaintext: &[u8],
    ) -> Result<Vec<u8>, SdkError> {
        let addr = address(me, my_device)?;
        let message = group_encrypt(
            &mut self.sender_keys,
            &addr,
            distribution,
            plaintext,
            &mut rand::rng(),
        )
        .await
        .map_err(crypto)?;
        Ok(message.serialized().to_vec())
    }

    async fn group_decrypt(
        &mut self,
        sender: AccountId,
        device: u32,
        content: &[u8],
    ) -> Result<(Uuid, Vec<u8>), SdkError> {
        let distribution = SenderKeyMessage::try_from(content)
            .map_err(crypto)?
            .distribution_id();
        let addr = address(sender, device)?;
        let plaintext = group_decrypt(content, &mut self.sender_keys, &addr)
            .await
            .map_err(crypto)?;
        Ok((distribution, plaintext))
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

    async fn safety_number(
        &mut self,
        local: AccountId,
        remote: AccountId,
    ) -> Result<String, SdkError> {
        let mine = self.identity_pair()?;
        let prefix = format!("{remote}.");
        let mut known: Vec<(u32, Vec<u8>)> = Vec::new();
        for key in self.store.keys(Namespace::PeerIdentity)? {
            if let Some(d) = key
                .strip_prefix(&prefix)
                .and_then(|d| d.parse::<u32>().ok())
            {
                if let Some(bytes) = self.store.get(Namespace::PeerIdentity, &key)? {
                    known.push((d, bytes));
                }
            }
        }
        known.sort();
        let (_, theirs) = known
            .into_iter()
            .next()
            .ok_or_else(|| crypto("no identity known for this contact yet"))?;
        let theirs = IdentityKey::decode(&theirs).map_err(crypto)?;
        let fp = Fingerprint::new(
            2,
            5200,
            local.as_uuid().as_bytes(),
            mine.identity_key(),
            remote.as_uuid().as_bytes(),
            &theirs,
        )
        .map_err(crypto)?;
        fp.display_string().map_err(crypto)
    }
}

/// Sender keys (case circles), by `account.device:distribution`.
struct SenderKeys {
    store: Arc<dyn Store>,
}

fn sender_key_name(sender: &ProtocolAddress, distribution: Uuid) -> String {
    format!(
        "{}.{}:{distribution}",
        sender.name(),
        u32::from(sender.device_id())
    )
}

#[async_trait(?Send)]
impl SenderKeyStore for SenderKeys {
    async fn store_sender_key(
        &mut self,
        sender: &ProtocolAddress,
        distribution_id: Uuid,
        record: &SenderKeyRecord,
    ) -> Result<(), SignalProtocolError> {
        self.store
            .put(
                Namespace::SenderKey,
                &sender_key_name(sender, distribution_id),
                &record.serialize()?,
            )
            .map_err(store_err("store_sender_key"))
    }

    async fn load_sender_key(
        &mut self,
        sender: &ProtocolAddress,
        distribution_id: Uuid,
    ) -> Result<Option<SenderKeyRecord>, SignalProtocolError> {
        self.store
            .get(
                Namespace::SenderKey,
                &sender_key_name(sender, distribution_id),
            )
            .map_err(store_err("load_sender_key"))?
            .map(|bytes| SenderKeyRecord::deserialize(&bytes))
            .transpose()
    }
}

/// One-time EC prekeys.
struct PreKeys {
    store: Arc<dyn Store>,
}

/// Signed EC prekeys.
struct SignedPreKeys {
    store: Arc<dyn Store>,
}

/// Kyber prekeys, one-time and last resort.
struct KyberPreKeys {
    store: Arc<dyn Store>,
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
