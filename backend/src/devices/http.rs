//! HTTP routes of device trust: enrolment, device lists, revocation.

use actix_web::{HttpRequest, HttpResponse, web};
use kinbridge_protocol::api::{DeviceView, EnrolRequest, EnrolResponse};
use kinbridge_protocol::{AccountId, DeviceId, ErrorCode};

use super::DevicesError;
use crate::accounts::{AccountsError, EnrolmentCode, EnrolmentKeys};
use crate::http::{Api, ApiError, ApiJson, Op, client_address, path_id};
use crate::platform::Platform;
use crate::platform::identity::Caller;
use crate::platform::limits::address_key;

impl From<DevicesError> for ApiError {
    fn from(e: DevicesError) -> Self {
        match e {
            DevicesError::Accounts(a) => a.into(),
            DevicesError::AccountNotFound => ApiError::new(ErrorCode::AccountNotFound),
            DevicesError::DeviceNotFound => ApiError::new(ErrorCode::DeviceNotFound),
            DevicesError::Storage(s) => s.into(),
        }
    }
}

pub fn routes(api: &mut Api) {
    api.route(
        Op::post("/v1/enrolment", "enrol")
            .tag("devices")
            .summary("Enrol a device with a one-time code and its Signal public keys.")
            .public()
            .body::<EnrolRequest>()
            .returns::<EnrolResponse>(201)
            .errors(&[
                ErrorCode::EnrolmentCodeInvalid,
                ErrorCode::EnrolmentCodeExpired,
                ErrorCode::EnrolmentCodeUsed,
                ErrorCode::EnrolmentRateLimited,
                ErrorCode::KeysInvalidKey,
                ErrorCode::KeysInvalidSignature,
                ErrorCode::KeysInvalidRegistrationId,
                ErrorCode::AuthForbidden,
            ]),
        enrol,
    );
    api.route(
        Op::get("/v1/devices", "myDevices")
            .tag("devices")
            .summary("The calling account's devices.")
            .returns::<Vec<DeviceView>>(200)
            .errors(&[ErrorCode::AccountNotFound]),
        my_devices,
    );
    api.route(
        Op::get("/v1/accounts/{account_id}/devices", "accountDevices")
            .tag("devices")
            .summary("The devices of an account the caller manages (own; a caseworker's invitees; an admin's staff).")
            .returns::<Vec<DeviceView>>(200)
            .errors(&[ErrorCode::AccountNotFound]),
        account_devices,
    );
    api.route(
        Op::delete("/v1/devices/{device_id}", "revokeDevice")
            .tag("devices")
            .summary("Revoke a device. Its credential is refused from the next call on.")
            .returns::<DeviceView>(200)
            .errors(&[ErrorCode::DeviceNotFound]),
        revoke_device,
    );
}

/// Enrolment with the limits that keep code guessing slow without letting one client
/// block others: failures count per client address (its /64 for IPv6; behind trusted
/// proxies, the forwarded address) and per code tried. A client past its limit gets
/// `enrolment.rate_limited` for anything but a valid code, so a shared address never keeps
/// a person with a real code out (an 80-bit code cannot be guessed anyway).
async fn enrol(
    p: web::Data<Platform>,
    req: HttpRequest,
    ApiJson(body): ApiJson<EnrolRequest>,
) -> Result<HttpResponse, ApiError> {
    // The address is used for the limits only; it is neither logged nor stored.
    let ip = address_key(client_address(&req, &p.trusted_proxies));
    let now = p.clock.now();
    let limited = p.limits.enrolment.check(&ip, now).await.err();
    let keys = EnrolmentKeys::parse(&body).map_err(DevicesError::from)?;
    let refused = |secs| ApiError::from(AccountsError::RateLimited(secs));
    let code = match EnrolmentCode::parse(&body.code) {
        Ok(code) => code,
        Err(e) => {
            p.limits.enrolment.record(&ip, now).await;
            return Err(limited.map_or_else(|| e.into(), refused));
        }
    };
    let tried = code.hash(&p.keys);
    p.limits
        .enrolment_code
        .check(&tried, now)
        .await
        .map_err(refused)?;
    let (server_keys, ttl) = (p.keys.clone(), p.settings.message_ttl());
    let result =
        p.db.write(move |tx| super::enrol(tx, &server_keys, &code, &keys, now, ttl))
            .await;
    match result {
        Ok(done) => Ok(HttpResponse::Created().json(done)),
        Err(DevicesError::Accounts(
            e @ (AccountsError::CodeInvalid | AccountsError::CodeExpired | AccountsError::CodeUsed),
        )) => {
            p.limits.enrolment.record(&ip, now).await;
            p.limits.enrolment_code.record(&tried, now).await;
            Err(limited.map_or_else(|| e.into(), refused))
        }
        Err(e) => Err(e.into()),
    }
}

async fn my_devices(
    p: web::Data<Platform>,
    caller: Caller,
) -> Result<web::Json<Vec<DeviceView>>, ApiError> {
    let (account, now) = (caller.account_id, p.clock.now());
    Ok(web::Json(
        p.recorded(move |c| super::devices_of(c, &caller, account, now))
            .await?,
    ))
}

async fn account_devices(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<web::Json<Vec<DeviceView>>, ApiError> {
    let account: AccountId = path_id(&path)?;
    let now = p.clock.now();
    Ok(web::Json(
        p.recorded(move |c| super::devices_of(c, &caller, account, now))
            .await?,
    ))
}

async fn revoke_device(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<web::Json<DeviceView>, ApiError> {
    let device: DeviceId = path_id(&path)?;
    let (now, ttl) = (p.clock.now(), p.settings.message_ttl());
    Ok(web::Json(
        p.db.write(move |tx| super::revoke(tx, &caller, device, now, ttl))
            .await?,
    ))
}
