//! Routes of the retention capability: exports.

use actix_web::{HttpRequest, web};
use kinbridge_protocol::api::{CaseExport, PersonalExport};
use kinbridge_protocol::{CaseId, ErrorCode};

use crate::cases;
use crate::http::{Api, ApiError, Op, accept_language, path_id, query_params};
use crate::platform::Platform;
use crate::platform::identity::Caller;

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
            .summary("Caseworker: the whole case as one document, for a transfer (`for=transfer`, the default) or for a tracing partner (`for=tracing_partner`, which needs the child's consent to share case data with tracing partners in force).")
            .query("for", serde_json::json!({"type": "string", "enum": ["transfer", "tracing_partner"], "default": "transfer"}), "Who the document is for.")
            .returns::<CaseExport>(200)
            .errors(&[
                ErrorCode::CaseNotFound,
                ErrorCode::AuthForbidden,
                ErrorCode::ConsentNotGranted,
            ]),
        export_case,
    );
}

async fn export_mine(
    p: web::Data<Platform>,
    caller: Caller,
    req: HttpRequest,
) -> Result<web::Json<PersonalExport>, ApiError> {
    let (lang, now) = (accept_language(&req), p.clock.now());
    let rules = crate::consent::Rules::of(&p);
    Ok(web::Json(
        p.recorded(move |c| super::export::personal(c, &caller, rules, lang.as_deref(), now))
            .await?,
    ))
}

async fn export_case(
    p: web::Data<Platform>,
    caller: Caller,
    req: HttpRequest,
    path: web::Path<String>,
) -> Result<web::Json<CaseExport>, ApiError> {
    let case: CaseId = path_id(&path)?;
    let query = query_params(&req, &["for"])?;
    let tracing = match query.get("for").map(String::as_str) {
        None | Some("transfer") => None,
        Some("tracing_partner") => Some(crate::consent::Rules::of(&p)),
        Some(_) => return Err(ApiError::invalid_field("for")),
    };
    let (lang, now) = (accept_language(&req), p.clock.now());
    Ok(web::Json(
        p.recorded(move |c| cases::export(c, &caller, case, tracing, lang.as_deref(), now))
            .await?,
    ))
}
