//! Records that cross the boundary, and the checks of what comes in.

use std::time::SystemTime;

use chrono::{DateTime, Utc};
use kinbridge_protocol::api;
use kinbridge_sdk::{Freshness, StatusView};

use crate::KinbridgeError;

/// Parses an id or a wire spelling; a bad one is `sdk.invalid_input` naming `field`.
pub(crate) fn parse<T>(
    languages: &[String],
    field: &str,
    raw: &str,
    parse: impl FnOnce(&str) -> Option<T>,
) -> Result<T, KinbridgeError> {
    parse(raw.trim()).ok_or_else(|| KinbridgeError::invalid(languages, field))
}

pub(crate) fn time(t: DateTime<Utc>) -> SystemTime {
    t.into()
}

/// Where a case stands, in words made for this person (language, age band, form of
/// address), ready to show.
#[derive(Debug, Clone, uniffi::Record)]
pub struct CaseStatusView {
    pub case_id: String,
    /// The stage's wire name (`registered`, `tracing`, …), for icons and logic.
    pub stage: String,
    pub stage_since: SystemTime,
    /// The locale the texts are in, and its direction: `ltr` or `rtl`.
    pub locale: String,
    pub direction: String,
    /// The age band the texts were written for (`adult` for grown-ups).
    pub audience: String,
    pub content_version: String,
    pub title: String,
    pub meaning: String,
    pub next: String,
    pub can_do: String,
    pub ask: String,
    pub reassurance: Option<String>,
    pub contact: String,
    pub complaint: String,
    /// `true` when just fetched; `false` when the server could not be reached and this is
    /// the copy kept on the phone, fetched `cached_age_seconds` ago.
    pub live: bool,
    pub cached_age_seconds: Option<u64>,
}

impl CaseStatusView {
    pub(crate) fn of_status(status: api::CaseStatus, freshness: Option<&Freshness>) -> Self {
        let cached_age_seconds = match freshness {
            Some(Freshness::Cached { age, .. }) => Some(age.as_secs()),
            _ => None,
        };
        CaseStatusView {
            case_id: status.case_id.to_string(),
            stage: status.stage.as_str().to_owned(),
            stage_since: time(status.stage_since),
            locale: status.locale,
            direction: status.direction,
            audience: status.audience.as_str().to_owned(),
            content_version: status.content_version,
            title: status.parts.title,
            meaning: status.parts.meaning,
            next: status.parts.next,
            can_do: status.parts.can_do,
            ask: status.parts.ask,
            reassurance: status.reassurance,
            contact: status.contact,
            complaint: status.complaint,
            live: cached_age_seconds.is_none(),
            cached_age_seconds,
        }
    }
}

impl From<StatusView> for CaseStatusView {
    fn from(v: StatusView) -> Self {
        CaseStatusView::of_status(v.status, Some(&v.freshness))
    }
}

/// Who this device is.
#[derive(Debug, Clone, uniffi::Record)]
pub struct Me {
    pub account_id: String,
    pub device_id: String,
    /// `child`, `family`, `guardian`, `caseworker`, …
    pub role: String,
    pub display_name: Option<String>,
    pub age_band: Option<String>,
    pub locale: Option<String>,
    pub grammatical_form: Option<String>,
}

impl From<api::MeResponse> for Me {
    fn from(m: api::MeResponse) -> Self {
        Me {
            account_id: m.account_id.to_string(),
            device_id: m.device_id.to_string(),
            role: m.role.as_str().to_owned(),
            display_name: m.display_name,
            age_band: m.age_band.map(|b| b.as_str().to_owned()),
            locale: m.locale,
            grammatical_form: m.grammatical_form.map(|g| g.as_str().to_owned()),
        }
    }
}

/// A case as its members see it.
#[derive(Debug, Clone, uniffi::Record)]
pub struct CaseInfo {
    pub case_id: String,
    pub stage: String,
    pub stage_since: SystemTime,
    /// This person's part in the case (`caseworker`, `child`, `guardian`, …).
    pub my_role: String,
}

impl From<api::CaseView> for CaseInfo {
    fn from(c: api::CaseView) -> Self {
        CaseInfo {
            case_id: c.case_id.to_string(),
            stage: c.stage.as_str().to_owned(),
            stage_since: time(c.stage_since),
            my_role: c.my_role.as_str().to_owned(),
        }
    }
}

impl From<api::CaseSummary> for CaseInfo {
    fn from(c: api::CaseSummary) -> Self {
        CaseInfo {
            case_id: c.case_id.to_string(),
            stage: c.stage.as_str().to_owned(),
            stage_since: time(c.stage_since),
            my_role: c.my_role.as_str().to_owned(),
        }
    }
}

/// A member of a case.
#[derive(Debug, Clone, uniffi::Record)]
pub struct Member {
    pub account_id: String,
    pub role: String,
    pub relationship: Option<String>,
    pub display_name: Option<String>,
    pub age_band: Option<String>,
    pub enrolled: bool,
}

impl From<api::MemberView> for Member {
    fn from(m: api::MemberView) -> Self {
        Member {
            account_id: m.account_id.to_string(),
            role: m.role.as_str().to_owned(),
            relationship: m.relationship.map(|r| r.as_str().to_owned()),
            display_name: m.display_name,
            age_band: m.age_band.map(|b| b.as_str().to_owned()),
            enrolled: m.enrolled,
        }
    }
}

/// A one-time enrolment code for a new account's first device.
#[derive(Debug, Clone, uniffi::Record)]
pub struct EnrolmentCode {
    pub account_id: String,
    pub code: String,
    pub expires_at: SystemTime,
}

impl From<api::EnrolmentCodeResponse> for EnrolmentCode {
    fn from(c: api::EnrolmentCodeResponse) -> Self {
        EnrolmentCode {
            account_id: c.account_id.to_string(),
            code: c.code,
            expires_at: time(c.expires_at),
        }
    }
}

/// One device of an account.
#[derive(Debug, Clone, uniffi::Record)]
pub struct Device {
    pub device_id: String,
    pub account_id: String,
    pub device_number: u32,
    pub enrolled_at: SystemTime,
    pub revoked_at: Option<SystemTime>,
}

impl From<api::DeviceView> for Device {
    fn from(d: api::DeviceView) -> Self {
        Device {
            device_id: d.device_id.to_string(),
            account_id: d.account_id.to_string(),
            device_number: d.device_number,
            enrolled_at: time(d.enrolled_at),
            revoked_at: d.revoked_at.map(time),
        }
    }
}

/// What happened to a message the app sent.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum SendOutcome {
    /// The server took it; a `MessageDelivered` event follows.
    Sent { message_id: String },
    /// Kept in the outbox on the phone (offline, or asked to wait); sent later by itself.
    Queued { message_id: String },
}

impl From<kinbridge_sdk::SendOutcome> for SendOutcome {
    fn from(o: kinbridge_sdk::SendOutcome) -> Self {
        match o {
            kinbridge_sdk::SendOutcome::Sent { message_id } => SendOutcome::Sent { message_id },
            kinbridge_sdk::SendOutcome::Queued { message_id } => SendOutcome::Queued { message_id },
        }
    }
}

/// A message received and decrypted on this phone.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReceivedMessage {
    pub guid: String,
    pub from_account: String,
    pub from_device: u32,
    pub body: Vec<u8>,
    pub sent_at: SystemTime,
    /// Sent with sealed sender: only this phone knows who wrote it.
    pub sealed: bool,
    /// A case-circle message: the case it went to.
    pub circle: Option<String>,
}

impl From<kinbridge_sdk::ReceivedMessage> for ReceivedMessage {
    fn from(m: kinbridge_sdk::ReceivedMessage) -> Self {
        ReceivedMessage {
            guid: m.guid,
            from_account: m.from.to_string(),
            from_device: m.device,
            body: m.body,
            sent_at: time(m.sent_at),
            sealed: m.sealed,
            circle: m.circle.map(|c| c.to_string()),
        }
    }
}

/// One line of a case's access log, in the reader's words.
#[derive(Debug, Clone, uniffi::Record)]
pub struct AccessLine {
    pub at: SystemTime,
    pub action: String,
    pub actor_role: Option<String>,
    pub actor_name: Option<String>,
    pub text: String,
}

/// Who looked at or changed a case, newest first; `next` fetches older lines.
#[derive(Debug, Clone, uniffi::Record)]
pub struct AccessLogPage {
    pub case_id: String,
    pub locale: String,
    pub direction: String,
    pub lines: Vec<AccessLine>,
    pub next: Option<String>,
}

impl From<api::AccessLog> for AccessLogPage {
    fn from(l: api::AccessLog) -> Self {
        AccessLogPage {
            case_id: l.case_id.to_string(),
            locale: l.locale,
            direction: l.direction,
            lines: l
                .entries
                .into_iter()
                .map(|e| AccessLine {
                    at: time(e.at),
                    action: e.action,
                    actor_role: e.actor_role.map(|r| r.as_str().to_owned()),
                    actor_name: e.actor_name,
                    text: e.text,
                })
                .collect(),
            next: l.next,
        }
    }
}

/// A consent notice, checked against its hash on this phone: show `title`, `body` and
/// `withdraw` (or `text`, all of it) before asking for an answer.
#[derive(Debug, Clone, uniffi::Record)]
pub struct ConsentNotice {
    pub purpose: String,
    pub version: u32,
    pub locale: String,
    pub band: String,
    pub direction: String,
    pub title: String,
    pub body: String,
    pub withdraw: String,
    pub text: String,
    pub sha256: String,
}

impl From<api::ConsentNotice> for ConsentNotice {
    fn from(n: api::ConsentNotice) -> Self {
        ConsentNotice {
            purpose: n.purpose,
            version: n.version,
            locale: n.locale,
            band: n.band.as_str().to_owned(),
            direction: n.direction,
            title: n.title,
            body: n.body,
            withdraw: n.withdraw,
            text: n.text,
            sha256: n.sha256,
        }
    }
}

/// A consent decision as recorded.
#[derive(Debug, Clone, uniffi::Record)]
pub struct ConsentEvent {
    pub id: String,
    pub purpose: String,
    pub version: u32,
    pub kind: String,
    pub decision: String,
}

impl From<api::ConsentEventView> for ConsentEvent {
    fn from(e: api::ConsentEventView) -> Self {
        ConsentEvent {
            id: e.id,
            purpose: e.purpose,
            version: e.version,
            kind: e.kind.as_str().to_owned(),
            decision: e.decision.as_str().to_owned(),
        }
    }
}

/// A complaint just filed. Show `receipt` once, plainly: it is the only way back to the
/// complaint (keep it on the phone only if the person chooses to).
#[derive(Debug, Clone, uniffi::Record)]
pub struct FiledComplaint {
    pub receipt: String,
    pub filed_at: SystemTime,
    pub acknowledgement: String,
}

/// One message of a complaint's thread.
#[derive(Debug, Clone, uniffi::Record)]
pub struct ComplaintMessage {
    /// `reporter` or `handler`.
    pub author: String,
    pub at: SystemTime,
    /// `None` when this entry could not be opened on this phone.
    pub text: Option<String>,
}

/// What a reporter reads with their receipt.
#[derive(Debug, Clone, uniffi::Record)]
pub struct ComplaintThread {
    pub status: String,
    pub status_text: String,
    pub category: String,
    pub urgent: bool,
    pub filed_at: SystemTime,
    pub acknowledged_at: Option<SystemTime>,
    pub messages: Vec<ComplaintMessage>,
}

impl From<kinbridge_sdk::complaints::ReporterThread> for ComplaintThread {
    fn from(t: kinbridge_sdk::complaints::ReporterThread) -> Self {
        ComplaintThread {
            status: t.status.as_str().to_owned(),
            status_text: t.status_text,
            category: t.category.as_str().to_owned(),
            urgent: t.urgent,
            filed_at: time(t.filed_at),
            acknowledged_at: t.acknowledged_at.map(time),
            messages: t
                .messages
                .into_iter()
                .map(|m| ComplaintMessage {
                    author: m.author.as_str().to_owned(),
                    at: time(m.at),
                    text: m.text,
                })
                .collect(),
        }
    }
}
