//! Stable error codes. Every error the server returns has one of these codes, an HTTP
//! status and a message localised for the caller. Clients match on the code, never on the
//! message. A code, once published, keeps its meaning.

use serde::{Deserialize, Serialize};

macro_rules! error_codes {
    ($( $(#[$doc:meta])* $variant:ident = $code:literal, $status:literal; )*) => {
        /// Every error code the server can return.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[non_exhaustive]
        pub enum ErrorCode {
            $( $(#[$doc])* #[serde(rename = $code)] $variant, )*
        }

        impl ErrorCode {
            /// All codes, in declaration order.
            pub const ALL: &'static [ErrorCode] = &[$(ErrorCode::$variant),*];

            /// The stable machine code, e.g. `enrolment.code_expired`.
            pub fn as_str(self) -> &'static str {
                match self { $(ErrorCode::$variant => $code,)* }
            }

            /// The HTTP status this code is returned with.
            pub fn http_status(self) -> u16 {
                match self { $(ErrorCode::$variant => $status,)* }
            }

            /// Parses a machine code.
            pub fn parse(code: &str) -> Option<Self> {
                match code { $($code => Some(ErrorCode::$variant),)* _ => None }
            }
        }
    };
}

error_codes! {
    /// The body is not valid JSON.
    RequestMalformedJson = "request.malformed_json", 400;
    /// A field has the wrong type, is missing, or has a value that is not allowed.
    RequestInvalidField = "request.invalid_field", 400;
    /// The body has a field this endpoint does not know.
    RequestUnknownField = "request.unknown_field", 400;
    /// The body is larger than this endpoint accepts.
    RequestBodyTooLarge = "request.body_too_large", 413;
    /// The body is not `application/json`.
    RequestUnsupportedMediaType = "request.unsupported_media_type", 415;
    /// An id in the path or query is not a valid id.
    RequestInvalidId = "request.invalid_id", 400;
    /// No such endpoint.
    RequestUnknownRoute = "request.unknown_route", 404;
    /// The endpoint exists but not with this method.
    RequestMethodNotAllowed = "request.method_not_allowed", 405;
    /// The call needs a device credential and none was sent.
    AuthCredentialMissing = "auth.credential_missing", 401;
    /// The credential is not one the server issued.
    AuthCredentialInvalid = "auth.credential_invalid", 401;
    /// The device was disconnected (revoked); it must enrol again.
    AuthDeviceRevoked = "auth.device_revoked", 401;
    /// The caller's role does not allow this action.
    AuthForbidden = "auth.forbidden", 403;
    /// The enrolment code is not valid.
    EnrolmentCodeInvalid = "enrolment.code_invalid", 403;
    /// The enrolment code has expired.
    EnrolmentCodeExpired = "enrolment.code_expired", 410;
    /// The enrolment code was already used.
    EnrolmentCodeUsed = "enrolment.code_used", 410;
    /// Too many failed enrolment attempts from this address; wait and try again.
    EnrolmentRateLimited = "enrolment.rate_limited", 429;
    /// A public key could not be read.
    KeysInvalidKey = "keys.invalid_key", 422;
    /// A prekey signature does not verify against the identity key.
    KeysInvalidSignature = "keys.invalid_signature", 422;
    /// The registration id is outside 1..=16380.
    KeysInvalidRegistrationId = "keys.invalid_registration_id", 422;
    /// No such case, or not one the caller may see.
    CaseNotFound = "case.not_found", 404;
    /// The case cannot move from its current stage to the requested one.
    CaseStageTransitionNotAllowed = "case.stage_transition_not_allowed", 409;
    /// No such member in this case.
    CaseMemberNotFound = "case.member_not_found", 404;
    /// A stage correction needs a second supervisor: the one who proposed it cannot
    /// approve it.
    CaseCorrectionNeedsSecondSupervisor = "case.correction_needs_second_supervisor", 403;
    /// No such stage correction waiting for approval.
    CaseCorrectionNotFound = "case.correction_not_found", 404;
    /// The case moved since the correction was proposed, or the proposal is more than
    /// seven days old: it was closed; propose again if it is still needed.
    CaseCorrectionStale = "case.correction_stale", 409;
    /// A correction of this case is already waiting for a second supervisor.
    CaseCorrectionPending = "case.correction_pending", 409;
    /// The account is already a member of this case.
    CaseAlreadyMember = "case.already_member", 409;
    /// Only staff guardians, legal representatives and caseworkers can be assigned.
    CaseNotAssignableStaff = "case.not_assignable_staff", 422;
    /// A case cannot be linked to itself, or the cases are already linked.
    CaseLinkInvalid = "case.link_invalid", 422;
    /// A contact rule needs two different members of the case.
    CaseContactRuleInvalid = "case.contact_rule_invalid", 422;
    /// No such account, or not one the caller may see.
    AccountNotFound = "account.not_found", 404;
    /// The contact rules of your cases do not allow contact with this person.
    ContactNotAllowed = "contact.not_allowed", 403;
    /// The devices listed are not the recipient's devices; `details` lists the missing
    /// and the extra ones.
    MessagesMismatchedDevices = "messages.mismatched_devices", 409;
    /// Some devices were reinstalled (their registration id changed); `details` lists
    /// them. Start new sessions with them and send again.
    MessagesStaleDevices = "messages.stale_devices", 410;
    /// An envelope is larger than the server accepts.
    MessagesTooLarge = "messages.too_large", 413;
    /// The envelopes are well formed but cannot be sent together this way: two for one
    /// device, or a kind this route does not carry (sealed-sender envelopes go to the
    /// sealed route, the others to the identified one).
    MessagesInvalidEnvelopes = "messages.invalid_envelopes", 422;
    /// A sealed-sender message needs the recipient's current access key; this one is
    /// missing, unknown or withdrawn. Send it identified, or wait for a fresh key.
    MessagesAccessDenied = "messages.access_denied", 401;
    /// Too many sealed-sender messages to this person in the last minute; wait and try
    /// again.
    MessagesRateLimited = "messages.rate_limited", 429;
    /// The people in this case circle (or their devices) changed since the sender
    /// distributed its key: fetch the circle again and send again.
    CircleChanged = "circle.changed", 409;
    /// Too many key bundles fetched for this person; wait and try again.
    KeysRateLimited = "keys.rate_limited", 429;
    /// More prekeys in one upload than the server accepts (100 of each kind).
    KeysTooMany = "keys.too_many", 422;
    /// No such device, or not one the caller may manage.
    DeviceNotFound = "device.not_found", 404;
    /// The account still has an active device: revoke it before a new code is issued,
    /// so no phone joins an account unseen by its owner.
    DeviceStillActive = "device.still_active", 409;
    /// The recipient's device holds as many undelivered messages as it may: nothing was
    /// stored; send again later (the SDK keeps the message in its outbox).
    MessagesMailboxFull = "messages.mailbox_full", 429;
    /// The action needs a consent that is not in force; `details.missing_consent` names
    /// the purpose (and the relative, for contact).
    ConsentNotGranted = "consent.not_granted", 403;
    /// The notice the decision answers is not the current version's (its hash or version
    /// differs): fetch the notice again and show it.
    ConsentNoticeChanged = "consent.notice_changed", 409;
    /// There is no notice for this purpose in this language and age band; a caseworker can
    /// read one aloud with an interpreter (`modality: read_aloud`).
    ConsentNoticeUnavailable = "consent.notice_unavailable", 404;
    /// No such consent purpose.
    ConsentPurposeNotFound = "consent.purpose_not_found", 404;
    /// The child's age is not recorded, so who must decide is not known yet.
    ConsentAgeUnknown = "consent.age_unknown", 409;
    /// The caller cannot make this decision (not the child, not their guardian, or the
    /// child decides alone at this age).
    ConsentNotDecider = "consent.not_decider", 403;
    /// Nothing to withdraw: the caller's consent for this purpose is not in force.
    ConsentNothingToWithdraw = "consent.nothing_to_withdraw", 409;
    /// An override must be approved by a second staff member, not the one who asked.
    ConsentOverrideSelfApproval = "consent.override_self_approval", 403;
    /// A decision about where a child of 6 or more lives needs their views first: they
    /// were neither given nor sought. Ask for them, or give `views_reason`.
    CaseViewsNotSought = "case.views_not_sought", 422;
    /// No such consent event in this case.
    ConsentEventNotFound = "consent.event_not_found", 404;
    /// No such override request waiting.
    ConsentOverrideNotFound = "consent.override_not_found", 404;
    /// The proof of work does not solve its challenge, the challenge expired or was used,
    /// or the desk is busy and needs a harder one: ask for a new challenge.
    ComplaintProofInvalid = "complaint.proof_invalid", 422;
    /// No complaint with this receipt (or one this person may not see). A wrong receipt
    /// and one that never existed get the same answer.
    ComplaintNotFound = "complaint.not_found", 404;
    /// Nobody can receive complaints yet: no complaint handler has an enrolled device.
    ComplaintDeskUnavailable = "complaint.desk_unavailable", 409;
    /// The complaint desk's devices changed: fetch the desk again and wrap the key for
    /// its current devices.
    ComplaintDeskChanged = "complaint.desk_changed", 409;
    /// Only a complaint handler may do this.
    ComplaintNotHandler = "complaint.not_handler", 403;
    /// Only a handler with the custodian right may decide identity requests.
    ComplaintNotCustodian = "complaint.not_custodian", 403;
    /// Nobody may approve their own identity request.
    ComplaintIdentitySelfApproval = "complaint.identity_self_approval", 403;
    /// This complaint was filed without an account: there is no identity to reveal.
    ComplaintNoIdentity = "complaint.no_identity", 409;
    /// No such identity request on this complaint.
    ComplaintIdentityRequestNotFound = "complaint.identity_request_not_found", 404;
    /// The identity request was already decided.
    ComplaintIdentityRequestDecided = "complaint.identity_request_decided", 409;
    /// No such alert, or not one this person may see.
    AlertNotFound = "alert.not_found", 404;
    /// The child is reported missing: no new contact may be allowed and no new device
    /// enrolled for them until the alert is resolved (messages still queue for them).
    AlertChildMissing = "alert.child_missing", 409;
    /// The child is already reported missing: the open alert runs on.
    AlertAlreadyOpen = "alert.already_open", 409;
    /// The alert is already resolved; nothing was changed.
    AlertAlreadyResolved = "alert.already_resolved", 409;
    /// Something went wrong on the server. Nothing was changed.
    ServerInternal = "server.internal", 500;
    /// The server cannot reach its database right now. Try again soon.
    ServerUnavailable = "server.unavailable", 503;
}

impl ErrorCode {
    /// The Fluent message id of this code's human message: `error-` then the code with
    /// `.` and `_` turned into `-` (`error-enrolment-code-expired`).
    pub fn message_id(self) -> String {
        let mut id = String::from("error-");
        id.extend(
            self.as_str()
                .chars()
                .map(|c| if c == '.' || c == '_' { '-' } else { c }),
        );
        id
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The body of every error response: `{"error": {"code": "…", "message": "…"}}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ErrorDetail {
    /// The stable machine code.
    pub code: ErrorCode,
    /// A human message in the caller's language.
    pub message: String,
    /// What a client needs to recover by itself (device lists for 409 and 410).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<ErrorDetails>,
}

/// Machine-readable details of some errors.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ErrorDetails {
    /// Device numbers the recipient has that the request left out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub missing_devices: Vec<u32>,
    /// Device numbers in the request that the recipient does not have.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extra_devices: Vec<u32>,
    /// Device numbers whose registration id changed (reinstalled).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stale_devices: Vec<u32>,
    /// The consent that is missing, for `consent.not_granted`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub missing_consent: Option<MissingConsent>,
}

/// A consent an action needs: its purpose and, for contact, the relative.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MissingConsent {
    pub purpose: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<crate::AccountId>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_are_unique_parse_back_and_have_error_statuses() {
        let mut seen = HashSet::new();
        for &code in ErrorCode::ALL {
            assert!(seen.insert(code.as_str()), "duplicate code {code}");
            assert_eq!(ErrorCode::parse(code.as_str()), Some(code));
            assert!((400..600).contains(&code.http_status()), "{code}");
            let json = serde_json::to_string(&code).unwrap();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
        }
        assert_eq!(ErrorCode::parse("nope"), None);
    }

    #[test]
    fn message_ids_are_kebab_case() {
        assert_eq!(
            ErrorCode::EnrolmentCodeExpired.message_id(),
            "error-enrolment-code-expired"
        );
        for &code in ErrorCode::ALL {
            let id = code.message_id();
            assert!(
                id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{id}"
            );
        }
    }
}
