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
mod repo;
pub mod sealed;
pub mod writer;

use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use kinbridge_protocol::api::{DeviceChange, Envelope, SendRequest};
use kinbridge_protocol::{AccountId, B64, DeviceId, EnvelopeKind};
use uuid::Uuid;

pub use writer::Writer;

use crate::platform::cache::{Caches, Mailbox};
use crate::platform::db::{DbConn, StorageError, Tx, from_db_time, to_db_time};
use crate::platform::identity::{self, ActiveDevice, Caller};
use crate::platform::notify::{Notice, Notify};
use crate::platform::reach;

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
    /// Two envelopes for one device, or a kind this route does not carry.
    #[error("envelopes cannot be sent together this way")]
    InvalidEnvelopes,
    /// No such case, or the caller is not an active member of it.
    #[error("case not found")]
    CaseNotFound,
    /// A circle upload named other devices than the circle has now.
    #[error("circle changed")]
    CircleChanged,
    /// A sealed send without the recipient's current access key (or to nobody).
    #[error("access denied")]
    AccessDenied,
    /// A recipient device holds as many undelivered envelopes (or bytes) as it may.
    #[error("mailbox full")]
    MailboxFull,
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
    /// Undelivered envelopes one device may hold.
    pub mailbox_envelopes: u64,
    /// Undelivered bytes one device may hold.
    pub mailbox_bytes: u64,
}

/// What a send did.
#[derive(Debug, Clone, Default)]
pub struct Delivery {
    /// A retry of a message already accepted: nothing was stored.
    pub duplicate: bool,
    /// Ephemeral envelopes to push to whoever is connected, never stored.
    pub ephemeral: Vec<(DeviceId, Envelope)>,
}

/// At most this many envelopes are acknowledged at once (per HTTP call, per WebSocket
/// burst).
pub const MAX_ACKS: usize = 1000;

/// Whether `guid` could name an envelope (the server makes them as UUIDs).
pub fn is_guid(guid: &str) -> bool {
    guid.len() == 36 && Uuid::try_parse(guid).is_ok()
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
            return Err(MessagesError::InvalidEnvelopes);
        }
        if !kinds.contains(&m.kind) {
            return Err(MessagesError::InvalidEnvelopes);
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

/// Whether two people may contact each other (cached briefly).
fn contact_allowed(
    conn: Option<&mut DbConn>,
    caches: &Caches,
    a: AccountId,
    b: AccountId,
) -> Result<bool, MessagesError> {
    reach::contact_allowed_cached(conn, caches, a, b)?.ok_or(MessagesError::Uncached)
}

/// A person's active devices (cached briefly).
fn target_devices(
    conn: Option<&mut DbConn>,
    caches: &Caches,
    target: AccountId,
) -> Result<Vec<ActiveDevice>, MessagesError> {
    if let Some(found) = identity::active_devices_cached(caches, target) {
        return Ok(found);
    }
    let conn = conn.ok_or(MessagesError::Uncached)?;
    Ok(identity::active_devices(conn, caches, target)?)
}

/// A send that passed every check, ready to be written (by the group-commit writer).
#[derive(Debug, Clone)]
pub struct Prepared {
    /// The scope of the client message id: the sender's device, or the sealed scope.
    pub sender_device: String,
    pub client_message_id: String,
    /// Nothing to write when `delivery.duplicate` (a retry already accepted) or this is
    /// empty (ephemeral, or a circle of nobody).
    pub rows: Vec<repo::OwnedEnvelope>,
    pub created_at: NaiveDateTime,
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
    caches: &Caches,
    caller: &Caller,
    target: AccountId,
    req: &SendRequest,
    limits: &Limits,
    now: DateTime<Utc>,
) -> Result<Prepared, MessagesError> {
    check_send(req, IDENTIFIED_KINDS, limits)?;
    // An unknown recipient gets the same answer as a blocked one.
    if !contact_allowed(conn.as_deref_mut(), caches, caller.account_id, target)? {
        return Err(MessagesError::ContactNotAllowed);
    }
    let origin = Origin {
        idempotency_scope: caller.device_id.to_string(),
        idempotency_id: req.client_message_id.clone(),
        source: Some((caller.account_id, caller.device_number)),
        receipt_id: Some(req.client_message_id.clone()),
    };
    prepare_from(conn, caches, &origin, target, req, limits, now)
}

/// Checks the recipient's devices and builds the envelopes of a send whose sender was
/// already checked (identified: contact rules; sealed: access key).
pub fn prepare_from(
    mut conn: Option<&mut DbConn>,
    caches: &Caches,
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
    let devices = target_devices(conn.as_deref_mut(), caches, target)?;
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
    let source_account = origin.source.map(|(a, _)| a);
    let expires = to_db_time(now + limits.ttl);
    for m in &req.messages {
        let Some(d) = devices
            .iter()
            .find(|d| u32::try_from(d.number).unwrap_or(0) == m.device_number)
        else {
            continue;
        };
        let device_id = d.id;
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
            device_id,
            kind: m.kind.as_str().to_owned(),
            source_account,
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

/// An envelope as delivered.
fn envelope(
    guid: &str,
    kind: &str,
    source_account: Option<AccountId>,
    source_device: Option<i32>,
    server_ts: NaiveDateTime,
    content: &[u8],
) -> Envelope {
    Envelope {
        guid: guid.to_owned(),
        kind: EnvelopeKind::parse(kind).unwrap_or(EnvelopeKind::Ciphertext),
        source_account,
        source_device: source_device.and_then(|d| u32::try_from(d).ok()),
        server_ts: from_db_time(server_ts),
        content: B64(content.to_vec()),
    }
}

impl repo::OwnedEnvelope {
    /// The envelope as delivered.
    pub fn to_envelope(&self) -> Envelope {
        envelope(
            &self.guid,
            &self.kind,
            self.source_account,
            self.source_device,
            self.server_ts,
            &self.content,
        )
    }
}

impl repo::EnvelopeRow {
    /// The envelope as delivered.
    fn to_envelope(&self) -> Envelope {
        let source = self
            .source_account
            .as_deref()
            .and_then(|a| AccountId::parse(a).ok());
        envelope(
            &self.guid,
            &self.kind,
            source,
            self.source_device,
            self.server_ts,
            &self.content,
        )
    }
}

/// Inserts envelopes and returns them with their queue positions, oldest first.
fn insert_queued(
    tx: &mut Tx<'_>,
    rows: &[&repo::OwnedEnvelope],
) -> Result<Vec<Queued>, MessagesError> {
    let seqs: std::collections::HashMap<String, i64> =
        repo::insert(tx, rows)?.into_iter().collect();
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let seq = *seqs
            .get(&r.guid)
            .ok_or_else(|| StorageError::Task("an inserted envelope was not returned".into()))?;
        out.push(Queued {
            seq,
            device: r.device_id,
            envelope: r.to_envelope(),
        });
    }
    out.sort_by_key(|q| q.seq);
    Ok(out)
}

/// What writing a send did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    /// Stored (or nothing to store: ephemeral, a circle of nobody).
    New,
    /// The same client message id was accepted before, or earlier in the same batch.
    Duplicate,
    /// A recipient device's mailbox is full: nothing of this send was stored.
    MailboxFull,
}

/// Writes prepared sends in the caller's transaction: refuses those a full mailbox cannot
/// take (nothing of them is stored; what is stored stays), records each client message id
/// (atomically refusing one already used, also twice in this batch) and inserts the
/// envelopes of those that are new, in a handful of statements for the whole batch.
/// Returns, per send, what happened, and the envelopes queued.
pub fn commit_sends(
    tx: &mut Tx<'_>,
    caches: &Caches,
    sends: &[&Prepared],
    limits: &Limits,
    now: DateTime<Utc>,
) -> Result<(Vec<Written>, Vec<Queued>), MessagesError> {
    let targets: BTreeSet<DeviceId> = sends
        .iter()
        .filter(|p| p.has_writes())
        .flat_map(|p| p.rows.iter().map(|r| r.device_id))
        .collect();
    let targets: Vec<DeviceId> = targets.into_iter().collect();
    // What this node counted recently; the other mailboxes are counted now.
    let epoch = caches.mailboxes.epoch();
    let mut usage: HashMap<DeviceId, Mailbox> = targets
        .iter()
        .filter_map(|d| Some((*d, caches.mailboxes.get(d).filter(Mailbox::fresh)?)))
        .collect();
    let unknown: Vec<DeviceId> = targets
        .iter()
        .filter(|d| !usage.contains_key(d))
        .copied()
        .collect();
    if !unknown.is_empty() {
        let counted = repo::mailbox_usage(tx, &unknown, to_db_time(now))?;
        usage.extend(unknown.iter().map(|d| (*d, mailbox(counted.get(d)))));
    }
    let mut fits = fitting(sends, &mut usage, limits);
    if !fits.iter().all(|f| *f) {
        // Refused only on what is really stored: count the envelopes themselves (this
        // node's figures may be high — a send that was a duplicate, a rolled-back batch).
        let counted = repo::mailbox_usage(tx, &targets, to_db_time(now))?;
        usage = targets
            .iter()
            .map(|d| (*d, mailbox(counted.get(d))))
            .collect();
        fits = fitting(sends, &mut usage, limits);
    }
    let written = write_fitting(tx, sends, &fits)?;
    for (device, held) in usage {
        caches.mailboxes.put(device, held, epoch);
    }
    Ok(written)
}

/// A mailbox just counted from its envelopes (`None`: it holds none).
fn mailbox(counted: Option<&(u64, u64)>) -> Mailbox {
    let (envelopes, bytes) = counted.copied().unwrap_or_default();
    Mailbox {
        envelopes,
        bytes,
        counted_at: std::time::Instant::now(),
    }
}

/// Which sends fit in their recipients' mailboxes, in order, given what each holds; adds
/// those that fit to `usage`.
fn fitting(
    sends: &[&Prepared],
    usage: &mut HashMap<DeviceId, Mailbox>,
    limits: &Limits,
) -> Vec<bool> {
    let mut fits = Vec::with_capacity(sends.len());
    for p in sends {
        if !p.has_writes() {
            fits.push(true);
            continue;
        }
        let mut adds: HashMap<DeviceId, (u64, u64)> = HashMap::new();
        for r in &p.rows {
            let a = adds.entry(r.device_id).or_default();
            a.0 += 1;
            a.1 += u64::try_from(r.content.len()).unwrap_or(u64::MAX);
        }
        let fit = adds.iter().all(|(d, (n, bytes))| {
            let held = usage.get(d).map_or((0, 0), |m| (m.envelopes, m.bytes));
            held.0.saturating_add(*n) <= limits.mailbox_envelopes
                && held.1.saturating_add(*bytes) <= limits.mailbox_bytes
        });
        if fit {
            for (d, (n, bytes)) in adds {
                let m = usage.entry(d).or_insert_with(|| mailbox(None));
                m.envelopes += n;
                m.bytes += bytes;
            }
        }
        fits.push(fit);
    }
    fits
}

/// Writes the sends that fit (see [`commit_sends`]).
fn write_fitting(
    tx: &mut Tx<'_>,
    sends: &[&Prepared],
    fits: &[bool],
) -> Result<(Vec<Written>, Vec<Queued>), MessagesError> {
    let keys: Vec<(String, String, NaiveDateTime)> = sends
        .iter()
        .zip(fits)
        .filter(|(p, fit)| p.has_writes() && **fit)
        .map(|(p, _)| {
            (
                p.sender_device.clone(),
                p.client_message_id.clone(),
                p.created_at,
            )
        })
        .collect();
    let mut fresh: BTreeSet<(String, String)> =
        repo::record_sends(tx, &keys)?.into_iter().collect();
    let mut rows = Vec::new();
    let mut out = Vec::with_capacity(sends.len());
    for (p, &fit) in sends.iter().zip(fits) {
        out.push(if !p.has_writes() {
            if p.delivery.duplicate {
                Written::Duplicate
            } else {
                Written::New
            }
        } else if !fit {
            Written::MailboxFull
        } else if fresh.remove(&(p.sender_device.clone(), p.client_message_id.clone())) {
            // Taken out of `fresh`: the same id again in this batch is a duplicate.
            rows.extend(p.rows.iter());
            Written::New
        } else {
            Written::Duplicate
        });
    }
    let queued = insert_queued(tx, &rows)?;
    Ok((out, queued))
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
        repo::queued(conn, device, after_seq, limit, to_db_time(now))?
            .iter()
            .map(|r| (r.seq, r.to_envelope()))
            .collect(),
    )
}

/// Deletes the envelopes devices acknowledged, inside the writer's transaction, in one
/// statement for all of them; returns the deleted rows.
pub fn take_acked(
    tx: &mut Tx<'_>,
    caches: &Caches,
    acks: &[(DeviceId, &[String])],
) -> Result<Vec<repo::EnvelopeRow>, MessagesError> {
    let epoch = caches.mailboxes.epoch();
    let gone = repo::take_acked(tx, acks)?;
    let mut counts: HashMap<DeviceId, Mailbox> = HashMap::new();
    for row in &gone {
        let Some(m) = counts
            .get(&row.device_id)
            .copied()
            .or_else(|| caches.mailboxes.get(&row.device_id))
        else {
            continue;
        };
        let bytes = u64::try_from(row.content.len()).unwrap_or(u64::MAX);
        counts.insert(
            row.device_id,
            Mailbox {
                envelopes: m.envelopes.saturating_sub(1),
                bytes: m.bytes.saturating_sub(bytes),
                ..m
            },
        );
    }
    for (device, held) in counts {
        caches.mailboxes.put(device, held, epoch);
    }
    Ok(gone)
}

/// A delivery receipt for each identified sender's device of the envelopes `caller`
/// acknowledged (`gone`: the deleted rows). Receipts go live to senders who are connected
/// and are stored ([`store_receipts`]) only for the others.
pub fn receipts_for(
    conn: &mut DbConn,
    caches: &Caches,
    caller: &Caller,
    gone: &[&repo::EnvelopeRow],
    limits: &Limits,
    now: DateTime<Utc>,
) -> Result<Vec<repo::OwnedEnvelope>, MessagesError> {
    let at = to_db_time(now);
    let expires = to_db_time(now + limits.ttl);
    let mut devices: std::collections::BTreeMap<(String, i32), Option<DeviceId>> =
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
                Ok(sender) => target_devices(Some(&mut *conn), caches, sender)?
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
                device_id: *device,
                kind: EnvelopeKind::DeliveryReceipt.as_str().to_owned(),
                source_account: Some(caller.account_id),
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
    tx: &mut Tx<'_>,
    receipts: &[repo::OwnedEnvelope],
) -> Result<Vec<Queued>, MessagesError> {
    insert_queued(tx, &receipts.iter().collect::<Vec<_>>())
}

/// Hands receipts to connected senders and returns the ones that must wait in storage.
pub fn push_receipts(
    notify: &dyn Notify,
    receipts: Vec<repo::OwnedEnvelope>,
) -> Vec<repo::OwnedEnvelope> {
    receipts
        .into_iter()
        .filter(|r| !notify.push_unstored(r.device_id, r.to_envelope()))
        .collect()
}

/// Queues the server's notice of a device change for each of `devices`, in the caller's
/// transaction; connected devices get it once that commits, in queue order, the others
/// when they next read their queue. No sender, no receipt.
pub fn announce(
    tx: &mut Tx<'_>,
    devices: &[DeviceId],
    change: &DeviceChange,
    now: DateTime<Utc>,
    ttl: Duration,
) -> Result<(), StorageError> {
    let content = serde_json::to_vec(change)
        .map_err(|e| StorageError::Task(format!("a device change as JSON: {e}")))?;
    let (at, expires) = (to_db_time(now), to_db_time(now + ttl));
    let rows: Vec<repo::OwnedEnvelope> = devices
        .iter()
        .map(|&device_id| repo::OwnedEnvelope {
            guid: Uuid::new_v4().to_string(),
            device_id,
            kind: EnvelopeKind::DeviceChange.as_str().to_owned(),
            source_account: None,
            source_device: None,
            client_message_id: None,
            content: content.clone(),
            server_ts: at,
            expires_at: expires,
        })
        .collect();
    let queued = insert_queued(tx, &rows.iter().collect::<Vec<_>>()).map_err(|e| match e {
        MessagesError::Storage(s) => s,
        other => StorageError::Task(other.to_string()),
    })?;
    for q in queued {
        tx.notify(Notice::Queued {
            device: q.device,
            seq: q.seq,
            envelope: Box::new(q.envelope),
        });
    }
    Ok(())
}

/// What retention may delete of the relay: envelopes past their time to live.
pub fn count_expired(conn: &mut DbConn, now: DateTime<Utc>) -> Result<usize, StorageError> {
    Ok(repo::count_expired(conn, to_db_time(now))?)
}

/// Deletes envelopes past their time to live, and the record of message ids sent before
/// `before` or by devices that no longer exist. Returns (envelopes, ids) deleted.
pub fn purge(
    tx: &mut Tx<'_>,
    now: DateTime<Utc>,
    before: DateTime<Utc>,
) -> Result<(usize, usize), StorageError> {
    Ok(repo::purge(
        tx,
        to_db_time(now),
        to_db_time(before),
        sealed::SEALED_SCOPE,
    )?)
}
