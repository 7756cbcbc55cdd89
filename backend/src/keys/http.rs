//! Routes of the keys capability.

use actix_web::web;
use kinbridge_protocol::api::{KeyCounts, KeysUploadRequest, PreKeyBundles};
use kinbridge_protocol::{AccountId, ErrorCode};

use super::{DeviceSelector, KeysError};
use crate::http::{Api, ApiError, ApiJson, Op, path_id};
use crate::platform::Platform;
use crate::platform::identity::Caller;

impl From<KeysError> for ApiError {
    fn from(e: KeysError) -> Self {
        match e {
            KeysError::Key(k) => k.into(),
            KeysError::TooMany => ApiError::new(ErrorCode::KeysTooMany),
            KeysError::NotFound => ApiError::new(ErrorCode::AccountNotFound),
            KeysError::Storage(s) => s.into(),
        }
    }
}

pub fn routes(api: &mut Api) {
    api.route(
        Op::put("/v1/keys", "uploadKeys")
            .tag("keys")
            .summary("Upload or replace this device's signed prekey, Kyber last-resort prekey and one-time prekeys (100 of each at most).")
            .large_body()
            .body::<KeysUploadRequest>()
            .returns::<KeyCounts>(200)
            .errors(&[
                ErrorCode::KeysInvalidKey,
                ErrorCode::KeysInvalidSignature,
                ErrorCode::KeysTooMany,
            ]),
        upload,
    );
    api.route(
        Op::get("/v1/keys", "keyCounts")
            .tag("keys")
            .summary(
                "How many one-time prekeys of each kind the server still holds for this device.",
            )
            .returns::<KeyCounts>(200),
        counts,
    );
    api.route(
        Op::get("/v1/keys/{account_id}/{device}", "prekeyBundles")
            .tag("keys")
            .path_param(
                "device",
                serde_json::json!({"type": "string", "pattern": "^(\\*|[1-9][0-9]{0,2})$",
                                   "description": "A device number (1 to 127), or `*` for every device."}),
            )
            .summary("Take the prekey bundles of one device (a number) or all (`*`) of a person the contact rules allow.")
            .returns::<PreKeyBundles>(200)
            .errors(&[ErrorCode::AccountNotFound, ErrorCode::KeysRateLimited]),
        bundles,
    );
}

async fn upload(
    p: web::Data<Platform>,
    caller: Caller,
    ApiJson(body): ApiJson<KeysUploadRequest>,
) -> Result<web::Json<KeyCounts>, ApiError> {
    let now = p.clock.now();
    Ok(web::Json(
        p.db.write(move |tx| super::upload(tx, &caller, &body, now))
            .await?,
    ))
}

async fn counts(p: web::Data<Platform>, caller: Caller) -> Result<web::Json<KeyCounts>, ApiError> {
    Ok(web::Json(
        p.db.run(move |c| super::counts(c, &caller)).await?,
    ))
}

async fn bundles(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<(String, String)>,
) -> Result<web::Json<PreKeyBundles>, ApiError> {
    let target: AccountId = path_id(&path.0)?;
    let which = DeviceSelector::parse(&path.1).ok_or_else(|| ApiError::invalid_field("device"))?;
    let now = p.clock.now();
    // Counted before the lookup: probing unknown accounts spends the same budget.
    // Per (caller, target), and per caller whatever the target, so random targets do not
    // make fetches free.
    let limited = |secs| ApiError::new(ErrorCode::KeysRateLimited).retry_after(secs);
    p.limits
        .bundles_by_requester
        .take(&caller.account_id, 1, now)
        .await
        .map_err(limited)?;
    p.limits
        .bundles
        .take(&(caller.account_id, target), 1, now)
        .await
        .map_err(limited)?;
    Ok(web::Json(
        p.db.write(move |tx| super::bundles(tx, &caller, target, which, now))
            .await?,
    ))
}
