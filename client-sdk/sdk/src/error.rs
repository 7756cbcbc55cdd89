use kinbridge_protocol::{AccountId, ErrorCode, ErrorDetails};

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
        details: Option<Box<ErrorDetails>>,
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
    /// A contact's device presented a new identity key. Nothing is sent to or read from it
    /// until the person accepts the change (`Client::accept_identity`), ideally after
    /// comparing safety numbers in person.
    #[error("the identity key of {account} changed")]
    IdentityChanged { account: AccountId },
    /// A message signed by a device the server announced as revoked: refused for good.
    #[error("device {device} of {account} was revoked")]
    RevokedDevice { account: AccountId, device: u32 },
    /// The contact rules do not allow this conversation (or the contact does not exist).
    #[error("contact not allowed")]
    ContactNotAllowed { account: AccountId },
    /// A sealed-sender message cannot go to this contact: this device holds no access key
    /// of theirs yet (they share it in their messages), or theirs was withdrawn.
    #[error("no sealed-sender access to {account}")]
    SealedSenderUnavailable { account: AccountId },
    /// A consent notice from the server is not the text it claims to be (its hash, its
    /// parts, or this SDK's own copy of that version differ): it must not be shown.
    #[error("the notice for {purpose} does not match its hash")]
    NoticeMismatch { purpose: String },
    /// A consent receipt's signature is not the server key's.
    #[error("the receipt's signature does not verify")]
    ReceiptSignature,
    /// A receipt code typed or pasted wrong: not 28 digits, or a digit mistyped (its last
    /// digit checks the others). Nothing was sent.
    #[error("this receipt code is not complete or has a typo")]
    ReceiptCodeInvalid,
    /// Something of a complaint could not be opened: its key or text is damaged, or not
    /// for this device.
    #[error("the complaint could not be opened: {0}")]
    ComplaintUnreadable(String),
    /// A value the app passed is out of range (named); nothing was sent.
    #[error("invalid input: {0}")]
    InvalidInput(&'static str),
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
