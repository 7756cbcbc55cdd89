use kinbridge_protocol::ErrorCode;

use crate::store::StoreError;

/// Everything that can go wrong in an SDK call. Apps match on [`SdkError::code`] for server
/// refusals and show [`SdkError::Api`]'s `message`, which the server already localised.
#[derive(Debug, thiserror::Error)]
pub enum SdkError {
    /// The server refused the call with a stable code and a localised message.
    #[error("{code}: {message}")]
    Api {
        status: u16,
        code: ErrorCode,
        message: String,
    },
    /// The server answered with something the SDK does not understand.
    #[error("unexpected response from the server (HTTP {status})")]
    UnexpectedResponse { status: u16 },
    /// The server could not be reached (offline, timeout, DNS).
    #[error("network: {0}")]
    Network(String),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("crypto: {0}")]
    Crypto(String),
    /// The SDK has no enrolment; enrol with a code first.
    #[error("this device is not enrolled")]
    NotEnrolled,
    /// The enrolment in the store is for another server address.
    #[error("the store belongs to another server ({0})")]
    OtherServer(String),
    /// The crypto worker thread has stopped.
    #[error("the crypto worker stopped")]
    WorkerStopped,
}

impl SdkError {
    /// The server's error code, when the server refused the call.
    pub fn code(&self) -> Option<ErrorCode> {
        match self {
            SdkError::Api { code, .. } => Some(*code),
            _ => None,
        }
    }
}
