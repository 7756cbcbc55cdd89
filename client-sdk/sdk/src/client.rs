//! The client apps hold: enrol once, then make authenticated calls. Cloning is cheap and
//! every method takes `&self`; the type and its futures are `Send + 'static`, so mobile
//! bindings and multi-threaded apps can call it from anywhere.

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use kinbridge_l10n::Catalog;
use kinbridge_protocol::api::{
    AccessEntry, AccessLog, AssignStaffRequest, AuditVerifyReport, CaseExport, CaseLinkRequest,
    CaseStatus, CaseSummary, CaseView, CircleRoster, ContactRuleRequest, ContactRuleView,
    CreateStaffRequest, DeviceView, EnrolRequest, EnrolResponse, EnrolmentCodeResponse,
    InviteRequest, MeResponse, MemberView, PersonalExport, PreferencesRequest, StageChangeRequest,
    StageChangeView, StageCorrectionReason, StageCorrectionRequest, StageCorrectionView,
    StageMetrics,
};
use kinbridge_protocol::{
    AccountId, AccountRole, CaseId, CaseLinkKind, CaseStage, ContactDecision, ContactReason,
    DeviceId, ErrorBody, ErrorCode, GrammaticalForm, StaffRole,
};
use reqwest::Method;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::SdkError;
use crate::crypto::CryptoWorker;
use crate::events::EventStream;
use crate::store::{Namespace, Store};

const ENROLMENT_KEY: &str = "enrolment";
const PROFILE_KEY: &str = "profile";

/// A status as last fetched from the server.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct CachedStatus {
    fetched_at: DateTime<Utc>,
    status: CaseStatus,
}

/// A case status and whether it is live or from the phone's cache.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusView {
    pub status: CaseStatus,
    pub freshness: Freshness,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Freshness {
    /// Just fetched from the server.
    Live,
    /// The server could not be reached; this is the last known stage, fetched at
    /// `fetched_at`, `age` ago, rendered on the phone.
    Cached {
        fetched_at: DateTime<Utc>,
        age: Duration,
    },
}

/// Whether an error means "the server could not be reached", where a cached answer is
/// better than none.
fn is_unreachable(e: &SdkError) -> bool {
    match e {
        SdkError::Network(_) => true,
        SdkError::Api { status, .. } | SdkError::UnexpectedResponse { status } => *status >= 502,
        _ => false,
    }
}

/// How to reach the server and where to keep state.
#[derive(Clone)]
pub struct ClientConfig {
    /// The server's base address, e.g. `https://kinbridge.example.org`.
    pub server_url: String,
    pub store: Arc<dyn Store>,
    /// The person's preferred languages, best first (BCP 47), sent as `Accept-Language`
    /// so server messages come in their language.
    pub languages: Vec<String>,
    /// Per-request timeout.
    pub timeout: Duration,
    /// The sealed-sender trust root built into the app (a 33-byte public key). Without it
    /// the SDK can still send sealed messages but cannot open any.
    pub trust_root: Option<Vec<u8>>,
}

impl std::fmt::Debug for ClientConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientConfig")
            .field("server_url", &self.server_url)
            .field("languages", &self.languages)
            .finish()
    }
}

impl ClientConfig {
    pub fn new(server_url: impl Into<String>, store: Arc<dyn Store>) -> Self {
        ClientConfig {
            server_url: server_url.into().trim_end_matches('/').to_owned(),
            store,
            languages: Vec::new(),
            timeout: Duration::from_secs(30),
            trust_root: None,
        }
    }

    /// The sealed-sender trust root the app trusts (`kinbridge admin certificate root`
    /// printed it; a development server prints its own with `kinbridge admin certificate
    /// show`).
    pub fn trust_root(mut self, public_key: Vec<u8>) -> Self {
        self.trust_root = Some(public_key);
        self
    }

    pub fn languages(mut self, languages: &[&str]) -> Self {
        self.languages = languages.iter().map(|l| (*l).to_owned()).collect();
        self
    }
}

/// What enrolment left in the store: who this device is and its credential.
#[derive(Clone, Serialize, Deserialize)]
pub struct Enrolment {
    pub server_url: String,
    pub account_id: AccountId,
    pub device_id: DeviceId,
    pub device_number: u32,
    pub role: AccountRole,
    credential: String,
}

impl std::fmt::Debug for Enrolment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Enrolment")
            .field("server_url", &self.server_url)
            .field("account_id", &self.account_id)
            .field("device_id", &self.device_id)
            .field("role", &self.role)
            .finish_non_exhaustive()
    }
}

impl Enrolment {
    /// The enrolment kept in `store`, if this device has enrolled.
    pub fn load(store: &dyn Store) -> Result<Option<Enrolment>, SdkError> {
        match store.get(Namespace::Enrolment, ENROLMENT_KEY)? {
            Some(bytes) => serde_json::from_slice(&bytes)
                .map(Some)
                .map_err(|e| SdkError::Crypto(format!("stored enrolment unreadable: {e}"))),
            None => Ok(None),
        }
    }

    /// The `Authorization` header value this device sends.
    pub fn authorization(&self) -> String {
        format!(
            "{} {}",
            kinbridge_protocol::AUTHORIZATION_SCHEME,
            self.credential
        )
    }
}

pub(crate) struct Inner {
    http: reqwest::Client,
    pub(crate) config: ClientConfig,
    enrolment: Enrolment,
    pub(crate) crypto: CryptoWorker,
    /// Whether a background task is retrying the outbox.
    pub(crate) retrying: std::sync::atomic::AtomicBool,
    /// Held while the outbox is flushed: one flush at a time, so nothing in it is sent
    /// twice by two flushes (the event stream's, the retry task's, a call for help).
    pub(crate) flushing: tokio::sync::Mutex<()>,
    /// Set once the store was erased after a revocation.
    pub(crate) erased: std::sync::atomic::AtomicBool,
}

/// An enrolled device talking to its Kinbridge server.
#[derive(Clone)]
pub struct Client {
    pub(crate) inner: Arc<Inner>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("enrolment", &self.inner.enrolment)
            .finish()
    }
}

pub(crate) fn http_client(config: &ClientConfig) -> Result<reqwest::Client, SdkError> {
    reqwest::Client::builder()
        .timeout(config.timeout)
        .connect_timeout(Duration::from_secs(10))
        .build()
        .map_err(|e| SdkError::Network(e.to_string()))
}

fn accept_language(languages: &[String]) -> Option<String> {
    if languages.is_empty() {
        return None;
    }
    Some(
        languages
            .iter()
            .enumerate()
            .map(|(i, l)| {
                if i == 0 {
                    l.clone()
                } else {
                    // q = 0.9, 0.8, … never below 0.1.
                    let q = 10usize.saturating_sub(i).max(1);
                    format!("{l};q=0.{q}")
                }
            })
            .collect::<Vec<_>>()
            .join(", "),
    )
}

/// Sends one request and decodes the answer or the server's error.
pub(crate) async fn send<Res: DeserializeOwned>(
    http: &reqwest::Client,
    config: &ClientConfig,
    method: Method,
    path: &str,
    authorization: Option<&str>,
    body: Option<&(dyn erased::Body + Sync)>,
) -> Result<Res, SdkError> {
    send_with(http, config, method, path, authorization, &[], body).await
}

pub(crate) async fn send_with<Res: DeserializeOwned>(
    http: &reqwest::Client,
    config: &ClientConfig,
    method: Method,
    path: &str,
    authorization: Option<&str>,
    headers: &[(&'static str, String)],
    body: Option<&(dyn erased::Body + Sync)>,
) -> Result<Res, SdkError> {
    let url = format!("{}{}", config.server_url, path);
    let mut req = http.request(method, url);
    if let Some(auth) = authorization {
        req = req.header(reqwest::header::AUTHORIZATION, auth);
    }
    for (name, value) in headers {
        req = req.header(*name, value);
    }
    if let Some(lang) = accept_language(&config.languages) {
        req = req.header(reqwest::header::ACCEPT_LANGUAGE, lang);
    }
    if let Some(body) = body {
        req = req
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(body.to_json()?);
    }
    let res = req
        .send()
        .await
        .map_err(|e| SdkError::Network(e.without_url().to_string()))?;
    let status = res.status().as_u16();
    let bytes = res
        .bytes()
        .await
        .map_err(|e| SdkError::Network(e.without_url().to_string()))?;
    if (200..300).contains(&status) {
        return serde_json::from_slice(&bytes).map_err(|_| SdkError::UnexpectedResponse { status });
    }
    match serde_json::from_slice::<ErrorBody>(&bytes) {
        Ok(body) => Err(SdkError::Api {
            status,
            code: body.error.code,
            message: body.error.message,
            details: body.error.details.map(Box::new),
        }),
        Err(_) => Err(SdkError::UnexpectedResponse { status }),
    }
}

/// Request bodies of different types behind one reference.
pub(crate) mod erased {
    pub trait Body {
        fn to_json(&self) -> Result<Vec<u8>, crate::SdkError>;
    }

    impl<T: serde::Serialize> Body for T {
        fn to_json(&self) -> Result<Vec<u8>, crate::SdkError> {
            serde_json::to_vec(self).map_err(|e| crate::SdkError::Crypto(e.to_string()))
        }
    }
}

impl Client {
    /// Enrols this device with a one-time code from a caseworker (or an admin, for staff):
    /// generates and keeps the Signal identity and prekeys, sends the public keys, and
    /// keeps the credential the server returns.
    pub async fn enrol(config: ClientConfig, code: &str) -> Result<Client, SdkError> {
        let crypto = CryptoWorker::start(config.store.clone())?;
        let keys = crypto.prepare_enrolment().await?;
        let http = http_client(&config)?;
        let request = EnrolRequest {
            code: code.to_owned(),
            registration_id: keys.registration_id,
            identity_key: keys.identity_key,
            signed_prekey: keys.signed_prekey,
            kyber_last_resort_prekey: keys.kyber_last_resort_prekey,
        };
        let done: EnrolResponse = send(
            &http,
            &config,
            Method::POST,
            "/v1/enrolment",
            None,
            Some(&request),
        )
        .await?;
        let enrolment = Enrolment {
            server_url: config.server_url.clone(),
            account_id: done.account_id,
            device_id: done.device_id,
            device_number: done.device_number,
            role: done.role,
            credential: done.credential,
        };
        let bytes = serde_json::to_vec(&enrolment).map_err(|e| SdkError::Crypto(e.to_string()))?;
        config
            .store
            .put(Namespace::Enrolment, ENROLMENT_KEY, &bytes)?;
        crypto.forget_pending_enrolment().await?;
        let client = Client {
            inner: Arc::new(Inner {
                http,
                config,
                enrolment,
                crypto,
                retrying: std::sync::atomic::AtomicBool::new(false),
                flushing: tokio::sync::Mutex::new(()),
                erased: std::sync::atomic::AtomicBool::new(false),
            }),
        };
        // The one-time prekeys made at enrolment go up now, so contacts can start
        // sessions. If this fails (offline), the next top-up sends fresh ones.
        if let Err(e) = client.upload_enrolment_keys().await {
            tracing::debug!(error = %e, "one-time prekeys not uploaded yet");
        }
        // The sealed-sender access key too; the server asks again at the next connection
        // if this does not get through.
        if let Err(e) = client.renew_access_key().await {
            tracing::debug!(error = %e, "access key not registered yet");
        }
        Ok(client)
    }

    /// The client for an enrolment kept in the store, or `None` if this device has not
    /// enrolled yet.
    pub fn open(config: ClientConfig) -> Result<Option<Client>, SdkError> {
        let Some(enrolment) = Enrolment::load(config.store.as_ref())? else {
            return Ok(None);
        };
        if enrolment.server_url != config.server_url {
            return Err(SdkError::OtherServer(enrolment.server_url));
        }
        let crypto = CryptoWorker::start(config.store.clone())?;
        let http = http_client(&config)?;
        let client = Client {
            inner: Arc::new(Inner {
                http,
                config,
                enrolment,
                crypto,
                retrying: std::sync::atomic::AtomicBool::new(false),
                flushing: tokio::sync::Mutex::new(()),
                erased: std::sync::atomic::AtomicBool::new(false),
            }),
        };
        // What the phone keeps only for a while (sent messages for a resend, 24 h) goes
        // at every start too, not only when the event stream syncs.
        if let Err(e) = client.prune_received() {
            tracing::warn!(error = %e, "the store was not pruned");
        }
        Ok(Some(client))
    }

    pub fn enrolment(&self) -> &Enrolment {
        &self.inner.enrolment
    }

    pub fn account_id(&self) -> AccountId {
        self.inner.enrolment.account_id
    }

    pub fn device_id(&self) -> DeviceId {
        self.inner.enrolment.device_id
    }

    pub fn role(&self) -> AccountRole {
        self.inner.enrolment.role
    }

    pub(crate) async fn call<Res: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: Option<&(dyn erased::Body + Sync)>,
    ) -> Result<Res, SdkError> {
        let auth = self.inner.enrolment.authorization();
        let result = send(
            &self.inner.http,
            &self.inner.config,
            method,
            path,
            Some(&auth),
            body,
        )
        .await;
        if matches!(
            &result,
            Err(SdkError::Api {
                code: ErrorCode::AuthDeviceRevoked,
                ..
            })
        ) {
            self.erase_after_revocation();
        }
        result
    }

    /// The server said this device is revoked: everything in the store goes (keys,
    /// sessions, outbox, cached status, kept receipts), so a phone in the wrong hands
    /// holds nothing of the person. The app enrols again with a new code.
    pub(crate) fn erase_after_revocation(&self) {
        match self.inner.config.store.wipe() {
            Ok(()) => {
                self.inner
                    .erased
                    .store(true, std::sync::atomic::Ordering::SeqCst);
                tracing::info!("device revoked: the store was erased");
            }
            Err(e) => tracing::error!(error = %e, "device revoked: the store could not be erased"),
        }
    }

    /// The socket closed with "revoked": asks the server once more over an authenticated
    /// call, which erases the store if it answers `auth.device_revoked`. Nothing is erased
    /// on the socket's word alone, nor when the server cannot be asked.
    pub(crate) async fn confirm_revocation(&self) {
        if let Err(e) = self.me().await {
            if e.code() != Some(ErrorCode::AuthDeviceRevoked) {
                tracing::warn!(error = %e, "the revocation could not be confirmed; nothing erased");
            }
        }
    }

    /// Whether this client erased its store because the server said the device was
    /// revoked (kept in memory: no store access).
    pub fn is_erased(&self) -> bool {
        self.inner.erased.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// A call without this device's credential (sealed sender), with extra headers.
    pub(crate) async fn call_anonymous<Res: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        headers: &[(&'static str, String)],
        body: Option<&(dyn erased::Body + Sync)>,
    ) -> Result<Res, SdkError> {
        send_with(
            &self.inner.http,
            &self.inner.config,
            method,
            path,
            None,
            headers,
            body,
        )
        .await
    }

    /// Who this device is, as the server sees it. Kept for offline use.
    pub async fn me(&self) -> Result<MeResponse, SdkError> {
        let me: MeResponse = self.call(Method::GET, "/v1/me", None).await?;
        self.cache_put(PROFILE_KEY, &me)?;
        Ok(me)
    }

    /// Sets the language and the form of address (feminine, masculine, neutral) of this
    /// person's texts. `Some(None)` clears a preference; `None` leaves it as it is.
    pub async fn set_preferences(
        &self,
        locale: Option<Option<&str>>,
        grammatical_form: Option<Option<GrammaticalForm>>,
    ) -> Result<MeResponse, SdkError> {
        let body = PreferencesRequest {
            locale: locale.map(|l| l.map(str::to_owned)),
            grammatical_form,
        };
        let me: MeResponse = self
            .call(Method::PUT, "/v1/me/preferences", Some(&body))
            .await?;
        self.cache_put(PROFILE_KEY, &me)?;
        Ok(me)
    }

    pub(crate) fn cache_put<T: Serialize>(&self, key: &str, value: &T) -> Result<(), SdkError> {
        let bytes = serde_json::to_vec(value).map_err(|e| SdkError::Crypto(e.to_string()))?;
        self.inner.config.store.put(Namespace::Cache, key, &bytes)?;
        Ok(())
    }

    pub(crate) fn cache_get<T: DeserializeOwned>(&self, key: &str) -> Result<Option<T>, SdkError> {
        Ok(self
            .inner
            .config
            .store
            .get(Namespace::Cache, key)?
            .and_then(|b| serde_json::from_slice(&b).ok()))
    }

    /// Where a case stands, in this person's words. Online, from the server (and kept);
    /// when the server cannot be reached, the last known stage rendered on the phone from
    /// the texts built into the SDK, marked as cached with its age.
    pub async fn case_status(&self, case: CaseId) -> Result<StatusView, SdkError> {
        let key = format!("status:{case}");
        match self
            .call::<CaseStatus>(Method::GET, &format!("/v1/cases/{case}/status"), None)
            .await
        {
            Ok(status) => {
                self.cache_put(
                    &key,
                    &CachedStatus {
                        fetched_at: Utc::now(),
                        status: status.clone(),
                    },
                )?;
                Ok(StatusView {
                    status,
                    freshness: Freshness::Live,
                })
            }
            Err(e) if is_unreachable(&e) => {
                let Some(cached) = self.cache_get::<CachedStatus>(&key)? else {
                    return Err(e);
                };
                let profile: Option<MeResponse> = self.cache_get(PROFILE_KEY)?;
                Ok(self.render_offline(cached, profile.as_ref()))
            }
            Err(e) => Err(e),
        }
    }

    fn render_offline(&self, cached: CachedStatus, profile: Option<&MeResponse>) -> StatusView {
        let catalog = Catalog::embedded();
        let preferred = profile.and_then(|p| p.locale.as_deref());
        let mut requested: Vec<&str> = preferred.into_iter().collect();
        requested.extend(self.inner.config.languages.iter().map(String::as_str));
        let header = requested.join(", ");
        let chain = catalog.chain_for(None, Some(&header));
        let form = profile.and_then(|p| p.grammatical_form);
        let status = catalog.case_status(
            cached.status.case_id,
            cached.status.stage,
            cached.status.stage_since,
            cached.status.audience,
            form,
            &chain,
        );
        let age = (Utc::now() - cached.fetched_at)
            .to_std()
            .unwrap_or_default();
        StatusView {
            status,
            freshness: Freshness::Cached {
                fetched_at: cached.fetched_at,
                age,
            },
        }
    }

    /// The events the server sends this device (case status changes), over its WebSocket,
    /// re-connecting by itself until the stream is dropped.
    pub fn events(&self) -> EventStream {
        crate::events::start(self.clone())
    }

    pub(crate) fn server_url(&self) -> &str {
        &self.inner.config.server_url
    }

    /// The cases this person is a member of.
    pub async fn my_cases(&self) -> Result<Vec<CaseSummary>, SdkError> {
        self.call(Method::GET, "/v1/cases", None).await
    }

    pub async fn case(&self, case: CaseId) -> Result<CaseView, SdkError> {
        self.call(Method::GET, &format!("/v1/cases/{case}"), None)
            .await
    }

    pub async fn case_members(&self, case: CaseId) -> Result<Vec<MemberView>, SdkError> {
        self.call(Method::GET, &format!("/v1/cases/{case}/members"), None)
            .await
    }

    /// Caseworkers: open a case.
    pub async fn create_case(&self) -> Result<CaseView, SdkError> {
        self.call(Method::POST, "/v1/cases", None).await
    }

    /// Caseworkers: invite a person into a case and get their one-time enrolment code.
    pub async fn invite(
        &self,
        case: CaseId,
        invitation: InviteRequest,
    ) -> Result<EnrolmentCodeResponse, SdkError> {
        self.call(
            Method::POST,
            &format!("/v1/cases/{case}/invitations"),
            Some(&invitation),
        )
        .await
    }

    /// Caseworkers: assign an existing staff account to a case.
    pub async fn assign_staff(
        &self,
        case: CaseId,
        account: AccountId,
    ) -> Result<Vec<MemberView>, SdkError> {
        self.call(
            Method::POST,
            &format!("/v1/cases/{case}/staff"),
            Some(&AssignStaffRequest {
                account_id: account,
            }),
        )
        .await
    }

    /// Caseworkers: move a case to another stage.
    pub async fn change_stage(&self, case: CaseId, stage: CaseStage) -> Result<CaseView, SdkError> {
        self.call(
            Method::POST,
            &format!("/v1/cases/{case}/stage"),
            Some(&StageChangeRequest {
                stage,
                views_reason: None,
            }),
        )
        .await
    }

    /// Caseworkers: move a case to a stage that decides where the child lives although
    /// their views were neither given nor sought, saying why.
    pub async fn change_stage_without_views(
        &self,
        case: CaseId,
        stage: CaseStage,
        reason: kinbridge_protocol::ViewsReason,
    ) -> Result<CaseView, SdkError> {
        self.call(
            Method::POST,
            &format!("/v1/cases/{case}/stage"),
            Some(&StageChangeRequest {
                stage,
                views_reason: Some(reason),
            }),
        )
        .await
    }

    /// Caseworkers and guardians: who may contact whom.
    pub async fn contact_rules(&self, case: CaseId) -> Result<Vec<ContactRuleView>, SdkError> {
        self.call(
            Method::GET,
            &format!("/v1/cases/{case}/contact-rules"),
            None,
        )
        .await
    }

    /// Caseworkers: allow or block contact between two members.
    pub async fn set_contact_rule(
        &self,
        case: CaseId,
        member_a: AccountId,
        member_b: AccountId,
        decision: ContactDecision,
        reason: ContactReason,
    ) -> Result<Vec<ContactRuleView>, SdkError> {
        self.call(
            Method::PUT,
            &format!("/v1/cases/{case}/contact-rules"),
            Some(&ContactRuleRequest {
                member_a,
                member_b,
                decision,
                reason,
            }),
        )
        .await
    }

    /// Caseworkers: take someone out of a case (not the child). Their contacts through
    /// the case end at once; circle keys move on without them.
    pub async fn remove_member(&self, case: CaseId, member: AccountId) -> Result<(), SdkError> {
        let _: serde_json::Value = self
            .call(
                Method::DELETE,
                &format!("/v1/cases/{case}/members/{member}"),
                None,
            )
            .await?;
        Ok(())
    }

    /// The devices this person's circle messages in a case go to.
    pub async fn circle(&self, case: CaseId) -> Result<CircleRoster, SdkError> {
        self.call(Method::GET, &format!("/v1/cases/{case}/circle"), None)
            .await
    }

    /// Caseworkers of both cases: link siblings' cases.
    pub async fn link_cases(&self, case: CaseId, other: CaseId) -> Result<CaseView, SdkError> {
        self.call(
            Method::POST,
            &format!("/v1/cases/{case}/links"),
            Some(&CaseLinkRequest {
                case_id: other,
                kind: CaseLinkKind::Sibling,
            }),
        )
        .await
    }

    /// Caseworkers: a new enrolment code for someone invited into the case.
    pub async fn reissue_member_code(
        &self,
        case: CaseId,
        account: AccountId,
    ) -> Result<EnrolmentCodeResponse, SdkError> {
        self.call(
            Method::POST,
            &format!("/v1/cases/{case}/members/{account}/enrolment-codes"),
            None,
        )
        .await
    }

    /// Admins: create a staff account and get its one-time enrolment code.
    pub async fn create_staff(
        &self,
        role: StaffRole,
        display_name: &str,
    ) -> Result<EnrolmentCodeResponse, SdkError> {
        self.call(
            Method::POST,
            "/v1/staff",
            Some(&CreateStaffRequest {
                role,
                display_name: display_name.to_owned(),
            }),
        )
        .await
    }

    /// Admins: a new enrolment code for a staff account whose devices are all revoked (a
    /// replacement phone). Refused with `device.still_active` while it has one.
    pub async fn reissue_staff_code(
        &self,
        account: AccountId,
    ) -> Result<EnrolmentCodeResponse, SdkError> {
        self.call(
            Method::POST,
            &format!("/v1/staff/{account}/enrolment-codes"),
            None,
        )
        .await
    }

    /// Admins: who supervises a staff member (`None`: nobody).
    pub async fn set_supervisor(
        &self,
        account: AccountId,
        supervisor: Option<AccountId>,
    ) -> Result<(), SdkError> {
        let _: serde_json::Value = self
            .call(
                Method::PUT,
                &format!("/v1/staff/{account}/supervisor"),
                Some(&kinbridge_protocol::api::SupervisorRequest { supervisor }),
            )
            .await?;
        Ok(())
    }

    /// This account's devices.
    pub async fn devices(&self) -> Result<Vec<DeviceView>, SdkError> {
        self.call(Method::GET, "/v1/devices", None).await
    }

    /// The devices of an account this person manages.
    pub async fn account_devices(&self, account: AccountId) -> Result<Vec<DeviceView>, SdkError> {
        self.call(
            Method::GET,
            &format!("/v1/accounts/{account}/devices"),
            None,
        )
        .await
    }

    /// Children, guardians and caseworkers: who on the staff side looked at or changed the
    /// case, in this person's language and at their age band, oldest first: every page.
    pub async fn access_log(&self, case: CaseId) -> Result<AccessLog, SdkError> {
        let mut log = self.access_log_page(case, None, None).await?;
        let mut next = log.next.take();
        while let Some(after) = next {
            let mut page = self.access_log_page(case, Some(&after), None).await?;
            log.entries.append(&mut page.entries);
            next = page.next;
        }
        Ok(log)
    }

    /// One page of the access log: up to `limit` entries (the server's default if `None`)
    /// after the cursor `after` (a page's `next`).
    pub async fn access_log_page(
        &self,
        case: CaseId,
        after: Option<&str>,
        limit: Option<u32>,
    ) -> Result<AccessLog, SdkError> {
        let mut params = Vec::new();
        if let Some(after) = after {
            params.push(("after", after.to_owned()));
        }
        if let Some(limit) = limit {
            params.push(("limit", limit.to_string()));
        }
        let query = match serde_urlencoded::to_string(&params) {
            Ok(q) if !q.is_empty() => format!("?{q}"),
            _ => String::new(),
        };
        self.call(
            Method::GET,
            &format!("/v1/cases/{case}/access-log{query}"),
            None,
        )
        .await
    }

    /// The access-log entries after `next`, for an export whose log goes on.
    async fn rest_of_access_log(
        &self,
        case: CaseId,
        mut next: Option<String>,
        entries: &mut Vec<AccessEntry>,
    ) -> Result<(), SdkError> {
        while let Some(after) = next {
            let mut page = self.access_log_page(case, Some(&after), None).await?;
            entries.append(&mut page.entries);
            next = page.next;
        }
        Ok(())
    }

    /// Everything the server holds about this person, as one document (the server sends
    /// each case's access log a page at a time; this reads every page).
    pub async fn export_my_data(&self) -> Result<PersonalExport, SdkError> {
        let mut export: PersonalExport = self.call(Method::GET, "/v1/me/export", None).await?;
        for case in &mut export.cases {
            if let Some(entries) = case.access_log.as_mut() {
                let next = case.access_log_next.take();
                self.rest_of_access_log(case.case.case_id, next, entries)
                    .await?;
            }
        }
        Ok(export)
    }

    /// Caseworkers: a whole case as one document, for a transfer (every page of its access
    /// log).
    pub async fn export_case(&self, case: CaseId) -> Result<CaseExport, SdkError> {
        let mut export: CaseExport = self
            .call(Method::GET, &format!("/v1/cases/{case}/export"), None)
            .await?;
        let next = export.access_log_next.take();
        self.rest_of_access_log(case, next, &mut export.access_log)
            .await?;
        Ok(export)
    }

    /// Caseworkers: a whole case as one document for a tracing partner; refused with
    /// `consent.not_granted` unless the child's consent to share case data with tracing
    /// partners is in force.
    pub async fn export_case_for_tracing(&self, case: CaseId) -> Result<CaseExport, SdkError> {
        self.call(
            Method::GET,
            &format!("/v1/cases/{case}/export?for=tracing_partner"),
            None,
        )
        .await
    }

    /// Supervisors: time in each stage and time to reunification, over all cases.
    pub async fn stage_metrics(&self) -> Result<StageMetrics, SdkError> {
        self.call(Method::GET, "/v1/metrics/stages", None).await
    }

    /// Supervisors: propose putting a case in another stage, outside the usual
    /// transitions, for `reason`. Nothing moves until a second supervisor approves.
    pub async fn propose_stage_correction(
        &self,
        case: CaseId,
        stage: CaseStage,
        reason: StageCorrectionReason,
    ) -> Result<StageCorrectionView, SdkError> {
        self.call(
            Method::POST,
            &format!("/v1/cases/{case}/stage-corrections"),
            Some(&StageCorrectionRequest { stage, reason }),
        )
        .await
    }

    /// Supervisors: the corrections waiting for a second supervisor.
    pub async fn pending_stage_corrections(&self) -> Result<Vec<StageCorrectionView>, SdkError> {
        self.call(Method::GET, "/v1/stage-corrections", None).await
    }

    /// A second supervisor: approve a proposed correction; the case moves.
    pub async fn approve_stage_correction(
        &self,
        correction: &StageCorrectionView,
    ) -> Result<StageChangeView, SdkError> {
        self.call(
            Method::POST,
            &format!(
                "/v1/cases/{}/stage-corrections/{}/approval",
                correction.case_id, correction.id
            ),
            None,
        )
        .await
    }

    /// Supervisors: withdraw a proposed correction.
    pub async fn withdraw_stage_correction(
        &self,
        correction: &StageCorrectionView,
    ) -> Result<(), SdkError> {
        let _: serde_json::Value = self
            .call(
                Method::DELETE,
                &format!(
                    "/v1/cases/{}/stage-corrections/{}",
                    correction.case_id, correction.id
                ),
                None,
            )
            .await?;
        Ok(())
    }

    /// Supervisors: re-walk the audit chain.
    pub async fn verify_audit(&self) -> Result<AuditVerifyReport, SdkError> {
        self.call(Method::GET, "/v1/audit/verify", None).await
    }

    /// Revokes a device (own, or of an account this person manages).
    pub async fn revoke_device(&self, device: DeviceId) -> Result<DeviceView, SdkError> {
        self.call(Method::DELETE, &format!("/v1/devices/{device}"), None)
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_static<T: Send + 'static>(_: &T) {}

    #[test]
    fn the_public_api_is_send_and_static() {
        let store: Arc<dyn Store> = Arc::new(crate::store::MemoryStore::new());
        let config = ClientConfig::new("http://127.0.0.1:1", store);
        assert_send_static(&Client::enrol(config.clone(), "x"));
        fn client_is_send_sync<T: Send + Sync + Clone + 'static>() {}
        client_is_send_sync::<Client>();
        // An open that finds no enrolment gives None, not an error.
        assert!(Client::open(config).unwrap().is_none());
    }

    #[test]
    fn accept_language_lists_preferences_in_order() {
        assert_eq!(accept_language(&[]), None);
        assert_eq!(
            accept_language(&["fa-AF".into(), "fa".into(), "en".into()]).as_deref(),
            Some("fa-AF, fa;q=0.9, en;q=0.8")
        );
    }
}
