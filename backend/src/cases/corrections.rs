//! Supervisors' corrections of a case's stage, outside the usual transitions (a stage set
//! in error, a reunification that fell through). One supervisor proposes a correction with
//! a reason from a fixed list; a second supervisor approves it, and only then does the case
//! move. A supervisor alone cannot move, or close, a case they are not responsible for.

use chrono::{DateTime, Duration, Utc};
use kinbridge_protocol::api::{StageChangeView, StageCorrectionReason, StageCorrectionView};
use kinbridge_protocol::{AccountId, CaseId, CaseStage};
use uuid::Uuid;

use super::stages::move_stage;
use super::views::stage_of;
use super::{CasesError, policy, recorded, repo};
use crate::platform::audit::{self, Action, Event, Recorded, Subject};
use crate::platform::db::{DbConn, Tx, from_db_time, to_db_time};
use crate::platform::identity::Caller;

/// How long a proposal waits for a second supervisor before it is stale.
pub const CORRECTION_TTL_DAYS: i64 = 7;

/// What approving a correction did.
#[derive(Debug, Clone)]
pub enum Approval {
    /// The case is in the corrected stage.
    Applied(StageChangeView),
    /// The case moved since the proposal, or the proposal is too old: it was closed and
    /// nothing else changed.
    Stale,
}

fn view(row: &repo::CorrectionRow) -> Result<StageCorrectionView, CasesError> {
    let bad = || CasesError::InvalidField("stage_correction");
    Ok(StageCorrectionView {
        id: Uuid::parse_str(&row.id).map_err(|_| bad())?,
        case_id: CaseId::parse(&row.case_id).map_err(|_| bad())?,
        from: stage_of(&row.from_stage)?,
        to: stage_of(&row.to_stage)?,
        reason: StageCorrectionReason::parse(&row.reason).ok_or_else(bad)?,
        proposed_by: AccountId::parse(&row.proposed_by).map_err(|_| bad())?,
        proposed_at: from_db_time(row.proposed_at),
    })
}

fn supervisor(caller: &Caller) -> Result<(), CasesError> {
    if policy::may_correct_stage(caller.role) {
        Ok(())
    } else {
        Err(CasesError::Forbidden)
    }
}

/// A supervisor proposes putting `case` in stage `to`, for `reason`. Nothing moves until a
/// second supervisor approves. One proposal per case waits at a time.
pub fn propose_correction(
    tx: &mut Tx<'_>,
    caller: &Caller,
    case: CaseId,
    to: CaseStage,
    reason: StageCorrectionReason,
    now: DateTime<Utc>,
) -> Result<StageCorrectionView, CasesError> {
    supervisor(caller)?;
    let row = repo::find_case(tx, case)?.ok_or(CasesError::NotFound)?;
    let from = stage_of(&row.stage)?;
    if from == to {
        return Err(CasesError::StageTransition);
    }
    let proposal = repo::CorrectionRow {
        id: Uuid::new_v4().to_string(),
        case_id: case.to_string(),
        from_stage: from.as_str().to_owned(),
        to_stage: to.as_str().to_owned(),
        reason: reason.as_str().to_owned(),
        proposed_by: caller.account_id.to_string(),
        proposed_at: to_db_time(now),
    };
    if !repo::insert_correction(tx, &proposal)? {
        return Err(CasesError::CorrectionPending);
    }
    audit::record(
        tx,
        Event::new(caller, Action::CaseStageCorrectPropose)
            .case(case)
            .detail(format!("{from}->{to} {}", reason.as_str())),
        now,
    )?;
    view(&proposal)
}

/// The corrections waiting for a second supervisor, oldest first (supervisors only).
pub fn pending_corrections(
    conn: &mut DbConn,
    caller: &Caller,
    now: DateTime<Utc>,
) -> Result<Recorded<Vec<StageCorrectionView>>, CasesError> {
    supervisor(caller)?;
    recorded(
        conn,
        Event::new(caller, Action::StageCorrectionsList),
        now,
        |conn| repo::corrections(conn)?.iter().map(view).collect(),
    )
}

/// The waiting correction `id` of `case`.
fn waiting(conn: &mut DbConn, case: CaseId, id: Uuid) -> Result<repo::CorrectionRow, CasesError> {
    repo::correction(conn, &id.to_string())?
        .filter(|c| c.case_id == case.to_string())
        .ok_or(CasesError::CorrectionNotFound)
}

/// A second supervisor approves a correction: the case moves to the corrected stage,
/// recorded as theirs with the proposer named. The proposer cannot approve their own.
pub fn approve_correction(
    tx: &mut Tx<'_>,
    caller: &Caller,
    case: CaseId,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<Approval, CasesError> {
    supervisor(caller)?;
    let proposal = waiting(tx, case, id)?;
    let correction = view(&proposal)?;
    if correction.proposed_by == caller.account_id {
        return Err(CasesError::CorrectionNeedsSecondSupervisor);
    }
    let row = repo::find_case(tx, case)?.ok_or(CasesError::NotFound)?;
    let now_in = stage_of(&row.stage)?;
    repo::take_correction(tx, &proposal.id)?;
    let expired = now - correction.proposed_at > Duration::days(CORRECTION_TTL_DAYS);
    if now_in != correction.from || expired {
        audit::record(
            tx,
            Event::new(caller, Action::CaseStageCorrectWithdraw)
                .case(case)
                .subject(Subject::Account(correction.proposed_by))
                .detail("stale"),
            now,
        )?;
        return Ok(Approval::Stale);
    }
    let (from, to) = (correction.from, correction.to);
    let event = Event::new(caller, Action::CaseStageCorrect)
        .case(case)
        .subject(Subject::Account(correction.proposed_by))
        .detail(format!("{from}->{to} {}", correction.reason.as_str()));
    // A correction puts the record right; whether the child was heard belongs to the
    // caseworker's decision, not to the record's repair.
    let at = move_stage(tx, caller, case, (from, to), event, None, now)?;
    Ok(Approval::Applied(StageChangeView {
        from: Some(from),
        to,
        at: from_db_time(at),
        by: caller.account_id,
        child_views: None,
        views_reason: None,
    }))
}

/// A supervisor (the proposer or another) withdraws a waiting correction.
pub fn withdraw_correction(
    tx: &mut Tx<'_>,
    caller: &Caller,
    case: CaseId,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<(), CasesError> {
    supervisor(caller)?;
    let proposal = waiting(tx, case, id)?;
    let correction = view(&proposal)?;
    repo::take_correction(tx, &proposal.id)?;
    audit::record(
        tx,
        Event::new(caller, Action::CaseStageCorrectWithdraw)
            .case(case)
            .subject(Subject::Account(correction.proposed_by))
            .detail("withdrawn"),
        now,
    )?;
    Ok(())
}
