//! Bad input gets a clear, stable code and changes nothing.

use kinbridge_tests::{TestServer, error_of};
use serde_json::json;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_wrong_unknown_oversized_and_unknown_ids_each_get_their_code() {
    let server = TestServer::start().await;
    let (_admin, cw) = server.admin_and_caseworker().await;
    let case = cw.create_case().await.unwrap().case_id;
    let auth = cw.enrolment().authorization();
    let http = server.http();
    let invite_url = format!("{}/v1/cases/{case}/invitations", server.url);
    let before = server.state();

    let send = |body: Vec<u8>, content_type: &'static str| {
        http.post(&invite_url)
            .header("authorization", &auth)
            .header("content-type", content_type)
            .body(body)
            .send()
    };

    // (body, content type, status, code, the field the message must name)
    type Case = (
        Vec<u8>,
        &'static str,
        u16,
        &'static str,
        Option<&'static str>,
    );
    let cases: Vec<Case> = vec![
        (
            b"{\"child\": {".to_vec(),
            "application/json",
            400,
            "request.malformed_json",
            None,
        ),
        (
            b"".to_vec(),
            "application/json",
            400,
            "request.malformed_json",
            None,
        ),
        (
            json!({"child": {"age_band": 10}}).to_string().into_bytes(),
            "application/json",
            400,
            "request.invalid_field",
            Some("age_band"),
        ),
        (
            json!({"child": {"age_band": "10-12", "name": "Amal"}})
                .to_string()
                .into_bytes(),
            "application/json",
            400,
            "request.unknown_field",
            Some("name"),
        ),
        (
            json!({"child": {}}).to_string().into_bytes(),
            "application/json",
            400,
            "request.invalid_field",
            Some("age_band"),
        ),
        (
            json!({"child": {"age_band": "10-12", "locale": "not a language"}})
                .to_string()
                .into_bytes(),
            "application/json",
            400,
            "request.invalid_field",
            Some("locale"),
        ),
        (
            json!({"child": {"age_band": "adult"}})
                .to_string()
                .into_bytes(),
            "application/json",
            400,
            "request.invalid_field",
            Some("age_band"),
        ),
        (
            json!({"guardian": {"display_name": ""}})
                .to_string()
                .into_bytes(),
            "application/json",
            400,
            "request.invalid_field",
            Some("display_name"),
        ),
        (
            json!({"child": {"age_band": "10-12"}})
                .to_string()
                .into_bytes(),
            "text/plain",
            415,
            "request.unsupported_media_type",
            None,
        ),
        (
            format!(
                "{{\"family\":{{\"relationship\":\"{}\"}}}}",
                "x".repeat(70_000)
            )
            .into_bytes(),
            "application/json",
            413,
            "request.body_too_large",
            None,
        ),
    ];
    for (body, content_type, status, code, field) in cases {
        let (got_status, got_code, message) =
            error_of(send(body, content_type).await.unwrap()).await;
        assert_eq!((got_status, got_code.as_str()), (status, code), "{message}");
        assert!(!message.is_empty());
        if let Some(field) = field {
            assert!(message.contains(field), "{code}: {message}");
        }
    }

    // Ids: a malformed one, and well-formed ones that do not exist.
    let get = |path: String| {
        http.get(format!("{}{path}", server.url))
            .header("authorization", &auth)
            .send()
    };
    let (s, c, _) = error_of(get("/v1/cases/not-a-uuid".into()).await.unwrap()).await;
    assert_eq!((s, c.as_str()), (400, "request.invalid_id"));
    let (s, c, _) = error_of(
        get(format!("/v1/cases/{}", uuid::Uuid::new_v4()))
            .await
            .unwrap(),
    )
    .await;
    assert_eq!((s, c.as_str()), (404, "case.not_found"));
    let (s, c, _) = error_of(
        get(format!("/v1/accounts/{}/devices", uuid::Uuid::new_v4()))
            .await
            .unwrap(),
    )
    .await;
    assert_eq!((s, c.as_str()), (404, "account.not_found"));
    let (s, c, _) = error_of(
        http.delete(format!(
            "{}/v1/devices/{}",
            server.url,
            uuid::Uuid::new_v4()
        ))
        .header("authorization", &auth)
        .send()
        .await
        .unwrap(),
    )
    .await;
    assert_eq!((s, c.as_str()), (404, "device.not_found"));
    // A wrong type in a stage change: the stage is unchanged.
    let (s, c, _) = error_of(
        http.post(format!("{}/v1/cases/{case}/stage", server.url))
            .header("authorization", &auth)
            .json(&json!({"stage": "teleported"}))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!((s, c.as_str()), (400, "request.invalid_field"));
    // Unknown routes and methods.
    let (s, c, _) = error_of(get("/v1/nothing-here".into()).await.unwrap()).await;
    assert_eq!((s, c.as_str()), (404, "request.unknown_route"));
    let (s, c, _) = error_of(
        http.put(format!("{}/v1/cases", server.url))
            .header("authorization", &auth)
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!((s, c.as_str()), (405, "request.method_not_allowed"));

    // Nothing changed, row by row, and nothing was recorded: a case that does not exist
    // has no refusal to record.
    assert_eq!(server.assert_unchanged(&before, "bad input"), 0);
    assert_eq!(
        cw.case(case).await.unwrap().stage,
        kinbridge_protocol::CaseStage::Registered
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn errors_come_in_the_callers_language_and_say_which() {
    let server = TestServer::start().await;
    let catalog = kinbridge_l10n::Catalog::embedded();
    for (asked, served) in [
        ("fa-AF, fa;q=0.9", "fa"),
        ("ar", "ar"),
        ("uk-UA", "uk"),
        ("pt-BR", "en"),
        ("", "en"),
    ] {
        let res = server
            .http()
            .get(format!("{}/v1/cases", server.url))
            .header("accept-language", asked)
            .send()
            .await
            .unwrap();
        assert_eq!(res.headers()["content-language"], served, "{asked}");
        assert_eq!(res.headers()["cache-control"], "no-store");
        let (s, c, m) = error_of(res).await;
        assert_eq!((s, c.as_str()), (401, "auth.credential_missing"));
        let expected = catalog
            .format(
                &[served.parse().unwrap()],
                "error-auth-credential-missing",
                None,
            )
            .text;
        assert_eq!(m, expected, "{asked}");
        if served == "en" {
            assert_eq!(m, "Please sign in to do this.");
        } else {
            assert_ne!(m, "Please sign in to do this.", "{asked} got English");
        }
    }
}

/// Tigrinya texts select on the reader's form of address; a caller that does not know it
/// (an error before anyone signed in) must still get Tigrinya, not English.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tigrinya_readers_get_every_error_and_access_log_line_in_tigrinya() {
    let server = TestServer::start().await;
    let english = |id: &str| {
        kinbridge_l10n::Catalog::embedded()
            .format(&["en".parse().unwrap()], id, None)
            .text
    };
    // A malformed body, a missing sign-in, an unknown route.
    let requests = [
        server
            .http()
            .post(format!("{}/v1/enrolment", server.url))
            .header("content-type", "application/json")
            .body("{not json"),
        server.http().get(format!("{}/v1/cases", server.url)),
        server
            .http()
            .get(format!("{}/v1/no-such-thing", server.url)),
    ];
    for req in requests {
        let res = req.header("accept-language", "ti").send().await.unwrap();
        assert_eq!(res.headers()["content-language"], "ti");
        let (_, code, message) = error_of(res).await;
        let id = format!("error-{}", code.replace(['.', '_'], "-"));
        assert_ne!(message, english(&id), "{code} came in English");
    }
    // A Tigrinya-reading child reads who looked at their case, in Tigrinya.
    let (_admin, cw) = server.admin_and_caseworker().await;
    let case = cw.create_case().await.unwrap().case_id;
    let child = server
        .join(
            &cw,
            case,
            kinbridge_protocol::api::InviteRequest::Child {
                age_band: kinbridge_protocol::AgeBand::Band10To12,
                locale: Some("ti".into()),
                grammatical_form: None,
            },
        )
        .await;
    cw.case(case).await.unwrap();
    let log = child.access_log(case).await.unwrap();
    assert_eq!(log.locale, "ti");
    assert!(!log.entries.is_empty());
    for e in &log.entries {
        assert!(
            e.text
                .chars()
                .any(|c| ('\u{1200}'..='\u{139F}').contains(&c)),
            "{}: {}",
            e.action,
            e.text
        );
        // The staff name is set apart from the text around it.
        assert!(
            e.text.contains("\u{2068}Caseworker Ana\u{2069}"),
            "{}",
            e.text
        );
    }
}
