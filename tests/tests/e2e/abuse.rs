//! Abuse resistance and device trust, tried from the outside as an attacker would: the
//! real server (one node, or two on one database), the real SDK, both databases. Each test
//! names the item of the review it proves.

use std::sync::Arc;
use std::time::Duration;

use futures_util::StreamExt;
use kinbridge_protocol::api::InviteRequest;
use kinbridge_protocol::{AgeBand, ErrorCode};
use kinbridge_sdk::{Client, Event, MemoryStore, Namespace, SdkError, SendOutcome, Store};
use kinbridge_tests::{TestServer, error_of, next_received, synced, wait_for, websocket_request};
use tokio_tungstenite::tungstenite::Message;

/// A case with a child (16–17) and their guardian, each enrolled with a store the test
/// can read.
struct Case {
    cw: Client,
    case: kinbridge_protocol::CaseId,
    child: Client,
    child_store: Arc<MemoryStore>,
    guardian: Client,
    guardian_store: Arc<MemoryStore>,
}

async fn case_with_child_and_guardian(server: &TestServer) -> Case {
    let (_admin, cw) = server.admin_and_caseworker().await;
    let case = cw.create_case().await.unwrap().case_id;
    let child_code = cw
        .invite(
            case,
            InviteRequest::Child {
                age_band: AgeBand::Band16To17,
                locale: None,
                grammatical_form: None,
            },
        )
        .await
        .unwrap();
    let child_store = Arc::new(MemoryStore::new());
    let child = Client::enrol(server.config_with(child_store.clone()), &child_code.code)
        .await
        .unwrap();
    let guardian_code = cw
        .invite(
            case,
            InviteRequest::Guardian {
                display_name: "Guardian Amal".into(),
                locale: None,
            },
        )
        .await
        .unwrap();
    let guardian_store = Arc::new(MemoryStore::new());
    let guardian = Client::enrol(
        server.config_with(guardian_store.clone()),
        &guardian_code.code,
    )
    .await
    .unwrap();
    Case {
        cw,
        case,
        child,
        child_store,
        guardian,
        guardian_store,
    }
}

/// Another phone on `account`, from a code its caseworker issues.
async fn another_phone(
    server: &TestServer,
    cw: &Client,
    case: kinbridge_protocol::CaseId,
    account: kinbridge_protocol::AccountId,
) -> (Client, Arc<MemoryStore>) {
    let code = cw.reissue_member_code(case, account).await.unwrap().code;
    let store = Arc::new(MemoryStore::new());
    let client = Client::enrol(server.config_with(store.clone()), &code)
        .await
        .unwrap();
    (client, store)
}

/// Each writes to the other and reads what came: sessions start and access keys travel.
async fn exchange(a: &Client, b: &Client) {
    a.send_message(b.account_id(), b"hello").await.unwrap();
    b.poll_messages().await.unwrap();
    b.send_message(a.account_id(), b"hello back").await.unwrap();
    a.poll_messages().await.unwrap();
}

/// Item 1: revoking a device withdraws the access keys it learned, so the stolen phone
/// cannot write to the child's contacts through sealed sender (before: it could, for as
/// long as its certificate lasted).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_revoked_phone_cannot_send_sealed_messages_any_more() {
    let server = TestServer::start().await;
    let c = case_with_child_and_guardian(&server).await;
    exchange(&c.child, &c.guardian).await;
    let sent = c
        .child
        .send_sealed_message(c.guardian.account_id(), b"sealed, before")
        .await
        .unwrap();
    assert!(matches!(sent, SendOutcome::Sent { .. }));

    let old_key = c
        .child_store
        .get(Namespace::AccessKey, &c.guardian.account_id().to_string())
        .unwrap()
        .expect("the child's phone holds the guardian's key");
    c.cw.revoke_device(c.child.device_id()).await.unwrap();
    let before = server.queued_for(c.guardian.device_id());
    let err = c
        .child
        .send_sealed_message(c.guardian.account_id(), b"sealed, after")
        .await
        .unwrap_err();
    assert!(
        matches!(err, SdkError::SealedSenderUnavailable { .. }),
        "{err:?}"
    );
    // Nothing more reached the guardian's mailbox.
    assert_eq!(server.queued_for(c.guardian.device_id()), before);
    // The same holds for the raw route with the old key: the key is gone.
    let res = server
        .http()
        .put(format!(
            "{}/v1/sealed/messages/{}",
            server.url,
            c.guardian.account_id()
        ))
        .header(
            kinbridge_protocol::api::ACCESS_KEY_HEADER,
            base64::Engine::encode(&base64::engine::general_purpose::STANDARD, &old_key),
        )
        .json(&serde_json::json!({
            "client_message_id": uuid::Uuid::new_v4().to_string(),
            "messages": [{"device_number": 1, "registration_id": 1,
                          "kind": "sealed_sender", "content": "AAAA"}]
        }))
        .send()
        .await
        .unwrap();
    let (status, code, _) = error_of(res).await;
    assert_eq!((status, code.as_str()), (401, "messages.access_denied"));
}

/// Item 1: even holding a valid access key (leaked, or still cached by another node), a
/// revoked phone's sealed message is refused by the recipient's app, which the server told
/// of the revocation in queue order (before: it opened as a message from the child).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_revoked_phones_certificate_is_refused_by_the_recipient() {
    let server = TestServer::start().await;
    let c = case_with_child_and_guardian(&server).await;
    exchange(&c.child, &c.guardian).await;
    // The phone seals once while trusted: it holds a certificate for the next 24 hours.
    c.child
        .send_sealed_message(c.guardian.account_id(), b"while trusted")
        .await
        .unwrap();
    let (got, _) = c.guardian.poll_messages().await.unwrap();
    assert_eq!(got[0].body, b"while trusted");

    c.cw.revoke_device(c.child.device_id()).await.unwrap();
    // The guardian's app registers a new key; the stolen phone gets hold of it somehow.
    c.guardian.renew_access_key().await.unwrap();
    let guardian_key = c
        .guardian_store
        .get(Namespace::AccessKey, "self")
        .unwrap()
        .expect("the guardian's new key");
    c.child_store
        .put(
            Namespace::AccessKey,
            &c.guardian.account_id().to_string(),
            &guardian_key,
        )
        .unwrap();
    let sent = c
        .child
        .send_sealed_message(c.guardian.account_id(), b"from a stolen phone")
        .await
        .unwrap();
    assert!(matches!(sent, SendOutcome::Sent { .. }), "{sent:?}");

    // The guardian's app reads the notice, then refuses the message.
    let mut events = c.guardian.events();
    let mut seen = Vec::new();
    loop {
        match wait_for(&mut events, |_| true).await {
            Event::Synced => break,
            e => seen.push(e),
        }
    }
    assert!(
        seen.iter().any(|e| matches!(e,
            Event::DeviceRemoved { account, device: 1 } if *account == c.child.account_id())),
        "{seen:?}"
    );
    assert!(
        !seen.iter().any(|e| matches!(e, Event::MessageReceived(_))),
        "a revoked phone's message was shown: {seen:?}"
    );
    // The app is told, with when it came (a sealed message names no sender the server
    // knows, so `from` is empty).
    assert!(
        seen.iter().any(|e| matches!(e,
            Event::Undecryptable { from: None, sent_at: Some(at), .. }
                if (chrono::Utc::now() - *at).num_seconds().abs() < 60)),
        "{seen:?}"
    );
    // Refused for good: acknowledged, nothing left queued.
    server
        .eventually("the guardian's queue is empty", |s| {
            s.queued_for(c.guardian.device_id()) == 0
        })
        .await;
}

/// Items 2 and 16: a new phone on the child's account is announced to the child's other
/// phone and to the guardian, naming the caseworker who issued its code; the child and the
/// guardian see it in the case's access log; messages to the child reach both phones, and
/// revoking one leaves the other working (before: nobody was told, and the guardian's app
/// took the new phone silently).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_phone_is_announced_and_both_phones_get_every_message() {
    let server = TestServer::start().await;
    let c = case_with_child_and_guardian(&server).await;
    exchange(&c.child, &c.guardian).await;
    let mut child_events = c.child.events();
    let mut guardian_events = c.guardian.events();
    synced(&mut child_events).await;
    synced(&mut guardian_events).await;

    let (second, _) = another_phone(&server, &c.cw, c.case, c.child.account_id()).await;
    assert_eq!(second.enrolment().device_number, 2);
    for events in [&mut child_events, &mut guardian_events] {
        match wait_for(events, |e| matches!(e, Event::DeviceAdded { .. })).await {
            Event::DeviceAdded {
                account,
                device,
                by,
                held,
                ..
            } => {
                assert_eq!(account, c.child.account_id());
                assert_eq!(device, 2);
                assert_eq!(by, Some(c.cw.account_id()));
                assert!(!held);
            }
            _ => unreachable!(),
        }
    }
    let log = c.child.access_log(c.case).await.unwrap();
    let added: Vec<&str> = log
        .entries
        .iter()
        .filter(|e| e.action == "account.enrol")
        .map(|e| e.text.as_str())
        .collect();
    assert_eq!(
        added.iter().filter(|t| t.contains("your account")).count(),
        2,
        "{added:?}"
    );
    assert!(
        added.iter().all(|t| t.contains("Caseworker Ana")),
        "{added:?}"
    );
    let log = c.guardian.access_log(c.case).await.unwrap();
    assert!(
        log.entries
            .iter()
            .any(|e| e.action == "account.enrol" && e.text.contains("child's account")),
        "{:?}",
        log.entries
    );

    // Both phones get the guardian's message.
    c.guardian
        .send_message(c.child.account_id(), b"to both")
        .await
        .unwrap();
    assert_eq!(next_received(&mut child_events).await.body, b"to both");
    let (got, _) = second.poll_messages().await.unwrap();
    assert_eq!(
        got.iter().map(|m| m.body.clone()).collect::<Vec<_>>(),
        vec![b"to both".to_vec()]
    );

    // The first phone is lost: revoked, the second carries on.
    c.cw.revoke_device(c.child.device_id()).await.unwrap();
    assert_eq!(
        wait_for(&mut child_events, |e| matches!(e, Event::Revoked)).await,
        Event::Revoked
    );
    c.guardian
        .send_message(c.child.account_id(), b"to the phone left")
        .await
        .unwrap();
    let (got, _) = second.poll_messages().await.unwrap();
    assert!(
        got.iter().any(|m| m.body == b"to the phone left"),
        "{got:?}"
    );
    assert_eq!(
        c.child.poll_messages().await.unwrap_err().code(),
        Some(ErrorCode::AuthDeviceRevoked)
    );
}

/// Item 2: once the guardian verified the child's safety number, a new phone of the
/// child's waits for the guardian to accept it: nothing is encrypted to it before; the
/// safety number covers both phones, and both sides compute the same one (before: the new
/// phone was trusted silently and the number covered the first phone only).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_verified_contacts_new_phone_waits_until_accepted() {
    let server = TestServer::start().await;
    let c = case_with_child_and_guardian(&server).await;
    exchange(&c.child, &c.guardian).await;
    let before = c
        .guardian
        .safety_number(c.child.account_id())
        .await
        .unwrap();
    assert_eq!(
        before,
        c.child
            .safety_number(c.guardian.account_id())
            .await
            .unwrap()
    );
    c.guardian.mark_verified(c.child.account_id()).unwrap();

    let (second, _) = another_phone(&server, &c.cw, c.case, c.child.account_id()).await;
    let mut events = c.guardian.events();
    match wait_for(&mut events, |e| matches!(e, Event::DeviceAdded { .. })).await {
        Event::DeviceAdded { held, device, .. } => assert!(held && device == 2),
        _ => unreachable!(),
    }
    // Held: the guardian's message waits in the outbox; neither phone gets it yet.
    let err = c
        .guardian
        .send_message(c.child.account_id(), b"after the check")
        .await
        .unwrap_err();
    assert!(matches!(err, SdkError::IdentityChanged { .. }), "{err:?}");
    assert_eq!(c.guardian.outbox_len().unwrap(), 1);
    assert_eq!(server.queued_for(second.device_id()), 0);

    c.guardian
        .accept_identity(c.child.account_id())
        .await
        .unwrap();
    assert_eq!(c.guardian.flush_outbox().await.unwrap(), 1);
    let (got, _) = second.poll_messages().await.unwrap();
    assert!(got.iter().any(|m| m.body == b"after the check"), "{got:?}");

    let after = c
        .guardian
        .safety_number(c.child.account_id())
        .await
        .unwrap();
    assert_ne!(after, before, "the new phone changes the safety number");
    assert_eq!(
        after,
        c.child
            .safety_number(c.guardian.account_id())
            .await
            .unwrap()
    );
    assert_eq!(
        after,
        second.safety_number(c.guardian.account_id()).await.unwrap()
    );
}

/// Item 2: an admin cannot put a new phone on a staff member's account while they have one
/// (the old phone is revoked first, which they and their contacts are told of).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_staff_code_is_not_reissued_while_the_account_has_a_phone() {
    let server = TestServer::start().await;
    let (admin, cw) = server.admin_and_caseworker().await;
    let before = server.all_rows();
    let res = server
        .http()
        .post(format!(
            "{}/v1/staff/{}/enrolment-codes",
            server.url,
            cw.account_id()
        ))
        .header("authorization", admin.enrolment().authorization())
        .send()
        .await
        .unwrap();
    let (status, code, message) = error_of(res).await;
    assert_eq!((status, code.as_str()), (409, "device.still_active"));
    assert!(message.contains("Disconnect that phone first"), "{message}");
    assert_eq!(
        server.all_rows(),
        before,
        "a refused reissue changed nothing"
    );

    admin.revoke_device(cw.device_id()).await.unwrap();
    let code = admin.reissue_staff_code(cw.account_id()).await.unwrap();
    let replacement = server.enrol(&code.code).await;
    assert_eq!(replacement.account_id(), cw.account_id());
}

/// Item 3: a node that authenticated a device from its cache just before another node
/// revoked it still closes the socket the device opens there (before: the socket stayed
/// open, never checked again).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_socket_opened_on_another_node_after_revocation_is_closed() {
    let server = TestServer::start().await;
    let c = case_with_child_and_guardian(&server).await;
    let node = server.second_node().await;
    let auth = c.child.enrolment().authorization();
    // The second node has the credential in its cache.
    let me = server
        .http()
        .get(format!("{}/v1/me", node.url))
        .header("authorization", &auth)
        .send()
        .await
        .unwrap();
    assert_eq!(me.status(), 200);
    c.cw.revoke_device(c.child.device_id()).await.unwrap();

    let request = websocket_request(&node.url, &[("authorization", &auth)]);
    match tokio_tungstenite::connect_async(request).await {
        // Refused outright (the cache had moved on) is fine too.
        Err(tokio_tungstenite::tungstenite::Error::Http(res)) => assert_eq!(res.status(), 401),
        Err(e) => panic!("{e}"),
        Ok((mut socket, _)) => {
            let closed = tokio::time::timeout(Duration::from_secs(10), async {
                loop {
                    match socket.next().await {
                        Some(Ok(Message::Close(frame))) => return frame.map(|f| u16::from(f.code)),
                        Some(Ok(Message::Text(t))) => {
                            panic!("a revoked device was served: {t}")
                        }
                        Some(Ok(_)) => {}
                        Some(Err(_)) | None => return None,
                    }
                }
            })
            .await
            .expect("the socket is closed at once");
            assert_eq!(closed, Some(4401));
        }
    }
}

/// The device number and registration id of a person's first device, as the server holds
/// them: what a raw send names.
fn first_device(server: &TestServer, who: &Client) -> (u32, u32) {
    let row = server.query_texts(&format!(
        "SELECT CAST(device_number AS TEXT) || ' ' || CAST(registration_id AS TEXT) AS s \
         FROM devices WHERE id = '{}'",
        who.device_id()
    ));
    let mut parts = row[0].split(' ').map(|p| p.parse().unwrap());
    (parts.next().unwrap(), parts.next().unwrap())
}

/// A raw identified send of `bytes` opaque bytes (the server never reads ciphertext).
async fn raw_send(
    server: &TestServer,
    from: &Client,
    to: &Client,
    id: String,
    bytes: usize,
) -> reqwest::Response {
    let (number, registration) = first_device(server, to);
    server
        .http()
        .put(format!("{}/v1/messages/{}", server.url, to.account_id()))
        .header("authorization", from.enrolment().authorization())
        .json(&serde_json::json!({
            "client_message_id": id,
            "messages": [{"device_number": number, "registration_id": registration,
                          "kind": "ciphertext",
                          "content": base64::Engine::encode(
                              &base64::engine::general_purpose::STANDARD, vec![7u8; bytes])}]
        }))
        .send()
        .await
        .unwrap()
}

fn retry_after(res: &reqwest::Response) -> u64 {
    res.headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .expect("a Retry-After header")
}

/// Item 4: a person's identified sends are limited per minute and in bytes per hour; a
/// refused send stores nothing, and the SDK keeps it in its outbox until it may go
/// (before: no limit at all).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sender_is_limited_per_minute_and_in_bytes() {
    let server = TestServer::start_with(|s| {
        s.sender_messages_per_minute = 3;
        s.sender_bytes_per_hour = 20_000;
    })
    .await;
    let c = case_with_child_and_guardian(&server).await;
    for i in 0..3 {
        let res = raw_send(
            &server,
            &c.child,
            &c.guardian,
            uuid::Uuid::new_v4().to_string(),
            10,
        )
        .await;
        assert_eq!(res.status(), 200, "send {i}");
    }
    let before = server.all_rows();
    let res = raw_send(
        &server,
        &c.child,
        &c.guardian,
        uuid::Uuid::new_v4().to_string(),
        10,
    )
    .await;
    let wait = retry_after(&res);
    assert!((1..=60).contains(&wait), "{wait}");
    let (status, code, message) = error_of(res).await;
    assert_eq!((status, code.as_str()), (429, "messages.rate_limited"));
    assert!(!message.is_empty());
    assert_eq!(server.all_rows(), before, "a refused send stored nothing");
    // The SDK keeps the message and sends it once the minute has passed.
    let sent = c
        .child
        .send_message(c.guardian.account_id(), b"later")
        .await
        .unwrap();
    assert!(matches!(sent, SendOutcome::Queued { .. }), "{sent:?}");
    assert_eq!(c.child.outbox_len().unwrap(), 1);
    server.clock.advance(Duration::from_secs(61));
    server
        .eventually("the outbox drains once the minute has passed", |_| {
            c.child.outbox_len().unwrap() == 0
        })
        .await;
    // Bytes: 20,000 an hour. One large send past them is refused whatever the count.
    server.clock.advance(Duration::from_secs(61));
    let res = raw_send(
        &server,
        &c.child,
        &c.guardian,
        uuid::Uuid::new_v4().to_string(),
        30_000,
    )
    .await;
    let (status, code, _) = error_of(res).await;
    assert_eq!((status, code.as_str()), (429, "messages.rate_limited"));
}

/// Item 4: a device's mailbox holds so many envelopes and bytes: past it, senders are told
/// `messages.mailbox_full` and nothing is stored — and nothing stored is ever dropped
/// (before: anyone with one contact could fill the disk).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_mailbox_refuses_more_and_keeps_what_it_has() {
    let server = TestServer::start_with(|s| {
        s.mailbox_max_envelopes = 3;
        s.mailbox_max_bytes = 10_000;
    })
    .await;
    let c = case_with_child_and_guardian(&server).await;
    let queue = |s: &TestServer| s.queued_for(c.guardian.device_id());
    let start = queue(&server);
    let mut stored = start;
    while stored < 3 {
        let res = raw_send(
            &server,
            &c.child,
            &c.guardian,
            uuid::Uuid::new_v4().to_string(),
            100,
        )
        .await;
        assert_eq!(res.status(), 200);
        stored += 1;
    }
    let before = server.all_rows();
    let res = raw_send(
        &server,
        &c.child,
        &c.guardian,
        uuid::Uuid::new_v4().to_string(),
        100,
    )
    .await;
    let (status, code, message) = error_of(res).await;
    assert_eq!((status, code.as_str()), (429, "messages.mailbox_full"));
    assert!(message.contains("waiting"), "{message}");
    assert_eq!(server.all_rows(), before, "nothing stored, nothing dropped");
    // The guardian reads the queue; there is room again.
    c.guardian.poll_messages().await.unwrap();
    assert_eq!(queue(&server), 0);
    let res = raw_send(
        &server,
        &c.child,
        &c.guardian,
        uuid::Uuid::new_v4().to_string(),
        100,
    )
    .await;
    assert_eq!(res.status(), 200);
    // Bytes: 10,000 at most, whatever the count.
    let res = raw_send(
        &server,
        &c.child,
        &c.guardian,
        uuid::Uuid::new_v4().to_string(),
        20_000,
    )
    .await;
    let (status, code, _) = error_of(res).await;
    assert_eq!((status, code.as_str()), (429, "messages.mailbox_full"));
    assert_eq!(queue(&server), 1);
}

/// A sealed send from `source` (a client address a trusted proxy forwards) with `key`.
async fn sealed_from(
    server: &TestServer,
    to: &Client,
    source: &str,
    key: Option<&[u8]>,
    body: serde_json::Value,
) -> reqwest::Response {
    let mut req = server
        .http()
        .put(format!(
            "{}/v1/sealed/messages/{}",
            server.url,
            to.account_id()
        ))
        .header("x-forwarded-for", source)
        .json(&body);
    if let Some(key) = key {
        req = req.header(
            kinbridge_protocol::api::ACCESS_KEY_HEADER,
            base64::Engine::encode(&base64::engine::general_purpose::STANDARD, key),
        );
    }
    req.send().await.unwrap()
}

fn sealed_body(server: &TestServer, to: &Client) -> serde_json::Value {
    let (number, registration) = first_device(server, to);
    serde_json::json!({
        "client_message_id": uuid::Uuid::new_v4().to_string(),
        "messages": [{"device_number": number, "registration_id": registration,
                      "kind": "sealed_sender", "content": "AAAA"}]
    })
}

/// Item 5: sealed sends are limited per recipient and per source in one atomic step, so a
/// parallel burst gets exactly the allowance and one key holder cannot use up everyone
/// else's; wrong keys cost the caller; the key is checked before the body is read (before:
/// per recipient only, checked and counted apart, and a keyless 2 MiB body was read).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sealed_sends_are_limited_per_source_and_wrong_keys_cost() {
    let server = TestServer::start_with(|s| {
        s.trusted_proxies = vec!["127.0.0.1".into()];
        s.sealed_messages_per_minute = 100;
        s.sealed_messages_per_minute_per_source = 3;
        s.access_key_max_failures = 2;
    })
    .await;
    let c = case_with_child_and_guardian(&server).await;
    exchange(&c.child, &c.guardian).await;
    let key = c
        .child_store
        .get(Namespace::AccessKey, &c.guardian.account_id().to_string())
        .unwrap()
        .unwrap();
    // A burst of ten from one source: exactly three pass.
    let burst = futures_util::future::join_all((0..10).map(|_| {
        sealed_from(
            &server,
            &c.guardian,
            "198.51.100.1",
            Some(&key),
            sealed_body(&server, &c.guardian),
        )
    }))
    .await;
    let codes: Vec<u16> = burst.iter().map(|r| r.status().as_u16()).collect();
    assert_eq!(codes.iter().filter(|&&s| s == 200).count(), 3, "{codes:?}");
    assert_eq!(codes.iter().filter(|&&s| s == 429).count(), 7, "{codes:?}");
    // Another holder of the key still gets through.
    let res = sealed_from(
        &server,
        &c.guardian,
        "198.51.100.2",
        Some(&key),
        sealed_body(&server, &c.guardian),
    )
    .await;
    assert_eq!(res.status(), 200);
    // Wrong keys cost their source: after two, even the right key waits there.
    for _ in 0..2 {
        let res = sealed_from(
            &server,
            &c.guardian,
            "203.0.113.9",
            Some(&[0u8; 16]),
            sealed_body(&server, &c.guardian),
        )
        .await;
        assert_eq!(error_of(res).await.1, "messages.access_denied");
    }
    let res = sealed_from(
        &server,
        &c.guardian,
        "203.0.113.9",
        Some(&key),
        sealed_body(&server, &c.guardian),
    )
    .await;
    assert!(retry_after(&res) > 0);
    assert_eq!(error_of(res).await.1, "messages.rate_limited");
    // No key and a 2 MiB body: refused for the key, the body never read.
    let huge = serde_json::json!({"client_message_id": uuid::Uuid::new_v4().to_string(),
        "messages": [{"device_number": 1, "registration_id": 1, "kind": "sealed_sender",
                      "content": "A".repeat(2 * 1024 * 1024)}]});
    let res = sealed_from(&server, &c.guardian, "198.51.100.77", None, huge).await;
    let (status, code, _) = error_of(res).await;
    assert_eq!((status, code.as_str()), (401, "messages.access_denied"));
}

/// Item 6: behind a trusted proxy each client is limited on its own address (an IPv6
/// client on its /64), a forged X-Forwarded-For from anyone else counts for nothing, a code
/// tried too often waits wherever it is tried from, and a valid code is never kept out by
/// someone else's failures (before: everyone behind the proxy shared one limit).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn enrolment_limits_each_client_and_each_code() {
    let server = TestServer::start_with(|s| {
        s.trusted_proxies = vec!["127.0.0.0/8".into()];
        s.enrolment_max_failures = 2;
        s.enrolment_code_max_failures = 3;
    })
    .await;
    let (_admin, cw) = server.admin_and_caseworker().await;
    let case = cw.create_case().await.unwrap().case_id;
    let code = cw
        .invite(
            case,
            InviteRequest::Child {
                age_band: AgeBand::Band13To15,
                locale: None,
                grammatical_form: None,
            },
        )
        .await
        .unwrap()
        .code;
    let body = kinbridge_tests::enrolment_body;
    let enrol = |from: &'static str, code: String| {
        let server = &server;
        async move {
            let res = server
                .http()
                .post(format!("{}/v1/enrolment", server.url))
                .header("x-forwarded-for", from)
                .json(&body(&code))
                .send()
                .await
                .unwrap();
            error_of(res).await.1
        }
    };
    let bad = |n: u8| format!("{n}{n}{n}{n}-{n}{n}{n}{n}-{n}{n}{n}{n}-{n}{n}{n}{n}");
    // Client A fails twice, then waits; client B is not affected.
    assert_eq!(
        enrol("198.51.100.1", bad(1)).await,
        "enrolment.code_invalid"
    );
    assert_eq!(
        enrol("198.51.100.1", bad(2)).await,
        "enrolment.code_invalid"
    );
    assert_eq!(
        enrol("198.51.100.1", bad(3)).await,
        "enrolment.rate_limited"
    );
    assert_eq!(
        enrol("198.51.100.2", bad(3)).await,
        "enrolment.code_invalid"
    );
    // IPv6: another address in the same /64 is the same client; another /64 is not.
    assert_eq!(
        enrol("2001:db8:0:1::1", bad(4)).await,
        "enrolment.code_invalid"
    );
    assert_eq!(
        enrol("2001:db8:0:1::2", bad(5)).await,
        "enrolment.code_invalid"
    );
    assert_eq!(
        enrol("2001:db8:0:1::ffff", bad(6)).await,
        "enrolment.rate_limited"
    );
    assert_eq!(
        enrol("2001:db8:0:2::1", bad(6)).await,
        "enrolment.code_invalid"
    );
    // One code tried from everywhere: after three tries it waits, wherever it comes from.
    assert_eq!(enrol("192.0.2.10", bad(7)).await, "enrolment.code_invalid");
    assert_eq!(enrol("192.0.2.11", bad(7)).await, "enrolment.code_invalid");
    assert_eq!(enrol("192.0.2.12", bad(7)).await, "enrolment.code_invalid");
    assert_eq!(enrol("192.0.2.13", bad(7)).await, "enrolment.rate_limited");
    // The child, behind client A's address, enrols with the real code.
    let res = server
        .http()
        .post(format!("{}/v1/enrolment", server.url))
        .header("x-forwarded-for", "198.51.100.1")
        .json(&body(&code))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
}

/// Item 6: without a trusted proxy, X-Forwarded-For is the client's own claim and changes
/// nothing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_forged_forwarded_address_does_not_escape_the_limit() {
    let server = TestServer::start_with(|s| s.enrolment_max_failures = 2).await;
    let mut last = String::new();
    for (i, from) in ["198.51.100.1", "198.51.100.2", "198.51.100.3"]
        .iter()
        .enumerate()
    {
        let res = server
            .http()
            .post(format!("{}/v1/enrolment", server.url))
            .header("x-forwarded-for", *from)
            .json(&kinbridge_tests::enrolment_body(&format!(
                "{i}{i}{i}{i}-0000-0000-0000"
            )))
            .send()
            .await
            .unwrap();
        last = error_of(res).await.1;
    }
    assert_eq!(last, "enrolment.rate_limited");
}

/// Item 7: key bundles are limited per requester whatever the target, so random targets do
/// not make fetches free (before: each new target had a fresh allowance).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bundle_fetches_are_limited_per_requester() {
    let server = TestServer::start_with(|s| s.prekey_fetches_per_hour_per_requester = 3).await;
    let (_admin, cw) = server.admin_and_caseworker().await;
    let mut codes = Vec::new();
    for _ in 0..4 {
        let res = server
            .http()
            .get(format!(
                "{}/v1/keys/{}/*",
                server.url,
                kinbridge_protocol::AccountId::random()
            ))
            .header("authorization", cw.enrolment().authorization())
            .send()
            .await
            .unwrap();
        codes.push(error_of(res).await.1);
    }
    assert_eq!(
        codes,
        vec![
            "account.not_found",
            "account.not_found",
            "account.not_found",
            "keys.rate_limited"
        ]
    );
}

/// Item 10: the same message id sent many times at once is stored once, even when the
/// copies are written in one batch (before: copies in one batch were all stored).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_same_message_id_at_once_is_stored_once() {
    let server = TestServer::start().await;
    let c = case_with_child_and_guardian(&server).await;
    let id = uuid::Uuid::new_v4().to_string();
    let all = futures_util::future::join_all(
        (0..30).map(|_| raw_send(&server, &c.child, &c.guardian, id.clone(), 10)),
    )
    .await;
    let mut duplicates = 0;
    for res in all {
        assert_eq!(res.status(), 200);
        let body: serde_json::Value = res.json().await.unwrap();
        duplicates += usize::from(body["duplicate"] == true);
    }
    assert_eq!(duplicates, 29);
    let stored = server.query_texts(&format!(
        "SELECT guid AS s FROM envelopes WHERE client_message_id = '{id}'"
    ));
    assert_eq!(stored.len(), 1, "{stored:?}");
}

/// Item 10: one send that cannot be written (here a database trigger refuses it, as a
/// device deleted between the checks and the write would) fails alone: sends written in
/// the same batch go through (before: the whole batch failed with 500).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_failing_send_does_not_fail_its_batch() {
    let server = TestServer::start().await;
    let c = case_with_child_and_guardian(&server).await;
    let bad = c.guardian.device_id();
    match server.backend() {
        kinbridge_server::platform::db::Backend::Sqlite => server.tamper(&format!(
            "CREATE TRIGGER refuse BEFORE INSERT ON envelopes WHEN NEW.device_id = '{bad}' \
             AND NEW.kind = 'ciphertext' BEGIN SELECT RAISE(ABORT, 'refused'); END;"
        )),
        kinbridge_server::platform::db::Backend::Postgres => server.tamper(&format!(
            "CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN \
               RAISE EXCEPTION 'refused'; END $$ LANGUAGE plpgsql; \
             CREATE TRIGGER refuse BEFORE INSERT ON envelopes FOR EACH ROW \
               WHEN (NEW.device_id = '{bad}' AND NEW.kind = 'ciphertext') EXECUTE FUNCTION refuse();"
        )),
    }
    let to_guardian = (0..15).map(|_| {
        raw_send(
            &server,
            &c.child,
            &c.guardian,
            uuid::Uuid::new_v4().to_string(),
            10,
        )
    });
    let to_child = (0..15).map(|_| {
        raw_send(
            &server,
            &c.guardian,
            &c.child,
            uuid::Uuid::new_v4().to_string(),
            10,
        )
    });
    let (refused, accepted) = futures_util::future::join(
        futures_util::future::join_all(to_guardian),
        futures_util::future::join_all(to_child),
    )
    .await;
    for res in accepted {
        assert_eq!(
            res.status(),
            200,
            "a send batched with a failing one failed"
        );
    }
    for res in refused {
        assert_eq!(error_of(res).await.1, "server.internal");
    }
    assert_eq!(
        server
            .query_texts(&format!(
                "SELECT guid AS s FROM envelopes WHERE device_id = '{}' AND kind = 'ciphertext'",
                c.child.device_id()
            ))
            .len(),
        15
    );
}

/// A raw WebSocket for a device, which the test reads (or does not) as it likes.
async fn raw_socket(
    server: &TestServer,
    who: &Client,
) -> tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>> {
    let auth = who.enrolment().authorization();
    let request = websocket_request(&server.url, &[("authorization", &auth)]);
    tokio_tungstenite::connect_async(request).await.unwrap().0
}

/// Reads a socket until it closes (or 30 s pass): the close code, if a close frame came,
/// and how many envelopes arrived before.
async fn read_until_closed(
    socket: &mut tokio_tungstenite::WebSocketStream<
        tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>,
    >,
) -> (Option<u16>, usize) {
    let mut envelopes = 0;
    let closed = tokio::time::timeout(Duration::from_secs(30), async {
        loop {
            match socket.next().await {
                Some(Ok(Message::Close(frame))) => return frame.map(|f| u16::from(f.code)),
                Some(Ok(Message::Text(t))) if t.contains("\"envelope\"") => envelopes += 1,
                Some(Ok(_)) => {}
                Some(Err(_)) | None => return None,
            }
        }
    })
    .await
    .expect("the server closes the socket");
    (closed, envelopes)
}

/// Item 8: a client that stops reading its WebSocket is disconnected once a bounded queue
/// fills; its messages stay queued in the database for its next connection (before: the
/// server held everything pushed to it in memory, without end).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_socket_that_does_not_read_is_closed_and_loses_nothing() {
    let server = TestServer::start_with(|s| {
        s.socket_queue_max = 8;
        s.sender_messages_per_minute = 100_000;
        s.sender_bytes_per_hour = u64::MAX;
        s.mailbox_max_envelopes = 100_000;
        s.mailbox_max_bytes = u64::MAX;
    })
    .await;
    let c = case_with_child_and_guardian(&server).await;
    let mut socket = raw_socket(&server, &c.guardian).await;
    let sent = 400;
    for _ in 0..sent {
        let res = raw_send(
            &server,
            &c.child,
            &c.guardian,
            uuid::Uuid::new_v4().to_string(),
            60_000,
        )
        .await;
        assert_eq!(res.status(), 200);
    }
    let (code, received) = read_until_closed(&mut socket).await;
    assert!(matches!(code, Some(1013) | None), "{code:?}");
    assert!(
        received < sent,
        "the socket was cut off, not fed everything ({received})"
    );
    let queued = server
        .query_texts(&format!(
            "SELECT guid AS s FROM envelopes WHERE device_id = '{}' AND kind = 'ciphertext'",
            c.guardian.device_id()
        ))
        .len();
    assert_eq!(queued, sent, "every message is still queued");
}

/// Item 9: acknowledgements over the WebSocket are checked like the HTTP route's: an
/// acknowledgement that names no envelope closes the socket (1007), and over HTTP it is a
/// 400 naming `guids` (before: both were taken as they came).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledgements_are_checked() {
    let server = TestServer::start().await;
    let c = case_with_child_and_guardian(&server).await;
    let mut socket = raw_socket(&server, &c.guardian).await;
    futures_util::SinkExt::send(
        &mut socket,
        Message::text(format!(r#"{{"type":"ack","guid":"{}"}}"#, "x".repeat(5000))),
    )
    .await
    .unwrap();
    let (code, _) = read_until_closed(&mut socket).await;
    assert_eq!(code, Some(1007));
    let res = server
        .http()
        .post(format!("{}/v1/messages/ack", server.url))
        .header("authorization", c.guardian.enrolment().authorization())
        .json(&serde_json::json!({"guids": ["not-an-envelope"]}))
        .send()
        .await
        .unwrap();
    let (status, code, message) = error_of(res).await;
    assert_eq!((status, code.as_str()), (400, "request.invalid_field"));
    assert!(message.contains("guids"), "{message}");
}

/// Item 11: an upload naming one key id twice is a 400 that names the field, and nothing
/// changes (before: a 500 from the database).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_repeated_key_id_is_refused_cleanly() {
    let server = TestServer::start().await;
    let c = case_with_child_and_guardian(&server).await;
    let key = || {
        base64::Engine::encode(
            &base64::engine::general_purpose::STANDARD,
            libsignal_protocol::KeyPair::generate(&mut rand::rng())
                .public_key
                .serialize(),
        )
    };
    let before = server.all_rows();
    let res = server
        .http()
        .put(format!("{}/v1/keys", server.url))
        .header("authorization", c.child.enrolment().authorization())
        .json(&serde_json::json!({"one_time_prekeys": [
            {"key_id": 900, "public_key": key()},
            {"key_id": 900, "public_key": key()}
        ]}))
        .send()
        .await
        .unwrap();
    let (status, code, message) = error_of(res).await;
    assert_eq!((status, code.as_str()), (400, "request.invalid_field"));
    assert!(message.contains("one_time_prekeys"), "{message}");
    assert_eq!(server.all_rows(), before);
}

/// GETs `path` as `who`, raw.
async fn raw_get(server: &TestServer, who: &Client, path: &str) -> reqwest::Response {
    server
        .http()
        .get(format!("{}{path}", server.url))
        .header("authorization", who.enrolment().authorization())
        .send()
        .await
        .unwrap()
}

/// Item 12: reads are recorded off the request's path, by a writer that appends many at
/// once, while changes append in their own transactions: every read answered is in the
/// chain once, and the chain still verifies (before: each read took the chain's lock).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_read_is_recorded_once_while_changes_append_beside_it() {
    let server = TestServer::start().await;
    let c = case_with_child_and_guardian(&server).await;
    let supervisor = server.supervisor().await;
    let reads = futures_util::stream::iter(0..60)
        .map(|_| c.guardian.case_members(c.case))
        .buffer_unordered(12)
        .collect::<Vec<_>>();
    let changes = async {
        for stage in [
            kinbridge_protocol::CaseStage::Tracing,
            kinbridge_protocol::CaseStage::FamilyFound,
            kinbridge_protocol::CaseStage::Verifying,
        ] {
            c.cw.change_stage(c.case, stage).await.unwrap();
        }
    };
    let child_reads = futures_util::stream::iter(0..30)
        .map(|_| c.child.case_status(c.case))
        .buffer_unordered(6)
        .collect::<Vec<_>>();
    let (reads, (), child_reads) = tokio::join!(reads, changes, child_reads);
    assert!(reads.iter().all(Result::is_ok));
    assert!(child_reads.iter().all(Result::is_ok));

    let log = c.child.access_log(c.case).await.unwrap();
    let count = |action: &str| log.entries.iter().filter(|e| e.action == action).count();
    assert_eq!(count("case.members.view"), 60);
    assert_eq!(count("case.stage.change"), 3);
    let report = supervisor.verify_audit().await.unwrap();
    assert!(report.ok, "{report:?}");
    assert_eq!(report.broken_at, None);
    // Every event the chain holds was walked, the child's 30 status reads among them.
    let statuses = server.query_texts(
        "SELECT CAST(COUNT(*) AS TEXT) AS s FROM audit_events WHERE action = 'case.status.view'",
    );
    assert_eq!(statuses, vec!["30".to_owned()]);
    assert_eq!(
        i64::try_from(report.events).unwrap(),
        report.head_seq,
        "one line, no gaps"
    );
}

/// Item 12: the access log comes a page at a time, oldest first, each entry once; a page
/// the server cannot serve is a clear 400 that records nothing; an export carries the
/// first page and where the rest starts, and the SDK reads the rest.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_access_log_and_exports_come_a_page_at_a_time() {
    let server = TestServer::start().await;
    let c = case_with_child_and_guardian(&server).await;
    // More staff accesses than an export's first page holds (500).
    let reads = futures_util::stream::iter(0..510)
        .map(|_| c.guardian.case_members(c.case))
        .buffer_unordered(16)
        .collect::<Vec<_>>()
        .await;
    assert!(reads.iter().all(Result::is_ok));

    let whole = c.child.access_log(c.case).await.unwrap();
    assert_eq!(whole.next, None);
    let members_views = whole
        .entries
        .iter()
        .filter(|e| e.action == "case.members.view")
        .count();
    assert_eq!(members_views, 510);
    let mut paged = Vec::new();
    let mut after: Option<String> = None;
    let mut pages = 0;
    loop {
        let page = c
            .child
            .access_log_page(c.case, after.as_deref(), Some(100))
            .await
            .unwrap();
        assert!(page.entries.len() <= 100);
        pages += 1;
        paged.extend(page.entries);
        match page.next {
            Some(n) => after = Some(n),
            None => break,
        }
    }
    assert!(pages >= 6, "{pages} pages");
    assert_eq!(paged, whole.entries, "every entry once, oldest first");

    // Pages the server cannot serve.
    let before = server.all_rows();
    let base = format!("/v1/cases/{}/access-log", c.case);
    for (query, field) in [
        ("?limit=0", "limit"),
        ("?limit=501", "limit"),
        ("?limit=ten", "limit"),
        ("?after=-1", "after"),
        ("?after=abc", "after"),
        ("?after=1&after=2", "after"),
        ("?page=2", "page"),
    ] {
        let res = raw_get(&server, &c.guardian, &format!("{base}{query}")).await;
        let (status, code, message) = error_of(res).await;
        assert_eq!(
            (status, code.as_str()),
            (400, "request.invalid_field"),
            "{query}"
        );
        assert!(message.contains(field), "{query}: {message}");
    }
    assert_eq!(server.all_rows(), before, "a refused page records nothing");

    // The export: the first 500 entries and a cursor; the SDK reads on to the end.
    let res = raw_get(&server, &c.cw, &format!("/v1/cases/{}/export", c.case)).await;
    assert_eq!(res.status(), 200);
    let raw: serde_json::Value = res.json().await.unwrap();
    assert_eq!(raw["access_log"].as_array().unwrap().len(), 500);
    assert!(raw["access_log_next"].is_string());
    let export = c.cw.export_case(c.case).await.unwrap();
    assert_eq!(export.access_log_next, None);
    let actions = |entries: &[kinbridge_protocol::api::AccessEntry]| {
        entries.iter().map(|e| e.action.clone()).collect::<Vec<_>>()
    };
    // The export holds the log as it stood, then what came since: the raw export above
    // and this one (recorded before the SDK read the second page); the guardian's refused
    // pages recorded nothing.
    let exported = actions(&export.access_log);
    assert_eq!(exported[..whole.entries.len()], actions(&whole.entries)[..]);
    assert_eq!(
        &exported[whole.entries.len()..],
        ["case.export", "case.export"]
    );
    // A child's own export reads every page too: the caseworker's read of the second
    // page is in it by now.
    let mine = c.child.export_my_data().await.unwrap();
    let case_log = actions(mine.cases[0].access_log.as_ref().unwrap());
    assert_eq!(case_log[..exported.len()], exported[..]);
    assert_eq!(&case_log[exported.len()..], ["case.access_log.view"]);
}

/// Item 12: a child's status is served from memory, yet every change shows at once: a new
/// stage, a new language, a member taken out of the case; and every read is recorded.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_remembered_status_follows_every_change_at_once() {
    let server = TestServer::start().await;
    let c = case_with_child_and_guardian(&server).await;
    let status = |who: &Client| {
        let path = format!("/v1/cases/{}/status", c.case);
        let who = who.clone();
        let server = &server;
        async move {
            let res = raw_get(server, &who, &path).await;
            assert_eq!(res.status(), 200);
            res.json::<kinbridge_protocol::api::CaseStatus>()
                .await
                .unwrap()
        }
    };
    let first = status(&c.child).await;
    assert_eq!(first, status(&c.child).await, "the same, twice");
    c.cw.change_stage(c.case, kinbridge_protocol::CaseStage::Tracing)
        .await
        .unwrap();
    assert_eq!(
        status(&c.child).await.stage,
        kinbridge_protocol::CaseStage::Tracing
    );
    c.child
        .set_preferences(Some(Some("fr")), None)
        .await
        .unwrap();
    assert_eq!(status(&c.child).await.locale, "fr");
    // The guardian's reads, from memory or not, are each in the child's access log.
    status(&c.guardian).await;
    status(&c.guardian).await;
    let log = c.child.access_log(c.case).await.unwrap();
    let guardian_reads = log
        .entries
        .iter()
        .filter(|e| e.action == "case.status.view")
        .count();
    assert_eq!(guardian_reads, 2);
    // Taken out of the case, the guardian reads nothing more, at once.
    c.cw.remove_member(c.case, c.guardian.account_id())
        .await
        .unwrap();
    let res = raw_get(
        &server,
        &c.guardian,
        &format!("/v1/cases/{}/status", c.case),
    )
    .await;
    let (status_code, code, _) = error_of(res).await;
    assert_eq!((status_code, code.as_str()), (404, "case.not_found"));
}

/// Item 13: one supervisor alone cannot move (or close) a case: a correction is proposed
/// with a reason from a fixed list and applied only when a second supervisor approves it;
/// refused attempts to reach a case's data are recorded and shown in its access log
/// (before: any supervisor corrected any case at once, and refusals left no trace).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stage_correction_takes_two_supervisors_and_refusals_are_recorded() {
    use kinbridge_protocol::CaseStage;
    use kinbridge_protocol::api::StageCorrectionReason;
    let server = TestServer::start().await;
    let c = case_with_child_and_guardian(&server).await;
    let (first, second) = (server.supervisor().await, server.supervisor().await);
    let stage = |s: &TestServer| s.query_texts("SELECT stage AS s FROM cases");
    let reason = StageCorrectionReason::NewInformation;

    let proposal = first
        .propose_stage_correction(c.case, CaseStage::Closed, reason)
        .await
        .unwrap();
    assert_eq!(
        (proposal.from, proposal.to, proposal.reason),
        (CaseStage::Registered, CaseStage::Closed, reason)
    );
    assert_eq!(
        stage(&server),
        vec!["registered".to_owned()],
        "nothing moved"
    );
    // The proposer cannot approve it, and nothing changes.
    let err = first.approve_stage_correction(&proposal).await.unwrap_err();
    assert_eq!(
        err.code(),
        Some(ErrorCode::CaseCorrectionNeedsSecondSupervisor)
    );
    assert_eq!(stage(&server), vec!["registered".to_owned()]);
    // One proposal per case at a time.
    let err = second
        .propose_stage_correction(c.case, CaseStage::Tracing, reason)
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::CaseCorrectionPending));
    // Not a supervisor: refused.
    let err = c.cw.approve_stage_correction(&proposal).await.unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::AuthForbidden));
    assert_eq!(
        second.pending_stage_corrections().await.unwrap(),
        vec![proposal.clone()]
    );

    let change = second.approve_stage_correction(&proposal).await.unwrap();
    assert_eq!(
        (change.from, change.to, change.by),
        (
            Some(CaseStage::Registered),
            CaseStage::Closed,
            second.account_id()
        )
    );
    assert_eq!(stage(&server), vec!["closed".to_owned()]);
    assert!(second.pending_stage_corrections().await.unwrap().is_empty());
    let err = second
        .approve_stage_correction(&proposal)
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::CaseCorrectionNotFound));

    // A proposal the case has moved past is closed, not applied.
    let back = first
        .propose_stage_correction(
            c.case,
            CaseStage::Tracing,
            StageCorrectionReason::RecordedInError,
        )
        .await
        .unwrap();
    let again = second
        .propose_stage_correction(c.case, CaseStage::Tracing, reason)
        .await
        .unwrap_err();
    assert_eq!(again.code(), Some(ErrorCode::CaseCorrectionPending));
    first.withdraw_stage_correction(&back).await.unwrap();
    let late = first
        .propose_stage_correction(c.case, CaseStage::Tracing, reason)
        .await
        .unwrap();
    server.clock.advance(Duration::from_secs(8 * 86_400));
    let err = second.approve_stage_correction(&late).await.unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::CaseCorrectionStale));
    assert_eq!(stage(&server), vec!["closed".to_owned()]);
    assert!(second.pending_stage_corrections().await.unwrap().is_empty());

    // A caseworker of another case tries to read this one: refused, and recorded.
    let (_admin2, stranger) = server.admin_and_caseworker().await;
    let res = raw_get(&server, &stranger, &format!("/v1/cases/{}/status", c.case)).await;
    assert_eq!(res.status(), 404);
    let log = c.guardian.access_log(c.case).await.unwrap();
    let seen: Vec<(&str, Option<kinbridge_protocol::AccountRole>)> = log
        .entries
        .iter()
        .filter(|e| e.action.starts_with("case.stage.correct") || e.action == "case.access.refused")
        .map(|e| (e.action.as_str(), e.actor_role))
        .collect();
    let sup = Some(kinbridge_protocol::AccountRole::Supervisor);
    let cw = Some(kinbridge_protocol::AccountRole::Caseworker);
    assert_eq!(
        seen,
        vec![
            ("case.stage.correct.propose", sup),
            // The proposer's own approval, refused.
            ("case.access.refused", sup),
            // The caseworker's approval, refused.
            ("case.access.refused", cw),
            ("case.stage.correct", sup),
            ("case.stage.correct.propose", sup),
            ("case.stage.correct.withdraw", sup),
            ("case.stage.correct.propose", sup),
            ("case.stage.correct.withdraw", sup),
            ("case.access.refused", cw),
        ]
    );
    let refused = log
        .entries
        .iter()
        .rev()
        .find(|e| e.action == "case.access.refused")
        .unwrap();
    assert!(refused.text.contains("refused"), "{}", refused.text);
    // The second supervisor's refused proposal (pending) and the stale approval are not
    // access refusals: they were allowed, and answered why nothing changed.
    let details = server.query_texts(
        "SELECT detail AS s FROM audit_events WHERE action = 'case.access.refused' ORDER BY seq",
    );
    assert_eq!(
        details,
        vec![
            "POST /v1/cases/{case_id}/stage-corrections/{correction_id}/approval".to_owned(),
            "POST /v1/cases/{case_id}/stage-corrections/{correction_id}/approval".to_owned(),
            "GET /v1/cases/{case_id}/status".to_owned(),
        ]
    );
}

/// Item 14: the newest signed checkpoint is also written outside the database, and
/// verification requires the database to still hold it: deleting the checkpoints and
/// cutting the chain back (a consistent, shorter chain) no longer passes (before: it did).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deleted_checkpoints_and_a_rewritten_chain_are_caught() {
    let server = TestServer::start().await;
    let c = case_with_child_and_guardian(&server).await;
    let supervisor = server.supervisor().await;
    c.cw.case_members(c.case).await.unwrap();
    server.maintenance().await;
    let file = server.settings().audit_checkpoint_path();
    let published: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&file).expect("a checkpoint is published")).unwrap();
    let seq = published["seq"].as_i64().unwrap();
    let report = supervisor.verify_audit().await.unwrap();
    assert!(report.ok, "{report:?}");
    assert_eq!(report.published_seq, Some(seq));
    // More events, another pass: the file moves on with the chain.
    c.cw.case_members(c.case).await.unwrap();
    server.maintenance().await;
    let later: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    let seq = later["seq"].as_i64().unwrap();
    assert!(seq > published["seq"].as_i64().unwrap());

    // Someone with the database only: deletes every checkpoint, cuts the chain back to
    // an earlier event and sets the head there, so the chain is whole and shorter.
    let cut = seq - 3;
    let hash = server.query_texts(&format!(
        "SELECT {} AS s FROM audit_events WHERE seq = {cut}",
        match server.backend() {
            kinbridge_server::platform::db::Backend::Postgres => "encode(hash, 'hex')",
            kinbridge_server::platform::db::Backend::Sqlite => "lower(hex(hash))",
        }
    ))[0]
        .clone();
    let set_head = match server.backend() {
        kinbridge_server::platform::db::Backend::Postgres => {
            format!("UPDATE audit_head SET seq = {cut}, hash = decode('{hash}', 'hex')")
        }
        kinbridge_server::platform::db::Backend::Sqlite => {
            format!("UPDATE audit_head SET seq = {cut}, hash = X'{hash}'")
        }
    };
    server.tamper(&format!(
        "DELETE FROM audit_checkpoints; DELETE FROM audit_events WHERE seq > {cut}; {set_head}"
    ));
    let report = supervisor.verify_audit().await.unwrap();
    assert!(!report.ok, "a rewritten chain passed: {report:?}");
    assert_eq!(
        report.reason,
        Some(kinbridge_protocol::AuditBreak::PublishedCheckpointMissing)
    );
    assert_eq!(report.broken_at, Some(seq));
    // A published file that cannot be read vouches for nothing either.
    std::fs::write(&file, b"not a checkpoint").unwrap();
    let report = supervisor.verify_audit().await.unwrap();
    assert!(!report.ok);
    assert_eq!(
        report.reason,
        Some(kinbridge_protocol::AuditBreak::PublishedCheckpointMissing)
    );
}

/// Every form a secret could be stored in: as given, without separators, in either case,
/// base64 (standard and URL-safe) and hex of its text, and, for a device credential, of
/// its 32 secret bytes.
fn secret_forms(secret: &str) -> Vec<Vec<u8>> {
    use base64::Engine;
    use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
    let hex = |b: &[u8]| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
    let mut texts = vec![
        secret.to_owned(),
        secret.replace('-', ""),
        secret.to_lowercase(),
        secret.replace('-', "").to_lowercase(),
    ];
    let mut raw: Vec<Vec<u8>> = Vec::new();
    for t in texts.clone() {
        texts.push(STANDARD.encode(&t));
        texts.push(URL_SAFE_NO_PAD.encode(&t));
        texts.push(hex(t.as_bytes()));
    }
    // A credential `kb1.<device>.<secret>`: the secret's bytes too.
    if let Some(part) = secret
        .rsplit('.')
        .next()
        .filter(|_| secret.starts_with("kb1."))
    {
        texts.push(part.to_owned());
        let bytes = URL_SAFE_NO_PAD.decode(part).expect("a credential's secret");
        texts.push(STANDARD.encode(&bytes));
        texts.push(hex(&bytes));
        texts.push(hex(&bytes).to_uppercase());
        raw.push(bytes);
    }
    texts
        .into_iter()
        .map(String::into_bytes)
        .chain(raw)
        .collect()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// Item 18: enrolment codes (used, unused, reissued) and device credentials are nowhere
/// in the database — not in the SQLite files' bytes, not in any PostgreSQL row — in clear,
/// base64 or hex; the search finds what is there (a staff name), so it would find them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn codes_and_credentials_are_nowhere_in_the_database() {
    let server = TestServer::start().await;
    let marker = format!("Kbmarker{}", uuid::Uuid::new_v4().simple());
    let admin_code = server.create_staff(kinbridge_protocol::StaffRole::Admin, &marker);
    let admin = server.enrol(&admin_code.code).await;
    let c = case_with_child_and_guardian(&server).await;
    let unused =
        c.cw.invite(
            c.case,
            InviteRequest::Family {
                relationship: kinbridge_protocol::Relationship::AuntOrUncle,
                locale: None,
                grammatical_form: None,
            },
        )
        .await
        .unwrap();
    let unused_staff = admin
        .create_staff(kinbridge_protocol::StaffRole::Caseworker, "Caseworker Lin")
        .await
        .unwrap();
    let (second_phone, _) = another_phone(&server, &c.cw, c.case, c.child.account_id()).await;
    exchange(&c.child, &c.guardian).await;
    server.maintenance().await;

    let mut secrets = vec![admin_code.code.clone(), unused.code, unused_staff.code];
    for who in [&admin, &c.cw, &c.child, &c.guardian, &second_phone] {
        let auth = who.enrolment().authorization();
        secrets.push(auth.rsplit(' ').next().unwrap().to_owned());
    }
    let database = match server.backend() {
        kinbridge_server::platform::db::Backend::Sqlite => {
            let mut bytes = Vec::new();
            for entry in std::fs::read_dir(server.settings().data_dir.clone()).unwrap() {
                let path = entry.unwrap().path();
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                if path.is_file() && name.starts_with("kinbridge.db") {
                    bytes.extend(std::fs::read(&path).unwrap());
                }
            }
            bytes
        }
        kinbridge_server::platform::db::Backend::Postgres => {
            server.database_contents().into_bytes()
        }
    };
    assert!(
        contains(&database, marker.as_bytes()),
        "the search finds what is stored"
    );
    for secret in &secrets {
        for form in secret_forms(secret) {
            assert!(
                !contains(&database, &form),
                "a secret is in the database as {:?}",
                String::from_utf8_lossy(&form)
            );
        }
    }
}

/// Fetches `target`'s bundles as `who`, raw.
async fn fetch_bundle(server: &TestServer, who: &Client, target: &Client) -> reqwest::Response {
    raw_get(server, who, &format!("/v1/keys/{}/*", target.account_id())).await
}

/// Item 19: bundle fetches for one person are limited per hour, per person fetched (a
/// child's app cannot drain a contact's one-time keys), and other contacts stay reachable.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bundle_fetches_for_one_person_are_limited() {
    let server = TestServer::start_with(|s| s.prekey_fetches_per_hour = 2).await;
    let c = case_with_child_and_guardian(&server).await;
    let mut statuses = Vec::new();
    for _ in 0..3 {
        statuses.push(fetch_bundle(&server, &c.child, &c.guardian).await.status());
    }
    assert_eq!(statuses, [200, 200, 429]);
    let res = fetch_bundle(&server, &c.child, &c.guardian).await;
    let (_, code, message) = error_of(res).await;
    assert_eq!(code, "keys.rate_limited");
    assert!(!message.is_empty());
    // Another person is still reachable.
    assert_eq!(fetch_bundle(&server, &c.child, &c.cw).await.status(), 200);
}

/// Item 19: sealed-sender messages to one person are limited per minute whoever sends
/// them (the receive limit), and a minute later they pass again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sealed_messages_to_one_person_are_limited_per_minute() {
    let server = TestServer::start_with(|s| {
        s.trusted_proxies = vec!["127.0.0.1".into()];
        s.sealed_messages_per_minute = 3;
        s.sealed_messages_per_minute_per_source = 100;
    })
    .await;
    let c = case_with_child_and_guardian(&server).await;
    exchange(&c.child, &c.guardian).await;
    let key = c
        .child_store
        .get(Namespace::AccessKey, &c.guardian.account_id().to_string())
        .unwrap()
        .unwrap();
    let mut statuses = Vec::new();
    for source in ["192.0.2.1", "192.0.2.2", "192.0.2.3", "192.0.2.4"] {
        let res = sealed_from(
            &server,
            &c.guardian,
            source,
            Some(&key),
            sealed_body(&server, &c.guardian),
        )
        .await;
        statuses.push(res.status().as_u16());
    }
    assert_eq!(statuses, [200, 200, 200, 429]);
    let before = server.queued_for(c.guardian.device_id());
    let res = sealed_from(
        &server,
        &c.guardian,
        "192.0.2.5",
        Some(&key),
        sealed_body(&server, &c.guardian),
    )
    .await;
    assert_eq!(error_of(res).await.1, "messages.rate_limited");
    assert_eq!(server.queued_for(c.guardian.device_id()), before);
    server.clock.advance(Duration::from_secs(61));
    let res = sealed_from(
        &server,
        &c.guardian,
        "192.0.2.6",
        Some(&key),
        sealed_body(&server, &c.guardian),
    )
    .await;
    assert_eq!(res.status(), 200);
}

/// Item 19: an envelope nobody collects expires after 30 days: it is no longer delivered,
/// and maintenance deletes it; one a day younger is still delivered.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn envelopes_expire_after_thirty_days() {
    let server = TestServer::start().await;
    let c = case_with_child_and_guardian(&server).await;
    exchange(&c.child, &c.guardian).await;
    let day = Duration::from_secs(86_400);
    c.child
        .send_message(c.guardian.account_id(), b"old")
        .await
        .unwrap();
    server.clock.advance(day * 29);
    c.child
        .send_message(c.guardian.account_id(), b"younger")
        .await
        .unwrap();
    server.clock.advance(day + Duration::from_secs(1));
    let (got, _) = c.guardian.poll_messages().await.unwrap();
    let bodies: Vec<&[u8]> = got.iter().map(|m| m.body.as_slice()).collect();
    assert_eq!(
        bodies,
        vec![&b"younger"[..]],
        "the expired one is not delivered"
    );
    // Not delivered, still stored until maintenance deletes it.
    assert!(server.queued_for(c.guardian.device_id()) >= 1);
    server.maintenance().await;
    assert_eq!(
        server.queued_for(c.guardian.device_id()),
        0,
        "and is deleted"
    );
}

/// Item 19: one-time prekeys are handed out once each, even to many fetches at once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_time_prekeys_are_handed_out_once_under_concurrency() {
    let server = TestServer::start_with(|s| {
        s.prekey_fetches_per_hour = 1_000;
        s.prekey_fetches_per_hour_per_requester = 1_000;
    })
    .await;
    let c = case_with_child_and_guardian(&server).await;
    let stored = |s: &TestServer| {
        s.query_texts(&format!(
            "SELECT CAST(COUNT(*) AS TEXT) AS s FROM one_time_prekeys WHERE device_id = '{}'",
            c.guardian.device_id()
        ))[0]
            .parse::<usize>()
            .unwrap()
    };
    let before = stored(&server);
    let responses = futures_util::future::join_all(
        (0..40).map(|_| fetch_bundle(&server, &c.child, &c.guardian)),
    )
    .await;
    let mut ids = Vec::new();
    for res in responses {
        assert_eq!(res.status(), 200);
        let bundles: kinbridge_protocol::api::PreKeyBundles = res.json().await.unwrap();
        ids.push(bundles.devices[0].one_time_prekey.clone().unwrap().key_id);
    }
    let mut unique = ids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), 40, "a key handed out twice: {ids:?}");
    assert_eq!(stored(&server), before - 40);
}

/// Item 19: a message written while the server is down is sent by itself once the server
/// is back, retried with backoff, without the app flushing by hand.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_outbox_retries_by_itself() {
    let mut server = TestServer::start().await;
    let c = case_with_child_and_guardian(&server).await;
    exchange(&c.child, &c.guardian).await;
    server.stop().await;
    let out = c
        .child
        .send_message(c.guardian.account_id(), b"written offline")
        .await
        .unwrap();
    assert!(matches!(out, SendOutcome::Queued { .. }), "{out:?}");
    assert_eq!(c.child.outbox_len().unwrap(), 1);
    // Down for a while: the first retries fail and back off.
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(c.child.outbox_len().unwrap(), 1);
    server.restart().await;
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while c.child.outbox_len().unwrap() > 0 {
        assert!(
            std::time::Instant::now() < deadline,
            "the outbox was not sent by itself"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let (got, _) = c.guardian.poll_messages().await.unwrap();
    assert_eq!(got.last().unwrap().body, b"written offline".to_vec());
}

// Item 15: a method a route does not have is 405 with the methods it has in `Allow`
// (RFC 9110 §15.5.6), for a collection, an item and a nested route; a path that does not
// exist is 404; and neither changes anything.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_methods_get_405_with_allow() {
    let server = TestServer::start().await;
    let (_admin, cw) = server.admin_and_caseworker().await;
    let case = cw.create_case().await.unwrap().case_id;
    let auth = cw.enrolment().authorization();
    let before = server.state();
    for (method, path, allow) in [
        (reqwest::Method::PUT, "/v1/cases".to_owned(), "GET, POST"),
        (reqwest::Method::DELETE, format!("/v1/cases/{case}"), "GET"),
        (
            reqwest::Method::PATCH,
            format!("/v1/cases/{case}/stage"),
            "POST",
        ),
    ] {
        let res = server
            .http()
            .request(method.clone(), format!("{}{path}", server.url))
            .header("authorization", &auth)
            .send()
            .await
            .unwrap();
        let header = res
            .headers()
            .get("allow")
            .map(|v| v.to_str().unwrap().to_owned());
        let (status, code, _) = error_of(res).await;
        assert_eq!(
            (status, code.as_str(), header.as_deref()),
            (405, "request.method_not_allowed", Some(allow)),
            "{method} {path}"
        );
    }
    let res = server
        .http()
        .get(format!("{}/v1/cases/{case}/nothing-here", server.url))
        .header("authorization", &auth)
        .send()
        .await
        .unwrap();
    assert!(res.headers().get("allow").is_none());
    let (status, code, _) = error_of(res).await;
    assert_eq!((status, code.as_str()), (404, "request.unknown_route"));
    assert_eq!(server.assert_unchanged(&before, "wrong methods"), 0);
}

// Item 15: envelopes the OpenAPI document allows but that cannot go this way — two for one
// device, or a sealed-sender envelope on the identified route — are a 422 with their own
// code (schemathesis found them answered 400 as if malformed), and store nothing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn envelopes_that_cannot_go_this_way_are_422() {
    let server = TestServer::start().await;
    let c = case_with_child_and_guardian(&server).await;
    let (number, registration) = first_device(&server, &c.guardian);
    let envelope = |kind: &str| {
        serde_json::json!({"device_number": number, "registration_id": registration,
                           "kind": kind, "content": "AAAA"})
    };
    let queued = server.queued_for(c.guardian.device_id());
    let before = server.state();
    for messages in [
        vec![envelope("ciphertext"), envelope("ciphertext")],
        vec![envelope("sealed_sender")],
    ] {
        let res = server
            .http()
            .put(format!(
                "{}/v1/messages/{}",
                server.url,
                c.guardian.account_id()
            ))
            .header("authorization", c.child.enrolment().authorization())
            .json(&serde_json::json!({
                "client_message_id": uuid::Uuid::new_v4().to_string(),
                "messages": messages,
            }))
            .send()
            .await
            .unwrap();
        let (status, code, message) = error_of(res).await;
        assert_eq!((status, code.as_str()), (422, "messages.invalid_envelopes"));
        assert!(!message.is_empty());
    }
    assert_eq!(server.assert_unchanged(&before, "refused envelopes"), 0);
    assert_eq!(server.queued_for(c.guardian.device_id()), queued);
}

/// Sends raw bytes to the server and reads what comes back until the server closes the
/// connection, `until` appears in it, or 5 s pass.
async fn raw_exchange(server: &TestServer, bytes: &[u8], until: Option<&[u8]>) -> (Vec<u8>, bool) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let addr = server.url.trim_start_matches("http://");
    let mut tcp = tokio::net::TcpStream::connect(addr).await.unwrap();
    tcp.write_all(bytes).await.unwrap();
    let mut got = Vec::new();
    let closed = tokio::time::timeout(Duration::from_secs(5), async {
        let mut buf = [0u8; 4096];
        loop {
            match tcp.read(&mut buf).await {
                Ok(0) | Err(_) => return true,
                Ok(n) => got.extend_from_slice(&buf[..n]),
            }
            if let Some(until) = until
                && got.windows(until.len()).any(|w| w == until)
            {
                return false;
            }
        }
    })
    .await
    .unwrap_or(false);
    (got, closed)
}

/// The head and JSON body of a raw HTTP answer.
fn raw_answer(bytes: &[u8]) -> (String, serde_json::Value) {
    let text = String::from_utf8_lossy(bytes);
    let (head, body) = text.split_once("\r\n\r\n").expect("an HTTP answer");
    (
        head.to_owned(),
        serde_json::from_str(body).unwrap_or(serde_json::Value::Null),
    )
}

/// A raw connection that has sent `who`'s WebSocket upgrade request (the answer unread).
async fn upgrading(server: &TestServer, who: &Client) -> tokio::net::TcpStream {
    use tokio::io::AsyncWriteExt;
    let addr = server.url.trim_start_matches("http://");
    let mut tcp = tokio::net::TcpStream::connect(addr).await.unwrap();
    let request = upgrade_request("/v1/websocket", Some(&who.enrolment().authorization()));
    tcp.write_all(request.as_bytes()).await.unwrap();
    tcp
}

fn upgrade_request(path: &str, authorization: Option<&str>) -> String {
    let auth = authorization
        .map(|a| format!("Authorization: {a}\r\n"))
        .unwrap_or_default();
    format!(
        "GET {path} HTTP/1.1\r\nHost: kinbridge\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\
         Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n{auth}\r\n"
    )
}

/// WebSocket upgrades take their connection away from the HTTP layer (so that an idle
/// socket keeps no HTTP buffers): an upgrade the server does not take (no credential, a
/// revoked one, an unknown route) is still answered with its code and message, and the
/// connection is then closed; one it takes is answered 101.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_upgrade_the_server_does_not_take_is_answered_and_closed() {
    let server = TestServer::start().await;
    let c = case_with_child_and_guardian(&server).await;
    let cases = [
        (
            upgrade_request("/v1/websocket", None),
            "401",
            "auth.credential_missing",
        ),
        (
            upgrade_request("/v1/websocket", Some("Kinbridge not-a-credential")),
            "401",
            "auth.credential_invalid",
        ),
        (
            upgrade_request("/v1/nowhere", Some(&c.child.enrolment().authorization())),
            "404",
            "request.unknown_route",
        ),
    ];
    for (request, status, code) in cases {
        let (got, closed) = raw_exchange(&server, request.as_bytes(), None).await;
        let (head, body) = raw_answer(&got);
        assert!(head.starts_with(&format!("HTTP/1.1 {status}")), "{head}");
        assert!(
            head.to_ascii_lowercase().contains("connection: close"),
            "{head}"
        );
        assert_eq!(body["error"]["code"], code, "{body}");
        assert!(
            body["error"]["message"]
                .as_str()
                .is_some_and(|m| !m.is_empty()),
            "{body}"
        );
        assert!(closed, "the connection is closed after the answer");
    }
    // The same device's socket is still served after all that.
    let (got, _) = raw_exchange(
        &server,
        upgrade_request("/v1/websocket", Some(&c.child.enrolment().authorization())).as_bytes(),
        Some(b"queue_empty"),
    )
    .await;
    let text = String::from_utf8_lossy(&got);
    assert!(text.starts_with("HTTP/1.1 101"), "{text}");
    assert!(text.contains("queue_empty"), "{text}");
}

/// A client may send its first frames right behind its upgrade request, in one packet:
/// they are read, not lost with the HTTP layer's buffer.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn frames_sent_with_the_upgrade_request_are_read() {
    let server = TestServer::start().await;
    let c = case_with_child_and_guardian(&server).await;
    let mut bytes =
        upgrade_request("/v1/websocket", Some(&c.child.enrolment().authorization())).into_bytes();
    // A ping carrying "hi", masked (with a zero mask) as a client's frames must be.
    bytes.extend_from_slice(&[0x89, 0x82, 0, 0, 0, 0, b'h', b'i']);
    let pong: &[u8] = &[0x8A, 0x02, b'h', b'i'];
    let (got, _) = raw_exchange(&server, &bytes, Some(pong)).await;
    assert!(
        got.starts_with(b"HTTP/1.1 101"),
        "{}",
        String::from_utf8_lossy(&got)
    );
    assert!(
        got.windows(pong.len()).any(|w| w == pong),
        "the ping sent with the request is answered: {}",
        String::from_utf8_lossy(&got)
    );
}

/// A node holds at most `max_sockets` WebSockets: one more is refused with 503
/// `server.unavailable` and a message to try again (nothing else changes), a device may
/// still replace its own socket, and a place freed is taken again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_node_refuses_a_new_socket_until_one_closes() {
    let server = TestServer::start_with(|s| s.max_sockets = 1).await;
    let c = case_with_child_and_guardian(&server).await;
    let mut child = raw_socket(&server, &c.child).await;
    let before = server.all_rows();

    let request = websocket_request(
        &server.url,
        &[("authorization", &c.guardian.enrolment().authorization())],
    );
    match tokio_tungstenite::connect_async(request).await {
        Err(tokio_tungstenite::tungstenite::Error::Http(res)) => {
            assert_eq!(res.status(), 503);
            let body: serde_json::Value =
                serde_json::from_slice(res.body().as_deref().unwrap_or_default()).unwrap();
            assert_eq!(body["error"]["code"], "server.unavailable", "{body}");
            assert!(
                body["error"]["message"]
                    .as_str()
                    .is_some_and(|m| m.contains("try again")),
                "{body}"
            );
        }
        Err(e) => panic!("{e}"),
        Ok(_) => panic!("a second socket was taken on a node that holds one"),
    }
    assert_eq!(
        server.all_rows(),
        before,
        "a refused socket changed nothing"
    );

    // The child replaces its own socket: the first closes (4409), the second is served.
    let mut again = raw_socket(&server, &c.child).await;
    let (code, _) = read_until_closed(&mut child).await;
    assert_eq!(code, Some(4409));
    futures_util::SinkExt::close(&mut again).await.unwrap();
    // Once the place is free, the guardian's socket is taken.
    let taken = tokio::time::timeout(Duration::from_secs(5), async {
        loop {
            let request = websocket_request(
                &server.url,
                &[("authorization", &c.guardian.enrolment().authorization())],
            );
            if tokio_tungstenite::connect_async(request).await.is_ok() {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    })
    .await;
    assert!(taken.is_ok(), "the freed place is taken again");
}

/// A handshake that the HTTP layer does not hand over as an upgrade (here `Upgrade:
/// websockets`, which the handshake check alone would take) is refused 400 and touches
/// nothing: the device's live socket stays open (before: the route registered a socket
/// that never got a connection, closing the live one with 4409).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_handshake_not_handed_over_as_an_upgrade_is_refused_and_changes_nothing() {
    let server = TestServer::start().await;
    let c = case_with_child_and_guardian(&server).await;
    let mut live = raw_socket(&server, &c.child).await;
    let request = upgrade_request("/v1/websocket", Some(&c.child.enrolment().authorization()))
        .replace("Upgrade: websocket\r\n", "Upgrade: websockets\r\n");
    let (got, _) = raw_exchange(&server, request.as_bytes(), Some(b"}}")).await;
    let (head, body) = raw_answer(&got);
    assert!(head.starts_with("HTTP/1.1 400"), "{head}");
    assert_eq!(body["error"]["code"], "request.invalid_field", "{body}");
    let closed = tokio::time::timeout(Duration::from_secs(1), read_until_closed(&mut live)).await;
    assert!(closed.is_err(), "the live socket stays open: {closed:?}");
}

/// A client that sends pings and never reads the pongs fills the connection both ways and
/// holds the server in a write; a revocation still ends the socket (before: the pong was
/// written without heeding the close, so the socket stayed for ever, its descriptor held).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_socket_stuck_writing_pongs_still_closes_when_told_to() {
    use tokio::io::AsyncWriteExt;
    let server = TestServer::start().await;
    let c = case_with_child_and_guardian(&server).await;
    let mut tcp = upgrading(&server, &c.child).await;
    // Pings with 125-byte payloads, masked (zero mask), a thousand to a write, never reading.
    let mut pings = Vec::new();
    for _ in 0..1000 {
        pings.extend_from_slice(&[0x89, 0xFD, 0, 0, 0, 0]);
        pings.extend_from_slice(&[b'p'; 125]);
    }
    let writing = tokio::spawn(async move {
        loop {
            if tcp.write_all(&pings).await.is_err() {
                return;
            }
        }
    });
    // Long enough for both directions' buffers to fill and the writes to stop.
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert!(!writing.is_finished(), "the connection was still open");
    c.cw.revoke_device(c.child.device_id()).await.unwrap();
    let ended = tokio::time::timeout(Duration::from_secs(10), writing).await;
    assert!(ended.is_ok(), "the server closed the connection");
}

/// A frame announcing more than the largest frame a device may send closes the socket
/// once that much is buffered, whatever length it announces (before: the server kept
/// everything until the whole announced frame had come).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_frame_announcing_gigabytes_closes_the_socket() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let server = TestServer::start().await;
    let c = case_with_child_and_guardian(&server).await;
    let mut tcp = upgrading(&server, &c.child).await;
    // A masked binary frame of 2^40 bytes (64-bit length), zero mask.
    let mut header = vec![0x82, 0xFF];
    header.extend_from_slice(&(1u64 << 40).to_be_bytes());
    header.extend_from_slice(&[0, 0, 0, 0]);
    tcp.write_all(&header).await.unwrap();
    let (mut read, mut write) = tcp.into_split();
    let writing = tokio::spawn(async move {
        let chunk = vec![0u8; 16 * 1024];
        // 1 MiB at most: far past the 64 KiB a frame may have.
        for _ in 0..64 {
            if write.write_all(&chunk).await.is_err() {
                return;
            }
        }
        // Then silence, the connection kept open (ending it would close the socket too).
        tokio::time::sleep(Duration::from_secs(60)).await;
        drop(write);
    });
    let closed = tokio::time::timeout(Duration::from_secs(10), async {
        let mut buf = [0u8; 4096];
        loop {
            match read.read(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
        }
    })
    .await;
    writing.abort();
    assert!(closed.is_ok(), "the socket is closed");
}
