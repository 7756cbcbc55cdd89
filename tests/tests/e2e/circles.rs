//! Case circles through the real server and the real SDK: sender keys handed out over 1:1
//! sessions, one upload fanned out to every member's device, and a removed member who
//! cannot read what follows.

use std::time::Duration;

use kinbridge_protocol::api::{Envelope, InviteRequest};
use kinbridge_protocol::{
    AccountId, AgeBand, CaseId, ContactDecision, ContactReason, DeviceId, EnvelopeKind,
    Relationship,
};
use kinbridge_sdk::{Client, Event, SdkError};
use kinbridge_tests::{TestServer, error_of, next_received, synced, wait_for};

/// A device's queued circle envelopes.
fn circle_envelopes(server: &TestServer, device: DeviceId) -> Vec<Envelope> {
    server
        .queued_envelopes(device)
        .into_iter()
        .filter(|e| e.kind == EnvelopeKind::SenderKey)
        .collect()
}

struct Four {
    cw: Client,
    case: CaseId,
    child: Client,
    guardian: Client,
    aunt: Client,
}

async fn four(server: &TestServer) -> Four {
    let (_admin, cw) = server.admin_and_caseworker().await;
    let case = cw.create_case().await.unwrap().case_id;
    let mut enrol = Vec::new();
    for invite in [
        InviteRequest::Child {
            age_band: AgeBand::Band10To12,
            locale: None,
            grammatical_form: None,
        },
        InviteRequest::Guardian {
            display_name: "Guardian Amal".into(),
            locale: None,
        },
        InviteRequest::Family {
            relationship: Relationship::AuntOrUncle,
            locale: None,
            grammatical_form: None,
        },
    ] {
        enrol.push(server.join(&cw, case, invite).await);
    }
    let aunt = enrol.pop().unwrap();
    let guardian = enrol.pop().unwrap();
    let child = enrol.pop().unwrap();
    // The aunt is verified and the child consents: everyone may reach her; the guardian
    // and caseworker each other.
    kinbridge_tests::consent_to_contact(&cw, case, &child, aunt.account_id()).await;
    for (a, b) in [
        (aunt.account_id(), child.account_id()),
        (aunt.account_id(), guardian.account_id()),
        (aunt.account_id(), cw.account_id()),
        (guardian.account_id(), cw.account_id()),
    ] {
        cw.set_contact_rule(
            case,
            a,
            b,
            ContactDecision::Allowed,
            ContactReason::RelationshipVerified,
        )
        .await
        .unwrap();
    }
    Four {
        cw,
        case,
        child,
        guardian,
        aunt,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_four_member_circle_and_a_removed_member_who_cannot_read_what_follows() {
    let server = TestServer::start().await;
    let f = four(&server).await;
    assert_eq!(f.child.circle(f.case).await.unwrap().devices.len(), 3);

    let mut child_events = f.child.events();
    let mut cw_events = f.cw.events();
    let mut aunt_events = f.aunt.events();
    synced(&mut child_events).await;
    synced(&mut cw_events).await;
    synced(&mut aunt_events).await;

    // One message from the child, uploaded once, reaches the three others; the guardian is
    // not connected, so theirs waits in their queue. (Counted on the guardian's queue, not
    // the whole table: acknowledgements and receipts of the others come and go meanwhile.)
    let before = circle_envelopes(&server, f.guardian.device_id()).len();
    f.child
        .send_circle_message(f.case, b"We are at the new school today")
        .await
        .unwrap();
    for stream in [&mut cw_events, &mut aunt_events] {
        let m = next_received(stream).await;
        assert_eq!(m.from, f.child.account_id());
        assert_eq!(m.circle, Some(f.case));
        assert_eq!(m.body, b"We are at the new school today");
    }
    let guardian_first = circle_envelopes(&server, f.guardian.device_id());
    assert_eq!(guardian_first.len(), 1);
    assert_eq!(guardian_first.len(), before + 1);

    // The aunt writes to the circle too (her own sender key).
    f.aunt
        .send_circle_message(f.case, b"I am proud of you")
        .await
        .unwrap();
    let m = next_received(&mut child_events).await;
    assert_eq!((m.from, m.circle), (f.aunt.account_id(), Some(f.case)));
    assert_eq!(m.body, b"I am proud of you");
    assert_eq!(
        next_received(&mut cw_events).await.body,
        b"I am proud of you"
    );

    // Only the caseworker can take someone out, and never the child.
    let remove = |who: &Client, member: AccountId| {
        server
            .http()
            .delete(format!(
                "{}/v1/cases/{}/members/{member}",
                server.url, f.case
            ))
            .header("authorization", who.enrolment().authorization())
            .send()
    };
    let (status, code, _) = error_of(remove(&f.guardian, f.aunt.account_id()).await.unwrap()).await;
    assert_eq!((status, code.as_str()), (403, "auth.forbidden"));
    let (status, code, _) = error_of(remove(&f.cw, f.child.account_id()).await.unwrap()).await;
    assert_eq!((status, code.as_str()), (403, "auth.forbidden"));
    let (status, code, _) = error_of(remove(&f.cw, AccountId::random()).await.unwrap()).await;
    assert_eq!((status, code.as_str()), (404, "case.member_not_found"));

    f.cw.remove_member(f.case, f.aunt.account_id())
        .await
        .unwrap();
    // Both sides' apps are told at once, each about the other.
    let aunt = f.aunt.account_id();
    wait_for(&mut child_events, |e| {
        *e == Event::ContactBlocked { account: aunt }
    })
    .await;
    let child = f.child.account_id();
    wait_for(&mut aunt_events, |e| {
        *e == Event::ContactBlocked { account: child }
    })
    .await;
    assert_eq!(f.child.circle(f.case).await.unwrap().devices.len(), 2);
    let gone = f.aunt.circle(f.case).await.unwrap_err();
    assert_eq!(gone.code().map(|c| c.as_str()), Some("case.not_found"));

    // The child's next circle message goes to a new sender key, without the aunt.
    let aunt_queue = server.queued_for(f.aunt.device_id());
    f.child
        .send_circle_message(f.case, b"Moving on Friday")
        .await
        .unwrap();
    let m = next_received(&mut cw_events).await;
    assert_eq!(m.body, b"Moving on Friday");
    assert_eq!(server.queued_for(f.aunt.device_id()), aunt_queue);
    let quiet = tokio::time::timeout(Duration::from_millis(500), next_received(&mut aunt_events));
    assert!(
        quiet.await.is_err(),
        "the removed aunt received a circle message"
    );

    // Even holding the ciphertext (say, from the guardian's phone), the aunt's app cannot
    // read it: her key is for the old distribution. The first message she could read.
    let guardian_now = circle_envelopes(&server, f.guardian.device_id());
    let later = guardian_now
        .iter()
        .find(|e| !guardian_first.iter().any(|g| g.guid == e.guid))
        .expect("the second circle envelope")
        .clone();
    let refused = f.aunt.read_envelope(&later).await;
    assert!(matches!(refused, Err(SdkError::Crypto(_))), "{refused:?}");

    // The guardian, offline throughout, gets both child messages and the aunt's, in order.
    let (received, _) = f.guardian.poll_messages().await.unwrap();
    let bodies: Vec<&[u8]> = received
        .iter()
        .filter(|m| m.circle == Some(f.case))
        .map(|m| m.body.as_slice())
        .collect();
    assert_eq!(
        bodies,
        vec![
            &b"We are at the new school today"[..],
            &b"I am proud of you"[..],
            &b"Moving on Friday"[..]
        ]
    );

    // The removed aunt can no longer write to the circle either.
    let refused = f.aunt.send_circle_message(f.case, b"hello?").await;
    assert_eq!(
        refused.unwrap_err().code().map(|c| c.as_str()),
        Some("case.not_found")
    );
    assert_eq!(f.aunt.outbox_len().unwrap(), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_circle_upload_naming_someone_outside_the_circle_is_refused() {
    let server = TestServer::start().await;
    let f = four(&server).await;
    let url = format!("{}/v1/cases/{}/circle/messages", server.url, f.case);
    let roster = f.child.circle(f.case).await.unwrap();
    let mut outsider = roster.devices[0].clone();
    outsider.account_id = AccountId::random();
    let before = server.snapshot();
    for (recipients, status, code) in [
        (vec![outsider], 409, "circle.changed"),
        (
            vec![roster.devices[0].clone(), roster.devices[0].clone()],
            400,
            "request.invalid_field",
        ),
    ] {
        let body = serde_json::json!({
            "client_message_id": uuid::Uuid::new_v4().to_string(),
            "content": "AAECAw==",
            "recipients": recipients,
        });
        let res = server
            .http()
            .put(&url)
            .header("authorization", f.child.enrolment().authorization())
            .json(&body)
            .send()
            .await
            .unwrap();
        let (s, c, _) = error_of(res).await;
        assert_eq!((s, c.as_str()), (status, code));
    }
    // Someone outside the case learns nothing about it.
    let (_, other_cw) = server.admin_and_caseworker().await;
    let res = server
        .http()
        .get(format!("{}/v1/cases/{}/circle", server.url, f.case))
        .header("authorization", other_cw.enrolment().authorization())
        .send()
        .await
        .unwrap();
    let (s, c, _) = error_of(res).await;
    assert_eq!((s, c.as_str()), (404, "case.not_found"));
    // The second caseworker's enrolment added rows elsewhere; no envelope was stored.
    let after = server.snapshot();
    assert_eq!(after["envelopes"], before["envelopes"]);
    assert_eq!(after["sent_messages"], before["sent_messages"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_child_is_told_only_about_contacts_they_had() {
    let server = TestServer::start().await;
    let (_admin, cw) = server.admin_and_caseworker().await;
    let case = cw.create_case().await.unwrap().case_id;
    let mut people = Vec::new();
    for invite in [
        InviteRequest::Child {
            age_band: AgeBand::Band13To15,
            locale: None,
            grammatical_form: None,
        },
        InviteRequest::Guardian {
            display_name: "Guardian Amal".into(),
            locale: None,
        },
        InviteRequest::Family {
            relationship: Relationship::Father,
            locale: None,
            grammatical_form: None,
        },
    ] {
        people.push(server.join(&cw, case, invite).await);
    }
    let (child, guardian, father) = (&people[0], &people[1], &people[2]);
    let mut events = child.events();
    synced(&mut events).await;
    // The father was never cleared to reach the child: blocking him (and then removing
    // him) tells the child nothing about him.
    cw.set_contact_rule(
        case,
        father.account_id(),
        child.account_id(),
        ContactDecision::Blocked,
        ContactReason::SafetyConcern,
    )
    .await
    .unwrap();
    cw.remove_member(case, father.account_id()).await.unwrap();
    // Ending the contact the child did have is announced.
    cw.set_contact_rule(
        case,
        guardian.account_id(),
        child.account_id(),
        ContactDecision::Blocked,
        ContactReason::SafetyConcern,
    )
    .await
    .unwrap();
    let mut seen = Vec::new();
    let g = guardian.account_id();
    loop {
        let e = wait_for(&mut events, |_| true).await;
        let done = e == Event::ContactBlocked { account: g };
        seen.push(e);
        if done {
            break;
        }
    }
    let f = father.account_id();
    assert!(
        !seen.contains(&Event::ContactBlocked { account: f }),
        "{seen:?}"
    );
}
