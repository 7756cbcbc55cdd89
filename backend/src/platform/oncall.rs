//! Who is alerted: one routing rule for every urgent thing (a child's call for help, a
//! missing child, an urgent complaint), over a roster of people on call in tiers, with
//! specialisms and hours.
//!
//! - Only people on duty now (their hours cover the hour; no hours: always) and not
//!   hidden (a complaint about the child names them, or someone above them) are alerted.
//! - A risk other than `general` goes first to the lowest tier with a specialist for it on
//!   duty; with no specialist on duty above the last tier alerted, to the lowest such tier
//!   with anyone on duty.
//! - Each escalation goes to the next tier up by the same rule; past the last tier, to
//!   everyone it may go to (tier 0), and stays there.
//!
//! Pure: the capabilities read their rosters and who is hidden, and send the frames.

use kinbridge_protocol::AccountId;
use kinbridge_protocol::alerts::{DutyHours, RiskClass};

/// One person on call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OnCall {
    pub account: AccountId,
    pub tier: u8,
    pub specialisms: Vec<RiskClass>,
    pub hours: Option<DutyHours>,
}

impl OnCall {
    fn on_duty(&self, hour: u8) -> bool {
        self.hours.is_none_or(|h| h.covers(hour))
    }
}

/// Who to alert, and the tier that is (0: everyone).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    pub tier: u8,
    pub targets: Vec<AccountId>,
}

/// The next people to alert. `after` is the tier alerted last (`None`: the first alert;
/// `Some(0)`: everyone was alerted already, and is again). `everyone` is who the alert
/// goes to past the last tier (the caller has already left out anyone hidden).
pub fn route(
    roster: &[OnCall],
    risk: RiskClass,
    hidden: &dyn Fn(AccountId) -> bool,
    hour: u8,
    after: Option<u8>,
    everyone: &[AccountId],
) -> Route {
    let everyone = || Route {
        tier: 0,
        targets: everyone.iter().copied().filter(|a| !hidden(*a)).collect(),
    };
    let floor = match after {
        Some(0) => return everyone(),
        other => other.unwrap_or(0),
    };
    let candidates: Vec<&OnCall> = roster
        .iter()
        .filter(|e| e.tier > floor && e.on_duty(hour) && !hidden(e.account))
        .collect();
    let specialist = |e: &&OnCall| e.specialisms.contains(&risk);
    let lowest = |only_specialists: bool| {
        candidates
            .iter()
            .filter(|e| !only_specialists || specialist(e))
            .map(|e| e.tier)
            .min()
    };
    let only_specialists = risk != RiskClass::General && lowest(true).is_some();
    let Some(tier) = lowest(only_specialists) else {
        return everyone();
    };
    let mut targets: Vec<AccountId> = candidates
        .iter()
        .filter(|e| e.tier == tier && (!only_specialists || specialist(e)))
        .map(|e| e.account)
        .collect();
    targets.sort();
    targets.dedup();
    Route { tier, targets }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(tier: u8, specialisms: &[RiskClass], hours: Option<(u8, u8)>) -> OnCall {
        OnCall {
            account: AccountId::random(),
            tier,
            specialisms: specialisms.to_vec(),
            hours: hours.map(|(from_hour, to_hour)| DutyHours { from_hour, to_hour }),
        }
    }

    #[test]
    fn specialists_first_then_tiers_then_everyone() {
        let general = person(1, &[], None);
        let specialist = person(2, &[RiskClass::Trafficking], None);
        let backup = person(3, &[], None);
        let roster = [general.clone(), specialist.clone(), backup.clone()];
        let all = [general.account, specialist.account, backup.account];
        let none = |_| false;
        let first = route(&roster, RiskClass::Trafficking, &none, 12, None, &all);
        assert_eq!(
            first,
            Route {
                tier: 2,
                targets: vec![specialist.account]
            }
        );
        // No specialist above tier 2: anyone on duty above it.
        let next = route(&roster, RiskClass::Trafficking, &none, 12, Some(2), &all);
        assert_eq!(
            next,
            Route {
                tier: 3,
                targets: vec![backup.account]
            }
        );
        let past = route(&roster, RiskClass::Trafficking, &none, 12, Some(3), &all);
        assert_eq!(past.tier, 0);
        assert_eq!(past.targets.len(), 3);
        assert_eq!(
            route(&roster, RiskClass::Trafficking, &none, 12, Some(0), &all).tier,
            0
        );
        // A general alert goes by tier alone.
        let plain = route(&roster, RiskClass::General, &none, 12, None, &all);
        assert_eq!(
            plain,
            Route {
                tier: 1,
                targets: vec![general.account]
            }
        );
    }

    #[test]
    fn never_to_the_hidden_nor_off_duty() {
        let named = person(1, &[RiskClass::Trafficking], None);
        let asleep = person(1, &[RiskClass::Trafficking], Some((8, 18)));
        let night = person(2, &[], Some((20, 8)));
        let roster = [named.clone(), asleep.clone(), night.clone()];
        let hidden = |a: AccountId| a == named.account;
        let all = [named.account, asleep.account, night.account];
        let at_night = route(&roster, RiskClass::Trafficking, &hidden, 23, None, &all);
        assert_eq!(
            at_night,
            Route {
                tier: 2,
                targets: vec![night.account]
            }
        );
        let by_day = route(&roster, RiskClass::Trafficking, &hidden, 9, None, &all);
        assert_eq!(
            by_day,
            Route {
                tier: 1,
                targets: vec![asleep.account]
            }
        );
        let past = route(&roster, RiskClass::Trafficking, &hidden, 9, Some(0), &all);
        assert!(!past.targets.contains(&named.account));
        assert_eq!(past.targets.len(), 2);
    }
}
