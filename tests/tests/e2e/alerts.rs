//! Check-ins and urgent alerts through the real server and the real SDK: a child's picture
//! check-in read on the caseworker's phone while the server holds only its time, "I need
//! help now" sent offline and escalated under the test clock until a person sees it, a
//! missing child's flag that holds back new contacts and new phones, and routing by risk
//! that finds the specialist on duty and never the staff member a complaint names.

use std::time::Duration;

use chrono::Timelike;
use futures_util::StreamExt;
use kinbridge_protocol::alerts::{AlertKind, AlertOutcome, DutyHours, RiskClass};
use kinbridge_protocol::api::InviteRequest;
use kinbridge_protocol::complaints::{ComplaintCategory, Triage};
use kinbridge_protocol::{
    AccountId, AgeBand, CaseId, ContactDecision, ContactReason, ErrorCode, StaffRole,
};
use kinbridge_sdk::alerts::{HelpOutcome, Trend, alert_text};
use kinbridge_sdk::complaints::{ComplaintDraft, file_complaint};
use kinbridge_sdk::{Client, Event, EventStream, SdkError};
use kinbridge_tests::{TestServer, error_of, next_received, synced, wait_for, websocket_request};
use serde_json::json;

fn child(band: AgeBand, locale: &str) -> InviteRequest {
    InviteRequest::Child {
        age_band: band,
        locale: Some(locale.to_owned()),
        grammatical_form: None,
    }
}

fn guardian() -> InviteRequest {
    InviteRequest::Guardian {
        display_name: "Guardian Samir".into(),
        locale: None,
    }
}

async fn staff(server: &TestServer, admin: &Client, role: StaffRole, name: &str) -> Client {
    let code = admin
        .create_staff(role, name)
        .await
        .expect("admin creates staff");
    server.enrol(&code.code).await
}

/// A case with a child (of `band`, reading `locale`) and a guardian, all enrolled.
async fn family_case(
    server: &TestServer,
    cw: &Client,
    band: AgeBand,
    locale: &str,
) -> (CaseId, Client, Client) {
    let case = cw.create_case().await.unwrap().case_id;
    let kid = server.join(cw, case, child(band, locale)).await;
    let guard = server.join(cw, case, guardian()).await;
    // The child's app keeps their profile (language, band) for texts shown offline.
    kid.me().await.unwrap();
    (case, kid, guard)
}

async fn alerted(stream: &mut EventStream) {
    let got = tokio::time::timeout(
        Duration::from_secs(10),
        wait_for(stream, |e| matches!(e, Event::Alert)),
    )
    .await;
    assert!(got.is_ok(), "an alert was expected");
}

async fn not_alerted(stream: &mut EventStream) {
    let got = tokio::time::timeout(
        Duration::from_millis(700),
        wait_for(stream, |e| matches!(e, Event::Alert)),
    )
    .await;
    assert!(got.is_err(), "no alert expected, got {got:?}");
}

/// The same JSON body posted to `url` at once, once per credential; the statuses.
async fn posted_at_once(
    server: &TestServer,
    url: &str,
    auths: Vec<String>,
    body: serde_json::Value,
) -> Vec<u16> {
    let sends: Vec<_> = auths
        .into_iter()
        .map(|auth| {
            let req = server
                .http()
                .post(url)
                .header("Authorization", auth)
                .json(&body);
            tokio::spawn(async move { req.send().await.unwrap().status().as_u16() })
        })
        .collect();
    let mut out = Vec::new();
    for s in sends {
        out.push(s.await.unwrap());
    }
    out
}

fn code_of(r: Result<impl std::fmt::Debug, SdkError>) -> Option<ErrorCode> {
    r.expect_err("refused").code()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dari_child_checks_in_with_pictures_and_only_the_carers_phones_know_how() {
    let server = TestServer::start().await;
    let (_admin, cw) = server.admin_and_caseworker().await;
    // Eight years old, reads Dari.
    let (case, kid, guard) = family_case(&server, &cw, AgeBand::Band6To9, "fa").await;
    let mut cw_events = cw.events();
    let mut guard_events = guard.events();
    synced(&mut cw_events).await;
    synced(&mut guard_events).await;

    // A face that does not exist is refused on the phone; nothing reaches the server.
    let before = server.settled_state().await;
    let refused = kid.check_in(case, 6, Vec::new(), None).await;
    assert!(
        matches!(refused, Err(SdkError::InvalidInput("face"))),
        "{refused:?}"
    );
    server.assert_unchanged(&before, "a sixth face");

    // Six check-ins, oldest first: good days, then bad ones. One with "I want to talk to"
    // my guardian, one with words.
    let canary = format!(
        "kbcanary{} I am scared at night",
        uuid::Uuid::new_v4().simple()
    );
    let faces = [4u8, 5, 4, 2, 1, 2];
    for (i, face) in faces.iter().enumerate() {
        let talk_to = if i == 4 {
            vec![guard.account_id()]
        } else {
            Vec::new()
        };
        let words = (i == 5).then(|| canary.clone());
        let (record, sent) = kid.check_in(case, *face, talk_to, words).await.unwrap();
        assert_eq!(record.child, kid.account_id());
        let mut to: Vec<AccountId> = sent;
        to.sort();
        let mut carers = vec![cw.account_id(), guard.account_id()];
        carers.sort();
        assert_eq!(
            to, carers,
            "each check-in goes to the caseworker and the guardian"
        );
        for stream in [&mut cw_events, &mut guard_events] {
            let m = next_received(stream).await;
            let c = m.check_in().expect("the message carries a check-in");
            assert_eq!((c.face, c.case, c.child), (*face, case, kid.account_id()));
        }
    }

    // The caseworker's phone shows them, newest first, and the trend, read on the phone.
    let history = cw.check_ins_of(kid.account_id()).unwrap();
    let seen: Vec<u8> = history.recent.iter().map(|c| c.face).collect();
    assert_eq!(seen, [2, 1, 2, 4, 5, 4]);
    assert_eq!(history.trend, Trend::Worse);
    assert_eq!(history.recent[0].words.as_deref(), Some(canary.as_str()));
    assert_eq!(history.recent[1].talk_to, [guard.account_id()]);
    assert_eq!(
        guard.check_ins_of(kid.account_id()).unwrap().recent.len(),
        6
    );

    // The server knows only that they happened, and when.
    let times = cw.check_in_times(case, kid.account_id()).await.unwrap();
    assert_eq!(times.times.len(), 6);
    assert!(times.times.windows(2).all(|w| w[0] >= w[1]), "newest first");
    let columns = server.query_texts(
        "SELECT id || '|' || case_id || '|' || child_id || '|' || client_id AS s FROM checkins",
    );
    assert_eq!(columns.len(), 6);
    let db = server.database_contents();
    assert!(
        !db.contains(&canary[..40]),
        "the words are nowhere on the server"
    );
    assert!(!db.contains("scared"));
    let details = server.query_texts(
        "SELECT COALESCE(detail, '') AS s FROM audit_events WHERE action = 'checkin.record'",
    );
    assert_eq!(
        details,
        vec![String::new(); 6],
        "no mood in the audit chain"
    );
    // The child's own export lists when they checked in, and nothing of what they said.
    let export = kid.export_my_data().await.unwrap();
    assert_eq!(export.check_ins.len(), 6);
    assert!(export.check_ins.iter().all(|c| c.case_id == case));
    let exported = serde_json::to_string(&export).unwrap();
    assert!(!exported.contains(&canary[..40]) && !exported.contains("scared"));

    // Someone else's check-ins are not the child's to read; nor is a stranger's case.
    let other_case = cw.create_case().await.unwrap().case_id;
    let other = server
        .join(&cw, other_case, child(AgeBand::Band10To12, "en"))
        .await;
    assert_eq!(
        code_of(other.check_in_times(case, kid.account_id()).await),
        Some(ErrorCode::CaseNotFound)
    );
    assert_eq!(
        code_of(kid.check_in(other_case, 3, Vec::new(), None).await),
        Some(ErrorCode::CaseNotFound)
    );

    // A rhythm agreed with the caseworker: one gentle invitation when it comes round, in
    // Dari for 6-9, and never a mark for a check-in missed.
    cw.set_check_in_rhythm(case, kid.account_id(), Some(2))
        .await
        .unwrap();
    let mut kid_events = kid.events();
    synced(&mut kid_events).await;
    server.clock.advance(Duration::from_secs(47 * 3600));
    assert_eq!(server.maintenance().await.alerts.invited, 0);
    server.clock.advance(Duration::from_secs(2 * 3600));
    assert_eq!(server.maintenance().await.alerts.invited, 1);
    assert_eq!(server.maintenance().await.alerts.invited, 0, "once");
    let invite = wait_for(&mut kid_events, |e| {
        matches!(e, Event::CheckInInvited { .. })
    })
    .await;
    assert_eq!(
        invite,
        Event::CheckInInvited {
            case,
            text: alert_text("checkin-invite", Some("fa"), AgeBand::Band6To9),
        }
    );
    assert!(
        server
            .query_texts("SELECT action AS s FROM audit_events WHERE action LIKE '%miss%'")
            .is_empty(),
        "a missed check-in is recorded nowhere"
    );
    // Out of range: refused, nothing changed.
    let before = server.state();
    let res = server
        .http()
        .put(format!("{}/v1/cases/{case}/checkins/rhythm", server.url))
        .header("Authorization", cw.enrolment().authorization())
        .json(&json!({"child": kid.account_id(), "every_days": 31}))
        .send()
        .await
        .unwrap();
    let (status, code, _) = error_of(res).await;
    assert_eq!((status, code.as_str()), (400, "request.invalid_field"));
    server.assert_unchanged(&before, "a rhythm of 31 days");

    // The guardian reads in the access log that the caseworker looked at the check-in
    // times (never what they said).
    let log = guard.access_log(case).await.unwrap();
    assert!(log.entries.iter().any(|e| e.action == "checkins.list"));
    assert!(log.entries.iter().any(|e| e.action == "checkin.rhythm.set"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn help_asked_offline_reaches_on_call_staff_on_reconnect_escalates_and_the_child_is_told() {
    let mut server = TestServer::start().await;
    let (admin, cw) = server.admin_and_caseworker().await;
    let first = staff(&server, &admin, StaffRole::Caseworker, "On call Leila").await;
    let second = staff(&server, &admin, StaffRole::Supervisor, "Backup Omar").await;
    admin
        .put_on_roster(first.account_id(), 1, Vec::new(), None)
        .await
        .unwrap();
    admin
        .put_on_roster(second.account_id(), 2, Vec::new(), None)
        .await
        .unwrap();
    let (case, kid, guard) = family_case(&server, &cw, AgeBand::Band6To9, "fa").await;
    // Sessions with the carers exist before the network goes.
    kid.send_message(guard.account_id(), b"hello")
        .await
        .unwrap();
    kid.send_message(cw.account_id(), b"hello").await.unwrap();

    // No connection: the request waits on the phone.
    server.stop().await;
    let canary = format!(
        "kbcanary{} a man is following me",
        uuid::Uuid::new_v4().simple()
    );
    let out = kid.ask_for_help(case, Some(canary.clone())).await.unwrap();
    assert_eq!(
        out,
        HelpOutcome::Queued {
            text: alert_text("help-queued", Some("fa"), AgeBand::Band6To9)
        }
    );
    assert_eq!(kid.outbox_len().unwrap(), 1);

    server.restart().await;
    let mut one = first.events();
    let mut two = second.events();
    let mut cw_events = cw.events();
    synced(&mut one).await;
    synced(&mut two).await;
    synced(&mut cw_events).await;
    assert!(
        first.alerts().await.unwrap().is_empty(),
        "nothing before the child is back"
    );

    // The child's phone reconnects: the request goes at once, and tier one is alerted.
    let mut kid_events = kid.events();
    alerted(&mut one).await;
    not_alerted(&mut two).await;
    let alerts = first.alerts().await.unwrap();
    assert_eq!(alerts.len(), 1);
    let alert = &alerts[0];
    assert_eq!(
        (
            alert.kind,
            alert.child,
            alert.case_id,
            alert.tier,
            alert.risk
        ),
        (
            AlertKind::HelpNow,
            kid.account_id(),
            case,
            1,
            RiskClass::General
        )
    );
    assert_eq!(kid.outbox_len().unwrap(), 0);
    // The words went to the caseworker and guardian, end-to-end encrypted.
    let words = loop {
        let m = next_received(&mut cw_events).await;
        if let Some(w) = m.help_words() {
            break w;
        }
    };
    assert_eq!((words.case, words.words.as_str()), (case, canary.as_str()));

    // The same request again (an outbox resend after a lost answer) is the same alert.
    let client_id = server.query_texts("SELECT client_id AS s FROM alerts")[0].clone();
    let res = server
        .http()
        .post(format!("{}/v1/cases/{case}/help", server.url))
        .header("Authorization", kid.enrolment().authorization())
        .json(&json!({"client_id": client_id}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    // Five at once (a flaky network resending): still the one alert.
    let url = format!("{}/v1/cases/{case}/help", server.url);
    let auth = kid.enrolment().authorization();
    let statuses = posted_at_once(
        &server,
        &url,
        vec![auth; 5],
        json!({"client_id": client_id}),
    )
    .await;
    assert_eq!(statuses, [201; 5]);
    assert_eq!(server.query_texts("SELECT id AS s FROM alerts").len(), 1);

    // Nobody takes it for 15 minutes (the default): tier two.
    server.clock.advance(Duration::from_secs(14 * 60));
    assert_eq!(server.maintenance().await.alerts.escalated, 0);
    server.clock.advance(Duration::from_secs(2 * 60));
    assert_eq!(server.maintenance().await.alerts.escalated, 1);
    alerted(&mut two).await;
    let at_two = second.alerts().await.unwrap();
    assert_eq!(at_two[0].tier, 2);
    assert!(kid.help_requests().await.unwrap()[0].view.seen_at.is_none());

    // Tier two takes it: the child is told, in Dari for 6-9, that a person has seen it.
    second.acknowledge_alert(at_two[0].id).await.unwrap();
    let seen = wait_for(&mut kid_events, |e| matches!(e, Event::HelpSeen { .. })).await;
    let told = alert_text("help-seen", Some("fa"), AgeBand::Band6To9);
    assert_eq!(
        seen,
        Event::HelpSeen {
            case,
            alert: at_two[0].id,
            text: told.clone()
        }
    );
    let mine = kid.help_requests().await.unwrap();
    assert_eq!(mine.len(), 1);
    assert!(mine[0].view.seen_at.is_some());
    assert_eq!(mine[0].text, told);
    // Taken: the clock stops.
    server.clock.advance(Duration::from_secs(3600));
    assert_eq!(server.maintenance().await.alerts.escalated, 0);

    // Resolved once; a second time is refused and changes nothing.
    second
        .resolve_alert(at_two[0].id, AlertOutcome::Safe)
        .await
        .unwrap();
    let before = server.state();
    assert_eq!(
        code_of(
            second
                .resolve_alert(at_two[0].id, AlertOutcome::Other)
                .await
        ),
        Some(ErrorCode::AlertAlreadyResolved)
    );
    server.assert_unchanged(&before, "a second resolution");
    let export = kid.export_my_data().await.unwrap();
    assert_eq!(export.alerts.len(), 1);
    assert_eq!(export.alerts[0].outcome, Some(AlertOutcome::Safe));

    // The timeline, as the audit chain holds it (printed for the closing note).
    let timeline = server.query_texts(
        "SELECT CAST(occurred_at AS TEXT) || '  ' || action || '  ' || COALESCE(detail, '') AS s FROM audit_events WHERE action IN ('help.request', 'alert.escalate', 'alert.acknowledge', 'alert.resolve') ORDER BY seq",
    );
    println!("help-now timeline:\n{}", timeline.join("\n"));
    let actions: Vec<&str> = timeline
        .iter()
        .map(|l| l.split("  ").nth(1).unwrap_or_default())
        .collect();
    assert_eq!(
        actions,
        [
            "help.request",
            "alert.escalate",
            "alert.acknowledge",
            "alert.resolve"
        ]
    );
    // The words are nowhere on the server; the guardian and child see the staff actions.
    assert!(!server.database_contents().contains(&canary[..40]));
    let log = guard.access_log(case).await.unwrap();
    for action in ["alert.acknowledge", "alert.resolve"] {
        assert!(log.entries.iter().any(|e| e.action == action), "{action}");
    }
    let kid_log = kid.access_log(case).await.unwrap();
    let ack = kid_log
        .entries
        .iter()
        .find(|e| e.action == "alert.acknowledge")
        .expect("the child sees who saw their call");
    assert_eq!(kid_log.locale, "fa");
    assert!(ack.text.contains("Backup Omar"), "{}", ack.text);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_missing_child_gets_no_new_contact_or_phone_until_found() {
    let server = TestServer::start().await;
    let (admin, cw) = server.admin_and_caseworker().await;
    let on_call = staff(&server, &admin, StaffRole::Caseworker, "On call Leila").await;
    admin
        .put_on_roster(on_call.account_id(), 1, Vec::new(), None)
        .await
        .unwrap();
    let (case, kid, guard) = family_case(&server, &cw, AgeBand::Band13To15, "en").await;
    let aunt = cw
        .invite(
            case,
            InviteRequest::Family {
                relationship: kinbridge_protocol::Relationship::AuntOrUncle,
                locale: None,
                grammatical_form: None,
            },
        )
        .await
        .unwrap()
        .account_id;
    kinbridge_tests::consent_to_contact(&cw, case, &kid, aunt).await;
    // A code for a new phone, issued before anyone knew (the old phone revoked).
    cw.revoke_device(kid.device_id()).await.unwrap();
    let code = cw
        .reissue_member_code(case, kid.account_id())
        .await
        .unwrap();

    let mut alerts = on_call.events();
    synced(&mut alerts).await;
    let missing = guard.report_missing(case, kid.account_id()).await.unwrap();
    assert_eq!(missing.kind, AlertKind::Missing);
    assert_eq!(missing.raised_by, guard.account_id());
    alerted(&mut alerts).await;
    assert_eq!(
        code_of(cw.report_missing(case, kid.account_id()).await),
        Some(ErrorCode::AlertAlreadyOpen)
    );
    // Only the child of the case can be missing; a family member cannot report.
    assert_eq!(
        code_of(cw.report_missing(case, aunt).await),
        Some(ErrorCode::CaseMemberNotFound)
    );

    // While missing: no new contact, no new code, no new phone, and nothing changes.
    let before = server.state();
    let refused = cw
        .set_contact_rule(
            case,
            kid.account_id(),
            aunt,
            ContactDecision::Allowed,
            ContactReason::RelationshipVerified,
        )
        .await;
    assert_eq!(code_of(refused), Some(ErrorCode::AlertChildMissing));
    assert_eq!(
        code_of(cw.reissue_member_code(case, kid.account_id()).await),
        Some(ErrorCode::AlertChildMissing)
    );
    assert_eq!(
        code_of(cw.invite(case, guardian()).await),
        Some(ErrorCode::AlertChildMissing),
        "a new guardian would reach the child by default"
    );
    // The code issued before was cancelled with the report; whoever holds it learns
    // nothing: the answer any unknown code gets.
    let enrol = Client::enrol(server.config(), &code.code).await;
    let err = enrol.expect_err("no new phone for a missing child");
    assert_eq!(err.code(), Some(ErrorCode::EnrolmentCodeInvalid));
    assert!(!err.to_string().contains("missing"), "{err}");
    server.assert_unchanged(&before, "a missing child's new contact, code and phone");

    // Found after 90 minutes: resolved, and the flag lifts.
    server.clock.advance(Duration::from_secs(90 * 60));
    let taken = on_call.acknowledge_alert(missing.id).await.unwrap();
    assert!(taken.acknowledged_at.is_some());
    assert_eq!(
        code_of(on_call.resolve_alert(missing.id, AlertOutcome::Safe).await),
        Some(ErrorCode::RequestInvalidField),
        "`safe` is for a call for help; a missing child is `found_safe`"
    );
    on_call
        .resolve_alert(missing.id, AlertOutcome::FoundSafe)
        .await
        .unwrap();
    cw.set_contact_rule(
        case,
        kid.account_id(),
        aunt,
        ContactDecision::Allowed,
        ContactReason::RelationshipVerified,
    )
    .await
    .expect("a found child's contacts can be allowed again");
    assert_eq!(
        Client::enrol(server.config(), &code.code)
            .await
            .expect_err("the cancelled code stays cancelled")
            .code(),
        Some(ErrorCode::EnrolmentCodeInvalid)
    );
    let code = cw
        .reissue_member_code(case, kid.account_id())
        .await
        .unwrap();
    let phone = Client::enrol(server.config(), &code.code)
        .await
        .expect("a new code works once the child is found");
    assert_eq!(phone.account_id(), kid.account_id());

    // Missing again, reported by two people at once: one alert.
    let url = format!("{}/v1/cases/{case}/missing", server.url);
    let mut statuses = posted_at_once(
        &server,
        &url,
        vec![
            guard.enrolment().authorization(),
            cw.enrolment().authorization(),
        ],
        json!({"child": kid.account_id()}),
    )
    .await;
    statuses.sort_unstable();
    assert_eq!(statuses, [201, 409]);
    // With the phone on, messages still wait for the child.
    let out = guard
        .send_message(kid.account_id(), b"we are looking for you")
        .await
        .unwrap();
    assert!(
        matches!(out, kinbridge_sdk::SendOutcome::Sent { .. }),
        "{out:?}"
    );
    assert_eq!(server.queued_for(phone.device_id()), 1);

    // Supervisors see time missing in aggregate, nobody named.
    let supervisor = server.supervisor().await;
    let m = supervisor.alert_metrics().await.unwrap();
    assert_eq!(m.missing_open, 1);
    assert_eq!(m.missing_median_minutes, Some(90));
    assert_eq!(m.missing_longest_minutes, Some(90));
    assert_eq!(m.missing_outcomes.len(), 1);
    assert_eq!(m.missing_outcomes[0].outcome, AlertOutcome::FoundSafe);
    let text = serde_json::to_string(&m).unwrap();
    assert!(!text.contains(&kid.account_id().to_string()));
    assert!(!text.contains(&case.to_string()));
    assert_eq!(
        code_of(cw.alert_metrics().await),
        Some(ErrorCode::AuthForbidden)
    );
    // The child reads who reported them missing and who closed it.
    let log = phone.access_log(case).await.unwrap();
    for action in ["missing.flag", "alert.acknowledge", "alert.resolve"] {
        assert!(log.entries.iter().any(|e| e.action == action), "{action}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_trafficking_alert_finds_the_specialist_on_duty_and_never_the_staff_a_complaint_names() {
    let server = TestServer::start().await;
    let (admin, cw) = server.admin_and_caseworker().await;
    let named = staff(&server, &admin, StaffRole::Caseworker, "Named Specialist").await;
    let asleep = staff(&server, &admin, StaffRole::Caseworker, "Day Specialist").await;
    let general = staff(&server, &admin, StaffRole::Caseworker, "General Tier One").await;
    let specialist = staff(&server, &admin, StaffRole::Caseworker, "Night Specialist").await;
    let hour = u8::try_from(server.clock.now().hour()).unwrap();
    let off_duty = DutyHours {
        from_hour: (hour + 2) % 24,
        to_hour: (hour + 4) % 24,
    };
    let trafficking = vec![RiskClass::Trafficking];
    admin
        .put_on_roster(named.account_id(), 1, trafficking.clone(), None)
        .await
        .unwrap();
    admin
        .put_on_roster(asleep.account_id(), 1, trafficking.clone(), Some(off_duty))
        .await
        .unwrap();
    admin
        .put_on_roster(general.account_id(), 1, Vec::new(), None)
        .await
        .unwrap();
    admin
        .put_on_roster(specialist.account_id(), 2, trafficking.clone(), None)
        .await
        .unwrap();
    // Bad roster entries are refused and change nothing.
    let before = server.state();
    assert_eq!(
        code_of(
            admin
                .put_on_roster(general.account_id(), 9, Vec::new(), None)
                .await
        ),
        Some(ErrorCode::RequestInvalidField)
    );
    assert_eq!(
        code_of(
            admin
                .put_on_roster(
                    general.account_id(),
                    1,
                    vec![RiskClass::Trafficking, RiskClass::Trafficking],
                    None
                )
                .await
        ),
        Some(ErrorCode::RequestInvalidField)
    );
    assert_eq!(
        code_of(
            cw.put_on_roster(general.account_id(), 1, Vec::new(), None)
                .await
        ),
        Some(ErrorCode::AuthForbidden)
    );
    server.assert_unchanged(&before, "bad roster entries");

    let (case, kid, guard) = family_case(&server, &cw, AgeBand::Band13To15, "en").await;
    cw.set_case_risk(case, RiskClass::Trafficking)
        .await
        .unwrap();

    // A complaint about the tier-one trafficking specialist, linked to the child's case.
    let handler = staff(
        &server,
        &admin,
        StaffRole::ComplaintHandler,
        "Handler Amina",
    )
    .await;
    let draft = ComplaintDraft {
        category: ComplaintCategory::StaffMisconduct,
        urgent: false,
        locale: "en".into(),
        band: AgeBand::Band13To15,
        text: "The specialist took my phone.".into(),
        about: Some(named.account_id()),
    };
    file_complaint(&server.config(), draft).await.unwrap();
    let complaint = handler.complaint_queue(true).await.unwrap()[0].id;
    handler
        .triage_complaint(
            complaint,
            &Triage {
                case_id: Some(Some(case)),
                ..Triage::default()
            },
        )
        .await
        .unwrap();

    // The child, enrolled, complains about their own caseworker; nobody has linked it to
    // the case yet. From now on nothing about the child's wellbeing reaches that
    // caseworker: not alerts, not check-ins, not the access log's alert lines.
    kid.file_complaint(ComplaintDraft {
        category: ComplaintCategory::StaffMisconduct,
        urgent: false,
        locale: "en".into(),
        band: AgeBand::Band13To15,
        text: "My caseworker shouts at me.".into(),
        about: Some(cw.account_id()),
    })
    .await
    .unwrap();
    let (_, sent) = kid.check_in(case, 2, Vec::new(), None).await.unwrap();
    assert_eq!(
        sent,
        [guard.account_id()],
        "the check-in skips the caseworker"
    );

    let mut spec_events = specialist.events();
    let mut asleep_events = asleep.events();
    for s in [&mut spec_events, &mut asleep_events] {
        synced(s).await;
    }
    // Raw sockets of the named and the general staff member, to see the frames themselves
    // (a device has one connection: these are theirs).
    let raw = |c: &Client| {
        let auth = c.enrolment().authorization();
        let url = server.url.clone();
        async move {
            tokio_tungstenite::connect_async(websocket_request(
                &url,
                &[("Authorization", auth.as_str())],
            ))
            .await
            .unwrap()
            .0
        }
    };
    let named_raw = raw(&named).await;
    let general_raw = raw(&general).await;

    let out = kid.ask_for_help(case, None).await.unwrap();
    assert!(matches!(out, HelpOutcome::Sent { .. }), "{out:?}");
    // The specialist on duty (tier two): not the named one, not the one off duty, not the
    // generalist of tier one.
    alerted(&mut spec_events).await;
    not_alerted(&mut asleep_events).await;
    let alert = specialist.alerts().await.unwrap()[0].clone();
    assert_eq!((alert.tier, alert.risk), (2, RiskClass::Trafficking));
    // The named specialist cannot see or take it.
    assert!(named.alerts().await.unwrap().is_empty());
    assert_eq!(
        code_of(named.acknowledge_alert(alert.id).await),
        Some(ErrorCode::AlertNotFound)
    );

    // Nobody takes it: past the last tier, everyone who may have it, never the named one.
    server.clock.advance(Duration::from_secs(16 * 60));
    assert_eq!(server.maintenance().await.alerts.escalated, 1);
    alerted(&mut asleep_events).await;
    assert_eq!(specialist.alerts().await.unwrap()[0].tier, 0);
    assert!(
        cw.alerts().await.unwrap().is_empty(),
        "not the caseworker the child named"
    );
    specialist.acknowledge_alert(alert.id).await.unwrap();
    let seen_by = |log: kinbridge_protocol::api::AccessLog| {
        log.entries.iter().any(|e| e.action == "alert.acknowledge")
    };
    assert!(seen_by(guard.access_log(case).await.unwrap()));
    assert!(!seen_by(cw.access_log(case).await.unwrap()));

    // Alerts carry no content: the frames are one size and only say "look".
    let frames = |mut ws: tokio_tungstenite::WebSocketStream<
        tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>,
    >| async move {
        let mut out = Vec::new();
        while let Ok(Some(Ok(msg))) =
            tokio::time::timeout(Duration::from_millis(500), ws.next()).await
        {
            let text = msg.into_text().unwrap_or_default().to_string();
            if text.contains("\"alert\"") {
                out.push(text);
            }
        }
        out
    };
    // The generalist of tier one: nothing for the trafficking specialists' first alert,
    // one when it went to everyone; the named specialist: never anything.
    let general_frames = frames(general_raw).await;
    assert_eq!(general_frames.len(), 1, "{general_frames:?}");
    let v: serde_json::Value = serde_json::from_str(&general_frames[0]).unwrap();
    let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["pad", "type"]);
    assert_eq!(general_frames[0].len(), 64);
    assert!(
        frames(named_raw).await.is_empty(),
        "never to the named specialist"
    );
}
