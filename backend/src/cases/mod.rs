//! Cases: stages and their history, members with role and relationship, sibling links and
//! contact rules; what a child reads about their case (its status) and who on the staff
//! side looked at it (its access log); the whole case as one document for a transfer.
//!
//! Rules live in [`policy`], storage in `repo` (which only this module may use), routes in
//! [`http`]. Who may contact whom is decided here (rules) and read by everyone through
//! `platform::reach`. When a contact ends, the people's sealed-sender access keys are
//! withdrawn through the sealed capability, and their apps are told once it commits.

mod access_log;
mod consents;
mod corrections;
mod export;
pub mod http;
mod members;
mod metrics;
pub mod policy;
mod repo;
mod rules;
mod stages;
mod status;
mod views;

use chrono::{DateTime, Utc};
use kinbridge_protocol::api::{CaseSummary, CaseView};
use kinbridge_protocol::{AccountId, CaseId, CaseLinkKind, CaseStage, MemberRole};

pub use access_log::{Cursor, PAGE_DEFAULT, PAGE_MAX, access_log};
pub use consents::{decide_consent, withdraw_consent};
pub use corrections::{
    Approval, approve_correction, pending_corrections, propose_correction, withdraw_correction,
};
pub use export::{CASE_FORMAT, export, exported_for};
pub use members::{Invitation, assign_staff, invite, members, reissue_member_code, remove_member};
pub use repo::Footprint;
pub use rules::{contact_rules, set_contact_rule};
pub use stages::{change_stage, stage_metrics};
pub use status::{StatusForReader, cached_status, status};

use crate::accounts::AccountsError;
use crate::consent::ConsentError;
use crate::platform::audit::{self, Action, Event, Recorded, Subject};
use crate::platform::db::{DbConn, StorageError, Tx, to_db_time};
use crate::platform::identity::Caller;
use crate::platform::reach;
use policy::{CaseAction, Denied};

#[derive(Debug, thiserror::Error)]
pub enum CasesError {
    #[error("case not found")]
    NotFound,
    #[error("not allowed")]
    Forbidden,
    #[error("stage change not allowed")]
    StageTransition,
    #[error("member not found")]
    MemberNotFound,
    #[error("already a member")]
    AlreadyMember,
    #[error("account cannot be assigned")]
    NotAssignableStaff,
    #[error("invalid link")]
    LinkInvalid,
    #[error("invalid contact rule")]
    ContactRuleInvalid,
    /// The child is reported missing: no new contact until found.
    #[error("the child is reported missing")]
    ChildMissing,
    #[error("account not found")]
    AccountNotFound,
    #[error("the proposer of a correction cannot approve it")]
    CorrectionNeedsSecondSupervisor,
    #[error("correction not found")]
    CorrectionNotFound,
    #[error("a correction is already waiting")]
    CorrectionPending,
    #[error("the child's views were neither given nor sought")]
    ViewsNotSought,
    #[error("invalid value: {0}")]
    InvalidField(&'static str),
    #[error(transparent)]
    Accounts(#[from] AccountsError),
    #[error(transparent)]
    Consent(#[from] ConsentError),
    #[error(transparent)]
    Storage(StorageError),
}

crate::storage_errors!(CasesError);

impl From<Denied> for CasesError {
    fn from(d: Denied) -> Self {
        match d {
            Denied::NotFound => CasesError::NotFound,
            Denied::Forbidden => CasesError::Forbidden,
        }
    }
}

/// Runs a read and pairs it with the event that records it (appended by the audit writer
/// before the reader gets the value): only a read that succeeded is recorded (a refused
/// read leaves no trace but the log line).
fn recorded<T>(
    conn: &mut DbConn,
    event: Event,
    now: DateTime<Utc>,
    read: impl FnOnce(&mut DbConn) -> Result<T, CasesError>,
) -> Result<Recorded<T>, CasesError> {
    Ok(Recorded::new(read(conn)?, event, now))
}

/// The caller's active role in the case, after the permission check for `action`.
fn authorize(
    conn: &mut DbConn,
    caller: &Caller,
    case: CaseId,
    action: CaseAction,
) -> Result<MemberRole, CasesError> {
    let membership = reach::active_role(conn, case, caller.account_id)?;
    policy::authorize(caller.role, membership, action)?;
    membership.ok_or(CasesError::NotFound)
}

/// Opens a case; the caseworker who opens it is its first assigned caseworker.
pub fn create_case(
    tx: &mut Tx<'_>,
    caller: &Caller,
    now: DateTime<Utc>,
) -> Result<CaseView, CasesError> {
    if !policy::may_create_case(caller.role) {
        return Err(CasesError::Forbidden);
    }
    let id = CaseId::random();
    let at = to_db_time(now);
    repo::insert_case(tx, id, CaseStage::Registered, caller.account_id, at)?;
    repo::insert_member(
        tx,
        id,
        caller.account_id,
        MemberRole::Caseworker,
        None,
        caller.account_id,
        at,
    )?;
    audit::record(tx, Event::new(caller, Action::CaseCreate).case(id), now)?;
    let row = repo::find_case(tx, id)?.ok_or(CasesError::NotFound)?;
    views::case_view(tx, row, MemberRole::Caseworker)
}

/// The cases the caller is a member of.
pub fn my_cases(
    conn: &mut DbConn,
    caller: &Caller,
    now: DateTime<Utc>,
) -> Result<Recorded<Vec<CaseSummary>>, CasesError> {
    recorded(conn, Event::new(caller, Action::CasesList), now, |conn| {
        cases_of(conn, caller.account_id)
    })
}

fn cases_of(conn: &mut DbConn, account: AccountId) -> Result<Vec<CaseSummary>, CasesError> {
    repo::cases_of(conn, account)?
        .into_iter()
        .map(|row| Ok(CaseSummary::try_from(row)?))
        .collect()
}

pub fn view(
    conn: &mut DbConn,
    caller: &Caller,
    case: CaseId,
    now: DateTime<Utc>,
) -> Result<Recorded<CaseView>, CasesError> {
    recorded(
        conn,
        Event::new(caller, Action::CaseView).case(case),
        now,
        |conn| view_unrecorded(conn, caller, case),
    )
}

fn view_unrecorded(
    conn: &mut DbConn,
    caller: &Caller,
    case: CaseId,
) -> Result<CaseView, CasesError> {
    let my_role = authorize(conn, caller, case, CaseAction::View)?;
    let row = repo::find_case(conn, case)?.ok_or(CasesError::NotFound)?;
    views::case_view(conn, row, my_role)
}

/// Links two cases (siblings). The caller must be the assigned caseworker of both.
pub fn link(
    tx: &mut Tx<'_>,
    caller: &Caller,
    case: CaseId,
    other: CaseId,
    kind: CaseLinkKind,
    now: DateTime<Utc>,
) -> Result<CaseView, CasesError> {
    authorize(tx, caller, case, CaseAction::Link)?;
    authorize(tx, caller, other, CaseAction::Link)?;
    if case == other {
        return Err(CasesError::LinkInvalid);
    }
    let pair = if case <= other {
        (case, other)
    } else {
        (other, case)
    };
    if repo::link_exists(tx, pair)? {
        return Err(CasesError::LinkInvalid);
    }
    repo::insert_link(tx, pair, kind, caller.account_id, to_db_time(now))?;
    // Recorded on both cases, so each one's history shows it.
    for (this, that) in [(case, other), (other, case)] {
        audit::record(
            tx,
            Event::new(caller, Action::CaseLink)
                .case(this)
                .subject(Subject::Case(that))
                .detail(kind.as_str()),
            now,
        )?;
    }
    view_unrecorded(tx, caller, case)
}

/// The cases closed since before `cutoff`.
pub fn closed_before(
    conn: &mut DbConn,
    cutoff: chrono::NaiveDateTime,
) -> Result<Vec<CaseId>, StorageError> {
    Ok(repo::closed_before(conn, cutoff)?)
}

/// What deleting `case` would remove of the cases tables.
pub fn footprint(conn: &mut DbConn, case: CaseId) -> Result<Footprint, StorageError> {
    Ok(repo::footprint(conn, case)?)
}

/// Deletes a case with its rules, links, history and memberships (retention).
pub fn delete(tx: &mut Tx<'_>, case: CaseId) -> Result<(), StorageError> {
    Ok(repo::delete_case(tx, case)?)
}
