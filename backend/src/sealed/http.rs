//! Routes of sealed sender: sender certificates, access keys, and sends without a sender.

use actix_web::web;
use kinbridge_protocol::api::{AccessKeyRequest, DeliveryCertificate};
use kinbridge_protocol::{B64, ErrorCode};

use super::{Certificates, SealedError};
use crate::accounts;
use crate::http::{Api, ApiError, ApiJson, Op};
use crate::platform::Platform;
use crate::platform::identity::Caller;

impl From<SealedError> for ApiError {
    fn from(e: SealedError) -> Self {
        match e {
            SealedError::AccessKeyLength => ApiError::invalid_field("access_key"),
            SealedError::Storage(s) => s.into(),
        }
    }
}

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
}

async fn certificate(
    p: web::Data<Platform>,
    certificates: web::Data<Certificates>,
    caller: Caller,
) -> Result<web::Json<DeliveryCertificate>, ApiError> {
    let device = caller.device_id;
    let identity =
        p.db.run(move |c| accounts::device(c, device))
            .await?
            .ok_or_else(|| ApiError::new(ErrorCode::AuthCredentialInvalid))?
            .identity_key;
    let hours = i64::from(p.settings.sender_certificate_hours);
    let expires_at = p.clock.now() + chrono::Duration::hours(hours);
    let number = u32::try_from(caller.device_number).unwrap_or_default();
    let certificate = certificates
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
    p: web::Data<Platform>,
    caller: Caller,
    ApiJson(body): ApiJson<AccessKeyRequest>,
) -> Result<web::Json<serde_json::Value>, ApiError> {
    let now = p.clock.now();
    p.db.write(move |tx| super::set_access_key(tx, &caller, body.access_key.as_ref(), now))
        .await?;
    Ok(web::Json(serde_json::json!({})))
}
