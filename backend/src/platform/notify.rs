//! Telling people's apps, after a change has committed.
//!
//! Capabilities never push to sockets themselves. They build [`Notice`]s inside the
//! transaction of the change ([`crate::platform::db::Tx::notify`]); once it commits, the
//! notices go through the [`Notify`] trait. The message writer hands committed envelopes
//! to [`Notify::deliver`] the same way, in queue order.
//!
//! [`Sockets`] is the in-process implementation: the WebSockets connected to this node. It
//! reaches only this node's devices; a multi-node deployment puts another implementation
//! (cross-node wake-ups) in front of it without any capability changing.

use std::collections::HashMap;
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
}

/// What a connection is asked to send.
#[derive(Debug)]
pub enum Outbound {
    Frame(String),
    /// A newly committed envelope at queue position `seq`.
    Deliver(i64, Box<Envelope>),
    /// An envelope that is not stored (its acknowledgement needs no database work).
    Unstored(Box<Envelope>),
    Close(u16, &'static str),
}

#[derive(Debug)]
struct Connection {
    id: u64,
    account: AccountId,
    tx: mpsc::UnboundedSender<Outbound>,
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
}

/// The devices connected to this node, and a way to reach each.
#[derive(Debug, Clone, Default)]
pub struct Sockets {
    inner: Arc<Mutex<Registry>>,
}

impl Sockets {
    fn lock(&self) -> std::sync::MutexGuard<'_, Registry> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Registers a new connection for the caller's device, closing the one it had.
    pub fn register(&self, caller: &Caller) -> (u64, mpsc::UnboundedReceiver<Outbound>) {
        let (tx, rx) = mpsc::unbounded_channel();
        let mut r = self.lock();
        r.next_id += 1;
        let id = r.next_id;
        if let Some(old) = r.remove(caller.device_id) {
            let _ = old.tx.send(Outbound::Close(
                CLOSE_CONNECTED_ELSEWHERE,
                "connected elsewhere",
            ));
        }
        r.devices.insert(
            caller.device_id,
            Connection {
                id,
                account: caller.account_id,
                tx,
            },
        );
        r.accounts
            .entry(caller.account_id)
            .or_default()
            .push(caller.device_id);
        (id, rx)
    }

    /// Forgets a connection that ended (unless a newer one replaced it).
    pub fn unregister(&self, device: DeviceId, id: u64) {
        let mut r = self.lock();
        if r.devices.get(&device).is_some_and(|c| c.id == id) {
            r.remove(device);
        }
    }

    /// How many devices are connected to this node.
    pub fn connected(&self) -> usize {
        self.lock().devices.len()
    }

    fn to_device(&self, device: DeviceId, out: Outbound) -> bool {
        self.lock()
            .devices
            .get(&device)
            .is_some_and(|c| c.tx.send(out).is_ok())
    }
}

impl Notify for Sockets {
    fn send(&self, notice: Notice) {
        match notice {
            Notice::Account { account, frame } => {
                let Ok(text) = serde_json::to_string(&frame) else {
                    return;
                };
                let r = self.lock();
                for device in r.accounts.get(&account).into_iter().flatten() {
                    if let Some(c) = r.devices.get(device) {
                        let _ = c.tx.send(Outbound::Frame(text.clone()));
                    }
                }
            }
            Notice::Revoked { device } => {
                if let Some(c) = self.lock().remove(device) {
                    let _ = c.tx.send(Outbound::Close(CLOSE_REVOKED, "device revoked"));
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
        self.to_device(device, Outbound::Deliver(seq, Box::new(envelope)));
    }

    fn push_unstored(&self, device: DeviceId, envelope: Envelope) -> bool {
        self.to_device(device, Outbound::Unstored(Box::new(envelope)))
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
        let sockets = Sockets::default();
        let account = AccountId::random();
        let (a, b) = (caller(account), caller(account));
        let (_, mut rx_a) = sockets.register(&a);
        let (_, mut rx_b) = sockets.register(&b);
        let (_, mut rx_other) = sockets.register(&caller(AccountId::random()));
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
        assert!(matches!(
            rx_a.try_recv(),
            Ok(Outbound::Close(CLOSE_REVOKED, _))
        ));
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
        let sockets = Sockets::default();
        let a = caller(AccountId::random());
        let (first, mut rx1) = sockets.register(&a);
        let (_, _rx2) = sockets.register(&a);
        assert!(matches!(
            rx1.try_recv(),
            Ok(Outbound::Close(CLOSE_CONNECTED_ELSEWHERE, _))
        ));
        // The first connection ending does not unregister the second.
        sockets.unregister(a.device_id, first);
        assert_eq!(sockets.connected(), 1);
    }
}
