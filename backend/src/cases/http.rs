//! HTTP routes of the cases capability. Handlers parse, call the capability, map the result.

use actix_web::{HttpRequest, HttpResponse, web};
use chrono::Duration;
use kinbridge_protocol::api::{
    AssignStaffRequest, CaseLinkRequest, CaseStatus, CaseSummary, CaseView, ContactRuleRequest,
    ContactRuleView, EnrolmentCodeResponse, InviteRequest, MemberView, ServerFrame,
    StageChangeRequest, StageChangeView, StageCorrectionRequest, StageMetrics,
};
use kinbridge_protocol::{AccountId, CaseId, DeviceId, ErrorCode};

use super::{CasesError, Invitation};
use crate::AppState;
use crate::accounts::Caller;
use crate::db::DbConn;
use crate::error::ApiError;
use crate::http::{Api, ApiJson, Op, path_id};
use crate::retention::http::accept_language;

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
            E::AccountNotFound => ApiError::new(ErrorCode::AccountNotFound),
            E::InvalidField(f) => ApiError::invalid_field(f),
            E::Accounts(a) => a.into(),
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
            .errors(MANAGE),
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
        Op::post("/v1/cases/{case_id}/stage-correction", "correctStage")
            .tag("cases")
            .summary("Supervisor: correct a case's stage outside the usual transitions.")
            .body::<StageCorrectionRequest>()
            .returns::<StageChangeView>(200)
            .errors(&[
                ErrorCode::CaseNotFound,
                ErrorCode::AuthForbidden,
                ErrorCode::CaseStageTransitionNotAllowed,
            ]),
        correct_stage,
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
            ]),
        set_contact_rule,
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
}

fn code_ttl(state: &AppState) -> Duration {
    Duration::hours(i64::from(state.settings.enrolment_code_ttl_hours))
}

async fn create_case(state: web::Data<AppState>, caller: Caller) -> Result<HttpResponse, ApiError> {
    let now = state.clock.now();
    let view = state
        .db
        .run(move |c| super::create_case(c, &caller, now))
        .await?;
    Ok(HttpResponse::Created().json(view))
}

async fn my_cases(
    state: web::Data<AppState>,
    caller: Caller,
) -> Result<web::Json<Vec<CaseSummary>>, ApiError> {
    let now = state.clock.now();
    Ok(web::Json(
        state
            .db
            .run(move |c| super::my_cases(c, &caller, now))
            .await?,
    ))
}

async fn get_case(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<web::Json<CaseView>, ApiError> {
    let case: CaseId = path_id(&path)?;
    let now = state.clock.now();
    Ok(web::Json(
        state
            .db
            .run(move |c| super::view(c, &caller, case, now))
            .await?,
    ))
}

async fn members(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<web::Json<Vec<MemberView>>, ApiError> {
    let case: CaseId = path_id(&path)?;
    let now = state.clock.now();
    Ok(web::Json(
        state
            .db
            .run(move |c| super::members(c, &caller, case, now))
            .await?,
    ))
}

async fn invite(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
    ApiJson(body): ApiJson<InviteRequest>,
) -> Result<HttpResponse, ApiError> {
    let case: CaseId = path_id(&path)?;
    let invitation = Invitation::parse(body)?;
    let (keys, now, ttl) = (state.keys.clone(), state.clock.now(), code_ttl(&state));
    let code = state
        .db
        .run(move |c| super::invite(c, &keys, &caller, case, &invitation, now, ttl))
        .await?;
    Ok(HttpResponse::Created().json(code))
}

async fn assign_staff(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
    ApiJson(body): ApiJson<AssignStaffRequest>,
) -> Result<web::Json<Vec<MemberView>>, ApiError> {
    let case: CaseId = path_id(&path)?;
    let now = state.clock.now();
    Ok(web::Json(
        state
            .db
            .run(move |c| super::assign_staff(c, &caller, case, body.account_id, now))
            .await?,
    ))
}

async fn change_stage(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
    ApiJson(body): ApiJson<StageChangeRequest>,
) -> Result<web::Json<CaseView>, ApiError> {
    let case: CaseId = path_id(&path)?;
    let now = state.clock.now();
    let view = state
        .db
        .run(move |c| super::change_stage(c, &caller, case, body.stage, now))
        .await?;
    notify_stage_change(&state, case).await;
    Ok(web::Json(view))
}

async fn case_status(
    state: web::Data<AppState>,
    caller: Caller,
    req: HttpRequest,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let case: CaseId = path_id(&path)?;
    let (lang, now) = (accept_language(&req), state.clock.now());
    let found = state
        .db
        .run(move |c| super::status::status(c, &caller, case, lang.as_deref(), now))
        .await?;
    let mut res = HttpResponse::Ok();
    res.insert_header(("Content-Language", found.status.locale.clone()));
    if let Some(requested) = found.unserved {
        res.insert_header(("Kinbridge-Locale-Fallback", requested));
    }
    Ok(res.json(found.status))
}

/// Pushes the new status to the case's children and families over their WebSockets.
/// Best effort: a device that is not connected reads the status when it next opens.
async fn notify_stage_change(state: &AppState, case: CaseId) {
    push(state, "stage notifications", move |c| {
        super::status::stage_notifications(c, case)
    })
    .await;
}

/// Sends frames to the devices connected here, after a change committed. Best effort: a
/// device that is not connected learns the state when it next connects.
async fn push<F>(state: &AppState, what: &'static str, frames: F)
where
    F: FnOnce(&mut DbConn) -> Result<Vec<(DeviceId, ServerFrame)>, CasesError> + Send + 'static,
{
    match state.db.run(frames).await {
        Ok(frames) => {
            for (device, frame) in frames {
                state.notifier.send(device, &frame);
            }
        }
        Err(e) => {
            let e: ApiError = e.into();
            tracing::warn!(error.code = %e.code(), "{what} not sent");
        }
    }
}

async fn correct_stage(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
    ApiJson(body): ApiJson<StageCorrectionRequest>,
) -> Result<web::Json<StageChangeView>, ApiError> {
    let case: CaseId = path_id(&path)?;
    let now = state.clock.now();
    let change = state
        .db
        .run(move |c| super::correct_stage(c, &caller, case, body.stage, now))
        .await?;
    notify_stage_change(&state, case).await;
    Ok(web::Json(change))
}

async fn stage_metrics(
    state: web::Data<AppState>,
    caller: Caller,
) -> Result<web::Json<StageMetrics>, ApiError> {
    let now = state.clock.now();
    Ok(web::Json(
        state
            .db
            .run(move |c| super::stage_metrics(c, &caller, now))
            .await?,
    ))
}

async fn contact_rules(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<web::Json<Vec<ContactRuleView>>, ApiError> {
    let case: CaseId = path_id(&path)?;
    let now = state.clock.now();
    Ok(web::Json(
        state
            .db
            .run(move |c| super::contact_rules(c, &caller, case, now))
            .await?,
    ))
}

async fn set_contact_rule(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
    ApiJson(body): ApiJson<ContactRuleRequest>,
) -> Result<web::Json<Vec<ContactRuleView>>, ApiError> {
    let case: CaseId = path_id(&path)?;
    let now = state.clock.now();
    let (rules, ended) = state
        .db
        .run(move |c| super::set_contact_rule(c, &caller, case, &body, now))
        .await?;
    push(&state, "contact changes", move |c| {
        super::contacts_ended_notifications(c, &ended)
    })
    .await;
    Ok(web::Json(rules))
}

async fn remove_member(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<(String, String)>,
) -> Result<web::Json<serde_json::Value>, ApiError> {
    let (case, member) = path.into_inner();
    let case: CaseId = path_id(&case)?;
    let member: AccountId = path_id(&member)?;
    let now = state.clock.now();
    let ended = state
        .db
        .run(move |c| super::remove_member(c, &caller, case, member, now))
        .await?;
    push(&state, "contact changes", move |c| {
        super::contacts_ended_notifications(c, &ended)
    })
    .await;
    Ok(web::Json(serde_json::json!({})))
}

async fn link(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<String>,
    ApiJson(body): ApiJson<CaseLinkRequest>,
) -> Result<web::Json<CaseView>, ApiError> {
    let case: CaseId = path_id(&path)?;
    let now = state.clock.now();
    Ok(web::Json(
        state
            .db
            .run(move |c| super::link(c, &caller, case, body.case_id, body.kind, now))
            .await?,
    ))
}

async fn reissue_member_code(
    state: web::Data<AppState>,
    caller: Caller,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let case: CaseId = path_id(&path.0)?;
    let account: AccountId = path_id(&path.1)?;
    let (keys, now, ttl) = (state.keys.clone(), state.clock.now(), code_ttl(&state));
    let code = state
        .db
        .run(move |c| super::reissue_member_code(c, &keys, &caller, case, account, now, ttl))
        .await?;
    Ok(HttpResponse::Created().json(code))
}
