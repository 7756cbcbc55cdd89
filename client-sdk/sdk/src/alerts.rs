//! Check-ins and "I need help now", on the phone.
//!
//! - A **check-in** is a face (1 very bad … 5 very good), who the child wants to talk to,
//!   and any words. The server records only that it happened; what it says goes
//!   end-to-end encrypted to the case's guardians and caseworkers as ordinary Signal
//!   messages whose body the receiving SDK recognises and keeps, so a caseworker's app
//!   shows a child's recent check-ins and their trend without the server ever knowing.
//! - **"I need help now"** is written to the outbox first, so it works offline: it goes
//!   the moment there is a connection (the event stream flushes the outbox when it
//!   connects), with any words end-to-end encrypted to the guardians and caseworkers. The
//!   server alerts the people on call; when one of them has seen it, the child's app gets
//!   [`crate::Event::HelpSeen`] with a text in the child's language and age band.
//! - Staff take (`acknowledge_alert`) and resolve alerts, report a child missing, keep
//!   the roster and set a case's risk class.

use chrono::{DateTime, Utc};
use kinbridge_l10n::Catalog;
use kinbridge_protocol::alerts::{
    AlertMetrics, AlertOutcome, AlertView, CaseRiskRequest, CheckInRecord, CheckInRequest,
    CheckIns, DutyHours, FACES, HelpView, MissingRequest, ResolveRequest, RhythmRequest, RiskClass,
    RosterEntry, RosterRequest,
};
use kinbridge_protocol::api::MeResponse;
use kinbridge_protocol::{AccountId, AgeBand, AlertId, CaseId};
use reqwest::Method;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::store::Namespace;
use crate::{Client, ReceivedMessage, SdkError};

const CHECKIN_PREFIX: &str = "checkin:";
/// The server's answer to a call for help, by the request's id.
const HELP_PREFIX: &str = "help:";
/// How many received check-ins a device keeps per child.
const KEEP_CHECKINS: usize = 60;

/// What a child said in a check-in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckIn {
    /// The server's record of it.
    pub id: String,
    pub case: CaseId,
    pub child: AccountId,
    pub at: DateTime<Utc>,
    /// 1 (very bad) to 5 (very good).
    pub face: u8,
    /// The people the child wants to talk to (their guardian, their caseworker).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub talk_to: Vec<AccountId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub words: Option<String>,
}

/// Every check-in and every call for help's words are padded to one of these sizes, so
/// the size of the ciphertext the server relays says neither whether there were words
/// nor how many.
const BODY_BUCKETS: [usize; 3] = [1024, 4096, 16_384];

/// `carried` as JSON, padded with a `pad` field to the next of [`BODY_BUCKETS`].
fn padded<T: Serialize>(carried: &T) -> Result<Vec<u8>, SdkError> {
    let as_json = |e: serde_json::Error| SdkError::Crypto(format!("a body as JSON: {e}"));
    let mut value = serde_json::to_value(carried).map_err(as_json)?;
    let base = serde_json::to_vec(&value).map_err(as_json)?.len() + r#","pad":"""#.len();
    let target = BODY_BUCKETS
        .iter()
        .copied()
        .find(|b| *b >= base)
        .unwrap_or(base);
    if let Some(object) = value.as_object_mut() {
        object.insert(
            "pad".to_owned(),
            serde_json::Value::String(".".repeat(target - base)),
        );
    }
    serde_json::to_vec(&value).map_err(as_json)
}

/// The body of a message that carries a check-in.
#[derive(Serialize, Deserialize)]
struct CarriedCheckIn {
    kinbridge_checkin: CheckIn,
}

/// The words of a call for help.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpWords {
    pub case: CaseId,
    pub words: String,
}

#[derive(Serialize, Deserialize)]
struct CarriedHelp {
    kinbridge_help: HelpWords,
}

impl ReceivedMessage {
    /// The check-in this message carries, if it is one (from the child it names).
    pub fn check_in(&self) -> Option<CheckIn> {
        serde_json::from_slice::<CarriedCheckIn>(&self.body)
            .ok()
            .map(|c| c.kinbridge_checkin)
            .filter(|c| c.child == self.from && FACES.contains(&c.face))
    }

    /// The words of a call for help this message carries, if it is one.
    pub fn help_words(&self) -> Option<HelpWords> {
        serde_json::from_slice::<CarriedHelp>(&self.body)
            .ok()
            .map(|c| c.kinbridge_help)
    }
}

/// How a child's check-ins move: the mean face of the last three against the three
/// before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trend {
    /// Fewer than four check-ins: too few to say.
    NotEnough,
    Better,
    Steady,
    Worse,
}

/// A child's recent check-ins as their caseworker's or guardian's device holds them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckInHistory {
    /// Newest first.
    pub recent: Vec<CheckIn>,
    pub trend: Trend,
}

fn trend(recent: &[CheckIn]) -> Trend {
    if recent.len() < 4 {
        return Trend::NotEnough;
    }
    let mean = |s: &[CheckIn]| s.iter().map(|c| f64::from(c.face)).sum::<f64>() / s.len() as f64;
    let last = mean(&recent[..3]);
    let before = mean(&recent[3..recent.len().min(6)]);
    if last - before >= 0.5 {
        Trend::Better
    } else if before - last >= 0.5 {
        Trend::Worse
    } else {
        Trend::Steady
    }
}

/// What happened to a call for help.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelpOutcome {
    /// The server has it: the people on call are alerted.
    Sent { view: HelpView, text: String },
    /// No connection: kept on the phone, sent the moment there is one.
    Queued { text: String },
}

/// A call for help as the child's app shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpStatus {
    pub view: HelpView,
    /// "Sent" or "a person has seen it", in the child's language and band.
    pub text: String,
}

/// An alerts text (`content/alerts`) in this language and band.
pub fn alert_text(id_prefix: &str, locale: Option<&str>, band: AgeBand) -> String {
    let catalog = Catalog::embedded();
    let chain = catalog.negotiate_header(locale);
    catalog
        .format(
            &chain,
            &format!("{id_prefix}-{}", kinbridge_l10n::audience_key(band)),
            None,
        )
        .text
}

impl Client {
    /// An alerts text for this person: their preferred language (else the app's), their
    /// band (children) or the adult text.
    pub fn alerts_text(&self, id_prefix: &str) -> Result<String, SdkError> {
        let profile: Option<MeResponse> = self.cache_get("profile")?;
        let mut langs: Vec<String> = profile
            .as_ref()
            .and_then(|p| p.locale.clone())
            .into_iter()
            .collect();
        langs.extend(self.inner.config.languages.iter().cloned());
        let band = profile.and_then(|p| p.age_band).unwrap_or(AgeBand::Adult);
        let header = langs.join(", ");
        Ok(alert_text(
            id_prefix,
            (!header.is_empty()).then_some(header.as_str()),
            band,
        ))
    }

    /// Makes sure this person's profile (language, band) is on the phone for texts shown
    /// offline later.
    async fn keep_profile(&self) {
        if self
            .cache_get::<MeResponse>("profile")
            .ok()
            .flatten()
            .is_none()
        {
            let _ = self.me().await;
        }
    }

    /// Who the child's check-ins and the words of a call for help go to, as the server
    /// says: the case's caseworkers and guardians, never one a complaint by or about the
    /// child names.
    async fn carers(&self, case: CaseId) -> Result<Vec<AccountId>, SdkError> {
        let carers: Vec<AccountId> = self
            .call(Method::GET, &format!("/v1/cases/{case}/carers"), None)
            .await?;
        Ok(carers
            .into_iter()
            .filter(|a| *a != self.account_id())
            .collect())
    }

    /// The child checks in: a face (1–5), who they want to talk to, any words. The server
    /// records that they did; the rest goes end-to-end encrypted to each guardian and
    /// caseworker of the case. Returns the record and who it went to.
    pub async fn check_in(
        &self,
        case: CaseId,
        face: u8,
        talk_to: Vec<AccountId>,
        words: Option<String>,
    ) -> Result<(CheckInRecord, Vec<AccountId>), SdkError> {
        if !FACES.contains(&face) {
            return Err(SdkError::InvalidInput("face"));
        }
        let record: CheckInRecord = self
            .call(
                Method::POST,
                &format!("/v1/cases/{case}/checkins"),
                Some(&CheckInRequest {
                    client_id: Uuid::new_v4().to_string(),
                }),
            )
            .await?;
        let body = padded(&CarriedCheckIn {
            kinbridge_checkin: CheckIn {
                id: record.id.clone(),
                case,
                child: self.account_id(),
                at: record.at,
                face,
                talk_to,
                words,
            },
        })?;
        // One carer who cannot be reached (not enrolled yet, contact ended) does not keep
        // the check-in from the others.
        let mut sent = Vec::new();
        for carer in self.carers(case).await? {
            match self.send_message(carer, &body).await {
                Ok(_) => sent.push(carer),
                Err(e) => tracing::debug!(error = %e, "a check-in did not go to one carer"),
            }
        }
        Ok((record, sent))
    }

    /// Keeps a received check-in on this device (called for every opened message).
    pub(crate) fn keep_check_in(&self, message: &ReceivedMessage) -> Result<(), SdkError> {
        let Some(c) = message.check_in() else {
            return Ok(());
        };
        let key = format!(
            "{CHECKIN_PREFIX}{}:{:020}:{}",
            c.child,
            c.at.timestamp_micros(),
            c.id
        );
        self.cache_put(&key, &c)?;
        // Only the newest are kept.
        let keys = self.check_in_keys(c.child)?;
        let excess = keys.len().saturating_sub(KEEP_CHECKINS);
        for k in keys.into_iter().take(excess) {
            self.inner.config.store.delete(Namespace::Cache, &k)?;
        }
        Ok(())
    }

    /// The keys of the check-ins this device keeps from `child`, oldest first.
    fn check_in_keys(&self, child: AccountId) -> Result<Vec<String>, SdkError> {
        let prefix = format!("{CHECKIN_PREFIX}{child}:");
        let mut keys: Vec<String> = self
            .inner
            .config
            .store
            .keys(Namespace::Cache)?
            .into_iter()
            .filter(|k| k.starts_with(&prefix))
            .collect();
        keys.sort();
        Ok(keys)
    }

    /// A child's check-ins this device received (newest first) and their trend: read on
    /// the device, never on the server.
    pub fn check_ins_of(&self, child: AccountId) -> Result<CheckInHistory, SdkError> {
        let mut recent = Vec::new();
        for k in self.check_in_keys(child)?.into_iter().rev() {
            if let Some(c) = self.cache_get::<CheckIn>(&k)? {
                recent.push(c);
            }
        }
        let trend = trend(&recent);
        Ok(CheckInHistory { recent, trend })
    }

    /// When a child checked in, as the server knows it (never what they said), and their
    /// rhythm.
    pub async fn check_in_times(
        &self,
        case: CaseId,
        child: AccountId,
    ) -> Result<CheckIns, SdkError> {
        self.call(
            Method::GET,
            &format!("/v1/cases/{case}/checkins?child={child}"),
            None,
        )
        .await
    }

    /// The caseworker or the child: invite check-ins every `every_days` days (`None`: no
    /// invitations).
    pub async fn set_check_in_rhythm(
        &self,
        case: CaseId,
        child: AccountId,
        every_days: Option<u8>,
    ) -> Result<(), SdkError> {
        let _: serde_json::Value = self
            .call(
                Method::PUT,
                &format!("/v1/cases/{case}/checkins/rhythm"),
                Some(&RhythmRequest { child, every_days }),
            )
            .await?;
        Ok(())
    }

    /// The child: "I need help now". Written to the outbox first, ahead of anything else
    /// waiting there; sent at once when there is a connection, otherwise the moment there
    /// is one. Any words go end-to-end encrypted to the case's guardians and caseworkers.
    pub async fn ask_for_help(
        &self,
        case: CaseId,
        words: Option<String>,
    ) -> Result<HelpOutcome, SdkError> {
        let (key, client_id) = self.queue_help(case, words)?;
        let sent = {
            let _one_at_a_time = self.inner.flushing.lock().await;
            let sent = self.deliver_key(&key).await;
            if sent.is_ok() {
                // The words, now in the outbox.
                let _ = self.flush_locked().await;
            }
            sent
        };
        self.keep_profile().await;
        match sent {
            Ok(()) => {
                let view = self
                    .cache_get::<HelpView>(&format!("{HELP_PREFIX}{client_id}"))?
                    .ok_or(SdkError::UnexpectedResponse { status: 201 })?;
                Ok(HelpOutcome::Sent {
                    view,
                    text: self.alerts_text("help-sent")?,
                })
            }
            // Refused for good (this person is not the child of this case): not kept.
            Err(e)
                if self
                    .inner
                    .config
                    .store
                    .get(Namespace::Outbox, &key)?
                    .is_none() =>
            {
                Err(e)
            }
            // Anything else: kept, and tried again with backoff.
            Err(_) => {
                self.retry_in_background();
                Ok(HelpOutcome::Queued {
                    text: self.alerts_text("help-queued")?,
                })
            }
        }
    }

    /// Sends a queued call for help: the request, then its words to each carer.
    pub(crate) async fn deliver_help(
        &self,
        case: CaseId,
        client_id: &str,
        words: &[u8],
    ) -> Result<(), SdkError> {
        let view: HelpView = self
            .call(
                Method::POST,
                &format!("/v1/cases/{case}/help"),
                Some(&kinbridge_protocol::alerts::HelpRequest {
                    client_id: client_id.to_owned(),
                }),
            )
            .await?;
        self.cache_put(&format!("{HELP_PREFIX}{client_id}"), &view)?;
        if !words.is_empty() {
            let words = String::from_utf8_lossy(words).into_owned();
            let body = padded(&CarriedHelp {
                kinbridge_help: HelpWords { case, words },
            })?;
            // Each goes through the outbox too, sent by the same flush: nothing is lost if
            // the network drops now.
            for carer in self.carers(case).await? {
                self.queue_direct(carer, &body)?;
            }
        }
        Ok(())
    }

    /// The child: their calls for help, newest first, each with "sent" or "a person has
    /// seen it" in their language and band.
    pub async fn help_requests(&self) -> Result<Vec<HelpStatus>, SdkError> {
        let views: Vec<HelpView> = self.call(Method::GET, "/v1/me/help", None).await?;
        views
            .into_iter()
            .map(|view| {
                let text = self.alerts_text(if view.seen_at.is_some() {
                    "help-seen"
                } else {
                    "help-sent"
                })?;
                Ok(HelpStatus { view, text })
            })
            .collect()
    }

    /// A caseworker or guardian reports the child missing.
    pub async fn report_missing(
        &self,
        case: CaseId,
        child: AccountId,
    ) -> Result<AlertView, SdkError> {
        self.call(
            Method::POST,
            &format!("/v1/cases/{case}/missing"),
            Some(&MissingRequest { child }),
        )
        .await
    }

    /// Staff: the open alerts this person may take.
    pub async fn alerts(&self) -> Result<Vec<AlertView>, SdkError> {
        self.call(Method::GET, "/v1/alerts", None).await
    }

    /// Staff: take an alert (the child who asked for help is told a person has seen it).
    pub async fn acknowledge_alert(&self, alert: AlertId) -> Result<AlertView, SdkError> {
        self.call(
            Method::POST,
            &format!("/v1/alerts/{alert}/acknowledge"),
            None,
        )
        .await
    }

    /// Staff: record how an alert ended.
    pub async fn resolve_alert(
        &self,
        alert: AlertId,
        outcome: AlertOutcome,
    ) -> Result<AlertView, SdkError> {
        self.call(
            Method::POST,
            &format!("/v1/alerts/{alert}/resolve"),
            Some(&ResolveRequest { outcome }),
        )
        .await
    }

    /// Admins and supervisors: put someone on call.
    pub async fn put_on_roster(
        &self,
        account: AccountId,
        tier: u8,
        specialisms: Vec<RiskClass>,
        hours: Option<DutyHours>,
    ) -> Result<RosterEntry, SdkError> {
        self.call(
            Method::PUT,
            &format!("/v1/alerts/roster/{account}"),
            Some(&RosterRequest {
                tier,
                specialisms,
                hours,
            }),
        )
        .await
    }

    /// Admins and supervisors: take someone off call.
    pub async fn take_off_roster(&self, account: AccountId) -> Result<(), SdkError> {
        let _: serde_json::Value = self
            .call(
                Method::DELETE,
                &format!("/v1/alerts/roster/{account}"),
                None,
            )
            .await?;
        Ok(())
    }

    /// Staff: who is on call.
    pub async fn alert_roster(&self) -> Result<Vec<RosterEntry>, SdkError> {
        self.call(Method::GET, "/v1/alerts/roster", None).await
    }

    /// The case's caseworker: the risk class its alerts are routed by.
    pub async fn set_case_risk(&self, case: CaseId, risk: RiskClass) -> Result<(), SdkError> {
        let _: serde_json::Value = self
            .call(
                Method::PUT,
                &format!("/v1/cases/{case}/risk"),
                Some(&CaseRiskRequest { risk }),
            )
            .await?;
        Ok(())
    }

    /// Supervisors and admins: alerts in aggregate.
    pub async fn alert_metrics(&self) -> Result<AlertMetrics, SdkError> {
        self.call(Method::GET, "/v1/alerts/metrics", None).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(face: u8) -> CheckIn {
        CheckIn {
            id: Uuid::new_v4().to_string(),
            case: CaseId::random(),
            child: AccountId::random(),
            at: Utc::now(),
            face,
            talk_to: Vec::new(),
            words: None,
        }
    }

    #[test]
    fn trend_compares_the_last_three_with_the_three_before() {
        let faces = |f: &[u8]| f.iter().map(|x| at(*x)).collect::<Vec<_>>();
        assert_eq!(trend(&faces(&[2, 2, 3])), Trend::NotEnough);
        // Newest first.
        assert_eq!(trend(&faces(&[2, 1, 2, 4, 4, 5])), Trend::Worse);
        assert_eq!(trend(&faces(&[4, 5, 4, 2, 2, 1])), Trend::Better);
        assert_eq!(trend(&faces(&[3, 3, 4, 3, 4, 3])), Trend::Steady);
    }

    #[test]
    fn bodies_are_one_size_with_or_without_words() {
        let body = |words: Option<&str>, talk_to: usize| {
            let mut c = at(3);
            c.words = words.map(str::to_owned);
            c.talk_to = (0..talk_to).map(|_| AccountId::random()).collect();
            padded(&CarriedCheckIn {
                kinbridge_checkin: c,
            })
            .unwrap()
        };
        let plain = body(None, 0);
        assert_eq!(plain.len(), 1024);
        assert_eq!(body(Some("I am scared at night"), 2).len(), 1024);
        assert_eq!(body(Some(&"x".repeat(2000)), 0).len(), 4096);
        // Still read as a check-in.
        let m = ReceivedMessage {
            guid: String::new(),
            from: serde_json::from_slice::<CarriedCheckIn>(&plain)
                .unwrap()
                .kinbridge_checkin
                .child,
            device: 1,
            body: plain,
            sent_at: Utc::now(),
            sealed: false,
            circle: None,
        };
        assert_eq!(m.check_in().map(|c| c.face), Some(3));
    }

    #[test]
    fn help_seen_exists_in_every_language_and_band() {
        for locale in kinbridge_l10n::LOCALES {
            for band in AgeBand::ALL {
                let text = alert_text("help-seen", Some(locale), *band);
                assert!(
                    !text.is_empty() && !text.starts_with("help-seen"),
                    "{locale} {band:?}: {text}"
                );
            }
        }
        assert_eq!(
            alert_text("help-seen", Some("en"), AgeBand::Band6To9),
            "A person has seen your call for help."
        );
    }
}
