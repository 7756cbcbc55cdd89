//! Routes of the keys capability.

use actix_web::web;
use kinbridge_protocol::api::{KeyCounts, KeysUploadRequest, PreKeyBundles};
use kinbridge_protocol::{AccountId, ErrorCode};

use super::{DeviceSelector, KeysError};
use crate::AppState;
use crate::accounts::Caller;
use crate::error::ApiError;
use crate::http::{Api, ApiJson, Op, path_id};

impl From<KeysError> for ApiError {
    fn from(e: KeysError) -> Self {
        match e {
            KeysError::InvalidKey(f) => ApiError::field(ErrorCode::KeysInvalidKey, f),
            KeysError::InvalidSignature(f) => ApiError::field(ErrorCode::KeysInvalidSignature, f),
            KeysError::InvalidField(f) => ApiError::invalid_field(f),
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
            .summary("Take the prekey bundles of one device (a number) or all (`*`) of a person the contact rules allow.")
            .returns::<PreKeyBundles>(200)
            .errors(&[ErrorCode::AccountNotFound, ErrorCode::KeysRateLimited]),
        bundles,
    );
}

async fn upload(
    state: web::Data<AppState>,
    caller: Caller,
    ApiJson(body): ApiJson<KeysUploadRequest>,
) -> Result<web::Json<KeyCounts>, ApiError> {
    let now = state.clock.now();
    Ok(web::Json(
        state
            .db
            .run(move |c| super::upload(c, &caller, &body, now))
            .await?,
    ))
}

async fn counts(
    state: web::Data<AppState>,
    caller: Caller,
) -> Result<web::Json<KeyCounts>, ApiError> {
    Ok(web::Json(
        state.db.run(move |c| super::counts(c, &caller)).await?,
    ))
}

async fn bundles(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<(String, String)>,
) -> Result<web::Json<PreKeyBundles>, ApiError> {
    let target: AccountId = path_id(&path.0)?;
    let which = DeviceSelector::parse(&path.1).ok_or_else(|| ApiError::invalid_field("device"))?;
    let now = state.clock.now();
    // Counted before the lookup: probing unknown accounts spends the same budget.
    let key = (caller.account_id, target);
    state
        .bundle_limiter
        .check(&key, now)
        .map_err(|secs| ApiError::new(ErrorCode::KeysRateLimited).retry_after(secs))?;
    state.bundle_limiter.record(key, now);
    Ok(web::Json(
        state
            .db
            .run(move |c| super::bundles(c, &caller, target, which, now))
            .await?,
    ))
}
