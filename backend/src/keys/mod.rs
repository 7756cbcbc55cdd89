//! Signal prekeys: upload and replace a device's keys (every signature checked with
//! libsignal), count what is left so the client tops up, and hand out bundles — one
//! one-time key of each kind per fetch, the Kyber last-resort key when they run out — only
//! to people the contact rules allow, at a limited rate.

pub mod http;
mod repo;

use chrono::{DateTime, Utc};
use kinbridge_protocol::api::{
    DeviceBundle, KeyCounts, KeysUploadRequest, PreKey, PreKeyBundles, SignedPreKey,
};
use kinbridge_protocol::{AccountId, B64};
use libsignal_protocol::IdentityKey;

use crate::accounts;
use crate::platform::audit::{self, Action, Event, Subject};
use crate::platform::db::{DbConn, StorageError, Tx};
use crate::platform::identity::Caller;
use crate::platform::reach;
use crate::platform::signal::{KeyError, KeyKind, MAX_KEY_ID, decode_public, verify_signed};

/// At most this many one-time keys of each kind per upload (Signal's limit too).
pub const MAX_KEYS_PER_UPLOAD: usize = 100;

#[derive(Debug, thiserror::Error)]
pub enum KeysError {
    #[error(transparent)]
    Key(#[from] KeyError),
    #[error("too many keys")]
    TooMany,
    /// No such account, no device, or contact not allowed: the same answer for all three.
    #[error("not found")]
    NotFound,
    #[error(transparent)]
    Storage(StorageError),
}

crate::storage_errors!(KeysError);

/// Uploads or replaces the calling device's keys.
pub fn upload(
    tx: &mut Tx<'_>,
    caller: &Caller,
    req: &KeysUploadRequest,
    now: DateTime<Utc>,
) -> Result<KeyCounts, KeysError> {
    if req.one_time_prekeys.len() > MAX_KEYS_PER_UPLOAD
        || req.kyber_prekeys.len() > MAX_KEYS_PER_UPLOAD
    {
        return Err(KeysError::TooMany);
    }
    // A key id names one key: twice in one upload is a client mistake, refused before
    // anything is written.
    fn unique(ids: impl Iterator<Item = u32>) -> bool {
        let mut seen = std::collections::BTreeSet::new();
        ids.into_iter().all(|id| seen.insert(id))
    }
    if !unique(req.one_time_prekeys.iter().map(|k| k.key_id)) {
        return Err(KeyError::InvalidField("one_time_prekeys").into());
    }
    if !unique(req.kyber_prekeys.iter().map(|k| k.key_id)) {
        return Err(KeyError::InvalidField("kyber_prekeys").into());
    }
    let device = caller.device_id;
    let row = accounts::device(tx, device)?.ok_or(KeysError::NotFound)?;
    let identity = IdentityKey::decode(&row.identity_key)
        .map_err(|_| StorageError::Task("stored identity key unreadable".into()))?;
    let signed = req
        .signed_prekey
        .as_ref()
        .map(|k| verify_signed(&identity, k, KeyKind::Curve, "signed_prekey"))
        .transpose()?;
    let last_resort = req
        .kyber_last_resort_prekey
        .as_ref()
        .map(|k| verify_signed(&identity, k, KeyKind::Kyber, "kyber_last_resort_prekey"))
        .transpose()?;
    accounts::replace_signed_prekeys(tx, device, signed.as_ref(), last_resort.as_ref())?;
    if !req.one_time_prekeys.is_empty() {
        let keys = req
            .one_time_prekeys
            .iter()
            .map(|k| {
                if k.key_id > MAX_KEY_ID {
                    return Err(KeyError::InvalidField("one_time_prekeys"));
                }
                let public = decode_public(KeyKind::Curve, k.public_key.as_ref())
                    .ok_or(KeyError::InvalidKey("one_time_prekeys"))?;
                Ok((i64::from(k.key_id), public))
            })
            .collect::<Result<Vec<_>, _>>()?;
        repo::replace_one_time(tx, device, &keys)?;
    }
    if !req.kyber_prekeys.is_empty() {
        let keys = req
            .kyber_prekeys
            .iter()
            .map(|k| {
                verify_signed(&identity, k, KeyKind::Kyber, "kyber_prekeys")
                    .map(|v| (v.id, v.public, v.signature))
            })
            .collect::<Result<Vec<_>, _>>()?;
        repo::replace_kyber(tx, device, &keys)?;
    }
    audit::record(
        tx,
        Event::new(caller, Action::KeysUpload)
            .subject(Subject::Device(caller.device_id))
            .detail(format!(
                "signed:{} last_resort:{} one_time:{} kyber:{}",
                req.signed_prekey.is_some(),
                req.kyber_last_resort_prekey.is_some(),
                req.one_time_prekeys.len(),
                req.kyber_prekeys.len()
            )),
        now,
    )?;
    counts(tx, caller)
}

/// How many one-time keys the server still holds for the calling device.
pub fn counts(conn: &mut DbConn, caller: &Caller) -> Result<KeyCounts, KeysError> {
    let (ec, kyber) = repo::counts(conn, caller.device_id)?;
    Ok(KeyCounts {
        one_time_prekeys: u32::try_from(ec).unwrap_or(u32::MAX),
        kyber_prekeys: u32::try_from(kyber).unwrap_or(u32::MAX),
    })
}

/// A device's bundle without one-time keys: its signed prekey and its Kyber last-resort
/// key, which stay. For callers without an account (the complaint desk's devices), who
/// must not be able to use up anyone's one-time keys.
pub fn lasting_bundle(d: &accounts::Device) -> DeviceBundle {
    DeviceBundle {
        device_number: u32::try_from(d.device_number).unwrap_or(0),
        registration_id: u32::try_from(d.registration_id).unwrap_or(0),
        identity_key: B64(d.identity_key.clone()),
        signed_prekey: SignedPreKey {
            key_id: u32::try_from(d.signed_prekey_id).unwrap_or(0),
            public_key: B64(d.signed_prekey.clone()),
            signature: B64(d.signed_prekey_signature.clone()),
        },
        one_time_prekey: None,
        kyber_prekey: SignedPreKey {
            key_id: u32::try_from(d.kyber_prekey_id).unwrap_or(0),
            public_key: B64(d.kyber_prekey.clone()),
            signature: B64(d.kyber_prekey_signature.clone()),
        },
    }
}

/// Which devices a bundle request is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeviceSelector {
    All,
    One(u32),
}

impl DeviceSelector {
    pub fn parse(raw: &str) -> Option<Self> {
        if raw == "*" {
            return Some(DeviceSelector::All);
        }
        raw.parse()
            .ok()
            .filter(|n| (1..=127).contains(n))
            .map(DeviceSelector::One)
    }
}

/// Takes the prekey bundles of `target`'s devices, for a caller the contact rules allow.
/// Anyone else gets the same answer as for an account that does not exist.
pub fn bundles(
    tx: &mut Tx<'_>,
    caller: &Caller,
    target: AccountId,
    which: DeviceSelector,
    now: DateTime<Utc>,
) -> Result<PreKeyBundles, KeysError> {
    if !reach::contact_allowed(tx, caller.account_id, target)? {
        return Err(KeysError::NotFound);
    }
    let mut devices = Vec::new();
    for d in accounts::devices(tx, target)? {
        let number = u32::try_from(d.device_number).unwrap_or(0);
        if d.revoked_at.is_some() || matches!(which, DeviceSelector::One(n) if n != number) {
            continue;
        }
        let one_time = repo::take_one_time(tx, d.id)?.map(|k| PreKey {
            key_id: u32::try_from(k.key_id).unwrap_or(0),
            public_key: B64(k.public_key),
        });
        let kyber_prekey = match repo::take_kyber(tx, d.id)? {
            Some(k) => SignedPreKey {
                key_id: u32::try_from(k.key_id).unwrap_or(0),
                public_key: B64(k.public_key),
                signature: B64(k.signature),
            },
            // Exhausted one-time Kyber keys: the last-resort key, which stays.
            None => SignedPreKey {
                key_id: u32::try_from(d.kyber_prekey_id).unwrap_or(0),
                public_key: B64(d.kyber_prekey),
                signature: B64(d.kyber_prekey_signature),
            },
        };
        devices.push(DeviceBundle {
            device_number: number,
            registration_id: u32::try_from(d.registration_id).unwrap_or(0),
            identity_key: B64(d.identity_key),
            signed_prekey: SignedPreKey {
                key_id: u32::try_from(d.signed_prekey_id).unwrap_or(0),
                public_key: B64(d.signed_prekey),
                signature: B64(d.signed_prekey_signature),
            },
            one_time_prekey: one_time,
            kyber_prekey,
        });
    }
    if devices.is_empty() {
        return Err(KeysError::NotFound);
    }
    audit::record(
        tx,
        Event::new(caller, Action::KeysBundleFetch)
            .subject(Subject::Account(target))
            .detail(format!("devices:{}", devices.len())),
        now,
    )?;
    Ok(PreKeyBundles {
        account_id: target,
        devices,
    })
}
