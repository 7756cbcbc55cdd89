//! The phone's side: nothing lost when its store fails, and nothing left on it when the
//! device is revoked.

use std::sync::Arc;

use kinbridge_protocol::CaseId;
use kinbridge_protocol::api::InviteRequest;
use kinbridge_protocol::{AgeBand, ErrorCode};
use kinbridge_sdk::{Client, Event, MemoryStore, Namespace, SqliteStore, Store};
use kinbridge_tests::{FailingStore, TestServer, synced, wait_for};

/// A case with its caseworker, a guardian, and a child whose phone keeps its state in
/// `store`.
struct Phones {
    cw: Client,
    case: CaseId,
    child: Client,
    guardian: Client,
}

async fn child_with_store(
    server: &TestServer,
    child: InviteRequest,
    store: Arc<dyn Store>,
) -> Phones {
    let (_admin, cw) = server.admin_and_caseworker().await;
    let case = cw.create_case().await.unwrap().case_id;
    let code = cw.invite(case, child).await.unwrap();
    let child = Client::enrol(server.config_with(store), &code.code)
        .await
        .unwrap();
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
    Phones {
        cw,
        case,
        child,
        guardian,
    }
}

fn teenager() -> InviteRequest {
    InviteRequest::Child {
        age_band: AgeBand::Band13To15,
        locale: None,
        grammatical_form: None,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_message_waits_on_the_server_while_the_phones_store_fails_and_arrives_once_after() {
    let server = TestServer::start().await;
    let store = FailingStore::new(Arc::new(MemoryStore::new()));
    let Phones {
        child, guardian, ..
    } = child_with_store(&server, teenager(), store.clone()).await;
    let mut events = child.events();
    synced(&mut events).await;

    // The disk is full: the message cannot be kept on the phone.
    store.fail(true);
    guardian
        .send_message(child.account_id(), b"I will come on Tuesday.")
        .await
        .unwrap();
    // The SDK tried (and was refused), and again after reconnecting; nothing reached
    // the app, and the message still waits on the server.
    let mut seen = Vec::new();
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(3);
    while let Ok(Some(e)) = tokio::time::timeout_at(deadline, events.next()).await {
        seen.push(e);
    }
    assert!(store.refused() > 0, "the store was never written to");
    assert!(
        !seen
            .iter()
            .any(|e| matches!(e, Event::MessageReceived(_) | Event::Undecryptable { .. })),
        "{seen:?}"
    );
    assert_eq!(server.queued_for(child.device_id()), 1);

    // The disk has room again: the message arrives, once, and leaves the server.
    store.fail(false);
    let got = wait_for(&mut events, |e| matches!(e, Event::MessageReceived(_))).await;
    let Event::MessageReceived(m) = got else {
        unreachable!()
    };
    assert_eq!(m.body, b"I will come on Tuesday.");
    assert_eq!(m.from, guardian.account_id());
    server
        .eventually("the child's queue is empty", |s| {
            s.queued_for(child.device_id()) == 0
        })
        .await;
    let more = tokio::time::timeout(std::time::Duration::from_secs(2), async {
        wait_for(&mut events, |e| matches!(e, Event::MessageReceived(_))).await
    })
    .await;
    assert!(more.is_err(), "shown twice: {more:?}");

    // Polling over HTTP keeps the same rule: a failing store acknowledges nothing.
    store.fail(true);
    drop(events);
    guardian
        .send_message(child.account_id(), b"Bring your red bag.")
        .await
        .unwrap();
    server
        .eventually("queued", |s| s.queued_for(child.device_id()) == 1)
        .await;
    let (received, _) = child.poll_messages().await.unwrap();
    assert!(received.is_empty());
    assert_eq!(server.queued_for(child.device_id()), 1);
    store.fail(false);
    let (received, _) = child.poll_messages().await.unwrap();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].body, b"Bring your red bag.");
    assert_eq!(server.queued_for(child.device_id()), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_revoked_phone_erases_its_store_and_keeps_none_of_its_keys() {
    let server = TestServer::start().await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("phone.db");
    let key = [9u8; 32];
    let store = Arc::new(SqliteStore::open(&path, &key).unwrap());
    let arabic_child = InviteRequest::Child {
        age_band: AgeBand::Band10To12,
        locale: Some("ar".into()),
        grammatical_form: None,
    };
    let Phones {
        cw,
        case,
        child,
        guardian,
    } = child_with_store(&server, arabic_child, store.clone()).await;
    // Some state on the phone: a session, a cached status, a message in the outbox.
    child
        .send_message(guardian.account_id(), b"hello")
        .await
        .unwrap();
    child.case_status(case).await.unwrap();
    assert!(
        store
            .get(Namespace::LocalIdentity, "identity_key_pair")
            .unwrap()
            .is_some(),
        "the identity key is on the phone"
    );
    assert!(!store.keys(Namespace::Session).unwrap().is_empty());

    let mut events = child.events();
    synced(&mut events).await;
    cw.revoke_device(child.device_id()).await.unwrap();
    assert_eq!(
        wait_for(&mut events, |e| matches!(e, Event::Revoked)).await,
        Event::Revoked
    );
    // Erased before the app was told: every namespace is empty.
    for ns in Namespace::ALL {
        assert!(store.keys(*ns).unwrap().is_empty(), "{ns:?} kept");
    }
    assert!(child.is_erased());
    // The file itself holds none of it: reopened with its key, every namespace is empty
    // and no enrolment opens. (That its free pages hold nothing either, read page by page
    // with the key, is `store::sqlite`'s wipe test: the raw bytes are encrypted anyway.)
    drop(events);
    let reopened = SqliteStore::open(&path, &key).unwrap();
    for ns in Namespace::ALL {
        assert!(reopened.keys(*ns).unwrap().is_empty(), "{ns:?} in the file");
    }
    assert!(
        Client::open(server.config_with(Arc::new(reopened)))
            .unwrap()
            .is_none()
    );

    // A call on a revoked phone (no socket open) erases too.
    let code = cw
        .reissue_member_code(case, child.account_id())
        .await
        .unwrap();
    let memory = Arc::new(MemoryStore::new());
    let phone = Client::enrol(server.config_with(memory.clone()), &code.code)
        .await
        .unwrap();
    assert!(!phone.is_erased());
    cw.revoke_device(phone.device_id()).await.unwrap();
    let err = phone.my_cases().await.unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::AuthDeviceRevoked));
    assert!(phone.is_erased());
    assert!(memory.keys(Namespace::LocalIdentity).unwrap().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_message_the_phone_cannot_decrypt_is_announced_and_sent_again_on_a_fresh_session() {
    let server = TestServer::start().await;
    let child_store = Arc::new(MemoryStore::new());
    let Phones {
        child, guardian, ..
    } = child_with_store(&server, teenager(), child_store.clone()).await;
    let mut child_events = child.events();
    let mut guardian_events = guardian.events();
    synced(&mut child_events).await;
    synced(&mut guardian_events).await;
    let received = |e: &Event| matches!(e, Event::MessageReceived(_));

    // A conversation both ways: the sessions are established.
    guardian
        .send_message(child.account_id(), b"one")
        .await
        .unwrap();
    let Event::MessageReceived(m) = wait_for(&mut child_events, received).await else {
        unreachable!()
    };
    assert_eq!(m.body, b"one");
    child
        .send_message(guardian.account_id(), b"two")
        .await
        .unwrap();
    wait_for(&mut guardian_events, received).await;

    // The child's phone loses its session with the guardian (a restored backup, say).
    let guardian_sessions: Vec<String> = child_store
        .keys(Namespace::Session)
        .unwrap()
        .into_iter()
        .filter(|k| k.starts_with(&guardian.account_id().to_string()))
        .collect();
    assert_eq!(guardian_sessions.len(), 1);
    for key in &guardian_sessions {
        child_store.delete(Namespace::Session, key).unwrap();
    }
    guardian
        .send_message(child.account_id(), b"three")
        .await
        .unwrap();

    // The app is told who sent something it cannot read, and when; then the guardian's
    // phone, asked on a fresh session, sends it again, and it arrives once. "one", sent
    // again with it, is not shown a second time.
    let e = wait_for(&mut child_events, |e| {
        matches!(e, Event::Undecryptable { .. } | Event::MessageReceived(_))
    })
    .await;
    let Event::Undecryptable {
        from,
        sent_at: Some(at),
        ..
    } = e
    else {
        panic!("{e:?}")
    };
    assert_eq!(from, Some(guardian.account_id()));
    assert!((chrono::Utc::now() - at).num_seconds().abs() < 60);
    let Event::MessageReceived(m) = wait_for(&mut child_events, received).await else {
        unreachable!()
    };
    assert_eq!(m.body, b"three");
    assert_eq!(m.from, guardian.account_id());
    let more = tokio::time::timeout(std::time::Duration::from_secs(3), async {
        wait_for(&mut child_events, received).await
    })
    .await;
    assert!(more.is_err(), "shown twice: {more:?}");
    // Nothing is left waiting anywhere, and the conversation goes on.
    server
        .eventually("both queues are empty", |s| {
            s.queued_for(child.device_id()) == 0 && s.queued_for(guardian.device_id()) == 0
        })
        .await;
    child
        .send_message(guardian.account_id(), b"four")
        .await
        .unwrap();
    let Event::MessageReceived(m) = wait_for(&mut guardian_events, received).await else {
        unreachable!()
    };
    assert_eq!(m.body, b"four");
}
