//! End-to-end encrypted messages: an outbox kept in the store before anything is sent,
//! sessions started from prekey bundles, the 409/410 device dance handled without the app,
//! retries with backoff until the server accepts, and decryption of what arrives.
//!
//! Three routes: **direct** (the server knows the sender and checks the contact rules; a
//! delivery receipt comes back), **sealed** (the server does not learn the sender; allowed
//! by the recipient's access key, which contacts learn from the recipient's own messages;
//! no receipt), and **case circles** (one sender-key ciphertext for every member the
//! sender may contact; the key goes to each of them over direct sessions first, and moves
//! to a new one whenever someone leaves the circle).
//!
//! What travels inside a direct or sealed session is a [`Content`]: the message, or a
//! circle key, always with the sender's current access key.

use std::collections::BTreeSet;
use std::sync::atomic::Ordering;
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chrono::{DateTime, Utc};
use kinbridge_protocol::api::{
    ACCESS_KEY_HEADER, AccessKeyRequest, AckRequest, CircleDevice, CircleRoster, CircleSendRequest,
    Content, DeliveryCertificate, DeviceChange, Envelope, KeyCounts, KeysUploadRequest,
    PreKeyBundles, SendRequest, SendResponse,
};
use kinbridge_protocol::{AccountId, B64, CaseId, DeviceChangeKind, EnvelopeKind, ErrorCode};
use rand::RngCore;
use reqwest::Method;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::store::Namespace;
use crate::{Client, Event, SdkError};

/// Below this many one-time keys on the server, the SDK uploads new ones.
pub const LOW_PREKEYS: u32 = 20;
/// How many new one-time keys of each kind a top-up uploads.
pub const TOP_UP: u32 = 100;

/// Where an outbox message goes.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "via", rename_all = "snake_case")]
enum Route {
    Direct {
        to: AccountId,
    },
    Sealed {
        to: AccountId,
    },
    Circle {
        case: CaseId,
    },
    /// "I need help now" (the body: any words, for the case's carers).
    Help {
        case: CaseId,
    },
    /// Asks `to`'s device `device` to send again what it sent since `since`: a message of
    /// theirs could not be decrypted here (no body).
    Resend {
        to: AccountId,
        device: u32,
        since: DateTime<Utc>,
    },
}

/// A message waiting in the outbox.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Pending {
    id: String,
    #[serde(flatten)]
    route: Route,
    body: String,
    created_at: DateTime<Utc>,
    /// A message sent again: the id it was first sent with (what the recipient's devices
    /// know it by). `id` is new, so the server stores the resend.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    original: Option<String>,
}

/// A direct message kept for 24 hours after the server took it.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Sent {
    id: String,
    body: String,
    /// The recipient's devices it was encrypted for: only they may ask for it again.
    devices: Vec<u32>,
    /// Devices it was sent again to: once each, so two phones cannot ask each other for
    /// ever.
    #[serde(default)]
    resent_to: Vec<u32>,
}

/// How long sent direct messages are kept for a resend.
const SENT_LOG_HOURS: i64 = 24;
/// The first received messages' ids ("msg:<from>:<id>") live in `Received` too.
fn message_key(from: AccountId, id: &str) -> String {
    format!("msg:{from}:{id}")
}

/// A sent-log key: `<to>:<microseconds, 20 digits>:<id>`, so keys sort by recipient, then
/// time.
fn sent_key(to: AccountId, id: &str) -> String {
    format!("{to}:{:020}:{id}", Utc::now().timestamp_micros())
}

/// When a sent-log entry was kept (microseconds), from its key.
fn sent_at(key: &str) -> i64 {
    key.split(':')
        .nth(1)
        .and_then(|t| t.parse().ok())
        .unwrap_or(0)
}

/// This device's circle in one case: the sender-key distribution in use and the devices
/// that hold it. Someone leaving (or a reinstalled phone) starts a new distribution.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct CircleState {
    distribution: Uuid,
    has: BTreeSet<CircleDevice>,
}

/// A contact's circle distribution this device holds a key for.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct KnownDistribution {
    case: CaseId,
    sender: AccountId,
}

const OWN_ACCESS_KEY: &str = "self";
const SENDER_CERTIFICATE: &str = "sender_certificate";
/// A sender certificate is renewed when it has less than this left.
const CERTIFICATE_MARGIN: chrono::Duration = chrono::Duration::hours(1);

/// The message the app gets for an opened envelope.
fn received(
    envelope: &Envelope,
    (from, device): (AccountId, u32),
    body: Vec<u8>,
    sealed: bool,
    circle: Option<CaseId>,
) -> ReceivedMessage {
    ReceivedMessage {
        guid: envelope.guid.clone(),
        from,
        device,
        body,
        sent_at: envelope.server_ts,
        sealed,
        circle,
    }
}

/// What opening an envelope gave.
pub(crate) enum Opened {
    /// A message for the app.
    Message(ReceivedMessage),
    /// Something for the SDK itself (a circle key): nothing to show.
    Internal,
    /// A server notice for the app (a device added or revoked).
    Notice(Event),
}

/// What happened to a message the app sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendOutcome {
    /// The server accepted it; a delivery event follows when the recipient's device has it.
    Sent { message_id: String },
    /// Kept in the outbox: the network is down; it is retried with backoff.
    Queued { message_id: String },
}

/// A message received and decrypted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceivedMessage {
    pub guid: String,
    pub from: AccountId,
    pub device: u32,
    pub body: Vec<u8>,
    pub sent_at: DateTime<Utc>,
    /// Sent with sealed sender: only this device knows who wrote it.
    pub sealed: bool,
    /// A case-circle message, to everyone in that case the sender may contact.
    pub circle: Option<CaseId>,
}

fn is_network(e: &SdkError) -> bool {
    match e {
        SdkError::Network(_) => true,
        SdkError::Api { status, .. } | SdkError::UnexpectedResponse { status } => *status >= 502,
        _ => false,
    }
}

/// Not now, but later: the network, or the server asking to wait (this person's sending
/// limit, or the recipient's full mailbox). The message stays in the outbox.
pub(crate) fn is_retryable(e: &SdkError) -> bool {
    is_network(e)
        || matches!(
            e.code(),
            Some(ErrorCode::MessagesRateLimited | ErrorCode::MessagesMailboxFull)
        )
}

impl Client {
    /// Uploads the one-time prekeys made at enrolment (once).
    pub(crate) async fn upload_enrolment_keys(&self) -> Result<(), SdkError> {
        if let Some(upload) = self.inner.crypto.take_pending_upload().await? {
            let _: KeyCounts = self.call(Method::PUT, "/v1/keys", Some(&upload)).await?;
        }
        Ok(())
    }

    /// Uploads new one-time prekeys when the server holds few of either kind.
    pub async fn top_up_prekeys(&self) -> Result<KeyCounts, SdkError> {
        let counts: KeyCounts = self.call(Method::GET, "/v1/keys", None).await?;
        if counts.one_time_prekeys >= LOW_PREKEYS && counts.kyber_prekeys >= LOW_PREKEYS {
            return Ok(counts);
        }
        let upload: KeysUploadRequest = self.inner.crypto.top_up(TOP_UP).await?;
        self.call(Method::PUT, "/v1/keys", Some(&upload)).await
    }

    /// Sends a message to a contact. It is written to the outbox first, so nothing is lost
    /// if the app stops or the network drops; it leaves the outbox once the server has it.
    pub async fn send_message(&self, to: AccountId, body: &[u8]) -> Result<SendOutcome, SdkError> {
        self.enqueue(Route::Direct { to }, body).await
    }

    /// Sends a message with sealed sender: the server does not learn who sent it (only the
    /// recipient does, from a certificate it checks against the app's trust root). It
    /// needs the contact's access key, which this device learns from the contact's own
    /// messages; without it the call fails with [`SdkError::SealedSenderUnavailable`] and
    /// nothing is sent. No delivery receipt follows.
    pub async fn send_sealed_message(
        &self,
        to: AccountId,
        body: &[u8],
    ) -> Result<SendOutcome, SdkError> {
        if self.peer_access_key(to)?.is_none() {
            return Err(SdkError::SealedSenderUnavailable { account: to });
        }
        self.enqueue(Route::Sealed { to }, body).await
    }

    /// Sends a message to this person's circle in a case: every other member they may
    /// contact, encrypted once with a sender key. A delivery event follows per device.
    pub async fn send_circle_message(
        &self,
        case: CaseId,
        body: &[u8],
    ) -> Result<SendOutcome, SdkError> {
        self.enqueue(Route::Circle { case }, body).await
    }

    /// Writes a call for help to the outbox (its id is the request's `client_id`, so a
    /// resend is the same request), ahead of every message waiting there; returns its
    /// outbox key and id.
    pub(crate) fn queue_help(
        &self,
        case: CaseId,
        words: Option<String>,
    ) -> Result<(String, String), SdkError> {
        self.queue(Route::Help { case }, words.unwrap_or_default().as_bytes())
            .map(|(key, pending)| (key, pending.id))
    }

    /// Sends the outbox entry under `key` now (the caller holds the flush lock).
    pub(crate) async fn deliver_key(&self, key: &str) -> Result<(), SdkError> {
        let Some(bytes) = self.inner.config.store.get(Namespace::Outbox, key)? else {
            return Ok(());
        };
        let pending: Pending =
            serde_json::from_slice(&bytes).map_err(|e| SdkError::Crypto(e.to_string()))?;
        self.deliver(key, &pending).await
    }

    /// Writes a direct message to the outbox without sending it now (the outbox flush or
    /// the retry loop sends it).
    pub(crate) fn queue_direct(&self, to: AccountId, body: &[u8]) -> Result<(), SdkError> {
        self.queue(Route::Direct { to }, body).map(drop)
    }

    /// Writes an outbox entry; returns its key and the entry.
    fn queue(&self, route: Route, body: &[u8]) -> Result<(String, Pending), SdkError> {
        self.queue_as(route, body, None)
    }

    fn queue_as(
        &self,
        route: Route,
        body: &[u8],
        original: Option<String>,
    ) -> Result<(String, Pending), SdkError> {
        let pending = Pending {
            id: uuid::Uuid::new_v4().to_string(),
            route,
            body: STANDARD.encode(body),
            created_at: Utc::now(),
            original,
        };
        // Outbox keys sort in sending order; a call for help goes before everything else
        // (a full mailbox or a rate limit on an older message must not hold it back).
        let first = if matches!(pending.route, Route::Help { .. }) {
            "0"
        } else {
            "1"
        };
        let key = format!(
            "{first}-{:020}-{}",
            pending.created_at.timestamp_micros(),
            pending.id
        );
        let bytes = serde_json::to_vec(&pending).map_err(|e| SdkError::Crypto(e.to_string()))?;
        self.inner
            .config
            .store
            .put(Namespace::Outbox, &key, &bytes)?;
        Ok((key, pending))
    }

    async fn enqueue(&self, route: Route, body: &[u8]) -> Result<SendOutcome, SdkError> {
        let (key, pending) = self.queue(route, body)?;
        match self.deliver(&key, &pending).await {
            Ok(()) => Ok(SendOutcome::Sent {
                message_id: pending.id,
            }),
            Err(e) if is_retryable(&e) => {
                self.retry_in_background();
                Ok(SendOutcome::Queued {
                    message_id: pending.id,
                })
            }
            Err(e) => Err(e),
        }
    }

    /// How many messages wait in the outbox.
    pub fn outbox_len(&self) -> Result<usize, SdkError> {
        Ok(self.inner.config.store.keys(Namespace::Outbox)?.len())
    }

    /// Tries every message in the outbox, oldest first; returns how many went out. Stops at
    /// the first network error (the rest keep their order). What sending adds to the outbox
    /// (the words of a call for help) goes in the same flush.
    pub async fn flush_outbox(&self) -> Result<usize, SdkError> {
        let _one_at_a_time = self.inner.flushing.lock().await;
        self.flush_locked().await
    }

    /// [`Client::flush_outbox`], for a caller that holds the flush lock.
    pub(crate) async fn flush_locked(&self) -> Result<usize, SdkError> {
        let store = self.inner.config.store.clone();
        let mut sent = 0;
        let mut tried = std::collections::BTreeSet::new();
        loop {
            let keys: Vec<String> = store
                .keys(Namespace::Outbox)?
                .into_iter()
                .filter(|k| !tried.contains(k))
                .collect();
            if keys.is_empty() {
                return Ok(sent);
            }
            for key in keys {
                tried.insert(key.clone());
                sent += self.flush_one(&key).await?;
            }
        }
    }

    /// Sends one outbox entry; `Ok(1)` when it went, `Ok(0)` when it was refused or waits
    /// (for the person to accept a contact's new identity). A network error stops the
    /// flush, so order is kept: the rest waits with it.
    async fn flush_one(&self, key: &str) -> Result<usize, SdkError> {
        let store = &self.inner.config.store;
        let Some(bytes) = store.get(Namespace::Outbox, key)? else {
            return Ok(0);
        };
        let Ok(pending) = serde_json::from_slice::<Pending>(&bytes) else {
            store.delete(Namespace::Outbox, key)?;
            return Ok(0);
        };
        match self.deliver(key, &pending).await {
            Ok(()) => Ok(1),
            Err(e) if is_retryable(&e) => Err(e),
            Err(SdkError::IdentityChanged { .. }) => Ok(0),
            Err(e) => {
                tracing::debug!(error = %e, "a queued message was refused");
                Ok(0)
            }
        }
    }

    /// Retries the outbox with backoff (1 s doubling to 60 s) while it has messages and the
    /// client is alive. At most one such task runs.
    pub(crate) fn retry_in_background(&self) {
        if self.inner.retrying.swap(true, Ordering::SeqCst) {
            return;
        }
        let weak = std::sync::Arc::downgrade(&self.inner);
        tokio::spawn(async move {
            let mut backoff = Duration::from_secs(1);
            loop {
                tokio::time::sleep(backoff).await;
                let Some(inner) = weak.upgrade() else { return };
                let client = Client { inner };
                let done = match client.flush_outbox().await {
                    Ok(_) => client.outbox_len().map_or(true, |n| n == 0),
                    Err(_) => false,
                };
                if done {
                    client.inner.retrying.store(false, Ordering::SeqCst);
                    return;
                }
                backoff = (backoff * 2).min(Duration::from_secs(60));
            }
        });
    }

    async fn fetch_bundles(&self, to: AccountId, device: Option<u32>) -> Result<(), SdkError> {
        let which = device.map_or_else(|| "*".to_owned(), |d| d.to_string());
        let bundles: PreKeyBundles = self
            .call(Method::GET, &format!("/v1/keys/{to}/{which}"), None)
            .await
            .map_err(|e| match e.code() {
                // Unknown, or not a permitted contact: the server does not say which.
                Some(ErrorCode::AccountNotFound) => SdkError::ContactNotAllowed { account: to },
                _ => e,
            })?;
        self.inner.crypto.process_bundles(to, bundles.devices).await
    }

    /// Sends one outbox entry by its route; removes it from the outbox once the server has
    /// it (or refuses it for good).
    async fn deliver(&self, key: &str, pending: &Pending) -> Result<(), SdkError> {
        let body = STANDARD
            .decode(&pending.body)
            .map_err(|e| SdkError::Crypto(e.to_string()))?;
        let result = match pending.route {
            Route::Direct { to } => {
                let message_id = pending.original.as_deref().unwrap_or(&pending.id);
                let content = self.content_message(&body, Some(message_id))?;
                let sent = self.deliver_direct(to, &pending.id, content).await;
                if sent.is_ok() && pending.original.is_none() {
                    let devices = self
                        .inner
                        .crypto
                        .session_devices(to)
                        .await
                        .unwrap_or_default();
                    self.log_sent(to, &pending.id, &pending.body, devices);
                }
                sent
            }
            Route::Resend { to, device, since } => {
                let content = serde_json::to_vec(&Content::ResendRequest { device, since })
                    .map_err(|e| SdkError::Crypto(e.to_string()))?;
                self.deliver_direct(to, &pending.id, content).await
            }
            Route::Sealed { to } => self.deliver_sealed(to, &pending.id, &body).await,
            Route::Circle { case } => self.deliver_circle(case, &pending.id, &body).await,
            Route::Help { case } => self.deliver_help(case, &pending.id, &body).await,
        };
        let final_refusal = match &result {
            Ok(()) | Err(SdkError::ContactNotAllowed { .. }) => true,
            Err(SdkError::SealedSenderUnavailable { .. }) => true,
            // A call for help waits through anything but a refusal for good (not a child
            // of this case any more), which would otherwise keep it in the outbox for ever.
            Err(e) if matches!(pending.route, Route::Help { .. }) => matches!(
                e.code(),
                Some(ErrorCode::CaseNotFound | ErrorCode::AuthForbidden)
            ),
            Err(e) => e.code() == Some(ErrorCode::CaseNotFound),
        };
        if final_refusal {
            self.inner.config.store.delete(Namespace::Outbox, key)?;
        }
        result
    }

    /// The plaintext of a direct or sealed message: the body, this person's access key and
    /// (direct) the message's id.
    fn content_message(&self, body: &[u8], id: Option<&str>) -> Result<Vec<u8>, SdkError> {
        let content = Content::Message {
            body: B64(body.to_vec()),
            access_key: self.own_access_key()?.map(B64),
            id: id.map(str::to_owned),
        };
        serde_json::to_vec(&content).map_err(|e| SdkError::Crypto(e.to_string()))
    }

    /// Keeps a direct message the server took, for a resend (24 hours).
    fn log_sent(&self, to: AccountId, id: &str, body: &str, devices: Vec<u32>) {
        let key = sent_key(to, id);
        let sent = Sent {
            id: id.to_owned(),
            body: body.to_owned(),
            devices,
            resent_to: Vec::new(),
        };
        let kept = serde_json::to_vec(&sent)
            .map_err(|e| SdkError::Crypto(e.to_string()))
            .and_then(|b| Ok(self.inner.config.store.put(Namespace::SentLog, &key, &b)?));
        if let Err(e) = kept {
            tracing::warn!(error = %e, "a sent message was not kept for a resend");
        }
    }

    /// A contact's device `device` could not decrypt what this device sent since `since`:
    /// queues those messages again (new server ids, the same message ids), on the fresh
    /// session the request itself started. Only messages that were encrypted for that very
    /// device, each at most once per device, and none older than the log keeps (24 h);
    /// messages of the hour before `since` go too, as the phone's clock and the server's
    /// may differ. A device that already has one does not show it twice. At most one
    /// request per device a minute is answered.
    fn resend_since(
        &self,
        to: AccountId,
        device: u32,
        since: DateTime<Utc>,
    ) -> Result<usize, SdkError> {
        if !self.first_this_minute(&format!("resent:{to}.{device}"))? {
            return Ok(0);
        }
        let now = Utc::now();
        let store = &self.inner.config.store;
        let from = (since - chrono::Duration::hours(1))
            .max(now - chrono::Duration::hours(SENT_LOG_HOURS))
            .timestamp_micros();
        let prefix = format!("{to}:");
        let mut queued = 0;
        for key in store.keys(Namespace::SentLog)? {
            if !key.starts_with(&prefix) || sent_at(&key) < from {
                continue;
            }
            let Some(mut sent) = store
                .get(Namespace::SentLog, &key)?
                .and_then(|b| serde_json::from_slice::<Sent>(&b).ok())
            else {
                continue;
            };
            if !sent.devices.contains(&device) || sent.resent_to.contains(&device) {
                continue;
            }
            let body = STANDARD
                .decode(&sent.body)
                .map_err(|e| SdkError::Crypto(e.to_string()))?;
            sent.resent_to.push(device);
            let updated = serde_json::to_vec(&sent).map_err(|e| SdkError::Crypto(e.to_string()))?;
            store.put(Namespace::SentLog, &key, &updated)?;
            self.queue_as(Route::Direct { to }, &body, Some(sent.id))?;
            queued += 1;
        }
        if queued > 0 {
            self.retry_in_background();
        }
        Ok(queued)
    }

    /// Whether `key` was not used in the last minute; notes it as used now.
    fn first_this_minute(&self, key: &str) -> Result<bool, SdkError> {
        let now = Utc::now();
        let lately = self
            .cache_get::<DateTime<Utc>>(key)?
            .is_some_and(|t| now - t < chrono::Duration::seconds(60));
        if !lately {
            self.cache_put(key, &now)?;
        }
        Ok(!lately)
    }

    /// After a message from `from`'s device `device` could not be decrypted: forgets the
    /// session with that device and asks it, on a fresh one, to send again (at most once a
    /// minute per device; the other side sends each message again at most once).
    pub(crate) async fn ask_for_resend(&self, envelope: &Envelope) {
        let (Some(from), Some(device)) = (envelope.source_account, envelope.source_device) else {
            return;
        };
        if !matches!(
            envelope.kind,
            EnvelopeKind::Ciphertext | EnvelopeKind::PrekeyMessage
        ) {
            return;
        }
        let asked = async {
            if !self.first_this_minute(&format!("resend:{from}.{device}"))? {
                return Ok(());
            }
            self.inner.crypto.drop_sessions(from, vec![device]).await?;
            self.queue(
                Route::Resend {
                    to: from,
                    device,
                    since: envelope.server_ts,
                },
                &[],
            )?;
            self.retry_in_background();
            Ok::<(), SdkError>(())
        };
        if let Err(e) = asked.await {
            tracing::warn!(error = %e, "no resend was asked for");
        }
    }

    /// Handles a 409 or 410 by fixing the sessions; `Ok(false)` when the error is another.
    async fn fix_devices(&self, to: AccountId, e: &SdkError) -> Result<bool, SdkError> {
        match e {
            SdkError::Api {
                code: ErrorCode::MessagesMismatchedDevices,
                details: Some(d),
                ..
            } => {
                self.inner
                    .crypto
                    .drop_sessions(to, d.extra_devices.clone())
                    .await?;
                for device in &d.missing_devices {
                    self.fetch_bundles(to, Some(*device)).await?;
                }
                Ok(true)
            }
            SdkError::Api {
                code: ErrorCode::MessagesStaleDevices,
                details: Some(d),
                ..
            } => {
                self.inner
                    .crypto
                    .drop_sessions(to, d.stale_devices.clone())
                    .await?;
                for device in &d.stale_devices {
                    self.fetch_bundles(to, Some(*device)).await?;
                }
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// Encrypts `content` for every device of `to` and sends it identified, recovering
    /// from stale device lists.
    async fn deliver_direct(
        &self,
        to: AccountId,
        id: &str,
        content: Vec<u8>,
    ) -> Result<(), SdkError> {
        self.deliver_to(to, id, content, None).await
    }

    /// Seals the message for every device of `to` and sends it without this device's
    /// credential, with the contact's access key.
    async fn deliver_sealed(&self, to: AccountId, id: &str, body: &[u8]) -> Result<(), SdkError> {
        let access_key = self
            .peer_access_key(to)?
            .ok_or(SdkError::SealedSenderUnavailable { account: to })?;
        let certificate = self.sender_certificate().await?;
        let content = self.content_message(body, Some(id))?;
        self.deliver_to(to, id, content, Some((certificate, access_key)))
            .await
    }

    /// Encrypts and sends, identified or (with a certificate and the recipient's access
    /// key) sealed, fetching bundles and fixing device lists as the server asks.
    async fn deliver_to(
        &self,
        to: AccountId,
        id: &str,
        content: Vec<u8>,
        sealed: Option<(Vec<u8>, Vec<u8>)>,
    ) -> Result<(), SdkError> {
        let header = sealed
            .as_ref()
            .map(|(_, key)| [(ACCESS_KEY_HEADER, STANDARD.encode(key))]);
        let mut last = SdkError::Crypto("not sent".into());
        for _ in 0..4 {
            if self.inner.crypto.session_devices(to).await?.is_empty() {
                self.fetch_bundles(to, None).await?;
            }
            let messages = match &sealed {
                Some((certificate, _)) => {
                    self.inner
                        .crypto
                        .sealed_encrypt(to, content.clone(), certificate.clone())
                        .await?
                }
                None => self.inner.crypto.encrypt(to, content.clone()).await?,
            };
            let request = SendRequest {
                client_message_id: id.to_owned(),
                ephemeral: false,
                messages,
            };
            let sent: Result<SendResponse, SdkError> = match &header {
                Some(header) => {
                    self.call_anonymous(
                        Method::PUT,
                        &format!("/v1/sealed/messages/{to}"),
                        header,
                        Some(&request),
                    )
                    .await
                }
                None => {
                    self.call(Method::PUT, &format!("/v1/messages/{to}"), Some(&request))
                        .await
                }
            };
            match sent {
                Ok(_) => return Ok(()),
                Err(e) if e.code() == Some(ErrorCode::ContactNotAllowed) => {
                    return Err(SdkError::ContactNotAllowed { account: to });
                }
                Err(e) if e.code() == Some(ErrorCode::MessagesAccessDenied) => {
                    // Withdrawn: the contact's next message brings their new key.
                    self.inner
                        .config
                        .store
                        .delete(Namespace::AccessKey, &to.to_string())?;
                    return Err(SdkError::SealedSenderUnavailable { account: to });
                }
                Err(e) => {
                    if !self.fix_devices(to, &e).await? {
                        return Err(e);
                    }
                    last = e;
                }
            }
        }
        Err(last)
    }

    /// Makes sure everyone in the circle holds this device's current sender key (a new
    /// one if someone left or reinstalled), then uploads one ciphertext for all of them.
    async fn deliver_circle(&self, case: CaseId, id: &str, body: &[u8]) -> Result<(), SdkError> {
        let me = (self.account_id(), self.enrolment().device_number);
        let store = self.inner.config.store.clone();
        let state_key = case.to_string();
        for _ in 0..4 {
            let roster: CircleRoster = self
                .call(Method::GET, &format!("/v1/cases/{case}/circle"), None)
                .await?;
            let current: BTreeSet<CircleDevice> = roster.devices.into_iter().collect();
            let mut state = store
                .get(Namespace::Circle, &state_key)?
                .and_then(|b| serde_json::from_slice::<CircleState>(&b).ok())
                .filter(|s| s.has.is_subset(&current))
                .unwrap_or_else(|| CircleState {
                    // First use, or someone left: a key they never get.
                    distribution: Uuid::new_v4(),
                    has: BTreeSet::new(),
                });
            let missing: BTreeSet<AccountId> = current
                .difference(&state.has)
                .map(|d| d.account_id)
                .collect();
            if !missing.is_empty() {
                let key = self.inner.crypto.circle_key(me, state.distribution).await?;
                let content = serde_json::to_vec(&Content::CircleKey {
                    case_id: case,
                    distribution: B64(key),
                    access_key: self.own_access_key()?.map(B64),
                })
                .map_err(|e| SdkError::Crypto(e.to_string()))?;
                for account in missing {
                    let sent = self
                        .deliver_direct(account, &Uuid::new_v4().to_string(), content.clone())
                        .await;
                    match sent {
                        Ok(()) => state
                            .has
                            .extend(current.iter().filter(|d| d.account_id == account).cloned()),
                        Err(e) if is_retryable(&e) => {
                            self.save_circle(&state_key, &state)?;
                            return Err(e);
                        }
                        // Someone whose identity changed, for example, is left out until
                        // the person accepts it; the others still get the message.
                        Err(e) => tracing::debug!(error = %e, "a circle key was not delivered"),
                    }
                }
                self.save_circle(&state_key, &state)?;
            }
            if state.has.is_empty() {
                return Ok(());
            }
            let ciphertext = self
                .inner
                .crypto
                .group_encrypt(me, state.distribution, body.to_vec())
                .await?;
            let request = CircleSendRequest {
                client_message_id: id.to_owned(),
                content: B64(ciphertext),
                recipients: state.has.iter().cloned().collect(),
            };
            let sent: Result<SendResponse, SdkError> = self
                .call(
                    Method::PUT,
                    &format!("/v1/cases/{case}/circle/messages"),
                    Some(&request),
                )
                .await;
            match sent {
                Ok(_) => return Ok(()),
                Err(e) if e.code() == Some(ErrorCode::CircleChanged) => {}
                Err(e) => return Err(e),
            }
        }
        Err(SdkError::Api {
            status: 409,
            code: ErrorCode::CircleChanged,
            message: "the circle kept changing".into(),
            details: None,
        })
    }

    fn save_circle(&self, key: &str, state: &CircleState) -> Result<(), SdkError> {
        let bytes = serde_json::to_vec(state).map_err(|e| SdkError::Crypto(e.to_string()))?;
        self.inner
            .config
            .store
            .put(Namespace::Circle, key, &bytes)?;
        Ok(())
    }

    /// This person's access key, if registered.
    fn own_access_key(&self) -> Result<Option<Vec<u8>>, SdkError> {
        Ok(self
            .inner
            .config
            .store
            .get(Namespace::AccessKey, OWN_ACCESS_KEY)?)
    }

    /// A contact's access key, as they last shared it.
    fn peer_access_key(&self, account: AccountId) -> Result<Option<Vec<u8>>, SdkError> {
        Ok(self
            .inner
            .config
            .store
            .get(Namespace::AccessKey, &account.to_string())?)
    }

    /// Makes and registers a new access key (at enrolment, and whenever the server says
    /// the old one was withdrawn). Contacts learn it from this person's next message.
    pub async fn renew_access_key(&self) -> Result<(), SdkError> {
        let mut key = vec![0u8; 16];
        rand::rng().fill_bytes(&mut key);
        let _: serde_json::Value = self
            .call(
                Method::PUT,
                "/v1/access-key",
                Some(&AccessKeyRequest {
                    access_key: B64(key.clone()),
                }),
            )
            .await?;
        self.inner
            .config
            .store
            .put(Namespace::AccessKey, OWN_ACCESS_KEY, &key)?;
        Ok(())
    }

    /// This device's sender certificate, renewed from the server when it is close to expiry.
    async fn sender_certificate(&self) -> Result<Vec<u8>, SdkError> {
        if let Some(c) = self.cache_get::<DeliveryCertificate>(SENDER_CERTIFICATE)? {
            if c.expires_at - Utc::now() > CERTIFICATE_MARGIN {
                return Ok(c.certificate.0);
            }
        }
        let fresh: DeliveryCertificate = self
            .call(Method::GET, "/v1/certificate/delivery", None)
            .await?;
        self.cache_put(SENDER_CERTIFICATE, &fresh)?;
        Ok(fresh.certificate.0)
    }

    /// Whether an envelope was already opened and handed to the app.
    pub(crate) fn already_received(&self, guid: &str) -> bool {
        matches!(
            self.inner.config.store.get(Namespace::Received, guid),
            Ok(Some(_))
        )
    }

    /// Forgets received-envelope ids older than the server keeps envelopes, and sent
    /// messages kept for a resend once their day is over.
    pub(crate) fn prune_received(&self) -> Result<(), SdkError> {
        let store = &self.inner.config.store;
        let sent_cutoff = (Utc::now() - chrono::Duration::hours(SENT_LOG_HOURS)).timestamp_micros();
        for key in store.keys(Namespace::SentLog)? {
            if sent_at(&key) < sent_cutoff {
                store.delete(Namespace::SentLog, &key)?;
            }
        }
        let cutoff = (Utc::now() - chrono::Duration::days(31)).timestamp();
        for guid in store.keys(Namespace::Received)? {
            let old = store
                .get(Namespace::Received, &guid)?
                .and_then(|b| <[u8; 8]>::try_from(b.as_slice()).ok())
                .is_none_or(|b| i64::from_be_bytes(b) < cutoff);
            if old {
                store.delete(Namespace::Received, &guid)?;
            }
        }
        Ok(())
    }

    /// Opens an envelope this device received some other way than the event stream or
    /// polling (a backup, a push payload): the same checks apply. `Ok(None)` for an
    /// envelope with nothing for the app (a circle key, kept by the SDK).
    pub async fn read_envelope(
        &self,
        envelope: &Envelope,
    ) -> Result<Option<ReceivedMessage>, SdkError> {
        Ok(match self.open_envelope(envelope).await? {
            Opened::Message(m) => Some(m),
            Opened::Internal | Opened::Notice(_) => None,
        })
    }

    /// Decrypts one envelope (once: a repeat delivery is recognised).
    pub(crate) async fn open_envelope(&self, envelope: &Envelope) -> Result<Opened, SdkError> {
        let content = envelope.content.as_ref().to_vec();
        let source = (envelope.source_account, envelope.source_device);
        let opened = match (envelope.kind, source) {
            (EnvelopeKind::DeviceChange, _) => Opened::Notice(self.device_changed(&content).await?),
            (EnvelopeKind::SealedSender, _) => {
                let root = self.inner.config.trust_root.clone().ok_or_else(|| {
                    SdkError::Crypto("no sealed-sender trust root configured".into())
                })?;
                let me = (self.account_id(), self.enrolment().device_number);
                let u = self.inner.crypto.sealed_decrypt(content, root, me).await?;
                self.open_content(envelope, (u.from, u.device), &u.plaintext, true)
                    .await?
            }
            (EnvelopeKind::SenderKey, (Some(from), Some(device))) => {
                let (distribution, body) = self
                    .inner
                    .crypto
                    .group_decrypt(from, device, content)
                    .await?;
                let known = self
                    .inner
                    .config
                    .store
                    .get(Namespace::CircleDistribution, &distribution.to_string())?
                    .and_then(|b| serde_json::from_slice::<KnownDistribution>(&b).ok())
                    .filter(|k| k.sender == from)
                    .ok_or_else(|| SdkError::Crypto("a circle message without its key".into()))?;
                Opened::Message(received(
                    envelope,
                    (from, device),
                    body,
                    false,
                    Some(known.case),
                ))
            }
            (kind, (Some(from), Some(device))) => {
                let plaintext = self
                    .inner
                    .crypto
                    .decrypt(from, device, kind, content)
                    .await?;
                self.open_content(envelope, (from, device), &plaintext, false)
                    .await?
            }
            _ => return Err(SdkError::Crypto("an envelope without a sender".into())),
        };
        // The message is in hand (its session has moved on): it goes to the app even if
        // the store cannot note it now. Failing here would lose it for good, as the server
        // would send it again and it could not be decrypted twice.
        if let Opened::Message(m) = &opened {
            if let Err(e) = self.keep_check_in(m) {
                tracing::warn!(error = %e, "a check-in was not kept on the phone");
            }
        }
        if let Err(e) = self.mark_received(&envelope.guid) {
            tracing::warn!(error = %e, "a received message was not noted on the phone");
        }
        Ok(opened)
    }

    /// What a direct or sealed message carried: a message for the app, or a circle key
    /// (kept). Either way the sender's access key is kept.
    async fn open_content(
        &self,
        envelope: &Envelope,
        (from, device): (AccountId, u32),
        plaintext: &[u8],
        sealed: bool,
    ) -> Result<Opened, SdkError> {
        let content: Content = serde_json::from_slice(plaintext)
            .map_err(|_| SdkError::Crypto("unreadable message content".into()))?;
        Ok(match content {
            Content::Message {
                body,
                access_key,
                id,
            } => {
                self.keep_access_key(from, access_key);
                if let Some(id) = id {
                    // Sent again after a decryption failure somewhere: shown once.
                    let key = message_key(from, &id);
                    if self.already_received(&key) {
                        return Ok(Opened::Internal);
                    }
                    if let Err(e) = self.mark_received(&key) {
                        tracing::warn!(error = %e, "a message id was not noted on the phone");
                    }
                }
                Opened::Message(received(envelope, (from, device), body.0, sealed, None))
            }
            Content::ResendRequest {
                device: mine,
                since,
            } => {
                if mine == self.enrolment().device_number && !sealed {
                    if let Err(e) = self.resend_since(from, device, since) {
                        tracing::warn!(error = %e, "a resend was not queued");
                    }
                }
                Opened::Internal
            }
            Content::CircleKey {
                case_id,
                distribution,
                access_key,
            } => {
                self.keep_access_key(from, access_key);
                let id = self
                    .inner
                    .crypto
                    .process_circle_key(from, device, distribution.0)
                    .await?;
                let known = KnownDistribution {
                    case: case_id,
                    sender: from,
                };
                let kept = serde_json::to_vec(&known)
                    .map_err(|e| SdkError::Crypto(e.to_string()))
                    .and_then(|b| {
                        Ok(self.inner.config.store.put(
                            Namespace::CircleDistribution,
                            &id.to_string(),
                            &b,
                        )?)
                    });
                if let Err(e) = kept {
                    tracing::warn!(error = %e, "a circle key's case was not kept");
                }
                Opened::Internal
            }
        })
    }

    /// Keeps a contact's access key. The message it came with is already decrypted, so
    /// a failing store only loses the key (the next message brings it again).
    fn keep_access_key(&self, from: AccountId, key: Option<B64>) {
        if let Some(key) = key.filter(|k| k.as_ref().len() == 16) {
            if let Err(e) =
                self.inner
                    .config
                    .store
                    .put(Namespace::AccessKey, &from.to_string(), key.as_ref())
            {
                tracing::warn!(error = %e, "a contact's access key was not kept");
            }
        }
    }

    fn mark_received(&self, guid: &str) -> Result<(), SdkError> {
        self.inner.config.store.put(
            Namespace::Received,
            guid,
            &Utc::now().timestamp().to_be_bytes(),
        )?;
        Ok(())
    }

    /// HTTP polling, for poor connectivity: fetches waiting envelopes, decrypts them, and
    /// acknowledges what was read (and what can never be). Messages from a contact whose
    /// identity changed stay queued until the person accepts the change.
    pub async fn poll_messages(&self) -> Result<(Vec<ReceivedMessage>, Vec<String>), SdkError> {
        let envelopes: Vec<Envelope> = self.call(Method::GET, "/v1/messages", None).await?;
        let mut received = Vec::new();
        let mut delivered = Vec::new();
        let mut acks = Vec::new();
        for e in envelopes {
            match e.kind {
                EnvelopeKind::DeliveryReceipt => {
                    delivered.push(String::from_utf8_lossy(e.content.as_ref()).into_owned());
                    acks.push(e.guid.clone());
                }
                _ if self.already_received(&e.guid) => acks.push(e.guid.clone()),
                _ => match self.open_envelope(&e).await {
                    Ok(Opened::Message(m)) => {
                        received.push(m);
                        acks.push(e.guid.clone());
                    }
                    Ok(Opened::Internal | Opened::Notice(_)) => acks.push(e.guid.clone()),
                    Err(SdkError::IdentityChanged { .. }) => {}
                    // The phone's store failed: left queued on the server, read next time.
                    Err(err @ (SdkError::Store(_) | SdkError::WorkerStopped)) => {
                        tracing::warn!(error = %err, "the phone failed; the message waits on the server");
                        break;
                    }
                    Err(err) => {
                        tracing::debug!(error = %err, "an envelope could not be read");
                        if matches!(err, SdkError::Crypto(_)) {
                            self.ask_for_resend(&e).await;
                        }
                        acks.push(e.guid.clone());
                    }
                },
            }
        }
        if !acks.is_empty() {
            // The messages are in hand (and noted): they go to the app even if the
            // acknowledgement does not get through; the next poll acknowledges them.
            let acked: Result<serde_json::Value, SdkError> = self
                .call(
                    Method::POST,
                    "/v1/messages/ack",
                    Some(&AckRequest { guids: acks }),
                )
                .await;
            if let Err(e) = acked {
                if received.is_empty() && delivered.is_empty() {
                    return Err(e);
                }
                tracing::debug!(error = %e, "acknowledgements wait for the next poll");
            }
        }
        Ok((received, delivered))
    }

    /// Accepts a contact's new identity key (after checking the safety number, ideally in
    /// person). Sessions with their devices start again from fresh bundles.
    pub async fn accept_identity(&self, account: AccountId) -> Result<(), SdkError> {
        self.inner.crypto.accept_identity(account).await?;
        Ok(())
    }

    /// The 60-digit safety number to compare with a contact in person. It covers every
    /// device of both people: this person's (from the server, or only this device when
    /// offline) and every device of the contact this device knows, so a new phone on
    /// either side gives a new number.
    pub async fn safety_number(&self, contact: AccountId) -> Result<String, SdkError> {
        let mine: Vec<(u32, Vec<u8>)> = match self.devices().await {
            Ok(devices) => devices
                .into_iter()
                .filter(|d| d.revoked_at.is_none())
                .map(|d| (d.device_number, d.identity_key.0))
                .collect(),
            Err(e) if is_network(&e) => Vec::new(),
            Err(e) => return Err(e),
        };
        self.inner
            .crypto
            .safety_number(self.account_id(), mine, contact)
            .await
    }

    /// Records that this person compared the safety number with `contact` and it matched.
    /// From now on a new device of theirs is held until the person accepts it, like a
    /// changed identity.
    pub fn mark_verified(&self, contact: AccountId) -> Result<(), SdkError> {
        self.inner
            .config
            .store
            .put(Namespace::Verified, &contact.to_string(), &[1])?;
        Ok(())
    }

    /// A server notice that a device was added to or revoked from this person's account
    /// or a contact's: the identity store learns it, the app is told.
    async fn device_changed(&self, content: &[u8]) -> Result<Event, SdkError> {
        let change: DeviceChange = serde_json::from_slice(content)
            .map_err(|_| SdkError::Crypto("unreadable device notice".into()))?;
        let (account, device) = (change.account_id, change.device_number);
        let own = account == self.account_id();
        Ok(match change.change {
            DeviceChangeKind::Added => {
                let held = !own
                    && self
                        .inner
                        .crypto
                        .device_added(account, device, change.identity_key.0)
                        .await?;
                Event::DeviceAdded {
                    account,
                    device,
                    by: change.by,
                    at: change.at,
                    held,
                }
            }
            DeviceChangeKind::Revoked => {
                if !own {
                    self.inner
                        .crypto
                        .device_revoked(account, device, change.identity_key.0)
                        .await?;
                }
                Event::DeviceRemoved { account, device }
            }
        })
    }
}
