//! The one error shape at the HTTP edge. Capabilities have their own error enums; each
//! converts into an [`ApiError`] carrying a stable [`ErrorCode`]. The edge middleware renders
//! it as `{"error":{"code":…,"message":…}}` in the caller's language.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use kinbridge_l10n::{Catalog, FluentArgs, LanguageIdentifier};
use kinbridge_protocol::{ErrorBody, ErrorCode, ErrorDetail, ErrorDetails};

use crate::platform::db::StorageError;
use crate::platform::identity::AuthError;
use crate::platform::signal::KeyError;

#[derive(Debug)]
pub struct ApiError {
    code: ErrorCode,
    /// The request field at fault, for `request.invalid_field` and `request.unknown_field`.
    field: Option<String>,
    /// Seconds to wait, for rate limits.
    retry_after: Option<u64>,
    /// What a client needs to recover by itself (409/410 device lists).
    details: Option<Box<ErrorDetails>>,
    /// For 405: the methods the path takes (the `Allow` header).
    allow: Option<String>,
}

impl ApiError {
    pub fn new(code: ErrorCode) -> Self {
        ApiError {
            code,
            field: None,
            retry_after: None,
            details: None,
            allow: None,
        }
    }

    /// An error about one field of the request.
    pub fn field(code: ErrorCode, field: impl Into<String>) -> Self {
        ApiError {
            code,
            field: Some(field.into()),
            retry_after: None,
            details: None,
            allow: None,
        }
    }

    /// `request.method_not_allowed`, saying which methods the path takes.
    pub fn method_not_allowed(allow: String) -> Self {
        ApiError {
            allow: Some(allow),
            ..Self::new(ErrorCode::RequestMethodNotAllowed)
        }
    }

    pub fn invalid_field(field: impl Into<String>) -> Self {
        Self::field(ErrorCode::RequestInvalidField, field)
    }

    pub fn details(mut self, details: ErrorDetails) -> Self {
        self.details = Some(Box::new(details));
        self
    }

    pub fn retry_after(mut self, secs: u64) -> Self {
        self.retry_after = Some(secs);
        self
    }

    pub fn code(&self) -> ErrorCode {
        self.code
    }

    pub fn field_name(&self) -> Option<&str> {
        self.field.as_deref()
    }

    /// The body, with the message formatted for the first locale of `chain` that has it.
    pub fn body(&self, chain: &[LanguageIdentifier]) -> (ErrorBody, LanguageIdentifier) {
        let catalog = Catalog::embedded();
        let mut args = FluentArgs::new();
        // Messages that name a field always get one, so they never render a placeholder.
        args.set(
            "field",
            self.field.clone().unwrap_or_else(|| "-".to_owned()),
        );
        let text = catalog.format(chain, &self.code.message_id(), Some(&args));
        (
            ErrorBody {
                error: ErrorDetail {
                    code: self.code,
                    message: text.text,
                    details: self.details.as_deref().cloned(),
                },
            },
            text.locale,
        )
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code.as_str())
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        StatusCode::from_u16(self.code.http_status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }

    /// English; the edge middleware re-renders it in the caller's language.
    fn error_response(&self) -> HttpResponse {
        let (body, _) = self.body(&[kinbridge_l10n::source_langid()]);
        let mut res = HttpResponse::build(self.status_code());
        if let Some(secs) = self.retry_after {
            res.insert_header(("Retry-After", secs.to_string()));
        }
        if let Some(allow) = &self.allow {
            res.insert_header(("Allow", allow.clone()));
        }
        res.json(body)
    }
}

impl From<StorageError> for ApiError {
    fn from(e: StorageError) -> Self {
        // Logged here, once; the response says only that nothing was changed.
        match e {
            StorageError::Pool(_) => {
                tracing::error!(error = %e, "database unavailable");
                ApiError::new(ErrorCode::ServerUnavailable)
            }
            _ => {
                tracing::error!(error = %e, "storage failure");
                ApiError::new(ErrorCode::ServerInternal)
            }
        }
    }
}

impl From<KeyError> for ApiError {
    fn from(e: KeyError) -> Self {
        match e {
            KeyError::InvalidKey(f) => ApiError::field(ErrorCode::KeysInvalidKey, f),
            KeyError::InvalidSignature(f) => ApiError::field(ErrorCode::KeysInvalidSignature, f),
            KeyError::InvalidField(f) => ApiError::invalid_field(f),
        }
    }
}

impl From<AuthError> for ApiError {
    fn from(e: AuthError) -> Self {
        match e {
            AuthError::Missing => ApiError::new(ErrorCode::AuthCredentialMissing),
            AuthError::Invalid => ApiError::new(ErrorCode::AuthCredentialInvalid),
            AuthError::Revoked => ApiError::new(ErrorCode::AuthDeviceRevoked),
            AuthError::Storage(s) => s.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use kinbridge_l10n::Catalog;
    use kinbridge_protocol::ErrorCode;

    fn sources(dir: &Path, out: &mut String) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push_str(&std::fs::read_to_string(&path).unwrap());
            }
        }
    }

    /// Every code the protocol publishes is returned somewhere by the server (a code no
    /// path can produce misleads client authors), and has a message in every locale with
    /// the same variables as English.
    #[test]
    fn every_error_code_is_used_and_has_a_message_in_every_locale() {
        let mut src = String::new();
        sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut src);
        // Uses outside this test module.
        let src = src.replace(include_str!("error.rs"), "");
        let catalog = Catalog::embedded();
        for &code in ErrorCode::ALL {
            let variant = format!("ErrorCode::{code:?}");
            assert!(src.contains(&variant), "{variant} is never returned");
            if let Err(problem) = catalog.check_everywhere(&code.message_id()) {
                panic!("{problem}");
            }
        }
    }
}
