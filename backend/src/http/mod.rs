//! The edge, shared by every capability: the route table and its OpenAPI document, the
//! JSON and authentication extractors, the error shape, the edge middleware, the caller's
//! language, and the service routes (health, readiness, the document, audit verification).
//! Nothing here imports a capability; capabilities add their routes in `crate::api`.

pub mod api;
pub mod auth;
pub mod edge;
pub mod error;
pub mod json;
pub mod service;

use std::str::FromStr;

use actix_web::HttpRequest;
use actix_web::http::header::ACCEPT_LANGUAGE;
use kinbridge_protocol::ErrorCode;

pub use api::{Api, Op};
pub use error::ApiError;
pub use json::ApiJson;
pub use service::{OpenApiDoc, unknown_route};

/// Parses an id from the path; a malformed id is `request.invalid_id`.
pub fn path_id<T: FromStr>(raw: &str) -> Result<T, ApiError> {
    T::from_str(raw).map_err(|_| ApiError::new(ErrorCode::RequestInvalidId))
}

/// The languages the caller's device asked for (`Accept-Language`), as sent.
pub fn accept_language(req: &HttpRequest) -> Option<String> {
    req.headers()
        .get(ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}
