//! Complaint handlers: opening a complaint's thread key, wrapped for this device by the
//! reporter's one-off libsignal identity (or, for a device that joined the desk later, by a
//! colleague's device), and wrapping it for such a device. A wrap opens once (its
//! handshake is not replayable), so the key is kept in the store under the complaint's id.

use std::time::SystemTime;

use kinbridge_protocol::api::DeviceBundle;
use kinbridge_protocol::{AccountId, ComplaintId};
use libsignal_protocol::{
    CiphertextMessage, DeviceId as SignalDeviceId, PreKeySignalMessage, ProtocolAddress,
    message_decrypt, message_encrypt, process_prekey_bundle,
};

use super::sessions::prekey_bundle;
use super::{CryptoWorker, Worker, address, crypto, signal_error};
use crate::SdkError;
use crate::signal::address_key;
use crate::store::Namespace;

/// A wrapped key as the server hands it over, with who wrapped it (`None`: the reporter).
pub type Wrapped = (Vec<u8>, Option<(AccountId, u32)>);

impl CryptoWorker {
    /// The thread key of a complaint: kept from an earlier opening, or unwrapped now.
    pub async fn complaint_key(
        &self,
        complaint: ComplaintId,
        wrapped: Option<Wrapped>,
    ) -> Result<[u8; 32], SdkError> {
        self.run(async move |w| w.complaint_key(complaint, wrapped).await)
            .await
    }

    /// The thread key wrapped for a colleague's desk device, from its lasting bundle (a
    /// new session, so the message is a PreKeySignalMessage).
    pub async fn wrap_complaint_key(
        &self,
        account: AccountId,
        bundle: DeviceBundle,
        key: [u8; 32],
    ) -> Result<Vec<u8>, SdkError> {
        self.run(async move |w| w.wrap_complaint_key(account, &bundle, &key).await)
            .await
    }
}

impl Worker {
    async fn wrap_complaint_key(
        &mut self,
        account: AccountId,
        bundle: &DeviceBundle,
        key: &[u8; 32],
    ) -> Result<Vec<u8>, SdkError> {
        let mut rng = rand::rng();
        let addr = address(account, bundle.device_number)?;
        process_prekey_bundle(
            &addr,
            &mut self.sessions,
            &mut self.identity,
            &prekey_bundle(bundle)?,
            SystemTime::now(),
            &mut rng,
        )
        .await
        .map_err(|e| signal_error(account, e))?;
        let message = message_encrypt(
            key,
            &addr,
            &mut self.sessions,
            &mut self.identity,
            SystemTime::now(),
            &mut rng,
        )
        .await
        .map_err(|e| signal_error(account, e))?;
        Ok(message.serialize().to_vec())
    }

    async fn complaint_key(
        &mut self,
        complaint: ComplaintId,
        wrapped: Option<Wrapped>,
    ) -> Result<[u8; 32], SdkError> {
        let name = complaint.to_string();
        if let Some(kept) = self.store.get(Namespace::ComplaintKey, &name)? {
            return <[u8; 32]>::try_from(kept.as_slice())
                .map_err(|_| SdkError::ComplaintUnreadable("kept key damaged".into()));
        }
        let (wrapped, colleague) = wrapped.ok_or_else(|| {
            SdkError::ComplaintUnreadable(
                "no key for this device yet (it joined the desk later; a colleague's device shares it)"
                    .into(),
            )
        })?;
        let message = PreKeySignalMessage::try_from(wrapped.as_slice())
            .map_err(|e| SdkError::ComplaintUnreadable(e.to_string()))?;
        let from = match colleague {
            Some((account, device)) => address(account, device)?,
            None => ProtocolAddress::new(
                format!("complaint:{complaint}"),
                SignalDeviceId::try_from(1u32).map_err(crypto)?,
            ),
        };
        let plain = message_decrypt(
            &CiphertextMessage::PreKeySignalMessage(message),
            &from,
            &mut self.sessions,
            &mut self.identity,
            &mut self.pre_keys,
            &self.signed,
            &mut self.kyber,
            &mut rand::rng(),
        )
        .await
        .map_err(|e| SdkError::ComplaintUnreadable(e.to_string()))?;
        let key = <[u8; 32]>::try_from(plain.as_slice())
            .map_err(|_| SdkError::ComplaintUnreadable("wrapped key of the wrong size".into()))?;
        self.store.put(Namespace::ComplaintKey, &name, &key)?;
        if colleague.is_none() {
            // The reporter's one-off identity and session serve nothing more.
            let peer = address_key(&from);
            self.store.delete(Namespace::Session, &peer)?;
            self.store.delete(Namespace::PeerIdentity, &peer)?;
        }
        Ok(key)
    }
}
