//! One authenticated WebSocket per device (`GET /v1/websocket`, the device credential in
//! `Authorization`). The server pushes JSON text frames ([`ServerFrame`]): every queued
//! envelope, then "queue empty", then new envelopes as they arrive, and case-status
//! notifications; the device acknowledges each envelope (`ClientFrame::Ack`) and the
//! server deletes it. A second connection for the same device closes the first (4409);
//! revoking the device closes it (4401). A ping every 30 s keeps idle connections open.
//!
//! Delivery is push-after-commit: the message writer ([`super::writer`]) hands each
//! envelope it committed to the node's notifier (`platform::notify`), in queue order, and
//! the connection sends it unless it already sent it (it remembers the envelopes it sent
//! recently). Case-status and contact notices reach the connection the same way.
//!
//! Several nodes share one database (`platform::bus`): an envelope committed on another
//! node arrives as a wake-up carrying it. Nodes commit in parallel, so queue positions may
//! commit out of order; the connection therefore never skips an envelope by its position,
//! only by having sent it. A wake-up that was lost is made good by reading the queue again
//! from its start: when asked (Redis came back, a node started, an older socket of the
//! device closed elsewhere) and every 2 s while Redis is down.
//!
//! The socket runs on the connection itself, not through actix's HTTP layer: the route
//! accepts it and registers it, and `http::upgrade` hands it the connection once the 101
//! is written. Frames are read with actix's WebSocket codec into a small buffer and
//! written straight to the connection, so an idle socket holds no HTTP buffers.
use std::collections::{HashSet, VecDeque};
use std::io;
use std::sync::Arc;
use std::time::Duration;

use actix_http::ws::{self, CloseCode, CloseReason, Frame, Message};
use actix_web::{HttpMessage, HttpRequest, HttpResponse, web};
use bytes::{Bytes, BytesMut};
use futures_util::future::LocalBoxFuture;
use futures_util::{FutureExt, StreamExt};
use kinbridge_protocol::api::{ClientFrame, ServerFrame};
use kinbridge_protocol::{DeviceId, ErrorCode};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use tokio::sync::mpsc;
use tokio_util::codec::{Decoder, Encoder, FramedRead};

use super::Writer;
use crate::http::upgrade::{Upgraded, ViaUpgrade};
use crate::http::{Api, ApiError, Op};
use crate::platform::Platform;
use crate::platform::db::StorageError;
use crate::platform::identity::{self, Caller};
use crate::platform::notify::{CLOSE_REVOKED, CloseSignal, Outbound};

pub fn routes(api: &mut Api) {
    api.route(
        Op::get("/v1/websocket", "websocket")
            .tag("messages")
            .summary("Upgrade to the device's WebSocket (answers 101): the server pushes queued envelopes (acknowledge each), queue-empty, and case status changes. Close 4409: connected elsewhere; 4401: device revoked; 1013: the client did not read; 1007: a frame that is not an acknowledgement. A request without the WebSocket upgrade headers is 400 request.invalid_field (Upgrade); a node holding `max_sockets` sockets answers 503 server.unavailable (try again later).")
            .errors(&[ErrorCode::RequestInvalidField, ErrorCode::ServerUnavailable]),
        websocket,
    );
}

async fn websocket(
    p: web::Data<Platform>,
    writer: web::Data<Writer>,
    caller: Caller,
    req: HttpRequest,
) -> Result<HttpResponse, ApiError> {
    // A plain GET without the WebSocket upgrade headers is a client mistake; so is a
    // handshake the HTTP layer did not hand over as an upgrade (an odd `Upgrade` header).
    if req.extensions().get::<ViaUpgrade>().is_none() {
        return Err(ApiError::invalid_field("Upgrade"));
    }
    let mut handshake =
        ws::handshake(req.head()).map_err(|_| ApiError::invalid_field("Upgrade"))?;
    let generation = match &p.bus {
        Some(bus) => bus.claim(caller.device_id).await.unwrap_or(0),
        None => 0,
    };
    // A full node refuses a new socket (the app tries again later, perhaps reaching
    // another node).
    let (id, outbound, close) = p
        .sockets
        .register_as(&caller, generation)
        .ok_or_else(|| ApiError::new(ErrorCode::ServerUnavailable))?;
    p.notify.connected(caller.device_id, generation);
    tracing::debug!(device.id = %caller.device_id, "websocket open");
    let accepted = Accepted {
        id,
        registered: Some(Registered {
            p,
            writer,
            caller,
            generation,
            outbound,
            close,
        }),
    };
    let mut res = HttpResponse::from(handshake.finish()).map_into_boxed_body();
    res.extensions_mut()
        .insert(Upgraded(Box::new(move |io, early| {
            accepted.serve(io, early)
        })));
    Ok(res)
}

/// A socket the route accepted and registered, until the upgrade hands it its
/// connection. Dropped without one (the 101 was never written), it unregisters.
struct Accepted {
    /// The socket's number in the node's registry.
    id: u64,
    registered: Option<Registered>,
}

/// What the route knew of a socket it accepted.
struct Registered {
    p: web::Data<Platform>,
    writer: web::Data<Writer>,
    caller: Caller,
    generation: u64,
    outbound: mpsc::Receiver<Outbound>,
    close: Arc<CloseSignal>,
}

/// Forgets socket `id` of `device` (unless a newer one replaced it) and tells the other
/// nodes.
fn unregister(p: &Platform, device: DeviceId, id: u64, generation: u64) {
    if p.sockets.unregister(device, id) {
        p.notify.disconnected(device, generation);
    }
}

impl Accepted {
    /// The socket, served on `io` (a plain function, so that the future each idle socket
    /// keeps is only the socket's loop).
    fn serve(mut self, io: TcpStream, early: BytesMut) -> LocalBoxFuture<'static, ()> {
        let Some(r) = self.registered.take() else {
            return Box::pin(std::future::ready(()));
        };
        // Frames are small and each is written whole: no waiting to fill a packet.
        let _ = io.set_nodelay(true);
        let (read, write) = io.into_split();
        // What the client sent behind its request is read first.
        let read = std::io::Cursor::new(early).chain(read);
        let frames = FramedRead::with_capacity(read, Frames(codec()), READ_BUFFER);
        let conn = Conn {
            p: r.p,
            writer: r.writer,
            caller: r.caller,
            generation: r.generation,
            wire: Wire {
                write,
                codec: codec(),
                broken: false,
            },
            sent: Sent::default(),
            unstored: HashSet::new(),
            close: r.close,
            closing: None,
        };
        Box::pin(serve(conn, self.id, frames, r.outbound))
    }
}

impl Drop for Accepted {
    fn drop(&mut self) {
        if let Some(r) = self.registered.take() {
            unregister(&r.p, r.caller.device_id, self.id, r.generation);
        }
    }
}

/// A socket's reading side: the bytes that came with the upgrade request, then the
/// connection.
type Incoming = tokio::io::Chain<std::io::Cursor<BytesMut>, OwnedReadHalf>;

/// The largest frame a device may send (acknowledgements are far smaller).
const MAX_FRAME: usize = 64 * 1024;

/// The read buffer an idle socket keeps; it grows for a burst of frames and is given
/// back when the burst is read.
const READ_BUFFER: usize = 256;

fn codec() -> ws::Codec {
    ws::Codec::new().max_size(MAX_FRAME)
}

/// actix's WebSocket codec, bounded: it checks a frame's size only once the whole frame is
/// buffered, so a frame announcing gigabytes would grow the buffer until it all came.
/// Past the largest frame (and its header) buffered without a frame, the socket closes.
struct Frames(ws::Codec);

impl Decoder for Frames {
    type Item = Frame;
    type Error = ws::ProtocolError;

    fn decode(&mut self, src: &mut BytesMut) -> Result<Option<Frame>, ws::ProtocolError> {
        match self.0.decode(src)? {
            None if src.len() > MAX_FRAME + 14 => Err(ws::ProtocolError::Overflow),
            decoded => Ok(decoded),
        }
    }
}

/// The writing side of a socket: each frame is encoded and written whole, with no buffer
/// kept between frames.
struct Wire {
    write: OwnedWriteHalf,
    codec: ws::Codec,
    /// A write was cut short (the connection was told to close meanwhile) or failed: the
    /// stream may hold half a frame, so nothing more is written.
    broken: bool,
}

impl Wire {
    async fn send(&mut self, message: Message) -> io::Result<()> {
        if self.broken {
            return Err(io::Error::from(io::ErrorKind::BrokenPipe));
        }
        let mut frame = BytesMut::new();
        self.codec
            .encode(message, &mut frame)
            .map_err(|e| io::Error::other(e.to_string()))?;
        self.broken = true;
        self.write.write_all(&frame).await?;
        self.broken = false;
        Ok(())
    }
}

/// Envelopes read from the queue per round trip to the database.
const BATCH: i64 = 100;

/// At most this many unstored envelopes are remembered per connection as awaiting an
/// acknowledgement; past it the memory is cleared (a late acknowledgement then costs one
/// harmless database lookup, nothing more).
const MAX_UNSTORED: usize = 10_000;

/// How many envelopes a connection remembers having sent: a wake-up for one of them is
/// not sent again. Past it the oldest are forgotten (the app drops an envelope it already
/// opened, so forgetting costs a frame, never a duplicate message).
const SENT_MEMORY: usize = 1024;

/// The envelopes (their ids) a connection sent most recently.
#[derive(Default)]
struct Sent {
    order: VecDeque<String>,
    set: HashSet<String>,
}

impl Sent {
    fn contains(&self, guid: &str) -> bool {
        self.set.contains(guid)
    }

    /// Forgets an envelope: a later read of the queue sends it again.
    fn forget(&mut self, guid: &str) {
        if self.set.remove(guid) {
            self.order.retain(|g| g != guid);
        }
    }

    fn insert(&mut self, guid: &str) {
        if self.set.insert(guid.to_owned()) {
            self.order.push_back(guid.to_owned());
            if self.order.len() > SENT_MEMORY
                && let Some(old) = self.order.pop_front()
            {
                self.set.remove(&old);
            }
        }
    }
}

/// One connection's state.
struct Conn {
    p: web::Data<Platform>,
    writer: web::Data<Writer>,
    caller: Caller,
    wire: Wire,
    /// Which connection of the device this is, across nodes (0: not known).
    generation: u64,
    /// The envelopes this connection sent recently; envelopes stay queued until
    /// acknowledged, and a new connection starts from the beginning of the queue again.
    sent: Sent,
    /// Envelopes sent that were never stored (live receipts, ephemeral).
    unstored: HashSet<String>,
    /// Told when the connection must close (revoked, elsewhere, too slow).
    close: Arc<CloseSignal>,
    /// Why it is closing, once told.
    closing: Option<u16>,
}

/// What to do after handling an outbound item.
enum Flow {
    Continue,
    Close(Option<CloseReason>),
}

impl Conn {
    async fn text(&mut self, frame: &ServerFrame) -> Result<(), ()> {
        let text = serde_json::to_string(frame).map_err(drop)?;
        self.send(text).await
    }

    /// Writes a text frame, unless the connection is told to close meanwhile (a client
    /// that stopped reading would otherwise hold the writer here for ever).
    async fn send(&mut self, text: String) -> Result<(), ()> {
        self.send_message(Message::Text(text.into())).await
    }

    /// Writes a frame of any kind, unless the connection is told to close meanwhile.
    async fn send_message(&mut self, message: Message) -> Result<(), ()> {
        let close = self.close.clone();
        tokio::select! {
            sent = self.wire.send(message) => sent.map_err(drop),
            code = close.wait() => {
                self.closing = Some(code);
                Err(())
            }
        }
    }

    /// Sends every queued envelope it has not sent yet, then (on the first read only)
    /// "queue empty".
    async fn drain(&mut self, first: bool) -> Result<(), ()> {
        let device = self.caller.device_id;
        let mut after = 0;
        loop {
            let now = self.p.clock.now();
            let batch = self
                .p
                .db
                .run(move |c| super::pending(c, device, after, BATCH, now))
                .await
                .map_err(|e| tracing::warn!(error = %e, "reading a queue failed"))?;
            let full = batch.len() as i64 == BATCH;
            for (seq, envelope) in batch {
                after = seq;
                if self.sent.contains(&envelope.guid) {
                    continue;
                }
                self.sent.insert(&envelope.guid);
                self.text(&ServerFrame::Envelope { envelope }).await?;
            }
            if !full {
                return match first {
                    true => self.text(&ServerFrame::QueueEmpty).await,
                    false => Ok(()),
                };
            }
        }
    }

    async fn handle(&mut self, out: Outbound) -> Flow {
        let sent = match out {
            Outbound::Frame(text) => self.send(text).await,
            // Sent unless the queue read already sent it.
            Outbound::Deliver(_, envelope) if self.sent.contains(&envelope.guid) => Ok(()),
            Outbound::Deliver(_, envelope) => {
                self.sent.insert(&envelope.guid);
                self.text(&ServerFrame::Envelope {
                    envelope: *envelope,
                })
                .await
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
        };
        match sent {
            Ok(()) => Flow::Continue,
            Err(()) => Flow::Close(None),
        }
    }

    /// Why the connection must close if the database says the device was revoked (4401,
    /// which tells the phone to erase itself: only for a revocation the database confirms)
    /// or cannot say (1011: the phone comes back).
    async fn revoked(&self) -> Option<CloseReason> {
        let device = self.caller.device_id;
        let revoked = self
            .p
            .db
            .run(move |c| identity::is_revoked(c, device).map_err(StorageError::from))
            .await;
        match revoked {
            Ok(false) => None,
            Ok(true) => Some(CloseReason {
                code: CloseCode::Other(CLOSE_REVOKED),
                description: Some("device revoked".to_owned()),
            }),
            Err(e) => {
                tracing::warn!(error = %e, "the revocation check failed; closing the socket");
                Some(CloseReason {
                    code: CloseCode::Error,
                    description: None,
                })
            }
        }
    }

    /// Deletes what the device acknowledged (nothing to do for unstored envelopes).
    async fn acknowledge(&mut self, mut guids: Vec<String>) {
        guids.retain(|g| !self.unstored.remove(g));
        if guids.is_empty() {
            return;
        }
        let now = self.p.clock.now();
        if let Err(e) = self
            .writer
            .acknowledge(self.caller.clone(), guids.clone(), now)
            .await
        {
            // The envelopes stay queued: sent again after a pause, the app (which drops
            // what it already opened) acknowledges them again. Without this they would
            // wait, unsent, until the device connected again.
            tracing::warn!(error = %e, "acknowledging failed; the envelopes are sent again");
            for g in &guids {
                self.sent.forget(g);
            }
            let close = self.close.clone();
            actix_web::rt::spawn(async move {
                tokio::time::sleep(Duration::from_secs(1)).await;
                close.resync();
            });
        }
    }
}

async fn serve(
    mut conn: Conn,
    id: u64,
    mut frames: FramedRead<Incoming, Frames>,
    mut outbound: mpsc::Receiver<Outbound>,
) {
    let device = conn.caller.device_id;
    let close = conn.close.clone();
    let mut ping = tokio::time::interval(Duration::from_secs(30));
    ping.tick().await;
    let close_reason = 'conn: {
        // The credential was checked (perhaps from the cache) before this connection was
        // registered; a revocation committed in between found nothing to close. Now that
        // the connection is registered, any later revocation closes it: check once more.
        if let Some(reason) = Box::pin(conn.revoked()).await {
            break 'conn Some(reason);
        }
        if Box::pin(conn.drain(true)).await.is_err() {
            break 'conn None;
        }
        // A person without a sealed-sender access key (new, or withdrawn) is asked for one.
        let account = conn.caller.account_id;
        let has_key = Box::pin(
            conn.p
                .db
                .run(move |c| crate::sealed::has_access_key(c, account)),
        )
        .await;
        if matches!(has_key, Ok(false))
            && Box::pin(conn.text(&ServerFrame::AccessKeyReset))
                .await
                .is_err()
        {
            break 'conn None;
        }
        loop {
            tokio::select! {
                // A close comes first: the registry drops a connection's queue when it
                // closes it, so both may be ready at once, and the client must hear why.
                biased;
                code = close.wait() => {
                    conn.closing = Some(code);
                    break 'conn None;
                }
                () = close.resync_wanted() => {
                    // A wake-up may have been lost: read the queue again (what was sent
                    // is not sent twice). A revocation's notice may have been lost too
                    // (Redis down): the database is asked again first.
                    if let Some(reason) = Box::pin(conn.revoked()).await {
                        break 'conn Some(reason);
                    }
                    if Box::pin(conn.drain(false)).await.is_err() {
                        break 'conn None;
                    }
                }
                out = outbound.recv() => {
                    let Some(out) = out else {
                        conn.closing = close.code();
                        break 'conn None;
                    };
                    if let Flow::Close(reason) = Box::pin(conn.handle(out)).await {
                        break 'conn reason;
                    }
                }
                frame = frames.next() => match frame {
                    Some(Ok(Frame::Text(text))) => {
                        // The acknowledgements already waiting are handled in one go, up to
                        // as many as the HTTP route takes at once. Each must name an
                        // envelope: anything else is a broken client, closed.
                        let mut guids = Vec::new();
                        let mut next = Some(text);
                        while let Some(text) = next.take() {
                            match serde_json::from_slice::<ClientFrame>(&text) {
                                Ok(ClientFrame::Ack { guid }) if super::is_guid(&guid) => guids.push(guid),
                                _ => {
                                    Box::pin(conn.acknowledge(guids)).await;
                                    break 'conn Some(CloseReason {
                                        code: CloseCode::Invalid,
                                        description: Some("not an acknowledgement".to_owned()),
                                    });
                                }
                            }
                            if guids.len() >= super::MAX_ACKS {
                                break;
                            }
                            if let Some(Some(Ok(Frame::Text(more)))) = frames.next().now_or_never() {
                                next = Some(more);
                            }
                        }
                        Box::pin(conn.acknowledge(guids)).await;
                        // A burst grew the read buffer: give it back once read.
                        let buffer = frames.read_buffer_mut();
                        if buffer.is_empty() && buffer.capacity() > 16 * READ_BUFFER {
                            *buffer = BytesMut::with_capacity(READ_BUFFER);
                        }
                    }
                    Some(Ok(Frame::Ping(bytes))) => {
                        if conn.send_message(Message::Pong(bytes)).await.is_err() {
                            break 'conn None;
                        }
                    }
                    Some(Ok(Frame::Close(_))) | Some(Err(_)) | None => break 'conn None,
                    Some(Ok(_)) => {}
                },
                _ = ping.tick() => {
                    if conn.send_message(Message::Ping(Bytes::new())).await.is_err() {
                        break 'conn None;
                    }
                }
            }
        }
    };
    unregister(&conn.p, device, id, conn.generation);
    let reason = match conn.closing {
        Some(code) => Some(CloseReason {
            code: CloseCode::Other(code),
            description: None,
        }),
        None => close_reason,
    };
    // The close frame, then the client's answer (or its end), so that the close frame is
    // read before the connection goes; a client that does not read or answer is given up
    // after a while.
    let _ = Box::pin(tokio::time::timeout(Duration::from_secs(2), async {
        if conn.wire.send(Message::Close(reason)).await.is_ok() {
            let _ = conn.wire.write.shutdown().await;
            while let Some(Ok(frame)) = frames.next().await {
                if matches!(frame, Frame::Close(_)) {
                    break;
                }
            }
        }
    }))
    .await;
    tracing::debug!(device.id = %device, "websocket closed");
}
