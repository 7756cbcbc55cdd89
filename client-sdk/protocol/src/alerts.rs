//! Check-ins and urgent alerts.
//!
//! - **Check-ins**: a child tells their guardian and caseworker how they are. What they
//!   chose (a face, who they want to talk to, any words) travels end-to-end encrypted as
//!   ordinary Signal messages; the server records only that a check-in happened, and when.
//! - **"I need help now"**: the server learns that a child of a case asked for help (it
//!   must, to route the alert) and nothing else; any words go end-to-end encrypted.
//! - **Missing from care**: a caseworker or guardian reports a child missing; until it is
//!   resolved, no new contact can be allowed and no new device enrolled for the child.
//! - **Routing**: every alert has a kind and a risk class; an on-call roster (tiers,
//!   specialisms, hours) decides who is alerted, never anyone a complaint about the child
//!   names. Alert frames carry no content: staff fetch `GET /v1/alerts`.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::{AccountId, AlertId, CaseId};

#[cfg(feature = "schema")]
use schemars::JsonSchema;

use crate::types::wire_enum;

wire_enum!(
    /// What an alert is about.
    AlertKind {
        /// A child pressed "I need help now".
        HelpNow = "help_now",
        /// A caseworker or guardian reported a child missing from care.
        Missing = "missing",
        /// An urgent complaint ("a child is in danger now"), routed to the complaint desk.
        ComplaintUrgent = "complaint_urgent",
    }
);

wire_enum!(
    /// A risk class: alerts go first to on-call staff with this specialism.
    RiskClass {
        General = "general",
        Trafficking = "trafficking",
        MentalHealth = "mental_health",
        Violence = "violence",
        SexualExploitation = "sexual_exploitation",
    }
);

wire_enum!(
    /// How an alert ended.
    AlertOutcome {
        /// Help-now: the child was reached and is safe.
        Safe = "safe",
        /// Missing: the child was found and is safe.
        FoundSafe = "found_safe",
        /// Found (or reached), and needs care or protection.
        FoundNeedsCare = "found_needs_care",
        /// Handed to another authority (police, another agency).
        Referred = "referred",
        /// Not an emergency after all.
        NoEmergency = "no_emergency",
        Other = "other",
    }
);

/// The five faces of a check-in, from 1 (very bad) to 5 (very good).
pub const FACES: std::ops::RangeInclusive<u8> = 1..=5;

/// `POST /v1/cases/{case_id}/checkins`: the child records that they checked in. The
/// `client_id` makes a resend after a lost answer count once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CheckInRequest {
    #[cfg_attr(
        feature = "schema",
        schemars(length(min = 1, max = 64), regex(pattern = r"^[A-Za-z0-9_-]+$"))
    )]
    pub client_id: String,
}

/// That a check-in happened: nothing of what it said.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CheckInRecord {
    pub id: String,
    pub case_id: CaseId,
    pub child: AccountId,
    pub at: DateTime<Utc>,
}

/// `PUT /v1/cases/{case_id}/checkins/rhythm`: how often the child is invited to check
/// in (agreed by the caseworker and the child; either may set it). `null` stops the
/// invitations. An invitation, never a duty: a missed check-in is not recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RhythmRequest {
    pub child: AccountId,
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 30)))]
    pub every_days: Option<u8>,
}

/// `GET /v1/cases/{case_id}/checkins?child=`: when a child checked in (newest first, at
/// most 60) and their rhythm. What they said is only on their guardian's and caseworker's
/// devices.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CheckIns {
    pub child: AccountId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub every_days: Option<u8>,
    pub times: Vec<DateTime<Utc>>,
}

/// `POST /v1/cases/{case_id}/help`: the child asks for help now. Sent again with the same
/// `client_id` (an offline resend), it is the same request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct HelpRequest {
    #[cfg_attr(
        feature = "schema",
        schemars(length(min = 1, max = 64), regex(pattern = r"^[A-Za-z0-9_-]+$"))
    )]
    pub client_id: String,
}

/// A child's own call for help, as they see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct HelpView {
    pub alert_id: AlertId,
    pub case_id: CaseId,
    pub raised_at: DateTime<Utc>,
    /// When a person on duty saw it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seen_at: Option<DateTime<Utc>>,
}

/// `POST /v1/cases/{case_id}/missing`: a caseworker or guardian reports a child missing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MissingRequest {
    pub child: AccountId,
}

/// `POST /v1/alerts/{alert_id}/resolve`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ResolveRequest {
    pub outcome: AlertOutcome,
}

/// An alert as on-call staff see it: which child of which case, what kind, how urgent by
/// risk, and where it stands. Never what the child said.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AlertView {
    pub id: AlertId,
    pub kind: AlertKind,
    pub case_id: CaseId,
    pub child: AccountId,
    pub risk: RiskClass,
    pub raised_at: DateTime<Utc>,
    /// Who raised it: the child, or the caseworker or guardian who reported them missing.
    pub raised_by: AccountId,
    /// The on-call tier alerted last (0: everyone, past the last tier).
    pub tier: u8,
    pub alerted_at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acknowledged_at: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acknowledged_by: Option<AccountId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved_at: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<AlertOutcome>,
}

/// Hours on duty, in UTC: from `from_hour` up to (not including) `to_hour`; a span past
/// midnight wraps (22 → 6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DutyHours {
    #[cfg_attr(feature = "schema", schemars(range(max = 23)))]
    pub from_hour: u8,
    #[cfg_attr(feature = "schema", schemars(range(max = 23)))]
    pub to_hour: u8,
}

impl DutyHours {
    /// Whether `hour` (0–23) is on duty. Equal ends mean the whole day.
    pub fn covers(&self, hour: u8) -> bool {
        if self.from_hour == self.to_hour {
            true
        } else if self.from_hour < self.to_hour {
            (self.from_hour..self.to_hour).contains(&hour)
        } else {
            hour >= self.from_hour || hour < self.to_hour
        }
    }
}

/// `PUT /v1/alerts/roster/{account_id}` (admins and supervisors): a caseworker or
/// supervisor on call for alerts, in a tier (1 first), with specialisms and hours (none:
/// always on duty while on the roster).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RosterRequest {
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 5)))]
    pub tier: u8,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(length(max = 5)))]
    pub specialisms: Vec<RiskClass>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<DutyHours>,
}

/// One person on the alert roster.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RosterEntry {
    pub account_id: AccountId,
    pub tier: u8,
    pub specialisms: Vec<RiskClass>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<DutyHours>,
}

/// `PUT /v1/cases/{case_id}/risk` (the case's caseworker): the risk class alerts about
/// this case's child are routed by.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CaseRiskRequest {
    pub risk: RiskClass,
}

/// Alerts of one kind, in aggregate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct KindCount {
    pub kind: AlertKind,
    pub open: u32,
    pub resolved: u32,
    /// How many went past their first tier because nobody took them in time.
    pub escalated: u32,
}

/// How resolved missing-from-care alerts ended, in aggregate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OutcomeCount {
    pub outcome: AlertOutcome,
    pub count: u32,
}

/// `GET /v1/alerts/metrics` (supervisors and admins): counts and time missing, with no
/// child, case or person named.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AlertMetrics {
    pub kinds: Vec<KindCount>,
    /// Missing-from-care alerts still open.
    pub missing_open: u32,
    /// Minutes from report to resolution of resolved missing alerts: median and longest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub missing_median_minutes: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub missing_longest_minutes: Option<u64>,
    /// Minutes the longest open missing alert has been open.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub missing_open_longest_minutes: Option<u64>,
    pub missing_outcomes: Vec<OutcomeCount>,
    /// Minutes from alert to acknowledgement of help-now requests: median.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help_median_minutes_to_seen: Option<u64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duty_hours_wrap_past_midnight() {
        let night = DutyHours {
            from_hour: 22,
            to_hour: 6,
        };
        assert!(night.covers(23) && night.covers(0) && night.covers(5));
        assert!(!night.covers(6) && !night.covers(12) && !night.covers(21));
        let day = DutyHours {
            from_hour: 8,
            to_hour: 18,
        };
        assert!(day.covers(8) && day.covers(17) && !day.covers(18) && !day.covers(7));
        assert!(
            DutyHours {
                from_hour: 0,
                to_hour: 0
            }
            .covers(13)
        );
    }
}
