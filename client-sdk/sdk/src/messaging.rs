//! End-to-end encrypted messages: an outbox kept in the store before anything is sent,
//! sessions started from prekey bundles, the 409/410 device dance handled without the app,
//! retries with backoff until the server accepts, and decryption of what arrives.

use std::sync::atomic::Ordering;
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chrono::{DateTime, Utc};
use kinbridge_protocol::api::{
    AckRequest, Envelope, KeyCounts, KeysUploadRequest, PreKeyBundles, SendRequest, SendResponse,
};
use kinbridge_protocol::{AccountId, EnvelopeKind, ErrorCode};
use reqwest::Method;
use serde::{Deserialize, Serialize};

use crate::store::Namespace;
use crate::{Client, SdkError};

/// Below this many one-time keys on the server, the SDK uploads new ones.
pub const LOW_PREKEYS: u32 = 20;
/// How many new one-time keys of each kind a top-up uploads.
pub const TOP_UP: u32 = 100;

/// A message waiting in the outbox.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Pending {
    id: String,
    to: AccountId,
    body: String,
    created_at: DateTime<Utc>,
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
}

fn is_network(e: &SdkError) -> bool {
    match e {
        SdkError::Network(_) => true,
        SdkError::Api { status, .. } | SdkError::UnexpectedResponse { status } => *status >= 502,
        _ => false,
    }
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
        let pending = Pending {
            id: uuid::Uuid::new_v4().to_string(),
            to,
            body: STANDARD.encode(body),
            created_at: Utc::now(),
        };
        let key = format!(
            "{:020}-{}",
            pending.created_at.timestamp_micros(),
            pending.id
        );
        let bytes = serde_json::to_vec(&pending).map_err(|e| SdkError::Crypto(e.to_string()))?;
        self.inner
            .config
            .store
            .put(Namespace::Outbox, &key, &bytes)?;
        match self.deliver(&key, &pending).await {
            Ok(()) => Ok(SendOutcome::Sent {
                message_id: pending.id,
            }),
            Err(e) if is_network(&e) => {
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
    /// the first network error (the rest keep their order).
    pub async fn flush_outbox(&self) -> Result<usize, SdkError> {
        let store = self.inner.config.store.clone();
        let mut sent = 0;
        for key in store.keys(Namespace::Outbox)? {
            let Some(bytes) = store.get(Namespace::Outbox, &key)? else {
                continue;
            };
            let Ok(pending) = serde_json::from_slice::<Pending>(&bytes) else {
                store.delete(Namespace::Outbox, &key)?;
                continue;
            };
            match self.deliver(&key, &pending).await {
                Ok(()) => sent += 1,
                Err(e) if is_network(&e) => return Err(e),
                // Waits for the person to accept a contact's new identity.
                Err(SdkError::IdentityChanged { .. }) => {}
                Err(e) => tracing::debug!(error = %e, "a queued message was refused"),
            }
        }
        Ok(sent)
    }

    /// Retries the outbox with backoff (1 s doubling to 60 s) while it has messages and the
    /// client is alive. At most one such task runs.
    fn retry_in_background(&self) {
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

    /// Encrypts and sends one outbox entry, recovering from stale device lists; removes it
    /// from the outbox once the server has it (or refuses it for good).
    async fn deliver(&self, key: &str, pending: &Pending) -> Result<(), SdkError> {
        let store = self.inner.config.store.clone();
        let body = STANDARD
            .decode(&pending.body)
            .map_err(|e| SdkError::Crypto(e.to_string()))?;
        let to = pending.to;
        let mut result = Err(SdkError::Crypto("not sent".into()));
        for _ in 0..4 {
            if self.inner.crypto.session_devices(to).await?.is_empty() {
                if let Err(e) = self.fetch_bundles(to, None).await {
                    result = Err(e);
                    break;
                }
            }
            let messages = self.inner.crypto.encrypt(to, body.clone()).await?;
            let request = SendRequest {
                client_message_id: pending.id.clone(),
                ephemeral: false,
                messages,
            };
            let sent: Result<SendResponse, SdkError> = self
                .call(Method::PUT, &format!("/v1/messages/{to}"), Some(&request))
                .await;
            match sent {
                Ok(_) => {
                    result = Ok(());
                    break;
                }
                Err(SdkError::Api {
                    code: ErrorCode::MessagesMismatchedDevices,
                    details: Some(d),
                    ..
                }) => {
                    self.inner.crypto.drop_sessions(to, d.extra_devices).await?;
                    for device in d.missing_devices {
                        self.fetch_bundles(to, Some(device)).await?;
                    }
                }
                Err(SdkError::Api {
                    code: ErrorCode::MessagesStaleDevices,
                    details: Some(d),
                    ..
                }) => {
                    self.inner
                        .crypto
                        .drop_sessions(to, d.stale_devices.clone())
                        .await?;
                    for device in d.stale_devices {
                        self.fetch_bundles(to, Some(device)).await?;
                    }
                }
                Err(e) if e.code() == Some(ErrorCode::ContactNotAllowed) => {
                    result = Err(SdkError::ContactNotAllowed { account: to });
                    break;
                }
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
        match &result {
            Ok(()) | Err(SdkError::ContactNotAllowed { .. }) => {
                store.delete(Namespace::Outbox, key)?;
            }
            _ => {}
        }
        result
    }

    /// Whether an envelope was already opened and handed to the app.
    pub(crate) fn already_received(&self, guid: &str) -> bool {
        matches!(
            self.inner.config.store.get(Namespace::Received, guid),
            Ok(Some(_))
        )
    }

    /// Forgets received-envelope ids older than the server keeps envelopes.
    pub(crate) fn prune_received(&self) -> Result<(), SdkError> {
        let store = &self.inner.config.store;
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

    /// Decrypts one envelope from a contact (once: a repeat delivery is recognised).
    pub(crate) async fn open_envelope(
        &self,
        envelope: &Envelope,
    ) -> Result<ReceivedMessage, SdkError> {
        let (Some(from), Some(device)) = (envelope.source_account, envelope.source_device) else {
            return Err(SdkError::Crypto("an envelope without a sender".into()));
        };
        let body = self
            .inner
            .crypto
            .decrypt(
                from,
                device,
                envelope.kind,
                envelope.content.as_ref().to_vec(),
            )
            .await?;
        self.inner.config.store.put(
            Namespace::Received,
            &envelope.guid,
            &Utc::now().timestamp().to_be_bytes(),
        )?;
        Ok(ReceivedMessage {
            guid: envelope.guid.clone(),
            from,
            device,
            body,
            sent_at: envelope.server_ts,
        })
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
                    Ok(m) => {
                        received.push(m);
                        acks.push(e.guid.clone());
                    }
                    Err(SdkError::IdentityChanged { .. }) => {}
                    Err(err) => {
                        tracing::debug!(error = %err, "an envelope could not be read");
                        acks.push(e.guid.clone());
                    }
                },
            }
        }
        if !acks.is_empty() {
            let _: serde_json::Value = self
                .call(
                    Method::POST,
                    "/v1/messages/ack",
                    Some(&AckRequest { guids: acks }),
                )
                .await?;
        }
        Ok((received, delivered))
    }

    /// Accepts a contact's new identity key (after checking the safety number, ideally in
    /// person). Sessions with their devices start again from fresh bundles.
    pub async fn accept_identity(&self, account: AccountId) -> Result<(), SdkError> {
        self.inner.crypto.accept_identity(account).await?;
        Ok(())
    }

    /// The 60-digit safety number to compare with a contact in person.
    pub async fn safety_number(&self, contact: AccountId) -> Result<String, SdkError> {
        self.inner
            .crypto
            .safety_number(self.account_id(), contact)
            .await
    }
}
