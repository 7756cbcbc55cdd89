//! Consent records through the real server and the real SDK: who must agree at which age,
//! the exact notice shown, withdrawal that ends a contact on the next request, overrides
//! that need a second person, and a chain that shows any edit.

use kinbridge_protocol::api::{ConsentRecord, InviteRequest};
use kinbridge_protocol::{
    AccountId, AgeBand, AgeSource, CaseId, ChildViews, ConsentChoice, ConsentDecider,
    ConsentDecision, ConsentKind, ConsentModality, ConsentStatus, ContactDecision, ContactReason,
    ErrorCode, OverrideReason, Relationship, ViewDecision, ViewForm, ViewsReason,
};
use kinbridge_sdk::{Client, Event, InPerson, SdkError};
use kinbridge_tests::{TestServer, error_of, next_received, synced, wait_for};
use serde_json::json;

const CONTACT: &str = "contact-relative";
const TRACING: &str = "share-tracing";

fn child_invite(band: AgeBand, locale: Option<&str>) -> InviteRequest {
    InviteRequest::Child {
        age_band: band,
        locale: locale.map(str::to_owned),
        grammatical_form: None,
    }
}

fn family_invite() -> InviteRequest {
    InviteRequest::Family {
        relationship: Relationship::AuntOrUncle,
        locale: None,
        grammatical_form: None,
    }
}

fn guardian_invite() -> InviteRequest {
    InviteRequest::Guardian {
        display_name: "Guardian Samir".into(),
        locale: None,
    }
}

fn band_of(age: u8) -> AgeBand {
    match age {
        0..=5 => AgeBand::Band0To5,
        6..=9 => AgeBand::Band6To9,
        10..=12 => AgeBand::Band10To12,
        13..=15 => AgeBand::Band13To15,
        _ => AgeBand::Band16To17,
    }
}

/// The account a caseworker's invitation created (invited people need not have enrolled
/// for a caseworker to record their decisions in person).
async fn invited(cw: &Client, case: CaseId, invite: InviteRequest) -> AccountId {
    let before: Vec<AccountId> = cw
        .case_members(case)
        .await
        .unwrap()
        .iter()
        .map(|m| m.account_id)
        .collect();
    cw.invite(case, invite).await.unwrap();
    cw.case_members(case)
        .await
        .unwrap()
        .iter()
        .map(|m| m.account_id)
        .find(|a| !before.contains(a))
        .unwrap()
}

/// The caseworker records, in person, the answer of `person` to the current notice.
#[allow(
    clippy::too_many_arguments,
    reason = "each cell of the matrix names all of them"
)]
async fn in_person(
    cw: &Client,
    case: CaseId,
    subject: AccountId,
    person: AccountId,
    band: AgeBand,
    purpose: &str,
    scope: Option<AccountId>,
    choice: ConsentChoice,
) -> Result<(), SdkError> {
    let notice = cw.consent_notice(purpose, "en", band, None).await?;
    cw.decide_consent(
        case,
        subject,
        &notice,
        choice,
        scope,
        Some(InPerson {
            on_behalf_of: person,
            interpreter_locale: Some("ti".into()),
            witness: None,
        }),
    )
    .await
    .map(drop)
}

fn status(record: &ConsentRecord, purpose: &str, scope: Option<AccountId>) -> ConsentStatus {
    record
        .states
        .iter()
        .find(|s| s.purpose == purpose && s.scope == scope)
        .map_or(ConsentStatus::Pending, |s| s.status)
}

/// What the rules say, written out independently of the server: from 16 the child alone;
/// below, the guardian and (from 6) the child; under 6 a child's "no" still blocks.
fn expected(age: u8, guardian: Option<ConsentChoice>, child: Option<ConsentChoice>) -> bool {
    use ConsentChoice::{Given, Refused};
    match age {
        16.. => child == Some(Given),
        6..=15 => guardian == Some(Given) && child == Some(Given),
        _ => guardian == Some(Given) && child != Some(Refused),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_matrix_of_age_guardian_and_child_decides_when_processing_is_allowed() {
    let server = TestServer::start().await;
    let (_admin, cw) = server.admin_and_caseworker().await;
    let choices = [
        None,
        Some(ConsentChoice::Given),
        Some(ConsentChoice::Refused),
    ];
    let mut table = Vec::new();
    for age in [5u8, 8, 14, 17] {
        let band = band_of(age);
        let case = cw.create_case().await.unwrap().case_id;
        let child = invited(&cw, case, child_invite(band, None)).await;
        let guardian = invited(&cw, case, guardian_invite()).await;
        cw.set_consent_age(case, child, age, AgeSource::Document)
            .await
            .unwrap();
        for g in choices {
            for c in choices {
                // A relative of their own for each cell, so every cell starts unanswered.
                let relative = invited(&cw, case, family_invite()).await;
                // And a case of its own for the purpose without a scope.
                let tracing_case = cw.create_case().await.unwrap().case_id;
                let tracing_child = invited(&cw, tracing_case, child_invite(band, None)).await;
                let tracing_guardian = invited(&cw, tracing_case, guardian_invite()).await;
                cw.set_consent_age(tracing_case, tracing_child, age, AgeSource::Document)
                    .await
                    .unwrap();
                for (k, purpose, scope, who_child, who_guardian) in [
                    (case, CONTACT, Some(relative), child, guardian),
                    (tracing_case, TRACING, None, tracing_child, tracing_guardian),
                ] {
                    if let Some(g) = g {
                        let r = in_person(
                            &cw,
                            k,
                            who_child,
                            who_guardian,
                            AgeBand::Adult,
                            purpose,
                            scope,
                            g,
                        )
                        .await;
                        if age >= 16 {
                            // From 16 the child decides alone: a guardian cannot.
                            assert_eq!(r.unwrap_err().code(), Some(ErrorCode::ConsentNotDecider));
                        } else {
                            r.unwrap();
                        }
                    }
                    if let Some(c) = c {
                        in_person(&cw, k, who_child, who_child, band, purpose, scope, c)
                            .await
                            .unwrap();
                    }
                }
                let want = expected(age, g, c);
                // Contact: the real enforcement point.
                let allowed = cw
                    .set_contact_rule(
                        case,
                        child,
                        relative,
                        ContactDecision::Allowed,
                        ContactReason::RelationshipVerified,
                    )
                    .await;
                match &allowed {
                    Ok(_) => {}
                    Err(e) => assert_eq!(e.code(), Some(ErrorCode::ConsentNotGranted)),
                }
                assert_eq!(
                    allowed.is_ok(),
                    want,
                    "contact, age {age}, guardian {g:?}, child {c:?}"
                );
                let record = cw.consent_record(case, child).await.unwrap();
                assert_eq!(
                    status(&record, CONTACT, Some(relative)) == ConsentStatus::Granted,
                    want
                );
                let record = cw
                    .consent_record(tracing_case, tracing_child)
                    .await
                    .unwrap();
                assert_eq!(
                    status(&record, TRACING, None) == ConsentStatus::Granted,
                    want,
                    "tracing, age {age}, guardian {g:?}, child {c:?}"
                );
                assert!(record.chain_intact);
                table.push(format!(
                    "age {age:>2} | guardian {:<8} | child {:<8} | {}",
                    g.map_or("-", ConsentChoice::as_str),
                    c.map_or("-", ConsentChoice::as_str),
                    if want { "allowed" } else { "not allowed" }
                ));
            }
        }
        // Under 6 the assent is recorded as not sought, once per version and relative.
        let record = cw.consent_record(case, child).await.unwrap();
        let not_sought = record
            .events
            .iter()
            .filter(|e| e.decision == ConsentDecision::NotSought)
            .count();
        assert_eq!(not_sought > 0, age < 6, "age {age}");
        assert!(
            record
                .events
                .iter()
                .all(|e| e.decision != ConsentDecision::NotSought
                    || (e.kind == ConsentKind::Assent && e.reason.as_deref() == Some("age")))
        );
        // A child under 16 answers with their assent; from 16 with their own consent.
        let own = record.events.iter().find(|e| {
            e.decided_as == ConsentDecider::Child && e.decision != ConsentDecision::NotSought
        });
        if let Some(e) = own {
            let kind = if age >= 16 {
                ConsentKind::Consent
            } else {
                ConsentKind::Assent
            };
            assert_eq!(e.kind, kind);
            assert_eq!(e.modality, ConsentModality::ReadAloud);
            assert_eq!(e.interpreter_locale.as_deref(), Some("ti"));
            assert_eq!(e.age_years, Some(age));
        }
    }
    println!(
        "consent matrix (contact-relative and share-tracing agree):\n{}",
        table.join("\n")
    );
    assert_eq!(table.len(), 36);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_child_withdraws_and_contact_ends_on_the_next_request() {
    let server = TestServer::start().await;
    let (_admin, cw) = server.admin_and_caseworker().await;
    let case = cw.create_case().await.unwrap().case_id;
    let child = server
        .join(&cw, case, child_invite(AgeBand::Band10To12, Some("es")))
        .await;
    let guardian = server.join(&cw, case, guardian_invite()).await;
    let aunt = server.join(&cw, case, family_invite()).await;

    // Without the child's age nobody knows who must decide.
    let notice = child
        .consent_notice(CONTACT, "es", AgeBand::Band10To12, None)
        .await
        .unwrap();
    let err = child
        .decide_consent(
            case,
            child.account_id(),
            &notice,
            ConsentChoice::Given,
            Some(aunt.account_id()),
            None,
        )
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::ConsentAgeUnknown));
    cw.set_consent_age(case, child.account_id(), 12, AgeSource::Assessment)
        .await
        .unwrap();

    // The caseworker asks; the child's and the guardian's apps are told at once.
    let mut child_events = child.events();
    let mut guardian_events = guardian.events();
    synced(&mut child_events).await;
    synced(&mut guardian_events).await;
    let asked = cw
        .request_consent(case, child.account_id(), CONTACT, Some(aunt.account_id()))
        .await
        .unwrap();
    assert_eq!(asked.decision, ConsentDecision::Requested);
    for events in [&mut child_events, &mut guardian_events] {
        let e = wait_for(events, |e| matches!(e, Event::ConsentRequested { .. })).await;
        let Event::ConsentRequested {
            case: c,
            subject,
            purpose,
            scope,
        } = e
        else {
            unreachable!()
        };
        assert_eq!(
            (c, subject, purpose.as_str(), scope),
            (case, child.account_id(), CONTACT, Some(aunt.account_id()))
        );
    }

    // The child (12) reads the Spanish notice for 10–12 and assents; the SDK checked it
    // against its own copy.
    assert_eq!(notice.locale, "es");
    let own = kinbridge_l10n::ConsentCatalog::embedded()
        .notice(CONTACT, 1, "es", AgeBand::Band10To12)
        .unwrap();
    assert_eq!(
        (notice.band, notice.text.as_str()),
        (AgeBand::Band10To12, own.text.as_str())
    );
    kinbridge_sdk::verify_notice(&notice).unwrap();
    let event = child
        .decide_consent(
            case,
            child.account_id(),
            &notice,
            ConsentChoice::Given,
            Some(aunt.account_id()),
            None,
        )
        .await
        .unwrap();
    assert_eq!(
        (event.kind, event.decision),
        (ConsentKind::Assent, ConsentDecision::Given)
    );
    assert_eq!(event.notice_locale.as_deref(), Some("es"));
    assert_eq!(event.notice_sha256.as_deref(), Some(notice.sha256.as_str()));
    // Its receipt: signed by the server key (the SDK checked it), with the 27560 names,
    // and a short text in the child's language at their band.
    let receipt = child.consent_receipt(case, &event.id).await.unwrap();
    let r = &receipt.receipt;
    assert_eq!(r["record_id"], json!(event.id));
    assert_eq!(r["pii_principal_id"], json!(child.account_id()));
    assert_eq!(r["privacy_notice"]["content_sha256"], json!(notice.sha256));
    assert_eq!(r["privacy_notice"]["language"], json!("es"));
    assert_eq!(r["privacy_notice"]["age_band_variant"], json!("10-12"));
    assert_eq!(r["event"]["event_state"], json!("given"));
    assert_eq!(r["event"]["event_type"], json!("assent"));
    assert_eq!(r["event"]["entity_role"], json!("child"));
    assert_eq!(
        r["processing"]["recipient_third_parties"],
        json!(["the-named-relative"])
    );
    assert_eq!(receipt.locale, "es");
    assert!(receipt.text.contains(&notice.title), "{}", receipt.text);
    kinbridge_sdk::verify_receipt(&receipt, &receipt.public_key).unwrap();
    let mut forged = receipt.clone();
    forged.receipt["event"]["event_state"] = json!("refused");
    assert!(matches!(
        kinbridge_sdk::verify_receipt(&forged, &receipt.public_key),
        Err(SdkError::ReceiptSignature)
    ));
    // The same event always has the same receipt id; the aunt cannot read it.
    let again = child.consent_receipt(case, &event.id).await.unwrap();
    assert_eq!(again.receipt["receipt_id"], receipt.receipt["receipt_id"]);
    let err = aunt.consent_receipt(case, &event.id).await.unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::AuthForbidden));
    println!(
        "receipt JSON:\n{}\nsignature: {}\ntext ({}): {}",
        serde_json::to_string_pretty(&receipt.receipt).unwrap(),
        receipt.signature,
        receipt.locale,
        receipt.text
    );
    // Not yet: the guardian has not consented.
    let err = cw
        .set_contact_rule(
            case,
            child.account_id(),
            aunt.account_id(),
            ContactDecision::Allowed,
            ContactReason::RelationshipVerified,
        )
        .await
        .unwrap_err();
    match &err {
        SdkError::Api { code, details, .. } => {
            assert_eq!(*code, ErrorCode::ConsentNotGranted);
            let missing = details
                .as_ref()
                .and_then(|d| d.missing_consent.clone())
                .unwrap();
            assert_eq!(
                (missing.purpose.as_str(), missing.scope),
                (CONTACT, Some(aunt.account_id()))
            );
        }
        other => panic!("{other:?}"),
    }
    let adult = guardian
        .consent_notice(CONTACT, "en", AgeBand::Adult, None)
        .await
        .unwrap();
    guardian
        .decide_consent(
            case,
            child.account_id(),
            &adult,
            ConsentChoice::Given,
            Some(aunt.account_id()),
            None,
        )
        .await
        .unwrap();
    // Both answered: the child's app hears that the consent is in force.
    let e = wait_for(&mut child_events, |e| {
        matches!(
            e,
            Event::ConsentChanged {
                status: ConsentStatus::Granted,
                ..
            }
        )
    })
    .await;
    assert!(matches!(e, Event::ConsentChanged { purpose, .. } if purpose == CONTACT));
    cw.set_contact_rule(
        case,
        child.account_id(),
        aunt.account_id(),
        ContactDecision::Allowed,
        ContactReason::RelationshipVerified,
    )
    .await
    .unwrap();

    // Messages flow.
    aunt.send_message(child.account_id(), b"Hola, soy tu tia")
        .await
        .unwrap();
    assert_eq!(
        next_received(&mut child_events).await.body,
        b"Hola, soy tu tia"
    );

    // The child withdraws, in one call; the aunt's next send is refused.
    let withdrawn = child
        .withdraw_consent(
            case,
            child.account_id(),
            CONTACT,
            Some(aunt.account_id()),
            None,
        )
        .await
        .unwrap();
    assert_eq!(withdrawn.decision, ConsentDecision::Withdrawn);
    let err = aunt
        .send_message(child.account_id(), b"after the withdrawal")
        .await
        .unwrap_err();
    assert!(matches!(err, SdkError::ContactNotAllowed { .. }), "{err:?}");
    let quiet = tokio::time::timeout(
        std::time::Duration::from_millis(500),
        next_received(&mut child_events),
    );
    assert!(quiet.await.is_err(), "nothing reaches the child");
    let rules = cw.contact_rules(case).await.unwrap();
    let rule = rules
        .iter()
        .find(|r| {
            r.set_by.is_some()
                && (r.member_a == aunt.account_id() || r.member_b == aunt.account_id())
                && r.reason == Some(ContactReason::ConsentWithdrawn)
        })
        .unwrap();
    assert_eq!(rule.decision, ContactDecision::Blocked);
    // And the caseworker cannot allow it again without the consent.
    let err = cw
        .set_contact_rule(
            case,
            child.account_id(),
            aunt.account_id(),
            ContactDecision::Allowed,
            ContactReason::ChildAsked,
        )
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::ConsentNotGranted));
    // Nothing more to withdraw.
    let err = child
        .withdraw_consent(
            case,
            child.account_id(),
            CONTACT,
            Some(aunt.account_id()),
            None,
        )
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::ConsentNothingToWithdraw));

    // The child's record lists it all, and the child may read it; the aunt may not.
    let record = child
        .consent_record(case, child.account_id())
        .await
        .unwrap();
    let decisions: Vec<_> = record
        .events
        .iter()
        .map(|e| (e.decided_as, e.decision))
        .collect();
    assert_eq!(
        decisions,
        [
            (ConsentDecider::Staff, ConsentDecision::Requested),
            (ConsentDecider::Child, ConsentDecision::Given),
            (ConsentDecider::Guardian, ConsentDecision::Given),
            (ConsentDecider::Child, ConsentDecision::Withdrawn),
        ]
    );
    assert!(record.chain_intact);
    assert_eq!(
        status(&record, CONTACT, Some(aunt.account_id())),
        ConsentStatus::Refused
    );
    let err = aunt
        .consent_record(case, child.account_id())
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::AuthForbidden));
    // The child's own export carries the same record.
    let mine = child.export_my_data().await.unwrap();
    let exported = mine.consent.expect("the consent record");
    assert_eq!(exported.events, record.events);
    assert!(exported.chain_intact);
    assert!(aunt.export_my_data().await.unwrap().consent.is_none());
    // Every consent event is an audit event.
    let audited = server.query_texts(
        "SELECT action AS s FROM audit_events WHERE action LIKE 'consent.%' ORDER BY seq",
    );
    assert_eq!(
        audited
            .iter()
            .filter(|a| a.as_str() == "consent.decide")
            .count(),
        2
    );
    assert!(audited.contains(&"consent.request".to_owned()));
    assert!(audited.contains(&"consent.withdraw".to_owned()));
    assert!(audited.contains(&"consent.age.set".to_owned()));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_decision_must_answer_the_current_notice_and_a_tampered_event_breaks_the_chain() {
    let server = TestServer::start().await;
    let (_admin, cw) = server.admin_and_caseworker().await;
    let case = cw.create_case().await.unwrap().case_id;
    let child = server
        .join(&cw, case, child_invite(AgeBand::Band16To17, None))
        .await;
    cw.set_consent_age(case, child.account_id(), 17, AgeSource::Document)
        .await
        .unwrap();
    let notice = child
        .consent_notice(TRACING, "en", AgeBand::Band16To17, None)
        .await
        .unwrap();
    let decide = |body: serde_json::Value| {
        let server = &server;
        let child = &child;
        async move {
            let res = server
                .http()
                .post(format!("{}/v1/cases/{case}/consents", server.url))
                .header("authorization", child.enrolment().authorization())
                .json(&body)
                .send()
                .await
                .unwrap();
            error_of(res).await
        }
    };
    let body = |sha: &str, version: u32, band: &str, purpose: &str| {
        json!({"subject": child.account_id(), "purpose": purpose, "version": version,
               "decision": "given", "notice": {"locale": "en", "band": band, "sha256": sha}})
    };
    let before = server.state();
    let other = "0".repeat(64);
    for (req, status, code) in [
        // A text other than the one the server has for this version: an edited notice.
        (
            body(&other, 1, "16-17", TRACING),
            409,
            "consent.notice_changed",
        ),
        // An older or newer version than the current one.
        (
            body(&notice.sha256, 2, "16-17", TRACING),
            409,
            "consent.notice_changed",
        ),
        // The notice of another band than the child's.
        (
            body(&notice.sha256, 1, "adult", TRACING),
            400,
            "request.invalid_field",
        ),
        (
            body(&notice.sha256, 1, "16-17", "sell-data"),
            404,
            "consent.purpose_not_found",
        ),
        // Contact needs a relative; tracing takes none.
        (
            body(&notice.sha256, 1, "16-17", CONTACT),
            400,
            "request.invalid_field",
        ),
    ] {
        let (s, c, _) = decide(req).await;
        assert_eq!((s, c.as_str()), (status, code));
    }
    // A language with no notice at all: unavailable, never another language's text.
    let err = child
        .consent_notice(TRACING, "de", AgeBand::Band16To17, None)
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::ConsentNoticeUnavailable));
    server.assert_unchanged(&before, "refused decisions");

    // A notice that does not hash to what it says is not shown by the SDK.
    let mut forged = notice.clone();
    forged.body.push_str(" We may also sell it.");
    forged.text = format!("{}\n\n{}\n\n{}", forged.title, forged.body, forged.withdraw);
    assert!(matches!(
        kinbridge_sdk::verify_notice(&forged),
        Err(SdkError::NoticeMismatch { .. })
    ));
    forged.sha256 = kinbridge_l10n::notice_sha256(&forged.text);
    assert!(matches!(
        kinbridge_sdk::verify_notice(&forged),
        Err(SdkError::NoticeMismatch { .. })
    ));

    // Given, then refused: the chain verifies; an edit to a stored event is found.
    child
        .decide_consent(
            case,
            child.account_id(),
            &notice,
            ConsentChoice::Given,
            None,
            None,
        )
        .await
        .unwrap();
    let shared = cw.export_case_for_tracing(case).await.unwrap();
    assert_eq!(shared.case.case_id, case);
    child
        .decide_consent(
            case,
            child.account_id(),
            &notice,
            ConsentChoice::Refused,
            None,
            None,
        )
        .await
        .unwrap();
    let record = child
        .consent_record(case, child.account_id())
        .await
        .unwrap();
    assert!(record.chain_intact);
    assert_eq!(status(&record, TRACING, None), ConsentStatus::Refused);
    // Sharing the case with a tracing partner needs that consent (a transfer does not).
    let err = cw.export_case_for_tracing(case).await.unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::ConsentNotGranted));
    cw.export_case(case).await.unwrap();
    // The server can give back the exact bytes each event was given against.
    let shown = record.events[0].notice_sha256.clone().unwrap();
    let again = child
        .consent_notice(
            TRACING,
            "en",
            AgeBand::Band16To17,
            Some(record.events[0].version),
        )
        .await
        .unwrap();
    assert_eq!(kinbridge_l10n::notice_sha256(&again.text), shown);
    server.tamper("UPDATE consent_events SET decision = 'given' WHERE seq = 2");
    let record = child
        .consent_record(case, child.account_id())
        .await
        .unwrap();
    assert!(!record.chain_intact);
    // Deleting the refusal is found too (the chain's events are numbered and linked).
    server.tamper("DELETE FROM consent_events WHERE seq = 1");
    let record = child
        .consent_record(case, child.account_id())
        .await
        .unwrap();
    assert!(!record.chain_intact);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_override_needs_a_second_staff_member_who_is_not_the_requester() {
    let server = TestServer::start().await;
    let (admin, cw) = server.admin_and_caseworker().await;
    let case = cw.create_case().await.unwrap().case_id;
    let child = invited(&cw, case, child_invite(AgeBand::Band6To9, None)).await;
    let guardian = invited(&cw, case, guardian_invite()).await;
    let aunt = invited(&cw, case, family_invite()).await;
    cw.set_consent_age(case, child, 8, AgeSource::SelfDeclared)
        .await
        .unwrap();
    in_person(
        &cw,
        case,
        child,
        child,
        AgeBand::Band6To9,
        CONTACT,
        Some(aunt),
        ConsentChoice::Given,
    )
    .await
    .unwrap();
    in_person(
        &cw,
        case,
        child,
        guardian,
        AgeBand::Adult,
        CONTACT,
        Some(aunt),
        ConsentChoice::Refused,
    )
    .await
    .unwrap();
    let request = cw
        .request_consent_override(
            case,
            child,
            CONTACT,
            Some(aunt),
            OverrideReason::BestInterestsDetermination,
        )
        .await
        .unwrap();
    assert_eq!(cw.consent_overrides(case).await.unwrap().len(), 1);
    // The requester cannot approve their own request.
    let before = server.state();
    let err = cw
        .approve_consent_override(case, &request.id)
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::ConsentOverrideSelfApproval));
    server.assert_unchanged(&before, "a self-approval");
    // A second caseworker of the case approves; the override names both.
    let code = admin
        .create_staff(kinbridge_protocol::StaffRole::Caseworker, "Caseworker Ben")
        .await
        .unwrap();
    let second = server.enrol(&code.code).await;
    cw.assign_staff(case, second.account_id()).await.unwrap();
    let event = second
        .approve_consent_override(case, &request.id)
        .await
        .unwrap();
    assert_eq!(event.decision, ConsentDecision::Overridden);
    assert_eq!(event.decided_by, Some(cw.account_id()));
    assert_eq!(event.approved_by, Some(second.account_id()));
    assert_eq!(
        event.reason.as_deref(),
        Some("best_interests_determination")
    );
    assert!(cw.consent_overrides(case).await.unwrap().is_empty());
    let err = second
        .approve_consent_override(case, &request.id)
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::ConsentOverrideNotFound));
    cw.set_contact_rule(
        case,
        child,
        aunt,
        ContactDecision::Allowed,
        ContactReason::RelationshipVerified,
    )
    .await
    .unwrap();
    // A later "no" is heard again: the override stood only against the refusals before it.
    in_person(
        &cw,
        case,
        child,
        child,
        AgeBand::Band6To9,
        CONTACT,
        Some(aunt),
        ConsentChoice::Refused,
    )
    .await
    .unwrap();
    let record = cw.consent_record(case, child).await.unwrap();
    assert_eq!(status(&record, CONTACT, Some(aunt)), ConsentStatus::Refused);
    assert!(record.chain_intact);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_childs_views_reach_the_caseworker_and_guardian_and_the_plan_shows_they_were_heard() {
    let server = TestServer::start().await;
    let (_admin, cw) = server.admin_and_caseworker().await;
    let case = cw.create_case().await.unwrap().case_id;
    let child = server
        .join(&cw, case, child_invite(AgeBand::Band10To12, None))
        .await;
    let guardian = server.join(&cw, case, guardian_invite()).await;
    let aunt = server.join(&cw, case, family_invite()).await;
    cw.set_consent_age(case, child.account_id(), 12, AgeSource::Assessment)
        .await
        .unwrap();

    // Deciding where the child lives without having asked them: refused, nothing changed.
    let before = server.state();
    let err = cw
        .change_stage(case, kinbridge_protocol::CaseStage::AlternativeCare)
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::CaseViewsNotSought));
    server.assert_unchanged(&before, "a placement without the child's views");

    // The caseworker asks; the child answers in words that only the caseworker and the
    // guardian can read.
    cw.request_views(
        case,
        child.account_id(),
        ViewDecision::ReunificationPlan,
        None,
    )
    .await
    .unwrap();
    let mut cw_events = cw.events();
    let mut guardian_events = guardian.events();
    let mut aunt_events = aunt.events();
    for s in [&mut cw_events, &mut guardian_events, &mut aunt_events] {
        synced(s).await;
    }
    let words = format!(
        "kbview{} I would like to live with my aunt",
        uuid::Uuid::new_v4().simple()
    );
    let (record, sent_to) = child
        .give_view(
            case,
            child.account_id(),
            ViewDecision::ReunificationPlan,
            None,
            Some(words.clone()),
            Vec::new(),
        )
        .await
        .unwrap();
    assert_eq!(record.kind, "given");
    assert_eq!(record.form, Some(ViewForm::Text));
    let mut expected = vec![cw.account_id(), guardian.account_id()];
    let mut got = sent_to.clone();
    expected.sort();
    got.sort();
    assert_eq!(got, expected);
    for events in [&mut cw_events, &mut guardian_events] {
        let m = next_received(events).await;
        assert_eq!(m.from, child.account_id());
        let view = m.view().expect("a view");
        assert_eq!(
            (view.id.as_str(), view.decision),
            (record.id.as_str(), ViewDecision::ReunificationPlan)
        );
        assert_eq!(view.text.as_deref(), Some(words.as_str()));
    }
    let quiet = tokio::time::timeout(
        std::time::Duration::from_millis(500),
        next_received(&mut aunt_events),
    );
    assert!(quiet.await.is_err(), "the aunt hears nothing");
    // The server keeps that a view was given, never what it says.
    let marker = words.split(' ').next().unwrap();
    assert!(!server.database_contents().contains(marker));
    let mine = child.export_my_data().await.unwrap();
    assert_eq!(
        mine.views.len(),
        2,
        "the child's export lists the views sought and given"
    );
    assert!(!serde_json::to_string(&mine).unwrap().contains(marker));
    let views = cw.child_views(case, child.account_id()).await.unwrap();
    let kinds: Vec<&str> = views.iter().map(|v| v.kind.as_str()).collect();
    assert_eq!(kinds, ["sought", "given"]);
    let err = aunt
        .child_views(case, child.account_id())
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::AuthForbidden));
    // Someone else's views are not the child's to give.
    let err = guardian
        .give_view(
            case,
            child.account_id(),
            ViewDecision::LivingWhileWaiting,
            None,
            Some("x".into()),
            Vec::new(),
        )
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::AuthForbidden));

    // Now the decision records that the child was heard.
    cw.change_stage(case, kinbridge_protocol::CaseStage::AlternativeCare)
        .await
        .unwrap();
    let history = cw.export_case(case).await.unwrap().stage_history;
    let last = history.last().unwrap();
    assert_eq!(last.child_views, Some(ChildViews::Given));

    // Another child, 8, never asked: the caseworker must say why.
    let other = cw.create_case().await.unwrap().case_id;
    let eight = invited(&cw, other, child_invite(AgeBand::Band6To9, None)).await;
    cw.set_consent_age(other, eight, 8, AgeSource::Document)
        .await
        .unwrap();
    let err = cw
        .change_stage(other, kinbridge_protocol::CaseStage::AlternativeCare)
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::CaseViewsNotSought));
    cw.change_stage_without_views(
        other,
        kinbridge_protocol::CaseStage::AlternativeCare,
        ViewsReason::UrgentProtection,
    )
    .await
    .unwrap();
    let last = cw
        .export_case(other)
        .await
        .unwrap()
        .stage_history
        .pop()
        .unwrap();
    assert_eq!(
        (last.child_views, last.views_reason),
        (
            Some(ChildViews::NotSought),
            Some(ViewsReason::UrgentProtection)
        )
    );

    // A child under 6 is not asked (their guardian and caseworker explain instead).
    let young = cw.create_case().await.unwrap().case_id;
    invited(&cw, young, child_invite(AgeBand::Band0To5, None)).await;
    cw.change_stage(young, kinbridge_protocol::CaseStage::AlternativeCare)
        .await
        .unwrap();
    let last = cw
        .export_case(young)
        .await
        .unwrap()
        .stage_history
        .pop()
        .unwrap();
    assert_eq!(last.child_views, Some(ChildViews::TooYoung));
}

/// A version of `share-tracing` as an NGO would publish it in `consent_content_dir`.
fn publish(dir: &std::path::Path, version: u32, material: bool, words: &str) {
    let base = dir.join("share-tracing").join(format!("v{version}"));
    std::fs::create_dir_all(base.join("en")).unwrap();
    std::fs::write(
        base.join("purpose.toml"),
        format!(
            "purpose = \"share-tracing\"\nversion = {version}\nlegal_basis = \"consent\"\n\
             data_categories = [\"identity-details\", \"family-details\", \"case-history\"]\n\
             special_categories = []\nrecipients = [\"tracing-partners\", \"health-authority\"]\n\
             retention = \"while-tracing-is-open\"\nscope = \"none\"\nmaterial = {material}\n"
        ),
    )
    .unwrap();
    let mut ftl = String::new();
    for band in ["b0to5", "b6to9", "b10to12", "b13to15", "b16to17", "adult"] {
        ftl.push_str(&format!(
            "notice-title-{band} = Sharing your details ({words})\n\
             notice-body-{band} =\n    We share your details with tracing partners and now also the health authority.\n    You decide.\n\
             notice-withdraw-{band} = You can withdraw at any time: tap Stop, or tell your caseworker.\n"
        ));
    }
    std::fs::write(base.join("en").join("notice.ftl"), ftl).unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_material_change_to_a_notice_supersedes_the_consents_given_before() {
    let dir = std::env::temp_dir().join(format!("kb-consent-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).unwrap();
    let folder = dir.clone();
    let mut server = TestServer::start_with(move |s| s.consent_content_dir = Some(folder)).await;
    let (_admin, cw) = server.admin_and_caseworker().await;
    let case = cw.create_case().await.unwrap().case_id;
    let child = server
        .join(&cw, case, child_invite(AgeBand::Band16To17, None))
        .await;
    cw.set_consent_age(case, child.account_id(), 17, AgeSource::Document)
        .await
        .unwrap();
    let v1 = child
        .consent_notice(TRACING, "en", AgeBand::Band16To17, None)
        .await
        .unwrap();
    assert_eq!(v1.version, 1);
    let given = child
        .decide_consent(
            case,
            child.account_id(),
            &v1,
            ConsentChoice::Given,
            None,
            None,
        )
        .await
        .unwrap();
    let record = child
        .consent_record(case, child.account_id())
        .await
        .unwrap();
    assert_eq!(status(&record, TRACING, None), ConsentStatus::Granted);

    // A new recipient: a material change, published as v2 (English only), after a restart.
    publish(&dir, 2, true, "v2");
    server.restart().await;
    let record = child
        .consent_record(case, child.account_id())
        .await
        .unwrap();
    assert_eq!(status(&record, TRACING, None), ConsentStatus::Superseded);
    assert!(record.chain_intact);
    // The text the first consent answered is still served, byte for byte.
    let old = child
        .consent_notice(TRACING, "en", AgeBand::Band16To17, Some(1))
        .await
        .unwrap();
    assert_eq!(Some(old.sha256.clone()), given.notice_sha256);
    assert_eq!(kinbridge_l10n::notice_sha256(&old.text), old.sha256);
    // Answering the old text now is refused; the new one needs its own answer.
    let err = child
        .decide_consent(
            case,
            child.account_id(),
            &old,
            ConsentChoice::Given,
            None,
            None,
        )
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::ConsentNoticeChanged));
    let v2 = child
        .consent_notice(TRACING, "en", AgeBand::Band16To17, None)
        .await
        .unwrap();
    assert_eq!(v2.version, 2);
    assert!(v2.body.contains("health authority"));
    assert_eq!(
        child
            .consent_notice(TRACING, "es", AgeBand::Band16To17, None)
            .await
            .unwrap_err()
            .code(),
        Some(ErrorCode::ConsentNoticeUnavailable)
    );
    child
        .decide_consent(
            case,
            child.account_id(),
            &v2,
            ConsentChoice::Given,
            None,
            None,
        )
        .await
        .unwrap();
    let record = child
        .consent_record(case, child.account_id())
        .await
        .unwrap();
    assert_eq!(status(&record, TRACING, None), ConsentStatus::Granted);

    // A published version never changes: a folder that redefines v1 stops the server.
    let other = std::env::temp_dir().join(format!("kb-consent-{}", uuid::Uuid::new_v4().simple()));
    publish(&other, 1, false, "rewritten");
    let mut settings = server.settings().clone();
    settings.bind = "127.0.0.1:0".parse().unwrap();
    settings.consent_content_dir = Some(other.clone());
    let Err(err) = kinbridge_server::Application::build(settings, server.clock.clone()) else {
        panic!("a server whose folder rewrites a published version started");
    };
    assert!(err.to_string().contains("already published"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
    std::fs::remove_dir_all(&other).unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_child_who_reaches_the_age_to_decide_alone_is_asked_for_their_own_answer() {
    let server = TestServer::start().await;
    let (_admin, cw) = server.admin_and_caseworker().await;
    let case = cw.create_case().await.unwrap().case_id;
    let child = server
        .join(&cw, case, child_invite(AgeBand::Band13To15, None))
        .await;
    let guardian = server.join(&cw, case, guardian_invite()).await;
    cw.set_consent_age(case, child.account_id(), 15, AgeSource::Document)
        .await
        .unwrap();
    // At 15: the guardian's consent and the child's assent.
    let notice = guardian
        .consent_notice(TRACING, "en", AgeBand::Adult, None)
        .await
        .unwrap();
    guardian
        .decide_consent(
            case,
            child.account_id(),
            &notice,
            ConsentChoice::Given,
            None,
            None,
        )
        .await
        .unwrap();
    let notice = child
        .consent_notice(TRACING, "en", AgeBand::Band13To15, None)
        .await
        .unwrap();
    child
        .decide_consent(
            case,
            child.account_id(),
            &notice,
            ConsentChoice::Given,
            None,
            None,
        )
        .await
        .unwrap();
    let record = cw.consent_record(case, child.account_id()).await.unwrap();
    assert_eq!(status(&record, TRACING, None), ConsentStatus::Granted);
    let mut child_events = child.events();
    let mut guardian_events = guardian.events();
    synced(&mut child_events).await;
    synced(&mut guardian_events).await;

    // Nothing to ask before the birthday.
    server
        .clock
        .advance(std::time::Duration::from_secs(300 * 24 * 3600));
    assert_eq!(server.maintenance().await.consent_prompts, 0);
    // A year on the child is 16 and decides alone: they are asked, once.
    server
        .clock
        .advance(std::time::Duration::from_secs(70 * 24 * 3600));
    assert_eq!(server.maintenance().await.consent_prompts, 1);
    let asked = wait_for(
        &mut child_events,
        |e| matches!(e, Event::ConsentRequested { purpose, .. } if purpose == TRACING),
    )
    .await;
    assert!(
        matches!(asked, Event::ConsentRequested { subject, .. } if subject == child.account_id())
    );
    let told = wait_for(&mut guardian_events, |e| {
        matches!(e, Event::ConsentChanged { .. })
    })
    .await;
    assert!(matches!(
        told,
        Event::ConsentChanged {
            status: ConsentStatus::Pending,
            ..
        }
    ));
    assert_eq!(server.maintenance().await.consent_prompts, 0, "once");
    // Until the child answers, it is not in force (the guardian's consent no longer counts).
    let record = cw.consent_record(case, child.account_id()).await.unwrap();
    assert_eq!(status(&record, TRACING, None), ConsentStatus::Pending);
    let notice = child
        .consent_notice(TRACING, "en", AgeBand::Band13To15, None)
        .await
        .unwrap();
    child
        .decide_consent(
            case,
            child.account_id(),
            &notice,
            ConsentChoice::Given,
            None,
            None,
        )
        .await
        .unwrap();
    let record = cw.consent_record(case, child.account_id()).await.unwrap();
    assert_eq!(status(&record, TRACING, None), ConsentStatus::Granted);
    let prompts = server.query_texts(
        "SELECT detail AS s FROM audit_events WHERE action = 'consent.request' AND actor_kind = 'system'",
    );
    assert_eq!(prompts, [format!("{TRACING}:own-age")]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_complaint_flow_never_checks_guardian_consent() {
    let server = TestServer::start().await;
    let (admin, cw) = server.admin_and_caseworker().await;
    let handler = server
        .enrol(
            &admin
                .create_staff(
                    kinbridge_protocol::StaffRole::ComplaintHandler,
                    "Handler Amina",
                )
                .await
                .unwrap()
                .code,
        )
        .await;
    let case = cw.create_case().await.unwrap().case_id;
    let child = server
        .join(&cw, case, child_invite(AgeBand::Band10To12, Some("es")))
        .await;
    let guardian = server.join(&cw, case, guardian_invite()).await;
    cw.set_consent_age(case, child.account_id(), 11, AgeSource::Assessment)
        .await
        .unwrap();
    // The guardian refuses everything a guardian can refuse.
    for purpose in [
        TRACING,
        "share-health",
        "photo-tracing",
        "keep-longer",
        "reunification-plan",
    ] {
        let notice = guardian
            .consent_notice(purpose, "en", AgeBand::Adult, None)
            .await
            .unwrap();
        guardian
            .decide_consent(
                case,
                child.account_id(),
                &notice,
                ConsentChoice::Refused,
                None,
                None,
            )
            .await
            .unwrap();
    }
    let record = cw.consent_record(case, child.account_id()).await.unwrap();
    assert!(
        record
            .states
            .iter()
            .all(|s| s.status == ConsentStatus::Refused)
    );
    // The child complains, in their name and without an account: both go through.
    let draft = |text: &str| kinbridge_sdk::complaints::ComplaintDraft {
        category: kinbridge_protocol::complaints::ComplaintCategory::HarmToChild,
        urgent: false,
        locale: "es".into(),
        band: AgeBand::Band10To12,
        text: text.to_owned(),
        about: Some(guardian.account_id()),
    };
    child
        .file_complaint(draft("Mi tutor me grita."))
        .await
        .unwrap();
    kinbridge_sdk::complaints::file_complaint(&server.config(), draft("Otra vez."))
        .await
        .unwrap();
    let queue = handler.complaint_queue(true).await.unwrap();
    assert_eq!(queue.len(), 2);
    let texts: Vec<String> = {
        let mut t = Vec::new();
        for c in &queue {
            t.push(
                handler.open_complaint(c.id).await.unwrap().messages[0]
                    .text
                    .clone()
                    .unwrap_or_default(),
            );
        }
        t.sort();
        t
    };
    assert_eq!(texts, ["Mi tutor me grita.", "Otra vez."]);
    // The guardian learns nothing of it.
    assert_eq!(
        guardian.complaint_queue(true).await.unwrap_err().code(),
        Some(ErrorCode::ComplaintNotHandler)
    );
}
