//! Several nodes on one PostgreSQL database: wake-ups, revocations and cache invalidations
//! between them over Redis pub/sub, and the connection the shared rate limits use.
//!
//! The database stays the truth. What crosses Redis is only a hint that something
//! committed: an envelope for a device whose socket is on another node, a notice for an
//! account, a revoked device, a cache entry gone stale. A hint that is lost (Redis
//! restarted, a node killed between its commit and its publish) costs time, never data:
//!
//! - every (re)connection to Redis, and every node's start, makes each node re-read the
//!   queue of every socket it holds ([`Sockets::resync_all`]) and forget its caches;
//! - while Redis cannot be reached, each node re-reads its sockets' queues every
//!   [`POLL_WHILE_DOWN`] and its caches keep an entry at most [`super::cache::DEGRADED_TTL`];
//!   `/v1/ready` says `redis: unreachable`.
//!
//! One channel, `<redis_prefix>:bus`, carries what every node must hear (connections,
//! revocations, account notices, cache changes); each node skips its own. Each node also
//! listens on a channel of its own, `<redis_prefix>:node:<id>`: every node knows which
//! node holds each device's socket (from the connection notices, and from a roll call
//! when a node starts), so an envelope or a live receipt for a device on another node goes
//! to that node alone; an envelope for a device that no node is known to hold goes to
//! every node (it may have just connected to one). An
//! envelope for a device connected here is pushed here and never published. A routed
//! envelope that finds its device gone (it moved) is passed to every node. A device
//! connecting here tells the others, which close its older socket (4409) and wake this
//! one, so a message pushed to the old socket is read again here.
//! Connections are numbered per device in Redis, so a late notice of an older connection
//! never closes a newer one.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use futures_util::StreamExt;
use kinbridge_protocol::api::Envelope;
use kinbridge_protocol::{AccountId, DeviceId};
use serde::{Deserialize, Serialize};
use tokio::sync::mpsc;

use crate::platform::cache::{Caches, Change};
use crate::platform::notify::{Notice, Notify, Sockets};

/// How often a node re-reads its sockets' queues while Redis is unreachable.
pub const POLL_WHILE_DOWN: Duration = Duration::from_secs(2);
/// How long a Redis round trip may take before the connection counts as lost.
const REDIS_TIMEOUT: Duration = Duration::from_secs(2);
/// How often the subscription is checked with a ping.
const PING_EVERY: Duration = Duration::from_secs(5);
/// Messages waiting to be published; past this, hints are dropped (and counted).
const OUTGOING_MAX: usize = 65_536;
/// Messages published in one pipeline.
const PUBLISH_BATCH: usize = 512;

/// What one node tells the others.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "t", rename_all = "snake_case")]
enum Body {
    /// An envelope committed for a device whose socket is not on the sending node.
    Deliver {
        device: DeviceId,
        seq: i64,
        envelope: Box<Envelope>,
    },
    /// A frame (its JSON text) for every connected device of an account.
    Account { account: AccountId, frame: String },
    /// A device was revoked: close its socket.
    Revoked { device: DeviceId },
    /// A device connected to the sending node as its `generation`th connection: close an
    /// older socket of it here, if any.
    Connected { device: DeviceId, generation: u64 },
    /// Re-read this device's queue (an older socket of it was just closed elsewhere).
    Wake { device: DeviceId },
    /// A committed write made cached facts stale.
    Change { change: Change },
    /// A node (re)joined: re-read every queue (its last hints may have been lost), and
    /// say which devices are connected here.
    Started,
    /// A device's socket on the sending node ended.
    Disconnected { device: DeviceId, generation: u64 },
    /// Devices connected to the sending node (an answer to `Started`).
    Present { devices: Vec<(DeviceId, u64)> },
    /// An unstored envelope (a live receipt) for a device on the receiving node.
    Unstored {
        device: DeviceId,
        envelope: Box<Envelope>,
    },
}

/// Devices per `Present` message.
const PRESENT_CHUNK: usize = 1000;

/// A message waiting to be published: its channel and its bytes.
type Outgoing = (String, Vec<u8>);

/// Joins the messages of one pipeline that go to the same node's channel into one
/// published message (a JSON array of them), so that a node receiving many envelopes at
/// once wakes once for them, not once each. Order is kept where it can matter: within a
/// channel, and around every message to all nodes (none moves across one).
fn coalesce(batch: Vec<Outgoing>, broadcast: &str) -> Vec<Outgoing> {
    let mut groups: Vec<(String, Vec<Vec<u8>>)> = Vec::new();
    // Groups from here on may take more messages (none is behind a broadcast).
    let mut open_from = 0;
    for (channel, bytes) in batch {
        if channel == broadcast {
            match groups.last_mut() {
                Some((last, parts)) if *last == channel => parts.push(bytes),
                _ => groups.push((channel, vec![bytes])),
            }
            open_from = groups.len();
            continue;
        }
        match groups[open_from..].iter_mut().find(|(c, _)| *c == channel) {
            Some((_, parts)) => parts.push(bytes),
            None => groups.push((channel, vec![bytes])),
        }
    }
    groups
        .into_iter()
        .map(|(channel, mut parts)| {
            if parts.len() == 1 {
                return (channel, parts.pop().unwrap_or_default());
            }
            let mut joined =
                Vec::with_capacity(parts.iter().map(|p| p.len() + 1).sum::<usize>() + 1);
            joined.push(b'[');
            for (i, part) in parts.iter().enumerate() {
                if i > 0 {
                    joined.push(b',');
                }
                // A joined message passed on again (its node was gone) joins flat.
                match part.strip_prefix(b"[").and_then(|p| p.strip_suffix(b"]")) {
                    Some(inner) => joined.extend_from_slice(inner),
                    None => joined.extend_from_slice(part),
                }
            }
            joined.push(b']');
            (channel, joined)
        })
        .collect()
}

/// The messages in one published payload: one, or a JSON array of them ([`coalesce`]).
fn read_wires(payload: &[u8]) -> serde_json::Result<Vec<Wire>> {
    match payload.first() {
        Some(b'[') => serde_json::from_slice(payload),
        _ => serde_json::from_slice::<Wire>(payload).map(|w| vec![w]),
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct Wire {
    node: String,
    #[serde(flatten)]
    body: Body,
}

/// What went through the bus since the node started (said in the log when Redis is lost).
#[derive(Debug, Default)]
struct BusCounters {
    published: AtomicU64,
    received: AtomicU64,
    /// Hints not published: Redis down, or too many waiting.
    dropped: AtomicU64,
}

#[derive(Debug)]
struct Inner {
    client: redis::Client,
    prefix: String,
    channel: String,
    node: String,
    /// This node's own channel.
    own_channel: String,
    outgoing: mpsc::Sender<Outgoing>,
    outgoing_rx: parking_lot::Mutex<Option<mpsc::Receiver<Outgoing>>>,
    /// Which node holds each device's socket, and that connection's generation.
    presence: parking_lot::Mutex<std::collections::HashMap<DeviceId, (String, u64)>>,
    connected: AtomicBool,
    /// A connection for commands (rate limits), while Redis answers.
    commands: parking_lot::Mutex<Option<redis::aio::MultiplexedConnection>>,
    counters: BusCounters,
}

/// The node's link to the others (cheap to clone).
#[derive(Debug, Clone)]
pub struct Bus {
    inner: Arc<Inner>,
}

impl Bus {
    /// A bus on `url` (checked, not yet connected: [`Bus::run`] connects and reconnects).
    pub fn new(url: &str, prefix: &str) -> Result<Bus, redis::RedisError> {
        let client = redis::Client::open(url)?;
        let (tx, rx) = mpsc::channel(OUTGOING_MAX);
        let node = uuid::Uuid::new_v4().simple().to_string();
        Ok(Bus {
            inner: Arc::new(Inner {
                client,
                prefix: prefix.to_owned(),
                channel: format!("{prefix}:bus"),
                own_channel: format!("{prefix}:node:{node}"),
                presence: parking_lot::Mutex::default(),
                node,
                outgoing: tx,
                outgoing_rx: parking_lot::Mutex::new(Some(rx)),
                connected: AtomicBool::new(false),
                commands: parking_lot::Mutex::new(None),
                counters: BusCounters::default(),
            }),
        })
    }

    /// Whether Redis answers now.
    pub fn connected(&self) -> bool {
        self.inner.connected.load(Ordering::SeqCst)
    }

    /// The prefix of every key and channel of this deployment.
    pub fn prefix(&self) -> &str {
        &self.inner.prefix
    }

    /// A connection for commands, if Redis answers now.
    pub fn commands(&self) -> Option<redis::aio::MultiplexedConnection> {
        if !self.connected() {
            return None;
        }
        self.inner.commands.lock().clone()
    }

    fn publish(&self, body: Body) {
        self.publish_to(self.inner.channel.clone(), body);
    }

    /// Publishes to one node's own channel.
    fn publish_to_node(&self, node: &str, body: Body) {
        self.publish_to(format!("{}:node:{node}", self.inner.prefix), body);
    }

    fn publish_to(&self, channel: String, body: Body) {
        if !self.connected() {
            return;
        }
        let wire = Wire {
            node: self.inner.node.clone(),
            body,
        };
        let Ok(bytes) = serde_json::to_vec(&wire) else {
            return;
        };
        if self.inner.outgoing.try_send((channel, bytes)).is_err() {
            self.inner.counters.dropped.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// The node holding `device`'s socket, if another node does.
    fn node_of(&self, device: DeviceId) -> Option<String> {
        self.inner
            .presence
            .lock()
            .get(&device)
            .map(|(node, _)| node.clone())
    }

    fn seen(&self, device: DeviceId, node: String, generation: u64) {
        let mut presence = self.inner.presence.lock();
        match presence.get(&device) {
            Some((_, g)) if *g > generation => {}
            _ => {
                presence.insert(device, (node, generation));
            }
        }
    }

    fn announce_present(&self, sockets: &Sockets) {
        for chunk in sockets.present().chunks(PRESENT_CHUNK) {
            self.publish(Body::Present {
                devices: chunk.to_vec(),
            });
        }
    }

    /// Numbers a new connection of `device` across nodes (1, 2, …), so that a node closes
    /// only the device's older sockets when it hears of a newer one, whatever order the
    /// notices arrive in. `None` when Redis does not answer.
    pub async fn claim(&self, device: DeviceId) -> Option<u64> {
        let mut conn = self.commands()?;
        let key = format!("{}:connection:{device}", self.inner.prefix);
        let (generation,): (u64,) = redis::pipe()
            .cmd("INCR")
            .arg(&key)
            .cmd("EXPIRE")
            .arg(&key)
            .arg(7 * 24 * 3600)
            .ignore()
            .query_async(&mut conn)
            .await
            .map_err(|e| tracing::warn!(error = %e, "numbering a connection failed"))
            .ok()?;
        Some(generation)
    }

    /// Tells the other nodes that a committed write made `change` stale.
    pub fn invalidate(&self, change: &Change) {
        self.publish(Body::Change {
            change: change.clone(),
        });
    }

    /// Connects, subscribes and relays, for ever: reconnects after a loss, and while Redis
    /// is down keeps the node correct by polling (see the module documentation).
    pub async fn run(self, sockets: Sockets, caches: Arc<Caches>) {
        let Some(mut outgoing) = self.inner.outgoing_rx.lock().take() else {
            return;
        };
        let mut warned = false;
        loop {
            match self.connect().await {
                Ok((sink, stream, commands)) => {
                    *self.inner.commands.lock() = Some(commands.clone());
                    self.inner.connected.store(true, Ordering::SeqCst);
                    caches.set_degraded(false);
                    caches.forget_everything();
                    sockets.resync_all();
                    tracing::info!(channel = %self.inner.channel, "redis connected: wake-ups reach the other nodes");
                    warned = false;
                    // Who is where is learnt afresh: the others answer with their devices.
                    self.inner.presence.lock().clear();
                    self.publish(Body::Started);
                    self.announce_present(&sockets);
                    let why = self
                        .relay(sink, stream, commands, &mut outgoing, &sockets, &caches)
                        .await;
                    self.inner.connected.store(false, Ordering::SeqCst);
                    *self.inner.commands.lock() = None;
                    caches.set_degraded(true);
                    let c = &self.inner.counters;
                    tracing::warn!(
                        reason = %why,
                        bus.published = c.published.load(Ordering::Relaxed),
                        bus.received = c.received.load(Ordering::Relaxed),
                        bus.dropped = c.dropped.load(Ordering::Relaxed),
                        "redis lost: caches kept briefly, queues polled every 2 s until it is back"
                    );
                }
                Err(e) => {
                    caches.set_degraded(true);
                    if !warned {
                        tracing::warn!(error = %e, "redis unreachable: caches kept briefly, queues polled every 2 s until it answers");
                        warned = true;
                    }
                }
            }
            // Down: what was waiting to be published is dropped (hints only), sockets
            // re-read their queues, and Redis is tried again.
            while outgoing.try_recv().is_ok() {
                self.inner.counters.dropped.fetch_add(1, Ordering::Relaxed);
            }
            tokio::time::sleep(POLL_WHILE_DOWN).await;
            sockets.resync_all();
        }
    }

    async fn connect(
        &self,
    ) -> redis::RedisResult<(
        redis::aio::PubSubSink,
        redis::aio::PubSubStream,
        redis::aio::MultiplexedConnection,
    )> {
        let timed = |e: tokio::time::error::Elapsed| {
            redis::RedisError::from(std::io::Error::new(std::io::ErrorKind::TimedOut, e))
        };
        let config = redis::AsyncConnectionConfig::new()
            .set_connection_timeout(Some(REDIS_TIMEOUT))
            .set_response_timeout(Some(REDIS_TIMEOUT));
        let commands = self
            .inner
            .client
            .get_multiplexed_async_connection_with_config(&config)
            .await?;
        let mut pubsub = tokio::time::timeout(REDIS_TIMEOUT, self.inner.client.get_async_pubsub())
            .await
            .map_err(timed)??;
        tokio::time::timeout(
            REDIS_TIMEOUT,
            pubsub.subscribe(&[&self.inner.channel, &self.inner.own_channel]),
        )
        .await
        .map_err(timed)??;
        let (sink, stream) = pubsub.split();
        Ok((sink, stream, commands))
    }

    /// Relays until the connection is lost; why it was.
    async fn relay(
        &self,
        mut sink: redis::aio::PubSubSink,
        mut stream: redis::aio::PubSubStream,
        mut commands: redis::aio::MultiplexedConnection,
        outgoing: &mut mpsc::Receiver<Outgoing>,
        sockets: &Sockets,
        caches: &Caches,
    ) -> String {
        let mut ping = tokio::time::interval(PING_EVERY);
        ping.tick().await;
        loop {
            tokio::select! {
                msg = stream.next() => {
                    let Some(msg) = msg else {
                        return "the subscription ended".to_owned();
                    };
                    self.inner.counters.received.fetch_add(1, Ordering::Relaxed);
                    let routed = msg.get_channel_name() == self.inner.own_channel;
                    match read_wires(msg.get_payload_bytes()) {
                        Ok(wires) => {
                            for wire in wires {
                                if wire.node != self.inner.node {
                                    self.apply(wire.node, wire.body, routed, sockets, caches);
                                }
                            }
                        }
                        Err(e) => tracing::warn!(error = %e, "a bus message this node cannot read"),
                    }
                }
                first = outgoing.recv() => {
                    let Some(first) = first else {
                        return "the node is stopping".to_owned();
                    };
                    let mut batch = vec![first];
                    while batch.len() < PUBLISH_BATCH {
                        let Ok(more) = outgoing.try_recv() else { break };
                        batch.push(more);
                    }
                    let batch = coalesce(batch, &self.inner.channel);
                    let mut pipe = redis::pipe();
                    for (channel, bytes) in &batch {
                        pipe.cmd("PUBLISH").arg(channel).arg(bytes);
                    }
                    let n = batch.len() as u64;
                    let heard: Vec<i64> = match pipe.query_async(&mut commands).await {
                        Ok(heard) => heard,
                        Err(e) => {
                            self.inner.counters.dropped.fetch_add(n, Ordering::Relaxed);
                            return format!("publishing failed: {e}");
                        }
                    };
                    self.inner.counters.published.fetch_add(n, Ordering::Relaxed);
                    // A node's own channel nobody listens on: that node is gone (its
                    // devices are reconnecting somewhere); every node hears it instead.
                    for ((channel, bytes), heard) in batch.into_iter().zip(heard) {
                        if heard == 0 && channel != self.inner.channel {
                            let _ = self.inner.outgoing.try_send((self.inner.channel.clone(), bytes));
                        }
                    }
                }
                _ = ping.tick() => {
                    // A subscribed connection answers a ping with ["pong", ""].
                    match tokio::time::timeout(REDIS_TIMEOUT, sink.ping::<redis::Value>()).await {
                        Ok(Ok(_)) => {}
                        Ok(Err(e)) => return format!("ping failed: {e}"),
                        Err(_) => return "ping timed out".to_owned(),
                    }
                }
            }
        }
    }

    /// Applies another node's message to this node's sockets and caches.
    /// `routed`: it came on this node's own channel.
    fn apply(&self, from: String, body: Body, routed: bool, sockets: &Sockets, caches: &Caches) {
        match body {
            Body::Deliver {
                device,
                seq,
                envelope,
            } => {
                if sockets.is_connected(device) {
                    sockets.deliver(device, seq, *envelope);
                } else if routed {
                    // Routed here, but the device moved: every node hears it.
                    self.publish(Body::Deliver {
                        device,
                        seq,
                        envelope,
                    });
                }
            }
            Body::Unstored { device, envelope } => {
                if sockets.is_connected(device) {
                    sockets.push_unstored(device, *envelope);
                } else if routed {
                    self.publish(Body::Unstored { device, envelope });
                }
            }
            Body::Account { account, frame } => sockets.push_frame(account, frame),
            Body::Revoked { device } => sockets.send(Notice::Revoked { device }),
            Body::Connected { device, generation } => {
                self.seen(device, from, generation);
                if sockets.close_elsewhere(device, generation) {
                    self.publish(Body::Wake { device });
                }
            }
            Body::Disconnected { device, generation } => {
                let mut presence = self.inner.presence.lock();
                if presence
                    .get(&device)
                    .is_some_and(|(node, g)| *node == from && *g == generation)
                {
                    presence.remove(&device);
                }
            }
            Body::Present { devices } => {
                for (device, generation) in devices {
                    self.seen(device, from.clone(), generation);
                }
            }
            Body::Wake { device } => sockets.resync(device),
            Body::Change { change } => caches.apply(&change),
            Body::Started => {
                // Its sockets are gone: what pointed there no longer holds.
                self.inner
                    .presence
                    .lock()
                    .retain(|_, (node, _)| *node != from);
                sockets.resync_all();
                self.announce_present(sockets);
            }
        }
    }
}

/// The notifier of a node among several: this node's sockets first, then the others'
/// through the bus.
#[derive(Debug)]
pub struct ClusterNotify {
    pub local: Sockets,
    pub bus: Bus,
}

impl Notify for ClusterNotify {
    fn send(&self, notice: Notice) {
        match notice {
            Notice::Account { account, frame } => {
                let Ok(text) = serde_json::to_string(&frame) else {
                    return;
                };
                self.local.push_frame(account, text.clone());
                self.bus.publish(Body::Account {
                    account,
                    frame: text,
                });
            }
            Notice::Revoked { device } => {
                self.local.send(Notice::Revoked { device });
                self.bus.publish(Body::Revoked { device });
            }
            Notice::Queued {
                device,
                seq,
                envelope,
            } => self.deliver(device, seq, *envelope),
        }
    }

    /// Pushed here if the device is connected here; else sent to the node that holds its
    /// socket; else to every node. A device no node is known to hold may have just
    /// connected somewhere: its socket may have read its queue before this commit, and the
    /// notice of the connection may not have reached this node yet. Told nothing, it would
    /// wait for this envelope until its next re-read.
    fn deliver(&self, device: DeviceId, seq: i64, envelope: Envelope) {
        if self.local.is_connected(device) {
            self.local.deliver(device, seq, envelope);
            return;
        }
        let body = Body::Deliver {
            device,
            seq,
            envelope: Box::new(envelope),
        };
        match self.bus.node_of(device) {
            Some(node) => self.bus.publish_to_node(&node, body),
            None => self.bus.publish(body),
        }
    }

    /// Unstored envelopes (live receipts, ephemeral messages) go to the device's socket
    /// here or on the node that holds it; `false` (the caller stores a receipt) when no
    /// node does.
    fn push_unstored(&self, device: DeviceId, envelope: Envelope) -> bool {
        if self.local.is_connected(device) {
            return self.local.push_unstored(device, envelope);
        }
        match self.bus.node_of(device) {
            Some(node) if self.bus.connected() => {
                self.bus.publish_to_node(
                    &node,
                    Body::Unstored {
                        device,
                        envelope: Box::new(envelope),
                    },
                );
                true
            }
            _ => false,
        }
    }

    fn connected(&self, device: DeviceId, generation: u64) {
        if generation > 0 {
            self.bus.publish(Body::Connected { device, generation });
        }
    }

    fn disconnected(&self, device: DeviceId, generation: u64) {
        if generation > 0 {
            self.bus.publish(Body::Disconnected { device, generation });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wire(n: u64) -> Vec<u8> {
        serde_json::to_vec(&Wire {
            node: "a".into(),
            body: Body::Wake {
                device: DeviceId::parse(&uuid::Uuid::from_u128(u128::from(n)).to_string()).unwrap(),
            },
        })
        .unwrap()
    }

    fn devices(payload: &[u8]) -> Vec<u128> {
        read_wires(payload)
            .unwrap()
            .into_iter()
            .map(|w| match w.body {
                Body::Wake { device } => device.as_uuid().as_u128(),
                other => panic!("{other:?}"),
            })
            .collect()
    }

    #[test]
    fn a_pipeline_publishes_once_per_node_and_nothing_crosses_a_broadcast() {
        let out = coalesce(
            vec![
                ("b".into(), wire(1)),
                ("c".into(), wire(2)),
                ("b".into(), wire(3)),
                ("all".into(), wire(4)),
                ("all".into(), wire(5)),
                ("b".into(), wire(6)),
                ("c".into(), wire(7)),
                ("c".into(), wire(8)),
            ],
            "all",
        );
        let seen: Vec<(&str, Vec<u128>)> =
            out.iter().map(|(c, p)| (c.as_str(), devices(p))).collect();
        assert_eq!(
            seen,
            vec![
                ("b", vec![1, 3]),
                ("c", vec![2]),
                ("all", vec![4, 5]),
                ("b", vec![6]),
                ("c", vec![7, 8]),
            ]
        );
        // A single message is published as it was (nodes of the previous release read it).
        assert_eq!(out[1].1, wire(2));
        // A joined message passed on to every node (its node was gone) joins others flat.
        let again = coalesce(
            vec![("all".into(), out[0].1.clone()), ("all".into(), wire(9))],
            "all",
        );
        assert_eq!(again.len(), 1);
        assert_eq!(devices(&again[0].1), vec![1, 3, 9]);
    }
}
