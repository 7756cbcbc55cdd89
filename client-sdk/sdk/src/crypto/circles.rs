//! Case circles: sender keys, so one message encrypted once reaches every member who
//! holds this device's key of a distribution.

use std::sync::Arc;

use async_trait::async_trait;
use kinbridge_protocol::AccountId;
use libsignal_protocol::{
    ProtocolAddress, SenderKeyDistributionMessage, SenderKeyMessage, SenderKeyRecord,
    SenderKeyStore, SignalProtocolError, create_sender_key_distribution_message, group_decrypt,
    group_encrypt, process_sender_key_distribution_message,
};
use uuid::Uuid;

use super::{CryptoWorker, Worker, address, crypto, signal};
use crate::SdkError;
use crate::signal::store_err;
use crate::store::{Namespace, Store};

impl CryptoWorker {
    /// This device's sender-key distribution message for a circle distribution (made on
    /// first use).
    pub async fn circle_key(
        &self,
        me: (AccountId, u32),
        distribution: Uuid,
    ) -> Result<Vec<u8>, SdkError> {
        self.run(async move |w| w.circle_key(me, distribution).await)
            .await
    }

    /// Keeps a contact's sender key; returns its distribution id.
    pub async fn process_circle_key(
        &self,
        sender: AccountId,
        device: u32,
        message: Vec<u8>,
    ) -> Result<Uuid, SdkError> {
        self.run(async move |w| w.process_circle_key(sender, device, &message).await)
            .await
    }

    /// Encrypts once for everyone holding this device's sender key of `distribution`.
    pub async fn group_encrypt(
        &self,
        me: (AccountId, u32),
        distribution: Uuid,
        plaintext: Vec<u8>,
    ) -> Result<Vec<u8>, SdkError> {
        self.run(async move |w| w.group_encrypt(me, distribution, &plaintext).await)
            .await
    }

    /// Decrypts a sender-key message; returns its distribution id and the plaintext.
    pub async fn group_decrypt(
        &self,
        sender: AccountId,
        device: u32,
        content: Vec<u8>,
    ) -> Result<(Uuid, Vec<u8>), SdkError> {
        self.run(async move |w| w.group_decrypt(sender, device, &content).await)
            .await
    }
}

impl Worker {
    async fn circle_key(
        &mut self,
        (me, my_device): (AccountId, u32),
        distribution: Uuid,
    ) -> Result<Vec<u8>, SdkError> {
        let addr = address(me, my_device)?;
        let message = create_sender_key_distribution_message(
            &addr,
            distribution,
            &mut self.sender_keys,
            &mut rand::rng(),
        )
        .await
        .map_err(crypto)?;
        Ok(message.serialized().to_vec())
    }

    async fn process_circle_key(
        &mut self,
        sender: AccountId,
        device: u32,
        message: &[u8],
    ) -> Result<Uuid, SdkError> {
        let message = SenderKeyDistributionMessage::try_from(message).map_err(crypto)?;
        let addr = address(sender, device)?;
        process_sender_key_distribution_message(&addr, &message, &mut self.sender_keys)
            .await
            .map_err(signal)?;
        message.distribution_id().map_err(crypto)
    }

    async fn group_encrypt(
        &mut self,
        (me, my_device): (AccountId, u32),
        distribution: Uuid,
        plaintext: &[u8],
    ) -> Result<Vec<u8>, SdkError> {
        let addr = address(me, my_device)?;
        let message = group_encrypt(
            &mut self.sender_keys,
            &addr,
            distribution,
            plaintext,
            &mut rand::rng(),
        )
        .await
        .map_err(crypto)?;
        Ok(message.serialized().to_vec())
    }

    async fn group_decrypt(
        &mut self,
        sender: AccountId,
        device: u32,
        content: &[u8],
    ) -> Result<(Uuid, Vec<u8>), SdkError> {
        let distribution = SenderKeyMessage::try_from(content)
            .map_err(crypto)?
            .distribution_id();
        let addr = address(sender, device)?;
        let plaintext = group_decrypt(content, &mut self.sender_keys, &addr)
            .await
            .map_err(signal)?;
        Ok((distribution, plaintext))
    }
}

/// Sender keys (case circles), by `account.device:distribution`.
pub(super) struct SenderKeys {
    pub(super) store: Arc<dyn Store>,
}

fn sender_key_name(sender: &ProtocolAddress, distribution: Uuid) -> String {
    format!(
        "{}.{}:{distribution}",
        sender.name(),
        u32::from(sender.device_id())
    )
}

#[async_trait(?Send)]
impl SenderKeyStore for SenderKeys {
    async fn store_sender_key(
        &mut self,
        sender: &ProtocolAddress,
        distribution_id: Uuid,
        record: &SenderKeyRecord,
    ) -> Result<(), SignalProtocolError> {
        self.store
            .put(
                Namespace::SenderKey,
                &sender_key_name(sender, distribution_id),
                &record.serialize()?,
            )
            .map_err(store_err("store_sender_key"))
    }

    async fn load_sender_key(
        &mut self,
        sender: &ProtocolAddress,
        distribution_id: Uuid,
    ) -> Result<Option<SenderKeyRecord>, SignalProtocolError> {
        self.store
            .get(
                Namespace::SenderKey,
                &sender_key_name(sender, distribution_id),
            )
            .map_err(store_err("load_sender_key"))?
            .map(|bytes| SenderKeyRecord::deserialize(&bytes))
            .transpose()
    }
}
