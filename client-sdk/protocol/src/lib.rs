#![doc = include_str!("../README.md")]

pub mod alerts;
pub mod api;
pub mod bytes;
pub mod complaints;
pub mod error;
pub mod ids;
pub mod types;

pub use bytes::B64;
pub use error::{ErrorBody, ErrorCode, ErrorDetail, ErrorDetails, MissingConsent};
pub use ids::{AccountId, AlertId, CaseId, ComplaintId, DeviceId, IdError};
pub use types::*;

/// The header that carries a device credential on every authenticated call, HTTP and
/// WebSocket alike: `Authorization: Bearer <credential>`.
pub const AUTHORIZATION_SCHEME: &str = "Bearer";

/// Sent by the server with every response: the locale its human-readable texts are in.
pub const CONTENT_LANGUAGE: &str = "Content-Language";
