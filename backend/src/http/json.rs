//! `ApiJson<T>`: the JSON body extractor. Unlike actix's `Json`, it names the field at fault
//! (`signed_prekey.public_key`), so a wrong type or an unknown field gets a precise error.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::error::PayloadError;
use actix_web::web::{Bytes, PayloadConfig};
use actix_web::{FromRequest, HttpRequest};
use kinbridge_protocol::ErrorCode;
use serde::de::DeserializeOwned;
use serde_json::error::Category;

use crate::http::error::ApiError;

#[derive(Debug)]
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned + 'static> FromRequest for ApiJson<T> {
    type Error = actix_web::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let (req, payload) = (req.clone(), payload.take());
        Box::pin(async move { read(&req, payload).await.map(ApiJson).map_err(Into::into) })
    }
}

/// Reads and parses a JSON body: `application/json` only, within the route's body limit,
/// naming the field at fault. For handlers that check something before reading the body.
pub async fn read<T: DeserializeOwned>(
    req: &HttpRequest,
    mut payload: Payload,
) -> Result<T, ApiError> {
    let is_json = req
        .headers()
        .get(actix_web::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|essence| essence.trim().eq_ignore_ascii_case("application/json"));
    if !is_json {
        return Err(ApiError::new(ErrorCode::RequestUnsupportedMediaType));
    }
    // Bytes reads the body under the route's PayloadConfig limit.
    let bytes = Bytes::from_request(req, &mut payload)
        .await
        .map_err(|e| payload_error(&e))?;
    parse(&bytes)
}

fn payload_error(e: &actix_web::Error) -> ApiError {
    match e.as_error::<PayloadError>() {
        Some(PayloadError::Overflow) => ApiError::new(ErrorCode::RequestBodyTooLarge),
        _ => {
            // A body of the declared Content-Length over the limit is refused before reading.
            if e.as_response_error().status_code() == actix_web::http::StatusCode::PAYLOAD_TOO_LARGE
            {
                ApiError::new(ErrorCode::RequestBodyTooLarge)
            } else {
                ApiError::new(ErrorCode::RequestMalformedJson)
            }
        }
    }
}

/// Parses a JSON body into `T`, naming the field at fault.
pub fn parse<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    // Well-formed first: serde_json reports some type mismatches (a number where an enum
    // belongs) as syntax errors, so syntax is judged on its own.
    serde_json::from_slice::<serde::de::IgnoredAny>(bytes)
        .map_err(|_| ApiError::new(ErrorCode::RequestMalformedJson))?;
    let de = &mut serde_json::Deserializer::from_slice(bytes);
    let value = serde_path_to_error::deserialize(&mut *de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        match inner.classify() {
            Category::Eof | Category::Io => ApiError::new(ErrorCode::RequestMalformedJson),
            Category::Syntax | Category::Data => {
                let msg = inner.to_string();
                if let Some(rest) = msg.strip_prefix("unknown field `") {
                    // The path already ends with the unknown field's name.
                    let name = rest.split('`').next().unwrap_or("?");
                    let field = if path == "." || path.is_empty() {
                        name.to_owned()
                    } else {
                        path
                    };
                    ApiError::field(ErrorCode::RequestUnknownField, field)
                } else if let Some(rest) = msg.strip_prefix("missing field `") {
                    let name = rest.split('`').next().unwrap_or("?");
                    let field = if path == "." || path.is_empty() {
                        name.to_owned()
                    } else {
                        format!("{path}.{name}")
                    };
                    ApiError::invalid_field(field)
                } else if path.is_empty() || path == "." {
                    // The body as a whole (an unknown role key, a list instead of an object).
                    ApiError::invalid_field("body")
                } else {
                    ApiError::invalid_field(path)
                }
            }
        }
    })?;
    // Trailing bytes after the value are malformed input too.
    de.end()
        .map_err(|_| ApiError::new(ErrorCode::RequestMalformedJson))?;
    Ok(value)
}

/// The JSON body limit, as app data.
pub fn payload_config(limit: usize) -> PayloadConfig {
    PayloadConfig::new(limit)
}

#[cfg(test)]
mod tests {
    use super::*;
    use kinbridge_protocol::api::{EnrolRequest, StageChangeRequest};

    fn code_and_field<T: DeserializeOwned + std::fmt::Debug>(
        json: &str,
    ) -> (ErrorCode, Option<String>) {
        let e = parse::<T>(json.as_bytes()).unwrap_err();
        (e.code(), e.field_name().map(str::to_owned))
    }

    #[test]
    fn names_the_field_at_fault() {
        assert_eq!(
            code_and_field::<StageChangeRequest>("{\"stage\":"),
            (ErrorCode::RequestMalformedJson, None)
        );
        assert_eq!(
            code_and_field::<StageChangeRequest>("{\"stage\":\"tracing\"} x"),
            (ErrorCode::RequestMalformedJson, None)
        );
        assert_eq!(
            code_and_field::<StageChangeRequest>("{\"stage\":7}"),
            (ErrorCode::RequestInvalidField, Some("stage".into()))
        );
        assert_eq!(
            code_and_field::<StageChangeRequest>("{}"),
            (ErrorCode::RequestInvalidField, Some("stage".into()))
        );
        assert_eq!(
            code_and_field::<StageChangeRequest>("{\"stage\":\"tracing\",\"why\":1}"),
            (ErrorCode::RequestUnknownField, Some("why".into()))
        );
        let (code, field) = code_and_field::<EnrolRequest>(
            r#"{"code":"x","registration_id":1,"identity_key":"AA==",
               "signed_prekey":{"key_id":1,"public_key":"!!","signature":"AA=="},
               "kyber_last_resort_prekey":{"key_id":1,"public_key":"AA==","signature":"AA=="}}"#,
        );
        assert_eq!(code, ErrorCode::RequestInvalidField);
        assert_eq!(field.as_deref(), Some("signed_prekey.public_key"));
    }
}
