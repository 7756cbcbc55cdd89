//! Complaints: anyone files one without an account, end-to-end encrypted on their device
//! to the complaint desk (every enrolled device of every complaint handler); the reporter
//! follows up with a receipt code the server never sees; handlers triage it on the server
//! without the server ever reading it.
//!
//! What the server keeps: ciphertext padded to size buckets, the category, the urgency,
//! the reporter's language and band, times, deadlines, triage facts (who handles it,
//! labels, a linked case, the staff it is about), and — only for a filing made while
//! enrolled — the account, revealed only through an identity request a second handler
//! with the custodian right approves. No address, no user agent.
//!
//! Who sees what: a complaint about a staff member is never shown to them or to anyone
//! they supervise (`accounts::supervisors_of`) through any endpoint, nor counted in what
//! they see, nor signalled to them; its audit events name only the complaint (no
//! case, no person), so it shows in nobody's access log. Every view and action is an
//! audit event.
//!
//! Clocks ([`tick`]): acknowledgement (default 7 days) and feedback (default 3 months)
//! deadlines are set at filing, warned at 80 %, and only met by their own action, never by
//! a status change. An urgent complaint alerts the on-call handlers of the first tier at
//! once and the next tier each time its time passes unacknowledged. Closed complaints are
//! warned and then deleted after the retention period, never while a deadline is open, an
//! urgent one is unacknowledged, or the reporter wrote recently.

pub mod http;
mod repo;

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Duration, Months, Timelike, Utc};
use kinbridge_protocol::alerts::RiskClass;
use kinbridge_protocol::api::ServerFrame;
use kinbridge_protocol::complaints::{
    CategoryCount, ComplaintCategory, ComplaintDesk, ComplaintEntry, ComplaintMetrics,
    ComplaintStatus, ComplaintSummary, ComplaintView, Deadline, DeskDevice, DeskKey, ENTRY_BUCKETS,
    EntryAuthor, EntryVisibility, FileComplaint, IdentityRequestState, IdentityRequestView,
    MAX_DESK_DEVICES, MAX_ENTRY_BYTES, ReporterView, StatusChange, StatusCount, Triage,
};
use kinbridge_protocol::{AccountId, AccountRole, AgeBand, B64, CaseId, ComplaintId, DeviceId};
use uuid::Uuid;

use crate::platform::audit::{self, Action, Actor, Event, Recorded, Subject};
use crate::platform::config::Settings;
use crate::platform::db::{DbConn, StorageError, Tx, from_db_time, to_db_time};
use crate::platform::identity::Caller;
use crate::platform::notify::Notice;
use crate::platform::oncall::{self, OnCall};
use crate::{accounts, keys};

pub use repo::ComplaintRow;

#[derive(Debug, thiserror::Error)]
pub enum ComplaintsError {
    /// No such complaint, a wrong receipt, or one the caller may not see.
    #[error("not found")]
    NotFound,
    #[error("proof of work refused")]
    ProofInvalid,
    #[error("no complaint desk")]
    DeskUnavailable,
    #[error("the desk changed")]
    DeskChanged,
    #[error("not a complaint handler")]
    NotHandler,
    #[error("not a custodian")]
    NotCustodian,
    #[error("self approval")]
    SelfApproval,
    #[error("filed anonymously")]
    NoIdentity,
    #[error("no such identity request")]
    RequestNotFound,
    #[error("identity request already decided")]
    RequestDecided,
    #[error("admins only")]
    Forbidden,
    #[error("invalid field {0}")]
    InvalidField(&'static str),
    #[error("hashing: {0}")]
    Hashing(String),
    #[error(transparent)]
    Storage(StorageError),
}

crate::storage_errors!(ComplaintsError);

/// Every desk notice and alert is exactly this many bytes of JSON: what a notification
/// says about a complaint is nothing, not even by its size.
pub const DESK_FRAME_BYTES: usize = 64;

fn padded_frame(urgent: bool) -> ServerFrame {
    let empty = if urgent {
        ServerFrame::DeskUrgent { pad: String::new() }
    } else {
        ServerFrame::DeskActivity { pad: String::new() }
    };
    let used = serde_json::to_string(&empty).map_or(DESK_FRAME_BYTES, |s| s.len());
    let pad = ".".repeat(DESK_FRAME_BYTES.saturating_sub(used));
    if urgent {
        ServerFrame::DeskUrgent { pad }
    } else {
        ServerFrame::DeskActivity { pad }
    }
}

/// The deadlines and periods, from the settings.
#[derive(Debug, Clone, Copy)]
pub struct Clocks {
    acknowledge: Duration,
    feedback_months: u32,
    urgent: Duration,
    keep: Duration,
    warn: Duration,
    grace: Duration,
}

impl Clocks {
    pub fn of(s: &Settings) -> Clocks {
        Clocks {
            acknowledge: Duration::days(i64::from(s.complaint_acknowledge_days)),
            feedback_months: s.complaint_feedback_months,
            urgent: Duration::minutes(i64::from(s.complaint_urgent_minutes)),
            keep: Duration::days(i64::from(s.complaint_retention_days)),
            warn: Duration::days(i64::from(s.complaint_expiry_warning_days)),
            grace: Duration::days(i64::from(s.complaint_reporter_grace_days)),
        }
    }

    fn feedback_from(&self, t: DateTime<Utc>) -> DateTime<Utc> {
        t.checked_add_months(Months::new(self.feedback_months))
            .unwrap_or(t + Duration::days(90))
    }
}

/// Pads a ciphertext to its size bucket for storage: length (4 bytes) ‖ bytes ‖ zeros.
fn pad(bytes: &[u8]) -> Result<Vec<u8>, ComplaintsError> {
    if bytes.is_empty() || bytes.len() > MAX_ENTRY_BYTES {
        return Err(ComplaintsError::InvalidField("body"));
    }
    let size = ENTRY_BUCKETS
        .iter()
        .copied()
        .find(|b| *b >= bytes.len() + 4)
        .ok_or(ComplaintsError::InvalidField("body"))?;
    let len = u32::try_from(bytes.len()).map_err(|_| ComplaintsError::InvalidField("body"))?;
    let mut out = Vec::with_capacity(size);
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(bytes);
    out.resize(size, 0);
    Ok(out)
}

fn unpad(stored: &[u8]) -> Vec<u8> {
    let Some((len, rest)) = stored.split_first_chunk::<4>() else {
        return Vec::new();
    };
    let len = usize::try_from(u32::from_be_bytes(*len)).unwrap_or(0);
    rest.get(..len).unwrap_or_default().to_vec()
}

fn bad(what: &str) -> StorageError {
    StorageError::Task(format!("bad {what} in complaints"))
}

fn is_handler(caller: &Caller) -> Result<(), ComplaintsError> {
    if caller.role == AccountRole::ComplaintHandler {
        Ok(())
    } else {
        Err(ComplaintsError::NotHandler)
    }
}

/// Whether a complaint may name `account` as who it is about: any adult account (staff, a
/// guardian, a family member), never a child.
fn may_be_named(conn: &mut DbConn, account: AccountId) -> Result<bool, ComplaintsError> {
    Ok(accounts::find(conn, account)?.is_some_and(|acc| acc.role != AccountRole::Child))
}

/// The complaint desk a filing wraps its key for: the newest [`MAX_DESK_DEVICES`] enrolled
/// devices of the complaint handlers.
pub fn desk(conn: &mut DbConn) -> Result<ComplaintDesk, ComplaintsError> {
    let mut devices = every_desk_device(conn)?;
    devices.truncate(MAX_DESK_DEVICES);
    Ok(ComplaintDesk { devices })
}

/// Every enrolled device of every complaint handler, newest first. A filing wraps its key
/// for the newest [`MAX_DESK_DEVICES`]; any others get it from a colleague's device
/// ([`share_keys`]).
fn every_desk_device(conn: &mut DbConn) -> Result<Vec<DeskDevice>, ComplaintsError> {
    let mut devices = Vec::new();
    for account in accounts::with_role(conn, AccountRole::ComplaintHandler)? {
        for d in accounts::devices(conn, account)? {
            if d.revoked_at.is_none() {
                devices.push((
                    d.created_at,
                    DeskDevice {
                        device_id: d.id,
                        account_id: account,
                        bundle: keys::lasting_bundle(&d),
                    },
                ));
            }
        }
    }
    devices.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.device_id.cmp(&b.1.device_id)));
    Ok(devices.into_iter().map(|(_, d)| d).collect())
}

/// The audit event of an action on one complaint: it names the complaint and nothing
/// else, so it shows in no person's or case's access log.
fn event(actor: impl Into<Actor>, action: Action, id: &str) -> Result<Event, ComplaintsError> {
    let id = ComplaintId::parse(id).map_err(|_| bad("id"))?;
    Ok(Event::new(actor, action).subject(Subject::Complaint(id)))
}

/// The complaint handlers split by a complaint about `about`: those it may be shown to,
/// and those it is hidden from (the people it is about and everyone they supervise).
fn split_desk(
    conn: &mut DbConn,
    about: &[String],
) -> Result<(Vec<AccountId>, Vec<AccountId>), ComplaintsError> {
    let (mut readers, mut hidden) = (Vec::new(), Vec::new());
    for account in accounts::with_role(conn, AccountRole::ComplaintHandler)? {
        if hidden_from(conn, about, account)? {
            hidden.push(account);
        } else {
            readers.push(account);
        }
    }
    Ok((readers, hidden))
}

/// Tells every complaint handler, content-free, that something happened at the desk
/// about `complaint`: never those it is hidden from (a ping they cannot find in their
/// queue would tell them something exists), nor the one who did it.
fn tell_desk(
    tx: &mut Tx<'_>,
    complaint: &str,
    except: Option<AccountId>,
) -> Result<(), ComplaintsError> {
    let about = repo::about(tx.conn(), complaint)?;
    let (readers, _) = split_desk(tx.conn(), &about)?;
    for account in readers.into_iter().filter(|a| Some(*a) != except) {
        tx.notify(Notice::Account {
            account,
            frame: padded_frame(false),
        });
    }
    Ok(())
}

/// Forgets the thread key wrapped for the devices of every handler the complaint is
/// hidden from (the reporter's app wrapped it for the whole desk).
fn prune_keys(tx: &mut Tx<'_>, complaint: &str) -> Result<(), ComplaintsError> {
    let about = repo::about(tx.conn(), complaint)?;
    let (_, hidden) = split_desk(tx.conn(), &about)?;
    for account in hidden {
        let devices: Vec<String> = accounts::devices(tx.conn(), account)?
            .iter()
            .map(|d| d.id.to_string())
            .collect();
        repo::delete_keys(tx, complaint, &devices)?;
    }
    Ok(())
}

/// Alerts the on-call handlers of the next tier (by the routing of every alert,
/// `platform::oncall`, with the risk the category implies), never anyone the complaint is
/// hidden from; past the last tier, every handler it may be shown to. Returns the tier
/// alerted (0: everyone).
fn alert_urgent(
    tx: &mut Tx<'_>,
    complaint: &str,
    category: &str,
    after: Option<i32>,
    now: DateTime<Utc>,
) -> Result<i32, ComplaintsError> {
    let about = repo::about(tx.conn(), complaint)?;
    let (readers, hidden) = split_desk(tx.conn(), &about)?;
    let roster: Vec<OnCall> = repo::on_call(tx.conn())?
        .into_iter()
        .filter_map(|(a, t)| {
            Some(OnCall {
                account: AccountId::parse(&a).ok()?,
                tier: u8::try_from(t).ok()?,
                specialisms: Vec::new(),
                hours: None,
            })
        })
        .collect();
    let risk = match ComplaintCategory::parse(category) {
        Some(ComplaintCategory::SexualExploitationOrAbuse) => RiskClass::SexualExploitation,
        Some(ComplaintCategory::HarmToChild) => RiskClass::Violence,
        _ => RiskClass::General,
    };
    let is_hidden = |a: AccountId| hidden.contains(&a);
    let after = after.and_then(|t| u8::try_from(t).ok());
    let hour = u8::try_from(now.hour()).unwrap_or(0);
    let route = oncall::route(&roster, risk, &is_hidden, hour, after, &readers);
    for account in route.targets {
        tx.notify(Notice::Account {
            account,
            frame: padded_frame(true),
        });
    }
    Ok(i32::from(route.tier))
}

/// Whether anything about the child of `case` (alerts, check-ins, calls for help) must
/// never reach `account`: a complaint linked to the case, or one the child filed while
/// enrolled (before anyone linked it), names them or someone above them in the chain of
/// supervision.
pub fn hidden_in_case(
    conn: &mut DbConn,
    case: CaseId,
    child: AccountId,
    account: AccountId,
) -> Result<bool, ComplaintsError> {
    let about = repo::about_case(conn, &case.to_string(), &child.to_string())?;
    hidden_from(conn, &about, account)
}

/// What a filing checked before its transaction: the proof, and the lookup's hash.
#[derive(Debug)]
pub struct Filing {
    pub request: FileComplaint,
    pub lookup_hash: Vec<u8>,
    pub filed_by: Option<AccountId>,
}

/// Validates the parts of a filing that need no database.
pub fn check_filing(req: &FileComplaint) -> Result<(), ComplaintsError> {
    if req.lookup.0.len() != 32 {
        return Err(ComplaintsError::InvalidField("lookup"));
    }
    if !(16..=256).contains(&req.reporter_key.0.len()) {
        return Err(ComplaintsError::InvalidField("reporter_key"));
    }
    if req.body.0.is_empty() || req.body.0.len() > MAX_ENTRY_BYTES {
        return Err(ComplaintsError::InvalidField("body"));
    }
    if req.keys.len() > MAX_DESK_DEVICES
        || req
            .keys
            .iter()
            .any(|k| k.content.0.is_empty() || k.content.0.len() > 16_384)
    {
        return Err(ComplaintsError::InvalidField("keys"));
    }
    if kinbridge_l10n::Locale::parse(&req.locale).is_err() {
        return Err(ComplaintsError::InvalidField("locale"));
    }
    Ok(())
}

/// Files a complaint: stored, the desk told, on-call handlers alerted if urgent.
pub fn file(
    tx: &mut Tx<'_>,
    clocks: Clocks,
    filing: Filing,
    now: DateTime<Utc>,
) -> Result<ComplaintStatus, ComplaintsError> {
    let req = filing.request;
    let desk: BTreeMap<DeviceId, AccountId> = desk(tx.conn())?
        .devices
        .into_iter()
        .map(|d| (d.device_id, d.account_id))
        .collect();
    if desk.is_empty() {
        return Err(ComplaintsError::DeskUnavailable);
    }
    let given: BTreeSet<DeviceId> = req.keys.iter().map(|k| k.device_id).collect();
    if given.len() != req.keys.len() || given != desk.keys().copied().collect() {
        return Err(ComplaintsError::DeskChanged);
    }
    let about = match req.about {
        Some(a) => {
            if !may_be_named(tx.conn(), a)? {
                return Err(ComplaintsError::InvalidField("about"));
            }
            Some(a)
        }
        None => None,
    };
    // Somebody at the desk must be able to read it: a complaint about the only handlers
    // (or those above every handler) would reach nobody, and the reporter must know.
    if let Some(a) = about {
        if split_desk(tx.conn(), &[a.to_string()])?.0.is_empty() {
            return Err(ComplaintsError::DeskUnavailable);
        }
    }
    let id = ComplaintId::random().to_string();
    let filed = to_db_time(now);
    let row = repo::ComplaintRow {
        id: id.clone(),
        category: req.category.as_str().to_owned(),
        urgent: req.urgent,
        status: ComplaintStatus::Received.as_str().to_owned(),
        locale: req.locale.clone(),
        band: req.band.as_str().to_owned(),
        lookup_hash: filing.lookup_hash,
        reporter_key: req.reporter_key.0,
        filed_by: filing.filed_by.map(|a| a.to_string()),
        filed_at: filed,
        acknowledged_at: None,
        acknowledged_by: None,
        ack_due: to_db_time(now + clocks.acknowledge),
        ack_warned_at: None,
        feedback_due: to_db_time(clocks.feedback_from(now + clocks.acknowledge)),
        feedback_at: None,
        feedback_warned_at: None,
        urgent_tier: None,
        urgent_alerted_at: None,
        assigned_to: None,
        labels: String::new(),
        case_id: None,
        last_reporter_at: filed,
        closed_at: None,
        expiry_warned_at: None,
    };
    if repo::by_lookup(tx.conn(), &row.lookup_hash)?.is_some() {
        // A receipt is random and used once; the same one twice is a client bug.
        return Err(ComplaintsError::InvalidField("lookup"));
    }
    repo::insert(tx, &row)?;
    let keys: Vec<(String, Vec<u8>)> = req
        .keys
        .into_iter()
        .map(|k| (k.device_id.to_string(), k.content.0))
        .collect();
    repo::insert_keys(tx, &id, &keys, None)?;
    if let Some(a) = about {
        repo::add_about(tx, &id, &a.to_string())?;
        prune_keys(tx, &id)?;
    }
    repo::insert_entry(
        tx,
        &repo::EntryRow {
            complaint_id: id.clone(),
            seq: 1,
            author: EntryAuthor::Reporter.as_str().to_owned(),
            visibility: EntryVisibility::Complainant.as_str().to_owned(),
            handler: None,
            at: filed,
            body: pad(&req.body.0)?,
        },
    )?;
    let mut detail = req.category.as_str().to_owned();
    if req.urgent {
        let tier = alert_urgent(tx, &id, &row.category, None, now)?;
        let mut row = row;
        row.urgent_tier = Some(tier);
        row.urgent_alerted_at = Some(filed);
        repo::update(tx, &row)?;
        detail.push_str(&format!(" urgent tier:{tier}"));
    }
    tell_desk(tx, &id, None)?;
    // Never the filer, even when enrolled: the chain is read by supervisors.
    audit::record(
        tx,
        event(Actor::Anonymous, Action::ComplaintFile, &id)?.detail(detail),
        now,
    )?;
    Ok(ComplaintStatus::Received)
}

fn entry(r: repo::EntryRow, for_reporter: bool) -> Result<ComplaintEntry, StorageError> {
    Ok(ComplaintEntry {
        seq: u32::try_from(r.seq).map_err(|_| bad("seq"))?,
        author: EntryAuthor::parse(&r.author).ok_or_else(|| bad("author"))?,
        visibility: EntryVisibility::parse(&r.visibility).ok_or_else(|| bad("visibility"))?,
        handler: if for_reporter {
            None
        } else {
            r.handler.as_deref().and_then(|h| AccountId::parse(h).ok())
        },
        at: from_db_time(r.at),
        body: B64(unpad(&r.body)),
    })
}

fn status_of(row: &repo::ComplaintRow) -> Result<ComplaintStatus, StorageError> {
    ComplaintStatus::parse(&row.status).ok_or_else(|| bad("status"))
}

/// The reporter's view, found by the hash of their lookup.
pub fn read_by_receipt(
    conn: &mut DbConn,
    lookup_hash: &[u8],
    now: DateTime<Utc>,
) -> Result<Recorded<ReporterView>, ComplaintsError> {
    let row = repo::by_lookup(conn, lookup_hash)?.ok_or(ComplaintsError::NotFound)?;
    let entries = repo::entries(conn, &row.id)?
        .into_iter()
        .filter(|e| e.visibility == EntryVisibility::Complainant.as_str())
        .map(|e| entry(e, true))
        .collect::<Result<_, _>>()?;
    let view = ReporterView {
        status: status_of(&row)?,
        category: ComplaintCategory::parse(&row.category).ok_or_else(|| bad("category"))?,
        urgent: row.urgent,
        band: AgeBand::parse(&row.band).ok_or_else(|| bad("band"))?,
        filed_at: from_db_time(row.filed_at),
        acknowledged_at: row.acknowledged_at.map(from_db_time),
        reporter_key: B64(row.reporter_key.clone()),
        locale: row.locale.clone(),
        entries,
    };
    Ok(Recorded::new(
        view,
        event(Actor::Anonymous, Action::ComplaintRead, &row.id)?,
        now,
    ))
}

/// The reporter adds to their complaint.
pub fn follow_up(
    tx: &mut Tx<'_>,
    lookup_hash: &[u8],
    body: &[u8],
    now: DateTime<Utc>,
) -> Result<u32, ComplaintsError> {
    let mut row = repo::by_lookup(tx.conn(), lookup_hash)?.ok_or(ComplaintsError::NotFound)?;
    // One writer to a thread at a time (PostgreSQL; SQLite has one writer anyway).
    repo::lock(tx, &row.id)?;
    let seq = repo::next_seq(tx.conn(), &row.id)?;
    repo::insert_entry(
        tx,
        &repo::EntryRow {
            complaint_id: row.id.clone(),
            seq,
            author: EntryAuthor::Reporter.as_str().to_owned(),
            visibility: EntryVisibility::Complainant.as_str().to_owned(),
            handler: None,
            at: to_db_time(now),
            body: pad(body)?,
        },
    )?;
    row.last_reporter_at = to_db_time(now);
    // A reporter writing again stops any expiry in progress (and says so in the chain).
    let postponed = row.expiry_warned_at.take().is_some();
    repo::update(tx, &row)?;
    tell_desk(tx, &row.id, None)?;
    audit::record(
        tx,
        event(Actor::Anonymous, Action::ComplaintFollowUp, &row.id)?,
        now,
    )?;
    if postponed {
        audit::record(
            tx,
            event(Actor::System, Action::ComplaintExpiryWarn, &row.id)?
                .detail("postponed: the reporter wrote"),
            now,
        )?;
    }
    Ok(u32::try_from(seq).unwrap_or(0))
}

/// Whether a complaint about `about` is hidden from `account`: it is about them, or about
/// someone above them in the chain of supervision.
fn hidden_from(
    conn: &mut DbConn,
    about: &[String],
    account: AccountId,
) -> Result<bool, ComplaintsError> {
    if about.is_empty() {
        return Ok(false);
    }
    if about.contains(&account.to_string()) {
        return Ok(true);
    }
    Ok(accounts::supervisors_of(conn, account)?
        .iter()
        .any(|s| about.contains(&s.to_string())))
}

/// A complaint the calling handler may see (anything else: not found).
fn load_visible(
    conn: &mut DbConn,
    caller: &Caller,
    id: ComplaintId,
) -> Result<(repo::ComplaintRow, Vec<String>), ComplaintsError> {
    is_handler(caller)?;
    let row = repo::find(conn, &id.to_string())?.ok_or(ComplaintsError::NotFound)?;
    let about = repo::about(conn, &row.id)?;
    if hidden_from(conn, &about, caller.account_id)? {
        return Err(ComplaintsError::NotFound);
    }
    Ok((row, about))
}

fn deadline(
    start: DateTime<Utc>,
    due: DateTime<Utc>,
    met: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Deadline {
    let warn_at = start + (due - start) * 4 / 5;
    Deadline {
        due_at: due,
        met_at: met,
        warning: met.is_none() && now >= warn_at,
        breached: match met {
            Some(m) => m > due,
            None => now > due,
        },
    }
}

fn summary(row: &repo::ComplaintRow, now: DateTime<Utc>) -> Result<ComplaintSummary, StorageError> {
    let filed = from_db_time(row.filed_at);
    Ok(ComplaintSummary {
        id: ComplaintId::parse(&row.id).map_err(|_| bad("id"))?,
        category: ComplaintCategory::parse(&row.category).ok_or_else(|| bad("category"))?,
        urgent: row.urgent,
        status: status_of(row)?,
        locale: row.locale.clone(),
        band: AgeBand::parse(&row.band).ok_or_else(|| bad("band"))?,
        filed_at: filed,
        acknowledged_at: row.acknowledged_at.map(from_db_time),
        acknowledge: deadline(
            filed,
            from_db_time(row.ack_due),
            row.acknowledged_at.map(from_db_time),
            now,
        ),
        feedback: deadline(
            filed,
            from_db_time(row.feedback_due),
            row.feedback_at.map(from_db_time),
            now,
        ),
        escalation_tier: match (row.urgent, row.acknowledged_at, row.urgent_tier) {
            (true, None, Some(t)) => u8::try_from(t).ok(),
            _ => None,
        },
        assigned_to: row
            .assigned_to
            .as_deref()
            .and_then(|a| AccountId::parse(a).ok()),
        labels: row
            .labels
            .split(' ')
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect(),
        case_id: row.case_id.as_deref().and_then(|c| CaseId::parse(c).ok()),
        filed_while_enrolled: row.filed_by.is_some(),
    })
}

/// The rows the caller may see.
fn visible_rows(
    conn: &mut DbConn,
    caller: &Caller,
) -> Result<Vec<repo::ComplaintRow>, ComplaintsError> {
    let mut me: BTreeSet<String> = accounts::supervisors_of(conn, caller.account_id)?
        .iter()
        .map(ToString::to_string)
        .collect();
    me.insert(caller.account_id.to_string());
    let hidden: BTreeSet<String> = repo::about_all(conn)?
        .into_iter()
        .filter(|(_, a)| me.contains(a))
        .map(|(c, _)| c)
        .collect();
    Ok(repo::all(conn)?
        .into_iter()
        .filter(|r| !hidden.contains(&r.id))
        .collect())
}

/// The desk's queue: every complaint the calling handler may see, newest first.
pub fn queue(
    conn: &mut DbConn,
    caller: &Caller,
    open_only: bool,
    now: DateTime<Utc>,
) -> Result<Recorded<Vec<ComplaintSummary>>, ComplaintsError> {
    is_handler(caller)?;
    let list: Vec<ComplaintSummary> = visible_rows(conn, caller)?
        .iter()
        .filter(|r| !open_only || r.status != ComplaintStatus::Closed.as_str())
        .map(|r| summary(r, now))
        .collect::<Result<_, _>>()?;
    let detail = format!("count:{}", list.len());
    Ok(Recorded::new(
        list,
        Event::new(caller, Action::ComplaintsList).detail(detail),
        now,
    ))
}

/// One complaint for a handler, with this device's wrapped key.
pub fn view(
    conn: &mut DbConn,
    caller: &Caller,
    id: ComplaintId,
    now: DateTime<Utc>,
) -> Result<Recorded<ComplaintView>, ComplaintsError> {
    let (row, about) = load_visible(conn, caller, id)?;
    let key = repo::key_for(conn, &row.id, &caller.device_id.to_string())?.map(
        |(content, account, device)| DeskKey {
            content: B64(content),
            from_account: account.as_deref().and_then(|a| AccountId::parse(a).ok()),
            from_device: device.and_then(|d| u32::try_from(d).ok()),
        },
    );
    let entries = repo::entries(conn, &row.id)?
        .into_iter()
        .map(|e| entry(e, false))
        .collect::<Result<_, _>>()?;
    let value = ComplaintView {
        summary: summary(&row, now)?,
        key,
        entries,
        about: about
            .iter()
            .filter_map(|a| AccountId::parse(a).ok())
            .collect(),
    };
    Ok(Recorded::new(
        value,
        event(caller, Action::ComplaintView, &row.id)?,
        now,
    ))
}

/// The desk devices that may read a complaint but hold no key for it (they joined the
/// desk after the filing): a colleague's device that can open it wraps the key for them.
pub fn missing_keys(
    conn: &mut DbConn,
    caller: &Caller,
    id: ComplaintId,
    now: DateTime<Utc>,
) -> Result<Recorded<Vec<DeskDevice>>, ComplaintsError> {
    let (row, about) = load_visible(conn, caller, id)?;
    let have: BTreeSet<String> = repo::key_devices(conn, &row.id)?.into_iter().collect();
    let mut missing = Vec::new();
    for d in every_desk_device(conn)? {
        if !have.contains(&d.device_id.to_string()) && !hidden_from(conn, &about, d.account_id)? {
            missing.push(d);
        }
    }
    let detail = format!("keys-missing:{}", missing.len());
    Ok(Recorded::new(
        missing,
        event(caller, Action::ComplaintView, &row.id)?.detail(detail),
        now,
    ))
}

/// A handler's device wraps the thread key for desk devices that have none (only those
/// the complaint may be shown to).
pub fn share_keys(
    tx: &mut Tx<'_>,
    caller: &Caller,
    id: ComplaintId,
    keys: &[kinbridge_protocol::complaints::WrappedKey],
    now: DateTime<Utc>,
) -> Result<usize, ComplaintsError> {
    let (row, about) = load_visible(tx.conn(), caller, id)?;
    let have: BTreeSet<String> = repo::key_devices(tx.conn(), &row.id)?.into_iter().collect();
    let mut allowed = BTreeSet::new();
    for d in every_desk_device(tx.conn())? {
        if !hidden_from(tx.conn(), &about, d.account_id)? {
            allowed.insert(d.device_id);
        }
    }
    let distinct: BTreeSet<DeviceId> = keys.iter().map(|k| k.device_id).collect();
    if keys.len() > MAX_DESK_DEVICES || distinct.len() != keys.len() {
        return Err(ComplaintsError::InvalidField("keys"));
    }
    let mut rows = Vec::new();
    for k in keys {
        if k.content.0.is_empty() || k.content.0.len() > 16_384 {
            return Err(ComplaintsError::InvalidField("keys"));
        }
        if !allowed.contains(&k.device_id) {
            return Err(ComplaintsError::DeskChanged);
        }
        // A key already there stays: the first wrap wins, nothing is replaced.
        if !have.contains(&k.device_id.to_string()) {
            rows.push((k.device_id.to_string(), k.content.0.clone()));
        }
    }
    let stored = repo::insert_keys(
        tx,
        &row.id,
        &rows,
        Some((caller.account_id.to_string(), caller.device_number)),
    )?;
    audit::record(
        tx,
        event(caller, Action::ComplaintKeysShare, &row.id)?.detail(format!("keys:{stored}")),
        now,
    )?;
    Ok(stored)
}

/// A person of the desk has seen it: the acknowledgement deadline is met, the feedback
/// deadline runs from now (if that is sooner), an urgent alert stops escalating.
fn acknowledge_row(
    row: &mut repo::ComplaintRow,
    caller: &Caller,
    clocks: Clocks,
    now: DateTime<Utc>,
) -> bool {
    if row.acknowledged_at.is_some() {
        return false;
    }
    row.acknowledged_at = Some(to_db_time(now));
    row.acknowledged_by = Some(caller.account_id.to_string());
    let feedback = to_db_time(clocks.feedback_from(now));
    if feedback < row.feedback_due {
        row.feedback_due = feedback;
    }
    if row.status == ComplaintStatus::Received.as_str() {
        row.status = ComplaintStatus::Acknowledged.as_str().to_owned();
    }
    true
}

pub fn acknowledge(
    tx: &mut Tx<'_>,
    caller: &Caller,
    clocks: Clocks,
    id: ComplaintId,
    now: DateTime<Utc>,
) -> Result<ComplaintSummary, ComplaintsError> {
    let (mut row, _) = load_visible(tx.conn(), caller, id)?;
    if acknowledge_row(&mut row, caller, clocks, now) {
        repo::update(tx, &row)?;
        tell_desk(tx, &row.id, Some(caller.account_id))?;
        audit::record(
            tx,
            event(caller, Action::ComplaintAcknowledge, &row.id)?,
            now,
        )?;
    }
    Ok(summary(&row, now)?)
}

fn add_desk_entry(
    tx: &mut Tx<'_>,
    caller: &Caller,
    row: &repo::ComplaintRow,
    visibility: EntryVisibility,
    body: &[u8],
    now: DateTime<Utc>,
) -> Result<(), ComplaintsError> {
    repo::lock(tx, &row.id)?;
    let seq = repo::next_seq(tx.conn(), &row.id)?;
    repo::insert_entry(
        tx,
        &repo::EntryRow {
            complaint_id: row.id.clone(),
            seq,
            author: EntryAuthor::Desk.as_str().to_owned(),
            visibility: visibility.as_str().to_owned(),
            handler: Some(caller.account_id.to_string()),
            at: to_db_time(now),
            body: pad(body)?,
        },
    )?;
    audit::record(
        tx,
        event(caller, Action::ComplaintReply, &row.id)?.detail(visibility.as_str()),
        now,
    )?;
    Ok(())
}

/// A reply to the reporter (which also acknowledges) or an internal note.
pub fn add_entry(
    tx: &mut Tx<'_>,
    caller: &Caller,
    clocks: Clocks,
    id: ComplaintId,
    visibility: EntryVisibility,
    body: &[u8],
    now: DateTime<Utc>,
) -> Result<ComplaintSummary, ComplaintsError> {
    let (mut row, _) = load_visible(tx.conn(), caller, id)?;
    add_desk_entry(tx, caller, &row, visibility, body, now)?;
    if visibility == EntryVisibility::Complainant && acknowledge_row(&mut row, caller, clocks, now)
    {
        repo::update(tx, &row)?;
        audit::record(
            tx,
            event(caller, Action::ComplaintAcknowledge, &row.id)?,
            now,
        )?;
    }
    tell_desk(tx, &row.id, Some(caller.account_id))?;
    Ok(summary(&row, now)?)
}

/// Moves a complaint. Deadlines stay as they are: only an acknowledgement meets the first,
/// and only a message to the reporter with `referred`, `action_taken` or `closed` meets
/// the feedback deadline.
pub fn change_status(
    tx: &mut Tx<'_>,
    caller: &Caller,
    clocks: Clocks,
    id: ComplaintId,
    change: &StatusChange,
    now: DateTime<Utc>,
) -> Result<ComplaintSummary, ComplaintsError> {
    let (mut row, _) = load_visible(tx.conn(), caller, id)?;
    if change.status == ComplaintStatus::Received {
        return Err(ComplaintsError::InvalidField("status"));
    }
    let from = row.status.clone();
    let acknowledged = acknowledge_row(&mut row, caller, clocks, now);
    row.status = change.status.as_str().to_owned();
    if change.status == ComplaintStatus::Closed {
        if row.closed_at.is_none() {
            row.closed_at = Some(to_db_time(now));
        }
    } else {
        row.closed_at = None;
        row.expiry_warned_at = None;
    }
    if let Some(message) = &change.message {
        add_desk_entry(
            tx,
            caller,
            &row,
            EntryVisibility::Complainant,
            &message.0,
            now,
        )?;
        let feedback = matches!(
            change.status,
            ComplaintStatus::Referred | ComplaintStatus::ActionTaken | ComplaintStatus::Closed
        );
        if feedback && row.feedback_at.is_none() {
            row.feedback_at = Some(to_db_time(now));
        }
    }
    repo::update(tx, &row)?;
    if acknowledged {
        audit::record(
            tx,
            event(caller, Action::ComplaintAcknowledge, &row.id)?,
            now,
        )?;
    }
    audit::record(
        tx,
        event(caller, Action::ComplaintStatusChange, &row.id)?
            .detail(format!("{from}->{}", change.status)),
        now,
    )?;
    tell_desk(tx, &row.id, Some(caller.account_id))?;
    Ok(summary(&row, now)?)
}

fn valid_label(l: &str) -> bool {
    (1..=32).contains(&l.len())
        && l.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Assignment, labels, a linked case, who it is about, category, urgency.
pub fn triage(
    tx: &mut Tx<'_>,
    caller: &Caller,
    id: ComplaintId,
    t: &Triage,
    now: DateTime<Utc>,
) -> Result<ComplaintSummary, ComplaintsError> {
    let (mut row, mut about) = load_visible(tx.conn(), caller, id)?;
    if t.about.len() > 8 {
        return Err(ComplaintsError::InvalidField("about"));
    }
    let mut changed = Vec::new();
    for &a in &t.about {
        if !may_be_named(tx.conn(), a)? {
            return Err(ComplaintsError::InvalidField("about"));
        }
        repo::add_about(tx, &row.id, &a.to_string())?;
        about.push(a.to_string());
    }
    if !t.about.is_empty() {
        if split_desk(tx.conn(), &about)?.0.is_empty() {
            // Nobody could read it any more: refuse rather than lose it.
            return Err(ComplaintsError::InvalidField("about"));
        }
        prune_keys(tx, &row.id)?;
        if let Some(a) = row
            .assigned_to
            .as_deref()
            .and_then(|a| AccountId::parse(a).ok())
        {
            if hidden_from(tx.conn(), &about, a)? {
                row.assigned_to = None;
            }
        }
    }
    if !t.about.is_empty() {
        changed.push(format!("about:{}", t.about.len()));
    }
    if let Some(assigned) = t.assigned_to {
        if let Some(a) = assigned {
            let handler = accounts::find(tx.conn(), a)?
                .is_some_and(|acc| acc.role == AccountRole::ComplaintHandler);
            if !handler || hidden_from(tx.conn(), &about, a)? {
                return Err(ComplaintsError::InvalidField("assigned_to"));
            }
        }
        row.assigned_to = assigned.map(|a| a.to_string());
        changed.push("assigned".to_owned());
    }
    if let Some(labels) = &t.labels {
        if labels.len() > 8 || !labels.iter().all(|l| valid_label(l)) {
            return Err(ComplaintsError::InvalidField("labels"));
        }
        let set: BTreeSet<&str> = labels.iter().map(String::as_str).collect();
        row.labels = set.into_iter().collect::<Vec<_>>().join(" ");
        changed.push("labels".to_owned());
    }
    if let Some(case) = t.case_id {
        if let Some(c) = case {
            if !crate::platform::reach::case_exists(tx.conn(), c)? {
                return Err(ComplaintsError::InvalidField("case_id"));
            }
        }
        row.case_id = case.map(|c| c.to_string());
        changed.push("case".to_owned());
    }
    if let Some(category) = t.category {
        row.category = category.as_str().to_owned();
        changed.push(format!("category:{category}"));
    }
    if let Some(urgent) = t.urgent {
        let newly = urgent && !row.urgent && row.acknowledged_at.is_none();
        row.urgent = urgent;
        changed.push(format!("urgent:{urgent}"));
        if newly {
            let tier = alert_urgent(tx, &row.id, &row.category, None, now)?;
            row.urgent_tier = Some(tier);
            row.urgent_alerted_at = Some(to_db_time(now));
        }
    }
    repo::update(tx, &row)?;
    audit::record(
        tx,
        event(caller, Action::ComplaintTriage, &row.id)?.detail(changed.join(" ")),
        now,
    )?;
    Ok(summary(&row, now)?)
}

/// The calling handler goes on call in a tier, or off call.
pub fn set_on_call(
    tx: &mut Tx<'_>,
    caller: &Caller,
    tier: Option<u8>,
    now: DateTime<Utc>,
) -> Result<(), ComplaintsError> {
    is_handler(caller)?;
    if tier.is_some_and(|t| !(1..=5).contains(&t)) {
        return Err(ComplaintsError::InvalidField("tier"));
    }
    repo::set_on_call(
        tx,
        &caller.account_id.to_string(),
        tier.map(i32::from),
        to_db_time(now),
    )?;
    audit::record(
        tx,
        Event::new(caller, Action::ComplaintOnCallSet)
            .detail(tier.map_or("off".to_owned(), |t| format!("tier:{t}"))),
        now,
    )?;
    Ok(())
}

/// An admin gives or takes the custodian right.
pub fn set_custodian(
    tx: &mut Tx<'_>,
    caller: &Caller,
    account: AccountId,
    custodian: bool,
    now: DateTime<Utc>,
) -> Result<(), ComplaintsError> {
    if caller.role != AccountRole::Admin {
        return Err(ComplaintsError::Forbidden);
    }
    let handler = accounts::find(tx.conn(), account)?
        .is_some_and(|acc| acc.role == AccountRole::ComplaintHandler);
    if !handler {
        return Err(ComplaintsError::InvalidField("account_id"));
    }
    repo::set_custodian(
        tx,
        &account.to_string(),
        custodian,
        &caller.account_id.to_string(),
        to_db_time(now),
    )?;
    audit::record(
        tx,
        Event::new(caller, Action::ComplaintCustodianSet)
            .subject(Subject::Account(account))
            .detail(if custodian { "granted" } else { "taken" }),
        now,
    )?;
    Ok(())
}

fn identity_view(
    r: repo::IdentityRow,
    reporter: Option<AccountId>,
) -> Result<IdentityRequestView, StorageError> {
    let id = |raw: &str| AccountId::parse(raw).map_err(|_| bad("account"));
    Ok(IdentityRequestView {
        complaint_id: ComplaintId::parse(&r.complaint_id).map_err(|_| bad("id"))?,
        requested_by: id(&r.requested_by)?,
        requested_at: from_db_time(r.requested_at),
        reason: B64(r.reason),
        state: IdentityRequestState::parse(&r.state).ok_or_else(|| bad("state"))?,
        decided_by: r.decided_by.as_deref().map(id).transpose()?,
        decided_at: r.decided_at.map(from_db_time),
        reporter,
        id: r.id,
    })
}

/// A handler asks to learn who filed a complaint (filed while enrolled).
pub fn request_identity(
    tx: &mut Tx<'_>,
    caller: &Caller,
    id: ComplaintId,
    reason: &[u8],
    now: DateTime<Utc>,
) -> Result<IdentityRequestView, ComplaintsError> {
    let (row, _) = load_visible(tx.conn(), caller, id)?;
    if row.filed_by.is_none() {
        return Err(ComplaintsError::NoIdentity);
    }
    if reason.is_empty() || reason.len() > 16_384 {
        return Err(ComplaintsError::InvalidField("reason"));
    }
    let request = repo::IdentityRow {
        id: Uuid::new_v4().to_string(),
        complaint_id: row.id.clone(),
        requested_by: caller.account_id.to_string(),
        requested_at: to_db_time(now),
        reason: reason.to_vec(),
        state: IdentityRequestState::Pending.as_str().to_owned(),
        decided_by: None,
        decided_at: None,
    };
    repo::insert_identity_request(tx, &request)?;
    audit::record(
        tx,
        event(caller, Action::ComplaintIdentityRequest, &row.id)?,
        now,
    )?;
    tell_desk(tx, &row.id, Some(caller.account_id))?;
    Ok(identity_view(request, None)?)
}

/// A second handler with the custodian right approves or refuses; never the requester.
pub fn decide_identity(
    tx: &mut Tx<'_>,
    caller: &Caller,
    id: ComplaintId,
    request: &str,
    approve: bool,
    now: DateTime<Utc>,
) -> Result<IdentityRequestView, ComplaintsError> {
    let (row, _) = load_visible(tx.conn(), caller, id)?;
    let r = repo::identity_requests(tx.conn(), &row.id)?
        .into_iter()
        .find(|r| r.id == request)
        .ok_or(ComplaintsError::RequestNotFound)?;
    if r.requested_by == caller.account_id.to_string() {
        return Err(ComplaintsError::SelfApproval);
    }
    if !repo::is_custodian(tx.conn(), &caller.account_id.to_string())? {
        return Err(ComplaintsError::NotCustodian);
    }
    if r.state != IdentityRequestState::Pending.as_str() {
        return Err(ComplaintsError::RequestDecided);
    }
    let state = if approve {
        IdentityRequestState::Approved
    } else {
        IdentityRequestState::Refused
    };
    if !repo::decide_identity_request(
        tx,
        &r.id,
        state.as_str(),
        &caller.account_id.to_string(),
        to_db_time(now),
    )? {
        return Err(ComplaintsError::RequestDecided);
    }
    audit::record(
        tx,
        event(caller, Action::ComplaintIdentityDecide, &row.id)?.detail(state.as_str()),
        now,
    )?;
    tell_desk(tx, &row.id, Some(caller.account_id))?;
    let decided = repo::IdentityRow {
        state: state.as_str().to_owned(),
        decided_by: Some(caller.account_id.to_string()),
        decided_at: Some(to_db_time(now)),
        ..r
    };
    Ok(identity_view(decided, None)?)
}

/// The identity requests of a complaint; the requester of an approved one sees who filed
/// (and that reading is its own audit event).
pub fn identity_requests(
    conn: &mut DbConn,
    caller: &Caller,
    id: ComplaintId,
    now: DateTime<Utc>,
) -> Result<Recorded<Vec<IdentityRequestView>>, ComplaintsError> {
    let (row, _) = load_visible(conn, caller, id)?;
    let me = caller.account_id.to_string();
    let mut revealed = false;
    let mut out = Vec::new();
    for r in repo::identity_requests(conn, &row.id)? {
        let reporter = if r.requested_by == me && r.state == IdentityRequestState::Approved.as_str()
        {
            revealed = true;
            row.filed_by
                .as_deref()
                .and_then(|a| AccountId::parse(a).ok())
        } else {
            None
        };
        out.push(identity_view(r, reporter)?);
    }
    let action = if revealed {
        Action::ComplaintIdentityReveal
    } else {
        Action::ComplaintView
    };
    Ok(Recorded::new(
        out,
        event(caller, action, &row.id)?.detail("identity-requests"),
        now,
    ))
}

/// Counts for handlers and supervisors, over the complaints the caller may see.
pub fn metrics(
    conn: &mut DbConn,
    caller: &Caller,
    now: DateTime<Utc>,
) -> Result<Recorded<ComplaintMetrics>, ComplaintsError> {
    if !matches!(
        caller.role,
        AccountRole::ComplaintHandler | AccountRole::Supervisor
    ) {
        return Err(ComplaintsError::NotHandler);
    }
    let rows = visible_rows(conn, caller)?;
    let mut m = ComplaintMetrics {
        total: 0,
        open: 0,
        urgent_open: 0,
        by_category: ComplaintCategory::ALL
            .iter()
            .map(|&category| CategoryCount { category, count: 0 })
            .collect(),
        by_status: ComplaintStatus::ALL
            .iter()
            .map(|&status| StatusCount { status, count: 0 })
            .collect(),
        acknowledge_breached: 0,
        feedback_breached: 0,
        acknowledge_warning: 0,
        feedback_warning: 0,
    };
    for r in &rows {
        let s = summary(r, now)?;
        m.total += 1;
        if s.status != ComplaintStatus::Closed {
            m.open += 1;
            if s.urgent {
                m.urgent_open += 1;
            }
        }
        if let Some(c) = m.by_category.iter_mut().find(|c| c.category == s.category) {
            c.count += 1;
        }
        if let Some(c) = m.by_status.iter_mut().find(|c| c.status == s.status) {
            c.count += 1;
        }
        m.acknowledge_breached += u64::from(s.acknowledge.breached);
        m.feedback_breached += u64::from(s.feedback.breached);
        m.acknowledge_warning += u64::from(s.acknowledge.warning);
        m.feedback_warning += u64::from(s.feedback.warning);
    }
    Ok(Recorded::new(
        m,
        Event::new(caller, Action::ComplaintMetricsView),
        now,
    ))
}

/// What one pass of the clocks did.
#[derive(Debug, Default, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TickReport {
    pub escalated: usize,
    pub warned: usize,
    pub expiry_warned: usize,
    pub deleted: usize,
}

/// The clocks: deadline warnings at 80 %, urgent escalation, retention of closed
/// complaints (warn, then delete).
pub fn tick(
    tx: &mut Tx<'_>,
    clocks: Clocks,
    now: DateTime<Utc>,
) -> Result<TickReport, ComplaintsError> {
    let mut report = TickReport::default();
    let t = to_db_time(now);
    for mut row in repo::all(tx.conn())? {
        let filed = from_db_time(row.filed_at);
        let mut changed = false;
        // Urgent and unacknowledged: the next tier, each time the time passes.
        if row.urgent
            && row.acknowledged_at.is_none()
            && row
                .urgent_alerted_at
                .is_none_or(|at| from_db_time(at) + clocks.urgent <= now)
        {
            let tier = alert_urgent(tx, &row.id, &row.category, row.urgent_tier, now)?;
            row.urgent_tier = Some(tier);
            row.urgent_alerted_at = Some(t);
            changed = true;
            report.escalated += 1;
            audit::record(
                tx,
                event(Actor::System, Action::ComplaintEscalate, &row.id)?
                    .detail(format!("tier:{tier}")),
                now,
            )?;
        }
        let deadlines = [
            (
                "acknowledge",
                row.ack_due,
                row.acknowledged_at,
                &mut row.ack_warned_at,
            ),
            (
                "feedback",
                row.feedback_due,
                row.feedback_at,
                &mut row.feedback_warned_at,
            ),
        ];
        for (which, due, met, warned) in deadlines {
            let d = deadline(filed, from_db_time(due), met.map(from_db_time), now);
            if d.warning && warned.is_none() {
                *warned = Some(t);
                changed = true;
                report.warned += 1;
                audit::record(
                    tx,
                    event(Actor::System, Action::ComplaintDeadlineWarn, &row.id)?.detail(which),
                    now,
                )?;
                tell_desk(tx, &row.id, None)?;
            }
        }
        // Retention: only closed, only with every deadline met, no urgent alert waiting,
        // and the reporter quiet for the grace period.
        let expirable = row
            .closed_at
            .is_some_and(|c| from_db_time(c) + clocks.keep <= now)
            && row.acknowledged_at.is_some()
            && row.feedback_at.is_some()
            && from_db_time(row.last_reporter_at) + clocks.grace <= now;
        match row.expiry_warned_at {
            None if expirable => {
                row.expiry_warned_at = Some(t);
                changed = true;
                report.expiry_warned += 1;
                audit::record(
                    tx,
                    event(Actor::System, Action::ComplaintExpiryWarn, &row.id)?,
                    now,
                )?;
                tell_desk(tx, &row.id, None)?;
            }
            Some(w) if expirable && from_db_time(w) + clocks.warn <= now => {
                repo::delete(tx, &row.id)?;
                report.deleted += 1;
                audit::record(
                    tx,
                    event(Actor::System, Action::ComplaintDelete, &row.id)?,
                    now,
                )?;
                continue;
            }
            Some(_) if !expirable => {
                row.expiry_warned_at = None;
                changed = true;
                audit::record(
                    tx,
                    event(Actor::System, Action::ComplaintExpiryWarn, &row.id)?.detail("postponed"),
                    now,
                )?;
            }
            _ => {}
        }
        if changed {
            repo::update(tx, &row)?;
        }
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn desk_frames_are_one_size_and_say_nothing() {
        for urgent in [false, true] {
            let text = serde_json::to_string(&padded_frame(urgent)).unwrap_or_default();
            assert_eq!(text.len(), DESK_FRAME_BYTES, "{text}");
            let v: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
            let keys: Vec<&String> = v
                .as_object()
                .map(|o| o.keys().collect())
                .unwrap_or_default();
            assert_eq!(keys, ["pad", "type"]);
        }
    }

    #[test]
    fn stored_entries_are_padded_to_buckets_and_read_back() {
        for n in [1usize, 1020, 1021, 4000, 20_000, MAX_ENTRY_BYTES] {
            let bytes = vec![7u8; n];
            let stored = pad(&bytes).unwrap_or_default();
            assert!(
                ENTRY_BUCKETS.contains(&stored.len()),
                "{n} → {}",
                stored.len()
            );
            assert_eq!(unpad(&stored), bytes);
        }
        assert!(pad(&[]).is_err());
        assert!(pad(&vec![0u8; MAX_ENTRY_BYTES + 1]).is_err());
    }
}
