//! libsignal's stores over a [`Store`], used only on the crypto thread.
//!
//! Identity policy: the first identity key seen for a contact's device is kept (trust on
//! first use). A different key later is never accepted silently — for a child's contacts
//! least of all: the session is refused (`UntrustedIdentity`), the new key is kept aside,
//! and the app shows an "identity changed" event until the person accepts it (after
//! checking the safety number in person, ideally).

use std::sync::Arc;

use async_trait::async_trait;
use libsignal_protocol::{
    Direction, IdentityChange, IdentityKey, IdentityKeyPair, IdentityKeyStore, ProtocolAddress,
    SessionRecord, SessionStore, SignalProtocolError,
};

use crate::store::{Namespace, Store, StoreError};

pub(crate) const IDENTITY: &str = "identity_key_pair";
pub(crate) const REGISTRATION_ID: &str = "registration_id";

pub(crate) fn store_err(method: &'static str) -> impl FnOnce(StoreError) -> SignalProtocolError {
    move |e| SignalProtocolError::InvalidState(method, e.to_string())
}

/// The store key of a contact's device: `account.device`.
pub(crate) fn address_key(address: &ProtocolAddress) -> String {
    format!("{}.{}", address.name(), u32::from(address.device_id()))
}

pub(crate) struct IdentityStore {
    pub store: Arc<dyn Store>,
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
        match self
            .store
            .get(Namespace::PeerIdentity, &key)
            .map_err(store_err("is_trusted_identity"))?
        {
            None => Ok(true),
            Some(old) if old.as_slice() == identity.serialize().as_ref() => Ok(true),
            Some(_) => {
                // Keep the new key aside for the person to check and accept.
                self.store
                    .put(Namespace::PendingIdentity, &key, &identity.serialize())
                    .map_err(store_err("is_trusted_identity"))?;
                Ok(false)
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
