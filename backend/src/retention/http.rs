//! Routes of the retention capability: exports.

use actix_web::http::header::ACCEPT_LANGUAGE;
use actix_web::{HttpRequest, web};
use kinbridge_protocol::api::{CaseExport, PersonalExport};
use kinbridge_protocol::{CaseId, ErrorCode};

use crate::AppState;
use crate::accounts::Caller;
use crate::error::ApiError;
use crate::http::{Api, Op, path_id};

pub fn routes(api: &mut Api) {
    api.route(
        Op::get("/v1/me/export", "exportMyData")
            .tag("retention")
            .summary("Everything the server holds about the caller, as one JSON document.")
            .returns::<PersonalExport>(200),
        export_mine,
    );
    api.route(
        Op::get("/v1/cases/{case_id}/export", "exportCase")
            .tag("retention")
            .summary("Caseworker: the whole case as one document, for a transfer.")
            .returns::<CaseExport>(200)
            .errors(&[ErrorCode::CaseNotFound, ErrorCode::AuthForbidden]),
        export_case,
    );
}

pub(crate) fn accept_language(req: &HttpRequest) -> Option<String> {
    req.headers()
        .get(ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

async fn export_mine(
    state: web::Data<AppState>,
    caller: Caller,
    req: HttpRequest,
) -> Result<web::Json<PersonalExport>, ApiError> {
    let (lang, now) = (accept_language(&req), state.clock.now());
    Ok(web::Json(
        state
            .db
            .run(move |c| super::export::personal(c, &caller, lang.as_deref(), now))
            .await?,
    ))
}

async fn export_case(
    state: web::Data<AppState>,
    caller: Caller,
    req: HttpRequest,
    path: web::Path<String>,
) -> Result<web::Json<CaseExport>, ApiError> {
    let case: CaseId = path_id(&path)?;
    let (lang, now) = (accept_language(&req), state.clock.now());
    Ok(web::Json(
        state
            .db
            .run(move |c| super::export::case(c, &caller, case, lang.as_deref(), now))
            .await?,
    ))
}
