//! The event stream: the device's WebSocket, as a channel of [`Event`]s the app reads.
//! The connection is kept open in the background and re-opened with backoff when it
//! drops, until the app drops the stream, the device is revoked, or it connects elsewhere.

use std::time::Duration;

use chrono::{DateTime, Utc};
use futures_util::{SinkExt, StreamExt};
use kinbridge_protocol::api::{CaseStatus, ClientFrame, ServerFrame};
use kinbridge_protocol::{AccountId, AlertId, CaseId, ConsentStatus, EnvelopeKind};
use tokio::sync::mpsc;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;

use crate::messaging::{Opened, ReceivedMessage};
use crate::{Client, SdkError};

/// Something the server told this device.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// The WebSocket is open: events flow from now on.
    Connected,
    /// A message from a contact, decrypted. It was acknowledged to the server after this
    /// event was handed over; the app keeps it.
    MessageReceived(ReceivedMessage),
    /// A message this device sent reached one of the recipient's devices.
    MessageDelivered {
        message_id: String,
        to: Option<AccountId>,
    },
    /// A contact's device presented a new identity key. Their messages wait, unread and
    /// queued on the server, until the person accepts the change.
    IdentityChanged { account: AccountId },
    /// A message can never be decrypted (corrupt, or from a session this device lost):
    /// who sent it and when, where the envelope says. It was acknowledged after this event.
    /// (A failure of the phone's own store is not this: the envelope stays queued on the
    /// server and is read again when the store works.)
    Undecryptable {
        guid: String,
        from: Option<AccountId>,
        sent_at: Option<DateTime<Utc>>,
    },
    /// A caseworker ended this person's contact with `account`: messages to them are
    /// refused from now on.
    ContactBlocked { account: AccountId },
    /// A new device joined `account` (this person's own, or a contact's), with a code
    /// from `by`. When `held`, this person verified the contact before: nothing goes to or
    /// comes from the new device until they accept it (`Client::accept_identity`).
    DeviceAdded {
        account: AccountId,
        device: u32,
        by: Option<AccountId>,
        at: DateTime<Utc>,
        held: bool,
    },
    /// A device of `account` was revoked: nothing it sends is accepted any more.
    DeviceRemoved { account: AccountId, device: u32 },
    /// Everything queued for this device has arrived; new messages follow as they come.
    Synced,
    /// A caseworker asks this person for a consent about `subject` (the child): fetch the
    /// notice (`Client::consent_notice`) and show it.
    ConsentRequested {
        case: CaseId,
        subject: AccountId,
        purpose: String,
        scope: Option<AccountId>,
    },
    /// A consent about a child of this person's case changed; where it stands now.
    ConsentChanged {
        case: CaseId,
        subject: AccountId,
        purpose: String,
        scope: Option<AccountId>,
        status: ConsentStatus,
    },
    /// A case moved to another stage; the status is rendered for this person.
    CaseStatus {
        headline: String,
        status: Box<CaseStatus>,
    },
    /// Complaint handlers: something happened at the complaint desk (the notice says
    /// nothing more); look at the queue.
    DeskActivity,
    /// Complaint handlers on call: an urgent complaint waits for someone; look now.
    DeskUrgent,
    /// On-call staff: an alert (a child's call for help, a missing child) waits for
    /// someone; look at `Client::alerts` now. The notice says nothing more.
    Alert,
    /// A child: a person on duty has seen their call for help; `text` says so in their
    /// language and band, and promises nothing more.
    HelpSeen {
        case: CaseId,
        alert: AlertId,
        text: String,
    },
    /// A child: their check-in rhythm came round; `text` invites them, gently (it is never
    /// a duty).
    CheckInInvited { case: CaseId, text: String },
    /// The connection dropped; the stream retries by itself.
    Disconnected,
    /// This device was revoked. The stream ends; the app should enrol again.
    Revoked,
    /// The same device connected from somewhere else. The stream ends.
    ConnectedElsewhere,
}

/// The events of one device, until dropped.
#[derive(Debug)]
pub struct EventStream {
    rx: mpsc::Receiver<Event>,
}

impl EventStream {
    /// The next event; `None` once the stream has ended.
    pub async fn next(&mut self) -> Option<Event> {
        self.rx.recv().await
    }
}

/// `http(s)://host` → `ws(s)://host/v1/websocket`.
fn websocket_url(server_url: &str) -> String {
    let rest = server_url
        .strip_prefix("https://")
        .map(|r| format!("wss://{r}"))
        .or_else(|| {
            server_url
                .strip_prefix("http://")
                .map(|r| format!("ws://{r}"))
        })
        .unwrap_or_else(|| server_url.to_owned());
    format!("{rest}/v1/websocket")
}

enum End {
    /// Stop for good, telling the app why.
    Final(Event),
    /// The app dropped the stream.
    AppGone,
    /// Try again.
    Retry,
    /// The phone's store failed on a message, which stays on the server: try again after
    /// a pause that grows while the store keeps failing (the socket was fine).
    StoreFailed,
}

/// Starts the background connection and returns its events.
pub(crate) fn start(client: Client) -> EventStream {
    let (tx, rx) = mpsc::channel(64);
    let url = websocket_url(client.server_url());
    let authorization = client.enrolment().authorization();
    tokio::spawn(async move {
        let mut backoff = Duration::from_millis(250);
        let mut store_backoff = Duration::from_millis(250);
        loop {
            let end = run_once(
                &client,
                &url,
                &authorization,
                &tx,
                (&mut backoff, &mut store_backoff),
            )
            .await;
            match end {
                End::Final(event) => {
                    if event == Event::Revoked {
                        client.confirm_revocation().await;
                    }
                    let _ = tx.send(event).await;
                    return;
                }
                End::AppGone => return,
                End::StoreFailed => {
                    tokio::select! {
                        () = tokio::time::sleep(store_backoff) => {}
                        () = tx.closed() => return,
                    }
                    store_backoff = (store_backoff * 2).min(Duration::from_secs(60));
                    continue;
                }
                End::Retry => {
                    if tx.send(Event::Disconnected).await.is_err() {
                        return;
                    }
                    tokio::select! {
                        () = tokio::time::sleep(backoff) => {}
                        () = tx.closed() => return,
                    }
                    backoff = (backoff * 2).min(Duration::from_secs(30));
                }
            }
        }
    });
    EventStream { rx }
}

/// Closes the socket properly: sends a close frame and waits (briefly) for the server's,
/// which it sends only after handling every acknowledgement that came before.
async fn goodbye<S>(mut socket: S) -> End
where
    S: futures_util::Sink<Message>
        + futures_util::Stream<Item = Result<Message, tokio_tungstenite::tungstenite::Error>>
        + Unpin,
{
    if socket.send(Message::Close(None)).await.is_ok() {
        let _ = tokio::time::timeout(Duration::from_secs(3), async {
            while let Some(Ok(msg)) = socket.next().await {
                if matches!(msg, Message::Close(_)) {
                    break;
                }
            }
        })
        .await;
    }
    End::AppGone
}

async fn run_once(
    client: &Client,
    url: &str,
    authorization: &str,
    tx: &mpsc::Sender<Event>,
    (backoff, store_backoff): (&mut Duration, &mut Duration),
) -> End {
    let Ok(mut request) = url.into_client_request() else {
        return End::Final(Event::Disconnected);
    };
    let Ok(auth) = authorization.parse() else {
        return End::Final(Event::Disconnected);
    };
    request.headers_mut().insert("authorization", auth);
    let mut socket = match tokio_tungstenite::connect_async(request).await {
        Ok((socket, _)) => socket,
        Err(tokio_tungstenite::tungstenite::Error::Http(res)) if res.status() == 401 => {
            // The store is erased only when the server says this device was revoked, not
            // for any 401 (a proxy's, say).
            let revoked = res
                .body()
                .as_deref()
                .and_then(|b| serde_json::from_slice::<kinbridge_protocol::ErrorBody>(b).ok())
                .is_some_and(|b| b.error.code == kinbridge_protocol::ErrorCode::AuthDeviceRevoked);
            return if revoked {
                End::Final(Event::Revoked)
            } else {
                End::Retry
            };
        }
        Err(_) => return End::Retry,
    };
    // Connected: the next drop starts the backoff again from its shortest pause.
    *backoff = Duration::from_millis(250);
    if tx.send(Event::Connected).await.is_err() {
        return End::AppGone;
    }
    // Messages written while offline go out now.
    if client.outbox_len().unwrap_or(0) > 0 {
        let _ = client.flush_outbox().await;
    }
    loop {
        let msg = tokio::select! {
            msg = socket.next() => msg,
            () = tx.closed() => return goodbye(socket).await,
        };
        match msg {
            Some(Ok(Message::Text(text))) => {
                // A frame this version does not know is skipped, not fatal.
                let (event, ack) = match serde_json::from_str::<ServerFrame>(&text) {
                    Ok(ServerFrame::CaseStatus { headline, status }) => {
                        (Some(Event::CaseStatus { headline, status }), None)
                    }
                    Ok(ServerFrame::Envelope { envelope }) => {
                        let guid = envelope.guid.clone();
                        match envelope.kind {
                            EnvelopeKind::DeliveryReceipt => (
                                Some(Event::MessageDelivered {
                                    message_id: String::from_utf8_lossy(envelope.content.as_ref())
                                        .into_owned(),
                                    to: envelope.source_account,
                                }),
                                Some(guid),
                            ),
                            // Delivered before but not acknowledged in time (a dropped
                            // connection): acknowledge again, do not show it twice.
                            _ if client.already_received(&guid) => (None, Some(guid)),
                            _ => match client.open_envelope(&envelope).await {
                                Ok(Opened::Message(message)) => {
                                    *store_backoff = Duration::from_millis(250);
                                    (Some(Event::MessageReceived(message)), Some(guid))
                                }
                                Ok(Opened::Internal) => (None, Some(guid)),
                                Ok(Opened::Notice(event)) => (Some(event), Some(guid)),
                                // Left queued: readable once the person accepts the change.
                                Err(SdkError::IdentityChanged { account }) => {
                                    (Some(Event::IdentityChanged { account }), None)
                                }
                                // The phone's store failed (busy, full, I/O): nothing is
                                // lost. The envelope is not acknowledged; the socket is
                                // opened again after a pause and the server sends it again.
                                Err(e @ (SdkError::Store(_) | SdkError::WorkerStopped)) => {
                                    tracing::warn!(error = %e, "the store failed; the message waits on the server");
                                    return End::StoreFailed;
                                }
                                // Never readable here: the app is told, the sender's
                                // phone is asked (on a fresh session) to send it again,
                                // and only then is it acknowledged.
                                Err(e) => {
                                    if matches!(e, SdkError::Crypto(_)) {
                                        client.ask_for_resend(&envelope).await;
                                    }
                                    (
                                        Some(Event::Undecryptable {
                                            guid: guid.clone(),
                                            from: envelope.source_account,
                                            sent_at: Some(envelope.server_ts),
                                        }),
                                        Some(guid),
                                    )
                                }
                            },
                        }
                    }
                    Ok(ServerFrame::QueueEmpty) => {
                        // Prekeys used by new sessions are replaced in the background.
                        let c = client.clone();
                        tokio::spawn(async move {
                            let _ = c.top_up_prekeys().await;
                            let _ = c.prune_received();
                        });
                        (Some(Event::Synced), None)
                    }
                    Ok(ServerFrame::ContactBlocked { account_id }) => (
                        Some(Event::ContactBlocked {
                            account: account_id,
                        }),
                        None,
                    ),
                    Ok(ServerFrame::ConsentRequested {
                        case_id,
                        subject,
                        purpose,
                        scope,
                    }) => (
                        Some(Event::ConsentRequested {
                            case: case_id,
                            subject,
                            purpose,
                            scope,
                        }),
                        None,
                    ),
                    Ok(ServerFrame::ConsentChanged {
                        case_id,
                        subject,
                        purpose,
                        scope,
                        status,
                    }) => (
                        Some(Event::ConsentChanged {
                            case: case_id,
                            subject,
                            purpose,
                            scope,
                            status,
                        }),
                        None,
                    ),
                    Ok(ServerFrame::DeskActivity { .. }) => (Some(Event::DeskActivity), None),
                    Ok(ServerFrame::DeskUrgent { .. }) => (Some(Event::DeskUrgent), None),
                    Ok(ServerFrame::Alert { .. }) => (Some(Event::Alert), None),
                    Ok(ServerFrame::HelpSeen { case_id, alert_id }) => (
                        Some(Event::HelpSeen {
                            case: case_id,
                            alert: alert_id,
                            text: client.alerts_text("help-seen").unwrap_or_default(),
                        }),
                        None,
                    ),
                    Ok(ServerFrame::CheckInInvite { case_id }) => (
                        Some(Event::CheckInInvited {
                            case: case_id,
                            text: client.alerts_text("checkin-invite").unwrap_or_default(),
                        }),
                        None,
                    ),
                    Ok(ServerFrame::AccessKeyReset) => {
                        // A contact of this person was blocked or removed: a new key, which
                        // the remaining contacts learn from the next messages.
                        let c = client.clone();
                        tokio::spawn(async move {
                            if let Err(e) = c.renew_access_key().await {
                                tracing::debug!(error = %e, "access key not renewed");
                            }
                        });
                        (None, None)
                    }
                    Err(_) => (None, None),
                };
                if let Some(event) = event {
                    if tx.send(event).await.is_err() {
                        return goodbye(socket).await;
                    }
                }
                // Acknowledged only after the app has the message.
                if let Some(guid) = ack {
                    let Ok(frame) = serde_json::to_string(&ClientFrame::Ack { guid }) else {
                        continue;
                    };
                    if socket.send(Message::text(frame)).await.is_err() {
                        return End::Retry;
                    }
                }
            }
            Some(Ok(Message::Close(frame))) => {
                return match frame.map(|f| f.code) {
                    Some(CloseCode::Library(4401)) => End::Final(Event::Revoked),
                    Some(CloseCode::Library(4409)) => End::Final(Event::ConnectedElsewhere),
                    _ => End::Retry,
                };
            }
            Some(Ok(_)) => {}
            Some(Err(_)) | None => return End::Retry,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::websocket_url;

    #[test]
    fn websocket_urls() {
        assert_eq!(
            websocket_url("http://127.0.0.1:80"),
            "ws://127.0.0.1:80/v1/websocket"
        );
        assert_eq!(
            websocket_url("https://k.example"),
            "wss://k.example/v1/websocket"
        );
    }
}
