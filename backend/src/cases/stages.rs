//! Moving a case through its stages, and stage figures.

use chrono::{DateTime, Utc};
use kinbridge_protocol::api::{CaseView, StageMetrics};
use kinbridge_protocol::{CaseId, CaseStage, ChildViews, MemberRole, ViewsReason};

use super::policy::CaseAction;
use super::views::{case_view, stage_of};
use super::{CasesError, authorize, metrics, policy, recorded, repo, status};
use crate::consent;
use crate::platform::audit::{self, Action, Event, Recorded};
use crate::platform::db::{DbConn, Tx, to_db_time};
use crate::platform::identity::Caller;
use crate::platform::reach::Contacts;

/// Moves the case to another stage and records the change in its history.
///
/// A move that decides where a child lives (planning reunification, alternative care)
/// records whether the child's views were heard; for a child of 6 or more whose views
/// were neither given nor sought, the caseworker must say why (`views_reason`).
pub fn change_stage(
    tx: &mut Tx<'_>,
    caller: &Caller,
    case: CaseId,
    to: CaseStage,
    views_reason: Option<ViewsReason>,
    now: DateTime<Utc>,
) -> Result<CaseView, CasesError> {
    let my_role = authorize(tx, caller, case, CaseAction::ChangeStage)?;
    let row = repo::find_case(tx, case)?.ok_or(CasesError::NotFound)?;
    let from = stage_of(&row.stage)?;
    if !policy::transition_allowed(from, to) {
        return Err(CasesError::StageTransition);
    }
    let heard = heard(tx, case, to, views_reason, now)?;
    let mut detail = format!("{from}->{to}");
    if let Some((views, reason)) = heard {
        detail.push_str(&format!(" views:{views}"));
        if let Some(r) = reason {
            detail.push_str(&format!(":{r}"));
        }
    }
    let event = Event::new(caller, Action::CaseStageChange)
        .case(case)
        .detail(detail);
    move_stage(tx, caller, case, (from, to), event, heard, now)?;
    let row = repo::find_case(tx, case)?.ok_or(CasesError::NotFound)?;
    case_view(tx, row, my_role)
}

/// Moves a case to another stage: the stage, its history (with whether the child was
/// heard, where that applies), the audit event, and the new status for the case's
/// children and families once it commits. Returns the time of the
/// move as stored.
pub(super) fn move_stage(
    tx: &mut Tx<'_>,
    caller: &Caller,
    case: CaseId,
    (from, to): (CaseStage, CaseStage),
    event: Event,
    heard: Option<(ChildViews, Option<ViewsReason>)>,
    now: DateTime<Utc>,
) -> Result<chrono::NaiveDateTime, CasesError> {
    let at = to_db_time(now);
    repo::set_stage(tx, case, from, to, caller.account_id, at, heard)?;
    audit::record(tx, event, now)?;
    status::notify_stage(tx, case)?;
    Ok(at)
}

/// For a move to a stage that decides where a child lives: whether the case's child was
/// heard, and the reason given when they were not asked; `None` for other moves and cases
/// without a child.
fn heard(
    tx: &mut Tx<'_>,
    case: CaseId,
    to: CaseStage,
    views_reason: Option<ViewsReason>,
    now: DateTime<Utc>,
) -> Result<Option<(ChildViews, Option<ViewsReason>)>, CasesError> {
    if !matches!(
        to,
        CaseStage::PlanningReunification | CaseStage::AlternativeCare
    ) {
        return Ok(None);
    }
    let contacts = Contacts::of_case(tx, case)?;
    let Some(child) = contacts
        .members()
        .iter()
        .find(|(_, role)| *role == MemberRole::Child)
        .map(|(a, _)| *a)
    else {
        return Ok(None);
    };
    let views = consent::heard_on_placement(tx, case, child, now)?;
    match (views, views_reason) {
        (ChildViews::NotSought, None) => Err(CasesError::ViewsNotSought),
        (ChildViews::NotSought, reason) => Ok(Some((views, reason))),
        (other, _) => Ok(Some((other, None))),
    }
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
