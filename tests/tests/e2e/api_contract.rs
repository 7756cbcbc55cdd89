//! The published contract: the OpenAPI document matches the routes; health and readiness.

use std::collections::BTreeSet;

use kinbridge_tests::TestServer;
use openapiv3::{OpenAPI, ReferenceOr};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_openapi_document_is_valid_and_matches_the_routes() {
    let server = TestServer::start().await;
    let http = server.http();
    let raw: serde_json::Value = http
        .get(format!("{}/v1/openapi.json", server.url))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    // It parses as OpenAPI 3.0 (a strict model of the specification).
    let doc: OpenAPI = serde_json::from_value(raw.clone()).expect("valid OpenAPI 3.0");
    assert!(doc.openapi.starts_with("3.0"));

    // Every documented operation is a route the server answers (never "unknown route" or
    // "method not allowed"), and every route is documented.
    let mut documented = BTreeSet::new();
    for (path, item) in &doc.paths.paths {
        let ReferenceOr::Item(item) = item else {
            panic!("{path} is a reference")
        };
        for (method, op) in item.iter() {
            documented.insert((method.to_uppercase(), path.clone()));
            assert!(op.operation_id.is_some(), "{method} {path}");
            let concrete = path
                .replace("{case_id}", &uuid::Uuid::new_v4().to_string())
                .replace("{account_id}", &uuid::Uuid::new_v4().to_string())
                .replace("{device_id}", &uuid::Uuid::new_v4().to_string())
                .replace("{complaint_id}", &uuid::Uuid::new_v4().to_string())
                .replace("{request_id}", &uuid::Uuid::new_v4().to_string())
                .replace("{alert_id}", &uuid::Uuid::new_v4().to_string());
            let res = http
                .request(
                    method.to_uppercase().parse().unwrap(),
                    format!("{}{concrete}", server.url),
                )
                .send()
                .await
                .unwrap();
            if res.status().as_u16() == 404 || res.status().as_u16() == 405 {
                let body: serde_json::Value = res.json().await.unwrap();
                let code = body["error"]["code"]
                    .as_str()
                    .unwrap_or_default()
                    .to_owned();
                assert!(
                    code != "request.unknown_route" && code != "request.method_not_allowed",
                    "{method} {path}: {code}"
                );
            }
        }
    }
    let routes: BTreeSet<(String, String)> = kinbridge_server::api()
        .ops()
        .iter()
        .map(|op| (op.method().to_string(), op.path().to_owned()))
        .collect();
    assert_eq!(documented, routes);

    // Every schema reference resolves.
    let schemas = &raw["components"]["schemas"];
    let text = raw.to_string();
    for piece in text.split("\"$ref\":\"").skip(1) {
        let target = piece.split('"').next().unwrap();
        let name = target
            .strip_prefix("#/components/schemas/")
            .unwrap_or_else(|| panic!("unexpected ref {target}"));
        assert!(schemas.get(name).is_some(), "dangling $ref {target}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_and_readiness_answer() {
    let server = TestServer::start().await;
    for (path, status) in [("/v1/health", "ok"), ("/v1/ready", "ready")] {
        let body: serde_json::Value = server
            .http()
            .get(format!("{}{path}", server.url))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(body["status"], status);
    }
}
