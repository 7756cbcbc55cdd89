//! The tamper-evident audit log.
//!
//! Every read or change of case data, membership, contact rules, keys and devices, staff
//! accounts and configuration appends one event, in the same transaction as the action it
//! records. Events form a hash chain:
//!
//! ```text
//! hash(n) = SHA-256("kinbridge-audit-v1" ‖ seq ‖ time ‖ actor kind ‖ action ‖ detail
//!                   ‖ refs_digest ‖ hash(n-1))
//! refs_digest = SHA-256("kinbridge-audit-refs-v1" ‖ actor account ‖ actor device
//!                       ‖ case ‖ subjects)
//! ```
//!
//! The identifying ids sit under `refs_digest`, so retention can strip them from events
//! about a deleted subject and the chain still verifies. A head row, locked by every
//! writer, keeps the chain a single line and exposes truncation; checkpoints signed with
//! the server key pin the chain at intervals. [`verify`] re-walks it all and reports the
//! first broken link.

mod action;
pub mod published;
pub mod repo;
mod writer;

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDateTime, Utc};
use kinbridge_protocol::api::AuditVerifyReport;
use kinbridge_protocol::{AccountId, AuditBreak as Break, CaseId, ComplaintId, DeviceId};
use libsignal_protocol::PublicKey;
use sha2::{Digest, Sha256};

pub use action::Action;
pub use writer::{AuditWriter, Recorded};

use crate::platform::db::{DbConn, StorageError, Tx, from_db_time, to_db_time};
use crate::platform::identity::Caller;
use crate::platform::server_keys::ServerKeys;

/// Who did something.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    /// An enrolled device of an account.
    Account {
        account: AccountId,
        device: DeviceId,
    },
    /// Someone without an account (complaints).
    Anonymous,
    /// The server itself, or a host command.
    System,
}

impl From<&Caller> for Actor {
    fn from(c: &Caller) -> Self {
        Actor::Account {
            account: c.account_id,
            device: c.device_id,
        }
    }
}

impl Actor {
    fn kind(&self) -> &'static str {
        match self {
            Actor::Account { .. } => "account",
            Actor::Anonymous => "anonymous",
            Actor::System => "system",
        }
    }
}

/// Something an event is about besides the case: an account or a device.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    Account(AccountId),
    Device(DeviceId),
    Case(CaseId),
    /// A complaint: its events never name the case or the people involved, so they show
    /// in nobody's access log.
    Complaint(ComplaintId),
}

impl Subject {
    fn encode(&self) -> String {
        match self {
            Subject::Account(a) => format!("account:{a}"),
            Subject::Device(d) => format!("device:{d}"),
            Subject::Case(c) => format!("case:{c}"),
            Subject::Complaint(c) => format!("complaint:{c}"),
        }
    }

    /// The subjects as stored (`account:… device:…`); what does not read is skipped.
    fn decode_all(stored: &str) -> Vec<Subject> {
        stored
            .split(' ')
            .filter_map(|s| match s.split_once(':')? {
                ("account", id) => AccountId::parse(id).ok().map(Subject::Account),
                ("device", id) => DeviceId::parse(id).ok().map(Subject::Device),
                ("case", id) => CaseId::parse(id).ok().map(Subject::Case),
                ("complaint", id) => ComplaintId::parse(id).ok().map(Subject::Complaint),
                _ => None,
            })
            .collect()
    }
}

/// An event to append.
#[derive(Debug, Clone)]
pub struct Event {
    pub actor: Actor,
    pub action: Action,
    pub case: Option<CaseId>,
    pub subjects: Vec<Subject>,
    /// Short and never personal: a stage name, a decision, a count.
    pub detail: Option<String>,
}

impl Event {
    pub fn new(actor: impl Into<Actor>, action: Action) -> Self {
        Event {
            actor: actor.into(),
            action,
            case: None,
            subjects: Vec::new(),
            detail: None,
        }
    }

    pub fn case(mut self, case: CaseId) -> Self {
        self.case = Some(case);
        self
    }

    pub fn subject(mut self, s: Subject) -> Self {
        self.subjects.push(s);
        self
    }

    pub fn detail(mut self, d: impl Into<String>) -> Self {
        self.detail = Some(d.into());
        self
    }
}

fn put_field(h: &mut Sha256, v: Option<&str>) {
    match v {
        None => h.update([0xff]),
        Some(s) => {
            h.update([0x00]);
            h.update((s.len() as u64).to_be_bytes());
            h.update(s.as_bytes());
        }
    }
}

/// The digest of an event's identifying ids.
pub fn refs_digest(
    actor_account: Option<&str>,
    actor_device: Option<&str>,
    case: Option<&str>,
    subjects: Option<&str>,
) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(b"kinbridge-audit-refs-v1");
    for f in [actor_account, actor_device, case, subjects] {
        put_field(&mut h, f);
    }
    h.finalize().into()
}

/// The chain hash of an event.
pub fn event_hash(
    seq: i64,
    occurred_at: NaiveDateTime,
    actor_kind: &str,
    action: &str,
    detail: Option<&str>,
    refs_digest: &[u8],
    prev_hash: &[u8],
) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(b"kinbridge-audit-v1");
    h.update(seq.to_be_bytes());
    h.update(occurred_at.and_utc().timestamp_micros().to_be_bytes());
    put_field(&mut h, Some(actor_kind));
    put_field(&mut h, Some(action));
    put_field(&mut h, detail);
    h.update(refs_digest);
    h.update(prev_hash);
    h.finalize().into()
}

/// Appends an event, in the transaction of the action it records, so the action and its
/// trace commit or fail together.
pub fn record(tx: &mut Tx<'_>, event: Event, now: DateTime<Utc>) -> Result<i64, StorageError> {
    record_all(tx, vec![(event, now)]).map(|seqs| seqs.first().copied().unwrap_or_default())
}

/// An event as stored: its ids as text, its digest and hash.
pub(crate) struct Stored {
    seq: i64,
    at: NaiveDateTime,
    kind: &'static str,
    event: Event,
    actor_account: Option<String>,
    actor_device: Option<String>,
    case: Option<String>,
    subjects: Option<String>,
    digest: [u8; 32],
    prev_hash: Vec<u8>,
    hash: [u8; 32],
}

impl Stored {
    fn row(&self) -> repo::NewEvent<'_> {
        repo::NewEvent {
            seq: self.seq,
            occurred_at: self.at,
            actor_kind: self.kind,
            action: self.event.action.as_str(),
            detail: self.event.detail.as_deref(),
            actor_account: self.actor_account.as_deref(),
            actor_device: self.actor_device.as_deref(),
            case_id: self.case.as_deref(),
            subjects: self.subjects.as_deref(),
            refs_digest: &self.digest,
            refs_stripped_at: None,
            prev_hash: &self.prev_hash,
            hash: &self.hash,
        }
    }
}

/// Chains events after the head `(seq, hash)`: each one's sequence number, digest and hash.
fn chain(events: Vec<(Event, DateTime<Utc>)>, head: (i64, Vec<u8>)) -> Vec<Stored> {
    let (mut seq, mut prev_hash) = head;
    let mut stored = Vec::with_capacity(events.len());
    for (event, now) in events {
        seq += 1;
        let at = to_db_time(now);
        let (actor_account, actor_device) = match event.actor {
            Actor::Account { account, device } => {
                (Some(account.to_string()), Some(device.to_string()))
            }
            _ => (None, None),
        };
        let case = event.case.map(|c| c.to_string());
        let subjects = (!event.subjects.is_empty()).then(|| {
            event
                .subjects
                .iter()
                .map(Subject::encode)
                .collect::<Vec<_>>()
                .join(" ")
        });
        let digest = refs_digest(
            actor_account.as_deref(),
            actor_device.as_deref(),
            case.as_deref(),
            subjects.as_deref(),
        );
        let kind = event.actor.kind();
        let hash = event_hash(
            seq,
            at,
            kind,
            event.action.as_str(),
            event.detail.as_deref(),
            &digest,
            &prev_hash,
        );
        stored.push(Stored {
            seq,
            at,
            kind,
            event,
            actor_account,
            actor_device,
            case,
            subjects,
            digest,
            prev_hash: std::mem::replace(&mut prev_hash, hash.to_vec()),
            hash,
        });
    }
    stored
}

/// Appends events in order, in one transaction: the head is locked and moved once, and the
/// events are inserted together. Returns their sequence numbers.
pub fn record_all(
    tx: &mut Tx<'_>,
    events: Vec<(Event, DateTime<Utc>)>,
) -> Result<Vec<i64>, StorageError> {
    let conn = tx.conn();
    let head = repo::lock_head(conn)?;
    let stored = chain(events, head);
    let rows: Vec<repo::NewEvent<'_>> = stored.iter().map(Stored::row).collect();
    repo::insert_events(conn, &rows)?;
    if let Some(last) = stored.last() {
        repo::set_head(conn, last.seq, &last.hash)?;
    }
    Ok(stored.iter().map(|s| s.seq).collect())
}

/// Appends events after the head the caller believes current, in one statement (no
/// transaction around it): the head moves only if it is still `head`, and the events are
/// inserted only if it moved. Returns their sequence numbers and the new head, or `None`
/// when someone else appended first (nothing was written; read the head and try again).
/// PostgreSQL only: one round trip per batch instead of five (see the audit writer).
pub(crate) fn append_after(
    conn: &mut DbConn,
    events: &[(Event, DateTime<Utc>)],
    head: Head,
) -> Result<Option<(Vec<i64>, Head)>, StorageError> {
    let stored = chain(events.to_vec(), head.clone());
    let Some(last) = stored.last() else {
        return Ok(Some((Vec::new(), head)));
    };
    let new_head = (last.seq, last.hash.to_vec());
    let rows: Vec<repo::NewEvent<'_>> = stored.iter().map(Stored::row).collect();
    if !repo::append_if_head(conn, &rows, &head, &new_head)? {
        return Ok(None);
    }
    Ok(Some((stored.iter().map(|s| s.seq).collect(), new_head)))
}

/// The head of the chain: the last sequence number and its hash.
pub(crate) type Head = (i64, Vec<u8>);

/// The head of the chain, as committed (for the audit writer to append after).
pub(crate) fn current_head(conn: &mut DbConn) -> Result<Head, StorageError> {
    Ok(repo::head(conn)?)
}

fn checkpoint_message(seq: i64, hash: &[u8]) -> Vec<u8> {
    let mut m = b"kinbridge-audit-checkpoint-v1".to_vec();
    m.extend_from_slice(&seq.to_be_bytes());
    m.extend_from_slice(hash);
    m
}

/// Signs the current head with the server key, unless it is already signed.
/// Returns the sequence number signed, if a new checkpoint was made.
pub fn checkpoint(
    tx: &mut Tx<'_>,
    keys: &ServerKeys,
    now: DateTime<Utc>,
) -> Result<Option<i64>, StorageError> {
    let conn = tx.conn();
    let (seq, hash) = repo::lock_head(conn)?;
    if seq == 0 || repo::last_checkpoint_seq(conn)? >= Some(seq) {
        return Ok(None);
    }
    let signature = keys
        .signing()
        .private_key
        .calculate_signature(&checkpoint_message(seq, &hash), &mut rand::rng())
        .map_err(|e| StorageError::Task(format!("signing a checkpoint: {e}")))?;
    repo::insert_checkpoint(conn, seq, &hash, &signature, to_db_time(now))?;
    Ok(Some(seq))
}

/// Re-walks the whole chain, in batches, and checks every link, every digest, the head and
/// every checkpoint signature; and that the checkpoint this server published outside the
/// database (`published`) is still in it, and the chain still reaches it.
pub fn verify(
    conn: &mut DbConn,
    signing_key: &PublicKey,
    published: Result<Option<&published::Published>, &published::UnreadablePublished>,
) -> Result<AuditVerifyReport, StorageError> {
    let (head_seq, head_hash) = repo::head(conn)?;
    let checkpoints: BTreeMap<i64, (Vec<u8>, Vec<u8>)> = repo::checkpoints(conn)?
        .into_iter()
        .map(|c| (c.seq, (c.hash, c.signature)))
        .collect();
    let mut broken: Option<(i64, Break)> = None;
    let mut events = 0u64;
    let mut expected_seq = 1i64;
    let mut prev_hash = vec![0u8; 32];
    let mut after = 0i64;
    'walk: loop {
        let batch = repo::events_after(conn, after, 1000)?;
        if batch.is_empty() {
            break;
        }
        for e in batch {
            after = e.seq;
            events += 1;
            if e.seq != expected_seq {
                broken = Some((expected_seq, Break::MissingEvent));
                break 'walk;
            }
            if e.refs_stripped_at.is_none() {
                let digest = refs_digest(
                    e.actor_account.as_deref(),
                    e.actor_device.as_deref(),
                    e.case_id.as_deref(),
                    e.subjects.as_deref(),
                );
                if digest[..] != e.refs_digest[..] {
                    broken = Some((e.seq, Break::EditedRefs));
                    break 'walk;
                }
            }
            if e.prev_hash != prev_hash {
                broken = Some((e.seq, Break::BrokenLink));
                break 'walk;
            }
            let hash = event_hash(
                e.seq,
                e.occurred_at,
                &e.actor_kind,
                &e.action,
                e.detail.as_deref(),
                &e.refs_digest,
                &e.prev_hash,
            );
            if hash[..] != e.hash[..] {
                broken = Some((e.seq, Break::EditedEvent));
                break 'walk;
            }
            if let Some((cp_hash, _)) = checkpoints.get(&e.seq) {
                if cp_hash[..] != hash[..] {
                    broken = Some((e.seq, Break::CheckpointMismatch));
                    break 'walk;
                }
            }
            prev_hash = hash.to_vec();
            expected_seq += 1;
        }
    }
    if broken.is_none() {
        let last = expected_seq - 1;
        if last != head_seq || (head_seq > 0 && prev_hash != head_hash) {
            broken = Some((last + 1, Break::Truncated));
        }
    }
    if broken.is_none() {
        for (&seq, (hash, signature)) in &checkpoints {
            if seq > head_seq {
                broken = Some((seq, Break::Truncated));
                break;
            }
            if !signing_key.verify_signature(&checkpoint_message(seq, hash), signature) {
                broken = Some((seq, Break::BadCheckpointSignature));
                break;
            }
        }
    }
    // A published checkpoint that cannot be read cannot vouch for anything: broken.
    let unreadable = published.is_err();
    let published = published.ok().flatten();
    if broken.is_none() && unreadable {
        broken = Some((0, Break::PublishedCheckpointMissing));
    }
    if broken.is_none() {
        if let Some(p) = published {
            let held = checkpoints.get(&p.seq).is_some_and(|(hash, signature)| {
                Some(hash) == p.hash_bytes().as_ref()
                    && Some(signature) == p.signature_bytes().as_ref()
            });
            if !held || p.seq > head_seq {
                broken = Some((p.seq, Break::PublishedCheckpointMissing));
            }
        }
    }
    Ok(AuditVerifyReport {
        ok: broken.is_none(),
        events,
        head_seq,
        checkpoints: checkpoints.len() as u64,
        published_seq: published.map(|p| p.seq),
        broken_at: broken.map(|b| b.0),
        reason: broken.map(|b| b.1),
    })
}

/// An event of a case, as the access log reads it.
#[derive(Debug, Clone)]
pub struct CaseEvent {
    pub seq: i64,
    pub occurred_at: DateTime<Utc>,
    /// The recorded action (a stored string; [`Action::parse`] reads it).
    pub action: String,
    /// The acting account, for events by an account.
    pub actor: Option<AccountId>,
    /// What the event is about besides the case.
    pub subjects: Vec<Subject>,
}

/// The events recorded on a case, oldest first.
pub fn case_events(
    conn: &mut DbConn,
    case: CaseId,
    after: i64,
    limit: i64,
) -> Result<Vec<CaseEvent>, StorageError> {
    Ok(repo::case_events(conn, case, after, limit)?
        .into_iter()
        .map(|e| CaseEvent {
            seq: e.seq,
            occurred_at: from_db_time(e.occurred_at),
            actor: match e.actor_kind.as_str() {
                "account" => e
                    .actor_account
                    .as_deref()
                    .and_then(|a| AccountId::parse(a).ok()),
                _ => None,
            },
            action: e.action,
            subjects: e
                .subjects
                .as_deref()
                .map(Subject::decode_all)
                .unwrap_or_default(),
        })
        .collect())
}

/// How many events still name `case` (as their case or as a subject) or one of `people`
/// (as actor or subject): what [`strip_naming`] would strip.
pub fn count_naming(
    conn: &mut DbConn,
    case: CaseId,
    people: &[AccountId],
) -> Result<usize, StorageError> {
    Ok(repo::events_naming(conn, case, people)?.len())
}

/// Removes the identifying ids from every event that names `case` or one of `people`
/// (they are being deleted). The digest stays, so the chain still verifies; the event
/// still says that something happened, and when. Returns how many events were stripped.
pub fn strip_naming(
    tx: &mut Tx<'_>,
    case: CaseId,
    people: &[AccountId],
    now: DateTime<Utc>,
) -> Result<usize, StorageError> {
    let seqs: Vec<i64> = repo::events_naming(tx, case, people)?.into_iter().collect();
    Ok(repo::strip_refs(tx, &seqs, to_db_time(now))?)
}
