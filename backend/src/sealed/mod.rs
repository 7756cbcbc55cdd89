//! Sealed sender: messages whose sender the server never learns.
//!
//! A device asks for a short-lived sender certificate (`GET /v1/certificate/delivery`);
//! the app seals each message with it (libsignal `sealed_sender_encrypt`) so only the
//! recipient, who checks the certificate against the trust root built into the app, sees
//! who wrote. The send itself (`PUT /v1/sealed/messages/{account}`, relayed by the messages
//! capability) carries no credential and no sender field: it is allowed by the recipient's
//! **access key**, 16 random bytes the recipient's app makes, registers here as a hash, and
//! shares only with its contacts inside encrypted messages. When one of a person's contacts
//! is blocked or removed from a case, the person's key is withdrawn (their app is told to
//! make a new one), so a former contact cannot keep writing to them this way.
//!
//! This module owns the rules of access keys (their size, their hash, the constant-time
//! check, when they are withdrawn) and the certificates; the hash is stored on the
//! person's account, which the accounts capability writes.
//!
//! What the server still sees: the recipient, the time, the size, and the network address
//! of the connection (which it does not log). Sealed envelopes get no delivery receipt,
//! because a receipt would have to go to a sender the server does not know.

pub mod certificates;
pub mod http;

use chrono::{DateTime, Utc};
use kinbridge_protocol::AccountId;
use kinbridge_protocol::api::ServerFrame;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

pub use certificates::Certificates;

use crate::accounts;
use crate::platform::audit::{self, Action, Event, Subject};
use crate::platform::cache::Caches;
use crate::platform::db::{DbConn, StorageError, Tx};
use crate::platform::identity::Caller;
use crate::platform::notify::Notice;

/// Access keys are exactly this long.
pub const ACCESS_KEY_BYTES: usize = 16;

#[derive(Debug, thiserror::Error)]
pub enum SealedError {
    #[error("an access key is {ACCESS_KEY_BYTES} bytes")]
    AccessKeyLength,
    #[error(transparent)]
    Storage(StorageError),
}

crate::storage_errors!(SealedError);

fn hash(key: &[u8]) -> Vec<u8> {
    Sha256::digest(key).to_vec()
}

/// Registers the hash of the caller's new access key (replacing any earlier one).
pub fn set_access_key(
    tx: &mut Tx<'_>,
    caller: &Caller,
    key: &[u8],
    now: DateTime<Utc>,
) -> Result<(), SealedError> {
    if key.len() != ACCESS_KEY_BYTES {
        return Err(SealedError::AccessKeyLength);
    }
    accounts::set_access_key_hash(tx, caller.account_id, &hash(key))?;
    audit::record(
        tx,
        Event::new(caller, Action::SealedAccessKeySet).subject(Subject::Device(caller.device_id)),
        now,
    )?;
    Ok(())
}

/// Withdraws the access keys of these people (a contact of theirs was blocked, removed or
/// lost a device), in the transaction that made the change; once it commits their apps
/// are told to make new ones, which they share only with the contacts they still have.
pub fn withdraw_access_keys(tx: &mut Tx<'_>, people: &[AccountId]) -> Result<usize, StorageError> {
    let n = accounts::clear_access_keys(tx, people)?;
    for &account in people {
        tx.notify(Notice::Account {
            account,
            frame: ServerFrame::AccessKeyReset,
        });
    }
    Ok(n)
}

/// Whether a person has an access key registered.
pub fn has_access_key(conn: &mut DbConn, account: AccountId) -> Result<bool, StorageError> {
    Ok(accounts::access_key_hash(conn, account)?.is_some())
}

/// Whether `key` is the recipient's current access key (constant time; the stored hash is
/// cached briefly). An unknown recipient and a wrong key are the same answer. Without a
/// connection it answers from the cache alone, or `None` when the recipient is not cached.
pub fn access_allowed(
    conn: Option<&mut DbConn>,
    caches: &Caches,
    target: AccountId,
    key: &[u8],
) -> Result<Option<bool>, StorageError> {
    let stored = match caches.access_keys.get(&target) {
        Some(stored) => stored,
        None => {
            let Some(conn) = conn else {
                return Ok(None);
            };
            let epoch = caches.access_keys.epoch();
            let stored = accounts::access_key_hash(conn, target)?;
            caches.access_keys.put(target, stored.clone(), epoch);
            stored
        }
    };
    let presented = hash(key);
    Ok(Some(stored.is_some_and(|s| {
        bool::from(s.as_slice().ct_eq(presented.as_slice()))
    })))
}
