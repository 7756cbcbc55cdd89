//! Enrolment codes and device credentials: single use, expiry, guessing, rate limits,
//! prekey signatures, revocation.

use std::time::Duration;

use kinbridge_protocol::api::{EnrolRequest, InviteRequest};
use kinbridge_protocol::{AgeBand, B64, ErrorCode, StaffRole};
use kinbridge_sdk::Client;
use kinbridge_tests::{TestServer, error_of};
use libsignal_protocol::IdentityKeyPair;

use kinbridge_tests::enrol_request as enrol_body;

async fn post_enrol(server: &TestServer, body: &EnrolRequest) -> reqwest::Response {
    server
        .http()
        .post(format!("{}/v1/enrolment", server.url))
        .json(body)
        .send()
        .await
        .unwrap()
}

async fn child_invitation(server: &TestServer) -> (Client, kinbridge_protocol::CaseId, String) {
    let (_admin, caseworker) = server.admin_and_caseworker().await;
    let case = caseworker.create_case().await.unwrap();
    let code = caseworker
        .invite(
            case.case_id,
            InviteRequest::Child {
                age_band: AgeBand::Band6To9,
                locale: None,
                grammatical_form: None,
            },
        )
        .await
        .unwrap();
    (caseworker, case.case_id, code.code)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reused_expired_or_guessed_code_is_refused_and_creates_nothing() {
    let server = TestServer::start().await;
    let (caseworker, case, code) = child_invitation(&server).await;

    // Used once: fine. Used again: refused, nothing new.
    server.enrol(&code).await;
    let before = server.state();
    let err = Client::enrol(server.config(), &code).await.unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::EnrolmentCodeUsed));
    assert_eq!(server.assert_unchanged(&before, "refusal 1"), 0);

    // Guessed: a well-formed code nobody issued, and a malformed one.
    let err = Client::enrol(server.config(), "ABCD-EFGH-JKMN-PQRS")
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::EnrolmentCodeInvalid));
    let err = Client::enrol(server.config(), "let me in")
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::EnrolmentCodeInvalid));
    assert_eq!(server.assert_unchanged(&before, "refusal 2"), 0);

    // Expired: 72 hours by default.
    let fresh = caseworker
        .invite(
            case,
            InviteRequest::Child {
                age_band: AgeBand::Band13To15,
                locale: None,
                grammatical_form: None,
            },
        )
        .await
        .unwrap();
    let before = server.state();
    server.clock.advance(Duration::from_secs(72 * 3600 + 1));
    let err = Client::enrol(server.config(), &fresh.code)
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::EnrolmentCodeExpired));
    let kinbridge_sdk::SdkError::Api {
        status, message, ..
    } = &err
    else {
        panic!("{err:?}")
    };
    assert_eq!(*status, 410);
    assert!(message.contains("new one"), "{message}");
    assert_eq!(server.assert_unchanged(&before, "refusal 3"), 0);

    // A code typed in lower case with spaces still works (for a fresh invitation).
    let fresh = caseworker
        .invite(
            case,
            InviteRequest::Child {
                age_band: AgeBand::Band13To15,
                locale: None,
                grammatical_form: None,
            },
        )
        .await
        .unwrap();
    let typed = fresh.code.to_lowercase().replace('-', " ");
    Client::enrol(server.config(), &typed).await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failed_attempts_are_rate_limited_per_address() {
    let server = TestServer::start_with(|s| s.enrolment_max_failures = 3).await;
    let (_cw, _case, code) = child_invitation(&server).await;
    for _ in 0..3 {
        let err = Client::enrol(server.config(), "0000-0000-0000-0000")
            .await
            .unwrap_err();
        assert_eq!(err.code(), Some(ErrorCode::EnrolmentCodeInvalid));
    }
    // Now another bad code waits, and nothing is created.
    let before = server.state();
    let ident = IdentityKeyPair::generate(&mut rand::rng());
    let res = post_enrol(
        &server,
        &enrol_body("1111-1111-1111-1111", &ident, &ident, &ident),
    )
    .await;
    let retry_after: u64 = res
        .headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .unwrap();
    assert!(retry_after > 0 && retry_after <= 900, "{retry_after}");
    let (status, code_s, _) = error_of(res).await;
    assert_eq!((status, code_s.as_str()), (429, "enrolment.rate_limited"));
    assert_eq!(server.assert_unchanged(&before, "refusal 4"), 0);
    // A real code is never kept out by someone else's bad ones from the same address.
    Client::enrol(server.config(), &code).await.unwrap();
    // After the window bad codes get their own answer again.
    server.clock.advance(Duration::from_secs(901));
    let err = Client::enrol(server.config(), "2222-2222-2222-2222")
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::EnrolmentCodeInvalid));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bad_prekey_signature_is_refused_and_leaves_the_code_usable() {
    let server = TestServer::start().await;
    let (_cw, _case, code) = child_invitation(&server).await;
    let mut rng = rand::rng();
    let device = IdentityKeyPair::generate(&mut rng);
    let stranger = IdentityKeyPair::generate(&mut rng);
    let before = server.state();

    for (ec, kyber, field) in [
        (&stranger, &device, "signed_prekey"),
        (&device, &stranger, "kyber_last_resort_prekey"),
    ] {
        let res = post_enrol(&server, &enrol_body(&code, &device, ec, kyber)).await;
        let (status, code_s, message) = error_of(res).await;
        assert_eq!(
            (status, code_s.as_str()),
            (422, "keys.invalid_signature"),
            "{field}"
        );
        assert!(!message.is_empty());
    }

    // A key that is not a key at all.
    let mut body = enrol_body(&code, &device, &device, &device);
    body.identity_key = B64(vec![5; 10]);
    let (status, code_s, _) = error_of(post_enrol(&server, &body).await).await;
    assert_eq!((status, code_s.as_str()), (422, "keys.invalid_key"));

    // A registration id that does not fit in 14 bits.
    let mut body = enrol_body(&code, &device, &device, &device);
    body.registration_id = 20_000;
    let (status, code_s, _) = error_of(post_enrol(&server, &body).await).await;
    assert_eq!(
        (status, code_s.as_str()),
        (422, "keys.invalid_registration_id")
    );

    assert_eq!(server.assert_unchanged(&before, "refusal 5"), 0);
    // The honest device can still use the code.
    let res = post_enrol(&server, &enrol_body(&code, &device, &device, &device)).await;
    assert_eq!(res.status().as_u16(), 201);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_revoked_device_gets_401_at_once_and_a_new_device_enrols_through_the_caseworker() {
    let server = TestServer::start().await;
    let (caseworker, case, code) = child_invitation(&server).await;
    let child = server.enrol(&code).await;
    child.my_cases().await.unwrap();

    // The caseworker sees the child's device and revokes it (a lost phone).
    let devices = caseworker
        .account_devices(child.account_id())
        .await
        .unwrap();
    assert_eq!(devices.len(), 1);
    assert_eq!(devices[0].device_id, child.device_id());
    let revoked = caseworker.revoke_device(child.device_id()).await.unwrap();
    assert!(revoked.revoked_at.is_some());

    let err = child.my_cases().await.unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::AuthDeviceRevoked));
    let kinbridge_sdk::SdkError::Api { status, .. } = err else {
        panic!()
    };
    assert_eq!(status, 401);

    // A new phone: a new code from the caseworker; it takes the revoked device's place.
    let again = caseworker
        .reissue_member_code(case, child.account_id())
        .await
        .unwrap();
    let new_phone = server.enrol(&again.code).await;
    assert_eq!(new_phone.account_id(), child.account_id());
    assert_eq!(new_phone.enrolment().device_number, 1);
    assert_ne!(new_phone.device_id(), child.device_id());
    assert_eq!(new_phone.my_cases().await.unwrap().len(), 1);
    // The old one stays refused; the reinstall replaced its record, so the server no
    // longer knows its credential at all.
    assert_eq!(
        child.me().await.unwrap_err().code(),
        Some(ErrorCode::AuthCredentialInvalid)
    );

    // A person can list and revoke their own devices, but not someone else's.
    let mine = new_phone.devices().await.unwrap();
    assert_eq!(mine.len(), 1);
    assert!(mine[0].revoked_at.is_none());
    let err = new_phone
        .revoke_device(caseworker.device_id())
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::DeviceNotFound));
    let err = new_phone
        .account_devices(caseworker.account_id())
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(ErrorCode::AccountNotFound));
    caseworker.me().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn credentials_are_checked_on_every_call() {
    let server = TestServer::start().await;
    let url = format!("{}/v1/me", server.url);
    let http = server.http();
    let cases = [
        (None, "auth.credential_missing"),
        (Some("Bearer nonsense"), "auth.credential_invalid"),
        (Some("Basic dXNlcjpwYXNz"), "auth.credential_invalid"),
        (
            Some(
                "Bearer kb1.00000000-0000-4000-8000-000000000000.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            ),
            "auth.credential_invalid",
        ),
    ];
    for (header, expected) in cases {
        let mut req = http.get(&url);
        if let Some(h) = header {
            req = req.header("authorization", h);
        }
        let (status, code, _) = error_of(req.send().await.unwrap()).await;
        assert_eq!((status, code.as_str()), (401, expected), "{header:?}");
    }
    // A real device id with a wrong secret is refused the same way.
    let code = server.create_staff(StaffRole::Supervisor, "Sup");
    let sup = server.enrol(&code.code).await;
    let forged = format!(
        "Bearer kb1.{}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        sup.device_id()
    );
    let (status, code, _) = error_of(
        http.get(&url)
            .header("authorization", forged)
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!((status, code.as_str()), (401, "auth.credential_invalid"));
    assert_eq!(
        http.get(&url)
            .header("authorization", sup.enrolment().authorization())
            .send()
            .await
            .unwrap()
            .status()
            .as_u16(),
        200
    );
}
