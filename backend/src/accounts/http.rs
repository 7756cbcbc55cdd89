//! HTTP routes of the accounts capability, and the `Caller` extractor that authenticates
//! every protected call.

use std::future::Future;
use std::net::{IpAddr, Ipv4Addr};
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::header::AUTHORIZATION;
use actix_web::{FromRequest, HttpRequest, HttpResponse, web};
use chrono::Duration;
use kinbridge_l10n::Locale;
use kinbridge_protocol::api::{
    CreateStaffRequest, DeviceView, EnrolRequest, EnrolResponse, EnrolmentCodeResponse, MeResponse,
    PreferencesRequest,
};
use kinbridge_protocol::{AccountId, AccountRole, DeviceId, ErrorCode};

use super::{AccountsError, Credential, DisplayName, EnrolmentCode, EnrolmentKeys};
use crate::AppState;
use crate::error::ApiError;
use crate::http::{Api, ApiJson, Op, path_id};

/// The authenticated device making a call, and its account.
#[derive(Debug, Clone)]
pub struct Caller {
    pub account_id: AccountId,
    pub device_id: DeviceId,
    /// The Signal device number of the device within its account.
    pub device_number: i32,
    pub role: AccountRole,
}

impl FromRequest for Caller {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let state = req.app_data::<web::Data<AppState>>().cloned();
        let header = req
            .headers()
            .get(AUTHORIZATION)
            .map(|v| v.to_str().map(str::to_owned));
        Box::pin(async move {
            let state = state.ok_or_else(|| ApiError::new(ErrorCode::ServerInternal))?;
            let raw = match header {
                None => return Err(AccountsError::CredentialMissing.into()),
                Some(Err(_)) => return Err(AccountsError::CredentialInvalid.into()),
                Some(Ok(v)) => v,
            };
            let token = raw
                .strip_prefix(kinbridge_protocol::AUTHORIZATION_SCHEME)
                .and_then(|t| t.strip_prefix(' '))
                .ok_or(AccountsError::CredentialInvalid)?;
            let credential = Credential::parse(token)?;
            if let Some(caller) = super::authenticate_cached(&credential) {
                return Ok(caller?);
            }
            let caller = state
                .db
                .run(move |conn| super::authenticate(conn, &credential))
                .await?;
            Ok(caller)
        })
    }
}

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
            E::InvalidKey(f) => ApiError::field(ErrorCode::KeysInvalidKey, f),
            E::InvalidSignature(f) => ApiError::field(ErrorCode::KeysInvalidSignature, f),
            E::InvalidRegistrationId => {
                ApiError::field(ErrorCode::KeysInvalidRegistrationId, "registration_id")
            }
            E::InvalidField(f) => ApiError::invalid_field(f),
            E::CredentialMissing => ApiError::new(ErrorCode::AuthCredentialMissing),
            E::CredentialInvalid => ApiError::new(ErrorCode::AuthCredentialInvalid),
            E::DeviceRevoked => ApiError::new(ErrorCode::AuthDeviceRevoked),
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

fn code_ttl(state: &AppState) -> Duration {
    Duration::hours(i64::from(state.settings.enrolment_code_ttl_hours))
}

async fn enrol(
    state: web::Data<AppState>,
    req: HttpRequest,
    ApiJson(body): ApiJson<EnrolRequest>,
) -> Result<HttpResponse, ApiError> {
    // The address is used for the limit only; it is neither logged nor stored.
    let ip = req
        .peer_addr()
        .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |a| a.ip());
    let now = state.clock.now();
    state
        .enrol_limiter
        .check(&ip, now)
        .map_err(AccountsError::RateLimited)?;
    let keys = EnrolmentKeys::parse(&body)?;
    let result = match EnrolmentCode::parse(&body.code) {
        Ok(code) => {
            let server_keys = state.keys.clone();
            state
                .db
                .run(move |conn| super::enrol(conn, &server_keys, &code, &keys, now))
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
                state.enrol_limiter.record(ip, now);
            }
            Err(e.into())
        }
    }
}

async fn me(state: web::Data<AppState>, caller: Caller) -> Result<web::Json<MeResponse>, ApiError> {
    Ok(web::Json(
        state.db.run(move |c| super::me(c, &caller)).await?,
    ))
}

async fn set_preferences(
    state: web::Data<AppState>,
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
    let now = state.clock.now();
    Ok(web::Json(
        state
            .db
            .run(move |c| super::set_preferences(c, &caller, locale, body.grammatical_form, now))
            .await?,
    ))
}

async fn create_staff(
    state: web::Data<AppState>,
    caller: Caller,
    ApiJson(body): ApiJson<CreateStaffRequest>,
) -> Result<HttpResponse, ApiError> {
    super::policy::require_admin(&caller)?;
    let name = DisplayName::parse(&body.display_name)?;
    let (keys, now, ttl) = (state.keys.clone(), state.clock.now(), code_ttl(&state));
    let created = state
        .db
        .run(move |c| super::create_staff(c, &keys, body.role, &name, (&caller).into(), now, ttl))
        .await?;
    Ok(HttpResponse::Created().json(created))
}

async fn reissue_staff_code(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let account: AccountId = path_id(&path)?;
    let (keys, now, ttl) = (state.keys.clone(), state.clock.now(), code_ttl(&state));
    let code = state
        .db
        .run(move |c| super::reissue_staff_code(c, &keys, &caller, account, now, ttl))
        .await?;
    Ok(HttpResponse::Created().json(code))
}

async fn my_devices(
    state: web::Data<AppState>,
    caller: Caller,
) -> Result<web::Json<Vec<DeviceView>>, ApiError> {
    let (account, now) = (caller.account_id, state.clock.now());
    Ok(web::Json(
        state
            .db
            .run(move |c| super::devices_of(c, &caller, account, now))
            .await?,
    ))
}

async fn account_devices(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<web::Json<Vec<DeviceView>>, ApiError> {
    let account: AccountId = path_id(&path)?;
    let now = state.clock.now();
    Ok(web::Json(
        state
            .db
            .run(move |c| super::devices_of(c, &caller, account, now))
            .await?,
    ))
}

async fn revoke_device(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<web::Json<DeviceView>, ApiError> {
    let device: DeviceId = path_id(&path)?;
    let now = state.clock.now();
    let revoked = state
        .db
        .run(move |c| super::revoke(c, &caller, device, now))
        .await?;
    // An open WebSocket of the device closes at once, like its HTTP calls.
    state.notifier.revoked(device);
    Ok(web::Json(revoked))
}
