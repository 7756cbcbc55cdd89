//! HTTP routes of the consent capability: notices, a child's age, a child's consent record,
//! and override requests. Decisions and withdrawals are mounted by the cases capability
//! (`POST /v1/cases/{case_id}/consents[/withdraw]`), because a withdrawn consent for contact
//! ends the contact there.

use actix_web::{HttpRequest, HttpResponse, web};
use kinbridge_protocol::api::{
    ConsentAgeRequest, ConsentEventView, ConsentNotice, ConsentOverrideRequest,
    ConsentOverrideView, ConsentReceipt, ConsentRecord, ConsentRequest, ViewGiven, ViewRecord,
    ViewRequest,
};
use kinbridge_protocol::{AccountId, AgeBand, CaseId, ErrorCode, ErrorDetails, MissingConsent};

use super::{ConsentError, Rules};
use crate::http::{Api, ApiError, ApiJson, Op, accept_language, path_id, query_params};
use crate::platform::Platform;
use crate::platform::identity::Caller;

impl From<ConsentError> for ApiError {
    fn from(e: ConsentError) -> Self {
        use ConsentError as E;
        match e {
            E::NotFound => ApiError::new(ErrorCode::CaseNotFound),
            E::Forbidden => ApiError::new(ErrorCode::AuthForbidden),
            E::PurposeNotFound => ApiError::new(ErrorCode::ConsentPurposeNotFound),
            E::NoticeChanged => ApiError::new(ErrorCode::ConsentNoticeChanged),
            E::NoticeUnavailable => ApiError::new(ErrorCode::ConsentNoticeUnavailable),
            E::AgeUnknown => ApiError::new(ErrorCode::ConsentAgeUnknown),
            E::NotDecider => ApiError::new(ErrorCode::ConsentNotDecider),
            E::NothingToWithdraw => ApiError::new(ErrorCode::ConsentNothingToWithdraw),
            E::NotGranted { purpose, scope } => {
                ApiError::field(ErrorCode::ConsentNotGranted, purpose.clone()).details(
                    ErrorDetails {
                        missing_consent: Some(MissingConsent { purpose, scope }),
                        ..ErrorDetails::default()
                    },
                )
            }
            E::OverrideSelfApproval => ApiError::new(ErrorCode::ConsentOverrideSelfApproval),
            E::OverrideNotFound => ApiError::new(ErrorCode::ConsentOverrideNotFound),
            E::MemberNotFound => ApiError::new(ErrorCode::CaseMemberNotFound),
            E::EventNotFound => ApiError::new(ErrorCode::ConsentEventNotFound),
            E::InvalidField(f) => ApiError::invalid_field(f),
            E::Storage(s) => s.into(),
        }
    }
}

/// The errors of a call about one child of a case.
pub const ABOUT_A_CHILD: &[ErrorCode] = &[
    ErrorCode::CaseNotFound,
    ErrorCode::AuthForbidden,
    ErrorCode::CaseMemberNotFound,
];

pub fn routes(api: &mut Api) {
    api.route(
        Op::get("/v1/consent/notices/{purpose}", "consentNotice")
            .tag("consent")
            .summary("The notice a person reads before deciding, in exactly this language and age band (no fallback), with the SHA-256 of its bytes. Any published version with `version`.")
            .path_param("purpose", serde_json::json!({"type": "string", "pattern": "^[a-z0-9-]{1,64}$"}))
            .required_query("locale", serde_json::json!({"type": "string", "pattern": kinbridge_protocol::api::LOCALE_PATTERN, "maxLength": 35}), "The reader's language (BCP 47: a language, and optionally a region).")
            .required_query("band", serde_json::json!({"type": "string", "enum": AgeBand::ALL.iter().map(|b| b.as_str()).collect::<Vec<_>>()}), "The reader's age band; `adult` for guardians.")
            .query("version", serde_json::json!({"type": "integer", "minimum": 1, "maximum": 1_000_000}), "A published version (default: the current one).")
            .returns::<ConsentNotice>(200)
            .errors(&[
                ErrorCode::ConsentPurposeNotFound,
                ErrorCode::ConsentNoticeUnavailable,
            ]),
        notice,
    );
    api.route(
        Op::put("/v1/cases/{case_id}/consent-age", "setConsentAge")
            .tag("consent")
            .summary("Caseworker: record the child's age in years and where it comes from. Who must decide for the child follows from it.")
            .body::<ConsentAgeRequest>()
            .errors(ABOUT_A_CHILD),
        set_age,
    );
    api.route(
        Op::get("/v1/cases/{case_id}/consents", "consentRecord")
            .tag("consent")
            .summary("The child themselves, their guardian or the caseworker: a child's consent record (every event, whether its hash chain is whole, and where each consent stands).")
            .required_query("subject", serde_json::json!({"type": "string", "format": "uuid", "pattern": kinbridge_protocol::ids::UUID_PATTERN}), "The child.")
            .returns::<ConsentRecord>(200)
            .errors(ABOUT_A_CHILD),
        record,
    );
    api.route(
        Op::post("/v1/cases/{case_id}/views/requests", "requestViews")
            .tag("consent")
            .summary("Caseworker: ask the child for their views on a decision (where they would like to live while waiting, the reunification plan, contact with a named relative).")
            .body::<ViewRequest>()
            .returns::<ViewRecord>(201)
            .errors(ABOUT_A_CHILD),
        request_views,
    );
    api.route(
        Op::post("/v1/cases/{case_id}/views", "giveView")
            .tag("consent")
            .summary("The child (about themselves) or a family member of the case: record that a view was given. What it says is end-to-end encrypted to the case's caseworkers and guardians by the SDK; the server never sees it.")
            .body::<ViewGiven>()
            .returns::<ViewRecord>(201)
            .errors(ABOUT_A_CHILD),
        give_view,
    );
    api.route(
        Op::get("/v1/cases/{case_id}/views", "childViews")
            .tag("consent")
            .summary("The child themselves, their guardian or the caseworker: which views were sought and given, on which decision, when and by whom (never what they said).")
            .required_query("subject", serde_json::json!({"type": "string", "format": "uuid", "pattern": kinbridge_protocol::ids::UUID_PATTERN}), "The child.")
            .returns::<Vec<ViewRecord>>(200)
            .errors(ABOUT_A_CHILD),
        child_views,
    );
    api.route(
        Op::post("/v1/cases/{case_id}/consent-requests", "requestConsent")
            .tag("consent")
            .summary("Caseworker: ask the child (and, below the age at which the child decides alone, their guardian) for a consent; their apps are told at once (`consent_requested`).")
            .body::<ConsentRequest>()
            .returns::<ConsentEventView>(201)
            .errors(&[
                ErrorCode::CaseNotFound,
                ErrorCode::AuthForbidden,
                ErrorCode::CaseMemberNotFound,
                ErrorCode::ConsentPurposeNotFound,
                ErrorCode::ConsentAgeUnknown,
            ]),
        request_consent,
    );
    api.route(
        Op::get("/v1/cases/{case_id}/consents/{event_id}/receipt", "consentReceipt")
            .tag("consent")
            .summary("The child, their guardian or the caseworker: the receipt of one consent event, a record with ISO/IEC TS 27560 field names signed with the server key, and a short text in the decider's language and at their age band.")
            .returns::<ConsentReceipt>(200)
            .errors(&[
                ErrorCode::CaseNotFound,
                ErrorCode::AuthForbidden,
                ErrorCode::ConsentEventNotFound,
            ]),
        receipt,
    );
    api.route(
        Op::post("/v1/cases/{case_id}/consent-overrides", "requestConsentOverride")
            .tag("consent")
            .summary("Caseworker: ask to go ahead despite a refusal, in the child's best interests (a reason from a fixed list). A second staff member approves.")
            .body::<ConsentOverrideRequest>()
            .returns::<ConsentOverrideView>(202)
            .errors(&[
                ErrorCode::CaseNotFound,
                ErrorCode::AuthForbidden,
                ErrorCode::CaseMemberNotFound,
                ErrorCode::ConsentPurposeNotFound,
            ]),
        request_override,
    );
    api.route(
        Op::get("/v1/cases/{case_id}/consent-overrides", "consentOverrides")
            .tag("consent")
            .summary("Caseworkers of the case and supervisors: the override requests waiting for approval.")
            .returns::<Vec<ConsentOverrideView>>(200)
            .errors(&[ErrorCode::CaseNotFound, ErrorCode::AuthForbidden]),
        overrides,
    );
    api.route(
        Op::post(
            "/v1/cases/{case_id}/consent-overrides/{override_id}/approve",
            "approveConsentOverride",
        )
        .tag("consent")
        .summary("Another caseworker of the case, or a supervisor (never the requester): approve an override.")
        .returns::<ConsentEventView>(200)
        .errors(&[
            ErrorCode::CaseNotFound,
            ErrorCode::AuthForbidden,
            ErrorCode::ConsentOverrideNotFound,
            ErrorCode::ConsentOverrideSelfApproval,
            ErrorCode::ConsentAgeUnknown,
        ]),
        approve_override,
    );
}

async fn notice(
    p: web::Data<Platform>,
    _caller: Caller,
    req: HttpRequest,
    path: web::Path<String>,
) -> Result<web::Json<ConsentNotice>, ApiError> {
    let query = query_params(&req, &["locale", "band", "version"])?;
    let locale = query
        .get("locale")
        .filter(|l| l.len() <= 35)
        .ok_or_else(|| ApiError::invalid_field("locale"))?;
    let band = query
        .get("band")
        .and_then(|b| AgeBand::parse(b))
        .ok_or_else(|| ApiError::invalid_field("band"))?;
    let version = query
        .get("version")
        .map(|raw| {
            raw.parse::<u32>()
                .ok()
                .filter(|v| (1..=1_000_000).contains(v) && raw.bytes().all(|b| b.is_ascii_digit()))
                .ok_or_else(|| ApiError::invalid_field("version"))
        })
        .transpose()?;
    Ok(web::Json(super::notice(
        p.consent, &path, version, locale, band,
    )?))
}

async fn set_age(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
    ApiJson(body): ApiJson<ConsentAgeRequest>,
) -> Result<web::Json<serde_json::Value>, ApiError> {
    let (case, now): (CaseId, _) = (path_id(&path)?, p.clock.now());
    p.db.write(move |tx| super::set_age(tx, &caller, case, &body, now))
        .await?;
    Ok(web::Json(serde_json::json!({})))
}

async fn record(
    p: web::Data<Platform>,
    caller: Caller,
    req: HttpRequest,
    path: web::Path<String>,
) -> Result<web::Json<ConsentRecord>, ApiError> {
    let case: CaseId = path_id(&path)?;
    let query = query_params(&req, &["subject"])?;
    let subject: AccountId = query
        .get("subject")
        .and_then(|s| AccountId::parse(s).ok())
        .ok_or_else(|| ApiError::invalid_field("subject"))?;
    let (rules, now) = (Rules::of(&p), p.clock.now());
    Ok(web::Json(
        p.recorded(move |c| super::record(c, &caller, rules, case, subject, now))
            .await?,
    ))
}

async fn request_views(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
    ApiJson(body): ApiJson<ViewRequest>,
) -> Result<HttpResponse, ApiError> {
    let (case, now): (CaseId, _) = (path_id(&path)?, p.clock.now());
    let view =
        p.db.write(move |tx| super::request_views(tx, &caller, case, &body, now))
            .await?;
    Ok(HttpResponse::Created().json(view))
}

async fn give_view(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
    ApiJson(body): ApiJson<ViewGiven>,
) -> Result<HttpResponse, ApiError> {
    let (case, now): (CaseId, _) = (path_id(&path)?, p.clock.now());
    let view =
        p.db.write(move |tx| super::give_view(tx, &caller, case, &body, now))
            .await?;
    Ok(HttpResponse::Created().json(view))
}

async fn child_views(
    p: web::Data<Platform>,
    caller: Caller,
    req: HttpRequest,
    path: web::Path<String>,
) -> Result<web::Json<Vec<ViewRecord>>, ApiError> {
    let case: CaseId = path_id(&path)?;
    let query = query_params(&req, &["subject"])?;
    let subject: AccountId = query
        .get("subject")
        .and_then(|s| AccountId::parse(s).ok())
        .ok_or_else(|| ApiError::invalid_field("subject"))?;
    let now = p.clock.now();
    Ok(web::Json(
        p.recorded(move |c| super::views(c, &caller, case, subject, now))
            .await?,
    ))
}

async fn request_consent(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
    ApiJson(body): ApiJson<ConsentRequest>,
) -> Result<HttpResponse, ApiError> {
    let (case, now): (CaseId, _) = (path_id(&path)?, p.clock.now());
    let rules = Rules::of(&p);
    let event =
        p.db.write(move |tx| super::request(tx, &caller, rules, case, &body, now))
            .await?;
    Ok(HttpResponse::Created().json(event))
}

async fn receipt(
    p: web::Data<Platform>,
    caller: Caller,
    req: HttpRequest,
    path: web::Path<(String, String)>,
) -> Result<web::Json<ConsentReceipt>, ApiError> {
    let (case, id): (CaseId, uuid::Uuid) = (path_id(&path.0)?, path_id(&path.1)?);
    let (lang, now) = (accept_language(&req), p.clock.now());
    let (keys, rules) = (p.keys.clone(), Rules::of(&p));
    Ok(web::Json(
        p.recorded(move |c| {
            super::receipt(c, &caller, &keys, rules, case, id, lang.as_deref(), now)
        })
        .await?,
    ))
}

async fn request_override(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
    ApiJson(body): ApiJson<ConsentOverrideRequest>,
) -> Result<HttpResponse, ApiError> {
    let (case, now): (CaseId, _) = (path_id(&path)?, p.clock.now());
    let rules = Rules::of(&p);
    let view =
        p.db.write(move |tx| super::request_override(tx, &caller, rules, case, &body, now))
            .await?;
    Ok(HttpResponse::Accepted().json(view))
}

async fn overrides(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<web::Json<Vec<ConsentOverrideView>>, ApiError> {
    let (case, now): (CaseId, _) = (path_id(&path)?, p.clock.now());
    Ok(web::Json(
        p.recorded(move |c| super::overrides(c, &caller, case, now))
            .await?,
    ))
}

async fn approve_override(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<(String, String)>,
) -> Result<web::Json<ConsentEventView>, ApiError> {
    let (case, id): (CaseId, uuid::Uuid) = (path_id(&path.0)?, path_id(&path.1)?);
    let (rules, now) = (Rules::of(&p), p.clock.now());
    Ok(web::Json(
        p.db.write(move |tx| super::approve_override(tx, &caller, rules, case, id, now))
            .await?,
    ))
}
