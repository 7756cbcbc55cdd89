//! The edge middleware, wrapped around every request: it renders errors in the caller's
//! language, adds protective headers, and writes one log line per request carrying only
//! the method, the route pattern (never the concrete path or query), the status, the error
//! code and the duration. No client address, no user agent, no body, no header values.

use std::time::Instant;

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{Error, HttpMessage, web};
use kinbridge_l10n::Catalog;
use kinbridge_protocol::{CaseId, ErrorCode};

use crate::http::error::ApiError;
use crate::platform::Platform;
use crate::platform::audit::{Action, Event};
use crate::platform::db::StorageError;
use crate::platform::identity::Caller;
use crate::platform::reach;

pub async fn edge(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    let started = Instant::now();
    let method = req.method().clone();
    let route = req
        .match_pattern()
        .unwrap_or_else(|| "(unmatched)".to_owned());
    let accept_language = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);

    let res = next.call(req).await?.map_into_boxed_body();
    let status = res.status();
    record_refusal(&res, &method, &route).await;

    let code = res
        .response()
        .error()
        .map(|e| match e.as_error::<ApiError>() {
            Some(api) => api.code(),
            None => fallback_code(status),
        });
    let mut res = match code {
        Some(code) => localise(res, code, accept_language.as_deref()),
        None => res,
    };
    let headers = res.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );

    let us = u64::try_from(started.elapsed().as_micros()).unwrap_or(u64::MAX);
    match code {
        Some(code) if status.is_server_error() => tracing::warn!(
            http.method = %method, http.route = %route, http.status = status.as_u16(),
            error.code = %code, duration_us = us, "request failed"
        ),
        Some(code) => tracing::info!(
            http.method = %method, http.route = %route, http.status = status.as_u16(),
            error.code = %code, duration_us = us, "request refused"
        ),
        None => tracing::info!(
            http.method = %method, http.route = %route, http.status = status.as_u16(),
            duration_us = us, "request"
        ),
    }
    Ok(res)
}

/// A request for a case's data that was refused — not allowed, or not the caller's to
/// see — is recorded (for a case that exists) in the audit chain: who asked, for which case, by which route. (The
/// route's own transaction, if it had one, was rolled back with the refusal.)
async fn record_refusal(res: &ServiceResponse<BoxBody>, method: &Method, route: &str) {
    let refused = res
        .response()
        .error()
        .and_then(|e| e.as_error::<ApiError>())
        .is_some_and(|e| {
            matches!(
                e.code(),
                ErrorCode::AuthForbidden
                    | ErrorCode::CaseNotFound
                    | ErrorCode::CaseCorrectionNeedsSecondSupervisor
            )
        });
    if !refused {
        return;
    }
    let req = res.request();
    let Some(case) = req
        .match_info()
        .get("case_id")
        .and_then(|c| CaseId::parse(c).ok())
    else {
        return;
    };
    let Some(caller) = req.extensions().get::<Caller>().cloned() else {
        return;
    };
    let Some(platform) = req.app_data::<web::Data<Platform>>() else {
        return;
    };
    // A case that does not exist (any more) has nothing to protect, and its id must not
    // come back into the chain after retention deleted the case.
    let exists = platform
        .db
        .run(move |c| reach::case_exists(c, case).map_err(StorageError::from))
        .await;
    if !matches!(exists, Ok(true)) {
        return;
    }
    let event = Event::new(&caller, Action::CaseAccessRefused)
        .case(case)
        .detail(format!("{method} {route}"));
    if let Err(e) = platform.audit.record(event, platform.clock.now()).await {
        tracing::error!(error = %e, "a refused case access could not be recorded");
    }
}

/// An error that did not come from Kinbridge code (an actix internal) still gets a code.
fn fallback_code(status: StatusCode) -> ErrorCode {
    match status.as_u16() {
        404 => ErrorCode::RequestUnknownRoute,
        405 => ErrorCode::RequestMethodNotAllowed,
        413 => ErrorCode::RequestBodyTooLarge,
        415 => ErrorCode::RequestUnsupportedMediaType,
        400..=499 => ErrorCode::RequestMalformedJson,
        _ => ErrorCode::ServerInternal,
    }
}

/// Re-renders an error response in the caller's language, keeping its status and headers.
fn localise(
    res: ServiceResponse<BoxBody>,
    code: ErrorCode,
    accept_language: Option<&str>,
) -> ServiceResponse<BoxBody> {
    let catalog = Catalog::embedded();
    let chain = catalog.negotiate_header(accept_language);
    let (body, locale) = match res
        .response()
        .error()
        .and_then(|e| e.as_error::<ApiError>())
    {
        Some(api) => api.body(&chain),
        None => ApiError::new(code).body(&chain),
    };
    let json = serde_json::to_vec(&body).unwrap_or_default();
    let (req, response) = res.into_parts();
    let (mut head, _old_body) = response.into_parts();
    let headers = head.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    if let Ok(v) = HeaderValue::from_str(&locale.to_string()) {
        headers.insert(header::CONTENT_LANGUAGE, v);
    }
    if let Ok(s) = StatusCode::from_u16(code.http_status()) {
        *head.status_mut() = s;
    }
    ServiceResponse::new(req, head.set_body(BoxBody::new(json)))
}
