//! Retention: one job that deletes what policy says must go, and records every run in the
//! audit chain.
//!
//! | data | kept until |
//! |---|---|
//! | enrolment codes | used or expired, plus `retention_code_grace_hours` |
//! | a closed case, its members, history, links, contact rules, and the accounts, devices and codes of the people invited into it | closed for `retention_closed_case_days` |
//! | audit events | kept; the ids in events about a deleted case or account are stripped (the chain still verifies) |
//! | delivered envelopes | deleted when the device acknowledges them (at once) |
//! | undelivered envelopes | `message_ttl_days` (30) after they were sent |
//! | the record of which message ids a device sent (retry safety) | `message_ttl_days` |
//! | closed complaints | a policy arrives with complaints |
//!
//! Nothing an open case needs is touched: only cases in the `closed` stage qualify (a
//! reopened case is not closed), and only codes that can no longer be used.

pub mod export;
pub mod http;

use chrono::{DateTime, Duration, Utc};
use serde::Serialize;

use crate::platform::audit::{self, Action, Actor, Event};
use crate::platform::config::Settings;
use crate::platform::db::{StorageError, Tx, to_db_time};
use crate::platform::reach::Contacts;
use crate::{accounts, cases, messages, sealed};

/// How long each kind of data is kept.
#[derive(Debug, Clone, Copy)]
pub struct Policy {
    pub closed_case: Duration,
    pub code_grace: Duration,
    pub message_ttl: Duration,
}

impl Policy {
    pub fn from_settings(s: &Settings) -> Policy {
        Policy {
            closed_case: Duration::days(i64::from(s.retention_closed_case_days)),
            code_grace: Duration::hours(i64::from(s.retention_code_grace_hours)),
            message_ttl: Duration::days(i64::from(s.message_ttl_days)),
        }
    }
}

/// What a run deleted (or, in a dry run, would delete).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    pub dry_run: bool,
    pub enrolment_codes: usize,
    pub expired_envelopes: usize,
    pub closed_cases: Vec<String>,
    pub accounts: usize,
    pub devices: usize,
    pub members: usize,
    pub stage_changes: usize,
    pub contact_rules: usize,
    pub case_links: usize,
    pub audit_events_stripped: usize,
    /// Consents put to children who reached the age at which they decide alone.
    pub consent_prompts: usize,
    /// The complaint clocks' pass that ran with it (escalations, warnings, expiry).
    pub complaints: crate::complaints::TickReport,
    /// The alert clocks' pass that ran with it (escalations, check-in invitations).
    pub alerts: crate::alerts::TickReport,
}

impl Report {
    /// One line for the audit chain: counts only.
    fn detail(&self) -> String {
        format!(
            "codes:{} envelopes:{} cases:{} accounts:{} devices:{} audit_stripped:{}",
            self.enrolment_codes,
            self.expired_envelopes,
            self.closed_cases.len(),
            self.accounts,
            self.devices,
            self.audit_events_stripped
        )
    }

    /// What a person at the host reads.
    pub fn describe(&self) -> String {
        let verb = if self.dry_run {
            "Would delete"
        } else {
            "Deleted"
        };
        format!(
            "{verb}: {} enrolment codes; {} expired envelopes; {} closed cases ({} members, {} stage changes, {} contact rules, {} links; {} accounts and {} devices of the people invited into them); {} audit events {}stripped of their ids.{}",
            self.enrolment_codes,
            self.expired_envelopes,
            self.closed_cases.len(),
            self.members,
            self.stage_changes,
            self.contact_rules,
            self.case_links,
            self.accounts,
            self.devices,
            self.audit_events_stripped,
            if self.dry_run { "would be " } else { "" },
            if self.closed_cases.is_empty() {
                String::new()
            } else {
                format!("\nCases: {}", self.closed_cases.join(", "))
            }
        )
    }
}

/// Runs the policy once, in the caller's transaction: each capability deletes its own
/// rows. A dry run changes nothing and returns what would go.
pub fn run(
    tx: &mut Tx<'_>,
    policy: Policy,
    now: DateTime<Utc>,
    dry_run: bool,
) -> Result<Report, StorageError> {
    let mut report = Report {
        dry_run,
        ..Report::default()
    };
    let code_cutoff = to_db_time(now - policy.code_grace);
    let case_cutoff = to_db_time(now - policy.closed_case);
    report.enrolment_codes = accounts::count_dead_codes(tx, code_cutoff)?;
    report.expired_envelopes = messages::count_expired(tx, now)?;
    let cases = cases::closed_before(tx, case_cutoff)?;
    let mut invited = Vec::with_capacity(cases.len());
    for &case in &cases {
        let rows = cases::footprint(tx, case)?;
        let people = accounts::footprint_of_case(tx, case)?;
        report.accounts += people.accounts.len();
        report.devices += people.devices;
        report.members += rows.members;
        report.stage_changes += rows.stage_changes;
        report.contact_rules += rows.contact_rules;
        report.case_links += rows.case_links;
        report.audit_events_stripped += audit::count_naming(tx, case, &people.accounts)?;
        invited.push(people.accounts);
    }
    report.closed_cases = cases.iter().map(ToString::to_string).collect();
    if dry_run {
        audit::record(
            tx,
            Event::new(Actor::System, Action::RetentionDryRun).detail(report.detail()),
            now,
        )?;
        return Ok(report);
    }
    accounts::delete_dead_codes(tx, code_cutoff)?;
    let mut stripped = 0;
    for (&case, people) in cases.iter().zip(&invited) {
        // The deleted phones may still hold the staff's access keys: new ones for them.
        let members: Vec<_> = Contacts::of_case(tx, case)?
            .members()
            .iter()
            .map(|(a, _)| *a)
            .filter(|a| !people.contains(a))
            .collect();
        sealed::withdraw_access_keys(tx, &members)?;
        stripped += audit::strip_naming(tx, case, people, now)?;
        cases::delete(tx, case)?;
        accounts::delete(tx, people)?;
    }
    // After the cases: the message ids their people's devices sent go too.
    messages::purge(tx, now, now - policy.message_ttl)?;
    report.audit_events_stripped = stripped;
    audit::record(
        tx,
        Event::new(Actor::System, Action::RetentionRun).detail(report.detail()),
        now,
    )?;
    Ok(report)
}
