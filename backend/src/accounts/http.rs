//! HTTP routes of the accounts capability: enrolment, the caller's profile and
//! preferences, staff accounts, devices.

use std::net::{IpAddr, Ipv4Addr};

use actix_web::{HttpRequest, HttpResponse, web};
use kinbridge_l10n::Locale;
use kinbridge_protocol::api::{
    CreateStaffRequest, DeviceView, EnrolRequest, EnrolResponse, EnrolmentCodeResponse, MeResponse,
    PreferencesRequest,
};
use kinbridge_protocol::{AccountId, DeviceId, ErrorCode};

use super::{AccountsError, DisplayName, EnrolmentCode, EnrolmentKeys};
use crate::http::{Api, ApiError, ApiJson, Op, path_id};
use crate::platform::Platform;
use crate::platform::identity::Caller;

impl From<AccountsError> for ApiError {
    fn from(e: AccountsError) -> Self {
        use AccountsError as E;
        match e {
            E::CodeInvalid => ApiError::new(ErrorCode::EnrolmentCodeInvalid),
            E::CodeExpired => ApiError::new(ErrorCode::EnrolmentCodeExpired),
            E::CodeUsed => ApiError::new(ErrorCode::EnrolmentCodeUsed),
            E::RateLimited(secs) => {
                ApiError::new(ErrorCode::EnrolmentRateLimited).retry_after(secs)
            }
            E::Key(k) => k.into(),
            E::InvalidRegistrationId => {
                ApiError::field(ErrorCode::KeysInvalidRegistrationId, "registration_id")
            }
            E::InvalidField(f) => ApiError::invalid_field(f),
            E::Forbidden => ApiError::new(ErrorCode::AuthForbidden),
            E::AccountNotFound => ApiError::new(ErrorCode::AccountNotFound),
            E::DeviceNotFound => ApiError::new(ErrorCode::DeviceNotFound),
            E::Storage(s) => s.into(),
        }
    }
}

pub fn routes(api: &mut Api) {
    api.route(
        Op::post("/v1/enrolment", "enrol")
            .tag("accounts")
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
        Op::get("/v1/me", "me")
            .tag("accounts")
            .summary("The calling account and device.")
            .returns::<MeResponse>(200)
            .errors(&[ErrorCode::AccountNotFound]),
        me,
    );
    api.route(
        Op::put("/v1/me/preferences", "setPreferences")
            .tag("accounts")
            .summary("Set the language and the form of address (feminine, masculine, neutral) of the caller's texts.")
            .body::<PreferencesRequest>()
            .returns::<MeResponse>(200),
        set_preferences,
    );
    api.route(
        Op::post("/v1/staff", "createStaff")
            .tag("accounts")
            .summary("Admin: create a staff account and get its first enrolment code.")
            .body::<CreateStaffRequest>()
            .returns::<EnrolmentCodeResponse>(201)
            .errors(&[ErrorCode::AuthForbidden]),
        create_staff,
    );
    api.route(
        Op::post("/v1/staff/{account_id}/enrolment-codes", "reissueStaffCode")
            .tag("accounts")
            .summary("Admin: a new enrolment code for a staff account (a replacement device).")
            .returns::<EnrolmentCodeResponse>(201)
            .errors(&[ErrorCode::AuthForbidden, ErrorCode::AccountNotFound]),
        reissue_staff_code,
    );
    api.route(
        Op::get("/v1/devices", "myDevices")
            .tag("accounts")
            .summary("The calling account's devices.")
            .returns::<Vec<DeviceView>>(200)
            .errors(&[ErrorCode::AccountNotFound]),
        my_devices,
    );
    api.route(
        Op::get("/v1/accounts/{account_id}/devices", "accountDevices")
            .tag("accounts")
            .summary("The devices of an account the caller manages (own; a caseworker's invitees; an admin's staff).")
            .returns::<Vec<DeviceView>>(200)
            .errors(&[ErrorCode::AccountNotFound]),
        account_devices,
    );
    api.route(
        Op::delete("/v1/devices/{device_id}", "revokeDevice")
            .tag("accounts")
            .summary("Revoke a device. Its credential is refused from the next call on.")
            .returns::<DeviceView>(200)
            .errors(&[ErrorCode::DeviceNotFound]),
        revoke_device,
    );
}

async fn enrol(
    p: web::Data<Platform>,
    req: HttpRequest,
    ApiJson(body): ApiJson<EnrolRequest>,
) -> Result<HttpResponse, ApiError> {
    // The address is used for the limit only; it is neither logged nor stored.
    let ip = req
        .peer_addr()
        .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |a| a.ip());
    let now = p.clock.now();
    p.limits
        .enrolment
        .check(&ip, now)
        .map_err(AccountsError::RateLimited)?;
    let keys = EnrolmentKeys::parse(&body)?;
    let result = match EnrolmentCode::parse(&body.code) {
        Ok(code) => {
            let server_keys = p.keys.clone();
            p.db.write(move |tx| super::enrol(tx, &server_keys, &code, &keys, now))
                .await
        }
        Err(e) => Err(e),
    };
    match result {
        Ok(done) => Ok(HttpResponse::Created().json(done)),
        Err(e) => {
            if matches!(
                e,
                AccountsError::CodeInvalid | AccountsError::CodeExpired | AccountsError::CodeUsed
            ) {
                p.limits.enrolment.record(ip, now);
            }
            Err(e.into())
        }
    }
}

async fn me(p: web::Data<Platform>, caller: Caller) -> Result<web::Json<MeResponse>, ApiError> {
    Ok(web::Json(p.db.run(move |c| super::me(c, &caller)).await?))
}

async fn set_preferences(
    p: web::Data<Platform>,
    caller: Caller,
    ApiJson(body): ApiJson<PreferencesRequest>,
) -> Result<web::Json<MeResponse>, ApiError> {
    let locale = body
        .locale
        .map(|l| {
            l.map(|raw| Locale::parse(&raw).map_err(|_| AccountsError::InvalidField("locale")))
                .transpose()
        })
        .transpose()?;
    let now = p.clock.now();
    Ok(web::Json(
        p.db.write(move |tx| {
            super::set_preferences(tx, &caller, locale, body.grammatical_form, now)
        })
        .await?,
    ))
}

async fn create_staff(
    p: web::Data<Platform>,
    caller: Caller,
    ApiJson(body): ApiJson<CreateStaffRequest>,
) -> Result<HttpResponse, ApiError> {
    super::policy::require_admin(&caller)?;
    let name = DisplayName::parse(&body.display_name)?;
    let (keys, now, ttl) = (
        p.keys.clone(),
        p.clock.now(),
        p.settings.enrolment_code_ttl(),
    );
    let created =
        p.db.write(move |tx| {
            super::create_staff(tx, &keys, body.role, &name, (&caller).into(), now, ttl)
        })
        .await?;
    Ok(HttpResponse::Created().json(created))
}

async fn reissue_staff_code(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let account: AccountId = path_id(&path)?;
    let (keys, now, ttl) = (
        p.keys.clone(),
        p.clock.now(),
        p.settings.enrolment_code_ttl(),
    );
    let code =
        p.db.write(move |tx| super::reissue_staff_code(tx, &keys, &caller, account, now, ttl))
            .await?;
    Ok(HttpResponse::Created().json(code))
}

async fn my_devices(
    p: web::Data<Platform>,
    caller: Caller,
) -> Result<web::Json<Vec<DeviceView>>, ApiError> {
    let (account, now) = (caller.account_id, p.clock.now());
    Ok(web::Json(
        p.db.write(move |tx| super::devices_of(tx, &caller, account, now))
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
        p.db.write(move |tx| super::devices_of(tx, &caller, account, now))
            .await?,
    ))
}

async fn revoke_device(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<web::Json<DeviceView>, ApiError> {
    let device: DeviceId = path_id(&path)?;
    let now = p.clock.now();
    Ok(web::Json(
        p.db.write(move |tx| super::revoke(tx, &caller, device, now))
            .await?,
    ))
}
