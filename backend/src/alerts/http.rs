//! HTTP routes of the alerts capability: check-ins, "I need help now", missing-from-care
//! reports, the on-call roster, and the alerts on-call staff take and resolve.

use actix_web::{HttpRequest, HttpResponse, web};
use kinbridge_protocol::alerts::{
    AlertMetrics, AlertView, CaseRiskRequest, CheckInRecord, CheckInRequest, CheckIns, HelpRequest,
    HelpView, MissingRequest, ResolveRequest, RhythmRequest, RosterEntry, RosterRequest,
};
use kinbridge_protocol::{AccountId, AlertId, CaseId, ErrorCode};

use super::AlertsError;
use crate::http::{Api, ApiError, ApiJson, Op, path_id, query_params};
use crate::platform::Platform;
use crate::platform::identity::Caller;

impl From<AlertsError> for ApiError {
    fn from(e: AlertsError) -> Self {
        use AlertsError as E;
        match e {
            E::CaseNotFound => ApiError::new(ErrorCode::CaseNotFound),
            E::MemberNotFound => ApiError::new(ErrorCode::CaseMemberNotFound),
            E::Forbidden => ApiError::new(ErrorCode::AuthForbidden),
            E::NotFound => ApiError::new(ErrorCode::AlertNotFound),
            E::AccountNotFound => ApiError::new(ErrorCode::AccountNotFound),
            E::AlreadyOpen => ApiError::new(ErrorCode::AlertAlreadyOpen),
            E::AlreadyResolved => ApiError::new(ErrorCode::AlertAlreadyResolved),
            E::InvalidField(f) => ApiError::invalid_field(f),
            E::Storage(s) => s.into(),
        }
    }
}

const IN_A_CASE: &[ErrorCode] = &[ErrorCode::CaseNotFound, ErrorCode::AuthForbidden];
const ABOUT_A_CHILD: &[ErrorCode] = &[
    ErrorCode::CaseNotFound,
    ErrorCode::AuthForbidden,
    ErrorCode::CaseMemberNotFound,
];
const ON_AN_ALERT: &[ErrorCode] = &[ErrorCode::AlertNotFound, ErrorCode::AlertAlreadyResolved];

fn id_param() -> serde_json::Value {
    serde_json::json!({"type": "string", "format": "uuid", "pattern": kinbridge_protocol::ids::UUID_PATTERN})
}

pub fn routes(api: &mut Api) {
    api.route(
        Op::post("/v1/cases/{case_id}/checkins", "checkIn")
            .tag("alerts")
            .summary("The child: record that they checked in. How they are (a face, who they want to talk to, any words) goes end-to-end encrypted to their guardian and caseworker by the SDK; the server keeps only the time. The same `client_id` again is the same check-in.")
            .body::<CheckInRequest>()
            .returns::<CheckInRecord>(201)
            .errors(IN_A_CASE),
        check_in,
    );
    api.route(
        Op::get("/v1/cases/{case_id}/checkins", "checkIns")
            .tag("alerts")
            .summary("The child themselves, their guardian or the caseworker: when the child checked in (never what they said) and their agreed rhythm.")
            .required_query("child", id_param(), "The child.")
            .returns::<CheckIns>(200)
            .errors(ABOUT_A_CHILD),
        check_ins,
    );
    api.route(
        Op::put("/v1/cases/{case_id}/checkins/rhythm", "setCheckInRhythm")
            .tag("alerts")
            .summary("The caseworker or the child: how often the child is invited to check in (1 to 30 days), or `null` for no invitations. An invitation, never a duty: a missed check-in is recorded nowhere.")
            .body::<RhythmRequest>()
            .errors(ABOUT_A_CHILD),
        set_rhythm,
    );
    api.route(
        Op::get("/v1/cases/{case_id}/carers", "childCarers")
            .tag("alerts")
            .summary("The child: who their check-ins and the words of a call for help go to (the case's caseworkers and guardians, never one a complaint by or about the child names). The app encrypts for these people only.")
            .returns::<Vec<AccountId>>(200)
            .errors(IN_A_CASE),
        carers,
    );
    api.route(
        Op::post("/v1/cases/{case_id}/help", "askForHelp")
            .tag("alerts")
            .summary("The child: \"I need help now\". The on-call staff are alerted at once (content-free), the next tier if nobody takes it in time. Any words go end-to-end encrypted to the guardian and caseworker by the SDK. The same `client_id` again (an offline resend) is the same request.")
            .body::<HelpRequest>()
            .returns::<HelpView>(201)
            .errors(IN_A_CASE),
        ask_for_help,
    );
    api.route(
        Op::get("/v1/me/help", "myHelpRequests")
            .tag("alerts")
            .summary("The child: their calls for help, newest first, with when a person saw each.")
            .returns::<Vec<HelpView>>(200)
            .errors(&[ErrorCode::AuthForbidden]),
        my_help,
    );
    api.route(
        Op::post("/v1/cases/{case_id}/missing", "reportMissing")
            .tag("alerts")
            .summary("The caseworker or guardian: report the child missing from care. On-call staff are alerted; until it is resolved no new contact may be allowed and no new device enrolled for the child (messages still wait for them).")
            .body::<MissingRequest>()
            .returns::<AlertView>(201)
            .errors(&[
                ErrorCode::CaseNotFound,
                ErrorCode::AuthForbidden,
                ErrorCode::CaseMemberNotFound,
                ErrorCode::AlertAlreadyOpen,
            ]),
        report_missing,
    );
    api.route(
        Op::put("/v1/cases/{case_id}/risk", "setCaseRisk")
            .tag("alerts")
            .summary("The case's caseworker: the risk class alerts about the child are routed by (specialists for it first).")
            .body::<CaseRiskRequest>()
            .errors(IN_A_CASE),
        set_case_risk,
    );
    api.route(
        Op::get("/v1/alerts", "openAlerts")
            .tag("alerts")
            .summary("Caseworkers and supervisors on the roster, and the case's caseworkers: open alerts, oldest first (never an alert about a child whose complaint names the caller).")
            .returns::<Vec<AlertView>>(200)
            .errors(&[ErrorCode::AuthForbidden]),
        open_alerts,
    );
    api.route(
        Op::get("/v1/alerts/metrics", "alertMetrics")
            .tag("alerts")
            .summary("Supervisors and admins: alerts in aggregate (counts, time missing, time until a person saw a call for help); nobody named.")
            .returns::<AlertMetrics>(200)
            .errors(&[ErrorCode::AuthForbidden]),
        metrics,
    );
    api.route(
        Op::get("/v1/alerts/roster", "alertRoster")
            .tag("alerts")
            .summary("Staff: who is on call for alerts, by tier, with specialisms and hours.")
            .returns::<Vec<RosterEntry>>(200)
            .errors(&[ErrorCode::AuthForbidden]),
        roster,
    );
    api.route(
        Op::put("/v1/alerts/roster/{account_id}", "setRoster")
            .tag("alerts")
            .summary("Admins and supervisors: put a caseworker or supervisor on call in a tier (1 is alerted first), with specialisms and hours on duty (UTC).")
            .path_param("account_id", id_param())
            .body::<RosterRequest>()
            .returns::<RosterEntry>(200)
            .errors(&[ErrorCode::AuthForbidden, ErrorCode::AccountNotFound]),
        set_roster,
    );
    api.route(
        Op::delete("/v1/alerts/roster/{account_id}", "removeFromRoster")
            .tag("alerts")
            .summary("Admins and supervisors: take someone off call.")
            .path_param("account_id", id_param())
            .errors(&[ErrorCode::AuthForbidden, ErrorCode::AccountNotFound]),
        remove_from_roster,
    );
    api.route(
        Op::post("/v1/alerts/{alert_id}/acknowledge", "acknowledgeAlert")
            .tag("alerts")
            .summary("Someone on call takes the alert: escalation stops, and a child who asked for help is told that a person has seen it.")
            .path_param("alert_id", id_param())
            .returns::<AlertView>(200)
            .errors(ON_AN_ALERT),
        acknowledge,
    );
    api.route(
        Op::post("/v1/alerts/{alert_id}/resolve", "resolveAlert")
            .tag("alerts")
            .summary("Someone on call records how the alert ended; a missing child's flag lifts.")
            .path_param("alert_id", id_param())
            .body::<ResolveRequest>()
            .returns::<AlertView>(200)
            .errors(ON_AN_ALERT),
        resolve,
    );
}

async fn check_in(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
    ApiJson(body): ApiJson<CheckInRequest>,
) -> Result<HttpResponse, ApiError> {
    let (case, now): (CaseId, _) = (path_id(&path)?, p.clock.now());
    let record =
        p.db.write(move |tx| super::check_in(tx, &caller, case, &body, now))
            .await?;
    Ok(HttpResponse::Created().json(record))
}

async fn check_ins(
    p: web::Data<Platform>,
    caller: Caller,
    req: HttpRequest,
    path: web::Path<String>,
) -> Result<web::Json<CheckIns>, ApiError> {
    let case: CaseId = path_id(&path)?;
    let query = query_params(&req, &["child"])?;
    let child: AccountId = query
        .get("child")
        .and_then(|s| AccountId::parse(s).ok())
        .ok_or_else(|| ApiError::invalid_field("child"))?;
    let now = p.clock.now();
    Ok(web::Json(
        p.recorded(move |c| super::check_ins(c, &caller, case, child, now))
            .await?,
    ))
}

async fn set_rhythm(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
    ApiJson(body): ApiJson<RhythmRequest>,
) -> Result<web::Json<serde_json::Value>, ApiError> {
    let (case, now): (CaseId, _) = (path_id(&path)?, p.clock.now());
    p.db.write(move |tx| super::set_rhythm(tx, &caller, case, &body, now))
        .await?;
    Ok(web::Json(serde_json::json!({})))
}

async fn carers(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<web::Json<Vec<AccountId>>, ApiError> {
    let case: CaseId = path_id(&path)?;
    Ok(web::Json(
        p.db.run(move |c| super::carers(c, &caller, case)).await?,
    ))
}

async fn ask_for_help(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
    ApiJson(body): ApiJson<HelpRequest>,
) -> Result<HttpResponse, ApiError> {
    let (case, now): (CaseId, _) = (path_id(&path)?, p.clock.now());
    let view =
        p.db.write(move |tx| super::ask_for_help(tx, &caller, case, &body, now))
            .await?;
    Ok(HttpResponse::Created().json(view))
}

async fn my_help(
    p: web::Data<Platform>,
    caller: Caller,
) -> Result<web::Json<Vec<HelpView>>, ApiError> {
    Ok(web::Json(
        p.db.run(move |c| super::my_help(c, &caller)).await?,
    ))
}

async fn report_missing(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
    ApiJson(body): ApiJson<MissingRequest>,
) -> Result<HttpResponse, ApiError> {
    let (case, now): (CaseId, _) = (path_id(&path)?, p.clock.now());
    let view =
        p.db.write(move |tx| super::report_missing(tx, &caller, case, &body, now))
            .await?;
    Ok(HttpResponse::Created().json(view))
}

async fn set_case_risk(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
    ApiJson(body): ApiJson<CaseRiskRequest>,
) -> Result<web::Json<serde_json::Value>, ApiError> {
    let (case, now): (CaseId, _) = (path_id(&path)?, p.clock.now());
    p.db.write(move |tx| super::set_case_risk(tx, &caller, case, &body, now))
        .await?;
    Ok(web::Json(serde_json::json!({})))
}

async fn open_alerts(
    p: web::Data<Platform>,
    caller: Caller,
) -> Result<web::Json<Vec<AlertView>>, ApiError> {
    let now = p.clock.now();
    Ok(web::Json(
        p.recorded(move |c| super::open_alerts(c, &caller, now))
            .await?,
    ))
}

async fn metrics(
    p: web::Data<Platform>,
    caller: Caller,
) -> Result<web::Json<AlertMetrics>, ApiError> {
    let now = p.clock.now();
    Ok(web::Json(
        p.recorded(move |c| super::metrics(c, &caller, now)).await?,
    ))
}

async fn roster(
    p: web::Data<Platform>,
    caller: Caller,
) -> Result<web::Json<Vec<RosterEntry>>, ApiError> {
    Ok(web::Json(
        p.db.run(move |c| super::roster(c, &caller)).await?,
    ))
}

async fn set_roster(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
    ApiJson(body): ApiJson<RosterRequest>,
) -> Result<web::Json<RosterEntry>, ApiError> {
    let (account, now): (AccountId, _) = (path_id(&path)?, p.clock.now());
    let entry =
        p.db.write(move |tx| super::set_roster(tx, &caller, account, Some(&body), now))
            .await?;
    entry
        .map(web::Json)
        .ok_or_else(|| ApiError::new(ErrorCode::ServerInternal))
}

async fn remove_from_roster(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<web::Json<serde_json::Value>, ApiError> {
    let (account, now): (AccountId, _) = (path_id(&path)?, p.clock.now());
    p.db.write(move |tx| super::set_roster(tx, &caller, account, None, now))
        .await?;
    Ok(web::Json(serde_json::json!({})))
}

async fn acknowledge(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<web::Json<AlertView>, ApiError> {
    let (id, now): (AlertId, _) = (path_id(&path)?, p.clock.now());
    Ok(web::Json(
        p.db.write(move |tx| super::acknowledge(tx, &caller, id, now))
            .await?,
    ))
}

async fn resolve(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
    ApiJson(body): ApiJson<ResolveRequest>,
) -> Result<web::Json<AlertView>, ApiError> {
    let (id, now): (AlertId, _) = (path_id(&path)?, p.clock.now());
    Ok(web::Json(
        p.db.write(move |tx| super::resolve(tx, &caller, id, body.outcome, now))
            .await?,
    ))
}
