//! The crypto worker. libsignal's store traits are `async_trait(?Send)`: their futures
//! cannot move between threads, so they cannot run on a multi-threaded runtime or behind a
//! `Send` public API. One dedicated thread with a current-thread runtime owns the Signal
//! stores; the rest of the SDK sends it jobs over a channel and awaits the reply. The
//! public API stays `Send + 'static`, as mobile bindings need.
//!
//! A job is a closure: `Send` itself (it owns the inputs), it borrows the `Worker` on the
//! crypto thread and makes a future there that need not be `Send`. Each operation is one
//! `CryptoWorker` method that sends such a closure, next to the worker method it calls,
//! in the file of its protocol area:
//!
//! - `enrolment`: the identity, signed, Kyber and one-time prekeys, and their top-up;
//! - `sessions`: 1:1 sessions from bundles, encryption and decryption, identity changes;
//! - `trust`: devices added and revoked, safety numbers over all of a person's devices;
//! - `sealed`: sealed sender;
//! - `circles`: sender keys for case circles, and their store;
//! - `stores`: the prekey stores libsignal reads and writes.

mod circles;
mod complaints;
mod enrolment;
mod sealed;
pub(crate) mod sessions;
mod stores;
mod trust;

use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use futures_util::future::LocalBoxFuture;
use kinbridge_protocol::AccountId;
use libsignal_protocol::{
    DeviceId as SignalDeviceId, IdentityKeyPair, ProtocolAddress, SignalProtocolError,
};
use tokio::sync::{mpsc, oneshot};

use crate::SdkError;
use crate::signal::{IDENTITY, IdentityStore, SessionStoreImpl};
use crate::store::{Namespace, Store};

use circles::SenderKeys;
pub use enrolment::{EnrolmentKeys, ONE_TIME_PREKEYS};
pub(crate) use sessions::prekey_bundle;
use stores::{KyberPreKeys, PreKeys, SignedPreKeys};

/// Work for the crypto thread: it borrows the stores for as long as its future runs.
type Job = Box<dyn for<'w> FnOnce(&'w mut Worker) -> LocalBoxFuture<'w, ()> + Send>;

/// A handle to the crypto thread. The thread ends when the last handle is dropped.
#[derive(Debug, Clone)]
pub(crate) struct CryptoWorker {
    tx: mpsc::UnboundedSender<Job>,
}

impl CryptoWorker {
    pub fn start(store: Arc<dyn Store>) -> Result<Self, SdkError> {
        let (tx, mut rx) = mpsc::unbounded_channel::<Job>();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .map_err(|e| SdkError::Crypto(format!("cannot start the crypto runtime: {e}")))?;
        std::thread::Builder::new()
            .name("kinbridge-crypto".to_owned())
            .spawn(move || {
                runtime.block_on(async move {
                    let mut w = Worker::new(store);
                    while let Some(job) = rx.recv().await {
                        job(&mut w).await;
                    }
                });
            })
            .map_err(|e| SdkError::Crypto(format!("cannot start the crypto thread: {e}")))?;
        Ok(CryptoWorker { tx })
    }

    /// Runs `op` on the crypto thread, one job at a time, and awaits its result.
    async fn run<T: Send + 'static>(
        &self,
        op: impl AsyncFnOnce(&mut Worker) -> Result<T, SdkError> + Send + 'static,
    ) -> Result<T, SdkError> {
        let (reply, rx) = oneshot::channel();
        let job: Job = Box::new(move |w| {
            Box::pin(async move {
                drop(reply.send(op(w).await));
            })
        });
        self.tx.send(job).map_err(|_| SdkError::WorkerStopped)?;
        rx.await.map_err(|_| SdkError::WorkerStopped)?
    }
}

fn now_millis() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

fn get_u32(store: &dyn Store, key: &str) -> Result<Option<u32>, SdkError> {
    Ok(store
        .get(Namespace::LocalIdentity, key)?
        .and_then(|b| <[u8; 4]>::try_from(b.as_slice()).ok())
        .map(u32::from_be_bytes))
}

fn crypto(e: impl std::fmt::Display) -> SdkError {
    SdkError::Crypto(e.to_string())
}

fn address(account: AccountId, device: u32) -> Result<ProtocolAddress, SdkError> {
    let id = SignalDeviceId::try_from(device).map_err(crypto)?;
    Ok(ProtocolAddress::new(account.to_string(), id))
}

/// A libsignal error, or the identity change it means for the app.
fn signal_error(account: AccountId, e: SignalProtocolError) -> SdkError {
    match e {
        SignalProtocolError::UntrustedIdentity(_) => SdkError::IdentityChanged { account },
        other => signal(other),
    }
}

/// A libsignal error: the phone's store failing (try again later), or a crypto failure.
fn signal(e: SignalProtocolError) -> SdkError {
    match crate::signal::local_store_failure(&e) {
        Some(store) => SdkError::Store(store),
        None => crypto(e),
    }
}

impl Worker {
    /// An untrusted identity is an identity change the person may accept, unless the key
    /// belongs to a revoked device: then it is refused for good.
    fn untrusted(&self, account: AccountId, e: SignalProtocolError) -> SdkError {
        let refused = self.identity.refused_revoked.borrow_mut().take();
        match e {
            SignalProtocolError::UntrustedIdentity(addr)
                if refused.as_deref() == Some(crate::signal::address_key(&addr).as_str()) =>
            {
                SdkError::RevokedDevice {
                    account,
                    device: u32::from(addr.device_id()),
                }
            }
            other => signal_error(account, other),
        }
    }
}

/// The Signal stores, each its own value so libsignal can borrow them side by side.
struct Worker {
    store: Arc<dyn Store>,
    identity: IdentityStore,
    sessions: SessionStoreImpl,
    pre_keys: PreKeys,
    signed: SignedPreKeys,
    kyber: KyberPreKeys,
    sender_keys: SenderKeys,
}

impl Worker {
    fn new(store: Arc<dyn Store>) -> Self {
        Worker {
            identity: IdentityStore {
                store: store.clone(),
                refused_revoked: std::cell::RefCell::new(None),
            },
            sessions: SessionStoreImpl {
                store: store.clone(),
            },
            pre_keys: PreKeys {
                store: store.clone(),
            },
            signed: SignedPreKeys {
                store: store.clone(),
            },
            kyber: KyberPreKeys {
                store: store.clone(),
            },
            sender_keys: SenderKeys {
                store: store.clone(),
            },
            store,
        }
    }

    fn identity_pair(&self) -> Result<IdentityKeyPair, SdkError> {
        let bytes = self
            .store
            .get(Namespace::LocalIdentity, IDENTITY)?
            .ok_or(SdkError::NotEnrolled)?;
        IdentityKeyPair::try_from(bytes.as_slice()).map_err(crypto)
    }
}
