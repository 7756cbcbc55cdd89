//! Retention under a test clock: expired data goes, live data stays, the audit chain still
//! verifies with the ids of deleted subjects stripped; exports round-trip.

use std::time::Duration;

use kinbridge_protocol::api::{InviteRequest, PersonalExport};
use kinbridge_protocol::{AgeBand, CaseStage, ErrorCode, Relationship};
use kinbridge_tests::TestServer;

const DAY: u64 = 24 * 3600;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retention_removes_what_expired_and_keeps_what_lives() {
    let server = TestServer::start().await;
    let (_admin, cw) = server.admin_and_caseworker().await;
    let closing = cw.create_case().await.unwrap().case_id;
    let open = cw.create_case().await.unwrap().case_id;
    let invite = |case| {
        let cw = cw.clone();
        async move {
            cw.invite(
                case,
                InviteRequest::Child {
                    age_band: AgeBand::Band13To15,
                    locale: None,
                    grammatical_form: None,
                },
            )
            .await
            .unwrap()
        }
    };
    let gone_child = server.enrol(&invite(closing).await.code).await;
    let kept_child = server.enrol(&invite(open).await.code).await;
    let pending = invite(open).await; // never used
    cw.change_stage(closing, CaseStage::Closed).await.unwrap();
    gone_child.case(closing).await.unwrap();

    // A day later: used codes past their grace go; nothing else.
    server.clock.advance(Duration::from_secs(DAY + 3600));
    let report = server.maintenance().await;
    assert_eq!(report.enrolment_codes, 4, "{report:?}");
    assert!(report.closed_cases.is_empty());
    assert_eq!(
        server.snapshot()["enrolment_codes"],
        1,
        "only the pending code is left"
    );

    // A year later the closed case is due. A dry run first: it says what would go and
    // deletes nothing.
    server.clock.advance(Duration::from_secs(365 * DAY));
    // A case closed just now is not due.
    let recent = cw.create_case().await.unwrap().case_id;
    cw.change_stage(recent, CaseStage::Closed).await.unwrap();
    let before = server.snapshot();
    let dry = kinbridge_server::cli::retention_run(server.settings(), &server.clock, true).unwrap();
    assert!(dry.dry_run);
    assert_eq!(dry.closed_cases, vec![closing.to_string()]);
    assert_eq!((dry.accounts, dry.devices), (1, 1));
    assert_eq!(dry.enrolment_codes, 1, "the pending code has expired");
    assert!(dry.audit_events_stripped > 0);
    let after = server.snapshot();
    for (table, n) in &before {
        if *table != "audit_events" && *table != "audit_head" {
            assert_eq!(after[table], *n, "a dry run changed {table}");
        }
    }
    assert_eq!(
        after["audit_events"],
        before["audit_events"] + 1,
        "the dry run is recorded"
    );

    let report = server.maintenance().await;
    assert_eq!(report.closed_cases, dry.closed_cases);
    assert_eq!(report.audit_events_stripped, dry.audit_events_stripped);

    // Gone: the case, its invitee's account and device (the phone is refused), the code.
    let err = gone_child.me().await.unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::AuthCredentialInvalid));
    let err = cw.case(closing).await.unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::CaseNotFound));
    let err = kinbridge_sdk::Client::enrol(server.config(), &pending.code)
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::EnrolmentCodeInvalid));
    // Kept: the open case and its child, the recently closed case.
    assert_eq!(kept_child.my_cases().await.unwrap()[0].case_id, open);
    assert_eq!(cw.case(recent).await.unwrap().stage, CaseStage::Closed);
    assert_eq!(cw.case(open).await.unwrap().stage, CaseStage::Registered);

    // The audit keeps every event, none of them names what was deleted, and the chain
    // still verifies.
    let gone_ids = [
        closing.to_string(),
        gone_child.account_id().to_string(),
        gone_child.device_id().to_string(),
    ];
    for id in &gone_ids {
        let hits = server.query_texts(&format!(
            "SELECT CAST(seq AS TEXT) AS s FROM audit_events WHERE \
             COALESCE(case_id, '') = '{id}' OR COALESCE(actor_account, '') = '{id}' \
             OR COALESCE(actor_device, '') = '{id}' OR COALESCE(subjects, '') LIKE '%{id}%'"
        ));
        assert!(hits.is_empty(), "audit events still name {id}: {hits:?}");
    }
    let runs =
        server.query_texts("SELECT detail AS s FROM audit_events WHERE action = 'retention.run'");
    assert_eq!(runs.len(), 2);
    // The two envelopes are the server's notices of the children's new phones, which the
    // caseworker's phone never collected.
    assert!(
        runs[1].starts_with("codes:1 envelopes:2 cases:1 accounts:1 devices:1"),
        "{}",
        runs[1]
    );
    let supervisor = server.supervisor().await;
    let report = supervisor.verify_audit().await.unwrap();
    assert!(report.ok, "{report:?}");
    assert_eq!(report.checkpoints, 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exports_round_trip_and_match_what_the_api_shows() {
    let server = TestServer::start().await;
    let (_admin, cw) = server.admin_and_caseworker().await;
    let case = cw.create_case().await.unwrap().case_id;
    let child = server
        .join(
            &cw,
            case,
            InviteRequest::Child {
                age_band: AgeBand::Band16To17,
                locale: Some("uk".into()),
                grammatical_form: None,
            },
        )
        .await;
    let family = server
        .join(
            &cw,
            case,
            InviteRequest::Family {
                relationship: Relationship::Grandparent,
                locale: None,
                grammatical_form: None,
            },
        )
        .await;
    cw.change_stage(case, CaseStage::Tracing).await.unwrap();

    let export = child.export_my_data().await.unwrap();
    assert_eq!(export.format, "kinbridge-personal-export/1");
    assert_eq!(export.account, child.me().await.unwrap());
    assert_eq!(export.devices, child.devices().await.unwrap());
    assert_eq!(export.cases.len(), 1);
    let exported = &export.cases[0];
    assert_eq!(exported.case, child.case(case).await.unwrap());
    assert_eq!(exported.members, child.case_members(case).await.unwrap());
    let stages: Vec<CaseStage> = exported.stage_history.iter().map(|s| s.to).collect();
    assert_eq!(stages, vec![CaseStage::Registered, CaseStage::Tracing]);
    assert_eq!(exported.stage_history[1].by, cw.account_id());
    let log = exported
        .access_log
        .as_ref()
        .expect("a child sees who looked");
    assert_eq!(
        log.len(),
        child.access_log(case).await.unwrap().entries.len()
    );
    // One JSON document that reads back to the same value.
    let json = serde_json::to_string(&export).unwrap();
    let back: PersonalExport = serde_json::from_str(&json).unwrap();
    assert_eq!(back, export);

    // A family member's export has no access log (they may not read it).
    let family_export = family.export_my_data().await.unwrap();
    assert!(family_export.cases[0].access_log.is_none());

    // The caseworker exports the whole case for a transfer; nobody else may.
    let case_export = cw.export_case(case).await.unwrap();
    assert_eq!(case_export.format, "kinbridge-case-export/1");
    assert_eq!(case_export.members.len(), 3);
    assert_eq!(case_export.stage_history.len(), 2);
    assert!(
        case_export
            .access_log
            .iter()
            .any(|e| e.action == "case.stage.change")
    );
    for who in [&child, &family] {
        let err = who.export_case(case).await.unwrap_err();
        assert_eq!(err.code(), Some(ErrorCode::AuthForbidden));
    }
}

/// A reinstall replaces a revoked phone at once (its queue and prekeys go with it); the
/// record of the message ids the old phone sent, kept for retries, goes at the next
/// maintenance pass rather than waiting out its time to live.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_replaced_phones_message_ids_go_at_the_next_pass() {
    let server = TestServer::start().await;
    let (_admin, cw) = server.admin_and_caseworker().await;
    let case = cw.create_case().await.unwrap().case_id;
    let child = server
        .join(
            &cw,
            case,
            InviteRequest::Child {
                age_band: AgeBand::Band13To15,
                locale: None,
                grammatical_form: None,
            },
        )
        .await;
    child.send_message(cw.account_id(), b"hello").await.unwrap();
    let old = child.device_id().to_string();
    let senders = || server.query_texts("SELECT sender_device AS s FROM sent_messages");
    assert_eq!(senders(), vec![old.clone()]);

    cw.revoke_device(child.device_id()).await.unwrap();
    let code = cw
        .reissue_member_code(case, child.account_id())
        .await
        .unwrap();
    let reinstalled = server.enrol(&code.code).await;
    reinstalled
        .send_message(cw.account_id(), b"again")
        .await
        .unwrap();
    assert!(senders().contains(&old), "kept until the next pass");

    server.maintenance().await;
    assert_eq!(senders(), vec![reinstalled.device_id().to_string()]);
}
