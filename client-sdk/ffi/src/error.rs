//! One error type for the foreign side: a stable code and a message in the person's
//! language, in a variant the app can match on.

use kinbridge_l10n::Catalog;
use kinbridge_sdk::{SdkError, StoreError};

/// Everything that can go wrong in a call. Every variant carries `code` (stable: match on
/// it) and `message` (in the person's language: show it).
#[derive(Debug, thiserror::Error, uniffi::Error)]
pub enum KinbridgeError {
    /// The server refused the call (`code` is the server's, e.g. `auth.forbidden`;
    /// `message` is the server's localised text; `status` the HTTP status).
    #[error("{code}: {message}")]
    Refused {
        code: String,
        message: String,
        status: u16,
    },
    /// The server could not be reached (`sdk.offline`) or answered in a way the SDK does
    /// not understand (`sdk.unexpected_response`). Try again later; messages wait in the
    /// outbox.
    #[error("{code}: {message}")]
    Offline { code: String, message: String },
    /// This device was revoked (`sdk.revoked`, `auth.device_revoked`): its store was
    /// erased; enrol again with a new code.
    #[error("{code}: {message}")]
    Revoked { code: String, message: String },
    /// A contact's identity key changed (`sdk.identity_changed`): compare safety numbers,
    /// then `accept_identity(account)`.
    #[error("{code}: {message}")]
    IdentityChanged {
        code: String,
        message: String,
        account: String,
    },
    /// A value the app passed cannot be used (`sdk.invalid_input`); `field` names it.
    /// Nothing was sent.
    #[error("{code}: {message}")]
    InvalidInput {
        code: String,
        message: String,
        field: String,
    },
    /// The phone's store failed (`sdk.store`) or could not be opened with the key
    /// (`sdk.store_key`). Nothing was changed.
    #[error("{code}: {message}")]
    Store { code: String, message: String },
    /// Anything else, by code: `sdk.crypto`, `sdk.not_enrolled`, `sdk.other_server`,
    /// `sdk.contact_not_allowed`, `sdk.sealed_unavailable`, `sdk.notice_mismatch`,
    /// `sdk.receipt_signature`, `sdk.receipt_code_invalid`, `sdk.complaint_unreadable`,
    /// `sdk.revoked_device`, `sdk.internal`.
    #[error("{code}: {message}")]
    Failed { code: String, message: String },
}

/// The SDK's own text for a local code (`sdk.store_key` → `sdk-error-store-key`) in the
/// first of `languages` that has it.
pub(crate) fn local_message(languages: &[String], code: &str, field: Option<&str>) -> String {
    let catalog = Catalog::embedded();
    let header = languages.join(", ");
    let chain = catalog.negotiate_header((!header.is_empty()).then_some(header.as_str()));
    let id = format!(
        "sdk-error-{}",
        code.trim_start_matches("sdk.").replace('_', "-")
    );
    match field {
        Some(field) => {
            let mut args = kinbridge_l10n::FluentArgs::new();
            args.set("field", field.to_owned());
            catalog.format(&chain, &id, Some(&args)).text
        }
        None => catalog.format(&chain, &id, None).text,
    }
}

impl KinbridgeError {
    fn local(languages: &[String], code: &str) -> (String, String) {
        (code.to_owned(), local_message(languages, code, None))
    }

    pub(crate) fn internal(languages: &[String]) -> Self {
        let (code, message) = Self::local(languages, "sdk.internal");
        KinbridgeError::Failed { code, message }
    }

    pub(crate) fn invalid(languages: &[String], field: &str) -> Self {
        KinbridgeError::InvalidInput {
            code: "sdk.invalid_input".to_owned(),
            message: local_message(languages, "sdk.invalid_input", Some(field)),
            field: field.to_owned(),
        }
    }

    pub(crate) fn revoked(languages: &[String]) -> Self {
        let (code, message) = Self::local(languages, "sdk.revoked");
        KinbridgeError::Revoked { code, message }
    }

    pub(crate) fn from_sdk(e: SdkError, languages: &[String]) -> Self {
        let failed = |code: &str| {
            let (code, message) = Self::local(languages, code);
            KinbridgeError::Failed { code, message }
        };
        match e {
            SdkError::Api {
                status,
                code,
                message,
                ..
            } => {
                if code == kinbridge_protocol::ErrorCode::AuthDeviceRevoked {
                    KinbridgeError::Revoked {
                        code: code.to_string(),
                        message,
                    }
                } else {
                    KinbridgeError::Refused {
                        code: code.to_string(),
                        message,
                        status,
                    }
                }
            }
            SdkError::Network(_) => {
                let (code, message) = Self::local(languages, "sdk.offline");
                KinbridgeError::Offline { code, message }
            }
            SdkError::UnexpectedResponse { .. } => {
                let (code, message) = Self::local(languages, "sdk.unexpected_response");
                KinbridgeError::Offline { code, message }
            }
            SdkError::Store(StoreError::WrongKey) => {
                let (code, message) = Self::local(languages, "sdk.store_key");
                KinbridgeError::Store { code, message }
            }
            SdkError::Store(_) => {
                let (code, message) = Self::local(languages, "sdk.store");
                KinbridgeError::Store { code, message }
            }
            SdkError::IdentityChanged { account } => {
                let (code, message) = Self::local(languages, "sdk.identity_changed");
                KinbridgeError::IdentityChanged {
                    code,
                    message,
                    account: account.to_string(),
                }
            }
            SdkError::InvalidInput(field) => Self::invalid(languages, field),
            SdkError::Crypto(_) | SdkError::WorkerStopped => failed("sdk.crypto"),
            SdkError::NotEnrolled => failed("sdk.not_enrolled"),
            SdkError::OtherServer(_) => failed("sdk.other_server"),
            SdkError::RevokedDevice { .. } => failed("sdk.revoked_device"),
            SdkError::ContactNotAllowed { .. } => failed("sdk.contact_not_allowed"),
            SdkError::SealedSenderUnavailable { .. } => failed("sdk.sealed_unavailable"),
            SdkError::NoticeMismatch { .. } => failed("sdk.notice_mismatch"),
            SdkError::ReceiptSignature => failed("sdk.receipt_signature"),
            SdkError::ReceiptCodeInvalid => failed("sdk.receipt_code_invalid"),
            SdkError::ComplaintUnreadable(_) => failed("sdk.complaint_unreadable"),
        }
    }
}
