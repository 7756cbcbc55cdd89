//! Sealed sender through the real server and the real SDK: the server relays a message
//! without learning who sent it, only holders of the recipient's access key can send
//! that way, and the recipient's app checks the sender certificate against its trust root.

use std::sync::Arc;

use chrono::Utc;
use kinbridge_protocol::api::{DeliveryCertificate, Envelope, InviteRequest};
use kinbridge_protocol::{AgeBand, ContactDecision, ContactReason, EnvelopeKind};
use kinbridge_sdk::{Client, MemoryStore, SdkError, SendOutcome};
use kinbridge_tests::{TestServer, error_of, next_received};
use libsignal_protocol::{KeyPair, SenderCertificate, Timestamp};
use serde_json::json;

struct Pair {
    cw: Client,
    case: kinbridge_protocol::CaseId,
    child: Client,
    guardian: Client,
    guardian_store: Arc<MemoryStore>,
}

async fn pair(server: &TestServer) -> Pair {
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
        .unwrap()
        .code;
    let guardian_code = cw
        .invite(
            case,
            InviteRequest::Guardian {
                display_name: "Guardian Amal".into(),
                locale: None,
            },
        )
        .await
        .unwrap()
        .code;
    let child = server.enrol(&child_code).await;
    let guardian_store = Arc::new(MemoryStore::new());
    let guardian = Client::enrol(server.config_with(guardian_store.clone()), &guardian_code)
        .await
        .unwrap();
    Pair {
        cw,
        case,
        child,
        guardian,
        guardian_store,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sealed_message_reaches_the_guardian_and_its_sender_is_stored_nowhere() {
    let server = TestServer::start().await;
    let p = pair(&server).await;
    // Each learns the other's access key from their first (ordinary) messages.
    assert!(matches!(
        p.child
            .send_sealed_message(p.guardian.account_id(), b"too early")
            .await,
        Err(SdkError::SealedSenderUnavailable { .. })
    ));
    p.child
        .send_message(p.guardian.account_id(), b"hello")
        .await
        .unwrap();
    p.guardian
        .send_message(p.child.account_id(), b"hello back")
        .await
        .unwrap();
    assert_eq!(p.child.poll_messages().await.unwrap().0.len(), 1);
    assert_eq!(p.guardian.poll_messages().await.unwrap().0.len(), 1);

    let before = server.all_rows();
    let counts = server.snapshot();
    let sent = p
        .child
        .send_sealed_message(p.guardian.account_id(), b"a sealed hello")
        .await
        .unwrap();
    assert!(matches!(sent, SendOutcome::Sent { .. }), "{sent:?}");
    // Exactly one envelope and one idempotency record were written, and nothing in them
    // names the child: not the account, not the device, not the identity key.
    let after = server.all_rows();
    let added: Vec<&String> = after.difference(&before).collect();
    let mut changed = server.snapshot();
    changed.retain(|t, n| counts[t] != *n);
    assert_eq!(
        changed.into_iter().collect::<Vec<_>>(),
        vec![
            ("envelopes", counts["envelopes"] + 1),
            ("sent_messages", counts["sent_messages"] + 1)
        ]
    );
    assert_eq!(added.len(), 2, "{added:?}");
    let identity = server.query_texts(&format!(
        "SELECT {} AS s FROM devices WHERE id = '{}'",
        match server.backend() {
            kinbridge_server::platform::db::Backend::Sqlite => "hex(identity_key)",
            kinbridge_server::platform::db::Backend::Postgres => "encode(identity_key, 'hex')",
        },
        p.child.device_id()
    ));
    let secrets = [
        p.child.account_id().to_string(),
        p.child.device_id().to_string(),
        identity[0].to_ascii_lowercase(),
    ];
    for row in &added {
        for secret in &secrets {
            assert!(
                !row.to_ascii_lowercase().contains(secret),
                "a new row names the sender: {row}"
            );
        }
    }
    let queued = server.queued_envelopes(p.guardian.device_id());
    let sealed: Vec<&Envelope> = queued
        .iter()
        .filter(|e| e.kind == EnvelopeKind::SealedSender)
        .collect();
    assert_eq!(sealed.len(), 1);
    assert_eq!(sealed[0].source_account, None);

    let child_queue = server.queued_for(p.child.device_id());
    // The guardian's app opens it and learns, from the certificate, who wrote.
    let mut events = p.guardian.events();
    let m = next_received(&mut events).await;
    assert_eq!(m.from, p.child.account_id());
    assert_eq!(m.device, 1);
    assert!(m.sealed);
    assert_eq!(m.body, b"a sealed hello");
    // No delivery receipt goes back for a sealed message.
    server
        .eventually("the sealed envelope acknowledged", |s| {
            s.queued_for(p.guardian.device_id()) == 0
        })
        .await;
    assert_eq!(server.queued_for(p.child.device_id()), child_queue);

    // An app that trusts another root cannot open a sealed message.
    drop(events);
    p.child
        .send_sealed_message(p.guardian.account_id(), b"second")
        .await
        .unwrap();
    let envelope = server
        .queued_envelopes(p.guardian.device_id())
        .into_iter()
        .find(|e| e.kind == EnvelopeKind::SealedSender)
        .unwrap();
    let other_root = KeyPair::generate(&mut rand::rng())
        .public_key
        .serialize()
        .to_vec();
    let wrong = Client::open(
        server
            .config_with(p.guardian_store.clone())
            .trust_root(other_root),
    )
    .unwrap()
    .unwrap();
    assert!(wrong.read_envelope(&envelope).await.is_err());
    let (received, receipts) = p.guardian.poll_messages().await.unwrap();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].body, b"second");
    assert!(receipts.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_an_access_key_holder_can_send_sealed_and_blocking_withdraws_it() {
    let server = TestServer::start().await;
    let p = pair(&server).await;
    p.guardian
        .send_message(p.child.account_id(), b"hi")
        .await
        .unwrap();
    p.child.poll_messages().await.unwrap();
    let url = format!(
        "{}/v1/sealed/messages/{}",
        server.url,
        p.guardian.account_id()
    );
    let body = json!({
        "client_message_id": uuid::Uuid::new_v4().to_string(),
        "messages": [{"device_number": 1, "registration_id": 1, "kind": "sealed_sender", "content": "AAECAw=="}]
    });
    let before = server.state();
    // No key, a wrong key, a malformed key, an unknown recipient: the same 401.
    let unknown = format!(
        "{}/v1/sealed/messages/{}",
        server.url,
        kinbridge_protocol::AccountId::random()
    );
    for (target, key) in [
        (&url, None),
        (&url, Some("AAAAAAAAAAAAAAAAAAAAAA==")),
        (&url, Some("not base64")),
        (&unknown, Some("AAAAAAAAAAAAAAAAAAAAAA==")),
    ] {
        let mut req = server.http().put(target).json(&body);
        if let Some(key) = key {
            req = req.header("Unidentified-Access-Key", key);
        }
        let (status, code, message) = error_of(req.send().await.unwrap()).await;
        assert_eq!((status, code.as_str()), (401, "messages.access_denied"));
        assert!(!message.is_empty());
    }
    assert_eq!(server.assert_unchanged(&before, "refusal 1"), 0);

    // The certificate: this device, no phone number, valid for 24 hours, under the root.
    let cert: DeliveryCertificate = server
        .http()
        .get(format!("{}/v1/certificate/delivery", server.url))
        .header("authorization", p.child.enrolment().authorization())
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let parsed = SenderCertificate::deserialize(cert.certificate.as_ref()).unwrap();
    assert_eq!(
        parsed.sender_uuid().unwrap(),
        p.child.account_id().to_string()
    );
    assert_eq!(parsed.sender_e164().unwrap(), None);
    assert_eq!(u32::from(parsed.sender_device_id().unwrap()), 1);
    let lifetime = cert.expires_at - Utc::now();
    assert!(lifetime <= chrono::Duration::hours(24) && lifetime > chrono::Duration::hours(23));
    let root = libsignal_protocol::PublicKey::deserialize(&server.trust_root()).unwrap();
    let now = Timestamp::from_epoch_millis(Utc::now().timestamp_millis() as u64);
    assert!(parsed.validate(&root, now).unwrap());
    // Without a credential there is no certificate.
    let res = server
        .http()
        .get(format!("{}/v1/certificate/delivery", server.url))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 401);

    // The key works until the caseworker blocks the pair: then it is withdrawn, and the
    // child's sealed send is refused with nothing stored.
    p.child
        .send_sealed_message(p.guardian.account_id(), b"before the block")
        .await
        .unwrap();
    p.cw.set_contact_rule(
        p.case,
        p.child.account_id(),
        p.guardian.account_id(),
        ContactDecision::Blocked,
        ContactReason::SafetyConcern,
    )
    .await
    .unwrap();
    let before = server.snapshot();
    let refused = p
        .child
        .send_sealed_message(p.guardian.account_id(), b"after the block")
        .await;
    assert!(
        matches!(refused, Err(SdkError::SealedSenderUnavailable { .. })),
        "{refused:?}"
    );
    assert_eq!(server.snapshot()["envelopes"], before["envelopes"]);
    assert_eq!(p.child.outbox_len().unwrap(), 0);
    // The guardian's app is asked for a new key when it connects, and registers one.
    let old = server.query_texts(&format!(
        "SELECT id AS s FROM accounts WHERE id = '{}' AND access_key_hash IS NULL",
        p.guardian.account_id()
    ));
    assert_eq!(old.len(), 1);
    let _events = p.guardian.events();
    server
        .eventually("a new access key registered", |s| {
            s.query_texts(&format!(
                "SELECT id AS s FROM accounts WHERE id = '{}' AND access_key_hash IS NOT NULL",
                p.guardian.account_id()
            ))
            .len()
                == 1
        })
        .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_retried_sealed_send_is_stored_once() {
    let server = TestServer::start().await;
    let p = pair(&server).await;
    // A key of the wrong length is refused and changes nothing.
    let hash_of = |s: &TestServer| {
        let hex = match s.backend() {
            kinbridge_server::platform::db::Backend::Sqlite => "hex(access_key_hash)",
            kinbridge_server::platform::db::Backend::Postgres => "encode(access_key_hash, 'hex')",
        };
        s.query_texts(&format!(
            "SELECT {hex} AS s FROM accounts WHERE id = '{}'",
            p.guardian.account_id()
        ))
    };
    let before_hash = hash_of(&server);
    assert_eq!(
        before_hash.len(),
        1,
        "the guardian registered a key at enrolment"
    );
    let res = server
        .http()
        .put(format!("{}/v1/access-key", server.url))
        .header("authorization", p.guardian.enrolment().authorization())
        .json(&json!({ "access_key": "AAECAwQ=" }))
        .send()
        .await
        .unwrap();
    let (status, code, _) = error_of(res).await;
    assert_eq!((status, code.as_str()), (400, "request.invalid_field"));
    assert_eq!(hash_of(&server), before_hash);
    // The guardian's app registers a key (and would share it inside its messages).
    let key = base64::Engine::encode(&base64::engine::general_purpose::STANDARD, [9u8; 16]);
    let res = server
        .http()
        .put(format!("{}/v1/access-key", server.url))
        .header("authorization", p.guardian.enrolment().authorization())
        .json(&json!({ "access_key": key }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    let registration_id: u32 = server.query_texts(&format!(
        "SELECT CAST(registration_id AS TEXT) AS s FROM devices WHERE id = '{}'",
        p.guardian.device_id()
    ))[0]
        .parse()
        .unwrap();
    let id = uuid::Uuid::new_v4().to_string();
    let url = format!(
        "{}/v1/sealed/messages/{}",
        server.url,
        p.guardian.account_id()
    );
    let send = |registration_id: u32| {
        server
            .http()
            .put(&url)
            .header("Unidentified-Access-Key", &key)
            .json(&json!({
                "client_message_id": id,
                "messages": [{"device_number": 1, "registration_id": registration_id,
                              "kind": "sealed_sender", "content": "AAECAw=="}]
            }))
            .send()
    };
    let before = server.snapshot()["envelopes"];
    // The first attempt is stored; a retry, even one whose device list went stale since,
    // is recognised and stores nothing.
    for (registration, duplicate) in [
        (registration_id, false),
        (registration_id, true),
        (registration_id % 16000 + 1, true),
    ] {
        let res = send(registration).await.unwrap();
        assert_eq!(res.status().as_u16(), 200);
        let v: serde_json::Value = res.json().await.unwrap();
        assert_eq!(v["duplicate"], duplicate);
    }
    assert_eq!(server.snapshot()["envelopes"], before + 1);
    // A new message with the stale registration id gets the 410 the SDK recovers from.
    let res = server
        .http()
        .put(&url)
        .header("Unidentified-Access-Key", &key)
        .json(&json!({
            "client_message_id": uuid::Uuid::new_v4().to_string(),
            "messages": [{"device_number": 1, "registration_id": registration_id % 16000 + 1,
                          "kind": "sealed_sender", "content": "AAECAw=="}]
        }))
        .send()
        .await
        .unwrap();
    let (status, code, _) = error_of(res).await;
    assert_eq!((status, code.as_str()), (410, "messages.stale_devices"));
}
