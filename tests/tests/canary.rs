//! The canary suite: every capability that exists is driven with a unique canary string in
//! every place a person or a client could put text — free-text fields, unknown fields,
//! codes, locales, headers, query strings, paths — and then the canary is searched for in
//! the database (the SQLite files' bytes, every PostgreSQL row), the server's log output
//! and every export. It must appear nowhere: message plaintext reaches the database only
//! as Signal ciphertext, which the search cannot and must not find it in.
//!
//! A staff member's working name is the one free text the server keeps on purpose (see
//! docs/privacy.md); it carries a second marker that must be found in the database — proof
//! that the search can find what is there — and never in the logs.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests fail by panicking"
)]

use kinbridge_protocol::api::InviteRequest;
use kinbridge_protocol::{
    AgeBand, CaseStage, ContactDecision, ContactReason, Relationship, StaffRole,
};
use kinbridge_sdk::Client;
use kinbridge_tests::TestServer;
use serde_json::json;

fn hex(s: &str) -> String {
    s.bytes().map(|b| format!("{b:02x}")).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_canary_is_nowhere() {
    let logs = kinbridge_tests::capture_logs();
    let canary = format!("kbcanary{}", uuid::Uuid::new_v4().simple());
    let staff_marker = format!("kbstaffname{}", uuid::Uuid::new_v4().simple());
    let server = TestServer::start().await;
    let http = server.http();

    // Staff, with the one kept free text carrying the marker.
    let admin = server
        .enrol(
            &server
                .create_staff(StaffRole::Admin, &format!("Admin {staff_marker}"))
                .code,
        )
        .await;
    let cw = server
        .enrol(
            &admin
                .create_staff(StaffRole::Caseworker, "Caseworker Ana")
                .await
                .unwrap()
                .code,
        )
        .await;
    let case = cw.create_case().await.unwrap().case_id;
    let sibling = cw.create_case().await.unwrap().case_id;
    let child = server
        .join(
            &cw,
            case,
            InviteRequest::Child {
                age_band: AgeBand::Band10To12,
                locale: Some("ar".into()),
                grammatical_form: None,
            },
        )
        .await;
    let family = server
        .join(
            &cw,
            case,
            InviteRequest::Family {
                relationship: Relationship::CustomaryCaregiver,
                locale: Some("ps".into()),
                grammatical_form: None,
            },
        )
        .await;
    let guardian = server
        .join(
            &cw,
            case,
            InviteRequest::Guardian {
                display_name: "Guardian Samir".into(),
                locale: None,
            },
        )
        .await;
    kinbridge_tests::consent_to_contact(&cw, case, &child, family.account_id()).await;
    cw.set_contact_rule(
        case,
        child.account_id(),
        family.account_id(),
        ContactDecision::Allowed,
        ContactReason::RelationshipVerified,
    )
    .await
    .unwrap();
    cw.link_cases(case, sibling).await.unwrap();
    cw.change_stage(case, CaseStage::Tracing).await.unwrap();

    // The canary, everywhere a client could put it. Every one of these is refused.
    let auth = cw.enrolment().authorization();
    let base = &server.url;
    let bodies: Vec<(reqwest::Method, String, serde_json::Value)> = vec![
        (
            reqwest::Method::POST,
            format!("{base}/v1/cases/{case}/invitations"),
            json!({"child": {"age_band": "10-12", "display_name": canary}}),
        ),
        (
            reqwest::Method::POST,
            format!("{base}/v1/cases/{case}/invitations"),
            json!({"child": {"age_band": "10-12", "locale": canary}}),
        ),
        (
            reqwest::Method::POST,
            format!("{base}/v1/cases/{case}/invitations"),
            json!({"family": {"relationship": canary}}),
        ),
        (
            reqwest::Method::POST,
            format!("{base}/v1/cases/{case}/invitations"),
            json!({"guardian": {"display_name": "G", "note": canary}}),
        ),
        (
            reqwest::Method::POST,
            format!("{base}/v1/cases/{case}/stage"),
            json!({"stage": "tracing", "why": canary}),
        ),
        (
            reqwest::Method::POST,
            format!("{base}/v1/cases/{case}/stage"),
            json!({"stage": canary}),
        ),
        (
            reqwest::Method::PUT,
            format!("{base}/v1/cases/{case}/contact-rules"),
            json!({"member_a": child.account_id(), "member_b": family.account_id(),
                "decision": "blocked", "reason": "other", "comment": canary}),
        ),
        (
            reqwest::Method::POST,
            format!("{base}/v1/cases/{case}/staff"),
            json!({"account_id": canary}),
        ),
        (
            reqwest::Method::POST,
            format!("{base}/v1/cases/{case}/links"),
            json!({"case_id": sibling, "kind": "sibling", "note": canary}),
        ),
        (
            reqwest::Method::POST,
            format!("{base}/v1/staff"),
            json!({"role": "caseworker", "display_name": "X", "email": canary}),
        ),
        // Consent and views: no field takes free text.
        (
            reqwest::Method::POST,
            format!("{base}/v1/cases/{case}/consents"),
            json!({"subject": child.account_id(), "purpose": canary, "version": 1, "decision": "given",
                "notice": {"locale": "en", "band": "10-12", "sha256": "0".repeat(64)}}),
        ),
        (
            reqwest::Method::POST,
            format!("{base}/v1/cases/{case}/consents"),
            json!({"subject": child.account_id(), "purpose": "share-tracing", "version": 1, "decision": "given",
                "notice": {"locale": "en", "band": "10-12", "sha256": "0".repeat(64)},
                "interpreter_locale": canary, "on_behalf_of": child.account_id(), "modality": "read_aloud"}),
        ),
        (
            reqwest::Method::POST,
            format!("{base}/v1/cases/{case}/consent-overrides"),
            json!({"subject": child.account_id(), "purpose": "share-tracing", "reason": canary}),
        ),
        (
            reqwest::Method::POST,
            format!("{base}/v1/cases/{case}/views/requests"),
            json!({"subject": child.account_id(), "decision": "reunification_plan", "note": canary}),
        ),
        // Complaints: the server takes no free text in clear.
        (
            reqwest::Method::POST,
            format!("{base}/v1/complaints"),
            json!({"proof": {"challenge": "AA==", "nonce": 1}, "category": "other", "urgent": false,
                "locale": canary, "band": "adult", "lookup": "AA==", "reporter_key": "AA==",
                "keys": [], "body": "AA==", "about": canary}),
        ),
        (
            reqwest::Method::POST,
            format!("{base}/v1/complaints/lookup"),
            json!({"proof": {"challenge": canary, "nonce": 1}, "lookup": canary}),
        ),
        (
            reqwest::Method::PUT,
            format!("{base}/v1/complaints/{}/triage", uuid::Uuid::new_v4()),
            json!({"labels": [canary]}),
        ),
        (
            reqwest::Method::POST,
            format!("{base}/v1/enrolment"),
            json!({"code": canary, "registration_id": 1, "identity_key": "AA==",
                "signed_prekey": {"key_id": 1, "public_key": "AA==", "signature": "AA=="},
                "kyber_last_resort_prekey": {"key_id": 1, "public_key": "AA==", "signature": "AA=="}}),
        ),
    ];
    for (method, url, body) in bodies {
        let res = http
            .request(method, &url)
            .header("authorization", &auth)
            .header("user-agent", &canary)
            .header("x-forwarded-for", &canary)
            .header("accept-language", &canary)
            .json(&body)
            .send()
            .await
            .unwrap();
        assert!(res.status().is_client_error(), "{url}: {}", res.status());
    }
    // In codes, credentials, paths and query strings.
    let err = Client::enrol(server.config(), &canary).await.unwrap_err();
    assert!(err.code().is_some());
    for url in [
        format!("{base}/v1/cases/{canary}"),
        format!("{base}/v1/cases?{canary}={canary}"),
        format!("{base}/v1/{canary}"),
    ] {
        http.get(&url)
            .header("authorization", &auth)
            .header("referer", &canary)
            .send()
            .await
            .unwrap();
    }
    http.get(format!("{base}/v1/me"))
        .header("authorization", format!("Bearer {canary}"))
        .send()
        .await
        .unwrap();

    // Messages: a canary plaintext goes from the child to the guardian and back, end to
    // end encrypted; one is left queued (undelivered) so it sits in the database.
    child
        .send_message(guardian.account_id(), format!("secret {canary}").as_bytes())
        .await
        .unwrap();
    let (got, _) = guardian.poll_messages().await.unwrap();
    assert_eq!(got[0].body, format!("secret {canary}").into_bytes());
    guardian
        .send_message(child.account_id(), format!("reply {canary}").as_bytes())
        .await
        .unwrap();
    child
        .send_message(guardian.account_id(), format!("queued {canary}").as_bytes())
        .await
        .unwrap();
    // Sealed sender (the guardian learned the child's access key from its messages) and
    // the case circle (child, family, guardian, caseworker), left queued too.
    guardian.poll_messages().await.unwrap();
    child.poll_messages().await.unwrap();
    guardian
        .send_sealed_message(child.account_id(), format!("sealed {canary}").as_bytes())
        .await
        .unwrap();
    child
        .send_circle_message(case, format!("circle {canary}").as_bytes())
        .await
        .unwrap();
    // A view on the reunification plan, in the child's words: encrypted to the caseworker
    // and guardian; the server records only that it was given.
    child
        .give_view(
            case,
            child.account_id(),
            kinbridge_protocol::ViewDecision::ReunificationPlan,
            None,
            Some(format!("view {canary}")),
            vec![format!("picture-{canary}")],
        )
        .await
        .unwrap();
    assert!(
        server.snapshot()["envelopes"] > 0,
        "ciphertext is in the database"
    );

    // Complaints: one without an account and one as the child, the canary in the text; a
    // handler reads them on their device, notes and replies with the canary; the reporter
    // adds more with the receipt, from another phone. Neither the text nor the receipt
    // code may appear anywhere.
    let desk = server
        .enrol(
            &admin
                .create_staff(StaffRole::ComplaintHandler, "Handler Hana")
                .await
                .unwrap()
                .code,
        )
        .await;
    let child_auth_early = child.enrolment().authorization();
    let complaint = |text: String| kinbridge_sdk::complaints::ComplaintDraft {
        category: kinbridge_protocol::complaints::ComplaintCategory::StaffMisconduct,
        urgent: true,
        locale: "en".into(),
        band: AgeBand::Band10To12,
        text,
        about: None,
    };
    let filed = kinbridge_sdk::complaints::file_complaint(
        &server.config(),
        complaint(format!("complaint {canary}")),
    )
    .await
    .unwrap();
    child
        .file_complaint(complaint(format!("enrolled complaint {canary}")))
        .await
        .unwrap();
    for c in desk.complaint_queue(true).await.unwrap() {
        let thread = desk.open_complaint(c.id).await.unwrap();
        assert!(
            thread.messages[0]
                .text
                .as_deref()
                .unwrap_or_default()
                .contains(&canary)
        );
        desk.write_on_complaint(
            c.id,
            kinbridge_protocol::complaints::EntryVisibility::Internal,
            &format!("note {canary}"),
        )
        .await
        .unwrap();
        desk.set_complaint_status(
            c.id,
            kinbridge_protocol::complaints::ComplaintStatus::InReview,
            Some(&format!("reply {canary}")),
        )
        .await
        .unwrap();
    }
    kinbridge_sdk::complaints::add_to_complaint(
        &server.config(),
        &filed.receipt,
        &format!("more {canary}"),
    )
    .await
    .unwrap();
    let reread = kinbridge_sdk::complaints::read_complaint(&server.config(), &filed.receipt)
        .await
        .unwrap();
    assert_eq!(reread.messages.len(), 3);
    // A check-in with words, and "I need help now" with words: both end-to-end encrypted
    // to the guardian and caseworker; the server learns only that they happened.
    let (_, to) = child
        .check_in(
            case,
            2,
            vec![guardian.account_id()],
            Some(format!("checkin {canary}")),
        )
        .await
        .unwrap();
    assert_eq!(to.len(), 2, "the caseworker and the guardian");
    let help = child
        .ask_for_help(case, Some(format!("help {canary}")))
        .await
        .unwrap();
    assert!(
        matches!(help, kinbridge_sdk::alerts::HelpOutcome::Sent { .. }),
        "{help:?}"
    );
    let (read, _) = guardian.poll_messages().await.unwrap();
    assert!(read.iter().any(|m| {
        m.check_in()
            .is_some_and(|c| c.words.as_deref() == Some(format!("checkin {canary}").as_str()))
    }));
    assert!(read.iter().any(|m| {
        m.help_words()
            .is_some_and(|h| h.words == format!("help {canary}"))
    }));
    for (method, path, body) in [
        (
            reqwest::Method::POST,
            format!("/v1/cases/{case}/checkins"),
            json!({"client_id": canary, "mood": canary}),
        ),
        (
            reqwest::Method::POST,
            format!("/v1/cases/{case}/help"),
            json!({"client_id": "x", "words": canary}),
        ),
        (
            reqwest::Method::POST,
            format!("/v1/cases/{case}/missing"),
            json!({"child": canary}),
        ),
        (
            reqwest::Method::PUT,
            format!("/v1/cases/{case}/risk"),
            json!({"risk": canary}),
        ),
    ] {
        let res = http
            .request(method, format!("{base}{path}"))
            .header("authorization", &child_auth_early)
            .json(&body)
            .send()
            .await
            .unwrap();
        assert!(res.status().is_client_error(), "{path}: {}", res.status());
    }

    let receipt_digits: String = filed
        .receipt
        .display()
        .chars()
        .filter(char::is_ascii_digit)
        .collect();

    // The same headers on requests that succeed, of every kind: reads, a key fetch, the
    // preferences, the access key, and a WebSocket that delivers an envelope and takes its
    // acknowledgement; then the canary rides in an ack frame where a guid belongs.
    let guardian_auth = guardian.enrolment().authorization();
    let child_auth = child.enrolment().authorization();
    let with_canary = |req: reqwest::RequestBuilder| {
        req.header("user-agent", &canary)
            .header("x-forwarded-for", &canary)
            .header("accept-language", format!("fr, {canary}"))
            .header("referer", &canary)
    };
    let succeeding = [
        (reqwest::Method::GET, format!("{base}/v1/me"), None),
        (reqwest::Method::GET, format!("{base}/v1/cases"), None),
        (
            reqwest::Method::GET,
            format!("{base}/v1/cases/{case}/status"),
            None,
        ),
        (
            reqwest::Method::GET,
            format!("{base}/v1/cases/{case}/access-log"),
            None,
        ),
        (
            reqwest::Method::GET,
            format!("{base}/v1/keys/{}/*", guardian.account_id()),
            None,
        ),
        (
            reqwest::Method::PUT,
            format!("{base}/v1/me/preferences"),
            Some(json!({"locale": "fr"})),
        ),
        (
            reqwest::Method::PUT,
            format!("{base}/v1/access-key"),
            Some(json!({"access_key": "AAECAwQFBgcICQoLDA0ODw=="})),
        ),
    ];
    for (method, url, body) in succeeding {
        let mut req = with_canary(http.request(method, &url)).header("authorization", &child_auth);
        if let Some(body) = body {
            req = req.json(&body);
        }
        let res = req.send().await.unwrap();
        assert!(res.status().is_success(), "{url}: {}", res.status());
    }
    child
        .send_message(guardian.account_id(), format!("socket {canary}").as_bytes())
        .await
        .unwrap();
    {
        use futures_util::{SinkExt, StreamExt};
        use tokio_tungstenite::tungstenite::Message;
        let request = kinbridge_tests::websocket_request(
            base,
            &[
                ("authorization", &guardian_auth),
                ("user-agent", &canary),
                ("x-forwarded-for", &canary),
                ("referer", &canary),
            ],
        );
        let (mut socket, _) = tokio_tungstenite::connect_async(request).await.unwrap();
        let mut acked = 0;
        while let Ok(Some(Ok(frame))) =
            tokio::time::timeout(std::time::Duration::from_secs(10), socket.next()).await
        {
            let Message::Text(text) = frame else { continue };
            let frame: serde_json::Value = serde_json::from_str(&text).unwrap();
            if frame["type"] == "queue_empty" {
                break;
            }
            if let Some(guid) = frame["envelope"]["guid"].as_str() {
                let ack = json!({"type": "ack", "guid": guid}).to_string();
                socket.send(Message::text(ack)).await.unwrap();
                acked += 1;
            }
        }
        assert!(acked > 0, "the socket delivered the queued envelopes");
        // An ack with the canary where a guid belongs closes the socket (1007, a frame
        // that is not an acknowledgement); the logs are searched for it below.
        socket
            .send(Message::text(
                json!({"type": "ack", "guid": canary}).to_string(),
            ))
            .await
            .unwrap();
        let closed = loop {
            match tokio::time::timeout(std::time::Duration::from_secs(10), socket.next()).await {
                Ok(Some(Ok(Message::Close(frame)))) => break frame.map(|f| u16::from(f.code)),
                Ok(Some(Ok(_))) => {}
                other => panic!("the socket did not close: {other:?}"),
            }
        };
        assert_eq!(closed, Some(1007));
    }
    guardian.poll_messages().await.unwrap();

    // Every read that exists, so that exports and logs have everything in them.
    for who in [&admin, &cw, &child, &family, &guardian] {
        who.me().await.unwrap();
        who.my_cases().await.unwrap();
        who.devices().await.unwrap();
    }
    child.access_log(case).await.unwrap();
    child.case_status(case).await.unwrap();
    family.case_status(case).await.unwrap();
    cw.contact_rules(case).await.unwrap();
    server.maintenance().await;

    let mut exports = String::new();
    for who in [&admin, &cw, &child, &family, &guardian] {
        exports.push_str(&serde_json::to_string(&who.export_my_data().await.unwrap()).unwrap());
    }
    exports.push_str(&serde_json::to_string(&cw.export_case(case).await.unwrap()).unwrap());
    let supervisor = server.supervisor().await;
    assert!(supervisor.verify_audit().await.unwrap().ok);
    supervisor.stage_metrics().await.unwrap();

    // Positive control for the capture: a marker logged at each level under the server's
    // target must come back, at that level, from the same capture the search reads.
    let planted = format!("kbplanted{}", uuid::Uuid::new_v4().simple());
    tracing::error!(target: "kinbridge_server::canary", marker = %planted, "planted");
    tracing::warn!(target: "kinbridge_server::canary", marker = %planted, "planted");
    tracing::info!(target: "kinbridge_server::canary", marker = %planted, "planted");
    tracing::debug!(target: "kinbridge_server::canary", marker = %planted, "planted");
    tracing::trace!(target: "kinbridge_server::canary", marker = %planted, "planted");

    let database = server.database_contents();
    let log_text = logs.text();
    drop(server);

    assert!(
        log_text.contains("http.route=/v1/cases/{case_id}/invitations"),
        "log capture works"
    );
    for level in ["ERROR", "WARN", "INFO", "DEBUG", "TRACE"] {
        assert!(
            log_text
                .lines()
                .any(|line| line.contains(&planted) && line.contains(level)),
            "a line logged at {level} is missing from the capture"
        );
    }
    for (place, text) in [
        ("database", &database),
        ("logs", &log_text),
        ("exports", &exports),
    ] {
        assert!(!text.contains(&canary), "the canary is in the {place}");
        for receipt in [&receipt_digits, &filed.receipt.display()] {
            assert!(
                !text.contains(receipt.as_str()),
                "a receipt code is in the {place}"
            );
        }
        assert!(
            !text.contains(&hex(&canary)),
            "the canary is in the {place}, hex-encoded"
        );
    }
    // The search finds what is kept on purpose: the staff working name.
    assert!(
        database.contains(&staff_marker),
        "the search would have found the canary"
    );
    assert!(exports.contains(&staff_marker));
    assert!(
        !log_text.contains(&staff_marker),
        "a staff name is in the logs"
    );
}
