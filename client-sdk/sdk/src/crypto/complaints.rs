//! Complaint handlers: opening a complaint's thread key, wrapped for this device by the
//! reporter's one-off libsignal identity. A wrap opens once (its handshake is not
//! replayable), so the key is kept in the store under the complaint's id.

use kinbridge_protocol::ComplaintId;
use libsignal_protocol::{
    CiphertextMessage, DeviceId as SignalDeviceId, PreKeySignalMessage, ProtocolAddress,
    message_decrypt,
};

use super::{CryptoWorker, Worker, crypto};
use crate::SdkError;
use crate::signal::address_key;
use crate::store::Namespace;

impl CryptoWorker {
    /// The thread key of a complaint: kept from an earlier opening, or unwrapped now.
    pub async fn complaint_key(
        &self,
        complaint: ComplaintId,
        wrapped: Option<Vec<u8>>,
    ) -> Result<[u8; 32], SdkError> {
        self.run(async move |w| w.complaint_key(complaint, wrapped).await)
            .await
    }
}

impl Worker {
    async fn complaint_key(
        &mut self,
        complaint: ComplaintId,
        wrapped: Option<Vec<u8>>,
    ) -> Result<[u8; 32], SdkError> {
        let name = complaint.to_string();
        if let Some(kept) = self.store.get(Namespace::ComplaintKey, &name)? {
            return <[u8; 32]>::try_from(kept.as_slice())
                .map_err(|_| SdkError::ComplaintUnreadable("kept key damaged".into()));
        }
        let wrapped = wrapped.ok_or_else(|| {
            SdkError::ComplaintUnreadable(
                "no key for this device (it joined the desk later)".into(),
            )
        })?;
        let message = PreKeySignalMessage::try_from(wrapped.as_slice())
            .map_err(|e| SdkError::ComplaintUnreadable(e.to_string()))?;
        let device = SignalDeviceId::try_from(1u32).map_err(crypto)?;
        let from = ProtocolAddress::new(format!("complaint:{complaint}"), device);
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
        // The reporter's one-off identity and session serve nothing more.
        let peer = address_key(&from);
        self.store.delete(Namespace::Session, &peer)?;
        self.store.delete(Namespace::PeerIdentity, &peer)?;
        Ok(key)
    }
}
