//! Who is calling: device credentials and the [`Caller`] they authenticate as.
//!
//! A device credential is `kb1.<device id>.<256-bit secret, base64url>`; the server stores
//! only the SHA-256 of the secret (in `devices.credential_hash`, written by the accounts
//! capability at enrolment) and compares in constant time. A revoked device is refused at
//! once. This module also reads a person's active devices, which sending, circles and
//! notifications need. It only reads the `accounts` and `devices` tables.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use diesel::prelude::*;
use kinbridge_protocol::{AccountId, AccountRole, DeviceId};
use rand::RngCore;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::platform::cache::Caches;
use crate::platform::db::schema::{accounts, devices};
use crate::platform::db::{DbConn, StorageError};

/// The authenticated device making a call, and its account.
#[derive(Debug, Clone)]
pub struct Caller {
    pub account_id: AccountId,
    pub device_id: DeviceId,
    /// The Signal device number of the device within its account.
    pub device_number: i32,
    pub role: AccountRole,
}

/// Why a call could not be authenticated.
#[derive(Debug, thiserror::Error)]
pub enum AuthError {
    #[error("no credential")]
    Missing,
    #[error("credential not valid")]
    Invalid,
    #[error("device revoked")]
    Revoked,
    #[error(transparent)]
    Storage(#[from] StorageError),
}

impl From<diesel::result::Error> for AuthError {
    fn from(e: diesel::result::Error) -> Self {
        AuthError::Storage(e.into())
    }
}

/// A device credential.
#[derive(Clone)]
pub struct Credential {
    device_id: DeviceId,
    secret: [u8; 32],
}

impl std::fmt::Debug for Credential {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Credential({}, [redacted])", self.device_id)
    }
}

impl Credential {
    /// A new credential for a device being enrolled.
    pub fn generate(device_id: DeviceId) -> Self {
        let mut secret = [0u8; 32];
        rand::rng().fill_bytes(&mut secret);
        Credential { device_id, secret }
    }

    pub fn parse(raw: &str) -> Result<Self, AuthError> {
        let mut parts = raw.trim().splitn(3, '.');
        let (Some("kb1"), Some(device), Some(secret)) = (parts.next(), parts.next(), parts.next())
        else {
            return Err(AuthError::Invalid);
        };
        let device_id = DeviceId::parse(device).map_err(|_| AuthError::Invalid)?;
        let secret: [u8; 32] = URL_SAFE_NO_PAD
            .decode(secret)
            .ok()
            .and_then(|b| b.try_into().ok())
            .ok_or(AuthError::Invalid)?;
        Ok(Credential { device_id, secret })
    }

    pub fn device_id(&self) -> DeviceId {
        self.device_id
    }

    /// What the database stores.
    pub fn secret_hash(&self) -> [u8; 32] {
        Sha256::digest(self.secret).into()
    }

    /// The string the device sends. Shown once, at enrolment.
    pub fn expose(&self) -> String {
        format!(
            "kb1.{}.{}",
            self.device_id,
            URL_SAFE_NO_PAD.encode(self.secret)
        )
    }
}

/// What authenticating a call needs about a device.
#[derive(Debug, Clone, Queryable)]
pub struct DeviceAuth {
    #[diesel(deserialize_as = String)]
    pub account_id: AccountId,
    pub device_number: i32,
    pub credential_hash: Vec<u8>,
    pub revoked_at: Option<chrono::NaiveDateTime>,
    pub role: String,
}

fn device_auth(conn: &mut DbConn, device: DeviceId) -> QueryResult<Option<DeviceAuth>> {
    devices::table
        .inner_join(accounts::table)
        .filter(devices::id.eq(device.to_string()))
        .select((
            devices::account_id,
            devices::device_number,
            devices::credential_hash,
            devices::revoked_at,
            accounts::role,
        ))
        .first(conn)
        .optional()
}

/// Checks a credential: the secret in constant time, then that the device is not revoked.
/// The stored hash and account are cached briefly; the secret is checked on every call.
pub fn authenticate(
    conn: &mut DbConn,
    caches: &Caches,
    credential: &Credential,
) -> Result<Caller, AuthError> {
    let device = credential.device_id();
    let row = match caches.credentials.get(&device) {
        Some(row) => row,
        None => {
            let epoch = caches.credentials.epoch();
            let row = device_auth(conn, device)?.ok_or(AuthError::Invalid)?;
            caches.credentials.put(device, row.clone(), epoch);
            row
        }
    };
    check(credential, &row)
}

/// Authenticates from the cache alone; `None` when the device is not cached.
pub fn authenticate_cached(
    caches: &Caches,
    credential: &Credential,
) -> Option<Result<Caller, AuthError>> {
    let row = caches.credentials.get(&credential.device_id())?;
    Some(check(credential, &row))
}

fn check(credential: &Credential, row: &DeviceAuth) -> Result<Caller, AuthError> {
    let matches: bool = credential
        .secret_hash()
        .ct_eq(row.credential_hash.as_slice())
        .into();
    if !matches {
        return Err(AuthError::Invalid);
    }
    if row.revoked_at.is_some() {
        return Err(AuthError::Revoked);
    }
    Ok(Caller {
        account_id: row.account_id,
        device_id: credential.device_id(),
        device_number: row.device_number,
        role: AccountRole::parse(&row.role).ok_or(AuthError::Invalid)?,
    })
}

/// An active (not revoked) device of a person, as sending to them needs it.
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct ActiveDevice {
    #[diesel(deserialize_as = String)]
    pub id: DeviceId,
    pub number: i32,
    pub registration_id: i32,
}

/// A person's active devices from the cache; `None` when they are not cached.
pub fn active_devices_cached(caches: &Caches, account: AccountId) -> Option<Vec<ActiveDevice>> {
    caches.devices.get(&account)
}

/// A person's active devices, by device number (cached briefly).
pub fn active_devices(
    conn: &mut DbConn,
    caches: &Caches,
    account: AccountId,
) -> QueryResult<Vec<ActiveDevice>> {
    if let Some(found) = caches.devices.get(&account) {
        return Ok(found);
    }
    let epoch = caches.devices.epoch();
    let found: Vec<ActiveDevice> = devices::table
        .filter(devices::account_id.eq(account.to_string()))
        .filter(devices::revoked_at.is_null())
        .order(devices::device_number.asc())
        .select((
            devices::id,
            devices::device_number,
            devices::registration_id,
        ))
        .load(conn)?;
    caches.devices.put(account, found.clone(), epoch);
    Ok(found)
}

/// The active devices of several people at once (uncached: for the rare fan-outs of
/// device changes).
pub fn active_devices_of(
    conn: &mut DbConn,
    accounts: &[AccountId],
) -> QueryResult<Vec<(AccountId, ActiveDevice)>> {
    let ids: Vec<String> = accounts.iter().map(ToString::to_string).collect();
    let rows: Vec<(String, String, i32, i32)> = devices::table
        .filter(devices::account_id.eq_any(ids))
        .filter(devices::revoked_at.is_null())
        .order((devices::account_id.asc(), devices::device_number.asc()))
        .select((
            devices::account_id,
            devices::id,
            devices::device_number,
            devices::registration_id,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(account, id, number, registration_id)| {
            Some((
                AccountId::parse(&account).ok()?,
                ActiveDevice {
                    id: DeviceId::parse(&id).ok()?,
                    number,
                    registration_id,
                },
            ))
        })
        .collect())
}

/// Whether a device is revoked or gone, read from the database (not the cache): for the
/// moments a cached answer may be a step behind, like a socket opening as its device is
/// revoked.
pub fn is_revoked(conn: &mut DbConn, device: DeviceId) -> QueryResult<bool> {
    let found: Option<Option<chrono::NaiveDateTime>> = devices::table
        .find(device.to_string())
        .select(devices::revoked_at)
        .first(conn)
        .optional()?;
    Ok(!matches!(found, Some(None)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_round_trip_and_refuse_tampering() {
        let c = Credential::generate(DeviceId::random());
        let s = c.expose();
        let back = Credential::parse(&s).unwrap();
        assert_eq!(back.secret_hash(), c.secret_hash());
        assert!(Credential::parse(&s.replace("kb1.", "kb2.")).is_err());
        assert!(Credential::parse(&s[..s.len() - 2]).is_err());
        assert!(Credential::parse("kb1.x.y").is_err());
        assert!(!format!("{c:?}").contains(&s[50..]));
    }
}
