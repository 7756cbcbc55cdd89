//! The service routes: liveness, readiness, the OpenAPI document, and the re-walk of the
//! audit chain for supervisors (an operation of the audit sink, which belongs to no
//! capability).

use actix_web::{HttpResponse, web};
use kinbridge_protocol::api::{AuditVerifyReport, HealthResponse};
use kinbridge_protocol::{AccountRole, ErrorCode};
use serde_json::Value;

use super::{Api, ApiError, Op};
use crate::platform::Platform;
use crate::platform::audit::{self, Action, Event};
use crate::platform::db::StorageError;
use crate::platform::identity::Caller;

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
    api.route(
        Op::get("/v1/audit/verify", "verifyAudit")
            .tag("audit")
            .summary("Supervisor: re-walk the audit chain and report the first broken link.")
            .returns::<AuditVerifyReport>(200)
            .errors(&[ErrorCode::AuthForbidden]),
        verify_audit,
    );
}

async fn health() -> web::Json<HealthResponse> {
    web::Json(HealthResponse {
        status: "ok".to_owned(),
        redis: None,
    })
}

async fn ready(platform: web::Data<Platform>) -> Result<web::Json<HealthResponse>, ApiError> {
    platform
        .db
        .run(|conn| {
            use diesel::connection::SimpleConnection;
            conn.batch_execute("SELECT 1").map_err(StorageError::from)
        })
        .await
        .map_err(|e| {
            tracing::warn!(error = %e, "readiness check failed");
            ApiError::new(ErrorCode::ServerUnavailable)
        })?;
    let redis = platform.bus.as_ref().map(|bus| {
        match bus.connected() {
            true => "connected",
            false => "unreachable",
        }
        .to_owned()
    });
    Ok(web::Json(HealthResponse {
        status: "ready".to_owned(),
        redis,
    }))
}

async fn openapi(doc: web::Data<OpenApiDoc>) -> HttpResponse {
    HttpResponse::Ok().json(&doc.0)
}

pub async fn unknown_route() -> Result<HttpResponse, ApiError> {
    Err(ApiError::new(ErrorCode::RequestUnknownRoute))
}

/// Supervisors only: they read the audit, never content. The re-walk is itself recorded.
async fn verify_audit(
    platform: web::Data<Platform>,
    caller: Caller,
) -> Result<web::Json<AuditVerifyReport>, ApiError> {
    if caller.role != AccountRole::Supervisor {
        return Err(ApiError::new(ErrorCode::AuthForbidden));
    }
    let public = platform.keys.signing().public_key;
    let published = audit::published::read(&platform.settings.audit_checkpoint_path());
    if let Err(e) = &published {
        tracing::error!(error = %e, "the published audit checkpoint cannot be read");
    }
    let report = platform
        .db
        .run(move |conn| audit::verify(conn, &public, published.as_ref().map(Option::as_ref)))
        .await?;
    let (detail, now) = (
        if report.ok { "ok" } else { "broken" },
        platform.clock.now(),
    );
    platform
        .audit
        .record(Event::new(&caller, Action::AuditVerify).detail(detail), now)
        .await?;
    Ok(web::Json(report))
}
