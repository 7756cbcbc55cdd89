//! HTTP plumbing shared by every capability: the route table, the JSON extractor, the edge
//! middleware, health and readiness, the OpenAPI document.

pub mod api;
pub mod edge;
pub mod json;

use std::str::FromStr;

use actix_web::{HttpResponse, web};
use kinbridge_protocol::ErrorCode;
use kinbridge_protocol::api::HealthResponse;
use serde_json::Value;

pub use api::{Api, Op};
pub use json::ApiJson;

use crate::AppState;
use crate::error::ApiError;

/// Parses an id from the path; a malformed id is `request.invalid_id`.
pub fn path_id<T: FromStr>(raw: &str) -> Result<T, ApiError> {
    T::from_str(raw).map_err(|_| ApiError::new(ErrorCode::RequestInvalidId))
}

/// The OpenAPI document, built once from the route table at start.
#[derive(Debug, Clone)]
pub struct OpenApiDoc(pub Value);

pub fn routes(api: &mut Api) {
    api.route(
        Op::get("/v1/health", "health")
            .tag("service")
            .summary("Liveness: the process answers.")
            .public()
            .returns::<HealthResponse>(200),
        health,
    );
    api.route(
        Op::get("/v1/ready", "ready")
            .tag("service")
            .summary("Readiness: the database answers a query.")
            .public()
            .returns::<HealthResponse>(200),
        ready,
    );
    api.route(
        Op::get("/v1/openapi.json", "openapi")
            .tag("service")
            .summary("This API as an OpenAPI 3.0 document.")
            .public(),
        openapi,
    );
}

async fn health() -> web::Json<HealthResponse> {
    web::Json(HealthResponse {
        status: "ok".to_owned(),
    })
}

async fn ready(state: web::Data<AppState>) -> Result<web::Json<HealthResponse>, ApiError> {
    state
        .db
        .run(|conn| {
            use diesel::connection::SimpleConnection;
            conn.batch_execute("SELECT 1")
                .map_err(crate::db::StorageError::from)
        })
        .await
        .map_err(|e| {
            tracing::warn!(error = %e, "readiness check failed");
            ApiError::new(ErrorCode::ServerUnavailable)
        })?;
    Ok(web::Json(HealthResponse {
        status: "ready".to_owned(),
    }))
}

async fn openapi(doc: web::Data<OpenApiDoc>) -> HttpResponse {
    HttpResponse::Ok().json(&doc.0)
}

pub async fn unknown_route() -> Result<HttpResponse, ApiError> {
    Err(ApiError::new(ErrorCode::RequestUnknownRoute))
}
