//! Closed vocabularies shared by server and clients.

use serde::{Deserialize, Serialize};

macro_rules! wire_enum {
    ($(#[$doc:meta])* $name:ident { $( $(#[$vdoc:meta])* $variant:ident = $wire:literal ),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        pub enum $name {
            $( $(#[$vdoc])* #[serde(rename = $wire)] $variant, )*
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The wire and storage spelling.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $wire,)* }
            }

            /// Parses the wire and storage spelling.
            pub fn parse(raw: &str) -> Option<Self> {
                match raw { $($wire => Some($name::$variant),)* _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

/// Also used by the other wire modules (`complaints`).
pub(crate) use wire_enum;

wire_enum!(
    /// What an account is. Staff roles are created by an admin; child and family accounts,
    /// and guardians or legal representatives without a staff account, are invited into a
    /// case by its caseworker.
    AccountRole {
        Child = "child",
        Family = "family",
        Guardian = "guardian",
        LegalRepresentative = "legal_representative",
        Caseworker = "caseworker",
        ComplaintHandler = "complaint_handler",
        Supervisor = "supervisor",
        Admin = "admin",
    }
);

wire_enum!(
    /// The roles an admin can create with `kinbridge admin create-staff` or `POST /v1/staff`.
    StaffRole {
        Caseworker = "caseworker",
        Guardian = "guardian",
        LegalRepresentative = "legal_representative",
        ComplaintHandler = "complaint_handler",
        Supervisor = "supervisor",
        Admin = "admin",
    }
);

impl From<StaffRole> for AccountRole {
    fn from(r: StaffRole) -> Self {
        match r {
            StaffRole::Caseworker => AccountRole::Caseworker,
            StaffRole::Guardian => AccountRole::Guardian,
            StaffRole::LegalRepresentative => AccountRole::LegalRepresentative,
            StaffRole::ComplaintHandler => AccountRole::ComplaintHandler,
            StaffRole::Supervisor => AccountRole::Supervisor,
            StaffRole::Admin => AccountRole::Admin,
        }
    }
}

wire_enum!(
    /// A person's role inside one case.
    MemberRole {
        Child = "child",
        Family = "family",
        Guardian = "guardian",
        LegalRepresentative = "legal_representative",
        Caseworker = "caseworker",
    }
);

wire_enum!(
    /// How a family member is related to the child. Customary caregivers are family too.
    Relationship {
        Mother = "mother",
        Father = "father",
        Parent = "parent",
        StepParent = "step_parent",
        Sibling = "sibling",
        Grandparent = "grandparent",
        AuntOrUncle = "aunt_or_uncle",
        Cousin = "cousin",
        CustomaryCaregiver = "customary_caregiver",
        OtherRelative = "other_relative",
    }
);

wire_enum!(
    /// The age bands of the UK Age Appropriate Design Code. They choose the words a child
    /// sees; who may legally decide is a separate, per-jurisdiction rule.
    AgeBand {
        /// Read aloud to the child by a caregiver.
        Band0To5 = "0-5",
        Band6To9 = "6-9",
        Band10To12 = "10-12",
        Band13To15 = "13-15",
        Band16To17 = "16-17",
        Adult = "adult",
    }
);

wire_enum!(
    /// Whose agreement an event records: a child's own **consent** (at or above the
    /// jurisdiction's age), or, below it, a guardian's consent and the child's **assent**.
    ConsentKind {
        Consent = "consent",
        Assent = "assent",
    }
);

wire_enum!(
    /// What a consent event says. `not_sought` is an assent that was not asked for because
    /// of the child's age (under 6); `overridden` goes ahead despite a refusal, in the
    /// child's best interests, approved by a second staff member.
    ConsentDecision {
        /// A caseworker asked for it (nobody has answered by this event).
        Requested = "requested",
        Given = "given",
        Refused = "refused",
        Withdrawn = "withdrawn",
        NotSought = "not_sought",
        Overridden = "overridden",
    }
);

wire_enum!(
    /// A person's answer to a consent question.
    ConsentChoice {
        Given = "given",
        Refused = "refused",
    }
);

wire_enum!(
    /// In what capacity someone decided.
    ConsentDecider {
        Child = "child",
        Guardian = "guardian",
        /// Staff: an override.
        Staff = "staff",
    }
);

wire_enum!(
    /// How the notice reached the person: read in the app, or read aloud in person by a
    /// caseworker (with an interpreter where needed).
    ConsentModality {
        InApp = "in_app",
        ReadAloud = "read_aloud",
    }
);

wire_enum!(
    /// Where a child's recorded age comes from.
    AgeSource {
        SelfDeclared = "self_declared",
        Document = "document",
        Assessment = "assessment",
    }
);

wire_enum!(
    /// Where a consent stands now, derived from its events.
    ConsentStatus {
        /// Everyone who must agree has agreed (or an override stands): it may be acted on.
        Granted = "granted",
        /// Someone who must agree refused or withdrew; nothing may be done under it.
        Refused = "refused",
        /// Not everyone who must agree has answered yet.
        Pending = "pending",
        /// Given for an earlier version of the purpose that changed materially: it must be
        /// given again.
        Superseded = "superseded",
    }
);

wire_enum!(
    /// Why staff ask to go ahead despite a refusal. A closed list on purpose: free text
    /// about a child's safety does not belong on the server.
    OverrideReason {
        ImmediateSafety = "immediate_safety",
        BestInterestsDetermination = "best_interests_determination",
        CourtOrder = "court_order",
        Health = "health",
    }
);

wire_enum!(
    /// A decision on which a child (or a family member) can give their views.
    ViewDecision {
        /// Where they would like to live while they wait.
        LivingWhileWaiting = "living_while_waiting",
        /// The reunification plan.
        ReunificationPlan = "reunification_plan",
        /// Contact with a named relative.
        ContactWithRelative = "contact_with_relative",
    }
);

wire_enum!(
    /// How a view was given: in words, or by choosing pictures (young bands).
    ViewForm {
        Text = "text",
        Pictures = "pictures",
    }
);

wire_enum!(
    /// Why a decision about where a child lives went ahead without their views having
    /// been sought. A closed list: no free text about a child on the server.
    ViewsReason {
        ChildDeclined = "child_declined",
        NotSafeToAsk = "not_safe_to_ask",
        UrgentProtection = "urgent_protection",
        ChildNotReachable = "child_not_reachable",
    }
);

wire_enum!(
    /// Whether a decision about where a child lives heard the child first.
    ChildViews {
        /// The child gave their views on it.
        Given = "given",
        /// They were asked; they have not answered (their choice).
        SoughtNotGiven = "sought_not_given",
        /// Not sought; the change gives the reason (`views_reason`).
        NotSought = "not_sought",
        /// Under 6: not asked for (guardian and caseworker decide, explaining to the child).
        TooYoung = "too_young",
    }
);

wire_enum!(
    /// Where a case stands.
    CaseStage {
        Registered = "registered",
        Tracing = "tracing",
        FamilyFound = "family_found",
        Verifying = "verifying",
        Assessing = "assessing",
        PlanningReunification = "planning_reunification",
        Reunified = "reunified",
        FollowUp = "follow_up",
        Closed = "closed",
        AlternativeCare = "alternative_care",
    }
);

wire_enum!(
    /// A caseworker's decision on whether two members of a case may contact each other.
    ContactDecision {
        Allowed = "allowed",
        Blocked = "blocked",
    }
);

wire_enum!(
    /// Why a contact rule was set. A closed list on purpose: free text about a child's
    /// safety does not belong on the server.
    ContactReason {
        RelationshipVerified = "relationship_verified",
        ChildAsked = "child_asked",
        SafetyConcern = "safety_concern",
        CourtOrder = "court_order",
        PendingVerification = "pending_verification",
        /// The consent this contact needed was withdrawn or refused (set by the server).
        ConsentWithdrawn = "consent_withdrawn",
        Other = "other",
    }
);

wire_enum!(
    /// The kind of link between two cases.
    CaseLinkKind {
        Sibling = "sibling",
    }
);

wire_enum!(
    /// What an envelope carries, so the receiver knows how to open it.
    EnvelopeKind {
        /// A Signal message on an established session.
        Ciphertext = "ciphertext",
        /// A Signal message that starts a session (PQXDH).
        PrekeyMessage = "prekey_message",
        /// Sealed sender: the server does not know who sent it.
        SealedSender = "sealed_sender",
        /// The server's note that a message was delivered to a device.
        DeliveryReceipt = "delivery_receipt",
        /// A case-circle message: one sender-key ciphertext, the same for every member.
        SenderKey = "sender_key",
        /// The server's notice that a device was added to or revoked from an account this
        /// device belongs to or is in contact with ([`crate::api::DeviceChange`] as JSON).
        DeviceChange = "device_change",
    }
);

wire_enum!(
    /// What happened to a device.
    DeviceChangeKind {
        /// A new device was enrolled on the account.
        Added = "added",
        /// The device was revoked: nothing it sends may be trusted from now on.
        Revoked = "revoked",
    }
);

wire_enum!(
    /// How a language should address this person where it marks grammatical gender
    /// (Arabic, Ukrainian, Spanish, French, Pashto, Tigrinya…). Chosen by the person or
    /// their caseworker; neutral wording when not set. Not a record of sex or gender.
    GrammaticalForm {
        Feminine = "feminine",
        Masculine = "masculine",
        Neutral = "neutral",
    }
);

wire_enum!(
    /// Where and how the audit chain breaks.
    AuditBreak {
        /// An event's recorded hash is not the hash of its contents: it was edited.
        EditedEvent = "edited_event",
        /// An event's identifying ids do not match their digest: they were edited.
        EditedRefs = "edited_refs",
        /// An event does not point at the hash of the one before it: events were
        /// reordered, replaced or inserted.
        BrokenLink = "broken_link",
        /// A sequence number is missing: an event was deleted.
        MissingEvent = "missing_event",
        /// The chain ends before its head: the newest events were deleted.
        Truncated = "truncated",
        /// A signed checkpoint does not match the chain at its sequence number.
        CheckpointMismatch = "checkpoint_mismatch",
        /// A checkpoint's signature is not the server's.
        BadCheckpointSignature = "bad_checkpoint_signature",
        /// The newest checkpoint the server published outside the database (its
        /// checkpoint file) is not in the database, or the chain no longer reaches it:
        /// checkpoints were deleted, or the chain was rewritten or cut short.
        PublishedCheckpointMissing = "published_checkpoint_missing",
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_spellings_round_trip() {
        for &b in AgeBand::ALL {
            assert_eq!(AgeBand::parse(b.as_str()), Some(b));
            assert_eq!(
                serde_json::to_string(&b).unwrap(),
                format!("\"{}\"", b.as_str())
            );
        }
        for &s in CaseStage::ALL {
            assert_eq!(CaseStage::parse(s.as_str()), Some(s));
        }
        assert_eq!(CaseStage::parse("Tracing"), None);
        assert_eq!(AgeBand::parse("10-12"), Some(AgeBand::Band10To12));
    }
}
