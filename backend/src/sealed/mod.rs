//! Sealed sender: messages whose sender the server never learns.
//!
//! A device asks for a short-lived sender certificate (`GET /v1/certificate/delivery`);
//! the app seals each message with it (libsignal `sealed_sender_encrypt`) so only the
//! recipient, who checks the certificate against the trust root built into the app, sees
//! who wrote. The send itself (`PUT /v1/sealed/messages/{account}`) carries no credential
//! and no sender field: it is allowed by the recipient's **access key**, 16 random bytes
//! the recipient's app makes, registers here as a hash, and shares only with its contacts
//! inside encrypted messages. When one of a person's contacts is blocked or removed from a
//! case, the person's key is withdrawn (their app is told to make a new one), so a former
//! contact cannot keep writing to them this way.
//!
//! What the server still sees: the recipient, the time, the size, and the network address
//! of the connection (which it does not log). Sealed envelopes get no delivery receipt,
//! because a receipt would have to go to a sender the server does not know.

pub mod certificates;
pub mod http;

use std::sync::OnceLock;

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use kinbridge_protocol::api::SendRequest;
use kinbridge_protocol::{AccountId, EnvelopeKind};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;
use uuid::Uuid;

use crate::cache::{self, TtlCache};
use crate::db::DbConn;
use crate::db::schema::accounts;
use crate::messages::{Limits, MessagesError, Origin, Prepared};

/// Access keys are exactly this long.
pub const ACCESS_KEY_BYTES: usize = 16;

fn hash(key: &[u8]) -> Vec<u8> {
    Sha256::digest(key).to_vec()
}

/// Registers the hash of an account's new access key (replacing any earlier one).
pub fn set_access_key(
    conn: &mut DbConn,
    account: AccountId,
    key: &[u8],
) -> Result<(), MessagesError> {
    if key.len() != ACCESS_KEY_BYTES {
        return Err(MessagesError::InvalidField("access_key"));
    }
    diesel::update(accounts::table.find(account.to_string()))
        .set(accounts::access_key_hash.eq(Some(hash(key))))
        .execute(conn)?;
    Ok(())
}

/// Withdraws the access keys of these accounts (a contact of theirs was blocked or
/// removed); their apps make new ones. Call inside the transaction that made the change.
pub fn withdraw_access_keys(conn: &mut DbConn, accounts: &[String]) -> QueryResult<usize> {
    diesel::update(accounts::table.filter(accounts::id.eq_any(accounts)))
        .set(accounts::access_key_hash.eq(None::<Vec<u8>>))
        .execute(conn)
}

/// Whether an account has an access key registered.
pub fn has_access_key(conn: &mut DbConn, account: AccountId) -> QueryResult<bool> {
    Ok(stored_hash(conn, account)?.is_some())
}

fn stored_hash(conn: &mut DbConn, account: AccountId) -> QueryResult<Option<Vec<u8>>> {
    Ok(accounts::table
        .find(account.to_string())
        .select(accounts::access_key_hash)
        .first::<Option<Vec<u8>>>(conn)
        .optional()?
        .flatten())
}

fn hash_cache() -> &'static TtlCache<AccountId, Option<Vec<u8>>> {
    static CACHE: OnceLock<TtlCache<AccountId, Option<Vec<u8>>>> = OnceLock::new();
    CACHE.get_or_init(|| TtlCache::new(std::time::Duration::from_secs(10), 100_000))
}

/// Whether `key` is the recipient's current access key (constant time). An unknown
/// recipient and a wrong key are the same answer.
fn access_allowed(
    conn: Option<&mut DbConn>,
    target: AccountId,
    key: &[u8],
) -> Result<bool, MessagesError> {
    let stored = match hash_cache().get(&target) {
        Some(stored) => stored,
        None => {
            let conn = conn.ok_or(MessagesError::Uncached)?;
            let generation = cache::generation();
            let stored = stored_hash(conn, target)?;
            hash_cache().put(target, generation, stored.clone());
            stored
        }
    };
    let presented = hash(key);
    Ok(stored.is_some_and(|s| bool::from(s.as_slice().ct_eq(presented.as_slice()))))
}

/// Why a sealed send was refused before the device checks.
pub fn check_sealed(req: &SendRequest) -> Result<(), MessagesError> {
    if req.ephemeral {
        return Err(MessagesError::InvalidField("ephemeral"));
    }
    Ok(())
}

/// Checks a sealed send (access key, then the recipient's devices) and builds envelopes
/// with no sender fields. Idempotency uses a hash of (recipient, client message id), so
/// the stored record names neither the sender nor, in clear, the recipient.
pub fn prepare_sealed(
    mut conn: Option<&mut DbConn>,
    target: AccountId,
    access_key: &[u8],
    req: &SendRequest,
    limits: &Limits,
    now: DateTime<Utc>,
) -> Result<Prepared, MessagesError> {
    check_sealed(req)?;
    crate::messages::check_send(req, &[EnvelopeKind::SealedSender], limits)?;
    if !access_allowed(conn.as_deref_mut(), target, access_key)? {
        return Err(MessagesError::AccessDenied);
    }
    // The client message id is a UUID (checked above); the hash keeps retries idempotent.
    let id = Uuid::try_parse(&req.client_message_id)
        .map_err(|_| MessagesError::InvalidField("client_message_id"))?;
    let mut h = Sha256::new();
    h.update(target.as_uuid().as_bytes());
    h.update(id.as_bytes());
    let digest: String = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
    let origin = Origin {
        idempotency_scope: "sealed".to_owned(),
        idempotency_id: digest,
        source: None,
        receipt_id: None,
    };
    crate::messages::prepare_from(conn, &origin, target, req, limits, now)
}
