//! The server's logs carry no enrolment codes, credentials, names or client addresses.
//! This binary installs one process-wide subscriber that captures every log line at the
//! most verbose level of Kinbridge's own code, runs the scenarios, and searches the lines.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests fail by panicking"
)]

use kinbridge_protocol::api::InviteRequest;
use kinbridge_protocol::{AgeBand, StaffRole};
use kinbridge_sdk::Client;
use kinbridge_tests::TestServer;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn logs_hold_no_codes_credentials_names_or_addresses() {
    let logs = kinbridge_tests::capture_logs();
    let server = TestServer::start().await;
    let admin_code = server.create_staff(StaffRole::Admin, "Canary Admin Name");
    let admin = server.enrol(&admin_code.code).await;
    let cw_code = admin
        .create_staff(StaffRole::Caseworker, "Canary Caseworker Name")
        .await
        .unwrap();
    let cw = server.enrol(&cw_code.code).await;
    let case = cw.create_case().await.unwrap().case_id;
    let child_code = cw
        .invite(
            case,
            InviteRequest::Child {
                age_band: AgeBand::Band6To9,
                locale: Some("so".into()),
                grammatical_form: None,
            },
        )
        .await
        .unwrap();
    let guardian_code = cw
        .invite(
            case,
            InviteRequest::Guardian {
                display_name: "Canary Guardian Name".into(),
                locale: None,
            },
        )
        .await
        .unwrap();
    let child = server.enrol(&child_code.code).await;
    let guardian = server.enrol(&guardian_code.code).await;
    child.my_cases().await.unwrap();
    guardian.case_members(case).await.unwrap();
    // Refusals log too: a reused code, a wrong credential.
    Client::enrol(server.config(), &child_code.code)
        .await
        .unwrap_err();
    let forged = format!("Bearer kb1.{}.{}", child.device_id(), "A".repeat(43));
    server
        .http()
        .get(format!("{}/v1/me", server.url))
        .header("authorization", &forged)
        .send()
        .await
        .unwrap();
    let server_port = server.url.rsplit(':').next().unwrap().to_owned();
    drop(server);

    let text = logs.text();
    // The capture works: the requests of this scenario are there, by route pattern.
    assert!(text.contains("http.route=/v1/enrolment"), "{text}");
    assert!(
        text.contains("http.route=/v1/cases/{case_id}/invitations"),
        "{text}"
    );
    assert!(text.contains("error.code=enrolment.code_used"), "{text}");

    let mut secrets = vec![
        "Canary Admin Name".to_owned(),
        "Canary Caseworker Name".to_owned(),
        "Canary Guardian Name".to_owned(),
        forged[7..].to_owned(),
    ];
    for code in [
        &admin_code.code,
        &cw_code.code,
        &child_code.code,
        &guardian_code.code,
    ] {
        secrets.push(code.clone());
        secrets.push(code.replace('-', ""));
    }
    for client in [&admin, &cw, &child, &guardian] {
        let auth = client.enrolment().authorization();
        let credential = auth.trim_start_matches("Bearer ").to_owned();
        // The secret part alone, too.
        secrets.push(credential.rsplit('.').next().unwrap().to_owned());
        secrets.push(credential);
    }
    for secret in &secrets {
        assert!(!text.contains(secret.as_str()), "the logs contain {secret}");
    }
    // Addresses: the server's own listening address appears in actix's start and stop
    // lines; no other address (a client's, with its ephemeral port) appears anywhere.
    for piece in text.split("127.0.0.1").skip(1) {
        let port: String = piece
            .strip_prefix(':')
            .unwrap_or("")
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        assert_eq!(
            port, server_port,
            "a log line names another address: 127.0.0.1{piece:.40}"
        );
    }
    // Paths are logged as route patterns, never with the ids in them.
    assert!(!text.contains(&format!("/v1/cases/{case}")), "{text}");
}
