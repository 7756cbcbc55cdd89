//! End-to-end encrypted messaging through the real server and the real SDK: sessions from
//! prekey bundles, per-device envelopes, delivery over the WebSocket with acks, the outbox,
//! contact rules, reinstalled devices, exhausted prekeys, safety numbers.

use kinbridge_protocol::api::InviteRequest;
use kinbridge_protocol::{AgeBand, CaseId, ContactDecision, ContactReason, Relationship};
use kinbridge_sdk::{Client, Event, EventStream, SdkError, SendOutcome};
use kinbridge_tests::{TestServer, error_of, synced, wait_for};
use serde_json::json;

struct Circle {
    cw: Client,
    case: CaseId,
    child: Client,
    guardian: Client,
}

async fn circle(server: &TestServer) -> Circle {
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
    Circle {
        cw,
        case,
        child,
        guardian,
    }
}

/// The next event of interest (connection and sync events skipped).
async fn next(stream: &mut EventStream) -> Event {
    wait_for(stream, |e| {
        !matches!(e, Event::Connected | Event::Disconnected | Event::Synced)
    })
    .await
}

/// The next message received (delivery receipts skipped).
async fn next_message(stream: &mut EventStream) -> Event {
    wait_for(stream, |e| {
        !matches!(
            e,
            Event::Connected | Event::Disconnected | Event::Synced | Event::MessageDelivered { .. }
        )
    })
    .await
}

fn body_of(e: &Event) -> String {
    match e {
        Event::MessageReceived(m) => String::from_utf8(m.body.clone()).unwrap(),
        other => panic!("expected a message, got {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn child_and_guardian_write_to_each_other() {
    let server = TestServer::start().await;
    let c = circle(&server).await;
    let mut child_events = c.child.events();
    let mut guardian_events = c.guardian.events();
    synced(&mut child_events).await;
    synced(&mut guardian_events).await;

    let sent = c
        .child
        .send_message(c.guardian.account_id(), b"Hello, are you there?")
        .await
        .unwrap();
    let SendOutcome::Sent { message_id } = sent else {
        panic!("{sent:?}")
    };
    let got = next(&mut guardian_events).await;
    let Event::MessageReceived(m) = &got else {
        panic!("{got:?}")
    };
    assert_eq!(m.from, c.child.account_id());
    assert_eq!(m.device, 1);
    assert_eq!(body_of(&got), "Hello, are you there?");
    // The child learns it arrived.
    assert_eq!(
        next(&mut child_events).await,
        Event::MessageDelivered {
            message_id,
            to: Some(c.guardian.account_id())
        }
    );

    c.guardian
        .send_message(c.child.account_id(), "Yes. I am here.".as_bytes())
        .await
        .unwrap();
    assert_eq!(
        body_of(&next_message(&mut child_events).await),
        "Yes. I am here."
    );
    for i in 0..3 {
        c.child
            .send_message(c.guardian.account_id(), format!("more {i}").as_bytes())
            .await
            .unwrap();
        assert_eq!(
            body_of(&next_message(&mut guardian_events).await),
            format!("more {i}")
        );
    }
    assert_eq!(c.child.outbox_len().unwrap(), 0);

    // Both see the same safety number.
    let a = c
        .child
        .safety_number(c.guardian.account_id())
        .await
        .unwrap();
    let b = c
        .guardian
        .safety_number(c.child.account_id())
        .await
        .unwrap();
    assert_eq!(a.len(), 60);
    assert_eq!(a, b);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_offline_recipient_gets_everything_in_order_and_a_restart_loses_nothing() {
    let mut server = TestServer::start().await;
    let c = circle(&server).await;
    for i in 0..6 {
        let out = c
            .child
            .send_message(c.guardian.account_id(), format!("message {i}").as_bytes())
            .await
            .unwrap();
        assert!(matches!(out, SendOutcome::Sent { .. }));
    }
    server.restart().await;
    let mut guardian_events = c.guardian.events();
    let arrived = synced(&mut guardian_events).await;
    let bodies: Vec<String> = arrived.iter().map(body_of).collect();
    assert_eq!(
        bodies,
        (0..6).map(|i| format!("message {i}")).collect::<Vec<_>>()
    );
    // Acknowledged: the queue empties, and a new connection gets nothing again.
    drop(guardian_events);
    let device = c.guardian.device_id();
    server
        .eventually("the acks are processed", |s| s.queued_for(device) == 0)
        .await;
    let mut again = c.guardian.events();
    assert!(synced(&mut again).await.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_outbox_keeps_what_could_not_be_sent_and_sends_it_later() {
    let mut server = TestServer::start().await;
    let c = circle(&server).await;
    // Start the session while the server is up, then take it down.
    c.child
        .send_message(c.guardian.account_id(), b"first")
        .await
        .unwrap();
    server.stop().await;
    let out = c
        .child
        .send_message(c.guardian.account_id(), b"written offline")
        .await
        .unwrap();
    assert!(matches!(out, SendOutcome::Queued { .. }), "{out:?}");
    assert_eq!(c.child.outbox_len().unwrap(), 1);
    server.restart().await;
    assert_eq!(c.child.flush_outbox().await.unwrap(), 1);
    assert_eq!(c.child.outbox_len().unwrap(), 0);
    let (received, _) = c.guardian.poll_messages().await.unwrap();
    let bodies: Vec<&[u8]> = received.iter().map(|m| m.body.as_slice()).collect();
    assert_eq!(bodies, vec![&b"first"[..], &b"written offline"[..]]);
    // Polled and acknowledged: nothing waits any more.
    assert!(c.guardian.poll_messages().await.unwrap().0.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_retried_send_is_stored_once() {
    let server = TestServer::start().await;
    let c = circle(&server).await;
    let url = format!("{}/v1/messages/{}", server.url, c.guardian.account_id());
    let registration_id: u32 = server.query_texts(&format!(
        "SELECT CAST(registration_id AS TEXT) AS s FROM devices WHERE id = '{}'",
        c.guardian.device_id()
    ))[0]
        .parse()
        .unwrap();
    // Opaque content: the server never looks inside.
    let body = json!({
        "client_message_id": uuid::Uuid::new_v4().to_string(),
        "messages": [{"device_number": 1, "registration_id": registration_id, "kind": "ciphertext", "content": "AAECAw=="}]
    });
    let before = server.snapshot()["envelopes"];
    for expected_duplicate in [false, true] {
        let res = server
            .http()
            .put(&url)
            .header("authorization", c.child.enrolment().authorization())
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 200);
        let v: serde_json::Value = res.json().await.unwrap();
        assert_eq!(v["duplicate"], expected_duplicate);
    }
    assert_eq!(server.snapshot()["envelopes"], before + 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_blocked_pair_can_neither_fetch_keys_nor_send() {
    let server = TestServer::start().await;
    let c = circle(&server).await;
    let family = server
        .enrol(
            &c.cw
                .invite(
                    c.case,
                    InviteRequest::Family {
                        relationship: Relationship::Father,
                        locale: None,
                        grammatical_form: None,
                    },
                )
                .await
                .unwrap()
                .code,
        )
        .await;
    let before = server.snapshot();
    // No rule allows child ↔ family yet: deny by default.
    let err = c
        .child
        .send_message(family.account_id(), b"hi dad")
        .await
        .unwrap_err();
    assert!(matches!(err, SdkError::ContactNotAllowed { .. }), "{err:?}");
    assert_eq!(
        c.child.outbox_len().unwrap(),
        0,
        "a refused message does not linger"
    );
    let res = server
        .http()
        .get(format!("{}/v1/keys/{}/*", server.url, family.account_id()))
        .header("authorization", c.child.enrolment().authorization())
        .send()
        .await
        .unwrap();
    // The same answer as for an account that does not exist.
    let (s, code, _) = error_of(res).await;
    assert_eq!((s, code.as_str()), (404, "account.not_found"));
    // The caseworker blocks the child ↔ guardian pair too, for safety.
    c.child
        .send_message(c.guardian.account_id(), b"before the block")
        .await
        .unwrap();
    c.cw.set_contact_rule(
        c.case,
        c.child.account_id(),
        c.guardian.account_id(),
        ContactDecision::Blocked,
        ContactReason::SafetyConcern,
    )
    .await
    .unwrap();
    let before_block = server.snapshot()["envelopes"];
    let err = c
        .child
        .send_message(c.guardian.account_id(), b"after the block")
        .await
        .unwrap_err();
    assert!(matches!(err, SdkError::ContactNotAllowed { .. }), "{err:?}");
    let res = server
        .http()
        .put(format!("{}/v1/messages/{}", server.url, c.guardian.account_id()))
        .header("authorization", c.child.enrolment().authorization())
        .json(&json!({"client_message_id": uuid::Uuid::new_v4().to_string(),
                      "messages": [{"device_number": 1, "registration_id": 1, "kind": "ciphertext", "content": "AAEC"}]}))
        .send()
        .await
        .unwrap();
    let (s, code, _) = error_of(res).await;
    assert_eq!((s, code.as_str()), (403, "contact.not_allowed"));
    assert_eq!(server.snapshot()["envelopes"], before_block);
    assert!(server.snapshot()["envelopes"] > before["envelopes"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reinstalled_device_goes_through_410_an_identity_check_and_recovery() {
    let server = TestServer::start().await;
    let c = circle(&server).await;
    c.child
        .send_message(c.guardian.account_id(), b"before")
        .await
        .unwrap();
    // The guardian's phone is lost; the caseworker revokes it and issues a new code; the
    // new install takes device number 1 with a new registration id and a new identity.
    c.cw.revoke_device(c.guardian.device_id()).await.unwrap();
    let code =
        c.cw.reissue_member_code(c.case, c.guardian.account_id())
            .await
            .unwrap();
    let reinstalled = server.enrol(&code.code).await;
    assert_eq!(reinstalled.enrolment().device_number, 1);

    // The child's send meets 410, fetches the new bundle, and stops at the new identity.
    let err = c
        .child
        .send_message(c.guardian.account_id(), b"after")
        .await
        .unwrap_err();
    assert!(matches!(err, SdkError::IdentityChanged { .. }), "{err:?}");
    assert_eq!(
        c.child.outbox_len().unwrap(),
        1,
        "kept until the child accepts"
    );
    // After checking in person, the child accepts the new identity; the message goes.
    c.child
        .accept_identity(c.guardian.account_id())
        .await
        .unwrap();
    assert_eq!(c.child.flush_outbox().await.unwrap(), 1);
    let (received, _) = reinstalled.poll_messages().await.unwrap();
    let bodies: Vec<&[u8]> = received.iter().map(|m| m.body.as_slice()).collect();
    assert_eq!(
        bodies,
        vec![&b"after"[..]],
        "the old install's queue went with it"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_one_time_keys_exhausted_the_last_resort_key_still_works() {
    let server = TestServer::start().await;
    let c = circle(&server).await;
    server.tamper(&format!(
        "DELETE FROM one_time_prekeys WHERE device_id = '{0}'; DELETE FROM kyber_prekeys WHERE device_id = '{0}';",
        c.guardian.device_id()
    ));
    c.child
        .send_message(c.guardian.account_id(), b"on the last resort")
        .await
        .unwrap();
    let (received, _) = c.guardian.poll_messages().await.unwrap();
    assert_eq!(received[0].body, b"on the last resort");
    // A second sender uses the same last-resort key too.
    let code =
        c.cw.invite(
            c.case,
            InviteRequest::LegalRepresentative {
                display_name: "Lawyer L".into(),
                locale: None,
            },
        )
        .await
        .unwrap();
    let lawyer = server.enrol(&code.code).await;
    c.cw.set_contact_rule(
        c.case,
        lawyer.account_id(),
        c.guardian.account_id(),
        ContactDecision::Allowed,
        ContactReason::Other,
    )
    .await
    .unwrap();
    lawyer
        .send_message(c.guardian.account_id(), b"also last resort")
        .await
        .unwrap();
    let (received, _) = c.guardian.poll_messages().await.unwrap();
    assert_eq!(received[0].body, b"also last resort");
    // The guardian's app tops its keys up.
    let counts = c.guardian.top_up_prekeys().await.unwrap();
    assert_eq!((counts.one_time_prekeys, counts.kyber_prekeys), (100, 100));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_sends_get_their_codes_and_store_nothing() {
    let server = TestServer::start().await;
    let c = circle(&server).await;
    let url = format!("{}/v1/messages/{}", server.url, c.guardian.account_id());
    let auth = c.child.enrolment().authorization();
    let before = server.snapshot()["envelopes"];
    let id = || uuid::Uuid::new_v4().to_string();
    let big = "A".repeat(90_000);
    let cases = vec![
        (
            json!({"client_message_id": id(), "messages": [{"device_number": 2, "registration_id": 1, "kind": "ciphertext", "content": "AAEC"}]}),
            409,
            "messages.mismatched_devices",
        ),
        (
            json!({"client_message_id": id(), "messages": []}),
            400,
            "request.invalid_field",
        ),
        (
            json!({"client_message_id": "not-a-uuid", "messages": [{"device_number": 1, "registration_id": 1, "kind": "ciphertext", "content": "AAEC"}]}),
            400,
            "request.invalid_field",
        ),
        (
            json!({"client_message_id": id(), "messages": [{"device_number": 1, "registration_id": 1, "kind": "delivery_receipt", "content": "AAEC"}]}),
            422,
            "messages.invalid_envelopes",
        ),
        (
            json!({"client_message_id": id(), "messages": [{"device_number": 1, "registration_id": 1, "kind": "ciphertext", "content": big}]}),
            413,
            "messages.too_large",
        ),
    ];
    for (body, status, code) in cases {
        let res = server
            .http()
            .put(&url)
            .header("authorization", &auth)
            .json(&body)
            .send()
            .await
            .unwrap();
        let details = res.status().as_u16() == 409;
        let got = res.status().as_u16();
        let raw: serde_json::Value = res.json().await.unwrap();
        assert_eq!(
            (got, raw["error"]["code"].as_str().unwrap()),
            (status, code),
            "{raw}"
        );
        if details {
            assert_eq!(raw["error"]["details"]["missing_devices"], json!([1]));
            assert_eq!(raw["error"]["details"]["extra_devices"], json!([2]));
        }
    }
    assert_eq!(server.snapshot()["envelopes"], before);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_the_recipient_device_can_acknowledge_its_envelopes() {
    let server = TestServer::start().await;
    let c = circle(&server).await;
    c.child
        .send_message(c.guardian.account_id(), b"for the guardian")
        .await
        .unwrap();
    c.guardian
        .send_message(c.child.account_id(), b"for the child")
        .await
        .unwrap();
    // The messages (not the server's notices of each other's new phones).
    let guid_of = |device: kinbridge_protocol::DeviceId| {
        server.query_texts(&format!(
            "SELECT guid AS s FROM envelopes WHERE device_id = '{device}' \
             AND kind <> 'device_change'"
        ))
    };
    let for_guardian = guid_of(c.guardian.device_id());
    let for_child = guid_of(c.child.device_id());
    assert_eq!((for_guardian.len(), for_child.len()), (1, 1));
    let ack = |who: &Client, guids: Vec<String>| {
        server
            .http()
            .post(format!("{}/v1/messages/ack", server.url))
            .header("authorization", who.enrolment().authorization())
            .json(&json!({ "guids": guids }))
            .send()
    };
    // At the same moment (so they are likely written together): the child acknowledges its
    // own envelope and the guardian's; the guardian acknowledges only the child's.
    let (a, b) = tokio::join!(
        ack(
            &c.child,
            vec![for_child[0].clone(), for_guardian[0].clone()]
        ),
        ack(&c.guardian, vec![for_child[0].clone()]),
    );
    assert_eq!(a.unwrap().status().as_u16(), 200);
    assert_eq!(b.unwrap().status().as_u16(), 200);
    // The child's envelope is gone; the guardian's is still waiting for the guardian (with
    // a delivery receipt for the message the child acknowledged).
    assert!(guid_of(c.child.device_id()).is_empty());
    assert!(guid_of(c.guardian.device_id()).contains(&for_guardian[0]));
    let (received, _) = c.guardian.poll_messages().await.unwrap();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].body, b"for the guardian");
}
