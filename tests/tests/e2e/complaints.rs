//! Complaints through the real server and the real SDK: filed without an account and
//! encrypted on the device, read back on a fresh device with only the receipt, triaged by
//! handlers who decrypt on their own devices, never shown to the person complained about,
//! urgent alerts that escalate, deadlines that survive status changes, identity that needs
//! a second custodian, and retention that never eats a live complaint.

use std::time::Duration;

use futures_util::StreamExt;
use kinbridge_l10n::Catalog;
use kinbridge_protocol::api::InviteRequest;
use kinbridge_protocol::complaints::{
    Challenge, ComplaintCategory, ComplaintStatus, EntryAuthor, EntryVisibility,
    IdentityRequestState, Triage,
};
use kinbridge_protocol::{AgeBand, ErrorCode, StaffRole};
use kinbridge_sdk::complaints::{
    ComplaintDraft, ReceiptCode, add_to_complaint, file_complaint, read_complaint, solve_challenge,
};
use kinbridge_sdk::{Client, Event, SdkError};
use kinbridge_tests::{TestServer, error_of, wait_for, websocket_request};
use serde_json::json;

fn draft(text: &str, locale: &str, band: AgeBand) -> ComplaintDraft {
    ComplaintDraft {
        category: ComplaintCategory::HarmToChild,
        urgent: false,
        locale: locale.to_owned(),
        band,
        text: text.to_owned(),
        about: None,
    }
}

async fn handler(server: &TestServer, admin: &Client, name: &str) -> Client {
    let code = admin
        .create_staff(StaffRole::ComplaintHandler, name)
        .await
        .expect("admin creates a complaint handler");
    server.enrol(&code.code).await
}

fn code_of(e: &SdkError) -> Option<ErrorCode> {
    e.code()
}

/// The text of a complaint content message in a locale (the catalogue's own).
fn content(id: &str, locale: &str) -> String {
    let catalog = Catalog::embedded();
    let chain = catalog.negotiate_header(Some(locale));
    let text = catalog.format(&chain, id, None);
    assert!(!text.fell_back, "{id} exists in {locale}");
    text.text
}

async fn expect_event(stream: &mut kinbridge_sdk::EventStream, want: Event) {
    let got = tokio::time::timeout(
        Duration::from_secs(10),
        wait_for(stream, |e| {
            matches!(
                (e, &want),
                (Event::DeskActivity, Event::DeskActivity) | (Event::DeskUrgent, Event::DeskUrgent)
            )
        }),
    )
    .await;
    assert!(got.is_ok(), "expected {want:?}");
}

/// Nothing of this kind arrives within a moment.
async fn no_event(stream: &mut kinbridge_sdk::EventStream, urgent: bool) {
    let got = tokio::time::timeout(
        Duration::from_millis(700),
        wait_for(stream, |e| {
            if urgent {
                matches!(e, Event::DeskUrgent)
            } else {
                matches!(e, Event::DeskActivity | Event::DeskUrgent)
            }
        }),
    )
    .await;
    assert!(got.is_err(), "no desk notice expected, got {got:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_child_files_without_an_account_and_reads_the_french_reply_on_a_fresh_device() {
    let server = TestServer::start().await;
    let (admin, _cw) = server.admin_and_caseworker().await;
    let h1 = handler(&server, &admin, "Handler Amina").await;
    let h2 = handler(&server, &admin, "Handler Jean").await;
    let mut h2_events = h2.events();
    kinbridge_tests::synced(&mut h2_events).await;

    let canary = format!(
        "kbcanary{} the man at the shelter hits me",
        uuid::Uuid::new_v4().simple()
    );

    // The child's phone is not enrolled at all.
    let child_phone = server.config();
    let filed = file_complaint(&child_phone, draft(&canary, "fr", AgeBand::Band10To12))
        .await
        .expect("filed without an account");
    assert_eq!(
        filed.acknowledgement,
        content("complaint-received-b10to12", "fr"),
        "the automatic acknowledgement, in French for 10-12"
    );
    let receipt = filed.receipt.display();
    assert_eq!(receipt.chars().filter(char::is_ascii_digit).count(), 28);
    assert!(ReceiptCode::entropy_bits() > 89.0);

    // The desk hears of it, content-free.
    expect_event(&mut h2_events, Event::DeskActivity).await;
    let queue = h1.complaint_queue(true).await.unwrap();
    assert_eq!(queue.len(), 1);
    let summary = &queue[0];
    assert_eq!(summary.status, ComplaintStatus::Received);
    assert_eq!(summary.category, ComplaintCategory::HarmToChild);
    assert_eq!(summary.locale, "fr");
    assert!(!summary.filed_while_enrolled);
    assert!(summary.acknowledged_at.is_none());
    assert_eq!(
        summary.acknowledge.due_at - summary.filed_at,
        chrono::Duration::days(7)
    );
    let id = summary.id;

    // Each handler decrypts on their own device.
    for h in [&h1, &h2] {
        let thread = h.open_complaint(id).await.unwrap();
        assert_eq!(thread.messages.len(), 1);
        assert_eq!(thread.messages[0].text.as_deref(), Some(canary.as_str()));
        assert_eq!(thread.messages[0].author, EntryAuthor::Reporter);
    }
    // Opening again uses the key kept on the device (a wrap opens only once).
    assert_eq!(
        h1.open_complaint(id).await.unwrap().messages[0]
            .text
            .as_deref(),
        Some(canary.as_str())
    );

    // The handler acknowledges, notes something internal, and replies in French.
    let acked = h1.acknowledge_complaint(id).await.unwrap();
    assert_eq!(acked.status, ComplaintStatus::Acknowledged);
    assert!(acked.acknowledge.met_at.is_some());
    h1.write_on_complaint(
        id,
        EntryVisibility::Internal,
        "internal: check the shelter rota",
    )
    .await
    .unwrap();
    let reply = "Merci de nous avoir écrit. Nous regardons ce qui se passe au foyer.";
    h1.set_complaint_status(id, ComplaintStatus::InReview, Some(reply))
        .await
        .unwrap();

    // A fresh phone with nothing but the receipt, typed with spaces.
    let other_phone = server.config();
    let code = ReceiptCode::parse(&receipt).unwrap();
    let thread = read_complaint(&other_phone, &code).await.unwrap();
    assert_eq!(thread.status, ComplaintStatus::InReview);
    assert_eq!(
        thread.status_text,
        content("complaint-status-in-review-b10to12", "fr")
    );
    let texts: Vec<&str> = thread
        .messages
        .iter()
        .filter_map(|m| m.text.as_deref())
        .collect();
    assert_eq!(texts, [canary.as_str(), reply], "never the internal note");
    assert!(
        thread.messages.iter().all(|m| m.handler.is_none()),
        "no handler names"
    );
    assert!(thread.acknowledged_at.is_some());

    // The child adds something; the desk reads it.
    add_to_complaint(&other_phone, &code, "Il crie aussi.")
        .await
        .unwrap();
    let desk = h2.open_complaint(id).await.unwrap();
    assert_eq!(
        desk.messages.last().unwrap().text.as_deref(),
        Some("Il crie aussi.")
    );
    assert_eq!(desk.messages.len(), 4);

    // A receipt nobody has gets the same answer as any other wrong one.
    let before = server.state();
    let mut answers = Vec::new();
    for _ in 0..2 {
        let wrong = ReceiptCode::generate();
        match read_complaint(&other_phone, &wrong).await {
            Err(SdkError::Api {
                status,
                code,
                message,
                ..
            }) => answers.push((status, code, message)),
            other => panic!("a wrong receipt found something: {other:?}"),
        }
    }
    assert_eq!(answers[0], answers[1]);
    assert_eq!(answers[0].0, 404);
    assert_eq!(answers[0].1, ErrorCode::ComplaintNotFound);
    // A typo is caught on the phone, before anything is sent.
    let mut typo: Vec<char> = receipt.chars().collect();
    typo[0] = if typo[0] == '1' { '2' } else { '1' };
    assert!(matches!(
        ReceiptCode::parse(&typo.into_iter().collect::<String>()),
        Err(SdkError::ReceiptCodeInvalid)
    ));
    server.assert_unchanged(&before, "wrong receipts");

    // The body, the receipt and the reply are nowhere on the server.
    let stored = server.database_contents();
    let hex = |s: &str| s.bytes().map(|b| format!("{b:02x}")).collect::<String>();
    let digits: String = receipt.chars().filter(char::is_ascii_digit).collect();
    for secret in [
        canary.as_str(),
        "kbcanary",
        reply,
        "Il crie aussi",
        digits.as_str(),
    ] {
        assert!(!stored.contains(secret), "{secret} stored in clear");
        assert!(!stored.contains(&hex(secret)), "{secret} stored as hex");
    }
    assert_eq!(server.snapshot()["complaints"], 1);
    assert_eq!(server.snapshot()["complaint_entries"], 4);

    // Every view and action is in the audit chain, and it still verifies.
    let actions = server.query_texts("SELECT action AS s FROM audit_events ORDER BY seq");
    for a in [
        "complaint.file",
        "complaints.list",
        "complaint.view",
        "complaint.acknowledge",
        "complaint.reply",
        "complaint.status.change",
        "complaint.read",
        "complaint.follow_up",
    ] {
        assert!(actions.iter().any(|x| x == a), "{a} audited");
    }
    let report = server.supervisor().await.verify_audit().await.unwrap();
    assert!(report.ok, "{report:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_filings_get_clear_errors_and_change_nothing() {
    let server = TestServer::start_with(|s| s.complaint_busy_lookup_failures = 3).await;
    let http = server.http();
    let url = |p: &str| format!("{}{p}", server.url);
    let (admin, cw) = server.admin_and_caseworker().await;

    // No handler yet: nobody could read a complaint, so none is taken.
    let phone = server.config();
    let err = file_complaint(&phone, draft("hello", "en", AgeBand::Adult))
        .await
        .unwrap_err();
    assert_eq!(
        code_of(&err),
        Some(ErrorCode::ComplaintDeskUnavailable),
        "{err:?}"
    );
    let h = handler(&server, &admin, "Handler Amina").await;
    // A complaint about the only handler would reach nobody: the reporter is told.
    let mut about_h = draft("About the only handler.", "en", AgeBand::Adult);
    about_h.about = Some(h.account_id());
    let err = file_complaint(&server.config(), about_h).await.unwrap_err();
    assert_eq!(
        code_of(&err),
        Some(ErrorCode::ComplaintDeskUnavailable),
        "{err:?}"
    );
    assert_eq!(server.snapshot()["complaints"], 0);

    let challenge = |purpose: &'static str| {
        let http = http.clone();
        let u = url("/v1/complaints/challenge");
        async move {
            let c: Challenge = http
                .post(u)
                .json(&json!({ "purpose": purpose }))
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
            c
        }
    };
    let desk: serde_json::Value = http
        .get(url("/v1/complaints/desk"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let devices = desk["devices"].as_array().unwrap();
    assert_eq!(devices.len(), 1);
    assert!(
        devices[0]["bundle"]["one_time_prekey"].is_null(),
        "no one-time keys for anyone"
    );
    let device_id = devices[0]["device_id"].as_str().unwrap().to_owned();
    let body = |proof: serde_json::Value, device: &str| {
        json!({
            "proof": proof,
            "category": "other",
            "urgent": false,
            "locale": "en",
            "band": "adult",
            "lookup": base64_of(&[7u8; 32]),
            "reporter_key": base64_of(&[1u8; 61]),
            "keys": [{ "device_id": device, "content": base64_of(b"opaque") }],
            "body": base64_of(b"opaque bytes any client may send"),
        })
    };
    let before = server.state();
    // No proof, a forged one, one for the wrong purpose, one used twice.
    let c = challenge("file").await;
    let unsolved = json!({ "challenge": c.challenge, "nonce": 0 });
    let mut refused = vec![
        http.post(url("/v1/complaints"))
            .json(&body(unsolved, &device_id))
            .send()
            .await
            .unwrap(),
    ];
    let lookup_proof = solve_challenge(&challenge("lookup").await);
    refused.push(
        http.post(url("/v1/complaints"))
            .json(&body(
                serde_json::to_value(&lookup_proof).unwrap(),
                &device_id,
            ))
            .send()
            .await
            .unwrap(),
    );
    for res in refused {
        let (status, code, message) = error_of(res).await;
        assert_eq!(
            (status, code.as_str()),
            (422, "complaint.proof_invalid"),
            "{message}"
        );
        assert!(!message.is_empty());
    }
    // A key for a device that is not the desk's: the app must fetch the desk again.
    let proof = serde_json::to_value(solve_challenge(&challenge("file").await)).unwrap();
    let res = http
        .post(url("/v1/complaints"))
        .json(&body(proof, &uuid::Uuid::new_v4().to_string()))
        .send()
        .await
        .unwrap();
    assert_eq!(error_of(res).await.1, "complaint.desk_changed");
    server.assert_unchanged(&before, "refused filings");

    // Any client, not only the SDK, can file opaque bytes with a solved proof.
    let solved = solve_challenge(&challenge("file").await);
    let proof = serde_json::to_value(&solved).unwrap();
    let res = http
        .post(url("/v1/complaints"))
        .json(&body(proof.clone(), &device_id))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 201);
    // The same proof twice is refused.
    let res = http
        .post(url("/v1/complaints"))
        .json(&body(proof, &device_id))
        .send()
        .await
        .unwrap();
    assert_eq!(error_of(res).await.1, "complaint.proof_invalid");

    // Staff who are not complaint handlers reach nothing of the desk.
    let err = cw.complaint_queue(true).await.unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::ComplaintNotHandler));
    let id = h.complaint_queue(true).await.unwrap()[0].id;
    let err = cw.open_complaint(id).await.unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::ComplaintNotHandler));
    // Bad triage input.
    let err = h
        .triage_complaint(
            id,
            &Triage {
                labels: Some(vec!["Not A Label!".into()]),
                ..Triage::default()
            },
        )
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::RequestInvalidField));

    // Guessing receipts gets costly: past the threshold, proofs need more work.
    let base = challenge("lookup").await.difficulty;
    let early = challenge("lookup").await;
    let phone = server.config();
    for _ in 0..3 {
        let err = read_complaint(&phone, &ReceiptCode::generate())
            .await
            .unwrap_err();
        assert_eq!(code_of(&err), Some(ErrorCode::ComplaintNotFound));
    }
    let harder = challenge("lookup").await.difficulty;
    assert!(harder >= base + 4, "{base} → {harder}");
    // A proof solved at the old difficulty is no longer enough.
    let cheap = serde_json::to_value(solve_challenge(&early)).unwrap();
    let res = http
        .post(url("/v1/complaints/lookup"))
        .json(&json!({ "proof": cheap, "lookup": base64_of(&[9u8; 32]) }))
        .send()
        .await
        .unwrap();
    assert_eq!(error_of(res).await.1, "complaint.proof_invalid");
}

fn base64_of(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_complaint_about_a_staff_member_never_shows_to_them() {
    let server = TestServer::start().await;
    let (admin, cw) = server.admin_and_caseworker().await;
    let h1 = handler(&server, &admin, "Handler Amina").await;
    let h2 = handler(&server, &admin, "Handler Jean").await;
    // A handler the caseworker supervises (at one remove): a complaint about the
    // caseworker is hidden from them too.
    let lead = server
        .enrol(
            &admin
                .create_staff(StaffRole::Supervisor, "Lead Rosa")
                .await
                .unwrap()
                .code,
        )
        .await;
    let h3 = handler(&server, &admin, "Handler Omar").await;
    admin
        .set_supervisor(lead.account_id(), Some(cw.account_id()))
        .await
        .unwrap();
    admin
        .set_supervisor(h3.account_id(), Some(lead.account_id()))
        .await
        .unwrap();
    // A loop is refused, and only an admin records supervision.
    let err = admin
        .set_supervisor(cw.account_id(), Some(h3.account_id()))
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::RequestInvalidField));
    let err = cw.set_supervisor(h3.account_id(), None).await.unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::AuthForbidden));
    let mut h3_events = h3.events();
    kinbridge_tests::synced(&mut h3_events).await;
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
    let mut h2_events = h2.events();
    kinbridge_tests::synced(&mut h2_events).await;
    let log_before = cw.access_log(case).await.unwrap();

    // The child, enrolled, complains about their caseworker.
    let mut about_cw = draft("My caseworker shouts at me.", "en", AgeBand::Band13To15);
    about_cw.about = Some(cw.account_id());
    about_cw.category = ComplaintCategory::StaffMisconduct;
    child.file_complaint(about_cw).await.unwrap();
    expect_event(&mut h2_events, Event::DeskActivity).await;
    // Omar, whom the caseworker supervises, is not told.
    no_event(&mut h3_events, false).await;
    // And someone complains about handler Jean.
    let phone = server.config();
    let mut about_h2 = draft(
        "Handler Jean laughed at my complaint.",
        "en",
        AgeBand::Adult,
    );
    about_h2.about = Some(h2.account_id());
    file_complaint(&phone, about_h2).await.unwrap();
    // Jean's phone hears nothing of it.
    no_event(&mut h2_events, false).await;

    let queue = h1.complaint_queue(true).await.unwrap();
    assert_eq!(queue.len(), 2);
    let about_cw_id = queue
        .iter()
        .find(|c| c.category == ComplaintCategory::StaffMisconduct)
        .unwrap()
        .id;
    let about_h2_id = queue
        .iter()
        .find(|c| c.category == ComplaintCategory::HarmToChild)
        .unwrap()
        .id;
    // Amina links the first to the child's case.
    h1.triage_complaint(
        about_cw_id,
        &Triage {
            case_id: Some(Some(case)),
            labels: Some(vec!["staff".into(), "shelter-north".into()]),
            ..Triage::default()
        },
    )
    .await
    .unwrap();

    // A link can be undone (`null`), and made again.
    let unlinked = h1
        .triage_complaint(
            about_cw_id,
            &Triage {
                case_id: Some(None),
                ..Triage::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(unlinked.case_id, None);
    let relinked = h1
        .triage_complaint(
            about_cw_id,
            &Triage {
                case_id: Some(Some(case)),
                ..Triage::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(relinked.case_id, Some(case));
    assert_eq!(relinked.labels, ["shelter-north", "staff"], "labels kept");
    // Jean: not in the queue, not in the figures, and every endpoint answers as if it did
    // not exist.
    let visible: Vec<_> = h2
        .complaint_queue(false)
        .await
        .unwrap()
        .iter()
        .map(|c| c.id)
        .collect();
    assert_eq!(visible, [about_cw_id]);
    assert_eq!(h2.complaint_metrics().await.unwrap().total, 1);
    let missing = kinbridge_protocol::ComplaintId::random();
    for id in [about_h2_id, missing] {
        let errors = [
            h2.open_complaint(id).await.unwrap_err(),
            h2.acknowledge_complaint(id).await.unwrap_err(),
            h2.set_complaint_status(id, ComplaintStatus::Closed, None)
                .await
                .unwrap_err(),
            h2.triage_complaint(id, &Triage::default())
                .await
                .unwrap_err(),
            h2.complainant_identity_requests(id).await.unwrap_err(),
        ];
        for e in errors {
            assert_eq!(code_of(&e), Some(ErrorCode::ComplaintNotFound), "{e:?}");
        }
    }
    // Omar sees the complaint about Jean, not the one about his supervisor's supervisor.
    let omar: Vec<_> = h3
        .complaint_queue(false)
        .await
        .unwrap()
        .iter()
        .map(|c| c.id)
        .collect();
    assert_eq!(omar, [about_h2_id]);
    assert_eq!(
        code_of(&h3.open_complaint(about_cw_id).await.unwrap_err()),
        Some(ErrorCode::ComplaintNotFound)
    );
    let err = h1
        .triage_complaint(
            about_cw_id,
            &Triage {
                assigned_to: Some(Some(h3.account_id())),
                ..Triage::default()
            },
        )
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::RequestInvalidField));
    // Jean cannot be assigned it either.
    let err = h1
        .triage_complaint(
            about_h2_id,
            &Triage {
                assigned_to: Some(Some(h2.account_id())),
                ..Triage::default()
            },
        )
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::RequestInvalidField));
    // Neither Jean nor Omar keeps a key for what is hidden from them.
    let keys = |id: kinbridge_protocol::ComplaintId| {
        let mut k = server.query_texts(&format!(
            "SELECT device_id AS s FROM complaint_keys WHERE complaint_id = '{id}'"
        ));
        k.sort();
        k
    };
    let mut expected = vec![h1.device_id().to_string(), h3.device_id().to_string()];
    expected.sort();
    assert_eq!(keys(about_h2_id), expected);
    let mut expected = vec![h1.device_id().to_string(), h2.device_id().to_string()];
    expected.sort();
    assert_eq!(keys(about_cw_id), expected);

    // The caseworker: no desk access, and nothing in the case shows the complaint.
    assert_eq!(
        code_of(&cw.complaint_queue(false).await.unwrap_err()),
        Some(ErrorCode::ComplaintNotHandler)
    );
    let log_after = cw.access_log(case).await.unwrap();
    assert_eq!(
        serde_json::to_value(&log_after.entries)
            .unwrap()
            .as_array()
            .unwrap()
            .len(),
        serde_json::to_value(&log_before.entries)
            .unwrap()
            .as_array()
            .unwrap()
            .len()
            + 1,
        "only the caseworker's own earlier access-log read was added"
    );
    let text = format!(
        "{:?} {:?}",
        cw.case(case).await.unwrap(),
        cw.export_case(case).await.unwrap()
    );
    assert!(!text.to_lowercase().contains("complaint"), "{text}");
    let mine = serde_json::to_string(&cw.export_my_data().await.unwrap()).unwrap();
    assert!(!mine.contains(&about_cw_id.to_string()) && !mine.to_lowercase().contains("complaint"));
    // The child's access log (which their guardian may read) does not show it either.
    let child_log = serde_json::to_string(&child.access_log(case).await.unwrap()).unwrap();
    assert!(
        !child_log.to_lowercase().contains("complaint"),
        "{child_log}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_urgent_complaint_alerts_every_on_call_handler_and_escalates() {
    let server = TestServer::start().await;
    let (admin, _cw) = server.admin_and_caseworker().await;
    let first_a = handler(&server, &admin, "Tier one A").await;
    let first_b = handler(&server, &admin, "Tier one B").await;
    let second = handler(&server, &admin, "Tier two").await;
    let off = handler(&server, &admin, "Off call").await;
    first_a.set_on_call(Some(1)).await.unwrap();
    first_b.set_on_call(Some(1)).await.unwrap();
    second.set_on_call(Some(2)).await.unwrap();
    let mut a = first_a.events();
    let mut b = first_b.events();
    let mut two = second.events();
    for s in [&mut a, &mut b, &mut two] {
        kinbridge_tests::synced(s).await;
    }
    // A raw socket of the off-call handler, to see the frames themselves.
    let auth = off.enrolment().authorization();
    let (mut raw, _) = tokio_tungstenite::connect_async(websocket_request(
        &server.url,
        &[("Authorization", auth.as_str())],
    ))
    .await
    .unwrap();

    let phone = server.config();
    let mut urgent = draft(
        "A child is being taken away now.",
        "en",
        AgeBand::Band13To15,
    );
    urgent.urgent = true;
    file_complaint(&phone, urgent).await.unwrap();
    expect_event(&mut a, Event::DeskUrgent).await;
    expect_event(&mut b, Event::DeskUrgent).await;
    no_event(&mut two, true).await;

    // Unacknowledged after the configured time (default 60 minutes): tier two.
    server.clock.advance(Duration::from_secs(59 * 60));
    assert_eq!(server.maintenance().await.complaints.escalated, 0);
    server.clock.advance(Duration::from_secs(2 * 60));
    assert_eq!(server.maintenance().await.complaints.escalated, 1);
    expect_event(&mut two, Event::DeskUrgent).await;
    let id = second.complaint_queue(true).await.unwrap()[0].id;
    assert_eq!(
        second.complaint_queue(true).await.unwrap()[0].escalation_tier,
        Some(2)
    );
    // Nobody above tier two: after another hour, every handler (off call too), and from
    // then on everyone again each hour, never back to tier one alone.
    server.clock.advance(Duration::from_secs(61 * 60));
    assert_eq!(server.maintenance().await.complaints.escalated, 1);
    assert_eq!(
        second.complaint_queue(true).await.unwrap()[0].escalation_tier,
        Some(0)
    );
    // Acknowledged: no more escalation.
    second.acknowledge_complaint(id).await.unwrap();
    server.clock.advance(Duration::from_secs(3 * 3600));
    assert_eq!(server.maintenance().await.complaints.escalated, 0);
    let escalations = server
        .query_texts("SELECT detail AS s FROM audit_events WHERE action = 'complaint.escalate'");
    assert_eq!(escalations, ["tier:2", "tier:0"]);

    // Every desk frame the off-call handler got is the same size and says nothing.
    let mut sizes = std::collections::BTreeSet::new();
    let mut urgent_seen = false;
    while let Ok(Some(Ok(msg))) = tokio::time::timeout(Duration::from_millis(500), raw.next()).await
    {
        let text = msg.into_text().unwrap_or_default().to_string();
        let v: serde_json::Value = match serde_json::from_str(&text) {
            Ok(v) => v,
            Err(_) => continue,
        };
        let kind = v["type"].as_str().unwrap_or_default().to_owned();
        urgent_seen |= kind == "desk_urgent";
        if kind.starts_with("desk_") {
            let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
            assert_eq!(keys, ["pad", "type"], "{text}");
            sizes.insert(text.len());
        }
    }
    assert_eq!(sizes.len(), 1, "one size for every desk frame: {sizes:?}");
    assert!(
        urgent_seen,
        "the off-call handler was alerted once everyone was"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deadlines_survive_status_changes_and_show_in_the_figures() {
    let server = TestServer::start().await;
    let (admin, _cw) = server.admin_and_caseworker().await;
    let h = handler(&server, &admin, "Handler Amina").await;
    let phone = server.config();
    file_complaint(&phone, draft("The food is bad.", "en", AgeBand::Adult))
        .await
        .unwrap();
    let id = h.complaint_queue(true).await.unwrap()[0].id;

    // Not before 80 % of 7 days (5 days 14.4 hours), then once.
    server
        .clock
        .advance(Duration::from_secs(5 * 24 * 3600 + 12 * 3600));
    assert_eq!(server.maintenance().await.complaints.warned, 0);
    server.clock.advance(Duration::from_secs(4 * 3600));
    assert_eq!(server.maintenance().await.complaints.warned, 1);
    assert_eq!(server.maintenance().await.complaints.warned, 0, "once");
    let s = &h.complaint_queue(true).await.unwrap()[0];
    assert!(s.acknowledge.warning && !s.acknowledge.breached);

    // Moving it to review acknowledges it (a person saw it) but meets no feedback.
    let s = h
        .set_complaint_status(id, ComplaintStatus::InReview, None)
        .await
        .unwrap();
    assert!(s.acknowledge.met_at.is_some() && !s.acknowledge.breached);
    assert!(s.feedback.met_at.is_none());
    // Closing without telling the reporter anything does not meet it either.
    let s = h
        .set_complaint_status(id, ComplaintStatus::Closed, None)
        .await
        .unwrap();
    assert!(
        s.feedback.met_at.is_none(),
        "a status change never drops a deadline"
    );
    server.clock.advance(Duration::from_secs(100 * 24 * 3600));
    server.maintenance().await;
    let all = h.complaint_queue(false).await.unwrap();
    assert!(all[0].feedback.breached);
    let m = h.complaint_metrics().await.unwrap();
    assert_eq!(
        (m.total, m.open, m.feedback_breached, m.acknowledge_breached),
        (1, 0, 1, 0)
    );
    // Feedback given late is met, and stays counted as late.
    let s = h
        .set_complaint_status(id, ComplaintStatus::Closed, Some("We changed the menu."))
        .await
        .unwrap();
    assert!(s.feedback.met_at.is_some() && s.feedback.breached);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn learning_who_filed_needs_a_second_handler_with_the_custodian_right() {
    let server = TestServer::start().await;
    let (admin, cw) = server.admin_and_caseworker().await;
    let h1 = handler(&server, &admin, "Handler Amina").await;
    let h2 = handler(&server, &admin, "Handler Jean").await;
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
    // The child is 11: consents need their guardian's too. A complaint needs nobody's.
    cw.set_consent_age(
        case,
        child.account_id(),
        11,
        kinbridge_protocol::AgeSource::Document,
    )
    .await
    .unwrap();
    child
        .file_complaint(draft("Someone took my phone.", "en", AgeBand::Band10To12))
        .await
        .unwrap();
    file_complaint(
        &server.config(),
        draft("Anonymous one.", "en", AgeBand::Adult),
    )
    .await
    .unwrap();
    let queue = h1.complaint_queue(true).await.unwrap();
    let enrolled = queue.iter().find(|c| c.filed_while_enrolled).unwrap().id;
    let anonymous = queue.iter().find(|c| !c.filed_while_enrolled).unwrap().id;
    let filed_by =
        server.query_texts("SELECT filed_by AS s FROM complaints WHERE filed_by IS NOT NULL");
    assert_eq!(filed_by, [child.account_id().to_string()]);

    // Nothing to reveal about an anonymous filing.
    let err = h1
        .request_complainant_identity(anonymous, "why")
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::ComplaintNoIdentity));

    let request = h1
        .request_complainant_identity(enrolled, "The child may be in danger at home.")
        .await
        .unwrap();
    assert_eq!(request.state, IdentityRequestState::Pending);
    // With no custodian configured it stays pending: nobody can grant it.
    for h in [&h1, &h2] {
        let err = h
            .decide_complainant_identity(enrolled, &request.id, true)
            .await
            .unwrap_err();
        assert!(
            matches!(
                code_of(&err),
                Some(ErrorCode::ComplaintNotCustodian | ErrorCode::ComplaintIdentitySelfApproval)
            ),
            "{err:?}"
        );
    }
    let (listed, reason) = h2
        .complainant_identity_requests(enrolled)
        .await
        .unwrap()
        .remove(0);
    assert_eq!(listed.state, IdentityRequestState::Pending);
    assert_eq!(reason, "The child may be in danger at home.");
    assert!(listed.reporter.is_none());
    // Only an admin gives the right; the requester cannot approve their own request.
    assert_eq!(
        code_of(&h1.set_custodian(h1.account_id(), true).await.unwrap_err()),
        Some(ErrorCode::AuthForbidden)
    );
    admin.set_custodian(h1.account_id(), true).await.unwrap();
    let err = h1
        .decide_complainant_identity(enrolled, &request.id, true)
        .await
        .unwrap_err();
    assert_eq!(
        code_of(&err),
        Some(ErrorCode::ComplaintIdentitySelfApproval)
    );
    assert!(
        h1.complainant_identity_requests(enrolled).await.unwrap()[0]
            .0
            .reporter
            .is_none()
    );
    // A second, different custodian approves; only the requester then sees who filed.
    admin.set_custodian(h2.account_id(), true).await.unwrap();
    let decided = h2
        .decide_complainant_identity(enrolled, &request.id, true)
        .await
        .unwrap();
    assert_eq!(decided.state, IdentityRequestState::Approved);
    let err = h2
        .decide_complainant_identity(enrolled, &request.id, false)
        .await
        .unwrap_err();
    assert_eq!(
        code_of(&err),
        Some(ErrorCode::ComplaintIdentityRequestDecided)
    );
    let seen = h1.complainant_identity_requests(enrolled).await.unwrap();
    assert_eq!(seen[0].0.reporter, Some(child.account_id()));
    assert!(
        h2.complainant_identity_requests(enrolled).await.unwrap()[0]
            .0
            .reporter
            .is_none()
    );
    let actions = server.query_texts("SELECT action AS s FROM audit_events");
    for a in [
        "complaint.identity.request",
        "complaint.identity.decide",
        "complaint.identity.reveal",
    ] {
        assert!(actions.iter().any(|x| x == a), "{a}");
    }
    // The filing's own audit event never names the child.
    let file_events = server.query_texts(
        "SELECT COALESCE(actor_account, '') || ' ' || COALESCE(subjects, '') AS s FROM audit_events WHERE action = 'complaint.file'",
    );
    assert!(
        file_events
            .iter()
            .all(|e| !e.contains(&child.account_id().to_string())),
        "{file_events:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retention_never_deletes_a_complaint_that_is_still_alive() {
    let server = TestServer::start().await;
    let (admin, _cw) = server.admin_and_caseworker().await;
    let h = handler(&server, &admin, "Handler Amina").await;
    let phone = server.config();
    let filed = file_complaint(&phone, draft("The bus never comes.", "en", AgeBand::Adult))
        .await
        .unwrap();
    let id = h.complaint_queue(true).await.unwrap()[0].id;
    h.acknowledge_complaint(id).await.unwrap();
    // Closed, but the reporter was never told anything: the feedback deadline is open.
    h.set_complaint_status(id, ComplaintStatus::Closed, None)
        .await
        .unwrap();
    server.clock.advance(Duration::from_secs(400 * 24 * 3600));
    let r = server.maintenance().await.complaints;
    assert_eq!((r.expiry_warned, r.deleted), (0, 0));
    assert_eq!(server.snapshot()["complaints"], 1);

    // With feedback given, it expires: first a warning, then deletion.
    h.set_complaint_status(id, ComplaintStatus::Closed, Some("Fixed: a new timetable."))
        .await
        .unwrap();
    server.clock.advance(Duration::from_secs(366 * 24 * 3600));
    assert_eq!(server.maintenance().await.complaints.expiry_warned, 1);
    // The reporter writes: the expiry stops, and waits 30 quiet days again.
    add_to_complaint(&phone, &filed.receipt, "Thank you.")
        .await
        .unwrap();
    server.clock.advance(Duration::from_secs(20 * 24 * 3600));
    let r = server.maintenance().await.complaints;
    assert_eq!((r.expiry_warned, r.deleted), (0, 0));
    server.clock.advance(Duration::from_secs(11 * 24 * 3600));
    assert_eq!(server.maintenance().await.complaints.expiry_warned, 1);
    server.clock.advance(Duration::from_secs(15 * 24 * 3600));
    assert_eq!(server.maintenance().await.complaints.deleted, 1);
    for t in ["complaints", "complaint_entries", "complaint_keys"] {
        assert_eq!(server.snapshot()[t], 0, "{t}");
    }
    let err = read_complaint(&phone, &filed.receipt).await.unwrap_err();
    assert_eq!(code_of(&err), Some(ErrorCode::ComplaintNotFound));
    let postponed = server.query_texts(
        "SELECT detail AS s FROM audit_events WHERE action = 'complaint.expiry.warn' AND detail IS NOT NULL",
    );
    assert!(!postponed.is_empty(), "the postponement is in the chain");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_refuses_to_start_with_a_weak_receipt_hash() {
    let settings = kinbridge_server::platform::config::Settings {
        complaint_receipt_memory_kib: 8 * 1024,
        ..kinbridge_server::platform::config::Settings::default()
    };
    let err = kinbridge_server::Application::build(
        settings,
        kinbridge_server::platform::clock::Clock::system(),
    )
    .expect_err("refused");
    assert!(err.to_string().contains("Argon2id"), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_handler_who_joins_later_reads_once_a_colleague_shares_the_key() {
    let server = TestServer::start().await;
    let (admin, _cw) = server.admin_and_caseworker().await;
    let h1 = handler(&server, &admin, "Handler Amina").await;
    let phone = server.config();
    file_complaint(
        &phone,
        draft("Filed before Karim joined.", "en", AgeBand::Adult),
    )
    .await
    .unwrap();
    let karim = handler(&server, &admin, "Handler Karim").await;
    // Filed after Karim joined, and about him: it is never shared with him.
    let mut about = draft("About Karim.", "en", AgeBand::Adult);
    about.about = Some(karim.account_id());
    file_complaint(&phone, about).await.unwrap();

    let id = karim.complaint_queue(true).await.unwrap()[0].id;
    let err = karim.open_complaint(id).await.unwrap_err();
    assert!(matches!(err, SdkError::ComplaintUnreadable(_)), "{err:?}");
    // Amina's phone wraps the key for Karim's, once.
    assert_eq!(h1.share_complaint_keys().await.unwrap(), 1);
    assert_eq!(h1.share_complaint_keys().await.unwrap(), 0);
    let thread = karim.open_complaint(id).await.unwrap();
    assert_eq!(
        thread.messages[0].text.as_deref(),
        Some("Filed before Karim joined.")
    );
    // Nothing is left for Karim's phone to share.
    assert_eq!(karim.share_complaint_keys().await.unwrap(), 0);
    assert_eq!(karim.complaint_queue(false).await.unwrap().len(), 1);
    // From the outside: a key for a device that has one is not replaced, a device that is
    // not the desk's is refused, and the complaint about Karim is not his to touch.
    let about_karim = h1
        .complaint_queue(false)
        .await
        .unwrap()
        .into_iter()
        .find(|c| c.id != id)
        .unwrap()
        .id;
    let post = |complaint: kinbridge_protocol::ComplaintId, device: String| {
        let http = server.http();
        let url = format!("{}/v1/complaints/{complaint}/keys", server.url);
        let auth = karim.enrolment().authorization();
        async move {
            http.post(url)
                .header("authorization", auth)
                .json(
                    &json!({ "keys": [{ "device_id": device, "content": base64_of(b"planted") }] }),
                )
                .send()
                .await
                .unwrap()
        }
    };
    let before = server.state();
    let res = post(id, h1.device_id().to_string()).await;
    assert_eq!(res.status().as_u16(), 201);
    assert_eq!(res.json::<serde_json::Value>().await.unwrap()["stored"], 0);
    let res = post(id, uuid::Uuid::new_v4().to_string()).await;
    assert_eq!(error_of(res).await.1, "complaint.desk_changed");
    let res = post(about_karim, h1.device_id().to_string()).await;
    assert_eq!(error_of(res).await.1, "complaint.not_found");
    assert_eq!(
        server.state().rows,
        before.rows,
        "no key was planted or replaced"
    );
    assert_eq!(
        h1.open_complaint(id).await.unwrap().messages[0]
            .text
            .as_deref(),
        Some("Filed before Karim joined.")
    );
    let actions = server.query_texts("SELECT action AS s FROM audit_events");
    assert!(actions.iter().any(|a| a == "complaint.keys.share"));
}
