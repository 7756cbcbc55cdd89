//! The OpenAPI document says exactly what the server does: schemathesis generates
//! requests from it — valid ones, and invalid ones the server must refuse — and sends them
//! to the real server with a real device credential; every check must pass.
//!
//! schemathesis is a Python tool: install it (`pip install -r
//! tests/schemathesis-requirements.txt`, pinned) and point `KB_SCHEMATHESIS` at it (not
//! `KINBRIDGE_*`: the server reads those as settings). Without it this test says so and
//! passes, so `cargo test` works on a machine with only the Rust toolchain; with `CI=true`
//! it fails instead, so CI cannot skip it unseen. `.ci/run` installs it and runs it on both
//! backends.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests fail by panicking"
)]

use std::process::Command;

use kinbridge_tests::TestServer;

fn schemathesis() -> Option<String> {
    let candidate = std::env::var("KB_SCHEMATHESIS").unwrap_or_else(|_| "schemathesis".into());
    let found = Command::new(&candidate)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    found.then_some(candidate)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn schemathesis_finds_nothing_the_document_does_not_say() {
    let Some(tool) = schemathesis() else {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "CI=true but schemathesis is not installed (set KB_SCHEMATHESIS; .ci/run does)"
        );
        eprintln!("schemathesis is not installed: skipped (set KB_SCHEMATHESIS)");
        return;
    };
    let server = TestServer::start().await;
    let (_admin, cw) = server.admin_and_caseworker().await;
    // Something to find: a case with a child in it.
    let case = cw.create_case().await.unwrap().case_id;
    let _child = server
        .join(
            &cw,
            case,
            kinbridge_protocol::api::InviteRequest::Child {
                age_band: kinbridge_protocol::AgeBand::Band13To15,
                locale: None,
                grammatical_form: None,
            },
        )
        .await;
    let auth = cw.enrolment().authorization();
    let url = server.url.clone();
    // hypothesis keeps a cache (`.hypothesis/`) in the working directory: a scratch one.
    let scratch = tempfile::tempdir().unwrap();
    let dir = scratch.path().to_owned();
    let out = tokio::task::spawn_blocking(move || {
        Command::new(tool)
            .current_dir(dir)
            .args([
                "run",
                &format!("{url}/v1/openapi.json"),
                "--base-url",
                &url,
                "--checks",
                "all",
                "--experimental",
                "positive_data_acceptance",
                "--experimental",
                "coverage-phase",
                // A request the document calls valid may still be refused for what no
                // schema can say, each with its documented code: a key that is not on the
                // curve or a signature that does not verify (422), state (409: a duplicate,
                // a pending correction), a limit (429), a case or person the caller may
                // not reach (403, 404).
                "--experimental-positive-data-acceptance-allowed-statuses",
                "2xx,401,403,404,409,422,429",
                "--hypothesis-max-examples",
                "10",
                "--hypothesis-derandomize",
                // Ids and keys are patterns; hypothesis filters some of what it draws for them.
                "--hypothesis-suppress-health-check=filter_too_much",
                "--request-timeout",
                "10000",
                // The WebSocket is not an HTTP JSON operation: its upgrade, frames and
                // close codes are tested end to end (e2e/messaging.rs, e2e/abuse.rs).
                "--exclude-path",
                "/v1/websocket",
                "--header",
                &format!("Authorization: {auth}"),
            ])
            .env("SCHEMATHESIS_HOOKS", "")
            .output()
            .expect("schemathesis runs")
    })
    .await
    .unwrap();
    // Its report (operations, checks, failures): shown with `--nocapture`, and by the test
    // harness with the failure.
    println!("{}", String::from_utf8_lossy(&out.stdout));
    assert!(
        out.status.success(),
        "schemathesis found failures (its report is above):\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
