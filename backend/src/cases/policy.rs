//! Who may do what in a case, and which stage may follow which (who may contact whom by
//! default is `platform::reach`). Deny by default: anything not listed here is refused.

use kinbridge_protocol::{AccountRole, CaseStage, MemberRole};

/// Everything a caller can ask of one case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseAction {
    View,
    ViewMembers,
    ViewContactRules,
    Invite,
    AssignStaff,
    ChangeStage,
    SetContactRule,
    Link,
    ReissueMemberCode,
    /// Take someone out of the case (they lose contact through it at once).
    RemoveMember,
    /// Who on the staff side looked at or changed the case.
    ViewAccessLog,
    /// The whole case as one document, for a transfer.
    Export,
}

impl CaseAction {
    pub const ALL: &'static [CaseAction] = &[
        CaseAction::View,
        CaseAction::ViewMembers,
        CaseAction::ViewContactRules,
        CaseAction::Invite,
        CaseAction::AssignStaff,
        CaseAction::ChangeStage,
        CaseAction::SetContactRule,
        CaseAction::Link,
        CaseAction::ReissueMemberCode,
        CaseAction::RemoveMember,
        CaseAction::ViewAccessLog,
        CaseAction::Export,
    ];
}

/// Why an action was refused. Someone outside the case learns nothing about it, not even
/// that it exists; a member who may not do something is told so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Denied {
    NotFound,
    Forbidden,
}

/// The one permission check of the cases capability.
/// `membership` is the caller's active role in the case, if any.
pub fn authorize(
    account_role: AccountRole,
    membership: Option<MemberRole>,
    action: CaseAction,
) -> Result<(), Denied> {
    let Some(member) = membership else {
        return Err(Denied::NotFound);
    };
    let allowed = match (member, action) {
        // The assigned caseworker manages the case.
        (MemberRole::Caseworker, _) => account_role == AccountRole::Caseworker,
        // Every member sees the case and the members they may see.
        (_, CaseAction::View | CaseAction::ViewMembers) => true,
        // A guardian acts for the child and sees who may contact them.
        (MemberRole::Guardian, CaseAction::ViewContactRules) => true,
        // The child and their guardian see who looked at the case.
        (MemberRole::Child | MemberRole::Guardian, CaseAction::ViewAccessLog) => true,
        _ => false,
    };
    if allowed {
        Ok(())
    } else {
        Err(Denied::Forbidden)
    }
}

/// Only caseworkers open cases (they become its first assigned caseworker).
pub fn may_create_case(role: AccountRole) -> bool {
    role == AccountRole::Caseworker
}

/// Supervisors correct a stage set in error, outside the usual transitions; they read
/// aggregate figures, never case content.
pub fn may_correct_stage(role: AccountRole) -> bool {
    role == AccountRole::Supervisor
}

/// Stage figures across all cases are for supervisors.
pub fn may_read_metrics(role: AccountRole) -> bool {
    role == AccountRole::Supervisor
}

/// Whether a member sees every other member of the case. Children, families and legal
/// representatives see themselves, the case's staff and the people they may contact.
pub fn sees_all_members(member: MemberRole) -> bool {
    matches!(member, MemberRole::Caseworker | MemberRole::Guardian)
}

pub fn is_staff_member(member: MemberRole) -> bool {
    matches!(
        member,
        MemberRole::Caseworker | MemberRole::Guardian | MemberRole::LegalRepresentative
    )
}

/// The staff account roles that can be assigned to a case, and the member role they get.
pub fn assignable(role: AccountRole) -> Option<MemberRole> {
    match role {
        AccountRole::Caseworker => Some(MemberRole::Caseworker),
        AccountRole::Guardian => Some(MemberRole::Guardian),
        AccountRole::LegalRepresentative => Some(MemberRole::LegalRepresentative),
        _ => None,
    }
}

/// The stage changes a caseworker may make. Forward along the tracing path, back to
/// tracing when a lead or an assessment fails, into alternative care from any open
/// stage, closing from any open stage, and reopening a closed case into tracing.
pub fn transition_allowed(from: CaseStage, to: CaseStage) -> bool {
    use CaseStage::*;
    if from == to {
        return false;
    }
    match (from, to) {
        (Closed, Tracing) => true,
        (Closed, _) => false,
        (_, Closed) => true,
        (AlternativeCare, Tracing | PlanningReunification) => true,
        (_, AlternativeCare) => true,
        (Registered, Tracing)
        | (Tracing, FamilyFound)
        | (FamilyFound, Verifying)
        | (Verifying, Assessing)
        | (Assessing, PlanningReunification)
        | (PlanningReunification, Reunified)
        | (Reunified, FollowUp) => true,
        (FamilyFound | Verifying | Assessing | PlanningReunification, Tracing) => true,
        (PlanningReunification, Assessing) => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every action × every account role × member of this case (each member role) or not.
    #[test]
    fn permission_matrix() {
        for &role in AccountRole::ALL {
            for &action in CaseAction::ALL {
                // Outside the case: nothing, and the case's existence is not revealed.
                assert_eq!(authorize(role, None, action), Err(Denied::NotFound));
                for &member in MemberRole::ALL {
                    let got = authorize(role, Some(member), action);
                    let expected = match (member, action) {
                        (MemberRole::Caseworker, _) if role == AccountRole::Caseworker => Ok(()),
                        (MemberRole::Caseworker, _) => Err(Denied::Forbidden),
                        (_, CaseAction::View | CaseAction::ViewMembers) => Ok(()),
                        (MemberRole::Guardian, CaseAction::ViewContactRules) => Ok(()),
                        (MemberRole::Child | MemberRole::Guardian, CaseAction::ViewAccessLog) => {
                            Ok(())
                        }
                        _ => Err(Denied::Forbidden),
                    };
                    assert_eq!(got, expected, "{role:?} as {member:?} doing {action:?}");
                }
            }
        }
    }

    #[test]
    fn only_caseworkers_open_cases() {
        for &role in AccountRole::ALL {
            assert_eq!(may_create_case(role), role == AccountRole::Caseworker);
        }
    }

    #[test]
    fn stage_transitions() {
        use CaseStage::*;
        assert!(transition_allowed(Registered, Tracing));
        assert!(transition_allowed(Verifying, Tracing));
        assert!(transition_allowed(Tracing, Closed));
        assert!(transition_allowed(Closed, Tracing));
        assert!(transition_allowed(FollowUp, AlternativeCare));
        assert!(!transition_allowed(Registered, Reunified));
        assert!(!transition_allowed(Closed, Reunified));
        assert!(!transition_allowed(Tracing, Tracing));
        assert!(!transition_allowed(Closed, Closed));
        // Every stage can be left, and every stage but registered can be reached.
        for &s in CaseStage::ALL {
            assert!(
                CaseStage::ALL.iter().any(|&t| transition_allowed(s, t)),
                "{s:?}"
            );
            if s != Registered {
                assert!(
                    CaseStage::ALL.iter().any(|&f| transition_allowed(f, s)),
                    "{s:?}"
                );
            }
        }
    }
}
