//! Routes of the messaging capability: send, and HTTP polling with explicit acks (the
//! fallback for poor connectivity; the WebSocket is the usual way).

use actix_web::web;
use chrono::Duration;
use kinbridge_protocol::api::{
    AckRequest, CircleRoster, CircleSendRequest, Envelope, SendRequest, SendResponse,
};
use kinbridge_protocol::{AccountId, CaseId, ErrorCode, ErrorDetails};

use super::{Limits, MessagesError, Prepared};
use crate::AppState;
use crate::accounts::Caller;
use crate::db::DbConn;
use crate::error::ApiError;
use crate::http::{Api, ApiJson, Op, path_id};

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
            MessagesError::InvalidField(f) => ApiError::invalid_field(f),
            MessagesError::Storage(s) => s.into(),
            MessagesError::AccessDenied => ApiError::new(ErrorCode::MessagesAccessDenied),
            MessagesError::CaseNotFound => ApiError::new(ErrorCode::CaseNotFound),
            MessagesError::CircleChanged => ApiError::new(ErrorCode::CircleChanged),
            MessagesError::Uncached => ApiError::new(ErrorCode::ServerInternal),
        }
    }
}

pub fn limits(state: &AppState) -> Limits {
    Limits {
        max_envelope_bytes: state.settings.max_envelope_bytes,
        ttl: Duration::days(i64::from(state.settings.message_ttl_days)),
    }
}

/// Runs a send's checks from the caches alone on the request thread (most sends), and on
/// a pooled connection only when something was not cached.
pub async fn cache_first<F>(state: &AppState, check: F) -> Result<Prepared, ApiError>
where
    F: Fn(Option<&mut DbConn>) -> Result<Prepared, MessagesError> + Send + 'static,
{
    match check(None) {
        Err(MessagesError::Uncached) => Ok(state.db.run(move |c| check(Some(c))).await?),
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
            ]),
        send,
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
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
    ApiJson(body): ApiJson<SendRequest>,
) -> Result<web::Json<SendResponse>, ApiError> {
    let target: AccountId = path_id(&path)?;
    let (limits, now) = (limits(&state), state.clock.now());
    let prepared = cache_first(&state, move |c| {
        super::prepare(c, &caller, target, &body, &limits, now)
    })
    .await?;
    let delivery = state.writer.send(prepared).await?;
    for (device, envelope) in delivery.ephemeral {
        state.notifier.push_envelope(device, envelope);
    }
    Ok(web::Json(SendResponse {
        duplicate: delivery.duplicate,
    }))
}

async fn circle_roster(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<web::Json<CircleRoster>, ApiError> {
    let case: CaseId = path_id(&path)?;
    Ok(web::Json(
        state
            .db
            .run(move |c| super::circle::roster(c, &caller, case))
            .await?,
    ))
}

async fn send_circle(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
    ApiJson(body): ApiJson<CircleSendRequest>,
) -> Result<web::Json<SendResponse>, ApiError> {
    let case: CaseId = path_id(&path)?;
    let (limits, now) = (limits(&state), state.clock.now());
    let prepared = state
        .db
        .run(move |c| super::circle::prepare(c, &caller, case, &body, &limits, now))
        .await?;
    let duplicate = state.writer.send(prepared).await?.duplicate;
    Ok(web::Json(SendResponse { duplicate }))
}

async fn poll(
    state: web::Data<AppState>,
    caller: Caller,
) -> Result<web::Json<Vec<Envelope>>, ApiError> {
    let now = state.clock.now();
    let device = caller.device_id;
    let rows = state
        .db
        .run(move |c| super::pending(c, device, 0, 100, now))
        .await?;
    Ok(web::Json(rows.into_iter().map(|(_, e)| e).collect()))
}

async fn ack(
    state: web::Data<AppState>,
    caller: Caller,
    ApiJson(body): ApiJson<AckRequest>,
) -> Result<web::Json<serde_json::Value>, ApiError> {
    if body.guids.len() > 1000 {
        return Err(ApiError::invalid_field("guids"));
    }
    state
        .writer
        .acknowledge(&state.notifier, caller, body.guids, state.clock.now())
        .await?;
    Ok(web::Json(serde_json::json!({})))
}
