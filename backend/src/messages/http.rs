//! Routes of the messaging capability: send, and HTTP polling with explicit acks (the
//! fallback for poor connectivity; the WebSocket is the usual way).

use actix_web::{HttpRequest, web};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use kinbridge_protocol::api::{
    ACCESS_KEY_HEADER, AckRequest, CircleRoster, CircleSendRequest, Envelope, SendRequest,
    SendResponse,
};
use kinbridge_protocol::{AccountId, CaseId, ErrorCode, ErrorDetails};

use super::{Limits, MessagesError, Prepared, Writer};
use crate::http::{Api, ApiError, ApiJson, Op, client_address, json, path_id};
use crate::platform::Platform;
use crate::platform::cache::Caches;
use crate::platform::db::DbConn;
use crate::platform::identity::Caller;
use crate::platform::limits::address_key;
use crate::sealed::{self, ACCESS_KEY_BYTES};

impl From<MessagesError> for ApiError {
    fn from(e: MessagesError) -> Self {
        match e {
            MessagesError::ContactNotAllowed => ApiError::new(ErrorCode::ContactNotAllowed),
            MessagesError::Mismatched { missing, extra } => {
                ApiError::new(ErrorCode::MessagesMismatchedDevices).details(ErrorDetails {
                    missing_devices: missing,
                    extra_devices: extra,
                    ..ErrorDetails::default()
                })
            }
            MessagesError::Stale { stale } => ApiError::new(ErrorCode::MessagesStaleDevices)
                .details(ErrorDetails {
                    stale_devices: stale,
                    ..ErrorDetails::default()
                }),
            MessagesError::TooLarge => ApiError::new(ErrorCode::MessagesTooLarge),
            MessagesError::InvalidEnvelopes => ApiError::new(ErrorCode::MessagesInvalidEnvelopes),
            MessagesError::InvalidField(f) => ApiError::invalid_field(f),
            MessagesError::Storage(s) => s.into(),
            MessagesError::AccessDenied => ApiError::new(ErrorCode::MessagesAccessDenied),
            MessagesError::CaseNotFound => ApiError::new(ErrorCode::CaseNotFound),
            MessagesError::CircleChanged => ApiError::new(ErrorCode::CircleChanged),
            MessagesError::MailboxFull => ApiError::new(ErrorCode::MessagesMailboxFull),
            MessagesError::Uncached => ApiError::new(ErrorCode::ServerInternal),
        }
    }
}

pub fn limits(p: &Platform) -> Limits {
    Limits {
        max_envelope_bytes: p.settings.max_envelope_bytes,
        ttl: p.settings.message_ttl(),
        mailbox_envelopes: p.settings.mailbox_max_envelopes,
        mailbox_bytes: p.settings.mailbox_max_bytes,
    }
}

/// Runs a send's checks from the caches alone on the request thread (most sends), and on
/// a pooled connection only when something was not cached.
async fn cache_first<F>(p: &Platform, check: F) -> Result<Prepared, ApiError>
where
    F: Fn(Option<&mut DbConn>, &Caches) -> Result<Prepared, MessagesError> + Send + 'static,
{
    match check(None, &p.caches) {
        Err(MessagesError::Uncached) => {
            let caches = p.caches.clone();
            Ok(p.db.run(move |c| check(Some(c), &caches)).await?)
        }
        other => Ok(other?),
    }
}

pub fn routes(api: &mut Api) {
    api.route(
        Op::get("/v1/cases/{case_id}/circle", "circleRoster")
            .tag("messages")
            .summary("The devices this member's case-circle messages go to: every device of the case's other members they may contact.")
            .returns::<CircleRoster>(200)
            .errors(&[ErrorCode::CaseNotFound]),
        circle_roster,
    );
    api.route(
        Op::put("/v1/cases/{case_id}/circle/messages", "sendCircleMessage")
            .tag("messages")
            .summary("Send one sender-key ciphertext to the circle; the server stores one envelope per device in `recipients` (the devices the sender's key went to), each of which must be in the circle now, else 409 circle.changed.")
            .large_body()
            .body::<CircleSendRequest>()
            .returns::<SendResponse>(200)
            .errors(&[
                ErrorCode::CaseNotFound,
                ErrorCode::CircleChanged,
                ErrorCode::MessagesTooLarge,
                ErrorCode::MessagesInvalidEnvelopes,
                ErrorCode::MessagesRateLimited,
                ErrorCode::MessagesMailboxFull,
            ]),
        send_circle,
    );
    api.route(
        Op::put("/v1/messages/{account_id}", "sendMessage")
            .tag("messages")
            .summary("Send one message as one ciphertext per device of the recipient. 409 lists missing and extra devices, 410 reinstalled ones; a retry with the same client_message_id stores nothing twice.")
            .large_body()
            .body::<SendRequest>()
            .returns::<SendResponse>(200)
            .errors(&[
                ErrorCode::ContactNotAllowed,
                ErrorCode::MessagesMismatchedDevices,
                ErrorCode::MessagesStaleDevices,
                ErrorCode::MessagesTooLarge,
                ErrorCode::MessagesInvalidEnvelopes,
                ErrorCode::MessagesRateLimited,
                ErrorCode::MessagesMailboxFull,
            ]),
        send,
    );
    api.route(
        Op::put("/v1/sealed/messages/{account_id}", "sendSealed")
            .tag("sealed sender")
            .summary("Send a sealed-sender message: no Authorization, the recipient's access key in `Unidentified-Access-Key`, one `sealed_sender` ciphertext per device. Nothing about the sender is stored; no delivery receipt follows.")
            .public()
            .header(
                kinbridge_protocol::api::ACCESS_KEY_HEADER,
                serde_json::json!({"type": "string",
                                   "pattern": kinbridge_protocol::api::ACCESS_KEY_PATTERN}),
                "The recipient's access key: 16 bytes, standard base64.",
            )
            .large_body()
            .body::<SendRequest>()
            .returns::<SendResponse>(200)
            .errors(&[
                ErrorCode::MessagesAccessDenied,
                ErrorCode::MessagesMismatchedDevices,
                ErrorCode::MessagesStaleDevices,
                ErrorCode::MessagesTooLarge,
                ErrorCode::MessagesInvalidEnvelopes,
                ErrorCode::MessagesRateLimited,
                ErrorCode::MessagesMailboxFull,
            ]),
        send_sealed,
    );
    api.route(
        Op::get("/v1/messages", "pollMessages")
            .tag("messages")
            .summary("Up to 100 envelopes waiting for this device, oldest first (HTTP polling).")
            .returns::<Vec<Envelope>>(200),
        poll,
    );
    api.route(
        Op::post("/v1/messages/ack", "ackMessages")
            .tag("messages")
            .summary(
                "Acknowledge envelopes this device has safely received; the server deletes them.",
            )
            .body::<AckRequest>(),
        ack,
    );
}

async fn send(
    p: web::Data<Platform>,
    writer: web::Data<Writer>,
    caller: Caller,
    path: web::Path<String>,
    ApiJson(body): ApiJson<SendRequest>,
) -> Result<web::Json<SendResponse>, ApiError> {
    let target: AccountId = path_id(&path)?;
    let (limits, now) = (limits(&p), p.clock.now());
    let bytes = body.messages.iter().map(|m| m.content.as_ref().len()).sum();
    sender_allowance(&p, caller.account_id, bytes).await?;
    let prepared = cache_first(&p, move |c, caches| {
        super::prepare(c, caches, &caller, target, &body, &limits, now)
    })
    .await?;
    let delivery = writer.send(prepared).await?;
    for (device, envelope) in delivery.ephemeral {
        p.notify.push_unstored(device, envelope);
    }
    Ok(web::Json(SendResponse {
        duplicate: delivery.duplicate,
    }))
}

async fn circle_roster(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<web::Json<CircleRoster>, ApiError> {
    let case: CaseId = path_id(&path)?;
    let caches = p.caches.clone();
    Ok(web::Json(
        p.db.run(move |c| super::circle::roster(c, &caches, &caller, case))
            .await?,
    ))
}

async fn send_circle(
    p: web::Data<Platform>,
    writer: web::Data<Writer>,
    caller: Caller,
    path: web::Path<String>,
    ApiJson(body): ApiJson<CircleSendRequest>,
) -> Result<web::Json<SendResponse>, ApiError> {
    let case: CaseId = path_id(&path)?;
    let bytes = body
        .content
        .as_ref()
        .len()
        .saturating_mul(body.recipients.len());
    sender_allowance(&p, caller.account_id, bytes).await?;
    let (limits, now, caches) = (limits(&p), p.clock.now(), p.caches.clone());
    let prepared =
        p.db.run(move |c| super::circle::prepare(c, &caches, &caller, case, &body, &limits, now))
            .await?;
    let duplicate = writer.send(prepared).await?.duplicate;
    Ok(web::Json(SendResponse { duplicate }))
}

async fn poll(
    p: web::Data<Platform>,
    caller: Caller,
) -> Result<web::Json<Vec<Envelope>>, ApiError> {
    let (now, device) = (p.clock.now(), caller.device_id);
    let rows =
        p.db.run(move |c| super::pending(c, device, 0, 100, now))
            .await?;
    Ok(web::Json(rows.into_iter().map(|(_, e)| e).collect()))
}

async fn ack(
    p: web::Data<Platform>,
    writer: web::Data<Writer>,
    caller: Caller,
    ApiJson(body): ApiJson<AckRequest>,
) -> Result<web::Json<serde_json::Value>, ApiError> {
    if body.guids.len() > super::MAX_ACKS || !body.guids.iter().all(|g| super::is_guid(g)) {
        return Err(ApiError::invalid_field("guids"));
    }
    writer
        .acknowledge(caller, body.guids, p.clock.now())
        .await?;
    Ok(web::Json(serde_json::json!({})))
}

/// The access key from its header; a missing or malformed one is refused like a wrong one.
fn access_key(req: &HttpRequest) -> Result<Vec<u8>, ApiError> {
    req.headers()
        .get(ACCESS_KEY_HEADER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| STANDARD.decode(v.trim()).ok())
        .filter(|k| k.len() == ACCESS_KEY_BYTES)
        .ok_or_else(|| ApiError::new(ErrorCode::MessagesAccessDenied))
}

/// What a person may send: messages per minute and ciphertext bytes per hour (identified
/// and circle sends; the envelopes of a send count once, their bytes all).
async fn sender_allowance(p: &Platform, sender: AccountId, bytes: usize) -> Result<(), ApiError> {
    let now = p.clock.now();
    let limited = |secs| ApiError::new(ErrorCode::MessagesRateLimited).retry_after(secs);
    p.limits
        .sender
        .take(&sender, 1, now)
        .await
        .map_err(limited)?;
    p.limits
        .sender_bytes
        .take(&sender, u64::try_from(bytes).unwrap_or(u64::MAX), now)
        .await
        .map_err(limited)
}

/// A sealed send. Everything about the sender's right to send is checked before the body is
/// read: the client's record of wrong keys (they cost it), the access key, and the limits
/// per recipient and per (recipient, client address), taken in one step each.
async fn send_sealed(
    p: web::Data<Platform>,
    writer: web::Data<Writer>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<web::Json<SendResponse>, ApiError> {
    let target: AccountId = path_id(req.match_info().get("account_id").unwrap_or_default())?;
    let source = address_key(client_address(&req, &p.trusted_proxies));
    let now = p.clock.now();
    let rate_limited = |secs| ApiError::new(ErrorCode::MessagesRateLimited).retry_after(secs);
    p.limits
        .access_key_failures
        .check(&source, now)
        .await
        .map_err(rate_limited)?;
    let denied = async || {
        p.limits.access_key_failures.record(&source, now).await;
        ApiError::new(ErrorCode::MessagesAccessDenied)
    };
    let key = match access_key(&req) {
        Ok(key) => key,
        Err(_) => return Err(denied().await),
    };
    let allowed = match sealed::access_allowed(None, &p.caches, target, &key)? {
        Some(allowed) => allowed,
        None => {
            let (caches, key) = (p.caches.clone(), key.clone());
            p.db.run(move |c| sealed::access_allowed(Some(c), &caches, target, &key))
                .await?
                .unwrap_or(false)
        }
    };
    if !allowed {
        return Err(denied().await);
    }
    p.limits
        .sealed_by_source
        .take(&(target, source), 1, now)
        .await
        .map_err(rate_limited)?;
    p.limits
        .sealed
        .take(&target, 1, now)
        .await
        .map_err(rate_limited)?;
    let body: SendRequest = json::read(&req, payload.into_inner()).await?;
    let limits = limits(&p);
    let prepared = cache_first(&p, move |c, caches| {
        super::sealed::prepare_sealed(c, caches, target, &key, &body, &limits, now)
    })
    .await?;
    let delivery = writer.send(prepared).await?;
    Ok(web::Json(SendResponse {
        duplicate: delivery.duplicate,
    }))
}
