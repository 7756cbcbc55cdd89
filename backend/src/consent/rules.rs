//! Who must agree, and where a consent stands: pure functions over a subject's events, so
//! the state is always derived, never stored.

use chrono::{DateTime, NaiveDateTime, Utc};
use kinbridge_protocol::{ConsentDecider, ConsentDecision, ConsentKind, ConsentStatus};

use kinbridge_l10n::ConsentCatalog;

use super::repo::EventRow;
use crate::platform::Platform;

/// The jurisdiction's rules (settings `consent_own_from_age`, `consent_assent_from_age`)
/// and the purposes this server publishes.
#[derive(Debug, Clone, Copy)]
pub struct Rules {
    /// From this age the child's own consent suffices.
    pub own_from: u8,
    /// From this age (below `own_from`) the child's assent is asked for beside the
    /// guardian's consent; below it the assent is recorded as not sought.
    pub assent_from: u8,
    pub catalog: &'static ConsentCatalog,
}

impl Rules {
    pub fn of(p: &Platform) -> Rules {
        Rules {
            own_from: p.settings.consent_own_from_age,
            assent_from: p.settings.consent_assent_from_age,
            catalog: p.consent,
        }
    }

    /// Whether a child of this age decides alone.
    pub fn decides_alone(&self, age: u8) -> bool {
        age >= self.own_from
    }
}

/// A recorded age carried forward to `now`: one more year per full year since it was
/// true (365.25 days), so a child crosses a threshold on time without a birth date.
pub fn age_now(years: i32, as_of: NaiveDateTime, now: DateTime<Utc>) -> u8 {
    let days = (now.naive_utc() - as_of).num_days().max(0);
    let grown = i32::try_from(days * 100 / 36525).unwrap_or(i32::MAX);
    u8::try_from(years.saturating_add(grown).clamp(0, 120)).unwrap_or(120)
}

/// The newest event of each party for one purpose and scope, among those that still
/// count (versions from `valid_from` on, not expired).
#[derive(Debug, Default)]
struct Latest<'a> {
    child_consent: Option<(usize, &'a EventRow)>,
    guardian_consent: Option<(usize, &'a EventRow)>,
    child_assent: Option<(usize, &'a EventRow)>,
    override_at: Option<usize>,
}

fn decision(e: &EventRow) -> Option<ConsentDecision> {
    ConsentDecision::parse(&e.decision)
}

/// Where a consent stands for a child of `age`, from its events (one purpose and scope,
/// oldest first), and who still has to answer.
pub fn status(
    events: &[&EventRow],
    valid_from: u32,
    age: u8,
    rules: Rules,
    now: NaiveDateTime,
) -> (ConsentStatus, Vec<ConsentDecider>) {
    let counts = |e: &EventRow| {
        u32::try_from(e.purpose_version).is_ok_and(|v| v >= valid_from)
            && e.expires_at.is_none_or(|x| x > now)
    };
    let mut latest = Latest::default();
    for (i, e) in events.iter().enumerate().filter(|(_, e)| counts(e)) {
        let kind = ConsentKind::parse(&e.kind);
        let by = ConsentDecider::parse(&e.decided_as);
        match (kind, by, decision(e)) {
            (_, _, Some(ConsentDecision::Overridden)) => latest.override_at = Some(i),
            (Some(ConsentKind::Consent), Some(ConsentDecider::Child), _) => {
                latest.child_consent = Some((i, e));
            }
            (Some(ConsentKind::Consent), Some(ConsentDecider::Guardian), _) => {
                latest.guardian_consent = Some((i, e));
            }
            (Some(ConsentKind::Assent), Some(ConsentDecider::Child), _) => {
                latest.child_assent = Some((i, e));
            }
            _ => {}
        }
    }
    let superseded = events.iter().any(|e| !counts(e))
        && !events.iter().any(|e| counts(e))
        && events
            .iter()
            .any(|e| decision(e) == Some(ConsentDecision::Given));

    // (party, its newest answer) for everyone who must agree at this age.
    let mut required: Vec<(ConsentDecider, Option<(usize, &EventRow)>)> = Vec::new();
    if rules.decides_alone(age) {
        required.push((ConsentDecider::Child, latest.child_consent));
    } else {
        required.push((ConsentDecider::Guardian, latest.guardian_consent));
        if age >= rules.assent_from {
            required.push((ConsentDecider::Child, latest.child_assent));
        } else if let Some((i, e)) = latest.child_assent {
            // Not asked for at this age, but a young child's "no" is never ignored.
            if matches!(
                decision(e),
                Some(ConsentDecision::Refused | ConsentDecision::Withdrawn)
            ) {
                required.push((ConsentDecider::Child, Some((i, e))));
            }
        }
    }
    let refusals: Vec<usize> = required
        .iter()
        .filter_map(|(_, l)| *l)
        .filter(|(_, e)| {
            matches!(
                decision(e),
                Some(ConsentDecision::Refused | ConsentDecision::Withdrawn)
            )
        })
        .map(|(i, _)| i)
        .collect();
    let waiting: Vec<ConsentDecider> = required
        .iter()
        .filter(|(_, l)| {
            !l.is_some_and(|(_, e)| {
                matches!(
                    decision(e),
                    Some(
                        ConsentDecision::Given
                            | ConsentDecision::NotSought
                            | ConsentDecision::Refused
                            | ConsentDecision::Withdrawn
                    )
                )
            })
        })
        .map(|(who, _)| *who)
        .collect();
    if let Some(&last_refusal) = refusals.iter().max() {
        // An override stands only against the refusals made before it.
        return match latest.override_at {
            Some(o) if o > last_refusal => (ConsentStatus::Granted, Vec::new()),
            _ => (ConsentStatus::Refused, Vec::new()),
        };
    }
    if !waiting.is_empty() {
        let status = if superseded {
            ConsentStatus::Superseded
        } else {
            ConsentStatus::Pending
        };
        return (status, waiting);
    }
    (ConsentStatus::Granted, Vec::new())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> Rules {
        Rules {
            own_from: 16,
            assent_from: 6,
            catalog: ConsentCatalog::embedded(),
        }
    }

    fn at() -> NaiveDateTime {
        chrono::DateTime::from_timestamp(1_800_000_000, 0)
            .unwrap_or_default()
            .naive_utc()
    }

    fn event(kind: &str, by: &str, decision: &str, version: i32) -> EventRow {
        EventRow {
            id: String::new(),
            subject: String::new(),
            seq: 0,
            case_id: String::new(),
            purpose: "p".into(),
            purpose_version: version,
            scope: String::new(),
            kind: kind.into(),
            decision: decision.into(),
            decided_by: None,
            decided_as: by.into(),
            recorded_by: String::new(),
            modality: "in_app".into(),
            notice_locale: None,
            notice_band: None,
            notice_sha256: None,
            interpreter_locale: None,
            witness: None,
            age_years: None,
            age_band: None,
            reason: None,
            approved_by: None,
            occurred_at: at(),
            expires_at: None,
            prev_hash: String::new(),
            hash: String::new(),
        }
    }

    fn st(events: &[EventRow], age: u8) -> ConsentStatus {
        let refs: Vec<&EventRow> = events.iter().collect();
        status(&refs, 1, age, rules(), at()).0
    }

    #[test]
    fn under_the_age_both_must_agree_and_either_blocks() {
        let g = event("consent", "guardian", "given", 1);
        let a = event("assent", "child", "given", 1);
        let r = event("assent", "child", "refused", 1);
        assert_eq!(st(std::slice::from_ref(&g), 8), ConsentStatus::Pending);
        assert_eq!(st(&[g.clone(), a.clone()], 8), ConsentStatus::Granted);
        assert_eq!(
            st(&[g.clone(), a.clone(), r.clone()], 8),
            ConsentStatus::Refused
        );
        let gr = event("consent", "guardian", "refused", 1);
        assert_eq!(st(&[a.clone(), gr.clone()], 14), ConsentStatus::Refused);
        let o = event("consent", "staff", "overridden", 1);
        assert_eq!(st(&[a, gr.clone(), o.clone()], 14), ConsentStatus::Granted);
        // A refusal after the override needs a new one.
        assert_eq!(st(&[g.clone(), o, r], 14), ConsentStatus::Refused);
    }

    #[test]
    fn under_six_the_guardian_decides_and_a_no_still_counts() {
        let g = event("consent", "guardian", "given", 1);
        let ns = event("assent", "child", "not_sought", 1);
        assert_eq!(st(&[g.clone(), ns], 5), ConsentStatus::Granted);
        assert_eq!(st(std::slice::from_ref(&g), 5), ConsentStatus::Granted);
        let r = event("assent", "child", "refused", 1);
        assert_eq!(st(&[g, r], 5), ConsentStatus::Refused);
    }

    #[test]
    fn from_the_age_the_child_decides_alone() {
        let g = event("consent", "guardian", "given", 1);
        let a = event("assent", "child", "given", 1);
        assert_eq!(st(&[g.clone(), a.clone()], 17), ConsentStatus::Pending);
        let c = event("consent", "child", "given", 1);
        assert_eq!(st(std::slice::from_ref(&c), 17), ConsentStatus::Granted);
        let w = event("consent", "child", "withdrawn", 1);
        assert_eq!(st(&[c, w], 17), ConsentStatus::Refused);
    }

    #[test]
    fn a_material_change_supersedes() {
        let c = event("consent", "child", "given", 1);
        let refs = [&c];
        assert_eq!(
            status(&refs, 2, 17, rules(), at()).0,
            ConsentStatus::Superseded
        );
    }

    #[test]
    fn ages_move_on_with_time() {
        let then = at();
        let now = chrono::DateTime::<Utc>::from_naive_utc_and_offset(
            then + chrono::Duration::days(366),
            Utc,
        );
        assert_eq!(age_now(15, then, now), 16);
        assert_eq!(age_now(15, then, now - chrono::Duration::days(2)), 15);
    }
}
