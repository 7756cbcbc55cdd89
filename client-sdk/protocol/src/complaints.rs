//! Complaints: filed without an account, end-to-end encrypted to the complaint desk,
//! followed up with a receipt code the server never sees, triaged by complaint handlers.
//!
//! What travels:
//!
//! - The reporter's device makes a random thread key, encrypts the complaint with it, and
//!   wraps it to every desk device (a libsignal session from the device's published
//!   bundle) and to a key derived from the receipt code. The server stores ciphertext and
//!   wrapped keys only.
//! - From the receipt code the device derives (Argon2id, then HKDF) a 32-byte `lookup` and
//!   the key that unwraps the thread key. The server keeps the lookup only under its own
//!   Argon2id hash; with the lookup it finds the complaint, never the code.
//! - Calls without an account carry a small proof of work ([`Proof`]) for a challenge the
//!   server handed out, so floods cost the flooder, without identifying anyone.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::api::DeviceBundle;
use crate::{AccountId, AgeBand, B64, CaseId, ComplaintId, DeviceId};

#[cfg(feature = "schema")]
use schemars::JsonSchema;

use crate::types::wire_enum;

wire_enum!(
    /// What a complaint is about (chosen by the reporter; a handler may correct it).
    ComplaintCategory {
        HarmToChild = "harm_to_child",
        SexualExploitationOrAbuse = "sexual_exploitation_or_abuse",
        StaffMisconduct = "staff_misconduct",
        ServiceProblem = "service_problem",
        DataPrivacy = "data_privacy",
        Other = "other",
    }
);

wire_enum!(
    /// Where a complaint stands. Changing it never drops a deadline.
    ComplaintStatus {
        Received = "received",
        Acknowledged = "acknowledged",
        InReview = "in_review",
        Referred = "referred",
        ActionTaken = "action_taken",
        Closed = "closed",
    }
);

wire_enum!(
    /// What a proof of work is for: each has its own difficulty.
    ProofPurpose {
        /// Filing a complaint.
        File = "file",
        /// Reading a complaint or adding to it with a receipt.
        Lookup = "lookup",
    }
);

wire_enum!(
    /// Who wrote an entry of a complaint's thread.
    EntryAuthor {
        Reporter = "reporter",
        Desk = "desk",
    }
);

wire_enum!(
    /// Who may read an entry: the reporter too, or only the desk.
    EntryVisibility {
        Complainant = "complainant",
        Internal = "internal",
    }
);

wire_enum!(
    /// A request to see who filed a complaint (filed while enrolled).
    IdentityRequestState {
        Pending = "pending",
        Approved = "approved",
        Refused = "refused",
    }
);

/// The most devices a complaint desk can have (32 handlers with two phones each): a
/// filing wraps its key for each of them.
pub const MAX_DESK_DEVICES: usize = 64;

/// The longest ciphertext a complaint entry may carry (its padded size).
pub const MAX_ENTRY_BYTES: usize = 65_536;

/// The sizes a stored entry is padded to: an entry's stored length tells only its bucket.
pub const ENTRY_BUCKETS: &[usize] = &[1_024, 4_096, 16_384, MAX_ENTRY_BYTES + 64];

/// `POST /v1/complaints/challenge`: a challenge for a proof of work.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ChallengeRequest {
    pub purpose: ProofPurpose,
}

/// A challenge: find a `nonce` such that SHA-256(challenge ‖ nonce as 8 big-endian bytes)
/// starts with `difficulty` zero bits, and send both before `expires_at`. Single use.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Challenge {
    pub challenge: B64,
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 40)))]
    pub difficulty: u8,
    pub expires_at: DateTime<Utc>,
}

/// A solved challenge.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Proof {
    pub challenge: B64,
    pub nonce: u64,
}

/// `GET /v1/complaints/desk`: the complaint desk's devices (the newest
/// [`MAX_DESK_DEVICES`] enrolled devices of the complaint handlers; the others get each
/// complaint's key from a colleague's device), with bundles that carry no one-time prekeys
/// (anonymous callers must not use them up).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ComplaintDesk {
    pub devices: Vec<DeskDevice>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DeskDevice {
    pub device_id: DeviceId,
    pub account_id: AccountId,
    pub bundle: DeviceBundle,
}

/// The thread key, wrapped for one desk device (a libsignal message from the reporter's
/// one-off identity; opaque to the server).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct WrappedKey {
    pub device_id: DeviceId,
    pub content: B64,
}

/// `POST /v1/complaints`: file a complaint. No account needed; with an `Authorization`
/// header it is filed as that person (who the handlers can learn only through an approved
/// identity request).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FileComplaint {
    pub proof: Proof,
    pub category: ComplaintCategory,
    /// "A child is in danger now": every on-call handler is alerted at once.
    pub urgent: bool,
    /// The reporter's language, for the texts they read about their complaint.
    #[cfg_attr(feature = "schema", schemars(extend("pattern" = crate::api::LOCALE_PATTERN, "maxLength" = 35)))]
    pub locale: String,
    pub band: AgeBand,
    /// 32 bytes derived from the receipt code on the device.
    pub lookup: B64,
    /// The thread key, wrapped with a key derived from the receipt code.
    pub reporter_key: B64,
    /// The thread key for each current desk device (all of them, no other; a desk has at
    /// most [`MAX_DESK_DEVICES`]).
    #[cfg_attr(feature = "schema", schemars(length(max = 64)))]
    pub keys: Vec<WrappedKey>,
    /// The complaint, encrypted with the thread key (opaque to the server).
    pub body: B64,
    /// A staff member the complaint is about, where the reporter can name one: it is never
    /// visible to them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<AccountId>,
}

/// The answer to a filing: the complaint is stored. The receipt code never travels.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ComplaintFiled {
    pub filed_at: DateTime<Utc>,
    pub status: ComplaintStatus,
}

/// `POST /v1/complaints/lookup`: read a complaint with a receipt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ComplaintLookup {
    pub proof: Proof,
    pub lookup: B64,
}

/// `POST /v1/complaints/follow-up`: add to a complaint with a receipt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ComplaintFollowUp {
    pub proof: Proof,
    pub lookup: B64,
    pub body: B64,
}

/// The answer to a follow-up: its place in the thread.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FollowUpStored {
    pub seq: u32,
}

/// The answer to `POST /v1/complaints/{id}/keys`: how many keys were stored (keys a device
/// already had are kept as they were).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct KeysShared {
    pub stored: u32,
}

/// One entry of a complaint's thread: the complaint itself, the reporter's additions, the
/// desk's replies (and, for the desk only, internal notes). Encrypted with the thread key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ComplaintEntry {
    pub seq: u32,
    pub author: EntryAuthor,
    pub visibility: EntryVisibility,
    /// The handler who wrote a desk entry (never shown to the reporter).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handler: Option<AccountId>,
    pub at: DateTime<Utc>,
    pub body: B64,
}

/// What the reporter sees with their receipt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ReporterView {
    pub status: ComplaintStatus,
    pub category: ComplaintCategory,
    pub urgent: bool,
    pub locale: String,
    pub band: AgeBand,
    pub filed_at: DateTime<Utc>,
    /// When a person of the desk acknowledged it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acknowledged_at: Option<DateTime<Utc>>,
    pub reporter_key: B64,
    pub entries: Vec<ComplaintEntry>,
}

/// A deadline of a complaint: due, warned at 80 %, met or breached.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Deadline {
    pub due_at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub met_at: Option<DateTime<Utc>>,
    /// Past 80 % of the time allowed and not met.
    pub warning: bool,
    /// Past due and not met (or met late).
    pub breached: bool,
}

/// A complaint in the desk's queue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ComplaintSummary {
    pub id: ComplaintId,
    pub category: ComplaintCategory,
    pub urgent: bool,
    pub status: ComplaintStatus,
    pub locale: String,
    pub band: AgeBand,
    pub filed_at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acknowledged_at: Option<DateTime<Utc>>,
    pub acknowledge: Deadline,
    pub feedback: Deadline,
    /// For an urgent complaint not yet acknowledged: which on-call tier has been alerted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub escalation_tier: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned_to: Option<AccountId>,
    pub labels: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case_id: Option<CaseId>,
    /// Whether it was filed by an enrolled person (who, only through an identity request).
    pub filed_while_enrolled: bool,
}

/// One complaint for a handler: the summary, this device's wrapped thread key and the
/// thread.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ComplaintView {
    pub summary: ComplaintSummary,
    /// The thread key wrapped for the calling device: by the reporter at filing, or by a
    /// colleague's device since (`POST /v1/complaints/{id}/keys`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<DeskKey>,
    pub entries: Vec<ComplaintEntry>,
    /// The staff members it is about.
    pub about: Vec<AccountId>,
}

/// A thread key wrapped for one device, and who wrapped it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DeskKey {
    /// A libsignal PreKeySignalMessage.
    pub content: B64,
    /// The handler and device number that wrapped it; absent for the reporter's one-off
    /// identity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_account: Option<AccountId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_device: Option<u32>,
}

/// `POST /v1/complaints/{id}/keys`: a handler's device wraps the thread key for desk
/// devices that joined after the filing (those `GET /v1/complaints/{id}/keys` lists).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ShareKeys {
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = 64)))]
    pub keys: Vec<WrappedKey>,
}

/// `POST /v1/complaints/{id}/status`: move a complaint, optionally with a message to the
/// reporter (encrypted with the thread key). A message with `referred`, `action_taken` or
/// `closed` is the feedback the reporter is owed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StatusChange {
    pub status: ComplaintStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<B64>,
}

/// `POST /v1/complaints/{id}/entries`: a reply to the reporter or an internal note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NewEntry {
    pub visibility: EntryVisibility,
    pub body: B64,
}

/// `PUT /v1/complaints/{id}/triage`: assignment, labels, a linked case, the staff it is
/// about. Each field present replaces what was there; `about` only adds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Triage {
    /// The handler in charge (`null` for nobody).
    #[serde(
        default,
        deserialize_with = "crate::api::double_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub assigned_to: Option<Option<AccountId>>,
    /// Short labels: lowercase letters, digits and `-`, at most 32 characters, at most 8.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(max = 8)))]
    pub labels: Option<Vec<String>>,
    /// The linked case (`null` to unlink).
    #[serde(
        default,
        deserialize_with = "crate::api::double_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub case_id: Option<Option<CaseId>>,
    /// Staff members the complaint is about (added; never removed).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(length(max = 8)))]
    pub about: Vec<AccountId>,
    /// Correct the category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<ComplaintCategory>,
    /// Mark (or unmark) "a child is in danger now".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub urgent: Option<bool>,
}

/// `PUT /v1/complaints/on-call`: whether the calling handler is on call, and in which tier
/// (1 is alerted first).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OnCall {
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 5)))]
    pub tier: Option<u8>,
}

/// `POST /v1/complaints/{id}/identity-requests`: ask to learn who filed a complaint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct IdentityRequest {
    /// Why, encrypted with the thread key (custodians read it on their devices).
    pub reason: B64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct IdentityRequestView {
    pub id: String,
    pub complaint_id: ComplaintId,
    pub requested_by: AccountId,
    pub requested_at: DateTime<Utc>,
    pub reason: B64,
    pub state: IdentityRequestState,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided_by: Option<AccountId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided_at: Option<DateTime<Utc>>,
    /// Who filed it: only in an approved request, only for its requester.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reporter: Option<AccountId>,
}

/// `POST /v1/complaints/{id}/identity-requests/{request_id}/decision`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct IdentityDecision {
    pub approve: bool,
}

/// `PUT /v1/complaints/custodians/{account_id}`: an admin gives or takes the custodian
/// right (deciding identity requests) to or from a complaint handler.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CustodianGrant {
    pub custodian: bool,
}

/// `GET /v1/complaints/metrics`: counts only, for community review and supervision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ComplaintMetrics {
    pub total: u64,
    pub open: u64,
    pub urgent_open: u64,
    pub by_category: Vec<CategoryCount>,
    pub by_status: Vec<StatusCount>,
    pub acknowledge_breached: u64,
    pub feedback_breached: u64,
    pub acknowledge_warning: u64,
    pub feedback_warning: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CategoryCount {
    pub category: ComplaintCategory,
    pub count: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StatusCount {
    pub status: ComplaintStatus,
    pub count: u64,
}
