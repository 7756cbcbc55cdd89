//! Messaging: the server relays end-to-end encrypted envelopes it cannot read. One request
//! carries one ciphertext per device of the recipient; the device set is checked (409 for
//! missing or extra devices, 410 for reinstalled ones); a client-chosen message id makes
//! retries safe; envelopes wait in a per-device queue until the device acknowledges them,
//! or expire after `message_ttl_days`. Ephemeral envelopes are never stored.
//!
//! Sends are not written to the audit chain one by one: a per-message log of who wrote to
//! whom is the metadata end-to-end encryption is meant to keep off servers. Key uploads
//! and bundle fetches are audited.

pub mod http;
pub mod realtime;
pub mod repo;
pub mod writer;

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, Utc};
use kinbridge_protocol::api::{Envelope, SendRequest};
use kinbridge_protocol::{AccountId, B64, DeviceId, EnvelopeKind};
use uuid::Uuid;

use crate::accounts::{Caller, parse_id};
use crate::cases;
use crate::db::{DbConn, StorageError, from_db_time, to_db_time, write_tx};

#[derive(Debug, thiserror::Error)]
pub enum MessagesError {
    #[error("contact not allowed")]
    ContactNotAllowed,
    #[error("mismatched devices")]
    Mismatched { missing: Vec<u32>, extra: Vec<u32> },
    #[error("stale devices")]
    Stale { stale: Vec<u32> },
    #[error("envelope too large")]
    TooLarge,
    #[error("invalid value: {0}")]
    InvalidField(&'static str),
    #[error(transparent)]
    Storage(StorageError),
}

crate::storage_errors!(MessagesError);

/// Limits that come from the settings.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub max_envelope_bytes: usize,
    pub ttl: Duration,
}

/// What a send did.
#[derive(Debug, Clone, Default)]
pub struct Delivery {
    /// A retry of a message already accepted: nothing was stored.
    pub duplicate: bool,
    /// Devices with new envelopes in their queue (to wake).
    pub queued_for: Vec<DeviceId>,
    /// Ephemeral envelopes to push to whoever is connected, never stored.
    pub ephemeral: Vec<(DeviceId, Envelope)>,
}

fn check_request(req: &SendRequest, limits: &Limits) -> Result<(), MessagesError> {
    Uuid::try_parse(&req.client_message_id)
        .map_err(|_| MessagesError::InvalidField("client_message_id"))?;
    if req.messages.is_empty() {
        return Err(MessagesError::InvalidField("messages"));
    }
    let mut numbers = BTreeSet::new();
    for m in &req.messages {
        if !numbers.insert(m.device_number) {
            return Err(MessagesError::InvalidField("messages.device_number"));
        }
        if !matches!(
            m.kind,
            EnvelopeKind::Ciphertext | EnvelopeKind::PrekeyMessage
        ) {
            return Err(MessagesError::InvalidField("messages.kind"));
        }
        if m.content.as_ref().len() > limits.max_envelope_bytes {
            return Err(MessagesError::TooLarge);
        }
        if m.content.as_ref().is_empty() {
            return Err(MessagesError::InvalidField("messages.content"));
        }
    }
    Ok(())
}

/// Checks a send request before it reaches the database.
pub fn validate(req: &SendRequest, limits: &Limits) -> Result<(), MessagesError> {
    check_request(req, limits)
}

/// Sends one message to every device of `target`.
pub fn send(
    conn: &mut DbConn,
    caller: &Caller,
    target: AccountId,
    req: &SendRequest,
    limits: &Limits,
    now: DateTime<Utc>,
) -> Result<Delivery, MessagesError> {
    check_request(req, limits)?;
    write_tx(conn, |conn| send_in(conn, caller, target, req, limits, now))
}

/// [`send`] inside a transaction the caller holds (the group-commit writer's). Checks come
/// before writes; the caller rolls back (to a savepoint) on error anyway.
pub fn send_in(
    conn: &mut DbConn,
    caller: &Caller,
    target: AccountId,
    req: &SendRequest,
    limits: &Limits,
    now: DateTime<Utc>,
) -> Result<Delivery, MessagesError> {
    {
        // An unknown recipient gets the same answer as a blocked one.
        if !cases::contact_allowed_between(conn, caller.account_id, target)
            .map_err(|_| MessagesError::ContactNotAllowed)?
        {
            return Err(MessagesError::ContactNotAllowed);
        }
        let sender_device = caller.device_id.to_string();
        let at = to_db_time(now);
        // Idempotency first: a retry whose first attempt went through is a success, even
        // if the recipient's devices changed since.
        if !req.ephemeral && !repo::first_send(conn, &sender_device, &req.client_message_id, at)? {
            return Ok(Delivery {
                duplicate: true,
                ..Delivery::default()
            });
        }
        let devices = repo::active_devices(conn, &target.to_string())?;
        let have: BTreeSet<u32> = devices
            .iter()
            .map(|d| u32::try_from(d.number).unwrap_or(0))
            .collect();
        let sent: BTreeSet<u32> = req.messages.iter().map(|m| m.device_number).collect();
        let missing: Vec<u32> = have.difference(&sent).copied().collect();
        let extra: Vec<u32> = sent.difference(&have).copied().collect();
        if !missing.is_empty() || !extra.is_empty() {
            return Err(MessagesError::Mismatched { missing, extra });
        }
        let stale: Vec<u32> = req
            .messages
            .iter()
            .filter(|m| {
                devices.iter().any(|d| {
                    u32::try_from(d.number).unwrap_or(0) == m.device_number
                        && u32::try_from(d.registration_id).unwrap_or(0) != m.registration_id
                })
            })
            .map(|m| m.device_number)
            .collect();
        if !stale.is_empty() {
            return Err(MessagesError::Stale { stale });
        }
        let account = caller.account_id.to_string();
        let expires = to_db_time(now + limits.ttl);
        let mut delivery = Delivery::default();
        let guids: Vec<String> = req
            .messages
            .iter()
            .map(|_| Uuid::new_v4().to_string())
            .collect();
        let mut rows = Vec::new();
        for (m, guid) in req.messages.iter().zip(&guids) {
            let Some(d) = devices
                .iter()
                .find(|d| u32::try_from(d.number).unwrap_or(0) == m.device_number)
            else {
                continue;
            };
            let device_id: DeviceId = parse_id(&d.id)?;
            if req.ephemeral {
                delivery.ephemeral.push((
                    device_id,
                    Envelope {
                        guid: guid.clone(),
                        kind: m.kind,
                        source_account: Some(caller.account_id),
                        source_device: u32::try_from(caller.device_number).ok(),
                        server_ts: from_db_time(at),
                        content: m.content.clone(),
                    },
                ));
                continue;
            }
            rows.push(repo::NewEnvelope {
                guid,
                device_id: &d.id,
                kind: m.kind.as_str(),
                source_account: Some(&account),
                source_device: Some(caller.device_number),
                client_message_id: Some(&req.client_message_id),
                content: m.content.as_ref(),
                server_ts: at,
                expires_at: expires,
            });
            delivery.queued_for.push(device_id);
        }
        repo::insert(conn, &rows)?;
        Ok(delivery)
    }
}

/// The envelope as delivered, from its stored row.
pub fn to_envelope(row: &repo::EnvelopeRow) -> Envelope {
    Envelope {
        guid: row.guid.clone(),
        kind: EnvelopeKind::parse(&row.kind).unwrap_or(EnvelopeKind::Ciphertext),
        source_account: row
            .source_account
            .as_deref()
            .and_then(|a| AccountId::parse(a).ok()),
        source_device: row.source_device.and_then(|d| u32::try_from(d).ok()),
        server_ts: from_db_time(row.server_ts),
        content: B64(row.content.clone()),
    }
}

/// Up to `limit` envelopes waiting for a device after `after_seq`, oldest first.
pub fn pending(
    conn: &mut DbConn,
    device: DeviceId,
    after_seq: i64,
    limit: i64,
    now: DateTime<Utc>,
) -> Result<Vec<(i64, Envelope)>, MessagesError> {
    Ok(
        repo::queued(conn, &device.to_string(), after_seq, limit, to_db_time(now))?
            .iter()
            .map(|r| (r.seq, to_envelope(r)))
            .collect(),
    )
}

/// Deletes the envelopes a device acknowledged and queues a delivery receipt for each
/// identified sender. Returns the devices that got receipts (to wake).
pub fn acknowledge(
    conn: &mut DbConn,
    caller: &Caller,
    guids: &[String],
    limits: &Limits,
    now: DateTime<Utc>,
) -> Result<Vec<DeviceId>, MessagesError> {
    if guids.is_empty() {
        return Ok(Vec::new());
    }
    write_tx(conn, |conn| {
        acknowledge_in(conn, caller, guids, limits, now)
    })
}

/// [`acknowledge`] inside a transaction the caller holds.
pub fn acknowledge_in(
    conn: &mut DbConn,
    caller: &Caller,
    guids: &[String],
    limits: &Limits,
    now: DateTime<Utc>,
) -> Result<Vec<DeviceId>, MessagesError> {
    {
        let gone = repo::take_acked(conn, &caller.device_id.to_string(), guids)?;
        let at = to_db_time(now);
        let expires = to_db_time(now + limits.ttl);
        let me = caller.account_id.to_string();
        let mut receipts = Vec::new();
        let mut wake = Vec::new();
        let mut targets = Vec::new();
        for row in &gone {
            let is_message = matches!(row.kind.as_str(), "ciphertext" | "prekey_message");
            if let (true, Some(account), Some(number), Some(id)) = (
                is_message,
                row.source_account.as_deref(),
                row.source_device,
                row.client_message_id.as_deref(),
            ) {
                if let Some(device) = repo::device_by_number(conn, account, number)? {
                    targets.push((device, id.to_owned()));
                }
            }
        }
        let guids: Vec<String> = targets.iter().map(|_| Uuid::new_v4().to_string()).collect();
        for ((device, id), guid) in targets.iter().zip(&guids) {
            receipts.push(repo::NewEnvelope {
                guid,
                device_id: device,
                kind: EnvelopeKind::DeliveryReceipt.as_str(),
                source_account: Some(&me),
                source_device: Some(caller.device_number),
                client_message_id: None,
                content: id.as_bytes(),
                server_ts: at,
                expires_at: expires,
            });
            wake.push(parse_id(device)?);
        }
        repo::insert(conn, &receipts)?;
        Ok(wake)
    }
}
