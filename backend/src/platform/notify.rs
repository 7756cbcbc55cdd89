//! Telling people's apps, after a change has committed.
//!
//! Capabilities never push to sockets themselves. They build [`Notice`]s inside the
//! transaction of the change ([`crate::platform::db::Tx::notify`]); once it commits, the
//! notices go through the [`Notify`] trait. The message writer hands committed envelopes
//! to [`Notify::deliver`] the same way, in queue order.
//!
//! [`Sockets`] is the in-process implementation: the WebSockets connected to this node. It
//! reaches only this node's devices; several nodes put [`crate::platform::bus::ClusterNotify`]
//! (Redis pub/sub between nodes) in front of it without any capability changing.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU16, Ordering};
use std::sync::{Arc, Mutex};

use kinbridge_protocol::api::{Envelope, ServerFrame};
use kinbridge_protocol::{AccountId, DeviceId};
use tokio::sync::mpsc;

use crate::platform::identity::Caller;

/// A close code the client acts on: this device connected again somewhere else.
pub const CLOSE_CONNECTED_ELSEWHERE: u16 = 4409;
/// A close code the client acts on: this device was revoked; enrol again.
pub const CLOSE_REVOKED: u16 = 4401;

/// Something to tell once a change has committed.
#[derive(Debug, Clone)]
pub enum Notice {
    /// A frame for every connected device of an account.
    Account {
        account: AccountId,
        frame: ServerFrame,
    },
    /// A device was revoked or deleted: its connections close at once.
    Revoked { device: DeviceId },
    /// An envelope committed to a device's queue outside the message writer (a server
    /// notice): handed to the device like the writer's envelopes.
    Queued {
        device: DeviceId,
        seq: i64,
        envelope: Box<Envelope>,
    },
}

/// Where notices, committed envelopes and unstored envelopes go.
pub trait Notify: Send + Sync + std::fmt::Debug {
    /// Sends a notice of a committed change. Best effort: a device that is not connected
    /// learns the state when it next connects.
    fn send(&self, notice: Notice);

    /// Hands a newly committed envelope to its device. Calls come in queue order; the
    /// connection skips envelopes it already read from the queue.
    fn deliver(&self, device: DeviceId, seq: i64, envelope: Envelope);

    /// Pushes an envelope that is not stored (ephemeral, or a live receipt) if the device
    /// is connected; returns whether it was.
    fn push_unstored(&self, device: DeviceId, envelope: Envelope) -> bool;

    /// A device's socket was registered on this node as its `generation`th connection
    /// (other nodes close their older ones; 0: unknown, nothing is closed).
    fn connected(&self, _device: DeviceId, _generation: u64) {}

    /// That socket ended (and no newer one of the device replaced it here).
    fn disconnected(&self, _device: DeviceId, _generation: u64) {}
}

/// What a connection is asked to send.
#[derive(Debug)]
pub enum Outbound {
    Frame(String),
    /// A newly committed envelope at queue position `seq`.
    Deliver(i64, Box<Envelope>),
    /// An envelope that is not stored (its acknowledgement needs no database work).
    Unstored(Box<Envelope>),
}

/// How a connection is told to close, even while it is stuck writing to a client that
/// stopped reading (its queue may be full then); and to read its queue again (a wake-up
/// from another node may have been lost).
#[derive(Debug, Default)]
pub struct CloseSignal {
    code: AtomicU16,
    signal: tokio::sync::Notify,
    resync: AtomicBool,
    resync_signal: tokio::sync::Notify,
}

impl CloseSignal {
    /// Asks the connection to read its queue again.
    pub fn resync(&self) {
        self.resync.store(true, Ordering::SeqCst);
        self.resync_signal.notify_one();
    }

    /// Waits until the connection is asked to read its queue again.
    pub async fn resync_wanted(&self) {
        loop {
            if self.resync.swap(false, Ordering::SeqCst) {
                return;
            }
            self.resync_signal.notified().await;
        }
    }

    fn close(&self, code: u16) {
        self.code.store(code, Ordering::SeqCst);
        self.signal.notify_one();
    }

    /// The close code, if the connection has been told to close.
    pub fn code(&self) -> Option<u16> {
        Some(self.code.load(Ordering::SeqCst)).filter(|c| *c != 0)
    }

    /// Waits until the connection is told to close; the close code.
    pub async fn wait(&self) -> u16 {
        self.signal.notified().await;
        self.code.load(Ordering::SeqCst)
    }
}

/// A close code: the client did not read what it was sent fast enough (its queue stays in
/// the database; it may connect again).
pub const CLOSE_TOO_SLOW: u16 = 1013;

#[derive(Debug)]
struct Connection {
    id: u64,
    /// Which connection of the device this is, across nodes (0: not known).
    generation: u64,
    account: AccountId,
    tx: mpsc::Sender<Outbound>,
    close: Arc<CloseSignal>,
}

#[derive(Debug, Default)]
struct Registry {
    next_id: u64,
    devices: HashMap<DeviceId, Connection>,
    /// The connected devices of each account.
    accounts: HashMap<AccountId, Vec<DeviceId>>,
}

impl Registry {
    fn remove(&mut self, device: DeviceId) -> Option<Connection> {
        let c = self.devices.remove(&device)?;
        if let Some(list) = self.accounts.get_mut(&c.account) {
            list.retain(|d| *d != device);
            if list.is_empty() {
                self.accounts.remove(&c.account);
            }
        }
        Some(c)
    }

    /// Queues `out` for a device's connection. A connection whose queue is full is not
    /// reading: it is closed (what is stored waits in the database for its next
    /// connection) and what was not stored is dropped. Whether the device got it.
    fn push(&mut self, device: DeviceId, out: Outbound) -> bool {
        let Some(c) = self.devices.get(&device) else {
            return false;
        };
        match c.tx.try_send(out) {
            Ok(()) => true,
            Err(mpsc::error::TrySendError::Full(_)) => {
                if let Some(c) = self.remove(device) {
                    c.close.close(CLOSE_TOO_SLOW);
                }
                false
            }
            Err(mpsc::error::TrySendError::Closed(_)) => false,
        }
    }
}

/// The devices connected to this node, and a way to reach each. Each connection's queue
/// holds at most `capacity` items: memory stays bounded whatever a client does. At most
/// `max_sockets` devices are connected at once.
#[derive(Debug, Clone)]
pub struct Sockets {
    inner: Arc<Mutex<Registry>>,
    capacity: usize,
    max_sockets: usize,
}

impl Sockets {
    pub fn new(capacity: usize) -> Sockets {
        Sockets {
            inner: Arc::default(),
            capacity: capacity.max(1),
            max_sockets: usize::MAX,
        }
    }

    /// At most `max` devices connected at once (a device replacing its socket is not one
    /// more).
    pub fn max_sockets(mut self, max: usize) -> Sockets {
        self.max_sockets = max;
        self
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Registry> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Registers a new connection for the caller's device, closing the one it had; `None`
    /// when the node holds as many devices as it may.
    pub fn register(
        &self,
        caller: &Caller,
    ) -> Option<(u64, mpsc::Receiver<Outbound>, Arc<CloseSignal>)> {
        self.register_as(caller, 0)
    }

    /// [`Sockets::register`], as the device's `generation`th connection across nodes.
    pub fn register_as(
        &self,
        caller: &Caller,
        generation: u64,
    ) -> Option<(u64, mpsc::Receiver<Outbound>, Arc<CloseSignal>)> {
        let mut r = self.lock();
        if r.devices.len() >= self.max_sockets && !r.devices.contains_key(&caller.device_id) {
            return None;
        }
        let (tx, rx) = mpsc::channel(self.capacity);
        let close = Arc::new(CloseSignal::default());
        r.next_id += 1;
        let id = r.next_id;
        if let Some(old) = r.remove(caller.device_id) {
            old.close.close(CLOSE_CONNECTED_ELSEWHERE);
        }
        r.devices.insert(
            caller.device_id,
            Connection {
                id,
                generation,
                account: caller.account_id,
                tx,
                close: close.clone(),
            },
        );
        r.accounts
            .entry(caller.account_id)
            .or_default()
            .push(caller.device_id);
        Some((id, rx, close))
    }

    /// Forgets a connection that ended (unless a newer one replaced it); whether it did.
    pub fn unregister(&self, device: DeviceId, id: u64) -> bool {
        let mut r = self.lock();
        if r.devices.get(&device).is_some_and(|c| c.id == id) {
            r.remove(device);
            return true;
        }
        false
    }

    /// Every device connected here, with its connection's generation.
    pub fn present(&self) -> Vec<(DeviceId, u64)> {
        self.lock()
            .devices
            .iter()
            .map(|(d, c)| (*d, c.generation))
            .collect()
    }

    /// How many devices are connected to this node.
    pub fn connected(&self) -> usize {
        self.lock().devices.len()
    }

    /// Whether `device` has a socket on this node.
    pub fn is_connected(&self, device: DeviceId) -> bool {
        self.lock().devices.contains_key(&device)
    }

    /// Asks `device`'s socket, if here, to read its queue again.
    pub fn resync(&self, device: DeviceId) {
        if let Some(c) = self.lock().devices.get(&device) {
            c.close.resync();
        }
    }

    /// Asks every socket of this node to read its queue again.
    pub fn resync_all(&self) {
        for c in self.lock().devices.values() {
            c.close.resync();
        }
    }

    /// The device connected on another node as its `generation`th connection: its socket
    /// here closes (4409) if it is an older one (a newer one stays: the notice of the older
    /// connection arrived late). Whether one closed.
    pub fn close_elsewhere(&self, device: DeviceId, generation: u64) -> bool {
        let mut r = self.lock();
        if r.devices
            .get(&device)
            .is_none_or(|c| c.generation >= generation)
        {
            return false;
        }
        match r.remove(device) {
            Some(c) => {
                c.close.close(CLOSE_CONNECTED_ELSEWHERE);
                true
            }
            None => false,
        }
    }

    /// Queues a frame (JSON text) for every connected device of `account`.
    pub fn push_frame(&self, account: AccountId, text: String) {
        let mut r = self.lock();
        let devices = r.accounts.get(&account).cloned().unwrap_or_default();
        for device in devices {
            r.push(device, Outbound::Frame(text.clone()));
        }
    }
}

impl Notify for Sockets {
    fn send(&self, notice: Notice) {
        match notice {
            Notice::Account { account, frame } => {
                if let Ok(text) = serde_json::to_string(&frame) {
                    self.push_frame(account, text);
                }
            }
            Notice::Revoked { device } => {
                if let Some(c) = self.lock().remove(device) {
                    c.close.close(CLOSE_REVOKED);
                }
            }
            Notice::Queued {
                device,
                seq,
                envelope,
            } => self.deliver(device, seq, *envelope),
        }
    }

    fn deliver(&self, device: DeviceId, seq: i64, envelope: Envelope) {
        self.lock()
            .push(device, Outbound::Deliver(seq, Box::new(envelope)));
    }

    fn push_unstored(&self, device: DeviceId, envelope: Envelope) -> bool {
        self.lock()
            .push(device, Outbound::Unstored(Box::new(envelope)))
    }
}

#[cfg(test)]
mod tests {
    use kinbridge_protocol::AccountRole;

    use super::*;

    fn caller(account: AccountId) -> Caller {
        Caller {
            account_id: account,
            device_id: DeviceId::random(),
            device_number: 1,
            role: AccountRole::Child,
        }
    }

    #[test]
    fn account_notices_reach_every_connected_device_and_revocation_closes_one() {
        let sockets = Sockets::new(8);
        let account = AccountId::random();
        let (a, b) = (caller(account), caller(account));
        let (_, mut rx_a, close_a) = sockets.register(&a).unwrap();
        let (_, mut rx_b, _) = sockets.register(&b).unwrap();
        let (_, mut rx_other, _) = sockets.register(&caller(AccountId::random())).unwrap();
        sockets.send(Notice::Account {
            account,
            frame: ServerFrame::QueueEmpty,
        });
        assert!(matches!(rx_a.try_recv(), Ok(Outbound::Frame(_))));
        assert!(matches!(rx_b.try_recv(), Ok(Outbound::Frame(_))));
        assert!(rx_other.try_recv().is_err());
        sockets.send(Notice::Revoked {
            device: a.device_id,
        });
        assert_eq!(
            futures_util::FutureExt::now_or_never(close_a.wait()),
            Some(CLOSE_REVOKED)
        );
        assert_eq!(sockets.connected(), 2);
        sockets.send(Notice::Account {
            account,
            frame: ServerFrame::QueueEmpty,
        });
        assert!(rx_a.try_recv().is_err());
        assert!(matches!(rx_b.try_recv(), Ok(Outbound::Frame(_))));
    }

    #[test]
    fn a_second_connection_closes_the_first() {
        let sockets = Sockets::new(8);
        let a = caller(AccountId::random());
        let (first, _rx1, close1) = sockets.register(&a).unwrap();
        let (_, _rx2, _) = sockets.register(&a).unwrap();
        assert_eq!(
            futures_util::FutureExt::now_or_never(close1.wait()),
            Some(CLOSE_CONNECTED_ELSEWHERE)
        );
        // The first connection ending does not unregister the second.
        sockets.unregister(a.device_id, first);
        assert_eq!(sockets.connected(), 1);
    }

    #[test]
    fn another_nodes_notice_closes_only_an_older_connection() {
        let sockets = Sockets::new(8);
        let a = caller(AccountId::random());
        let (_, _rx, close) = sockets.register_as(&a, 5).unwrap();
        // The notice of connection 4, elsewhere, arrives after connection 5 came here.
        assert!(!sockets.close_elsewhere(a.device_id, 4));
        assert!(!sockets.close_elsewhere(a.device_id, 5));
        assert_eq!(close.code(), None);
        assert!(sockets.close_elsewhere(a.device_id, 6));
        assert_eq!(close.code(), Some(CLOSE_CONNECTED_ELSEWHERE));
        assert_eq!(sockets.connected(), 0);
    }

    #[test]
    fn a_full_registry_refuses_a_new_device_but_not_a_replacement() {
        let sockets = Sockets::new(8).max_sockets(1);
        let (a, b) = (caller(AccountId::random()), caller(AccountId::random()));
        let (first, _rx, close) = sockets.register(&a).unwrap();
        assert!(sockets.register(&b).is_none(), "one device more");
        assert!(!sockets.is_connected(b.device_id));
        assert!(sockets.register(&a).is_some(), "a replaces its own socket");
        assert_eq!(close.code(), Some(CLOSE_CONNECTED_ELSEWHERE));
        assert!(
            !sockets.unregister(a.device_id, first),
            "the newer one stays"
        );
        assert_eq!(sockets.connected(), 1);
    }

    #[test]
    fn a_connection_that_does_not_read_is_closed_and_its_queue_bounded() {
        let sockets = Sockets::new(2);
        let a = caller(AccountId::random());
        let (_, mut rx, close) = sockets.register(&a).unwrap();
        let envelope = |n: i64| Envelope {
            guid: n.to_string(),
            kind: kinbridge_protocol::EnvelopeKind::Ciphertext,
            source_account: None,
            source_device: None,
            server_ts: chrono::Utc::now(),
            content: kinbridge_protocol::B64(vec![0; 8]),
        };
        sockets.deliver(a.device_id, 1, envelope(1));
        sockets.deliver(a.device_id, 2, envelope(2));
        assert!(!sockets.push_unstored(a.device_id, envelope(3)), "dropped");
        assert_eq!(
            futures_util::FutureExt::now_or_never(close.wait()),
            Some(CLOSE_TOO_SLOW)
        );
        assert_eq!(sockets.connected(), 0);
        let mut queued = 0;
        while rx.try_recv().is_ok() {
            queued += 1;
        }
        assert_eq!(queued, 2, "never more than the capacity");
    }
}
