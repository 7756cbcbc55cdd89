//! HTTP routes of the complaints capability. Filing, reading and adding with a receipt
//! need no account (a proof of work instead); everything else is the complaint desk's.

use actix_web::{FromRequest, HttpRequest, HttpResponse, web};
use kinbridge_protocol::complaints::{
    Challenge, ChallengeRequest, ComplaintDesk, ComplaintFiled, ComplaintFollowUp, ComplaintLookup,
    ComplaintMetrics, ComplaintSummary, ComplaintView, CustodianGrant, DeskDevice, FileComplaint,
    FollowUpStored, IdentityDecision, IdentityRequest, IdentityRequestView, KeysShared, NewEntry,
    OnCall, Proof, ProofPurpose, ReporterView, ShareKeys, StatusChange, Triage,
};
use kinbridge_protocol::{AccountId, B64, ComplaintId, ErrorCode};

use super::{Clocks, ComplaintsError, Filing};
use crate::http::{Api, ApiError, ApiJson, Op, path_id, query_params};
use crate::platform::Platform;
use crate::platform::identity::Caller;
use crate::platform::proof::Purpose;

impl From<ComplaintsError> for ApiError {
    fn from(e: ComplaintsError) -> Self {
        use ComplaintsError as E;
        match e {
            E::NotFound => ApiError::new(ErrorCode::ComplaintNotFound),
            E::ProofInvalid => ApiError::new(ErrorCode::ComplaintProofInvalid),
            E::DeskUnavailable => ApiError::new(ErrorCode::ComplaintDeskUnavailable),
            E::DeskChanged => ApiError::new(ErrorCode::ComplaintDeskChanged),
            E::NotHandler => ApiError::new(ErrorCode::ComplaintNotHandler),
            E::NotCustodian => ApiError::new(ErrorCode::ComplaintNotCustodian),
            E::SelfApproval => ApiError::new(ErrorCode::ComplaintIdentitySelfApproval),
            E::NoIdentity => ApiError::new(ErrorCode::ComplaintNoIdentity),
            E::RequestNotFound => ApiError::new(ErrorCode::ComplaintIdentityRequestNotFound),
            E::RequestDecided => ApiError::new(ErrorCode::ComplaintIdentityRequestDecided),
            E::Forbidden => ApiError::new(ErrorCode::AuthForbidden),
            E::InvalidField(f) => ApiError::invalid_field(f),
            E::Hashing(m) => {
                tracing::error!(error = %m, "receipt hashing failed");
                ApiError::new(ErrorCode::ServerInternal)
            }
            E::Storage(s) => s.into(),
        }
    }
}

const ON_A_COMPLAINT: &[ErrorCode] =
    &[ErrorCode::ComplaintNotFound, ErrorCode::ComplaintNotHandler];

fn id_param() -> serde_json::Value {
    serde_json::json!({"type": "string", "format": "uuid", "pattern": kinbridge_protocol::ids::UUID_PATTERN})
}

pub fn routes(api: &mut Api) {
    api.route(
        Op::get("/v1/complaints/desk", "complaintDesk")
            .tag("complaints")
            .public()
            .summary("Anyone: the complaint desk's devices and their lasting prekey bundles (no one-time keys), to wrap a complaint's key for each.")
            .returns::<ComplaintDesk>(200),
        desk,
    );
    api.route(
        Op::post("/v1/complaints/challenge", "complaintChallenge")
            .tag("complaints")
            .public()
            .summary("Anyone: a challenge for the proof of work that filing, reading and adding with a receipt need. Harder while the desk is flooded.")
            .body::<ChallengeRequest>()
            .returns::<Challenge>(200),
        challenge,
    );
    api.route(
        Op::post("/v1/complaints", "fileComplaint")
            .tag("complaints")
            .public()
            .large_body()
            .summary("Anyone, with or without an account (with `Authorization`, filed as that person, revealed only through an approved identity request): file a complaint encrypted on the device. The server stores it as opaque bytes; the receipt code never travels.")
            .body::<FileComplaint>()
            .returns::<ComplaintFiled>(201)
            .errors(&[
                ErrorCode::ComplaintProofInvalid,
                ErrorCode::ComplaintDeskUnavailable,
                ErrorCode::ComplaintDeskChanged,
            ]),
        file,
    );
    api.route(
        Op::post("/v1/complaints/lookup", "readComplaint")
            .tag("complaints")
            .public()
            .summary("The reporter, from any device: their complaint's status and the replies, found with the lookup derived from the receipt code (in the body, never the URL). A wrong receipt and a missing complaint get the same answer.")
            .body::<ComplaintLookup>()
            .returns::<ReporterView>(200)
            .errors(&[ErrorCode::ComplaintProofInvalid, ErrorCode::ComplaintNotFound]),
        lookup,
    );
    api.route(
        Op::post("/v1/complaints/follow-up", "addToComplaint")
            .tag("complaints")
            .public()
            .large_body()
            .summary("The reporter, from any device: add to their complaint with the lookup derived from the receipt code.")
            .body::<ComplaintFollowUp>()
            .returns::<FollowUpStored>(201)
            .errors(&[ErrorCode::ComplaintProofInvalid, ErrorCode::ComplaintNotFound]),
        follow_up,
    );
    api.route(
        Op::get("/v1/complaints", "complaintQueue")
            .tag("complaints")
            .summary("Complaint handlers: the queue, newest first, with deadlines (never a complaint about the caller).")
            .query("open", serde_json::json!({"type": "string", "enum": ["true", "false"]}), "Only complaints not closed (default true).")
            .returns::<Vec<ComplaintSummary>>(200)
            .errors(&[ErrorCode::ComplaintNotHandler]),
        queue,
    );
    api.route(
        Op::get("/v1/complaints/metrics", "complaintMetrics")
            .tag("complaints")
            .summary("Complaint handlers and supervisors: counts only (volume, categories, statuses, deadlines warned and breached).")
            .returns::<ComplaintMetrics>(200)
            .errors(&[ErrorCode::ComplaintNotHandler]),
        metrics,
    );
    api.route(
        Op::put("/v1/complaints/on-call", "setOnCall")
            .tag("complaints")
            .summary("A complaint handler: go on call in a tier for urgent complaints (1 is alerted first), or off call with `null`.")
            .body::<OnCall>()
            .errors(&[ErrorCode::ComplaintNotHandler]),
        on_call,
    );
    api.route(
        Op::put("/v1/complaints/custodians/{account_id}", "setCustodian")
            .tag("complaints")
            .summary("Admin: give or take a complaint handler's custodian right (deciding requests to learn who filed).")
            .path_param("account_id", id_param())
            .body::<CustodianGrant>()
            .errors(&[ErrorCode::AuthForbidden]),
        custodian,
    );
    api.route(
        Op::get("/v1/complaints/{complaint_id}", "complaint")
            .tag("complaints")
            .summary("A complaint handler: one complaint, its thread (ciphertext) and the thread key wrapped for the calling device.")
            .path_param("complaint_id", id_param())
            .returns::<ComplaintView>(200)
            .errors(ON_A_COMPLAINT),
        view,
    );
    api.route(
        Op::post("/v1/complaints/{complaint_id}/acknowledge", "acknowledgeComplaint")
            .tag("complaints")
            .summary("A complaint handler: a person has seen it (meets the acknowledgement deadline, stops an urgent alert escalating).")
            .path_param("complaint_id", id_param())
            .returns::<ComplaintSummary>(200)
            .errors(ON_A_COMPLAINT),
        acknowledge,
    );
    api.route(
        Op::post("/v1/complaints/{complaint_id}/status", "changeComplaintStatus")
            .tag("complaints")
            .summary("A complaint handler: move a complaint, optionally with a message to the reporter. Deadlines are never dropped by a status change.")
            .path_param("complaint_id", id_param())
            .large_body()
            .body::<StatusChange>()
            .returns::<ComplaintSummary>(200)
            .errors(ON_A_COMPLAINT),
        change_status,
    );
    api.route(
        Op::post("/v1/complaints/{complaint_id}/entries", "addComplaintEntry")
            .tag("complaints")
            .summary("A complaint handler: a reply to the reporter or an internal note, encrypted with the thread key.")
            .path_param("complaint_id", id_param())
            .large_body()
            .body::<NewEntry>()
            .returns::<ComplaintSummary>(201)
            .errors(ON_A_COMPLAINT),
        add_entry,
    );
    api.route(
        Op::get("/v1/complaints/{complaint_id}/keys", "complaintDevicesWithoutKey")
            .tag("complaints")
            .summary("A complaint handler: the desk devices that may read this complaint but hold no key for it (they joined after the filing), with lasting bundles to wrap it for them.")
            .path_param("complaint_id", id_param())
            .returns::<Vec<DeskDevice>>(200)
            .errors(ON_A_COMPLAINT),
        missing_keys,
    );
    api.route(
        Op::post("/v1/complaints/{complaint_id}/keys", "shareComplaintKey")
            .tag("complaints")
            .summary("A complaint handler's device: the thread key wrapped (libsignal) for desk devices that hold none. A key already there is never replaced.")
            .path_param("complaint_id", id_param())
            .large_body()
            .body::<ShareKeys>()
            .returns::<KeysShared>(201)
            .errors(&[
                ErrorCode::ComplaintNotFound,
                ErrorCode::ComplaintNotHandler,
                ErrorCode::ComplaintDeskChanged,
            ]),
        share_keys,
    );
    api.route(
        Op::put("/v1/complaints/{complaint_id}/triage", "triageComplaint")
            .tag("complaints")
            .summary("A complaint handler: assign, label, link a case, name the staff it is about (who then never see it), correct the category or urgency.")
            .path_param("complaint_id", id_param())
            .body::<Triage>()
            .returns::<ComplaintSummary>(200)
            .errors(ON_A_COMPLAINT),
        triage,
    );
    api.route(
        Op::post("/v1/complaints/{complaint_id}/identity-requests", "requestComplainantIdentity")
            .tag("complaints")
            .summary("A complaint handler: ask, with a reason, to learn who filed a complaint filed while enrolled. Pending until a different handler with the custodian right decides; never granted by itself.")
            .path_param("complaint_id", id_param())
            .body::<IdentityRequest>()
            .returns::<IdentityRequestView>(202)
            .errors(&[
                ErrorCode::ComplaintNotFound,
                ErrorCode::ComplaintNotHandler,
                ErrorCode::ComplaintNoIdentity,
            ]),
        request_identity,
    );
    api.route(
        Op::get("/v1/complaints/{complaint_id}/identity-requests", "complainantIdentityRequests")
            .tag("complaints")
            .summary("A complaint handler: the identity requests of a complaint; the requester of an approved one sees who filed.")
            .path_param("complaint_id", id_param())
            .returns::<Vec<IdentityRequestView>>(200)
            .errors(ON_A_COMPLAINT),
        identity_requests,
    );
    api.route(
        Op::post(
            "/v1/complaints/{complaint_id}/identity-requests/{request_id}/decision",
            "decideComplainantIdentity",
        )
        .tag("complaints")
        .summary("A complaint handler with the custodian right, never the requester: approve or refuse an identity request.")
        .path_param("complaint_id", id_param())
        .path_param("request_id", id_param())
        .body::<IdentityDecision>()
        .returns::<IdentityRequestView>(200)
        .errors(&[
            ErrorCode::ComplaintNotFound,
            ErrorCode::ComplaintNotHandler,
            ErrorCode::ComplaintNotCustodian,
            ErrorCode::ComplaintIdentitySelfApproval,
            ErrorCode::ComplaintIdentityRequestNotFound,
            ErrorCode::ComplaintIdentityRequestDecided,
        ]),
        decide_identity,
    );
}

async fn desk(p: web::Data<Platform>) -> Result<web::Json<ComplaintDesk>, ApiError> {
    Ok(web::Json(p.db.run(super::desk).await?))
}

fn purpose(p: ProofPurpose) -> Purpose {
    match p {
        ProofPurpose::File => Purpose::File,
        ProofPurpose::Lookup => Purpose::Lookup,
    }
}

async fn challenge(
    p: web::Data<Platform>,
    ApiJson(body): ApiJson<ChallengeRequest>,
) -> web::Json<Challenge> {
    let (bytes, difficulty, expires_at) = p.gate.challenge(purpose(body.purpose), p.clock.now());
    web::Json(Challenge {
        challenge: B64(bytes),
        difficulty,
        expires_at,
    })
}

async fn check_proof(p: &Platform, purpose: Purpose, proof: &Proof) -> Result<(), ComplaintsError> {
    p.gate
        .verify(purpose, &proof.challenge.0, proof.nonce, p.clock.now())
        .map_err(|_| ComplaintsError::ProofInvalid)?;
    p.gate
        .spend(&proof.challenge.0)
        .await
        .map_err(|_| ComplaintsError::ProofInvalid)
}

/// The Argon2id hash of a 32-byte lookup.
async fn lookup_hash(p: &Platform, lookup: &B64) -> Result<Vec<u8>, ComplaintsError> {
    if lookup.0.len() != 32 {
        return Err(ComplaintsError::InvalidField("lookup"));
    }
    p.slow_hash
        .hash(lookup.0.clone())
        .await
        .map_err(ComplaintsError::Hashing)
}

async fn file(
    p: web::Data<Platform>,
    req: HttpRequest,
    ApiJson(body): ApiJson<FileComplaint>,
) -> Result<HttpResponse, ApiError> {
    // With a credential, filed as that person (a wrong credential is refused, not ignored).
    let filed_by = if req
        .headers()
        .contains_key(actix_web::http::header::AUTHORIZATION)
    {
        Some(Caller::extract(&req).await?.account_id)
    } else {
        None
    };
    check_proof(&p, Purpose::File, &body.proof).await?;
    // Every filing that gets this far counts towards "busy", refused or not: the hash
    // below is what a flood would make the server pay for.
    p.gate.filed(p.clock.now());
    super::check_filing(&body)?;
    let hash = lookup_hash(&p, &body.lookup).await?;
    let (clocks, now) = (Clocks::of(&p.settings), p.clock.now());
    let filing = Filing {
        request: body,
        lookup_hash: hash,
        filed_by,
    };
    let status =
        p.db.write(move |tx| super::file(tx, clocks, filing, now))
            .await?;
    Ok(HttpResponse::Created().json(ComplaintFiled {
        filed_at: now,
        status,
    }))
}

/// A receipt that found nothing makes the next proofs harder for everyone.
fn count_miss<T>(p: &Platform, r: Result<T, ComplaintsError>) -> Result<T, ComplaintsError> {
    if matches!(r, Err(ComplaintsError::NotFound)) {
        p.gate.lookup_failed(p.clock.now());
    }
    r
}

async fn lookup(
    p: web::Data<Platform>,
    ApiJson(body): ApiJson<ComplaintLookup>,
) -> Result<web::Json<ReporterView>, ApiError> {
    check_proof(&p, Purpose::Lookup, &body.proof).await?;
    let hash = lookup_hash(&p, &body.lookup).await?;
    let now = p.clock.now();
    let read = p
        .recorded(move |c| super::read_by_receipt(c, &hash, now))
        .await;
    Ok(web::Json(count_miss(&p, read)?))
}

async fn follow_up(
    p: web::Data<Platform>,
    ApiJson(body): ApiJson<ComplaintFollowUp>,
) -> Result<HttpResponse, ApiError> {
    check_proof(&p, Purpose::Lookup, &body.proof).await?;
    let hash = lookup_hash(&p, &body.lookup).await?;
    let now = p.clock.now();
    let text = body.body;
    let added =
        p.db.write(move |tx| super::follow_up(tx, &hash, &text.0, now))
            .await;
    let seq = count_miss(&p, added)?;
    Ok(HttpResponse::Created().json(FollowUpStored { seq }))
}

async fn queue(
    p: web::Data<Platform>,
    caller: Caller,
    req: HttpRequest,
) -> Result<web::Json<Vec<ComplaintSummary>>, ApiError> {
    let query = query_params(&req, &["open"])?;
    let open = match query.get("open").map(String::as_str) {
        None | Some("true") => true,
        Some("false") => false,
        Some(_) => return Err(ApiError::invalid_field("open")),
    };
    let now = p.clock.now();
    Ok(web::Json(
        p.recorded(move |c| super::queue(c, &caller, open, now))
            .await?,
    ))
}

async fn metrics(
    p: web::Data<Platform>,
    caller: Caller,
) -> Result<web::Json<ComplaintMetrics>, ApiError> {
    let now = p.clock.now();
    Ok(web::Json(
        p.recorded(move |c| super::metrics(c, &caller, now)).await?,
    ))
}

async fn on_call(
    p: web::Data<Platform>,
    caller: Caller,
    ApiJson(body): ApiJson<OnCall>,
) -> Result<web::Json<serde_json::Value>, ApiError> {
    let now = p.clock.now();
    p.db.write(move |tx| super::set_on_call(tx, &caller, body.tier, now))
        .await?;
    Ok(web::Json(serde_json::json!({})))
}

async fn custodian(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
    ApiJson(body): ApiJson<CustodianGrant>,
) -> Result<web::Json<serde_json::Value>, ApiError> {
    let (account, now): (AccountId, _) = (path_id(&path)?, p.clock.now());
    p.db.write(move |tx| super::set_custodian(tx, &caller, account, body.custodian, now))
        .await?;
    Ok(web::Json(serde_json::json!({})))
}

async fn view(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<web::Json<ComplaintView>, ApiError> {
    let (id, now): (ComplaintId, _) = (path_id(&path)?, p.clock.now());
    Ok(web::Json(
        p.recorded(move |c| super::view(c, &caller, id, now))
            .await?,
    ))
}

async fn acknowledge(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<web::Json<ComplaintSummary>, ApiError> {
    let (id, now): (ComplaintId, _) = (path_id(&path)?, p.clock.now());
    let clocks = Clocks::of(&p.settings);
    Ok(web::Json(
        p.db.write(move |tx| super::acknowledge(tx, &caller, clocks, id, now))
            .await?,
    ))
}

async fn change_status(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
    ApiJson(body): ApiJson<StatusChange>,
) -> Result<web::Json<ComplaintSummary>, ApiError> {
    let (id, now): (ComplaintId, _) = (path_id(&path)?, p.clock.now());
    let clocks = Clocks::of(&p.settings);
    Ok(web::Json(
        p.db.write(move |tx| super::change_status(tx, &caller, clocks, id, &body, now))
            .await?,
    ))
}

async fn add_entry(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
    ApiJson(body): ApiJson<NewEntry>,
) -> Result<HttpResponse, ApiError> {
    let (id, now): (ComplaintId, _) = (path_id(&path)?, p.clock.now());
    let clocks = Clocks::of(&p.settings);
    let summary =
        p.db.write(move |tx| {
            super::add_entry(tx, &caller, clocks, id, body.visibility, &body.body.0, now)
        })
        .await?;
    Ok(HttpResponse::Created().json(summary))
}

async fn missing_keys(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<web::Json<Vec<DeskDevice>>, ApiError> {
    let (id, now): (ComplaintId, _) = (path_id(&path)?, p.clock.now());
    Ok(web::Json(
        p.recorded(move |c| super::missing_keys(c, &caller, id, now))
            .await?,
    ))
}

async fn share_keys(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
    ApiJson(body): ApiJson<ShareKeys>,
) -> Result<HttpResponse, ApiError> {
    let (id, now): (ComplaintId, _) = (path_id(&path)?, p.clock.now());
    let stored =
        p.db.write(move |tx| super::share_keys(tx, &caller, id, &body.keys, now))
            .await?;
    Ok(HttpResponse::Created().json(KeysShared {
        stored: u32::try_from(stored).unwrap_or(u32::MAX),
    }))
}

async fn triage(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
    ApiJson(body): ApiJson<Triage>,
) -> Result<web::Json<ComplaintSummary>, ApiError> {
    let (id, now): (ComplaintId, _) = (path_id(&path)?, p.clock.now());
    Ok(web::Json(
        p.db.write(move |tx| super::triage(tx, &caller, id, &body, now))
            .await?,
    ))
}

async fn request_identity(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
    ApiJson(body): ApiJson<IdentityRequest>,
) -> Result<HttpResponse, ApiError> {
    let (id, now): (ComplaintId, _) = (path_id(&path)?, p.clock.now());
    let view =
        p.db.write(move |tx| super::request_identity(tx, &caller, id, &body.reason.0, now))
            .await?;
    Ok(HttpResponse::Accepted().json(view))
}

async fn identity_requests(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<String>,
) -> Result<web::Json<Vec<IdentityRequestView>>, ApiError> {
    let (id, now): (ComplaintId, _) = (path_id(&path)?, p.clock.now());
    Ok(web::Json(
        p.recorded(move |c| super::identity_requests(c, &caller, id, now))
            .await?,
    ))
}

async fn decide_identity(
    p: web::Data<Platform>,
    caller: Caller,
    path: web::Path<(String, String)>,
    ApiJson(body): ApiJson<IdentityDecision>,
) -> Result<web::Json<IdentityRequestView>, ApiError> {
    let (id, request): (ComplaintId, uuid::Uuid) = (path_id(&path.0)?, path_id(&path.1)?);
    let now = p.clock.now();
    Ok(web::Json(
        p.db.write(move |tx| {
            super::decide_identity(tx, &caller, id, &request.to_string(), body.approve, now)
        })
        .await?,
    ))
}
