//! Requests that ask to upgrade the connection (`Connection: upgrade`), in practice the
//! device's WebSocket. actix-http hands such a request over together with its connection;
//! it goes through the application like any other request (the edge, authentication, the
//! route), and then:
//!
//! - if the route accepted a WebSocket (a 101 carrying an [`Upgraded`] in its extensions),
//!   the 101 is written and the connection is given to it. The HTTP layer's buffers (8 KiB
//!   to read and 8 KiB to write, kept for a connection's whole life) are dropped: an idle
//!   socket keeps only what the socket itself needs.
//! - otherwise (a refusal, an unknown route) the answer is written and the connection
//!   closed.
//!
//! The socket runs as a task of its own, and the HTTP connection's task ends: an idle
//! socket keeps only its own state. It no longer counts towards actix's connection limit
//! (`max_connections`); the socket registry has its own (`max_sockets`).
use std::io;
use std::rc::Rc;
use std::time::Duration;

use actix_codec::Framed;
use actix_http::body::{BodySize, BoxBody, MessageBody};
use actix_http::{ConnectionType, HttpMessage, Request, Response, StatusCode, h1};
use actix_service::{Service, ServiceFactory, fn_factory, fn_service};
use actix_web::dev::{AppConfig, ServiceResponse};
use bytes::BytesMut;
use futures_util::SinkExt;
use futures_util::future::LocalBoxFuture;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Put in the extensions of every request that came through here: a route that takes the
/// connection over checks it (a handshake on the ordinary path, which an odd `Upgrade`
/// header reaches, would register a socket that never gets a connection).
#[derive(Debug, Clone, Copy)]
pub struct ViaUpgrade;

/// What a route puts in a 101's extensions to take the connection once the 101 is written.
/// It is given the connection and any bytes the client sent after its request.
pub struct Upgraded(pub Box<dyn FnOnce(TcpStream, BytesMut) -> LocalBoxFuture<'static, ()>>);

impl std::fmt::Debug for Upgraded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Upgraded")
    }
}

/// The upgrade service of one worker: the same application as the worker's, built once
/// more for this purpose.
pub fn upgrades<S>(
    app: S,
    config: AppConfig,
) -> impl ServiceFactory<
    (Request, Framed<TcpStream, h1::Codec>),
    Config = (),
    Response = (),
    Error = UpgradeFailed,
    InitError = (),
>
where
    S: ServiceFactory<
            Request,
            Config = AppConfig,
            Response = ServiceResponse<BoxBody>,
            Error = actix_web::Error,
            InitError = (),
        > + 'static,
    S::Service: 'static,
{
    fn_factory(move || {
        let made = app.new_service(config.clone());
        async move {
            let app = Rc::new(made.await?);
            Ok(fn_service(
                move |(req, framed): (Request, Framed<TcpStream, h1::Codec>)| {
                    let app = app.clone();
                    async move { upgrade(&*app, req, framed).await.map_err(UpgradeFailed) }
                },
            ))
        }
    })
}

async fn upgrade<S>(
    app: &S,
    req: Request,
    mut framed: Framed<TcpStream, h1::Codec>,
) -> io::Result<()>
where
    S: Service<Request, Response = ServiceResponse<BoxBody>, Error = actix_web::Error>,
{
    req.extensions_mut().insert(ViaUpgrade);
    let res: Response<BoxBody> = match app.call(req).await {
        Ok(res) => res.into(),
        Err(e) => e.error_response().into(),
    };
    let (mut head, body) = res.into_parts();
    let upgraded = head.extensions_mut().remove::<Upgraded>();
    if let Some(Upgraded(serve)) = upgraded
        && head.status() == StatusCode::SWITCHING_PROTOCOLS
    {
        framed
            .send(h1::Message::Item((head, BodySize::None)))
            .await
            .map_err(io_error)?;
        let parts = framed.into_parts();
        // Bytes the client sent after its request (its first frames) go with the socket.
        // Copied out: the HTTP layer's 8 KiB buffers go with this function.
        let early = BytesMut::from(&parts.read_buf[..]);
        actix_web::rt::spawn(serve(parts.io, early));
        return Ok(());
    }
    // Not upgraded: answer, and close (the rest of the connection is not HTTP we read).
    head.head_mut().set_connection_type(ConnectionType::Close);
    let bytes = actix_http::body::to_bytes_limited(body, 1 << 20)
        .await
        .map_err(|_| io::Error::other("an answer too large for an upgrade request"))?
        .map_err(|e| io::Error::other(e.to_string()))?;
    let size = bytes.size();
    // Head and body in one write: a client that reads the head alone (as WebSocket
    // clients do) still has the body, with its code and message.
    framed
        .feed(h1::Message::Item((head, size)))
        .await
        .map_err(io_error)?;
    if !bytes.is_empty() {
        framed
            .feed(h1::Message::Chunk(Some(bytes)))
            .await
            .map_err(io_error)?;
    }
    framed
        .feed(h1::Message::Chunk(None))
        .await
        .map_err(io_error)?;
    framed.flush().await.map_err(io_error)?;
    // End our side, then read what the client still sends until it closes (1 s at most):
    // closing with unread bytes would reset the connection, and the client could lose the
    // answer.
    let mut io = framed.into_parts().io;
    io.shutdown().await?;
    let _ = tokio::time::timeout(Duration::from_secs(1), async {
        let mut sink = [0u8; 1024];
        while matches!(io.read(&mut sink).await, Ok(n) if n > 0) {}
    })
    .await;
    Ok(())
}

/// An upgrade whose connection failed while it was being answered: there is no one left
/// to answer.
#[derive(Debug)]
pub struct UpgradeFailed(io::Error);

impl std::fmt::Display for UpgradeFailed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "an upgraded connection failed: {}", self.0)
    }
}

impl From<UpgradeFailed> for Response<BoxBody> {
    fn from(_: UpgradeFailed) -> Self {
        Response::new(StatusCode::INTERNAL_SERVER_ERROR)
    }
}

fn io_error(e: impl std::fmt::Display) -> io::Error {
    io::Error::other(e.to_string())
}
