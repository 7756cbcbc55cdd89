//! Case status for children: rendered per member, pushed over the WebSocket on a stage
//! change, cached by the SDK for when the network is down.

use std::time::Duration;

use kinbridge_l10n::Catalog;
use kinbridge_protocol::api::{CaseStatus, InviteRequest, StageCorrectionReason};
use kinbridge_protocol::{AgeBand, CaseStage, ErrorCode, GrammaticalForm, Relationship, StaffRole};
use kinbridge_sdk::{Event, EventStream, Freshness};
use kinbridge_tests::TestServer;

/// The next event that is not about the connection itself, within 10 s.
async fn next_event(stream: &mut EventStream) -> Event {
    loop {
        let event = tokio::time::timeout(Duration::from_secs(10), stream.next())
            .await
            .expect("an event within 10 s")
            .expect("the stream is open");
        if !matches!(
            event,
            Event::Connected | Event::Disconnected | Event::Synced
        ) {
            return event;
        }
    }
}

async fn connected(stream: &mut EventStream) {
    let first = tokio::time::timeout(Duration::from_secs(10), stream.next())
        .await
        .expect("connects within 10 s");
    assert_eq!(first, Some(Event::Connected));
}

fn expected(stage: CaseStage, band: AgeBand, form: Option<GrammaticalForm>, lang: &str) -> String {
    let c = Catalog::embedded();
    c.render_status(stage, band, form, &c.negotiate(&[lang.parse().unwrap()]))
        .title
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stage_change_reaches_the_child_in_arabic_and_the_family_in_pashto() {
    let server = TestServer::start().await;
    let (_admin, cw) = server.admin_and_caseworker().await;
    let case = cw.create_case().await.unwrap().case_id;
    let child = server
        .join(
            &cw,
            case,
            InviteRequest::Child {
                age_band: AgeBand::Band10To12,
                locale: Some("ar".into()),
                grammatical_form: Some(GrammaticalForm::Feminine),
            },
        )
        .await;
    let family = server
        .join(
            &cw,
            case,
            InviteRequest::Family {
                relationship: Relationship::Grandparent,
                locale: Some("ps".into()),
                grammatical_form: None,
            },
        )
        .await;
    let mut child_events = child.events();
    let mut family_events = family.events();
    connected(&mut child_events).await;
    connected(&mut family_events).await;

    cw.change_stage(case, CaseStage::Tracing).await.unwrap();

    let Event::CaseStatus { headline, status } = next_event(&mut child_events).await else {
        panic!("expected a status")
    };
    assert_eq!(status.case_id, case);
    assert_eq!(status.stage, CaseStage::Tracing);
    assert_eq!(
        (status.locale.as_str(), status.direction.as_str()),
        ("ar", "rtl")
    );
    assert_eq!(status.audience, AgeBand::Band10To12);
    assert_eq!(status.content_version, "status/v2");
    assert_eq!(
        status.parts.title,
        expected(
            CaseStage::Tracing,
            AgeBand::Band10To12,
            Some(GrammaticalForm::Feminine),
            "ar"
        )
    );
    assert!(status.reassurance.is_some(), "tracing reassures");
    assert!(!headline.is_empty() && !headline.contains("notification-"));

    let Event::CaseStatus { status, .. } = next_event(&mut family_events).await else {
        panic!("expected a status")
    };
    assert_eq!(
        (status.locale.as_str(), status.direction.as_str()),
        ("ps", "rtl")
    );
    assert_eq!(status.audience, AgeBand::Adult);
    assert_eq!(
        status.parts.title,
        expected(CaseStage::Tracing, AgeBand::Adult, None, "ps")
    );

    // What the endpoint says is what was pushed.
    let fetched = child.case_status(case).await.unwrap();
    assert_eq!(fetched.freshness, Freshness::Live);
    assert_eq!(
        fetched.status.parts.title,
        expected(
            CaseStage::Tracing,
            AgeBand::Band10To12,
            Some(GrammaticalForm::Feminine),
            "ar"
        )
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn status_is_for_members_and_speaks_their_language() {
    let server = TestServer::start().await;
    let (_admin, cw) = server.admin_and_caseworker().await;
    let case = cw.create_case().await.unwrap().case_id;
    let other = cw.create_case().await.unwrap().case_id;
    let child = server
        .join(
            &cw,
            case,
            InviteRequest::Child {
                age_band: AgeBand::Band6To9,
                locale: None,
                grammatical_form: None,
            },
        )
        .await;
    let status: CaseStatus = child.case_status(case).await.unwrap().status;
    assert_eq!(status.parts.title, "Your case has started");
    assert_eq!(status.locale, "en");
    assert!(
        status.reassurance.is_none(),
        "registered needs no reassurance"
    );

    // A child of another case gets 404 for this case's status.
    let other_child = server
        .join(
            &cw,
            other,
            InviteRequest::Child {
                age_band: AgeBand::Band6To9,
                locale: None,
                grammatical_form: None,
            },
        )
        .await;
    let err = other_child.case_status(case).await.unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::CaseNotFound));

    // No stored language: the device's Accept-Language decides; an unknown one gets
    // English and a header naming what was asked for.
    let url = format!("{}/v1/cases/{case}/status", server.url);
    let get = |lang: &'static str| {
        server
            .http()
            .get(&url)
            .header("authorization", child.enrolment().authorization())
            .header("accept-language", lang)
            .send()
    };
    let res = get("pt-BR").await.unwrap();
    assert_eq!(res.headers()["content-language"], "en");
    assert_eq!(res.headers()["kinbridge-locale-fallback"], "pt-BR");
    let res = get("fa-AF").await.unwrap();
    assert_eq!(res.headers()["content-language"], "fa");
    assert!(res.headers().get("kinbridge-locale-fallback").is_none());
    let body: CaseStatus = res.json().await.unwrap();
    assert_eq!(body.direction, "rtl");
    assert_eq!(
        body.parts.title,
        expected(CaseStage::Registered, AgeBand::Band6To9, None, "fa")
    );

    // The child sets their language and form: the stored preference wins over the header.
    let me = child
        .set_preferences(Some(Some("uk")), Some(Some(GrammaticalForm::Masculine)))
        .await
        .unwrap();
    assert_eq!(me.locale.as_deref(), Some("uk"));
    let body: CaseStatus = get("fa-AF").await.unwrap().json().await.unwrap();
    assert_eq!(body.locale, "uk");
    let err = child
        .set_preferences(Some(Some("not a language")), None)
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::RequestInvalidField));
    // `null` clears a preference; a field left out stays as it is.
    let me = child.set_preferences(Some(None), None).await.unwrap();
    assert_eq!(me.locale, None);
    assert_eq!(me.grammatical_form, Some(GrammaticalForm::Masculine));
    let body: CaseStatus = get("fa-AF").await.unwrap().json().await.unwrap();
    assert_eq!(body.locale, "fa", "the header decides again");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_the_server_stopped_the_sdk_shows_the_cached_status_and_its_age() {
    let server = TestServer::start().await;
    let (_admin, cw) = server.admin_and_caseworker().await;
    let case = cw.create_case().await.unwrap().case_id;
    let child = server
        .join(
            &cw,
            case,
            InviteRequest::Child {
                age_band: AgeBand::Band13To15,
                locale: Some("so".into()),
                grammatical_form: None,
            },
        )
        .await;
    cw.change_stage(case, CaseStage::Tracing).await.unwrap();
    child.me().await.unwrap();
    let live = child.case_status(case).await.unwrap();
    assert_eq!(live.freshness, Freshness::Live);

    server.stop().await;
    let offline = child.case_status(case).await.unwrap();
    let Freshness::Cached { age, .. } = offline.freshness else {
        panic!("expected the cached status, got {:?}", offline.freshness)
    };
    assert!(age < Duration::from_secs(60));
    assert_eq!(offline.status.stage, CaseStage::Tracing);
    assert_eq!(offline.status.locale, "so");
    assert_eq!(
        offline.status.parts, live.status.parts,
        "rendered on the phone, same words"
    );
    // A case never fetched has nothing to show offline: the network error stands.
    let err = child
        .case_status(kinbridge_protocol::CaseId::random())
        .await
        .unwrap_err();
    assert!(
        matches!(err, kinbridge_sdk::SdkError::Network(_)),
        "{err:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_socket_closes_on_revocation_and_when_the_device_connects_elsewhere() {
    let server = TestServer::start().await;
    let (_admin, cw) = server.admin_and_caseworker().await;
    let case = cw.create_case().await.unwrap().case_id;
    let child = server
        .join(
            &cw,
            case,
            InviteRequest::Child {
                age_band: AgeBand::Band10To12,
                locale: None,
                grammatical_form: None,
            },
        )
        .await;
    let mut first = child.events();
    connected(&mut first).await;
    let mut second = child.events();
    connected(&mut second).await;
    assert_eq!(next_event(&mut first).await, Event::ConnectedElsewhere);
    assert_eq!(first.next().await, None, "the replaced stream ends");

    cw.revoke_device(child.device_id()).await.unwrap();
    assert_eq!(next_event(&mut second).await, Event::Revoked);
    // And a new connection is refused as revoked.
    let mut third = child.events();
    assert_eq!(
        tokio::time::timeout(Duration::from_secs(10), third.next())
            .await
            .unwrap(),
        Some(Event::Revoked)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn supervisors_correct_stages_and_read_time_in_stage_in_aggregate() {
    let server = TestServer::start().await;
    let (_admin, cw) = server.admin_and_caseworker().await;
    let supervisor = server.supervisor().await;
    let day = Duration::from_secs(86_400);
    let case = cw.create_case().await.unwrap().case_id;
    server.clock.advance(day * 2);
    for (stage, days) in [
        (CaseStage::Tracing, 10),
        (CaseStage::FamilyFound, 3),
        (CaseStage::Verifying, 5),
        (CaseStage::Assessing, 7),
        (CaseStage::PlanningReunification, 4),
        (CaseStage::Reunified, 0),
    ] {
        cw.change_stage(case, stage).await.unwrap();
        server.clock.advance(day * days);
    }
    let open = cw.create_case().await.unwrap().case_id;

    let m = supervisor.stage_metrics().await.unwrap();
    assert_eq!(m.reunified_cases, 1);
    let to_reunify = m.median_days_to_reunification.unwrap();
    assert!((to_reunify - 31.0).abs() < 0.01, "{to_reunify}");
    let figure = |s: CaseStage| m.stages.iter().find(|f| f.stage == s).unwrap().clone();
    assert!((figure(CaseStage::Tracing).median_days.unwrap() - 10.0).abs() < 0.01);
    assert_eq!(figure(CaseStage::Registered).cases_now, 1);
    assert_eq!(figure(CaseStage::Reunified).cases_now, 1);
    for who in [&cw] {
        let err = who.stage_metrics().await.unwrap_err();
        assert_eq!(err.code(), Some(ErrorCode::AuthForbidden));
    }

    // A correction: the open case was really already tracing. Only supervisors may
    // propose one, and it takes a second supervisor (see abuse.rs for the refusals).
    let reason = StageCorrectionReason::RecordedInError;
    let err = cw
        .propose_stage_correction(open, CaseStage::Tracing, reason)
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::AuthForbidden));
    let proposal = supervisor
        .propose_stage_correction(open, CaseStage::Tracing, reason)
        .await
        .unwrap();
    let second = server.supervisor().await;
    let change = second.approve_stage_correction(&proposal).await.unwrap();
    assert_eq!(
        (change.from, change.to),
        (Some(CaseStage::Registered), CaseStage::Tracing)
    );
    assert_eq!(cw.case(open).await.unwrap().stage, CaseStage::Tracing);
    let err = supervisor
        .propose_stage_correction(open, CaseStage::Tracing, reason)
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::CaseStageTransitionNotAllowed));
    let err = supervisor
        .propose_stage_correction(
            kinbridge_protocol::CaseId::random(),
            CaseStage::Closed,
            reason,
        )
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::CaseNotFound));
    // The supervisor still reads no case content.
    assert_eq!(
        supervisor.case(open).await.unwrap_err().code(),
        Some(ErrorCode::CaseNotFound)
    );
    let corrections = server
        .query_texts("SELECT detail AS s FROM audit_events WHERE action = 'case.stage.correct'");
    assert_eq!(
        corrections,
        vec!["registered->tracing recorded_in_error".to_owned()]
    );
    let _ = StaffRole::Supervisor;
}
