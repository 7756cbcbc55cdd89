//! Stored rows as the API shows them.

use kinbridge_protocol::api::{
    CaseLinkView, CaseSummary, CaseView, ContactRuleView, StageChangeView,
};
use kinbridge_protocol::{CaseStage, ContactDecision, ContactReason, MemberRole};

use super::{CasesError, policy, repo};
use crate::platform::db::{DbConn, StorageError, from_db_time};
use crate::platform::reach;

/// A stage as stored; an unknown one means a damaged row.
pub(super) fn stage_of(raw: &str) -> Result<CaseStage, StorageError> {
    CaseStage::parse(raw).ok_or_else(|| StorageError::Task("unknown stage in storage".into()))
}

pub(super) fn role_of(raw: &str) -> Result<MemberRole, StorageError> {
    MemberRole::parse(raw).ok_or_else(|| StorageError::Task("unknown role in storage".into()))
}

impl TryFrom<repo::StageChangeRow> for StageChangeView {
    type Error = StorageError;
    fn try_from(r: repo::StageChangeRow) -> Result<Self, StorageError> {
        let (child_views, views_reason) = repo::heard_of(r.child_views.as_deref());
        Ok(StageChangeView {
            from: r.from_stage.as_deref().map(stage_of).transpose()?,
            to: stage_of(&r.to_stage)?,
            at: from_db_time(r.changed_at),
            by: r.changed_by,
            child_views,
            views_reason,
        })
    }
}

/// A case the caller is in, with their role in it.
impl TryFrom<repo::CaseAndRole> for CaseSummary {
    type Error = StorageError;
    fn try_from(row: repo::CaseAndRole) -> Result<Self, StorageError> {
        Ok(CaseSummary {
            case_id: row.case.id,
            stage: stage_of(&row.case.stage)?,
            stage_since: from_db_time(row.case.stage_since),
            my_role: role_of(&row.role)?,
        })
    }
}

impl TryFrom<&reach::Rule> for ContactRuleView {
    type Error = StorageError;
    fn try_from(rule: &reach::Rule) -> Result<Self, StorageError> {
        Ok(ContactRuleView {
            member_a: rule.member_a,
            member_b: rule.member_b,
            decision: ContactDecision::parse(&rule.decision)
                .ok_or_else(|| StorageError::Task("unknown decision in storage".into()))?,
            reason: ContactReason::parse(&rule.reason),
            set_by: Some(rule.set_by),
            set_at: Some(from_db_time(rule.set_at)),
        })
    }
}

/// A case as a member with `my_role` sees it: links for its staff (not legal
/// representatives) only.
pub(super) fn case_view(
    conn: &mut DbConn,
    row: repo::CaseRow,
    my_role: MemberRole,
) -> Result<CaseView, CasesError> {
    let links = if policy::is_staff_member(my_role) && my_role != MemberRole::LegalRepresentative {
        repo::links_of(conn, row.id)?
            .into_iter()
            .map(|(case_id, kind)| CaseLinkView { case_id, kind })
            .collect()
    } else {
        Vec::new()
    };
    Ok(CaseView {
        case_id: row.id,
        stage: stage_of(&row.stage)?,
        stage_since: from_db_time(row.stage_since),
        created_at: from_db_time(row.created_at),
        my_role,
        links,
    })
}

/// The stage history of a case, oldest first (no permission check: callers check).
pub(super) fn stage_history(
    conn: &mut DbConn,
    case: kinbridge_protocol::CaseId,
) -> Result<Vec<StageChangeView>, CasesError> {
    repo::stage_changes(conn, case)?
        .into_iter()
        .map(|r| Ok(StageChangeView::try_from(r)?))
        .collect()
}
