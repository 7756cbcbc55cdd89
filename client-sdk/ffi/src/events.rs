//! The event stream, as an object the foreign side polls with `await stream.next()`.

use std::time::SystemTime;

use kinbridge_sdk::Event as SdkEvent;
use std::sync::atomic::{AtomicBool, Ordering};

use tokio::sync::{Mutex, Notify};

use crate::convert::{CaseStatusView, ReceivedMessage, time};

/// Something the server told this device.
#[derive(Debug, Clone, uniffi::Enum)]
#[allow(
    clippy::large_enum_variant,
    reason = "lowered into a buffer for the foreign side at once; UniFFI records cannot be boxed"
)]
pub enum Event {
    /// The connection is open: events flow from now on.
    Connected,
    /// A message, decrypted. The SDK acknowledges it to the server once it is in the
    /// stream's queue (up to 64 wait there for `next()`): keep it before asking for the
    /// next event.
    MessageReceived { message: ReceivedMessage },
    /// A message this device sent reached a device of the recipient.
    MessageDelivered {
        message_id: String,
        to: Option<String>,
    },
    /// A contact's identity key changed: compare safety numbers, then accept.
    IdentityChanged { account: String },
    /// A message could not be decrypted; `from` and `sent_at` where known.
    Undecryptable {
        guid: String,
        from: Option<String>,
        sent_at: Option<SystemTime>,
    },
    /// A caseworker ended this person's contact with `account`.
    ContactBlocked { account: String },
    /// A new device joined `account`; `held` when it waits for this person to accept it.
    DeviceAdded {
        account: String,
        device: u32,
        held: bool,
    },
    /// A device of `account` was revoked.
    DeviceRemoved { account: String, device: u32 },
    /// Everything queued for this device has arrived.
    Synced,
    /// A caseworker asks for a consent about `subject`.
    ConsentRequested {
        case_id: String,
        subject: String,
        purpose: String,
    },
    /// A consent about a child of this person's case changed (`status`).
    ConsentChanged {
        case_id: String,
        subject: String,
        purpose: String,
        status: String,
    },
    /// A case moved to another stage, rendered for this person.
    CaseStatus {
        headline: String,
        status: CaseStatusView,
    },
    /// Complaint handlers: something happened at the desk.
    DeskActivity,
    /// Complaint handlers on call: an urgent complaint waits.
    DeskUrgent,
    /// On-call staff: an alert waits.
    Alert,
    /// A child: a person on duty has seen their call for help (`text`, in their words).
    HelpSeen { case_id: String, text: String },
    /// A child: their check-in rhythm came round (never a duty).
    CheckInInvited { case_id: String, text: String },
    /// The connection dropped; the SDK retries by itself.
    Disconnected,
    /// This device was revoked. `store_erased`: the SDK erased everything on the phone
    /// (keys, sessions, outbox, cached status). The stream ends; enrol again.
    Revoked { store_erased: bool },
    /// The same device connected from somewhere else. The stream ends.
    ConnectedElsewhere,
}

impl From<SdkEvent> for Event {
    fn from(e: SdkEvent) -> Self {
        match e {
            SdkEvent::Connected => Event::Connected,
            SdkEvent::MessageReceived(m) => Event::MessageReceived { message: m.into() },
            SdkEvent::MessageDelivered { message_id, to } => Event::MessageDelivered {
                message_id,
                to: to.map(|a| a.to_string()),
            },
            SdkEvent::IdentityChanged { account } => Event::IdentityChanged {
                account: account.to_string(),
            },
            SdkEvent::Undecryptable {
                guid,
                from,
                sent_at,
            } => Event::Undecryptable {
                guid,
                from: from.map(|a| a.to_string()),
                sent_at: sent_at.map(time),
            },
            SdkEvent::ContactBlocked { account } => Event::ContactBlocked {
                account: account.to_string(),
            },
            SdkEvent::DeviceAdded {
                account,
                device,
                held,
                ..
            } => Event::DeviceAdded {
                account: account.to_string(),
                device,
                held,
            },
            SdkEvent::DeviceRemoved { account, device } => Event::DeviceRemoved {
                account: account.to_string(),
                device,
            },
            SdkEvent::Synced => Event::Synced,
            SdkEvent::ConsentRequested {
                case,
                subject,
                purpose,
                ..
            } => Event::ConsentRequested {
                case_id: case.to_string(),
                subject: subject.to_string(),
                purpose,
            },
            SdkEvent::ConsentChanged {
                case,
                subject,
                purpose,
                status,
                ..
            } => Event::ConsentChanged {
                case_id: case.to_string(),
                subject: subject.to_string(),
                purpose,
                status: status.as_str().to_owned(),
            },
            SdkEvent::CaseStatus { headline, status } => Event::CaseStatus {
                headline,
                status: CaseStatusView::of_status(*status, None),
            },
            SdkEvent::DeskActivity => Event::DeskActivity,
            SdkEvent::DeskUrgent => Event::DeskUrgent,
            SdkEvent::Alert => Event::Alert,
            SdkEvent::HelpSeen { case, text, .. } => Event::HelpSeen {
                case_id: case.to_string(),
                text,
            },
            SdkEvent::CheckInInvited { case, text } => Event::CheckInInvited {
                case_id: case.to_string(),
                text,
            },
            SdkEvent::Disconnected => Event::Disconnected,
            // Set by the stream, which knows the client.
            SdkEvent::Revoked => Event::Revoked {
                store_erased: false,
            },
            SdkEvent::ConnectedElsewhere => Event::ConnectedElsewhere,
        }
    }
}

/// The events of one device. `next()` waits for the next one and returns `None` once the
/// stream has ended (revoked, connected elsewhere, or `close()` was called).
#[derive(Debug, uniffi::Object)]
pub struct EventStream {
    inner: Mutex<Option<kinbridge_sdk::EventStream>>,
    client: kinbridge_sdk::Client,
    /// Wakes a waiting `next()` when the app closes the stream.
    closing: Notify,
    closed: AtomicBool,
}

impl EventStream {
    pub(crate) fn new(stream: kinbridge_sdk::EventStream, client: kinbridge_sdk::Client) -> Self {
        EventStream {
            inner: Mutex::new(Some(stream)),
            client,
            closing: Notify::new(),
            closed: AtomicBool::new(false),
        }
    }
}

#[uniffi::export]
impl EventStream {
    /// The next event, or `None` once the stream has ended. Safe to cancel (a timeout
    /// on the foreign side): an event is taken from the stream only when it is returned.
    pub async fn next(&self) -> Option<Event> {
        // Polled here, not on the SDK's runtime: the channel and the lock need none, and
        // a cancelled wait then leaves the next event in the channel.
        if self.closed.load(Ordering::Acquire) {
            return None;
        }
        let mut guard = self.inner.lock().await;
        let stream = guard.as_mut()?;
        tokio::select! {
            event = stream.next() => event.map(|e| match Event::from(e) {
                Event::Revoked { .. } => Event::Revoked {
                    store_erased: self.client.is_erased(),
                },
                other => other,
            }),
            () = self.closing.notified() => {
                // Dropping the SDK's stream closes the socket properly.
                guard.take();
                None
            }
        }
    }

    /// Closes the connection (properly, after the acknowledgements already sent).
    pub async fn close(&self) {
        self.closed.store(true, Ordering::Release);
        // A stored permit if no `next()` waits now, so none can miss it.
        self.closing.notify_one();
        self.inner.lock().await.take();
    }
}
