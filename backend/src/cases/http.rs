//! HTTP routes of the cases capability. Handlers parse, call the capability, map the result.

use actix_web::{HttpRequest, HttpResponse, web};
use kinbridge_protocol::api::{
    AccessLog, AssignStaffRequest, CaseLinkRequest, CaseStatus, CaseSummary, CaseView,
    ConsentDecisionRequest, ConsentEventView, ConsentWithdrawRequest, ContactRuleRequest,
    ContactRuleView, EnrolmentCodeResponse, InviteRequest, MemberView, StageChangeRequest,
    StageChangeView, StageCorrectionRequest, StageCorrectionView, StageMetrics,
};
use kinbridge_protocol::{AccountId, CaseId, ErrorCode};

use super::{CasesError, Invitation};
use crate::http::{Api, ApiError, ApiJson, Op, accept_language, path_id, query_params};
use crate::platform::Platform;
use crate::platform::identity::Caller;

impl From<CasesError> for ApiError {
    fn from(e: CasesError) -> Self {
        use CasesError as E;
        match e {
            E::NotFound => ApiError::new(ErrorCode::CaseNotFound),
            E::Forbidden => ApiError::new(ErrorCode::AuthForbidden),
            E::StageTransition => ApiError::new(ErrorCode::CaseStageTransitionNotAllowed),
            E::MemberNotFound => ApiError::new(ErrorCode::CaseMemberNotFound),
            E::AlreadyMember => ApiError::new(ErrorCode::CaseAlreadyMember),
            E::NotAssignableStaff => ApiError::new(ErrorCode::CaseNotAssignableStaff),
            E::LinkInvalid => ApiError::new(ErrorCode::CaseLinkInvalid),
            E::ContactRuleInvalid => ApiError::new(ErrorCode::CaseContactRuleInvalid),
            E::ChildMissing => ApiError::new(ErrorCode::AlertChildMissing),
            E::AccountNotFound => ApiError::new(ErrorCode::AccountNotFound),
            E::CorrectionNeedsSecondSupervisor => {
                ApiError::new(ErrorCode::CaseCorrectionNeedsSecondSupervisor)
            }
            E::CorrectionNotFound => ApiError::new(ErrorCode::CaseCorrectionNotFound),
            E::CorrectionPending => ApiError::new(ErrorCode::CaseCorrectionPending),
            E::ViewsNotSought => ApiError::new(ErrorCode::CaseViewsNotSought),
            E::InvalidField(f) => ApiError::invalid_field(f),
            E::Accounts(a) => a.into(),
            E::Consent(c) => c.into(),
            E::Storage(s) => s.into(),
        }
    }
}

const CASE: &[ErrorCode] = &[ErrorCode::CaseNotFound];
const MANAGE: &[ErrorCode] = &[ErrorCode::CaseNotFound, ErrorCode::AuthForbidden];

pub fn routes(api: &mut Api) {
    api.route(
        Op::post("/v1/cases", "createCase")
            .tag("cases")
            .summary("Caseworker: open a case. The caller becomes its assigned caseworker.")
            .returns::<CaseView>(201)
            .errors(&[ErrorCode::AuthForbidden]),
        create_case,
    );
    api.route(
        Op::get("/v1/cases", "myCases")
            .tag("cases")
            .summary("The cases the caller is a member of.")
            .returns::<Vec<CaseSummary>>(200),
        my_cases,
    );
    api.route(
        Op::get("/v1/cases/{case_id}", "getCase")
            .tag("cases")
            .summary("One case the caller is a member of.")
            .returns::<CaseView>(200)
            .errors(CASE),
        get_case,
    );
    api.route(
        Op::get("/v1/cases/{case_id}/members", "caseMembers")
            .tag("cases")
            .summary("The members of a case the caller may see.")
            .returns::<Vec<MemberView>>(200)
            .errors(CASE),
        members,
    );
    api.route(
        Op::post("/v1/cases/{case_id}/invitations", "invite")
            .tag("cases")
            .summary("Caseworker: invite a child, family member, guardian or legal representative; returns their one-time enrolment code.")
            .body::<InviteRequest>()
            .returns::<EnrolmentCodeResponse>(201)
            .errors(&[
                ErrorCode::CaseNotFound,
                ErrorCode::AuthForbidden,
                ErrorCode::AlertChildMissing,
            ]),
        invite,
    );
    api.route(
        Op::post("/v1/cases/{case_id}/staff", "assignStaff")
            .tag("cases")
            .summary("Caseworker: assign an existing caseworker, guardian or legal representative account.")
            .body::<AssignStaffRequest>()
            .returns::<Vec<MemberView>>(200)
            .errors(&[
                ErrorCode::CaseNotFound,
                ErrorCode::AuthForbidden,
                ErrorCode::AccountNotFound,
                ErrorCode::CaseNotAssignableStaff,
                ErrorCode::CaseAlreadyMember,
                ErrorCode::AlertChildMissing,
            ]),
        assign_staff,
    );
    api.route(
        Op::post("/v1/cases/{case_id}/stage", "changeStage")
            .tag("cases")
            .summary("Caseworker: move the case to another stage.")
            .body::<StageChangeRequest>()
            .returns::<CaseView>(200)
            .errors(&[
                ErrorCode::CaseNotFound,
                ErrorCode::AuthForbidden,
                ErrorCode::CaseStageTransitionNotAllowed,
                ErrorCode::CaseViewsNotSought,
            ]),
        change_stage,
    );
    api.route(
        Op::get("/v1/cases/{case_id}/status", "caseStatus")
            .tag("cases")
            .summary("Where the case stands, for the caller: in their language (stored preference, then Accept-Language), at their age band, in their form of address. Header Kinbridge-Locale-Fallback names a requested language that is not available.")
            .returns::<CaseStatus>(200)
            .errors(CASE),
        case_status,
    );
    api.route(
        Op::post("/v1/cases/{case_id}/stage-corrections", "proposeStageCorrection")
            .tag("cases")
            .summary("Supervisor: propose putting a case in another stage, outside the usual transitions, with a reason. Nothing moves until a second supervisor approves.")
            .body::<StageCorrectionRequest>()
            .returns::<StageCorrectionView>(202)
            .errors(&[
                ErrorCode::CaseNotFound,
                ErrorCode::AuthForbidden,
                ErrorCode::CaseStageTransitionNotAllowed,
                ErrorCode::CaseCorrectionPending,
            ]),
        propose_correction,
    );
    api.route(
        Op::get("/v1/stage-corrections", "pendingStageCorrections")
            .tag("cases")
            .summary(
                "Supervisor: the stage corrections waiting for a second supervisor, oldest first.",
            )
            .returns::<Vec<StageCorrectionView>>(200)
            .errors(&[ErrorCode::AuthForbidden]),
        pending_corrections,
    );
    api.route(
        Op::post(
            "/v1/cases/{case_id}/stage-corrections/{correction_id}/approval",
            "approveStageCorrection",
        )
        .tag("cases")
        .summary("A second supervisor: approve a proposed correction; the case moves. Stale if the case moved since, or after seven days.")
        .returns::<StageChangeView>(200)
        .errors(&[
            ErrorCode::AuthForbidden,
            ErrorCode::CaseCorrectionNotFound,
            ErrorCode::CaseCorrectionNeedsSecondSupervisor,
            ErrorCode::CaseCorrectionStale,
        ]),
        approve_correction,
    );
    api.route(
        Op::delete(
            "/v1/cases/{case_id}/stage-corrections/{correction_id}",
            "withdrawStageCorrection",
        )
        .tag("cases")
        .summary("Supervisor: withdraw a proposed correction.")
        .errors(&[ErrorCode::AuthForbidden, ErrorCode::CaseCorrectionNotFound]),
        withdraw_correction,
    );
    api.route(
        Op::get("/v1/metrics/stages", "stageMetrics")
            .tag("cases")
            .summary("Supervisor: time in each stage and time to reunification, over all cases.")
            .returns::<StageMetrics>(200)
            .errors(&[ErrorCode::AuthForbidden]),
        stage_metrics,
    );
    api.route(
        Op::get("/v1/cases/{case_id}/contact-rules", "contactRules")
            .tag("cases")
            .summary("Caseworker or guardian: who may contact whom in this case.")
            .returns::<Vec<ContactRuleView>>(200)
            .errors(MANAGE),
        contact_rules,
    );
    api.route(
        Op::put("/v1/cases/{case_id}/contact-rules", "setContactRule")
            .tag("cases")
            .summary("Caseworker: allow or block contact between two members, with a reason.")
            .body::<ContactRuleRequest>()
            .returns::<Vec<ContactRuleView>>(200)
            .errors(&[
                ErrorCode::CaseNotFound,
                ErrorCode::AuthForbidden,
                ErrorCode::CaseMemberNotFound,
                ErrorCode::CaseContactRuleInvalid,
                ErrorCode::ConsentNotGranted,
                ErrorCode::AlertChildMissing,
            ]),
        set_contact_rule,
    );
    api.route(
        Op::post("/v1/cases/{case_id}/consents", "decideConsent")
            .tag("consent")
            .summary("The child or their guardian, in the app (or the caseworker in person, `on_behalf_of`): give or refuse a consent, answering the notice they were shown (its version and SHA-256; a different one is refused). Below the jurisdiction's age a child's answer is their assent.")
            .body::<ConsentDecisionRequest>()
            .returns::<ConsentEventView>(201)
            .errors(&[
                ErrorCode::CaseNotFound,
                ErrorCode::AuthForbidden,
                ErrorCode::CaseMemberNotFound,
                ErrorCode::ConsentPurposeNotFound,
                ErrorCode::ConsentNoticeChanged,
                ErrorCode::ConsentNoticeUnavailable,
                ErrorCode::ConsentAgeUnknown,
                ErrorCode::ConsentNotDecider,
            ]),
        decide_consent,
    );
    api.route(
        Op::post("/v1/cases/{case_id}/consents/withdraw", "withdrawConsent")
            .tag("consent")
            .summary("Whoever gave a consent (or the caseworker for them): take it back. It stops on the next request; a contact it allowed ends at once.")
            .body::<ConsentWithdrawRequest>()
            .returns::<ConsentEventView>(201)
            .errors(&[
                ErrorCode::CaseNotFound,
                ErrorCode::AuthForbidden,
                ErrorCode::CaseMemberNotFound,
                ErrorCode::ConsentPurposeNotFound,
                ErrorCode::ConsentAgeUnknown,
                ErrorCode::ConsentNotDecider,
                ErrorCode::ConsentNothingToWithdraw,
            ]),
        withdraw_consent,
    );
    api.route(
        Op::post("/v1/cases/{case_id}/links", "linkCases")
            .tag("cases")
            .summary("Caseworker of both cases: link siblings' cases so they are handled together.")
            .body::<CaseLinkRequest>()
            .returns::<CaseView>(200)
            .errors(&[
                ErrorCode::CaseNotFound,
                ErrorCode::AuthForbidden,
                ErrorCode::CaseLinkInvalid,
            ]),
        link,
    );
    api.route(
        Op::post(
            "/v1/cases/{case_id}/members/{account_id}/enrolment-codes",
            "reissueMemberCode",
        )
        .tag("cases")
        .summary("Caseworker: a new enrolment code for a person invited into this case (a replacement phone).")
        .returns::<EnrolmentCodeResponse>(201)
        .errors(&[
            ErrorCode::CaseNotFound,
            ErrorCode::AuthForbidden,
            ErrorCode::CaseMemberNotFound,
            ErrorCode::AlertChildMissing,
        ]),
        reissue_member_code,
    );
    api.route(
        Op::delete("/v1/cases/{case_id}/members/{account_id}", "removeMember")
            .tag("cases")
            .summary("Caseworker: take someone out of the case (not the child). They lose the contacts the case gave them at once; circle keys move on without them.")
            .errors(&[
                ErrorCode::CaseNotFound,
                ErrorCode::AuthForbidden,
                ErrorCode::CaseMemberNotFound,
            ]),
        remove_member,
    );
    api.route(
        Op::get("/v1/cases/{case_id}/access-log", "accessLog")
            .tag("audit")
            .summary("Child, guardian or caseworker: who on the staff side looked at or changed this case, and when; oldest first, one page at a time.")
            .query("after", serde_json::json!({"type": "string", "pattern": "^[0-9]{1,18}$"}), "The `next` cursor of the previous page.")
            .query("limit", serde_json::json!({"type": "integer", "minimum": 1, "maximum": 500, "default": 100}), "At most this many entries.")
            .returns::<AccessLog>(200)
            .errors(&[ErrorCode::CaseNotFound, ErrorCode::AuthForbidden]),
        access_log,
    );
}

async fn create_case(p: web::Data<Platform>, caller: Caller) -> Result<HttpResponse, ApiError> {
    let now = p.clock.now();
    let view =
        p.db.write(move |tx| super::create_case(tx, &caller, now))
            .await?;
    Ok(HttpResponse::Created().json(view))
}

async fn my_cases(
    p: web::Data<Platform>,
    caller: Caller,
) -> Result<web::Json<Vec<CaseSummary>>, ApiError> {
    let now = p.clock.now();
    Ok(web::Json(
        p.recorded(move |c| super::my_cases(c, &caller, now))
            .await?,
    ))
}

async fn get_case(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<web::Json<CaseView>, ApiError> {
    let (case, now): (CaseId, _) = (path_id(&path)?, p.clock.now());
    Ok(web::Json(
        p.recorded(move |c| super::view(c, &caller, case, now))
            .await?,
    ))
}

async fn members(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<web::Json<Vec<MemberView>>, ApiError> {
    let (case, now): (CaseId, _) = (path_id(&path)?, p.clock.now());
    Ok(web::Json(
        p.recorded(move |c| super::members(c, &caller, case, now))
            .await?,
    ))
}

async fn invite(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
    ApiJson(body): ApiJson<InviteRequest>,
) -> Result<HttpResponse, ApiError> {
    let case: CaseId = path_id(&path)?;
    let invitation = Invitation::parse(body)?;
    let (keys, now, ttl) = (
        p.keys.clone(),
        p.clock.now(),
        p.settings.enrolment_code_ttl(),
    );
    let code =
        p.db.write(move |tx| super::invite(tx, &keys, &caller, case, &invitation, now, ttl))
            .await?;
    Ok(HttpResponse::Created().json(code))
}

async fn assign_staff(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
    ApiJson(body): ApiJson<AssignStaffRequest>,
) -> Result<web::Json<Vec<MemberView>>, ApiError> {
    let (case, now): (CaseId, _) = (path_id(&path)?, p.clock.now());
    Ok(web::Json(
        p.db.write(move |tx| super::assign_staff(tx, &caller, case, body.account_id, now))
            .await?,
    ))
}

async fn change_stage(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
    ApiJson(body): ApiJson<StageChangeRequest>,
) -> Result<web::Json<CaseView>, ApiError> {
    let (case, now): (CaseId, _) = (path_id(&path)?, p.clock.now());
    Ok(web::Json(
        p.db.write(move |tx| {
            super::change_stage(tx, &caller, case, body.stage, body.views_reason, now)
        })
        .await?,
    ))
}

async fn case_status(
    p: web::Data<Platform>,
    caller: Caller,
    req: HttpRequest,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let case: CaseId = path_id(&path)?;
    let (lang, now) = (accept_language(&req), p.clock.now());
    let found = match super::cached_status(&p.caches, &caller, case, lang.as_deref(), now) {
        Some(hit) => {
            p.audit.record(hit.event, hit.at).await?;
            hit.value
        }
        None => {
            let caches = p.caches.clone();
            p.recorded(move |c| super::status(c, &caches, &caller, case, lang.as_deref(), now))
                .await?
        }
    };
    let mut res = HttpResponse::Ok();
    res.insert_header(("Content-Language", found.status.locale.clone()));
    if let Some(requested) = found.unserved {
        res.insert_header(("Kinbridge-Locale-Fallback", requested));
    }
    Ok(res.json(found.status))
}

async fn propose_correction(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
    ApiJson(body): ApiJson<StageCorrectionRequest>,
) -> Result<HttpResponse, ApiError> {
    let (case, now): (CaseId, _) = (path_id(&path)?, p.clock.now());
    let proposal = p
        .db
        .write(move |tx| super::propose_correction(tx, &caller, case, body.stage, body.reason, now))
        .await?;
    Ok(HttpResponse::Accepted().json(proposal))
}

async fn pending_corrections(
    p: web::Data<Platform>,
    caller: Caller,
) -> Result<web::Json<Vec<StageCorrectionView>>, ApiError> {
    let now = p.clock.now();
    Ok(web::Json(
        p.recorded(move |c| super::pending_corrections(c, &caller, now))
            .await?,
    ))
}

async fn approve_correction(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<(String, String)>,
) -> Result<web::Json<StageChangeView>, ApiError> {
    let (case, id): (CaseId, uuid::Uuid) = (path_id(&path.0)?, path_id(&path.1)?);
    let now = p.clock.now();
    match p
        .db
        .write(move |tx| super::approve_correction(tx, &caller, case, id, now))
        .await?
    {
        super::Approval::Applied(change) => Ok(web::Json(change)),
        // Closed, and said so, once that is committed.
        super::Approval::Stale => Err(ApiError::new(ErrorCode::CaseCorrectionStale)),
    }
}

async fn withdraw_correction(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<(String, String)>,
) -> Result<web::Json<serde_json::Value>, ApiError> {
    let (case, id): (CaseId, uuid::Uuid) = (path_id(&path.0)?, path_id(&path.1)?);
    let now = p.clock.now();
    p.db.write(move |tx| super::withdraw_correction(tx, &caller, case, id, now))
        .await?;
    Ok(web::Json(serde_json::json!({})))
}

async fn stage_metrics(
    p: web::Data<Platform>,
    caller: Caller,
) -> Result<web::Json<StageMetrics>, ApiError> {
    let now = p.clock.now();
    Ok(web::Json(
        p.recorded(move |c| super::stage_metrics(c, &caller, now))
            .await?,
    ))
}

async fn contact_rules(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<web::Json<Vec<ContactRuleView>>, ApiError> {
    let (case, now): (CaseId, _) = (path_id(&path)?, p.clock.now());
    Ok(web::Json(
        p.recorded(move |c| super::contact_rules(c, &caller, case, now))
            .await?,
    ))
}

async fn set_contact_rule(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
    ApiJson(body): ApiJson<ContactRuleRequest>,
) -> Result<web::Json<Vec<ContactRuleView>>, ApiError> {
    let (case, now): (CaseId, _) = (path_id(&path)?, p.clock.now());
    let rules = crate::consent::Rules::of(&p);
    Ok(web::Json(
        p.db.write(move |tx| super::set_contact_rule(tx, &caller, rules, case, &body, now))
            .await?,
    ))
}

async fn decide_consent(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
    ApiJson(body): ApiJson<ConsentDecisionRequest>,
) -> Result<HttpResponse, ApiError> {
    let (case, now): (CaseId, _) = (path_id(&path)?, p.clock.now());
    let rules = crate::consent::Rules::of(&p);
    let event =
        p.db.write(move |tx| super::decide_consent(tx, &caller, rules, case, &body, now))
            .await?;
    Ok(HttpResponse::Created().json(event))
}

async fn withdraw_consent(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
    ApiJson(body): ApiJson<ConsentWithdrawRequest>,
) -> Result<HttpResponse, ApiError> {
    let (case, now): (CaseId, _) = (path_id(&path)?, p.clock.now());
    let rules = crate::consent::Rules::of(&p);
    let event =
        p.db.write(move |tx| super::withdraw_consent(tx, &caller, rules, case, &body, now))
            .await?;
    Ok(HttpResponse::Created().json(event))
}

async fn remove_member(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<(String, String)>,
) -> Result<web::Json<serde_json::Value>, ApiError> {
    let (case, member): (CaseId, AccountId) = (path_id(&path.0)?, path_id(&path.1)?);
    let now = p.clock.now();
    p.db.write(move |tx| super::remove_member(tx, &caller, case, member, now))
        .await?;
    Ok(web::Json(serde_json::json!({})))
}

async fn link(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
    ApiJson(body): ApiJson<CaseLinkRequest>,
) -> Result<web::Json<CaseView>, ApiError> {
    let (case, now): (CaseId, _) = (path_id(&path)?, p.clock.now());
    Ok(web::Json(
        p.db.write(move |tx| super::link(tx, &caller, case, body.case_id, body.kind, now))
            .await?,
    ))
}

async fn reissue_member_code(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (case, account): (CaseId, AccountId) = (path_id(&path.0)?, path_id(&path.1)?);
    let (keys, now, ttl) = (
        p.keys.clone(),
        p.clock.now(),
        p.settings.enrolment_code_ttl(),
    );
    let code = p
        .db
        .write(move |tx| super::reissue_member_code(tx, &keys, &caller, case, account, now, ttl))
        .await?;
    Ok(HttpResponse::Created().json(code))
}

async fn access_log(
    p: web::Data<Platform>,
    caller: Caller,
    req: HttpRequest,
    path: web::Path<String>,
) -> Result<web::Json<AccessLog>, ApiError> {
    let case: CaseId = path_id(&path)?;
    let page = page_of(&req)?;
    let (lang, now) = (accept_language(&req), p.clock.now());
    Ok(web::Json(
        p.recorded(move |c| super::access_log(c, &caller, case, page, lang.as_deref(), now))
            .await?,
    ))
}

/// The page a request asks for: `after` (a cursor from the previous page) and `limit`.
fn page_of(req: &HttpRequest) -> Result<(super::Cursor, usize), ApiError> {
    let query = query_params(req, &["after", "limit"])?;
    let after = match query.get("after") {
        Some(raw) => raw
            .parse::<super::Cursor>()
            .ok()
            .filter(|a| *a >= 0 && raw.len() <= 18 && raw.bytes().all(|b| b.is_ascii_digit()))
            .ok_or_else(|| ApiError::invalid_field("after"))?,
        None => 0,
    };
    let limit = match query.get("limit") {
        Some(raw) => raw
            .parse::<usize>()
            .ok()
            .filter(|l| {
                (1..=super::PAGE_MAX).contains(l) && raw.bytes().all(|b| b.is_ascii_digit())
            })
            .ok_or_else(|| ApiError::invalid_field("limit"))?,
        None => super::PAGE_DEFAULT,
    };
    Ok((after, limit))
}
