//! Cases and roles: isolation between cases, who may change what, contact rules, member
//! visibility, sibling links, staff assignment.

use kinbridge_protocol::api::InviteRequest;
use kinbridge_protocol::{
    AgeBand, CaseId, CaseStage, ContactDecision, ContactReason, ErrorCode, MemberRole,
    Relationship, StaffRole,
};
use kinbridge_sdk::Client;
use kinbridge_tests::TestServer;

async fn invite_child(cw: &Client, case: CaseId) -> String {
    cw.invite(
        case,
        InviteRequest::Child {
            age_band: AgeBand::Band10To12,
            locale: None,
            grammatical_form: None,
        },
    )
    .await
    .unwrap()
    .code
}

async fn invite_family(cw: &Client, case: CaseId) -> String {
    cw.invite(
        case,
        InviteRequest::Family {
            relationship: Relationship::AuntOrUncle,
            locale: None,
            grammatical_form: None,
        },
    )
    .await
    .unwrap()
    .code
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_child_cannot_read_another_case() {
    let server = TestServer::start().await;
    let (_admin, cw) = server.admin_and_caseworker().await;
    let a = cw.create_case().await.unwrap().case_id;
    let b = cw.create_case().await.unwrap().case_id;
    let child_a = server.enrol(&invite_child(&cw, a).await).await;
    let _child_b = server.enrol(&invite_child(&cw, b).await).await;

    assert_eq!(child_a.my_cases().await.unwrap().len(), 1);
    for attempt in [b, CaseId::random()] {
        // The other case and a case that does not exist look exactly the same.
        let err = child_a.case(attempt).await.unwrap_err();
        assert_eq!(err.code(), Some(ErrorCode::CaseNotFound));
        let err = child_a.case_members(attempt).await.unwrap_err();
        assert_eq!(err.code(), Some(ErrorCode::CaseNotFound));
    }
    // Nor can a caseworker who is not assigned.
    let other_cw_code = server.create_staff(StaffRole::Caseworker, "Other CW");
    let other_cw = server.enrol(&other_cw_code.code).await;
    assert_eq!(
        other_cw.case(a).await.unwrap_err().code(),
        Some(ErrorCode::CaseNotFound)
    );
    assert_eq!(
        other_cw
            .change_stage(a, CaseStage::Tracing)
            .await
            .unwrap_err()
            .code(),
        Some(ErrorCode::CaseNotFound)
    );
    assert_eq!(cw.case(a).await.unwrap().stage, CaseStage::Registered);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_family_member_cannot_change_a_stage_and_stages_follow_the_rules() {
    let server = TestServer::start().await;
    let (_admin, cw) = server.admin_and_caseworker().await;
    let case = cw.create_case().await.unwrap().case_id;
    let family = server.enrol(&invite_family(&cw, case).await).await;
    let child = server.enrol(&invite_child(&cw, case).await).await;

    let before = server.state();
    for who in [&family, &child] {
        let err = who
            .change_stage(case, CaseStage::Tracing)
            .await
            .unwrap_err();
        assert_eq!(err.code(), Some(ErrorCode::AuthForbidden));
        let err = who
            .invite(
                case,
                InviteRequest::Child {
                    age_band: AgeBand::Band6To9,
                    locale: None,
                    grammatical_form: None,
                },
            )
            .await
            .unwrap_err();
        assert_eq!(err.code(), Some(ErrorCode::AuthForbidden));
    }
    // Four refusals, each recorded; nothing else changed.
    assert_eq!(server.assert_unchanged(&before, "refused stage changes"), 4);
    assert_eq!(
        family.case(case).await.unwrap().stage,
        CaseStage::Registered
    );

    // Skipping ahead is refused, and changes nothing.
    let before = server.state();
    let err = cw
        .change_stage(case, CaseStage::Reunified)
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::CaseStageTransitionNotAllowed));
    assert_eq!(server.assert_unchanged(&before, "a skipped stage"), 0);
    let before = server.snapshot();

    // The tracing path, a failed verification back to tracing, then closing.
    let mut history = before["case_stage_changes"];
    for stage in [
        CaseStage::Tracing,
        CaseStage::FamilyFound,
        CaseStage::Verifying,
        CaseStage::Tracing,
        CaseStage::Closed,
    ] {
        let view = cw.change_stage(case, stage).await.unwrap();
        assert_eq!(view.stage, stage);
        history += 1;
        assert_eq!(server.snapshot()["case_stage_changes"], history);
    }
    let err = cw.change_stage(case, CaseStage::Closed).await.unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::CaseStageTransitionNotAllowed));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn contact_rules_decide_who_a_child_sees() {
    let server = TestServer::start().await;
    let (_admin, cw) = server.admin_and_caseworker().await;
    let case = cw.create_case().await.unwrap().case_id;
    let child = server.enrol(&invite_child(&cw, case).await).await;
    let family = server.enrol(&invite_family(&cw, case).await).await;
    let sees = |members: &[kinbridge_protocol::api::MemberView], who: &Client| {
        members.iter().any(|m| m.account_id == who.account_id())
    };

    // Deny by default: the child and the relative do not see each other yet.
    assert!(!sees(&child.case_members(case).await.unwrap(), &family));
    assert!(!sees(&family.case_members(case).await.unwrap(), &child));
    // The defaults in force: child with caseworker only (no guardian in this case).
    let rules = cw.contact_rules(case).await.unwrap();
    assert_eq!(rules.len(), 1);
    assert!(rules[0].set_by.is_none());

    // Verified and safe, but not without the child's consent: refused, nothing stored.
    let before = server.snapshot();
    let err = cw
        .set_contact_rule(
            case,
            child.account_id(),
            family.account_id(),
            ContactDecision::Allowed,
            ContactReason::RelationshipVerified,
        )
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::ConsentNotGranted));
    assert_eq!(server.snapshot(), before);
    kinbridge_tests::consent_to_contact(&cw, case, &child, family.account_id()).await;
    // With it, the caseworker allows contact.
    let rules = cw
        .set_contact_rule(
            case,
            child.account_id(),
            family.account_id(),
            ContactDecision::Allowed,
            ContactReason::RelationshipVerified,
        )
        .await
        .unwrap();
    let rule = rules
        .iter()
        .find(|r| r.set_by == Some(cw.account_id()))
        .unwrap();
    assert_eq!(rule.decision, ContactDecision::Allowed);
    assert_eq!(rule.reason, Some(ContactReason::RelationshipVerified));
    let seen = child.case_members(case).await.unwrap();
    let relative = seen
        .iter()
        .find(|m| m.account_id == family.account_id())
        .unwrap();
    assert_eq!(relative.relationship, Some(Relationship::AuntOrUncle));
    // The relative sees the child, but not the child's age band.
    let seen = family.case_members(case).await.unwrap();
    let kid = seen
        .iter()
        .find(|m| m.account_id == child.account_id())
        .unwrap();
    assert_eq!(kid.age_band, None);

    // A safety concern: blocked again at once.
    cw.set_contact_rule(
        case,
        family.account_id(),
        child.account_id(),
        ContactDecision::Blocked,
        ContactReason::SafetyConcern,
    )
    .await
    .unwrap();
    assert!(!sees(&child.case_members(case).await.unwrap(), &family));
    // Every decision is kept.
    assert_eq!(server.snapshot()["contact_rules"], 2);

    // Only the caseworker sets rules; the child cannot even read them.
    let err = child.contact_rules(case).await.unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::AuthForbidden));
    let err = family
        .set_contact_rule(
            case,
            child.account_id(),
            family.account_id(),
            ContactDecision::Allowed,
            ContactReason::ChildAsked,
        )
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::AuthForbidden));
    // A rule needs two different members of this case.
    let err = cw
        .set_contact_rule(
            case,
            child.account_id(),
            child.account_id(),
            ContactDecision::Allowed,
            ContactReason::Other,
        )
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::CaseContactRuleInvalid));
    let outsider = kinbridge_protocol::AccountId::random();
    let err = cw
        .set_contact_rule(
            case,
            child.account_id(),
            outsider,
            ContactDecision::Allowed,
            ContactReason::Other,
        )
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::CaseMemberNotFound));
    assert_eq!(server.snapshot()["contact_rules"], 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn siblings_cases_are_linked_and_staff_guardians_are_assigned() {
    let server = TestServer::start().await;
    let (admin, cw) = server.admin_and_caseworker().await;
    let a = cw.create_case().await.unwrap().case_id;
    let b = cw.create_case().await.unwrap().case_id;
    let child = server.enrol(&invite_child(&cw, a).await).await;

    let view = cw.link_cases(a, b).await.unwrap();
    assert_eq!(view.links.len(), 1);
    assert_eq!(view.links[0].case_id, b);
    assert_eq!(cw.case(b).await.unwrap().links[0].case_id, a);
    // Children do not see other children's cases, linked or not.
    assert!(child.case(a).await.unwrap().links.is_empty());
    let err = cw.link_cases(b, a).await.unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::CaseLinkInvalid));
    let err = cw.link_cases(a, a).await.unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::CaseLinkInvalid));

    // A professional guardian with a staff account, assigned by id.
    let g_code = admin
        .create_staff(StaffRole::Guardian, "Guardian Lina")
        .await
        .unwrap();
    let members = cw.assign_staff(a, g_code.account_id).await.unwrap();
    assert!(members.iter().any(|m| m.account_id == g_code.account_id
        && m.role == MemberRole::Guardian
        && !m.enrolled));
    let guardian = server.enrol(&g_code.code).await;
    assert_eq!(guardian.my_cases().await.unwrap()[0].case_id, a);
    // The guardian now appears to the child (child ↔ guardian is allowed by default).
    assert!(
        child
            .case_members(a)
            .await
            .unwrap()
            .iter()
            .any(|m| m.account_id == guardian.account_id())
    );
    assert_eq!(
        cw.assign_staff(a, g_code.account_id)
            .await
            .unwrap_err()
            .code(),
        Some(ErrorCode::CaseAlreadyMember)
    );
    // A child's account is not staff.
    assert_eq!(
        cw.assign_staff(b, child.account_id())
            .await
            .unwrap_err()
            .code(),
        Some(ErrorCode::CaseNotAssignableStaff)
    );
    // An admin is not assignable either.
    assert_eq!(
        cw.assign_staff(b, admin.account_id())
            .await
            .unwrap_err()
            .code(),
        Some(ErrorCode::CaseNotAssignableStaff)
    );
    assert_eq!(
        cw.assign_staff(b, kinbridge_protocol::AccountId::random())
            .await
            .unwrap_err()
            .code(),
        Some(ErrorCode::AccountNotFound)
    );
    // The guardian cannot re-issue codes or invite.
    assert_eq!(
        guardian
            .reissue_member_code(a, child.account_id())
            .await
            .unwrap_err()
            .code(),
        Some(ErrorCode::AuthForbidden)
    );
    // A caseworker cannot re-issue a code for a staff account (that is the admin's job),
    // which would otherwise hand them the guardian's other cases.
    assert_eq!(
        cw.reissue_member_code(a, guardian.account_id())
            .await
            .unwrap_err()
            .code(),
        Some(ErrorCode::CaseMemberNotFound)
    );
}
