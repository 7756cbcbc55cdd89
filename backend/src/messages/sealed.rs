//! Sealed sends: relayed on the strength of the recipient's access key, with no sender
//! fields (see the sealed capability for access keys and certificates).

use chrono::{DateTime, Utc};
use kinbridge_protocol::api::SendRequest;
use kinbridge_protocol::{AccountId, EnvelopeKind};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::{Limits, MessagesError, Origin, Prepared, check_send, prepare_from};
use crate::platform::cache::Caches;
use crate::platform::db::DbConn;
use crate::sealed;

/// The idempotency scope of every sealed send: it names no sender.
pub const SEALED_SCOPE: &str = "sealed";

/// Checks a sealed send (access key, then the recipient's devices) and builds envelopes
/// with no sender fields. Idempotency uses a hash of (recipient, client message id), so
/// the stored record names neither the sender nor, in clear, the recipient.
pub fn prepare_sealed(
    mut conn: Option<&mut DbConn>,
    caches: &Caches,
    target: AccountId,
    access_key: &[u8],
    req: &SendRequest,
    limits: &Limits,
    now: DateTime<Utc>,
) -> Result<Prepared, MessagesError> {
    if req.ephemeral {
        return Err(MessagesError::InvalidField("ephemeral"));
    }
    check_send(req, &[EnvelopeKind::SealedSender], limits)?;
    match sealed::access_allowed(conn.as_deref_mut(), caches, target, access_key)? {
        None => return Err(MessagesError::Uncached),
        Some(false) => return Err(MessagesError::AccessDenied),
        Some(true) => {}
    }
    // The client message id is a UUID (checked above); the hash keeps retries idempotent.
    let id = Uuid::try_parse(&req.client_message_id)
        .map_err(|_| MessagesError::InvalidField("client_message_id"))?;
    let mut h = Sha256::new();
    h.update(target.as_uuid().as_bytes());
    h.update(id.as_bytes());
    let digest: String = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
    let origin = Origin {
        idempotency_scope: SEALED_SCOPE.to_owned(),
        idempotency_id: digest,
        source: None,
        receipt_id: None,
    };
    prepare_from(conn, caches, &origin, target, req, limits, now)
}
