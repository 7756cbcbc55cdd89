//! Abuse resistance and device trust, tried from the outside as an attacker would: the
//! real server (one node, or two on one database), the real SDK, both databases. Each test
//! names the item of the review it proves.

use std::sync::Arc;
use std::time::Duration;

use futures_util::StreamExt;
use kinbridge_protocol::api::InviteRequest;
use kinbridge_protocol::{AgeBand, ErrorCode};
use kinbridge_sdk::{Client, Event, MemoryStore, Namespace, SdkError, SendOutcome, Store};
use kinbridge_tests::{TestServer, error_of, next_received, synced, wait_for};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

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
    assert!(
        seen.iter()
            .any(|e| matches!(e, Event::Undecryptable { .. })),
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

    let url = format!("{}/v1/websocket", node.url.replacen("http://", "ws://", 1));
    let mut request = url.into_client_request().unwrap();
    request
        .headers_mut()
        .insert("authorization", auth.parse().unwrap());
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
