//! Routes of the audit capability: chain verification for supervisors, access logs for
//! children and guardians.

use actix_web::{HttpRequest, web};
use kinbridge_protocol::api::{AccessLog, AuditVerifyReport};
use kinbridge_protocol::{AccountRole, CaseId, ErrorCode};

use super::{Event, record, verify};
use crate::AppState;
use crate::accounts::Caller;
use crate::db::{StorageError, write_tx};
use crate::error::ApiError;
use crate::http::{Api, Op, path_id};

pub fn routes(api: &mut Api) {
    api.route(
        Op::get("/v1/audit/verify", "verifyAudit")
            .tag("audit")
            .summary("Supervisor: re-walk the audit chain and report the first broken link.")
            .returns::<AuditVerifyReport>(200)
            .errors(&[ErrorCode::AuthForbidden]),
        verify_chain,
    );
    api.route(
        Op::get("/v1/cases/{case_id}/access-log", "accessLog")
            .tag("audit")
            .summary("Child or guardian: who on the staff side looked at or changed this case, and when.")
            .returns::<AccessLog>(200)
            .errors(&[ErrorCode::CaseNotFound, ErrorCode::AuthForbidden]),
        access_log,
    );
}

/// Supervisors only: they read the audit, never content.
async fn verify_chain(
    state: web::Data<AppState>,
    caller: Caller,
) -> Result<web::Json<AuditVerifyReport>, ApiError> {
    if caller.role != AccountRole::Supervisor {
        return Err(ApiError::new(ErrorCode::AuthForbidden));
    }
    let (keys, now) = (state.keys.clone(), state.clock.now());
    let report = state
        .db
        .run(move |conn| {
            let report = verify(conn, &keys.signing().public_key)?;
            write_tx(conn, |conn| {
                record(
                    conn,
                    Event::new(&caller, "audit.verify").detail(if report.ok {
                        "ok"
                    } else {
                        "broken"
                    }),
                    now,
                )
            })?;
            Ok::<_, StorageError>(report)
        })
        .await?;
    Ok(web::Json(report))
}

async fn access_log(
    state: web::Data<AppState>,
    caller: Caller,
    req: HttpRequest,
    path: web::Path<String>,
) -> Result<web::Json<AccessLog>, ApiError> {
    let case: CaseId = path_id(&path)?;
    let accept = crate::retention::http::accept_language(&req);
    let now = state.clock.now();
    Ok(web::Json(
        state
            .db
            .run(move |c| super::access_log(c, &caller, case, accept.as_deref(), now))
            .await?,
    ))
}
