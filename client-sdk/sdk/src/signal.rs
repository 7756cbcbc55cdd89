//! libsignal's stores over a [`Store`], used only on the crypto thread.
//!
//! Identity policy: the first identity key seen for a contact's device is kept (trust on
//! first use). A different key later is never accepted silently — for a child's contacts
//! least of all: the session is refused (`UntrustedIdentity`), the new key is kept aside,
//! and the app shows an "identity changed" event until the person accepts it (after
//! checking the safety number in person, ideally). Two stricter rules:
//!
//! - a device the server announced as revoked is never trusted again, whatever it
//!   presents (a sealed message signed with its certificate included);
//! - once the person verified a contact's safety number, a device of theirs this device
//!   has not seen before is held like a changed identity, until the person accepts it.

use std::sync::Arc;

use async_trait::async_trait;
use libsignal_protocol::{
    Direction, IdentityChange, IdentityKey, IdentityKeyPair, IdentityKeyStore, ProtocolAddress,
    SessionRecord, SessionStore, SignalProtocolError,
};

use crate::store::{Namespace, Store, StoreError};

pub(crate) const IDENTITY: &str = "identity_key_pair";
pub(crate) const REGISTRATION_ID: &str = "registration_id";

/// A failure of the phone's store inside a libsignal call (busy, disk full, I/O), carried
/// through libsignal as itself, so the SDK can tell "try again later" from "this message
/// can never be read".
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub(crate) struct LocalStoreFailure(pub String);

pub(crate) fn store_err(method: &'static str) -> impl FnOnce(StoreError) -> SignalProtocolError {
    move |e| {
        SignalProtocolError::ApplicationCallbackError(
            method,
            Box::new(LocalStoreFailure(e.to_string())),
        )
    }
}

/// The store failure a libsignal error carries, if that is what it is.
pub(crate) fn local_store_failure(e: &SignalProtocolError) -> Option<StoreError> {
    match e {
        SignalProtocolError::ApplicationCallbackError(method, source) => {
            let source: &(dyn std::error::Error + 'static) = source.as_ref();
            source
                .downcast_ref::<LocalStoreFailure>()
                .map(|f| StoreError::Other(format!("{method}: {}", f.0)))
        }
        _ => None,
    }
}

/// The store key of a contact's device: `account.device`.
pub(crate) fn address_key(address: &ProtocolAddress) -> String {
    format!("{}.{}", address.name(), u32::from(address.device_id()))
}

pub(crate) struct IdentityStore {
    pub store: Arc<dyn Store>,
    /// The address of the last key refused because its device was revoked, so the error
    /// can say so (libsignal's error names the address only).
    pub refused_revoked: std::cell::RefCell<Option<String>>,
}

/// The store key of a revoked device's identity: `account.device.key` (base64url).
pub(crate) fn revoked_key(address_key: &str, identity: &[u8]) -> String {
    use base64::Engine;
    format!(
        "{address_key}.{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(identity)
    )
}

#[async_trait(?Send)]
impl IdentityKeyStore for IdentityStore {
    async fn get_identity_key_pair(&self) -> Result<IdentityKeyPair, SignalProtocolError> {
        let bytes = self
            .store
            .get(Namespace::LocalIdentity, IDENTITY)
            .map_err(store_err("get_identity_key_pair"))?
            .ok_or(SignalProtocolError::InvalidState(
                "get_identity_key_pair",
                "not enrolled".into(),
            ))?;
        IdentityKeyPair::try_from(bytes.as_slice())
    }

    async fn get_local_registration_id(&self) -> Result<u32, SignalProtocolError> {
        self.store
            .get(Namespace::LocalIdentity, REGISTRATION_ID)
            .map_err(store_err("get_local_registration_id"))?
            .and_then(|b| <[u8; 4]>::try_from(b.as_slice()).ok())
            .map(u32::from_be_bytes)
            .ok_or(SignalProtocolError::InvalidState(
                "get_local_registration_id",
                "not enrolled".into(),
            ))
    }

    async fn save_identity(
        &mut self,
        address: &ProtocolAddress,
        identity: &IdentityKey,
    ) -> Result<IdentityChange, SignalProtocolError> {
        let key = address_key(address);
        let stored = self
            .store
            .get(Namespace::PeerIdentity, &key)
            .map_err(store_err("save_identity"))?;
        match stored {
            Some(old) if old.as_slice() == identity.serialize().as_ref() => {
                Ok(IdentityChange::NewOrUnchanged)
            }
            // Only reached after the person accepted the new key (see `is_trusted_identity`).
            Some(_) => {
                self.store
                    .put(Namespace::PeerIdentity, &key, &identity.serialize())
                    .map_err(store_err("save_identity"))?;
                Ok(IdentityChange::ReplacedExisting)
            }
            None => {
                self.store
                    .put(Namespace::PeerIdentity, &key, &identity.serialize())
                    .map_err(store_err("save_identity"))?;
                Ok(IdentityChange::NewOrUnchanged)
            }
        }
    }

    async fn is_trusted_identity(
        &self,
        address: &ProtocolAddress,
        identity: &IdentityKey,
        _direction: Direction,
    ) -> Result<bool, SignalProtocolError> {
        let key = address_key(address);
        let presented = identity.serialize();
        let get = |ns, k: &str| {
            self.store
                .get(ns, k)
                .map_err(store_err("is_trusted_identity"))
        };
        if get(Namespace::RevokedIdentity, &revoked_key(&key, &presented))?.is_some() {
            *self.refused_revoked.borrow_mut() = Some(key);
            return Ok(false);
        }
        let hold = |store: &Arc<dyn Store>| {
            // Keep the new key aside for the person to check and accept.
            store
                .put(Namespace::PendingIdentity, &key, &presented)
                .map_err(store_err("is_trusted_identity"))
                .map(|()| false)
        };
        match get(Namespace::PeerIdentity, &key)? {
            Some(old) if old.as_slice() == presented.as_ref() => Ok(true),
            Some(_) => hold(&self.store),
            // A device not seen before: trusted on first use, unless the person verified
            // this contact (or a key for it already waits to be accepted).
            None => {
                let verified = get(Namespace::Verified, address.name())?.is_some();
                if verified || get(Namespace::PendingIdentity, &key)?.is_some() {
                    hold(&self.store)
                } else {
                    Ok(true)
                }
            }
        }
    }

    async fn get_identity(
        &self,
        address: &ProtocolAddress,
    ) -> Result<Option<IdentityKey>, SignalProtocolError> {
        self.store
            .get(Namespace::PeerIdentity, &address_key(address))
            .map_err(store_err("get_identity"))?
            .map(|b| IdentityKey::decode(&b))
            .transpose()
    }
}

pub(crate) struct SessionStoreImpl {
    pub store: Arc<dyn Store>,
}

#[async_trait(?Send)]
impl SessionStore for SessionStoreImpl {
    async fn load_session(
        &self,
        address: &ProtocolAddress,
    ) -> Result<Option<SessionRecord>, SignalProtocolError> {
        self.store
            .get(Namespace::Session, &address_key(address))
            .map_err(store_err("load_session"))?
            .map(|b| SessionRecord::deserialize(&b))
            .transpose()
    }

    async fn store_session(
        &mut self,
        address: &ProtocolAddress,
        record: &SessionRecord,
    ) -> Result<(), SignalProtocolError> {
        self.store
            .put(
                Namespace::Session,
                &address_key(address),
                &record.serialize()?,
            )
            .map_err(store_err("store_session"))
    }
}
