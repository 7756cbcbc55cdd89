//! Messaging: the server relays end-to-end encrypted envelopes it cannot read. One request
//! carries one ciphertext per device of the recipient; the device set is checked (409 for
//! missing or extra devices, 410 for reinstalled ones); a client-chosen message id makes
//! retries safe; envelopes wait in a per-device queue until the device acknowledges them,
//! or expire after `message_ttl_days`. Ephemeral envelopes are never stored.
//!
//! Sends are not written to the audit chain one by one: a per-message log of who wrote to
//! whom is the metadata end-to-end encryption is meant to keep off servers. Key uploads
//! and bundle fetches are audited.

pub mod circle;
pub mod http;
pub mod realtime;
pub mod repo;
pub mod writer;

use std::collections::BTreeSet;
use std::sync::OnceLock;

use chrono::{DateTime, Duration, Utc};
use kinbridge_protocol::api::{Envelope, SendRequest};
use kinbridge_protocol::{AccountId, B64, DeviceId, EnvelopeKind};
use uuid::Uuid;

use crate::accounts::{Caller, parse_id};
use crate::cache::{self, TtlCache};
use crate::cases;
use crate::db::{DbConn, StorageError, from_db_time, to_db_time};

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
    /// No such case, or the caller is not an active member of it.
    #[error("case not found")]
    CaseNotFound,
    /// A circle upload named other devices than the circle has now.
    #[error("circle changed")]
    CircleChanged,
    /// A sealed send without the recipient's current access key (or to nobody).
    #[error("access denied")]
    AccessDenied,
    /// A fact was not in the cache and no connection was offered ([`prepare`] with `None`):
    /// the caller retries with one. Never reaches a client.
    #[error("needs the database")]
    Uncached,
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
    /// Ephemeral envelopes to push to whoever is connected, never stored.
    pub ephemeral: Vec<(DeviceId, Envelope)>,
}

/// The envelope kinds an identified send may carry.
const IDENTIFIED_KINDS: &[EnvelopeKind] = &[EnvelopeKind::Ciphertext, EnvelopeKind::PrekeyMessage];

/// Checks the shape of a send: id, device numbers, kinds, sizes.
pub fn check_send(
    req: &SendRequest,
    kinds: &[EnvelopeKind],
    limits: &Limits,
) -> Result<(), MessagesError> {
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
        if !kinds.contains(&m.kind) {
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

fn contact_cache() -> &'static TtlCache<(AccountId, AccountId), bool> {
    static CACHE: OnceLock<TtlCache<(AccountId, AccountId), bool>> = OnceLock::new();
    CACHE.get_or_init(|| TtlCache::new(std::time::Duration::from_secs(10), 100_000))
}

fn device_cache() -> &'static TtlCache<AccountId, Vec<repo::TargetDevice>> {
    static CACHE: OnceLock<TtlCache<AccountId, Vec<repo::TargetDevice>>> = OnceLock::new();
    CACHE.get_or_init(|| TtlCache::new(std::time::Duration::from_secs(10), 100_000))
}

/// Whether two people may contact each other (cached briefly; see [`crate::cache`]).
fn contact_allowed(
    conn: Option<&mut DbConn>,
    a: AccountId,
    b: AccountId,
) -> Result<bool, MessagesError> {
    if let Some(allowed) = contact_cache().get(&(a, b)) {
        return Ok(allowed);
    }
    let conn = conn.ok_or(MessagesError::Uncached)?;
    let generation = cache::generation();
    let allowed =
        cases::contact_allowed_between(conn, a, b).map_err(|_| MessagesError::ContactNotAllowed)?;
    contact_cache().put((a, b), generation, allowed);
    Ok(allowed)
}

/// A recipient's active devices (cached briefly; see [`crate::cache`]).
fn target_devices(
    conn: Option<&mut DbConn>,
    target: AccountId,
) -> Result<Vec<repo::TargetDevice>, MessagesError> {
    if let Some(devices) = device_cache().get(&target) {
        return Ok(devices);
    }
    let conn = conn.ok_or(MessagesError::Uncached)?;
    let generation = cache::generation();
    let devices = repo::active_devices(conn, &target.to_string())?;
    device_cache().put(target, generation, devices.clone());
    Ok(devices)
}

/// A send that passed every check, ready to be written (by the group-commit writer).
#[derive(Debug, Clone)]
pub struct Prepared {
    pub sender_device: String,
    pub client_message_id: String,
    /// Nothing to write when `delivery.duplicate` (a retry already accepted) or this is
    /// empty (ephemeral, or a circle of nobody).
    pub rows: Vec<repo::OwnedEnvelope>,
    pub created_at: chrono::NaiveDateTime,
    pub delivery: Delivery,
}

impl Prepared {
    /// Whether the writer has anything to do.
    pub fn has_writes(&self) -> bool {
        !self.delivery.duplicate && !self.rows.is_empty()
    }
}

/// Who a send is from, as far as the server may know.
#[derive(Debug, Clone)]
pub struct Origin {
    /// The scope of the client message id (the sender's device; for sealed sends a
    /// constant, with the id itself replaced by a hash that does not name the sender).
    pub idempotency_scope: String,
    pub idempotency_id: String,
    /// The sender's account and device number; `None` for sealed sender.
    pub source: Option<(AccountId, i32)>,
    /// The sender's message id, kept on identified envelopes so a delivery receipt can
    /// name it.
    pub receipt_id: Option<String>,
}

/// Checks a send against the contact rules and the recipient's devices, on a pooled
/// connection (reads only, concurrently with other sends), and builds the envelopes.
/// Without a connection it works from the caches alone, or fails with
/// [`MessagesError::Uncached`] so the caller can try again with one.
pub fn prepare(
    mut conn: Option<&mut DbConn>,
    caller: &Caller,
    target: AccountId,
    req: &SendRequest,
    limits: &Limits,
    now: DateTime<Utc>,
) -> Result<Prepared, MessagesError> {
    check_send(req, IDENTIFIED_KINDS, limits)?;
    // An unknown recipient gets the same answer as a blocked one.
    if !contact_allowed(conn.as_deref_mut(), caller.account_id, target)? {
        return Err(MessagesError::ContactNotAllowed);
    }
    let origin = Origin {
        idempotency_scope: caller.device_id.to_string(),
        idempotency_id: req.client_message_id.clone(),
        source: Some((caller.account_id, caller.device_number)),
        receipt_id: Some(req.client_message_id.clone()),
    };
    prepare_from(conn, &origin, target, req, limits, now)
}

/// Checks the recipient's devices and builds the envelopes of a send whose sender was
/// already checked (identified: contact rules; sealed: access key).
pub fn prepare_from(
    mut conn: Option<&mut DbConn>,
    origin: &Origin,
    target: AccountId,
    req: &SendRequest,
    limits: &Limits,
    now: DateTime<Utc>,
) -> Result<Prepared, MessagesError> {
    let sender_device = origin.idempotency_scope.clone();
    let at = to_db_time(now);
    let mut prepared = Prepared {
        sender_device: sender_device.clone(),
        client_message_id: origin.idempotency_id.clone(),
        rows: Vec::new(),
        created_at: at,
        delivery: Delivery::default(),
    };
    let devices = target_devices(conn.as_deref_mut(), target)?;
    let have: BTreeSet<u32> = devices
        .iter()
        .map(|d| u32::try_from(d.number).unwrap_or(0))
        .collect();
    let sent: BTreeSet<u32> = req.messages.iter().map(|m| m.device_number).collect();
    let missing: Vec<u32> = have.difference(&sent).copied().collect();
    let extra: Vec<u32> = sent.difference(&have).copied().collect();
    // A retry whose first attempt went through is a success even if the recipient's
    // devices changed since; the writer refuses a repeated id atomically in any case.
    let retried = |conn: Option<&mut DbConn>| -> Result<bool, MessagesError> {
        if req.ephemeral {
            return Ok(false);
        }
        let conn = conn.ok_or(MessagesError::Uncached)?;
        Ok(repo::already_sent(
            conn,
            &sender_device,
            &origin.idempotency_id,
        )?)
    };
    if !missing.is_empty() || !extra.is_empty() {
        if retried(conn.as_deref_mut())? {
            prepared.delivery.duplicate = true;
            return Ok(prepared);
        }
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
        if retried(conn)? {
            prepared.delivery.duplicate = true;
            return Ok(prepared);
        }
        return Err(MessagesError::Stale { stale });
    }
    let source_account = origin.source.map(|(a, _)| a.to_string());
    let expires = to_db_time(now + limits.ttl);
    for m in &req.messages {
        let Some(d) = devices
            .iter()
            .find(|d| u32::try_from(d.number).unwrap_or(0) == m.device_number)
        else {
            continue;
        };
        let device_id: DeviceId = parse_id(&d.id)?;
        let guid = Uuid::new_v4().to_string();
        if req.ephemeral {
            prepared.delivery.ephemeral.push((
                device_id,
                Envelope {
                    guid,
                    kind: m.kind,
                    source_account: origin.source.map(|(a, _)| a),
                    source_device: origin.source.and_then(|(_, d)| u32::try_from(d).ok()),
                    server_ts: from_db_time(at),
                    content: m.content.clone(),
                },
            ));
            continue;
        }
        prepared.rows.push(repo::OwnedEnvelope {
            guid,
            device_id: d.id.clone(),
            kind: m.kind.as_str().to_owned(),
            source_account: source_account.clone(),
            source_device: origin.source.map(|(_, d)| d),
            client_message_id: origin.receipt_id.clone(),
            content: m.content.as_ref().to_vec(),
            server_ts: at,
            expires_at: expires,
        });
    }
    Ok(prepared)
}

/// An envelope written to a device's queue, with its position: what the writer pushes to
/// the device if it is connected, once the transaction has committed.
#[derive(Debug, Clone)]
pub struct Queued {
    pub seq: i64,
    pub device: DeviceId,
    pub envelope: Envelope,
}

impl repo::OwnedEnvelope {
    /// The envelope as delivered.
    pub fn to_envelope(&self) -> Envelope {
        Envelope {
            guid: self.guid.clone(),
            kind: EnvelopeKind::parse(&self.kind).unwrap_or(EnvelopeKind::Ciphertext),
            source_account: self
                .source_account
                .as_deref()
                .and_then(|a| AccountId::parse(a).ok()),
            source_device: self.source_device.and_then(|d| u32::try_from(d).ok()),
            server_ts: from_db_time(self.server_ts),
            content: B64(self.content.clone()),
        }
    }
}

/// Inserts envelopes and returns them with their queue positions, oldest first.
fn insert_queued(
    conn: &mut DbConn,
    rows: &[&repo::OwnedEnvelope],
) -> Result<Vec<Queued>, MessagesError> {
    let new: Vec<_> = rows.iter().map(|r| r.as_new()).collect();
    let seqs: std::collections::HashMap<String, i64> =
        repo::insert(conn, &new)?.into_iter().collect();
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let seq = *seqs
            .get(&r.guid)
            .ok_or_else(|| StorageError::Task("an inserted envelope was not returned".into()))?;
        out.push(Queued {
            seq,
            device: parse_id(&r.device_id)?,
            envelope: r.to_envelope(),
        });
    }
    out.sort_by_key(|q| q.seq);
    Ok(out)
}

/// Writes prepared sends in the caller's transaction: records each client message id
/// (atomically refusing one already used) and inserts the envelopes of those that are
/// new, in two statements for the whole batch. Returns, per send, whether it was new,
/// and the envelopes queued.
pub fn commit_sends(
    conn: &mut DbConn,
    sends: &[&Prepared],
) -> Result<(Vec<bool>, Vec<Queued>), MessagesError> {
    let wanted: Vec<&&Prepared> = sends.iter().filter(|p| p.has_writes()).collect();
    let keys: Vec<(String, String, chrono::NaiveDateTime)> = wanted
        .iter()
        .map(|p| {
            (
                p.sender_device.clone(),
                p.client_message_id.clone(),
                p.created_at,
            )
        })
        .collect();
    let fresh: BTreeSet<(String, String)> = repo::record_sends(conn, &keys)?.into_iter().collect();
    let mut rows = Vec::new();
    let mut out = Vec::with_capacity(sends.len());
    for p in sends {
        let new = p.has_writes()
            && fresh.contains(&(p.sender_device.clone(), p.client_message_id.clone()));
        if new {
            rows.extend(p.rows.iter());
        }
        out.push(new);
    }
    let queued = insert_queued(conn, &rows)?;
    Ok((out, queued))
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

/// Deletes the envelopes devices acknowledged, inside the writer's transaction, in one
/// statement for all of them; returns the deleted rows.
pub fn take_acked(
    conn: &mut DbConn,
    acks: &[(String, &[String])],
) -> Result<Vec<repo::EnvelopeRow>, MessagesError> {
    let acks: Vec<(&str, &[String])> = acks.iter().map(|(d, g)| (d.as_str(), *g)).collect();
    Ok(repo::take_acked(conn, &acks)?)
}

/// A delivery receipt for each identified sender's device of the envelopes `caller`
/// acknowledged (`gone`: the deleted rows). Receipts go live to senders who are connected
/// and are stored ([`store_receipts`]) only for the others.
pub fn receipts_for(
    conn: &mut DbConn,
    caller: &Caller,
    gone: &[&repo::EnvelopeRow],
    limits: &Limits,
    now: DateTime<Utc>,
) -> Result<Vec<repo::OwnedEnvelope>, MessagesError> {
    let at = to_db_time(now);
    let expires = to_db_time(now + limits.ttl);
    let me = caller.account_id.to_string();
    let mut devices: std::collections::BTreeMap<(String, i32), Option<String>> =
        std::collections::BTreeMap::new();
    let mut receipts = Vec::new();
    for row in gone {
        let is_message = matches!(row.kind.as_str(), "ciphertext" | "prekey_message");
        let (true, Some(account), Some(number), Some(id)) = (
            is_message,
            row.source_account.as_deref(),
            row.source_device,
            row.client_message_id.as_deref(),
        ) else {
            continue;
        };
        let key = (account.to_owned(), number);
        if !devices.contains_key(&key) {
            let found = match AccountId::parse(account) {
                Ok(sender) => target_devices(Some(&mut *conn), sender)?
                    .into_iter()
                    .find(|d| d.number == number)
                    .map(|d| d.id),
                Err(_) => None,
            };
            devices.insert(key.clone(), found);
        }
        if let Some(Some(device)) = devices.get(&key) {
            receipts.push(repo::OwnedEnvelope {
                guid: Uuid::new_v4().to_string(),
                device_id: device.clone(),
                kind: EnvelopeKind::DeliveryReceipt.as_str().to_owned(),
                source_account: Some(me.clone()),
                source_device: Some(caller.device_number),
                client_message_id: None,
                content: id.as_bytes().to_vec(),
                server_ts: at,
                expires_at: expires,
            });
        }
    }
    Ok(receipts)
}

/// Stores receipts for senders who were not connected.
pub fn store_receipts(
    conn: &mut DbConn,
    receipts: &[repo::OwnedEnvelope],
) -> Result<Vec<Queued>, MessagesError> {
    insert_queued(conn, &receipts.iter().collect::<Vec<_>>())
}

/// Hands receipts to connected senders and returns the ones that must wait in storage.
pub fn push_receipts(
    notifier: &realtime::Notifier,
    receipts: Vec<repo::OwnedEnvelope>,
) -> Vec<repo::OwnedEnvelope> {
    receipts
        .into_iter()
        .filter(|r| {
            let Ok(device) = DeviceId::parse(&r.device_id) else {
                return true;
            };
            !notifier.push_envelope(device, r.to_envelope())
        })
        .collect()
}
