//! Sealed sender: a message whose sender only the recipient learns, from the sender
//! certificate inside it.

use kinbridge_protocol::AccountId;
use kinbridge_protocol::api::OutgoingEnvelope;
use libsignal_protocol::{
    DeviceId as SignalDeviceId, PublicKey, SignalProtocolError, Timestamp, sealed_sender_decrypt,
};

use super::{CryptoWorker, Worker, crypto, now_millis, signal};
use crate::SdkError;

/// A sealed-sender message opened: who sent it (from the certificate the trust root
/// vouches for) and what it says.
#[derive(Debug, Clone)]
pub struct Unsealed {
    pub from: AccountId,
    pub device: u32,
    pub plaintext: Vec<u8>,
}

impl CryptoWorker {
    /// Seals a message for every device of `account` this device has a session with, with
    /// this device's sender certificate inside: the server cannot see who sent it.
    pub async fn sealed_encrypt(
        &self,
        account: AccountId,
        plaintext: Vec<u8>,
        certificate: Vec<u8>,
    ) -> Result<Vec<OutgoingEnvelope>, SdkError> {
        self.run(async move |w| w.encrypt(account, &plaintext, Some(&certificate)).await)
            .await
    }

    /// Opens a sealed-sender message; the sender certificate must chain to `trust_root`
    /// and be unexpired.
    pub async fn sealed_decrypt(
        &self,
        content: Vec<u8>,
        trust_root: Vec<u8>,
        me: (AccountId, u32),
    ) -> Result<Unsealed, SdkError> {
        self.run(async move |w| w.sealed_decrypt(&content, &trust_root, me).await)
            .await
    }
}

impl Worker {
    async fn sealed_decrypt(
        &mut self,
        content: &[u8],
        trust_root: &[u8],
        (me, my_device): (AccountId, u32),
    ) -> Result<Unsealed, SdkError> {
        let root = PublicKey::deserialize(trust_root).map_err(crypto)?;
        let local_device = SignalDeviceId::try_from(my_device).map_err(crypto)?;
        let opened = sealed_sender_decrypt(
            content,
            &root,
            Timestamp::from_epoch_millis(now_millis()),
            None,
            me.to_string(),
            local_device,
            &mut self.identity,
            &mut self.sessions,
            &mut self.pre_keys,
            &self.signed,
            &mut self.kyber,
        )
        .await
        .map_err(|e| match e {
            // The sender is only known once the seal is open: their address says who.
            SignalProtocolError::UntrustedIdentity(ref addr) => {
                match AccountId::parse(addr.name()) {
                    Ok(account) => self.untrusted(account, e),
                    Err(_) => crypto("untrusted identity"),
                }
            }
            other => signal(other),
        })?;
        Ok(Unsealed {
            from: AccountId::parse(&opened.sender_uuid).map_err(crypto)?,
            device: u32::from(opened.device_id),
            plaintext: opened.message,
        })
    }
}
