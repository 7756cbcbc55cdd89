//! The permission matrix through the real HTTP API: every case endpoint × every role ×
//! own case / other case. The default answer is no: outsiders get `case.not_found` (the
//! case's existence is not revealed), members without the right get `auth.forbidden`.

use kinbridge_protocol::api::InviteRequest;
use kinbridge_protocol::{AgeBand, CaseId, Relationship, StaffRole};
use kinbridge_sdk::Client;
use kinbridge_tests::TestServer;
use serde_json::{Value, json};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Child,
    Family,
    Guardian,
    LegalRep,
    Caseworker,
    Admin,
    Supervisor,
    ComplaintHandler,
}

const ROLES: &[Role] = &[
    Role::Child,
    Role::Family,
    Role::Guardian,
    Role::LegalRep,
    Role::Admin,
    Role::Supervisor,
    Role::ComplaintHandler,
    // Last: its allowed calls change the case.
    Role::Caseworker,
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Endpoint {
    View,
    Members,
    ContactRules,
    Invite,
    AssignStaff,
    ChangeStage,
    SetContactRule,
    Link,
    ReissueCode,
    AccessLog,
    Export,
    Status,
}

const ENDPOINTS: &[Endpoint] = &[
    Endpoint::View,
    Endpoint::Members,
    Endpoint::ContactRules,
    Endpoint::Invite,
    Endpoint::AssignStaff,
    Endpoint::ChangeStage,
    Endpoint::SetContactRule,
    Endpoint::Link,
    Endpoint::ReissueCode,
    Endpoint::AccessLog,
    Endpoint::Export,
    Endpoint::Status,
];

/// What a member of the case with this role may do; outsiders may do nothing.
fn member_may(role: Role, endpoint: Endpoint) -> bool {
    matches!(
        (role, endpoint),
        (Role::Caseworker, _)
            | (
                Role::Child | Role::Family | Role::Guardian | Role::LegalRep,
                Endpoint::View | Endpoint::Members | Endpoint::Status
            )
            | (Role::Guardian, Endpoint::ContactRules)
            | (Role::Child | Role::Guardian, Endpoint::AccessLog)
    )
}

struct World {
    sibling: CaseId,
    child: Client,
    family: Client,
    staff_guardian: kinbridge_protocol::AccountId,
}

async fn call(
    server: &TestServer,
    who: &Client,
    endpoint: Endpoint,
    case: CaseId,
    world: &World,
) -> (u16, String) {
    let base = format!("{}/v1/cases/{case}", server.url);
    let http = server.http();
    let (method, url, body): (reqwest::Method, String, Option<Value>) = match endpoint {
        Endpoint::View => (reqwest::Method::GET, base, None),
        Endpoint::Members => (reqwest::Method::GET, format!("{base}/members"), None),
        Endpoint::ContactRules => (reqwest::Method::GET, format!("{base}/contact-rules"), None),
        Endpoint::Invite => (
            reqwest::Method::POST,
            format!("{base}/invitations"),
            Some(json!({"child": {"age_band": "6-9"}})),
        ),
        Endpoint::AssignStaff => (
            reqwest::Method::POST,
            format!("{base}/staff"),
            Some(json!({"account_id": world.staff_guardian})),
        ),
        Endpoint::ChangeStage => (
            reqwest::Method::POST,
            format!("{base}/stage"),
            Some(json!({"stage": "tracing"})),
        ),
        Endpoint::SetContactRule => (
            reqwest::Method::PUT,
            format!("{base}/contact-rules"),
            Some(
                // Blocked: what the child and relative have anyway (allowing it would also
                // need the child's consent, which consent.rs covers).
                json!({"member_a": world.child.account_id(), "member_b": world.family.account_id(),
                        "decision": "blocked", "reason": "safety_concern"}),
            ),
        ),
        Endpoint::Link => (
            reqwest::Method::POST,
            format!("{base}/links"),
            Some(json!({"case_id": world.sibling, "kind": "sibling"})),
        ),
        Endpoint::AccessLog => (reqwest::Method::GET, format!("{base}/access-log"), None),
        Endpoint::Export => (reqwest::Method::GET, format!("{base}/export"), None),
        Endpoint::Status => (reqwest::Method::GET, format!("{base}/status"), None),
        Endpoint::ReissueCode => (
            reqwest::Method::POST,
            format!(
                "{base}/members/{}/enrolment-codes",
                world.child.account_id()
            ),
            None,
        ),
    };
    let mut req = http
        .request(method, url)
        .header("authorization", who.enrolment().authorization());
    if let Some(body) = body {
        req = req.json(&body);
    }
    let res = req.send().await.unwrap();
    let status = res.status().as_u16();
    let body: Value = res.json().await.unwrap_or(Value::Null);
    (
        status,
        body["error"]["code"]
            .as_str()
            .unwrap_or_default()
            .to_owned(),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_case_endpoint_for_every_role_on_own_and_other_cases() {
    let server = TestServer::start().await;
    let (admin, cw) = server.admin_and_caseworker().await;
    let own = cw.create_case().await.unwrap().case_id;
    let sibling = cw.create_case().await.unwrap().case_id;
    let enrol = |invite: InviteRequest| {
        let cw = cw.clone();
        let server = &server;
        async move { server.join(&cw, own, invite).await }
    };
    let child = enrol(InviteRequest::Child {
        age_band: AgeBand::Band10To12,
        locale: None,
        grammatical_form: None,
    })
    .await;
    let family = enrol(InviteRequest::Family {
        relationship: Relationship::Mother,
        locale: None,
        grammatical_form: None,
    })
    .await;
    let guardian = enrol(InviteRequest::Guardian {
        display_name: "G".into(),
        locale: None,
    })
    .await;
    let legal = enrol(InviteRequest::LegalRepresentative {
        display_name: "L".into(),
        locale: None,
    })
    .await;
    let staff = |role, name: &'static str| {
        let server = &server;
        async move { server.enrol(&server.create_staff(role, name).code).await }
    };
    let supervisor = staff(StaffRole::Supervisor, "S").await;
    let handler = staff(StaffRole::ComplaintHandler, "H").await;
    // Another caseworker with a case of their own: the caseworker's "other case".
    let other_cw = staff(StaffRole::Caseworker, "Other").await;
    let foreign = other_cw.create_case().await.unwrap().case_id;
    let staff_guardian = server
        .create_staff(StaffRole::Guardian, "Staff G")
        .account_id;
    let world = World {
        sibling,
        child: child.clone(),
        family: family.clone(),
        staff_guardian,
    };

    let client_of = |role: Role| match role {
        Role::Child => &child,
        Role::Family => &family,
        Role::Guardian => &guardian,
        Role::LegalRep => &legal,
        Role::Caseworker => &cw,
        Role::Admin => &admin,
        Role::Supervisor => &supervisor,
        Role::ComplaintHandler => &handler,
    };
    let is_member = |role: Role| {
        matches!(
            role,
            Role::Child | Role::Family | Role::Guardian | Role::LegalRep | Role::Caseworker
        )
    };

    let mut checked = 0;
    for &role in ROLES {
        let who = client_of(role);
        // Other case first: a case this person is not in.
        let other = if role == Role::Caseworker {
            foreign
        } else {
            sibling
        };
        for &endpoint in ENDPOINTS {
            let before = server.state();
            let (status, code) = call(&server, who, endpoint, other, &world).await;
            assert_eq!(
                (status, code.as_str()),
                (404, "case.not_found"),
                "{role:?} {endpoint:?} on another case"
            );
            let what = format!("{role:?} {endpoint:?} on another case");
            // Nothing changed but the record of the refusal.
            assert_eq!(server.assert_unchanged(&before, &what), 1, "{what}");
            checked += 1;
        }
        for &endpoint in ENDPOINTS {
            let before = server.state();
            let (status, code) = call(&server, who, endpoint, own, &world).await;
            if is_member(role) && member_may(role, endpoint) {
                assert!(
                    (200..300).contains(&status),
                    "{role:?} {endpoint:?}: {status} {code}"
                );
            } else {
                let expected = if is_member(role) {
                    (403, "auth.forbidden")
                } else {
                    (404, "case.not_found")
                };
                assert_eq!(
                    (status, code.as_str()),
                    expected,
                    "{role:?} {endpoint:?} on own case"
                );
                let what = format!("{role:?} {endpoint:?} on own case");
                assert_eq!(server.assert_unchanged(&before, &what), 1, "{what}");
            }
            checked += 1;
        }
    }
    assert_eq!(checked, ROLES.len() * ENDPOINTS.len() * 2);

    // Opening cases and creating staff, which belong to no case.
    for &role in ROLES {
        let who = client_of(role);
        let res = server
            .http()
            .post(format!("{}/v1/cases", server.url))
            .header("authorization", who.enrolment().authorization())
            .send()
            .await
            .unwrap();
        let expected = if role == Role::Caseworker { 201 } else { 403 };
        assert_eq!(res.status().as_u16(), expected, "{role:?} opens a case");
        let res = server
            .http()
            .post(format!("{}/v1/staff", server.url))
            .header("authorization", who.enrolment().authorization())
            .json(&json!({"role": "caseworker", "display_name": "New"}))
            .send()
            .await
            .unwrap();
        let expected = if role == Role::Admin { 201 } else { 403 };
        assert_eq!(res.status().as_u16(), expected, "{role:?} creates staff");
    }
}
