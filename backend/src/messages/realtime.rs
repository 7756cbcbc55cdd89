//! One authenticated WebSocket per device (`GET /v1/websocket`, the device credential in
//! `Authorization`). The server pushes JSON text frames ([`ServerFrame`]): every queued
//! envelope, then "queue empty", then new envelopes as they arrive, and case-status
//! notifications; the device acknowledges each envelope (`ClientFrame::Ack`) and the
//! server deletes it. A second connection for the same device closes the first (4409);
//! revoking the device closes it (4401). A ping every 30 s keeps idle connections open.
//!
//! Delivery is push-after-commit: the single message writer ([`super::writer`]) hands
//! each envelope it committed to the [`Notifier`], in queue order, and the connection sends
//! it unless its own queue read already did (it remembers the last queue position sent).
//! The notifier is in-process: it reaches the devices connected to this server node, so
//! one node serves the relay today; several nodes sharing a database would need
//! cross-node wake-ups (for example Redis pub/sub), which are not built yet.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use actix_web::{HttpRequest, HttpResponse, web};
use actix_ws::{CloseCode, CloseReason, Message};
use futures_util::{FutureExt, StreamExt};
use kinbridge_protocol::DeviceId;
use kinbridge_protocol::api::{ClientFrame, Envelope, ServerFrame};
use tokio::sync::mpsc;

use crate::AppState;
use crate::accounts::Caller;
use crate::error::ApiError;
use crate::http::{Api, Op};

/// A close code the client acts on: this device connected again somewhere else.
pub const CLOSE_CONNECTED_ELSEWHERE: u16 = 4409;
/// A close code the client acts on: this device was revoked; enrol again.
pub const CLOSE_REVOKED: u16 = 4401;

#[derive(Debug)]
enum Outbound {
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
    tx: mpsc::UnboundedSender<Outbound>,
}

/// The devices connected to this node, and a way to reach each.
#[derive(Debug, Clone, Default)]
pub struct Notifier {
    inner: Arc<Mutex<(u64, HashMap<DeviceId, Connection>)>>,
}

impl Notifier {
    fn lock(&self) -> std::sync::MutexGuard<'_, (u64, HashMap<DeviceId, Connection>)> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Registers a new connection for `device`, closing the one it had.
    fn register(&self, device: DeviceId) -> (u64, mpsc::UnboundedReceiver<Outbound>) {
        let (tx, rx) = mpsc::unbounded_channel();
        let mut guard = self.lock();
        guard.0 += 1;
        let id = guard.0;
        if let Some(old) = guard.1.insert(device, Connection { id, tx }) {
            let _ = old.tx.send(Outbound::Close(
                CLOSE_CONNECTED_ELSEWHERE,
                "connected elsewhere",
            ));
        }
        (id, rx)
    }

    fn unregister(&self, device: DeviceId, id: u64) {
        let mut guard = self.lock();
        if guard.1.get(&device).is_some_and(|c| c.id == id) {
            guard.1.remove(&device);
        }
    }

    /// Pushes a frame to a device if it is connected here; returns whether it was.
    pub fn send(&self, device: DeviceId, frame: &ServerFrame) -> bool {
        let Ok(text) = serde_json::to_string(frame) else {
            return false;
        };
        self.lock()
            .1
            .get(&device)
            .is_some_and(|c| c.tx.send(Outbound::Frame(text)).is_ok())
    }

    /// Hands a newly committed envelope to its device if it is connected here. Calls
    /// come in queue order; the connection skips envelopes it already read from the queue.
    pub fn deliver(&self, device: DeviceId, seq: i64, envelope: Envelope) {
        if let Some(c) = self.lock().1.get(&device) {
            let _ = c.tx.send(Outbound::Deliver(seq, Box::new(envelope)));
        }
    }

    /// Pushes an envelope that is not stored (ephemeral, or a live receipt) if the device
    /// is connected here; returns whether it was.
    pub fn push_envelope(&self, device: DeviceId, envelope: Envelope) -> bool {
        self.lock()
            .1
            .get(&device)
            .is_some_and(|c| c.tx.send(Outbound::Unstored(Box::new(envelope))).is_ok())
    }

    /// Closes a revoked device's connection at once.
    pub fn revoked(&self, device: DeviceId) {
        if let Some(c) = self.lock().1.remove(&device) {
            let _ = c.tx.send(Outbound::Close(CLOSE_REVOKED, "device revoked"));
        }
    }

    /// How many devices are connected to this node.
    pub fn connected(&self) -> usize {
        self.lock().1.len()
    }
}

pub fn routes(api: &mut Api) {
    api.route(
        Op::get("/v1/websocket", "websocket")
            .tag("messages")
            .summary("Upgrade to the device's WebSocket: the server pushes queued envelopes (acknowledge each), queue-empty, and case status changes. Close 4409: connected elsewhere; 4401: device revoked."),
        websocket,
    );
}

async fn websocket(
    state: web::Data<AppState>,
    caller: Caller,
    req: HttpRequest,
    body: web::Payload,
) -> Result<HttpResponse, ApiError> {
    // A plain GET without the WebSocket upgrade headers is a client mistake.
    let (response, session, stream) =
        actix_ws::handle(&req, body).map_err(|_| ApiError::invalid_field("Upgrade"))?;
    let (id, outbound) = state.notifier.register(caller.device_id);
    tracing::debug!(device.id = %caller.device_id, "websocket open");
    actix_web::rt::spawn(serve(state, caller, id, session, stream, outbound));
    Ok(response)
}

/// Envelopes read from the queue per round trip to the database.
const BATCH: i64 = 100;

/// At most this many unstored envelopes are remembered per connection as awaiting an
/// acknowledgement; past it the memory is cleared (a late acknowledgement then costs one
/// harmless database lookup, nothing more).
const MAX_UNSTORED: usize = 10_000;

/// One connection's state.
struct Conn {
    state: web::Data<AppState>,
    caller: Caller,
    session: actix_ws::Session,
    /// The last queue position this connection sent; envelopes stay queued until
    /// acknowledged, and a new connection starts from the beginning of the queue again.
    last_seq: i64,
    /// Envelopes sent that were never stored (live receipts, ephemeral).
    unstored: HashSet<String>,
}

/// What to do after handling an outbound item.
enum Flow {
    Continue,
    Close(Option<CloseReason>),
}

impl Conn {
    async fn text(&mut self, frame: &ServerFrame) -> Result<(), ()> {
        let text = serde_json::to_string(frame).map_err(drop)?;
        self.session.text(text).await.map_err(drop)
    }

    /// Sends every queued envelope after `last_seq`, then "queue empty".
    async fn drain(&mut self) -> Result<(), ()> {
        let device = self.caller.device_id;
        loop {
            let (after, now) = (self.last_seq, self.state.clock.now());
            let batch = self
                .state
                .db
                .run(move |c| super::pending(c, device, after, BATCH, now))
                .await
                .map_err(|e| tracing::warn!(error = %e, "reading a queue failed"))?;
            let full = batch.len() as i64 == BATCH;
            for (seq, envelope) in batch {
                self.text(&ServerFrame::Envelope { envelope }).await?;
                self.last_seq = seq;
            }
            if !full {
                return self.text(&ServerFrame::QueueEmpty).await;
            }
        }
    }

    async fn handle(&mut self, out: Outbound) -> Flow {
        let sent = match out {
            Outbound::Frame(text) => self.session.text(text).await.map_err(drop),
            // Sent unless the queue read already sent it.
            Outbound::Deliver(seq, _) if seq <= self.last_seq => Ok(()),
            Outbound::Deliver(seq, envelope) => {
                let sent = self
                    .text(&ServerFrame::Envelope {
                        envelope: *envelope,
                    })
                    .await;
                self.last_seq = seq;
                sent
            }
            Outbound::Unstored(envelope) => {
                if self.unstored.len() >= MAX_UNSTORED {
                    self.unstored.clear();
                }
                self.unstored.insert(envelope.guid.clone());
                self.text(&ServerFrame::Envelope {
                    envelope: *envelope,
                })
                .await
            }
            Outbound::Close(code, why) => {
                return Flow::Close(Some(CloseReason {
                    code: CloseCode::Other(code),
                    description: Some(why.to_owned()),
                }));
            }
        };
        match sent {
            Ok(()) => Flow::Continue,
            Err(()) => Flow::Close(None),
        }
    }

    /// Deletes what the device acknowledged (nothing to do for unstored envelopes).
    async fn acknowledge(&mut self, mut guids: Vec<String>) {
        guids.retain(|g| !self.unstored.remove(g));
        if guids.is_empty() {
            return;
        }
        let (state, caller) = (&self.state, self.caller.clone());
        if let Err(e) = state
            .writer
            .acknowledge(&state.notifier, caller, guids, state.clock.now())
            .await
        {
            tracing::warn!(error = %e, "acknowledging failed");
        }
    }
}

async fn serve(
    state: web::Data<AppState>,
    caller: Caller,
    id: u64,
    session: actix_ws::Session,
    stream: actix_ws::MessageStream,
    mut outbound: mpsc::UnboundedReceiver<Outbound>,
) {
    let device = caller.device_id;
    let mut stream = stream.max_frame_size(64 * 1024);
    let mut ping = tokio::time::interval(Duration::from_secs(30));
    ping.tick().await;
    let mut conn = Conn {
        state,
        caller,
        session,
        last_seq: 0,
        unstored: HashSet::new(),
    };
    let close = 'conn: {
        if conn.drain().await.is_err() {
            break 'conn None;
        }
        // A person without a sealed-sender access key (new, or withdrawn) is asked for one.
        let account = conn.caller.account_id;
        let has_key = conn
            .state
            .db
            .run(move |c| {
                crate::sealed::has_access_key(c, account).map_err(crate::db::StorageError::from)
            })
            .await;
        if matches!(has_key, Ok(false)) && conn.text(&ServerFrame::AccessKeyReset).await.is_err() {
            break 'conn None;
        }
        loop {
            tokio::select! {
                out = outbound.recv() => {
                    let Some(out) = out else { break 'conn None };
                    if let Flow::Close(reason) = conn.handle(out).await {
                        break 'conn reason;
                    }
                }
                msg = stream.next() => match msg {
                    Some(Ok(Message::Text(text))) => {
                        // Every acknowledgement already waiting is handled in one go.
                        let mut guids = Vec::new();
                        let mut next = Some(text);
                        while let Some(text) = next.take() {
                            if let Ok(ClientFrame::Ack { guid }) = serde_json::from_str::<ClientFrame>(&text) {
                                guids.push(guid);
                            }
                            if let Some(Some(Ok(Message::Text(more)))) = stream.next().now_or_never() {
                                next = Some(more);
                            }
                        }
                        conn.acknowledge(guids).await;
                    }
                    Some(Ok(Message::Ping(bytes))) => {
                        if conn.session.pong(&bytes).await.is_err() {
                            break 'conn None;
                        }
                    }
                    Some(Ok(Message::Close(_))) | Some(Err(_)) | None => break 'conn None,
                    Some(Ok(_)) => {}
                },
                _ = ping.tick() => {
                    if conn.session.ping(b"").await.is_err() {
                        break 'conn None;
                    }
                }
            }
        }
    };
    conn.state.notifier.unregister(device, id);
    let _ = conn.session.close(close).await;
    tracing::debug!(device.id = %device, "websocket closed");
}
