//! Moving a case through its stages, and stage figures.

use chrono::{DateTime, Utc};
use kinbridge_protocol::api::{CaseView, StageMetrics};
use kinbridge_protocol::{CaseId, CaseStage};

use super::policy::CaseAction;
use super::views::{case_view, stage_of};
use super::{CasesError, authorize, metrics, policy, recorded, repo, status};
use crate::platform::audit::{self, Action, Event, Recorded};
use crate::platform::db::{DbConn, Tx, to_db_time};
use crate::platform::identity::Caller;

/// Moves the case to another stage and records the change in its history.
pub fn change_stage(
    tx: &mut Tx<'_>,
    caller: &Caller,
    case: CaseId,
    to: CaseStage,
    now: DateTime<Utc>,
) -> Result<CaseView, CasesError> {
    let my_role = authorize(tx, caller, case, CaseAction::ChangeStage)?;
    let row = repo::find_case(tx, case)?.ok_or(CasesError::NotFound)?;
    let from = stage_of(&row.stage)?;
    if !policy::transition_allowed(from, to) {
        return Err(CasesError::StageTransition);
    }
    let event = Event::new(caller, Action::CaseStageChange)
        .case(case)
        .detail(format!("{from}->{to}"));
    move_stage(tx, caller, case, (from, to), event, now)?;
    let row = repo::find_case(tx, case)?.ok_or(CasesError::NotFound)?;
    case_view(tx, row, my_role)
}

/// Moves a case to another stage: the stage, its history, the audit event, and the new
/// status for the case's children and families once it commits. Returns the time of the
/// move as stored.
pub(super) fn move_stage(
    tx: &mut Tx<'_>,
    caller: &Caller,
    case: CaseId,
    (from, to): (CaseStage, CaseStage),
    event: Event,
    now: DateTime<Utc>,
) -> Result<chrono::NaiveDateTime, CasesError> {
    let at = to_db_time(now);
    repo::set_stage(tx, case, from, to, caller.account_id, at)?;
    audit::record(tx, event, now)?;
    status::notify_stage(tx, case)?;
    Ok(at)
}

/// Stage figures over all cases, for supervisors. Reading them is recorded.
pub fn stage_metrics(
    conn: &mut DbConn,
    caller: &Caller,
    now: DateTime<Utc>,
) -> Result<Recorded<StageMetrics>, CasesError> {
    if !policy::may_read_metrics(caller.role) {
        return Err(CasesError::Forbidden);
    }
    recorded(
        conn,
        Event::new(caller, Action::MetricsStagesView),
        now,
        metrics::stage_metrics,
    )
}
