//! Check-ins and urgent alerts for children.
//!
//! - **Check-ins**: the child's app sends how they are (a face, who they want to talk to,
//!   any words) end-to-end encrypted to their guardian and caseworker; the server records
//!   only that a check-in happened and when. A rhythm the caseworker and child agree
//!   brings a gentle invitation; a missed check-in is recorded nowhere.
//! - **"I need help now"**: the server learns that the child of a case asked for help,
//!   and routes a content-free alert to the people on call (`platform::oncall`): by the
//!   case's risk class, never to anyone a complaint linked to the case names (or to
//!   anyone they supervise), the next tier when nobody takes it within
//!   `alert_escalate_minutes`. The child is told, in their app, when a person has seen it.
//! - **Missing from care**: a caseworker or guardian reports the child missing; the same
//!   routing and clock run until someone takes it, and while it is open no new contact
//!   may be allowed and no new device enrolled for the child (`reach::is_missing`, asked
//!   by the cases and accounts capabilities). Resolving it records the outcome;
//!   supervisors see time missing in aggregate.
//!
//! Every action is an audit event on the case about the child, so the child, their
//! guardian and caseworker read it in their access log.

pub mod http;
mod repo;

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, Timelike, Utc};
use kinbridge_protocol::alerts::{
    AlertKind, AlertMetrics, AlertOutcome, AlertView, CaseRiskRequest, CheckInRecord,
    CheckInRequest, CheckIns, DutyHours, HelpRequest, HelpView, KindCount, MissingRequest,
    OutcomeCount, RhythmRequest, RiskClass, RosterEntry, RosterRequest,
};
use kinbridge_protocol::api::ServerFrame;
use kinbridge_protocol::{AccountId, AccountRole, AlertId, CaseId, MemberRole};
use uuid::Uuid;

use crate::platform::audit::{self, Action, Event, Recorded, Subject};
use crate::platform::config::Settings;
use crate::platform::db::{DbConn, StorageError, Tx, from_db_time, to_db_time};
use crate::platform::identity::Caller;
use crate::platform::notify::Notice;
use crate::platform::oncall::{self, OnCall, Route};
use crate::platform::reach::{self, Contacts};
use crate::{accounts, complaints};

#[derive(Debug, thiserror::Error)]
pub enum AlertsError {
    /// No such case, or the caller is not in it.
    #[error("case not found")]
    CaseNotFound,
    /// The person named is not the child of this case.
    #[error("member not found")]
    MemberNotFound,
    #[error("forbidden")]
    Forbidden,
    /// No such alert, or one the caller may not handle.
    #[error("alert not found")]
    NotFound,
    #[error("account not found")]
    AccountNotFound,
    #[error("already missing")]
    AlreadyOpen,
    #[error("already resolved")]
    AlreadyResolved,
    #[error("invalid field {0}")]
    InvalidField(&'static str),
    #[error(transparent)]
    Storage(StorageError),
}

crate::storage_errors!(AlertsError);

impl From<complaints::ComplaintsError> for AlertsError {
    fn from(e: complaints::ComplaintsError) -> Self {
        match e {
            complaints::ComplaintsError::Storage(s) => AlertsError::Storage(s),
            other => AlertsError::Storage(StorageError::Task(other.to_string())),
        }
    }
}

/// An alert frame says nothing but "look at your alerts", and is as long as every desk
/// frame.
fn alert_frame() -> ServerFrame {
    let used = serde_json::to_string(&ServerFrame::Alert { pad: String::new() })
        .map_or(complaints::DESK_FRAME_BYTES, |s| s.len());
    ServerFrame::Alert {
        pad: ".".repeat(complaints::DESK_FRAME_BYTES.saturating_sub(used)),
    }
}

/// The escalation clock, from the settings.
#[derive(Debug, Clone, Copy)]
pub struct Clocks {
    escalate: Duration,
}

impl Clocks {
    pub fn of(s: &Settings) -> Clocks {
        Clocks {
            escalate: Duration::minutes(i64::from(s.alert_escalate_minutes)),
        }
    }
}

fn bad(what: &str) -> StorageError {
    StorageError::Task(format!("bad {what} in alerts"))
}

fn hour_of(now: DateTime<Utc>) -> u8 {
    u8::try_from(now.hour()).unwrap_or(0)
}

/// The caller's role in the case; not a member: the case is not found.
fn role_in(conn: &mut DbConn, caller: &Caller, case: CaseId) -> Result<MemberRole, AlertsError> {
    if !reach::case_exists(conn, case)? {
        return Err(AlertsError::CaseNotFound);
    }
    reach::active_role(conn, case, caller.account_id)?.ok_or(AlertsError::CaseNotFound)
}

fn check_child(contacts: &Contacts, child: AccountId) -> Result<(), AlertsError> {
    match contacts.role_of(child) {
        Some(MemberRole::Child) => Ok(()),
        _ => Err(AlertsError::MemberNotFound),
    }
}

fn about_child(actor: &Caller, action: Action, case: CaseId, child: AccountId) -> Event {
    Event::new(actor, action)
        .case(case)
        .subject(Subject::Account(child))
}

fn view(row: &repo::AlertRow) -> Result<AlertView, StorageError> {
    let id = |s: &str| AccountId::parse(s).map_err(|_| bad("account"));
    Ok(AlertView {
        id: AlertId::parse(&row.id).map_err(|_| bad("id"))?,
        kind: AlertKind::parse(&row.kind).ok_or_else(|| bad("kind"))?,
        case_id: CaseId::parse(&row.case_id).map_err(|_| bad("case"))?,
        child: id(&row.child_id)?,
        risk: RiskClass::parse(&row.risk).ok_or_else(|| bad("risk"))?,
        raised_at: from_db_time(row.raised_at),
        raised_by: id(&row.raised_by)?,
        tier: u8::try_from(row.tier).map_err(|_| bad("tier"))?,
        alerted_at: from_db_time(row.alerted_at),
        acknowledged_at: row.acknowledged_at.map(from_db_time),
        acknowledged_by: row.acknowledged_by.as_deref().map(id).transpose()?,
        resolved_at: row.resolved_at.map(from_db_time),
        outcome: row.outcome.as_deref().and_then(AlertOutcome::parse),
    })
}

fn help_view(row: &repo::AlertRow) -> Result<HelpView, StorageError> {
    Ok(HelpView {
        alert_id: AlertId::parse(&row.id).map_err(|_| bad("id"))?,
        case_id: CaseId::parse(&row.case_id).map_err(|_| bad("case"))?,
        raised_at: from_db_time(row.raised_at),
        seen_at: row.acknowledged_at.map(from_db_time),
    })
}

fn roster_of(conn: &mut DbConn) -> Result<Vec<OnCall>, AlertsError> {
    repo::roster(conn)?
        .iter()
        .map(|r| {
            let e = entry(r)?;
            Ok(OnCall {
                account: e.account_id,
                tier: e.tier,
                specialisms: e.specialisms,
                hours: e.hours,
            })
        })
        .collect()
}

/// Who an alert about `child` of `case` goes to next: the roster by risk and tier; past
/// the last tier, everyone on the roster, the case's caseworkers and every supervisor.
/// Never anyone a complaint linked to the case (or filed by the child) names, or anyone
/// they supervise.
fn route_for(
    conn: &mut DbConn,
    (case, child): (CaseId, AccountId),
    risk: RiskClass,
    after: Option<u8>,
    now: DateTime<Utc>,
) -> Result<Route, AlertsError> {
    let roster = roster_of(conn)?;
    let contacts = Contacts::of_case(conn, case)?;
    let everyone: BTreeSet<AccountId> = roster
        .iter()
        .map(|e| e.account)
        .chain(
            contacts
                .members()
                .iter()
                .filter(|(_, r)| *r == MemberRole::Caseworker)
                .map(|(a, _)| *a),
        )
        .chain(accounts::with_role(conn, AccountRole::Supervisor)?)
        .collect();
    let mut hidden = BTreeSet::new();
    for a in &everyone {
        if complaints::hidden_in_case(conn, case, child, *a)? {
            hidden.insert(*a);
        }
    }
    let everyone: Vec<AccountId> = everyone.into_iter().collect();
    let route = oncall::route(
        &roster,
        risk,
        &|a| hidden.contains(&a),
        hour_of(now),
        after,
        &everyone,
    );
    if route.targets.is_empty() {
        tracing::error!(
            case = %case,
            "an alert reached nobody: no one on call, no caseworker of the case and no supervisor may take it"
        );
    }
    Ok(route)
}

fn send_alert(tx: &mut Tx<'_>, targets: &[AccountId]) {
    for account in targets {
        tx.notify(Notice::Account {
            account: *account,
            frame: alert_frame(),
        });
    }
}

/// Whether the caller may see and act on alerts about `child` of `case`: a supervisor, a
/// caseworker on the roster, or a caseworker of the case; never anyone a complaint linked
/// to the case (or filed by the child) names, or anyone they supervise.
fn may_handle(
    conn: &mut DbConn,
    caller: &Caller,
    (case, child): (CaseId, AccountId),
) -> Result<bool, AlertsError> {
    let may = match caller.role {
        AccountRole::Supervisor => true,
        AccountRole::Caseworker => {
            repo::on_roster(conn, &caller.account_id.to_string())?
                || reach::active_role(conn, case, caller.account_id)?
                    == Some(MemberRole::Caseworker)
        }
        _ => false,
    };
    Ok(may && !complaints::hidden_in_case(conn, case, child, caller.account_id)?)
}

/// The people the child's check-ins and the words of a call for help go to: the case's
/// caseworkers and guardians, never one a complaint linked to the case (or filed by the
/// child) names. The child's app asks before it encrypts.
pub fn carers(
    conn: &mut DbConn,
    caller: &Caller,
    case: CaseId,
) -> Result<Vec<AccountId>, AlertsError> {
    if role_in(conn, caller, case)? != MemberRole::Child {
        return Err(AlertsError::Forbidden);
    }
    let contacts = Contacts::of_case(conn, case)?;
    let mut out = Vec::new();
    for (member, role) in contacts.members() {
        if matches!(role, MemberRole::Caseworker | MemberRole::Guardian)
            && !complaints::hidden_in_case(conn, case, caller.account_id, *member)?
        {
            out.push(*member);
        }
    }
    Ok(out)
}

/// Raises an alert, routes it and records the audit event; `None` when it is not stored
/// (the same client id again, or a second open missing alert: see `repo::insert_alert`).
#[allow(clippy::too_many_arguments)]
fn raise(
    tx: &mut Tx<'_>,
    caller: &Caller,
    kind: AlertKind,
    case: CaseId,
    child: AccountId,
    client_id: Option<String>,
    action: Action,
    now: DateTime<Utc>,
) -> Result<Option<repo::AlertRow>, AlertsError> {
    let risk = repo::case_risk(tx.conn(), &case.to_string())?
        .as_deref()
        .and_then(RiskClass::parse)
        .unwrap_or(RiskClass::General);
    let route = route_for(tx.conn(), (case, child), risk, None, now)?;
    let at = to_db_time(now);
    let row = repo::AlertRow {
        id: AlertId::random().to_string(),
        kind: kind.as_str().to_owned(),
        case_id: case.to_string(),
        child_id: child.to_string(),
        risk: risk.as_str().to_owned(),
        raised_by: caller.account_id.to_string(),
        client_id,
        raised_at: at,
        tier: i32::from(route.tier),
        alerted_at: at,
        escalations: 0,
        acknowledged_at: None,
        acknowledged_by: None,
        resolved_at: None,
        resolved_by: None,
        outcome: None,
    };
    if !repo::insert_alert(tx, &row)? {
        return Ok(None);
    }
    send_alert(tx, &route.targets);
    audit::record(
        tx,
        about_child(caller, action, case, child).detail(format!(
            "alert:{} risk:{} tier:{} alerted:{}",
            row.id,
            risk.as_str(),
            route.tier,
            route.targets.len()
        )),
        now,
    )?;
    Ok(Some(row))
}

/// The child records that they checked in (what they said goes to their guardian and
/// caseworker end-to-end encrypted). The same `client_id` again is the same check-in.
pub fn check_in(
    tx: &mut Tx<'_>,
    caller: &Caller,
    case: CaseId,
    req: &CheckInRequest,
    now: DateTime<Utc>,
) -> Result<CheckInRecord, AlertsError> {
    valid_client_id(&req.client_id)?;
    if role_in(tx.conn(), caller, case)? != MemberRole::Child {
        return Err(AlertsError::Forbidden);
    }
    let child = caller.account_id.to_string();
    let row = repo::CheckInRow {
        id: Uuid::new_v4().to_string(),
        case_id: case.to_string(),
        child_id: child.clone(),
        client_id: req.client_id.clone(),
        at: to_db_time(now),
    };
    let row = if repo::insert_checkin(tx, &row)? {
        audit::record(
            tx,
            about_child(caller, Action::CheckInRecord, case, caller.account_id),
            now,
        )?;
        row
    } else {
        repo::checkin_by_client(tx.conn(), &child, &req.client_id)?
            .filter(|r| r.case_id == case.to_string())
            .ok_or(AlertsError::InvalidField("client_id"))?
    };
    Ok(CheckInRecord {
        id: row.id,
        case_id: CaseId::parse(&row.case_id).map_err(|_| bad("case"))?,
        child: caller.account_id,
        at: from_db_time(row.at),
    })
}

fn valid_client_id(id: &str) -> Result<(), AlertsError> {
    let ok = !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if ok {
        Ok(())
    } else {
        Err(AlertsError::InvalidField("client_id"))
    }
}

/// Who may read when a child checked in: the child, and the case's guardians and
/// caseworkers.
fn may_read_checkins(role: MemberRole, caller: &Caller, child: AccountId) -> bool {
    match role {
        MemberRole::Child => caller.account_id == child,
        MemberRole::Guardian | MemberRole::Caseworker => true,
        _ => false,
    }
}

/// When the child checked in (newest first, at most 60) and their rhythm.
pub fn check_ins(
    conn: &mut DbConn,
    caller: &Caller,
    case: CaseId,
    child: AccountId,
    now: DateTime<Utc>,
) -> Result<Recorded<CheckIns>, AlertsError> {
    let role = role_in(conn, caller, case)?;
    check_child(&Contacts::of_case(conn, case)?, child)?;
    if !may_read_checkins(role, caller, child) {
        return Err(AlertsError::Forbidden);
    }
    let (c, ch) = (case.to_string(), child.to_string());
    let times = repo::checkin_times(conn, &c, &ch, 60)?
        .into_iter()
        .map(from_db_time)
        .collect();
    let every_days = repo::rhythm(conn, &c, &ch)?.and_then(|r| u8::try_from(r.every_days).ok());
    Ok(Recorded::new(
        CheckIns {
            child,
            every_days,
            times,
        },
        about_child(caller, Action::CheckInsList, case, child),
        now,
    ))
}

/// The caseworker or the child sets (or, with `None`, stops) the check-in rhythm.
pub fn set_rhythm(
    tx: &mut Tx<'_>,
    caller: &Caller,
    case: CaseId,
    req: &RhythmRequest,
    now: DateTime<Utc>,
) -> Result<(), AlertsError> {
    let role = role_in(tx.conn(), caller, case)?;
    check_child(&Contacts::of_case(tx.conn(), case)?, req.child)?;
    let allowed = match role {
        MemberRole::Child => caller.account_id == req.child,
        MemberRole::Caseworker => true,
        _ => false,
    };
    if !allowed {
        return Err(AlertsError::Forbidden);
    }
    if req.every_days.is_some_and(|d| !(1..=30).contains(&d)) {
        return Err(AlertsError::InvalidField("every_days"));
    }
    let (c, ch) = (case.to_string(), req.child.to_string());
    let row = req.every_days.map(|d| repo::RhythmRow {
        case_id: c.clone(),
        child_id: ch.clone(),
        every_days: i32::from(d),
        set_by: caller.account_id.to_string(),
        set_at: to_db_time(now),
        invited_at: None,
    });
    repo::set_rhythm(tx, &c, &ch, row.as_ref())?;
    audit::record(
        tx,
        about_child(caller, Action::CheckInRhythmSet, case, req.child).detail(
            req.every_days
                .map_or("off".to_owned(), |d| format!("every_days:{d}")),
        ),
        now,
    )?;
    Ok(())
}

/// The child asks for help now. A resend with the same `client_id` (the app's outbox after
/// a lost answer) is the same request: one alert.
pub fn ask_for_help(
    tx: &mut Tx<'_>,
    caller: &Caller,
    case: CaseId,
    req: &HelpRequest,
    now: DateTime<Utc>,
) -> Result<HelpView, AlertsError> {
    valid_client_id(&req.client_id)?;
    if role_in(tx.conn(), caller, case)? != MemberRole::Child {
        return Err(AlertsError::Forbidden);
    }
    let child = caller.account_id;
    let raised = raise(
        tx,
        caller,
        AlertKind::HelpNow,
        case,
        child,
        Some(req.client_id.clone()),
        Action::HelpRequest,
        now,
    )?;
    // Not stored: this request was made before (an outbox resend): the same one.
    let row = match raised {
        Some(row) => row,
        None => repo::alert_by_client(tx.conn(), &child.to_string(), &req.client_id)?
            .filter(|r| r.case_id == case.to_string())
            .ok_or(AlertsError::InvalidField("client_id"))?,
    };
    Ok(help_view(&row)?)
}

/// The child's own calls for help, newest first (at most 20), with whether a person has
/// seen each.
pub fn my_help(conn: &mut DbConn, caller: &Caller) -> Result<Vec<HelpView>, AlertsError> {
    if caller.role != AccountRole::Child {
        return Err(AlertsError::Forbidden);
    }
    repo::of_child(
        conn,
        &caller.account_id.to_string(),
        AlertKind::HelpNow.as_str(),
        20,
    )?
    .iter()
    .map(|r| help_view(r).map_err(AlertsError::from))
    .collect()
}

/// A caseworker or guardian of the case reports the child missing.
pub fn report_missing(
    tx: &mut Tx<'_>,
    caller: &Caller,
    case: CaseId,
    req: &MissingRequest,
    now: DateTime<Utc>,
) -> Result<AlertView, AlertsError> {
    let role = role_in(tx.conn(), caller, case)?;
    if !matches!(role, MemberRole::Caseworker | MemberRole::Guardian) {
        return Err(AlertsError::Forbidden);
    }
    check_child(&Contacts::of_case(tx.conn(), case)?, req.child)?;
    // Someone a complaint by or about the child names cannot use this to cut the child
    // off from new phones and contacts.
    if complaints::hidden_in_case(tx.conn(), case, req.child, caller.account_id)? {
        return Err(AlertsError::Forbidden);
    }
    let row = raise(
        tx,
        caller,
        AlertKind::Missing,
        case,
        req.child,
        None,
        Action::MissingFlag,
        now,
    )?
    .ok_or(AlertsError::AlreadyOpen)?;
    // A code on paper may be in someone else's hands too.
    accounts::cancel_codes(tx, req.child)?;
    Ok(view(&row)?)
}

/// The open alerts the caller may handle, oldest first.
pub fn open_alerts(
    conn: &mut DbConn,
    caller: &Caller,
    now: DateTime<Utc>,
) -> Result<Recorded<Vec<AlertView>>, AlertsError> {
    if !matches!(
        caller.role,
        AccountRole::Caseworker | AccountRole::Supervisor
    ) {
        return Err(AlertsError::Forbidden);
    }
    let mut list = Vec::new();
    for row in repo::open_alerts(conn)? {
        let case = CaseId::parse(&row.case_id).map_err(|_| bad("case"))?;
        let child = AccountId::parse(&row.child_id).map_err(|_| bad("child"))?;
        if may_handle(conn, caller, (case, child))? {
            list.push(view(&row)?);
        }
    }
    let detail = format!("count:{}", list.len());
    Ok(Recorded::new(
        list,
        Event::new(caller, Action::AlertList).detail(detail),
        now,
    ))
}

/// An alert the caller may handle, its row locked for the rest of the transaction.
fn load_handled(
    tx: &mut Tx<'_>,
    caller: &Caller,
    id: AlertId,
) -> Result<(repo::AlertRow, CaseId, AccountId), AlertsError> {
    let row = repo::lock(tx, &id.to_string())?.ok_or(AlertsError::NotFound)?;
    let case = CaseId::parse(&row.case_id).map_err(|_| bad("case"))?;
    let child = AccountId::parse(&row.child_id).map_err(|_| bad("child"))?;
    if !may_handle(tx.conn(), caller, (case, child))? {
        return Err(AlertsError::NotFound);
    }
    Ok((row, case, child))
}

/// Tells the child, on their devices, that a person has seen their call for help.
fn tell_child_seen(tx: &mut Tx<'_>, row: &repo::AlertRow, case: CaseId, child: AccountId) {
    if row.kind == AlertKind::HelpNow.as_str() {
        if let Ok(alert_id) = AlertId::parse(&row.id) {
            tx.notify(Notice::Account {
                account: child,
                frame: ServerFrame::HelpSeen {
                    case_id: case,
                    alert_id,
                },
            });
        }
    }
}

/// Someone on call takes the alert: the escalation stops, and a child who asked for help
/// is told that a person has seen it. Taking it again changes nothing.
pub fn acknowledge(
    tx: &mut Tx<'_>,
    caller: &Caller,
    id: AlertId,
    now: DateTime<Utc>,
) -> Result<AlertView, AlertsError> {
    let (mut row, case, child) = load_handled(tx, caller, id)?;
    if row.resolved_at.is_some() {
        return Err(AlertsError::AlreadyResolved);
    }
    if row.acknowledged_at.is_none() {
        row.acknowledged_at = Some(to_db_time(now));
        row.acknowledged_by = Some(caller.account_id.to_string());
        repo::update_alert(tx, &row)?;
        tell_child_seen(tx, &row, case, child);
        audit::record(
            tx,
            about_child(caller, Action::AlertAcknowledge, case, child)
                .detail(format!("alert:{} kind:{}", row.id, row.kind)),
            now,
        )?;
    }
    Ok(view(&row)?)
}

/// Resolves an alert with its outcome (a missing child found: the flag lifts).
pub fn resolve(
    tx: &mut Tx<'_>,
    caller: &Caller,
    id: AlertId,
    outcome: AlertOutcome,
    now: DateTime<Utc>,
) -> Result<AlertView, AlertsError> {
    let (mut row, case, child) = load_handled(tx, caller, id)?;
    if row.resolved_at.is_some() {
        return Err(AlertsError::AlreadyResolved);
    }
    let fits = match AlertKind::parse(&row.kind) {
        Some(AlertKind::Missing) => outcome != AlertOutcome::Safe,
        Some(AlertKind::HelpNow) => outcome != AlertOutcome::FoundSafe,
        _ => true,
    };
    if !fits {
        return Err(AlertsError::InvalidField("outcome"));
    }
    let at = to_db_time(now);
    if row.acknowledged_at.is_none() {
        row.acknowledged_at = Some(at);
        row.acknowledged_by = Some(caller.account_id.to_string());
        tell_child_seen(tx, &row, case, child);
    }
    row.resolved_at = Some(at);
    row.resolved_by = Some(caller.account_id.to_string());
    row.outcome = Some(outcome.as_str().to_owned());
    repo::update_alert(tx, &row)?;
    audit::record(
        tx,
        about_child(caller, Action::AlertResolve, case, child).detail(format!(
            "alert:{} kind:{} outcome:{}",
            row.id,
            row.kind,
            outcome.as_str()
        )),
        now,
    )?;
    Ok(view(&row)?)
}

/// The case's caseworker sets the risk class its alerts are routed by.
pub fn set_case_risk(
    tx: &mut Tx<'_>,
    caller: &Caller,
    case: CaseId,
    req: &CaseRiskRequest,
    now: DateTime<Utc>,
) -> Result<(), AlertsError> {
    if role_in(tx.conn(), caller, case)? != MemberRole::Caseworker {
        return Err(AlertsError::Forbidden);
    }
    repo::set_case_risk(
        tx,
        &case.to_string(),
        req.risk.as_str(),
        &caller.account_id.to_string(),
        to_db_time(now),
    )?;
    audit::record(
        tx,
        Event::new(caller, Action::CaseRiskSet)
            .case(case)
            .detail(format!("risk:{}", req.risk.as_str())),
        now,
    )?;
    Ok(())
}

fn is_roster_keeper(caller: &Caller) -> Result<(), AlertsError> {
    if matches!(caller.role, AccountRole::Admin | AccountRole::Supervisor) {
        Ok(())
    } else {
        Err(AlertsError::Forbidden)
    }
}

fn entry(row: &repo::RosterRow) -> Result<RosterEntry, StorageError> {
    Ok(RosterEntry {
        account_id: AccountId::parse(&row.account_id).map_err(|_| bad("account"))?,
        tier: u8::try_from(row.tier).map_err(|_| bad("tier"))?,
        specialisms: row
            .specialisms
            .split(',')
            .filter(|s| !s.is_empty())
            .filter_map(RiskClass::parse)
            .collect(),
        hours: match (row.from_hour, row.to_hour) {
            (Some(f), Some(t)) => Some(DutyHours {
                from_hour: u8::try_from(f).map_err(|_| bad("hours"))?,
                to_hour: u8::try_from(t).map_err(|_| bad("hours"))?,
            }),
            _ => None,
        },
    })
}

/// The alert roster (staff on call), by tier.
pub fn roster(conn: &mut DbConn, caller: &Caller) -> Result<Vec<RosterEntry>, AlertsError> {
    if !matches!(
        caller.role,
        AccountRole::Admin | AccountRole::Supervisor | AccountRole::Caseworker
    ) {
        return Err(AlertsError::Forbidden);
    }
    repo::roster(conn)?
        .iter()
        .map(|r| entry(r).map_err(AlertsError::from))
        .collect()
}

/// An admin or supervisor puts a caseworker or supervisor on the roster (or, with
/// `None`, takes them off).
pub fn set_roster(
    tx: &mut Tx<'_>,
    caller: &Caller,
    account: AccountId,
    req: Option<&RosterRequest>,
    now: DateTime<Utc>,
) -> Result<Option<RosterEntry>, AlertsError> {
    is_roster_keeper(caller)?;
    let target = accounts::find(tx.conn(), account)?.ok_or(AlertsError::AccountNotFound)?;
    if !matches!(
        target.role,
        AccountRole::Caseworker | AccountRole::Supervisor
    ) {
        return Err(AlertsError::AccountNotFound);
    }
    let row = match req {
        None => None,
        Some(r) => {
            if !(1..=5).contains(&r.tier) {
                return Err(AlertsError::InvalidField("tier"));
            }
            let unique: BTreeSet<RiskClass> = r.specialisms.iter().copied().collect();
            if unique.len() != r.specialisms.len() || unique.contains(&RiskClass::General) {
                return Err(AlertsError::InvalidField("specialisms"));
            }
            if r.hours.is_some_and(|h| h.from_hour > 23 || h.to_hour > 23) {
                return Err(AlertsError::InvalidField("hours"));
            }
            Some(repo::RosterRow {
                account_id: account.to_string(),
                tier: i32::from(r.tier),
                specialisms: unique
                    .iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join(","),
                from_hour: r.hours.map(|h| i32::from(h.from_hour)),
                to_hour: r.hours.map(|h| i32::from(h.to_hour)),
                set_by: caller.account_id.to_string(),
                set_at: to_db_time(now),
            })
        }
    };
    repo::set_roster(tx, &account.to_string(), row.as_ref())?;
    let detail = match &row {
        None => "off".to_owned(),
        Some(r) => format!(
            "tier:{} specialisms:{} hours:{}",
            r.tier,
            r.specialisms,
            r.from_hour
                .zip(r.to_hour)
                .map_or("always".to_owned(), |(f, t)| format!("{f}-{t}"))
        ),
    };
    audit::record(
        tx,
        Event::new(caller, Action::RosterSet)
            .subject(Subject::Account(account))
            .detail(detail),
        now,
    )?;
    Ok(row.as_ref().map(entry).transpose()?)
}

/// Alerts in aggregate for supervisors and admins: counts, time missing, time to a person
/// seeing a call for help. No child, case or person is named.
pub fn metrics(
    conn: &mut DbConn,
    caller: &Caller,
    now: DateTime<Utc>,
) -> Result<Recorded<AlertMetrics>, AlertsError> {
    if !matches!(caller.role, AccountRole::Admin | AccountRole::Supervisor) {
        return Err(AlertsError::Forbidden);
    }
    let rows = repo::all_alerts(conn)?;
    let minutes = |from: chrono::NaiveDateTime, to: chrono::NaiveDateTime| {
        u64::try_from((to - from).num_minutes()).unwrap_or(0)
    };
    let median = |mut v: Vec<u64>| {
        v.sort_unstable();
        v.get(v.len() / 2).copied()
    };
    let kinds = [AlertKind::HelpNow, AlertKind::Missing]
        .iter()
        .map(|k| {
            let of: Vec<&repo::AlertRow> = rows.iter().filter(|r| r.kind == k.as_str()).collect();
            let count = |f: &dyn Fn(&repo::AlertRow) -> bool| {
                u32::try_from(of.iter().filter(|r| f(r)).count()).unwrap_or(u32::MAX)
            };
            KindCount {
                kind: *k,
                open: count(&|r| r.resolved_at.is_none()),
                resolved: count(&|r| r.resolved_at.is_some()),
                escalated: count(&|r| r.escalations > 0),
            }
        })
        .collect();
    let missing: Vec<&repo::AlertRow> = rows
        .iter()
        .filter(|r| r.kind == AlertKind::Missing.as_str())
        .collect();
    let durations: Vec<u64> = missing
        .iter()
        .filter_map(|r| r.resolved_at.map(|e| minutes(r.raised_at, e)))
        .collect();
    let t = to_db_time(now);
    let open_longest = missing
        .iter()
        .filter(|r| r.resolved_at.is_none())
        .map(|r| minutes(r.raised_at, t))
        .max();
    let missing_outcomes = AlertOutcome::ALL
        .iter()
        .map(|o| OutcomeCount {
            outcome: *o,
            count: u32::try_from(
                missing
                    .iter()
                    .filter(|r| r.outcome.as_deref() == Some(o.as_str()))
                    .count(),
            )
            .unwrap_or(u32::MAX),
        })
        .filter(|c| c.count > 0)
        .collect();
    let seen: Vec<u64> = rows
        .iter()
        .filter(|r| r.kind == AlertKind::HelpNow.as_str())
        .filter_map(|r| r.acknowledged_at.map(|a| minutes(r.raised_at, a)))
        .collect();
    let m = AlertMetrics {
        kinds,
        missing_open: u32::try_from(missing.iter().filter(|r| r.resolved_at.is_none()).count())
            .unwrap_or(u32::MAX),
        missing_median_minutes: median(durations.clone()),
        missing_longest_minutes: durations.iter().copied().max(),
        missing_open_longest_minutes: open_longest,
        missing_outcomes,
        help_median_minutes_to_seen: median(seen),
    };
    Ok(Recorded::new(
        m,
        Event::new(caller, Action::AlertMetrics),
        now,
    ))
}

/// For a person's own export: when they checked in, and the alerts about them (calls for
/// help, missing reports), whatever case they were in.
pub fn own_records(
    conn: &mut DbConn,
    account: AccountId,
) -> Result<(Vec<CheckInRecord>, Vec<AlertView>), StorageError> {
    let a = account.to_string();
    let check_ins = repo::checkins_of(conn, &a)?
        .into_iter()
        .map(|r| {
            Ok(CheckInRecord {
                case_id: CaseId::parse(&r.case_id).map_err(|_| bad("case"))?,
                id: r.id,
                child: account,
                at: from_db_time(r.at),
            })
        })
        .collect::<Result<_, StorageError>>()?;
    let alerts = repo::alerts_of(conn, &a)?
        .iter()
        .map(view)
        .collect::<Result<_, _>>()?;
    Ok((check_ins, alerts))
}

/// What one pass of the alert clocks did.
#[derive(Debug, Default, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TickReport {
    pub escalated: usize,
    pub invited: usize,
}

/// The clocks: every open alert nobody took within the escalation time goes to the next
/// tier (past the last, to everyone, again each period); every check-in rhythm that came
/// round sends the child one gentle invitation.
pub fn tick(
    tx: &mut Tx<'_>,
    clocks: Clocks,
    now: DateTime<Utc>,
) -> Result<TickReport, AlertsError> {
    let mut report = TickReport::default();
    let t = to_db_time(now);
    let due = |r: &repo::AlertRow| {
        r.resolved_at.is_none()
            && r.acknowledged_at.is_none()
            && from_db_time(r.alerted_at) + clocks.escalate <= now
    };
    for candidate in repo::open_alerts(tx.conn())? {
        if !due(&candidate) {
            continue;
        }
        // Locked and read again: someone may have taken it since.
        let Some(mut row) = repo::lock(tx, &candidate.id)?.filter(|r| due(r)) else {
            continue;
        };
        let case = CaseId::parse(&row.case_id).map_err(|_| bad("case"))?;
        let child = AccountId::parse(&row.child_id).map_err(|_| bad("child"))?;
        let risk = RiskClass::parse(&row.risk).unwrap_or(RiskClass::General);
        let after = u8::try_from(row.tier).ok();
        let route = route_for(tx.conn(), (case, child), risk, after, now)?;
        row.tier = i32::from(route.tier);
        row.alerted_at = t;
        row.escalations += 1;
        repo::update_alert(tx, &row)?;
        send_alert(tx, &route.targets);
        report.escalated += 1;
        audit::record(
            tx,
            Event::new(audit::Actor::System, Action::AlertEscalate)
                .case(case)
                .subject(Subject::Account(child))
                .detail(format!(
                    "alert:{} tier:{} alerted:{}",
                    row.id,
                    route.tier,
                    route.targets.len()
                )),
            now,
        )?;
    }
    for rhythm in repo::rhythms(tx.conn())? {
        let last = repo::checkin_times(tx.conn(), &rhythm.case_id, &rhythm.child_id, 1)?
            .into_iter()
            .next()
            .map_or(rhythm.set_at, |at| at.max(rhythm.set_at));
        let due = last + Duration::days(i64::from(rhythm.every_days));
        if t < due || rhythm.invited_at.is_some_and(|i| i >= due) {
            continue;
        }
        let (Ok(case), Ok(child)) = (
            CaseId::parse(&rhythm.case_id),
            AccountId::parse(&rhythm.child_id),
        ) else {
            continue;
        };
        // A missing child's phone may be in someone else's hands: no reminders to it.
        if reach::is_missing(tx.conn(), child)? {
            continue;
        }
        repo::mark_invited(tx, &rhythm.case_id, &rhythm.child_id, t)?;
        tx.notify(Notice::Account {
            account: child,
            frame: ServerFrame::CheckInInvite { case_id: case },
        });
        report.invited += 1;
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alert_frames_are_the_desk_size_and_say_nothing() {
        let json = serde_json::to_string(&alert_frame()).unwrap();
        assert_eq!(json.len(), complaints::DESK_FRAME_BYTES);
        assert!(json.starts_with(r#"{"type":"alert","pad":"...."#), "{json}");
    }

    #[test]
    fn client_ids_are_short_and_plain() {
        assert!(valid_client_id("0b6f1c1e-4a4e-4c1b-9d7e-2f1f1f1f1f1f").is_ok());
        assert!(valid_client_id("").is_err());
        assert!(valid_client_id(&"a".repeat(65)).is_err());
        assert!(valid_client_id("hello world").is_err());
    }
}
