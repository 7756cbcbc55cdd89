//! Routes of sealed sender: sender certificates, access keys, and sends without a sender.

use actix_web::{HttpRequest, web};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use kinbridge_protocol::api::{
    ACCESS_KEY_HEADER, AccessKeyRequest, DeliveryCertificate, SendRequest, SendResponse,
};
use kinbridge_protocol::{AccountId, B64, ErrorCode};

use super::ACCESS_KEY_BYTES;
use crate::AppState;
use crate::accounts::{self, Caller};
use crate::audit::{self, Event, Subject};
use crate::db::{StorageError, write_tx};
use crate::error::ApiError;
use crate::http::{Api, ApiJson, Op, path_id};
use crate::messages::MessagesError;
use crate::messages::http::{cache_first, limits};

pub fn routes(api: &mut Api) {
    api.route(
        Op::get("/v1/certificate/delivery", "deliveryCertificate")
            .tag("sealed sender")
            .summary("A sender certificate for sealed-sender messages: this device's account id, number and identity key, signed, valid for `sender_certificate_hours` (24 by default, 7 days at most). No phone number.")
            .returns::<DeliveryCertificate>(200),
        certificate,
    );
    api.route(
        Op::put("/v1/access-key", "setAccessKey")
            .tag("sealed sender")
            .summary("Register this person's access key for sealed-sender messages (16 random bytes; only its hash is kept). Share it with contacts inside encrypted messages.")
            .body::<AccessKeyRequest>(),
        set_access_key,
    );
    api.route(
        Op::put("/v1/sealed/messages/{account_id}", "sendSealed")
            .tag("sealed sender")
            .summary("Send a sealed-sender message: no Authorization, the recipient's access key in `Unidentified-Access-Key`, one `sealed_sender` ciphertext per device. Nothing about the sender is stored; no delivery receipt follows.")
            .public()
            .large_body()
            .body::<SendRequest>()
            .returns::<SendResponse>(200)
            .errors(&[
                ErrorCode::MessagesAccessDenied,
                ErrorCode::MessagesMismatchedDevices,
                ErrorCode::MessagesStaleDevices,
                ErrorCode::MessagesTooLarge,
                ErrorCode::MessagesRateLimited,
            ]),
        send_sealed,
    );
}

async fn certificate(
    state: web::Data<AppState>,
    caller: Caller,
) -> Result<web::Json<DeliveryCertificate>, ApiError> {
    let device = caller.device_id.to_string();
    let identity = state
        .db
        .run(move |c| accounts::repo::find_device(c, &device).map_err(StorageError::from))
        .await?
        .ok_or_else(|| ApiError::new(ErrorCode::AuthCredentialInvalid))?
        .identity_key;
    let hours = i64::from(state.settings.sender_certificate_hours);
    let expires_at = state.clock.now() + chrono::Duration::hours(hours);
    let number = u32::try_from(caller.device_number).unwrap_or_default();
    let certificate = state
        .certificates
        .sender_certificate(caller.account_id, number, &identity, expires_at)
        .map_err(|e| {
            tracing::error!(error = %e, "issuing a sender certificate failed");
            ApiError::new(ErrorCode::ServerInternal)
        })?;
    Ok(web::Json(DeliveryCertificate {
        certificate: B64(certificate),
        expires_at,
    }))
}

async fn set_access_key(
    state: web::Data<AppState>,
    caller: Caller,
    ApiJson(body): ApiJson<AccessKeyRequest>,
) -> Result<web::Json<serde_json::Value>, ApiError> {
    let now = state.clock.now();
    state
        .db
        .run(move |c| {
            write_tx(c, |c| {
                super::set_access_key(c, caller.account_id, body.access_key.as_ref())?;
                audit::record(
                    c,
                    Event::new(&caller, "sealed.access_key.set")
                        .subject(Subject::Device(caller.device_id)),
                    now,
                )?;
                Ok::<_, MessagesError>(())
            })
        })
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

async fn send_sealed(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
    ApiJson(body): ApiJson<SendRequest>,
) -> Result<web::Json<SendResponse>, ApiError> {
    let target: AccountId = path_id(&path)?;
    let key = access_key(&req)?;
    let now = state.clock.now();
    // Floods are limited per recipient: the sender is unknown by design.
    state
        .sealed_limiter
        .check(&target, now)
        .map_err(|secs| ApiError::new(ErrorCode::MessagesRateLimited).retry_after(secs))?;
    let limits = limits(&state);
    let prepared = cache_first(&state, move |c| {
        super::prepare_sealed(c, target, &key, &body, &limits, now)
    })
    .await?;
    state.sealed_limiter.record(target, now);
    let delivery = state.writer.send(prepared).await?;
    Ok(web::Json(SendResponse {
        duplicate: delivery.duplicate,
    }))
}
