//! Request and response bodies of the HTTP API. Every request type refuses unknown fields,
//! so a typo in a client is an error, not a silently ignored value.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::{
    AccountId, AccountRole, AgeBand, AgeSource, AuditBreak, B64, CaseId, CaseLinkKind, CaseStage,
    ChildViews, ConsentChoice, ConsentDecider, ConsentDecision, ConsentKind, ConsentModality,
    ConsentStatus, ContactDecision, ContactReason, DeviceChangeKind, DeviceId, EnvelopeKind,
    GrammaticalForm, MemberRole, OverrideReason, Relationship, StaffRole, ViewDecision, ViewForm,
    ViewsReason,
};

#[cfg(feature = "schema")]
use schemars::JsonSchema;

/// A public prekey with its signature by the device's identity key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SignedPreKey {
    /// The device's own id for this key (below 2^24).
    #[cfg_attr(feature = "schema", schemars(range(max = 16_777_215)))]
    pub key_id: u32,
    /// The serialized public key (33-byte Curve25519 or 1569-byte Kyber-1024).
    pub public_key: B64,
    /// XEdDSA signature of `public_key` by the identity key.
    pub signature: B64,
}

/// `POST /v1/enrolment`: a device joins with a one-time code and its public keys.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EnrolRequest {
    /// The one-time enrolment code the caseworker or admin gave.
    pub code: String,
    /// The Signal registration id of this installation (1..=16380).
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 16380)))]
    pub registration_id: u32,
    /// The device's Signal identity public key (33 bytes).
    pub identity_key: B64,
    /// The signed Curve25519 prekey.
    pub signed_prekey: SignedPreKey,
    /// The signed Kyber-1024 last-resort prekey.
    pub kyber_last_resort_prekey: SignedPreKey,
}

/// The answer to a successful enrolment. The credential is shown once and never again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EnrolResponse {
    pub account_id: AccountId,
    pub device_id: DeviceId,
    /// The Signal device number of this device within its account (1..=127).
    pub device_number: u32,
    pub role: AccountRole,
    /// The device credential, sent as `Authorization: Bearer <credential>` on every call.
    pub credential: String,
}

/// `GET /v1/me`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MeResponse {
    pub account_id: AccountId,
    pub device_id: DeviceId,
    pub role: AccountRole,
    /// Staff only: the name children and guardians see when staff look at their case.
    pub display_name: Option<String>,
    /// Children only.
    pub age_band: Option<AgeBand>,
    /// The preferred locale, if one was set.
    pub locale: Option<String>,
    /// How texts address this person where a language marks gender; neutral if unset.
    pub grammatical_form: Option<GrammaticalForm>,
}

/// For `Option<Option<T>>` fields: left out → `None` (keep), `null` → `Some(None)` (clear),
/// a value → `Some(Some(value))`. Plain serde reads `null` as left out.
pub fn double_option<'de, T, D>(d: D) -> Result<Option<Option<T>>, D::Error>
where
    T: Deserialize<'de>,
    D: serde::Deserializer<'de>,
{
    Option::<T>::deserialize(d).map(Some)
}

/// `PUT /v1/me/preferences`: a person sets the language and form of address they want.
/// A field left out is left as it is; `null` clears it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PreferencesRequest {
    #[serde(
        default,
        deserialize_with = "double_option",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schema", schemars(extend("pattern" = crate::api::LOCALE_PATTERN, "maxLength" = 35)))]
    pub locale: Option<Option<String>>,
    #[serde(
        default,
        deserialize_with = "double_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub grammatical_form: Option<Option<GrammaticalForm>>,
}

/// `POST /v1/staff` (admin): create a staff account and get its first enrolment code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CreateStaffRequest {
    pub role: StaffRole,
    /// The staff member's working name (1 to 80 characters).
    #[cfg_attr(feature = "schema", schemars(extend("pattern" = crate::api::NAME_PATTERN, "maxLength" = 80)))]
    pub display_name: String,
}

/// A one-time enrolment code. It is shown once; the server keeps only a keyed hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EnrolmentCodeResponse {
    /// The account the code enrols a device for.
    pub account_id: AccountId,
    pub code: String,
    pub expires_at: DateTime<Utc>,
}

/// A language tag the server takes (BCP 47: language, then optional script and region;
/// not `und`).
pub const LOCALE_PATTERN: &str =
    "^(?![uU][nN][dD](-|$))[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|[0-9]{3}))?$";

/// A working name the server takes: at least one visible character, no control characters.
pub const NAME_PATTERN: &str = "^[^\\u0000-\\u001f\\u007f-\\u009f]*[^\\s\\u0000-\\u001f\\u007f-\\u009f][^\\u0000-\\u001f\\u007f-\\u009f]*$";

/// `POST /v1/cases/{case_id}/invitations` (caseworker): invite a person into a case.
/// A new account is created for them; its first device enrols with the returned code.
/// The role is the one key of the body: `{"child": {"age_band": "10-12", "locale": "ar"}}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum InviteRequest {
    /// The child the case is about.
    Child {
        #[cfg_attr(
            feature = "schema",
            schemars(schema_with = "crate::api::schemas::child_age_band")
        )]
        age_band: AgeBand,
        /// BCP 47 tag of the language the child reads best, e.g. `ar` or `fa-AF`.
        #[serde(default)]
        #[cfg_attr(feature = "schema", schemars(extend("pattern" = crate::api::LOCALE_PATTERN, "maxLength" = 35)))]
        locale: Option<String>,
        /// How texts should address the child where a language marks gender.
        #[serde(default)]
        grammatical_form: Option<GrammaticalForm>,
    },
    /// A relative or customary caregiver found by tracing.
    Family {
        relationship: Relationship,
        #[serde(default)]
        #[cfg_attr(feature = "schema", schemars(extend("pattern" = crate::api::LOCALE_PATTERN, "maxLength" = 35)))]
        locale: Option<String>,
        #[serde(default)]
        grammatical_form: Option<GrammaticalForm>,
    },
    /// A guardian without a staff account.
    Guardian {
        #[cfg_attr(feature = "schema", schemars(extend("pattern" = crate::api::NAME_PATTERN, "maxLength" = 80)))]
        display_name: String,
        #[serde(default)]
        #[cfg_attr(feature = "schema", schemars(extend("pattern" = crate::api::LOCALE_PATTERN, "maxLength" = 35)))]
        locale: Option<String>,
    },
    /// A legal representative without a staff account.
    LegalRepresentative {
        #[cfg_attr(feature = "schema", schemars(extend("pattern" = crate::api::NAME_PATTERN, "maxLength" = 80)))]
        display_name: String,
        #[serde(default)]
        #[cfg_attr(feature = "schema", schemars(extend("pattern" = crate::api::LOCALE_PATTERN, "maxLength" = 35)))]
        locale: Option<String>,
    },
}

/// `GET /v1/cases`: the cases the caller is a member of.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CaseSummary {
    pub case_id: CaseId,
    pub stage: CaseStage,
    pub stage_since: DateTime<Utc>,
    pub my_role: MemberRole,
}

/// `GET /v1/cases/{case_id}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CaseView {
    pub case_id: CaseId,
    pub stage: CaseStage,
    pub stage_since: DateTime<Utc>,
    pub created_at: DateTime<Utc>,
    pub my_role: MemberRole,
    /// Linked cases (siblings). Shown to staff assigned to the case only.
    pub links: Vec<CaseLinkView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CaseLinkView {
    pub case_id: CaseId,
    pub kind: CaseLinkKind,
}

/// One member of a case, as the caller may see them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MemberView {
    pub account_id: AccountId,
    pub role: MemberRole,
    pub relationship: Option<Relationship>,
    /// Staff members' working names; children and families have none on the server.
    pub display_name: Option<String>,
    /// The child's age band (shown to staff only).
    pub age_band: Option<AgeBand>,
    /// Whether at least one device of this member is enrolled and not revoked.
    pub enrolled: bool,
    pub added_at: DateTime<Utc>,
}

/// `POST /v1/cases/{case_id}/staff` (caseworker): assign an existing staff account
/// (caseworker, guardian or legal representative) to the case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AssignStaffRequest {
    pub account_id: AccountId,
}

/// `POST /v1/cases/{case_id}/stage` (caseworker): move the case to another stage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StageChangeRequest {
    pub stage: CaseStage,
    /// Moving to planning reunification or alternative care for a child of 6 or more
    /// whose views were neither given nor sought needs a reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub views_reason: Option<ViewsReason>,
}

/// `PUT /v1/cases/{case_id}/contact-rules` (caseworker): allow or block contact between two
/// members. Every decision is kept; the newest one for a pair is the rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ContactRuleRequest {
    pub member_a: AccountId,
    pub member_b: AccountId,
    pub decision: ContactDecision,
    pub reason: ContactReason,
}

/// The rule in force for one pair of members.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ContactRuleView {
    pub member_a: AccountId,
    pub member_b: AccountId,
    pub decision: ContactDecision,
    /// `None` for the built-in defaults (child with their caseworker and guardian).
    pub reason: Option<ContactReason>,
    /// Who decided; `None` for a built-in default.
    pub set_by: Option<AccountId>,
    pub set_at: Option<DateTime<Utc>>,
}

/// `POST /v1/cases/{case_id}/links` (caseworker of both cases): link siblings' cases.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CaseLinkRequest {
    pub case_id: CaseId,
    pub kind: CaseLinkKind,
}

/// One enrolled device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DeviceView {
    pub device_id: DeviceId,
    pub account_id: AccountId,
    pub device_number: u32,
    /// The device's Signal identity key (public): what safety numbers are made of.
    pub identity_key: B64,
    pub enrolled_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
}

/// The content of a `device_change` envelope: a device was added to or revoked from an
/// account. Sent, in queue order, to the account's other devices and to the devices of
/// everyone in contact with it, so no device joins or leaves an account unannounced.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DeviceChange {
    pub account_id: AccountId,
    pub device_number: u32,
    /// The device's identity key (public).
    pub identity_key: B64,
    pub change: DeviceChangeKind,
    /// Who made it possible: the staff account that issued the enrolment code (added),
    /// or who revoked the device; `None` when it was the host or the server.
    pub by: Option<AccountId>,
    pub at: DateTime<Utc>,
}

/// `GET /v1/health` and `GET /v1/ready`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct HealthResponse {
    /// `ok` (alive) or `ready` (alive and the database answers).
    pub status: String,
    /// On a node among several (`ready` only): `connected` when Redis carries wake-ups and
    /// invalidations between the nodes, `unreachable` when it does not (the node still
    /// serves: it reads its sockets' queues every 2 s and keeps cached facts 1 s).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redis: Option<String>,
}

/// `GET /v1/audit/verify` (supervisor): the result of re-walking the audit chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AuditVerifyReport {
    /// True when every link, digest, the head and every checkpoint check out.
    pub ok: bool,
    /// Events walked.
    pub events: u64,
    /// The sequence number of the newest event, as the head records it.
    pub head_seq: i64,
    /// Signed checkpoints checked.
    pub checkpoints: u64,
    /// The sequence number of the checkpoint this server last published outside the
    /// database, which the database must still hold (none published yet: absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_seq: Option<i64>,
    /// The first sequence number where the chain breaks.
    pub broken_at: Option<i64>,
    pub reason: Option<AuditBreak>,
}

/// One time staff looked at or changed a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AccessEntry {
    pub at: DateTime<Utc>,
    /// What was done, as a stable code (`case.view`, `case.stage.change`, …).
    pub action: String,
    /// The staff member's role and working name.
    pub actor_role: Option<AccountRole>,
    pub actor_name: Option<String>,
    /// One sentence for the reader, in their language and at their age band.
    pub text: String,
}

/// `GET /v1/cases/{case_id}/access-log`: who on the staff side looked at or changed a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AccessLog {
    pub case_id: CaseId,
    /// The locale the texts are in, and their direction (`ltr` or `rtl`).
    pub locale: String,
    pub direction: String,
    pub entries: Vec<AccessEntry>,
    /// Where the next page starts (pass it as `after`); absent on the last page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
}

/// One stage change in a case's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StageChangeView {
    pub from: Option<CaseStage>,
    pub to: CaseStage,
    pub at: DateTime<Utc>,
    pub by: AccountId,
    /// For a change that decides where a child lives: whether their views were heard.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub child_views: Option<ChildViews>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub views_reason: Option<ViewsReason>,
}

/// One case as it appears in a person's export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ExportedCase {
    pub case: CaseView,
    pub members: Vec<MemberView>,
    pub stage_history: Vec<StageChangeView>,
    /// Staff accesses to the case, for those who may read its access log: the first page.
    pub access_log: Option<Vec<AccessEntry>>,
    /// Where the rest of the access log starts, if it goes on (read it from the access-log
    /// route with `after`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_log_next: Option<String>,
}

/// `GET /v1/me/export`: everything the server holds about the caller, in one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PersonalExport {
    pub format: String,
    pub exported_at: DateTime<Utc>,
    pub account: MeResponse,
    pub devices: Vec<DeviceView>,
    pub cases: Vec<ExportedCase>,
    /// A child's consent record (events, states, whether the chain is whole).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent: Option<ConsentRecord>,
    /// The views sought and given about the child (never what was said: that is in the
    /// messages on the phones).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub views: Vec<ViewRecord>,
    /// When the child checked in (never what they said: that is on their carers' phones).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub check_ins: Vec<crate::alerts::CheckInRecord>,
    /// The child's calls for help and missing reports about them, and how each ended.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alerts: Vec<crate::alerts::AlertView>,
}

/// `GET /v1/cases/{case_id}/export` (caseworker): a case, for a transfer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CaseExport {
    pub format: String,
    pub exported_at: DateTime<Utc>,
    pub case: CaseView,
    pub members: Vec<MemberView>,
    pub stage_history: Vec<StageChangeView>,
    pub contact_rules: Vec<ContactRuleView>,
    /// The first page of the access log.
    pub access_log: Vec<AccessEntry>,
    /// Where the rest of the access log starts, if it goes on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_log_next: Option<String>,
}

/// The five parts of a status text, for one reader.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StatusParts {
    /// What this step is called.
    pub title: String,
    /// What it means.
    pub meaning: String,
    /// What happens next.
    pub next: String,
    /// What you can do now.
    pub can_do: String,
    /// Who to ask.
    pub ask: String,
}

/// `GET /v1/cases/{case_id}/status`: where a case stands, in words made for the reader —
/// their language, their age band, their form of address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CaseStatus {
    pub case_id: CaseId,
    pub stage: CaseStage,
    pub stage_since: DateTime<Utc>,
    /// The locale the texts are in (after fallback) and its direction (`ltr`, `rtl`).
    pub locale: String,
    pub direction: String,
    /// The age band the texts were written for (`adult` for grown-ups).
    pub audience: AgeBand,
    /// The content version the texts come from, e.g. `status/v1`.
    pub content_version: String,
    pub parts: StatusParts,
    /// Reassurance where the stage calls for it (waiting, checks, alternative care).
    pub reassurance: Option<String>,
    /// How to reach your guardian (children) or the caseworker (adults).
    pub contact: String,
    /// How to make a complaint.
    pub complaint: String,
}

/// Time in each stage and time to reunification, over all cases (supervisors only).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StageMetrics {
    pub stages: Vec<StageFigures>,
    /// Cases that reached `reunified`.
    pub reunified_cases: u64,
    /// Median days from opening a case to its first reunification.
    pub median_days_to_reunification: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StageFigures {
    pub stage: CaseStage,
    /// Cases in this stage now.
    pub cases_now: u64,
    /// Finished stays in this stage (the case moved on).
    pub completed_stays: u64,
    /// Median and mean days of those stays.
    pub median_days: Option<f64>,
    pub mean_days: Option<f64>,
}

/// `POST /v1/cases/{case_id}/stage-correction` (supervisors): put a case back in the stage
/// it should be in, outside the usual transitions. Recorded in history and audit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StageCorrectionRequest {
    pub stage: CaseStage,
    /// Why the stage is wrong: one of a fixed list (no free text, so no names are stored).
    pub reason: StageCorrectionReason,
}

/// Why a supervisor asks for a case's stage to be corrected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum StageCorrectionReason {
    /// The stage was set by mistake.
    RecordedInError,
    /// The stage was set on the wrong case.
    RecordedOnWrongCase,
    /// New information changes where the case stands.
    NewInformation,
    /// The plan for the child changed (e.g. a reunification fell through).
    PlanChanged,
}

impl StageCorrectionReason {
    pub fn as_str(self) -> &'static str {
        match self {
            StageCorrectionReason::RecordedInError => "recorded_in_error",
            StageCorrectionReason::RecordedOnWrongCase => "recorded_on_wrong_case",
            StageCorrectionReason::NewInformation => "new_information",
            StageCorrectionReason::PlanChanged => "plan_changed",
        }
    }

    pub fn parse(s: &str) -> Option<StageCorrectionReason> {
        [
            StageCorrectionReason::RecordedInError,
            StageCorrectionReason::RecordedOnWrongCase,
            StageCorrectionReason::NewInformation,
            StageCorrectionReason::PlanChanged,
        ]
        .into_iter()
        .find(|r| r.as_str() == s)
    }
}

/// A correction of a case's stage, proposed by one supervisor, applied when a second one
/// approves it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StageCorrectionView {
    pub id: uuid::Uuid,
    pub case_id: CaseId,
    /// The stage the case was in when the correction was proposed.
    pub from: CaseStage,
    pub to: CaseStage,
    pub reason: StageCorrectionReason,
    pub proposed_by: AccountId,
    pub proposed_at: DateTime<Utc>,
}

/// An unsigned one-time Curve25519 prekey.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PreKey {
    #[cfg_attr(feature = "schema", schemars(range(max = 16_777_215)))]
    pub key_id: u32,
    pub public_key: B64,
}

/// `PUT /v1/keys`: upload or replace this device's keys. A field left out keeps what the
/// server has; a non-empty list replaces the stored one-time keys of that kind. At most
/// 100 keys of each kind per call; every signature is checked.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct KeysUploadRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed_prekey: Option<SignedPreKey>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kyber_last_resort_prekey: Option<SignedPreKey>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub one_time_prekeys: Vec<PreKey>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kyber_prekeys: Vec<SignedPreKey>,
}

/// `GET /v1/keys`: how many one-time keys the server still holds for this device.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct KeyCounts {
    pub one_time_prekeys: u32,
    pub kyber_prekeys: u32,
}

/// What a sender needs to start a session with one device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DeviceBundle {
    pub device_number: u32,
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 16380)))]
    pub registration_id: u32,
    pub identity_key: B64,
    pub signed_prekey: SignedPreKey,
    /// Absent when the device's one-time keys ran out.
    pub one_time_prekey: Option<PreKey>,
    /// A one-time Kyber key, or the last-resort one when those ran out.
    pub kyber_prekey: SignedPreKey,
}

/// `GET /v1/keys/{account_id}/{device}`: prekey bundles of one device (`device` is a
/// number) or all (`*`). Each one-time key is handed out once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PreKeyBundles {
    pub account_id: AccountId,
    pub devices: Vec<DeviceBundle>,
}

/// One ciphertext for one device of the recipient.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OutgoingEnvelope {
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 127)))]
    pub device_number: u32,
    /// The registration id the sender's session has for that device; a mismatch means
    /// the device was reinstalled.
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 16380)))]
    pub registration_id: u32,
    pub kind: EnvelopeKind,
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::api::schemas::ciphertext")
    )]
    pub content: B64,
}

/// `PUT /v1/messages/{account_id}`: one message to every device of the recipient.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SendRequest {
    /// Chosen by the sender (a random UUID); a retry with the same id stores nothing twice.
    #[cfg_attr(feature = "schema", schemars(extend("pattern" = crate::ids::UUID_PATTERN)))]
    pub client_message_id: String,
    /// Typing or presence: delivered to connected devices only, never stored.
    #[serde(default)]
    pub ephemeral: bool,
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub messages: Vec<OutgoingEnvelope>,
}

/// The answer to a send.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SendResponse {
    /// True when this client message id was already accepted (a retry).
    pub duplicate: bool,
}

/// A queued envelope, as delivered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Envelope {
    /// The server's id of this envelope, to acknowledge it.
    pub guid: String,
    pub kind: EnvelopeKind,
    /// Absent for sealed-sender envelopes.
    pub source_account: Option<AccountId>,
    pub source_device: Option<u32>,
    pub server_ts: DateTime<Utc>,
    pub content: B64,
}

/// `POST /v1/messages/ack`: the envelopes a device has safely received (HTTP polling).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AckRequest {
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::api::schemas::guids")
    )]
    pub guids: Vec<String>,
}

/// What a device sends over its WebSocket, as JSON text frames.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum ClientFrame {
    /// This envelope is safely received; the server deletes it.
    Ack { guid: String },
}

/// `PUT /v1/staff/{account_id}/supervisor`: who supervises a staff member (`null`: nobody).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SupervisorRequest {
    pub supervisor: Option<AccountId>,
}

/// What the server pushes over a device's WebSocket, as JSON text frames.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum ServerFrame {
    /// A case this person is in moved to another stage; the status is already rendered
    /// for them.
    CaseStatus {
        /// One line to show in a notification.
        headline: String,
        status: Box<CaseStatus>,
    },
    /// A queued envelope; acknowledge it with `ClientFrame::Ack`.
    Envelope { envelope: Envelope },
    /// Every queued envelope has been sent; new ones follow as they arrive.
    QueueEmpty,
    /// This person has no valid access key for sealed-sender messages (none yet, or it was
    /// withdrawn because a contact of theirs was blocked or removed): upload a new one with
    /// `PUT /v1/access-key` and share it with contacts inside encrypted messages.
    AccessKeyReset,
    /// A caseworker ended this person's contact with `account_id` (a contact rule set to
    /// anything but allowed, or one of them taken out of the case): messages to them are
    /// refused from now on.
    ContactBlocked { account_id: AccountId },
    /// A caseworker asks this person (the child, or their guardian) for a consent: fetch
    /// the notice for `purpose` and show it.
    ConsentRequested {
        case_id: CaseId,
        subject: AccountId,
        purpose: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        scope: Option<AccountId>,
    },
    /// A consent about a child of this person's case changed (a decision, a withdrawal, an
    /// override): where it stands now.
    ConsentChanged {
        case_id: CaseId,
        subject: AccountId,
        purpose: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        scope: Option<AccountId>,
        status: ConsentStatus,
    },
    /// Complaint handlers: something happened at the complaint desk; look at the queue.
    /// It says nothing else, and every desk frame has the same size (`pad`).
    DeskActivity { pad: String },
    /// Complaint handlers on call: an urgent complaint waits for someone to acknowledge
    /// it; look at the queue now. As content-free as `desk_activity`, and the same size.
    DeskUrgent { pad: String },
    /// On-call staff: an alert (a child's call for help, a missing child) waits for
    /// someone; look at `GET /v1/alerts` now. It says nothing else, and is the same size
    /// as the desk frames.
    Alert { pad: String },
    /// A child: a person on duty has seen their call for help in this case.
    HelpSeen {
        case_id: CaseId,
        alert_id: crate::AlertId,
    },
    /// A child: their agreed check-in rhythm came round (an invitation, never a duty).
    CheckInInvite { case_id: CaseId },
}

/// `GET /v1/certificate/delivery`: a sender certificate for sealed-sender messages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DeliveryCertificate {
    /// libsignal `SenderCertificate`: account id, device number, identity key and expiry,
    /// signed by the server certificate, which is signed by the trust root the app holds.
    /// No phone number.
    pub certificate: B64,
    pub expires_at: DateTime<Utc>,
}

/// `PUT /v1/access-key`: this person's access key for sealed-sender messages. Only its
/// hash is stored. The app shares the key with its contacts inside encrypted messages, so
/// only people who may write to this person can send to them without saying who they are.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AccessKeyRequest {
    /// 16 random bytes.
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::api::schemas::access_key")
    )]
    pub access_key: B64,
}

/// The header that carries the recipient's access key on a sealed-sender send (which has
/// no `Authorization`).
pub const ACCESS_KEY_HEADER: &str = "Unidentified-Access-Key";

/// An access key on the wire: 16 bytes in standard base64 (22 characters, the last with
/// its unused bits zero, then `==`).
pub const ACCESS_KEY_PATTERN: &str = "^[A-Za-z0-9+/]{21}[AQgw]==$";

/// One device of a circle member.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CircleDevice {
    pub account_id: AccountId,
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 127)))]
    pub device_number: u32,
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 16380)))]
    pub registration_id: u32,
}

/// `GET /v1/cases/{case_id}/circle`: the devices a member's case-circle messages go to —
/// every active device of every active member of the case the caller may contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CircleRoster {
    pub case_id: CaseId,
    /// Sorted.
    pub devices: Vec<CircleDevice>,
}

/// `PUT /v1/cases/{case_id}/circle/messages`: one sender-key ciphertext for the circle;
/// the server stores one envelope per device in `recipients` (the devices the sender's key
/// went to). Each must be in the circle now, else 409 `circle.changed`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CircleSendRequest {
    /// Chosen by the sender (a random UUID); a retry with the same id stores nothing twice.
    #[cfg_attr(feature = "schema", schemars(extend("pattern" = crate::ids::UUID_PATTERN)))]
    pub client_message_id: String,
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::api::schemas::ciphertext")
    )]
    pub content: B64,
    pub recipients: Vec<CircleDevice>,
}

/// What travels inside a 1:1 Signal session (the server never sees it): a message for the
/// person, or a case-circle key. Each carries the sender's current access key for
/// sealed-sender messages, so contacts learn it from the person themselves.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Content {
    Message {
        body: B64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        access_key: Option<B64>,
        /// The sender's id of this message (its first client message id): a message sent
        /// again after a decryption failure keeps it, so a device that already showed it
        /// does not show it twice.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        id: Option<String>,
    },
    /// "A message from your device `device` sent since `since` could not be decrypted
    /// here": sent on a fresh session after a decryption failure (as Signal's
    /// `DecryptionErrorMessage` asks), so that device sends those messages again.
    ResendRequest { device: u32, since: DateTime<Utc> },
    /// A sender-key distribution message for the sender's circle in a case.
    CircleKey {
        case_id: CaseId,
        distribution: B64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        access_key: Option<B64>,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invite_is_keyed_by_role_and_refuses_fields_of_other_roles() {
        let child: InviteRequest =
            serde_json::from_str(r#"{"child":{"age_band":"10-12","locale":"ar"}}"#).unwrap();
        assert_eq!(
            child,
            InviteRequest::Child {
                age_band: AgeBand::Band10To12,
                locale: Some("ar".into()),
                grammatical_form: None,
            }
        );
        // A child has no name on the server: the field is refused, not ignored.
        let err = serde_json::from_str::<InviteRequest>(
            r#"{"child":{"age_band":"6-9","display_name":"X"}}"#,
        )
        .unwrap_err();
        assert!(err.to_string().contains("unknown field"), "{err}");
        let err = serde_json::from_str::<InviteRequest>(r#"{"pilot":{}}"#).unwrap_err();
        assert!(err.to_string().contains("unknown variant"), "{err}");
    }

    #[test]
    fn requests_refuse_unknown_fields() {
        let err =
            serde_json::from_str::<StageChangeRequest>(r#"{"stage":"tracing","x":1}"#).unwrap_err();
        assert!(err.to_string().contains("unknown field"), "{err}");
    }
}

/// Schemas of fields whose constraints a type alone does not say.
#[cfg(feature = "schema")]
pub(crate) mod schemas {
    use schemars::{Schema, SchemaGenerator, json_schema};

    /// A sealed-sender access key: 16 bytes, standard base64.
    pub fn access_key(_: &mut SchemaGenerator) -> Schema {
        json_schema!({"type": "string", "format": "byte",
                      "pattern": crate::api::ACCESS_KEY_PATTERN})
    }

    /// A ciphertext: canonical standard base64 (unused bits of the last character zero, as
    /// the server's decoder requires), not empty.
    pub fn ciphertext(_: &mut SchemaGenerator) -> Schema {
        json_schema!({"type": "string", "format": "byte", "minLength": 4,
                      "pattern": "^([A-Za-z0-9+/]{4})*([A-Za-z0-9+/][AQgw]==|[A-Za-z0-9+/]{2}[AEIMQUYcgkosw048]=)?$"})
    }

    /// A child's age band (a child is never `adult`).
    pub fn child_age_band(_: &mut SchemaGenerator) -> Schema {
        json_schema!({"type": "string", "enum": ["0-5", "6-9", "10-12", "13-15", "16-17"]})
    }

    /// Envelope guids to acknowledge: UUIDs, at most 1,000.
    pub fn guids(_: &mut SchemaGenerator) -> Schema {
        json_schema!({"type": "array", "maxItems": 1000,
                      "items": {"type": "string", "pattern": crate::ids::UUID_PATTERN}})
    }
}

/// `GET /v1/consent/notices/{purpose}`: the notice a person reads before deciding, in
/// exactly one language and age band, with the SHA-256 of its bytes (`text`). A decision
/// sends the hash back; the SDK checks it against its own copy before showing it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ConsentNotice {
    pub purpose: String,
    pub version: u32,
    pub locale: String,
    pub band: AgeBand,
    pub title: String,
    pub body: String,
    pub withdraw: String,
    /// The exact bytes shown and hashed: title, body and how to withdraw, separated by
    /// blank lines.
    pub text: String,
    /// Lowercase hex SHA-256 of `text`.
    pub sha256: String,
    /// `ltr` or `rtl`.
    pub direction: String,
    pub legal_basis: String,
    pub data_categories: Vec<String>,
    pub special_categories: Vec<String>,
    pub recipients: Vec<String>,
    pub retention: String,
    /// `relative` when a decision names one relative (`scope`), else `none`.
    pub scope: String,
}

/// `PUT /v1/cases/{case_id}/consent-age` (caseworker): the child's age in years and where
/// it comes from. Who must decide for the child follows from it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ConsentAgeRequest {
    pub subject: AccountId,
    #[cfg_attr(feature = "schema", schemars(range(max = 17)))]
    pub years: u8,
    pub source: AgeSource,
}

/// The notice a decision answers: the one that was shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NoticeShown {
    #[cfg_attr(feature = "schema", schemars(extend("pattern" = crate::api::LOCALE_PATTERN, "maxLength" = 35)))]
    pub locale: String,
    pub band: AgeBand,
    #[cfg_attr(feature = "schema", schemars(regex(pattern = r"^[0-9a-f]{64}$")))]
    pub sha256: String,
}

/// `POST /v1/cases/{case_id}/consents`: a child's or guardian's answer to a consent
/// question, in the app (their own device) or recorded in person by the caseworker
/// (`on_behalf_of` names the person, `modality: read_aloud`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ConsentDecisionRequest {
    /// The child the consent is about.
    pub subject: AccountId,
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = 64)))]
    pub purpose: String,
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 1_000_000)))]
    pub version: u32,
    /// The relative, for `contact-relative`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<AccountId>,
    pub decision: ConsentChoice,
    pub notice: NoticeShown,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_behalf_of: Option<AccountId>,
    #[serde(default = "in_app")]
    pub modality: ConsentModality,
    /// The language an interpreter used, when one did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(extend("pattern" = crate::api::LOCALE_PATTERN, "maxLength" = 35)))]
    pub interpreter_locale: Option<String>,
    /// A staff member who witnessed an in-person decision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub witness: Option<AccountId>,
}

fn in_app() -> ConsentModality {
    ConsentModality::InApp
}

/// `POST /v1/cases/{case_id}/consents/withdraw`: the person who gave a consent (or the
/// caseworker, for them) takes it back. As few steps as giving it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ConsentWithdrawRequest {
    pub subject: AccountId,
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = 64)))]
    pub purpose: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<AccountId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_behalf_of: Option<AccountId>,
}

/// `POST /v1/cases/{case_id}/consent-overrides` (caseworker or supervisor): ask to go ahead
/// despite a refusal, in the child's best interests. A second staff member approves.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ConsentOverrideRequest {
    pub subject: AccountId,
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = 64)))]
    pub purpose: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<AccountId>,
    pub reason: OverrideReason,
}

/// An override request waiting for its second approver.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ConsentOverrideView {
    pub id: String,
    pub subject: AccountId,
    pub purpose: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<AccountId>,
    pub reason: OverrideReason,
    pub requested_by: AccountId,
    pub requested_at: DateTime<Utc>,
}

/// One event of a subject's consent record, as stored (append-only, hash-chained).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ConsentEventView {
    pub id: String,
    pub seq: u32,
    pub purpose: String,
    pub version: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<AccountId>,
    pub kind: ConsentKind,
    pub decision: ConsentDecision,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided_by: Option<AccountId>,
    pub decided_as: ConsentDecider,
    pub recorded_by: AccountId,
    pub modality: ConsentModality,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice_locale: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice_band: Option<AgeBand>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice_sha256: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interpreter_locale: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub witness: Option<AccountId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_years: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_band: Option<AgeBand>,
    /// `age` for an assent not sought; the override reason for an override.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approved_by: Option<AccountId>,
    pub at: DateTime<Utc>,
    /// Hex SHA-256 linking this event to the one before it.
    pub hash: String,
}

/// Where one consent stands, derived from its events.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ConsentStateView {
    pub purpose: String,
    /// The current version of the purpose.
    pub version: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<AccountId>,
    pub status: ConsentStatus,
    /// Who still has to answer (`child`, `guardian`), when pending.
    pub waiting_for: Vec<ConsentDecider>,
}

/// `GET /v1/cases/{case_id}/consents?subject=…`: a child's consent record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ConsentRecord {
    pub subject: AccountId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_years: Option<u8>,
    /// The age from which the child's own consent suffices (jurisdiction rule).
    pub decides_alone_from: u8,
    pub states: Vec<ConsentStateView>,
    pub events: Vec<ConsentEventView>,
    /// Whether the subject's hash chain verifies (no event edited or removed).
    pub chain_intact: bool,
}

/// `GET /v1/cases/{case_id}/consents/{event_id}/receipt?subject=…`: the receipt of one
/// consent event: a record with ISO/IEC TS 27560 field names, signed with the server key
/// (XEdDSA over [`canonical_json`] of `receipt`), and a short text in
/// the decider's language and at their age band.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ConsentReceipt {
    #[cfg_attr(feature = "schema", schemars(with = "JsonObject"))]
    pub receipt: serde_json::Value,
    /// Base64 signature by the server key over [`canonical_json`] of `receipt`.
    pub signature: String,
    /// The server key's public half (base64), to check the signature against a pinned key.
    pub public_key: String,
    pub text: String,
    pub locale: String,
    pub direction: String,
}

/// Any JSON object, for the schema (its fields are described where it is used).
#[cfg(feature = "schema")]
#[derive(Debug, JsonSchema)]
#[allow(dead_code, reason = "only its schema is used")]
pub struct JsonObject {}

/// The bytes a receipt's signature covers: `value` as JSON with every object's keys in
/// sorted order and no whitespace, whatever order a JSON library keeps them in.
pub fn canonical_json(value: &serde_json::Value) -> Vec<u8> {
    fn write(v: &serde_json::Value, out: &mut Vec<u8>) {
        match v {
            serde_json::Value::Object(map) => {
                let mut keys: Vec<&String> = map.keys().collect();
                keys.sort();
                out.push(b'{');
                for (i, k) in keys.iter().enumerate() {
                    if i > 0 {
                        out.push(b',');
                    }
                    out.extend(serde_json::to_vec(k).unwrap_or_default());
                    out.push(b':');
                    if let Some(inner) = map.get(*k) {
                        write(inner, out);
                    }
                }
                out.push(b'}');
            }
            serde_json::Value::Array(items) => {
                out.push(b'[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(b',');
                    }
                    write(item, out);
                }
                out.push(b']');
            }
            other => out.extend(serde_json::to_vec(other).unwrap_or_default()),
        }
    }
    let mut out = Vec::new();
    write(value, &mut out);
    out
}

/// `POST /v1/cases/{case_id}/consent-requests` (caseworker): ask the child (and, below the
/// jurisdiction's age, their guardian) for a consent; their apps are told at once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ConsentRequest {
    pub subject: AccountId,
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = 64)))]
    pub purpose: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<AccountId>,
}

/// `POST /v1/cases/{case_id}/views/requests` (caseworker): ask a child for their views on
/// a decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ViewRequest {
    pub subject: AccountId,
    pub decision: ViewDecision,
    /// The relative, for `contact_with_relative`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<AccountId>,
}

/// `POST /v1/cases/{case_id}/views` (the child, or a family member of the case): records
/// that a view was given. What it says travels end-to-end encrypted to the case's
/// caseworkers and guardians (the SDK sends it); the server never sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ViewGiven {
    pub subject: AccountId,
    pub decision: ViewDecision,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<AccountId>,
    pub form: ViewForm,
}

/// That a view was sought or given (never what it says).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ViewRecord {
    pub id: String,
    pub subject: AccountId,
    pub decision: ViewDecision,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<AccountId>,
    /// `sought` (a caseworker asked) or `given`.
    pub kind: String,
    pub by: AccountId,
    pub by_role: MemberRole,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form: Option<ViewForm>,
    pub at: DateTime<Utc>,
}
