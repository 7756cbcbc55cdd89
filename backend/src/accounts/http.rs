//! HTTP routes of the accounts capability: the caller's profile and preferences, staff
//! accounts.

use actix_web::{HttpResponse, web};
use kinbridge_l10n::Locale;
use kinbridge_protocol::api::{
    CreateStaffRequest, EnrolmentCodeResponse, MeResponse, PreferencesRequest, SupervisorRequest,
};
use kinbridge_protocol::{AccountId, ErrorCode};

use super::{AccountsError, DisplayName};
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
            E::DevicesActive => ApiError::new(ErrorCode::DeviceStillActive),
            E::ChildMissing => ApiError::new(ErrorCode::AlertChildMissing),
            E::Storage(s) => s.into(),
        }
    }
}

pub fn routes(api: &mut Api) {
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
            .summary("Admin: a new enrolment code for a staff account whose devices are all revoked (a replacement device); refused while the account has an active device.")
            .returns::<EnrolmentCodeResponse>(201)
            .errors(&[
                ErrorCode::AuthForbidden,
                ErrorCode::AccountNotFound,
                ErrorCode::DeviceStillActive,
            ]),
        reissue_staff_code,
    );
    api.route(
        Op::put("/v1/staff/{account_id}/supervisor", "setSupervisor")
            .tag("accounts")
            .summary("Admin: who supervises a staff member (`null`: nobody). A complaint about a staff member is hidden from everyone they supervise. Never a loop.")
            .body::<SupervisorRequest>()
            .errors(&[ErrorCode::AuthForbidden, ErrorCode::AccountNotFound]),
        set_supervisor,
    );
}

async fn set_supervisor(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
    ApiJson(body): ApiJson<SupervisorRequest>,
) -> Result<web::Json<serde_json::Value>, ApiError> {
    let (account, now): (AccountId, _) = (path_id(&path)?, p.clock.now());
    p.db.write(move |tx| super::set_supervisor(tx, &caller, account, body.supervisor, now))
        .await?;
    Ok(web::Json(serde_json::json!({})))
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
