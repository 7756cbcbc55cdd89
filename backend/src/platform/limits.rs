//! Rate limits. A fixed-window limiter: after `max` recorded events for a key within a
//! window, the key is refused until the window passes. Used for failed enrolments per
//! client address (guessing 80-bit codes is hopeless anyway; this slows a script hammering
//! the endpoint), prekey-bundle fetches per (requester, target) (nobody drains a child's
//! keys) and sealed sends per recipient (the sender is unknown by design). Kept in memory
//! per server process; behind several nodes each node limits on its own.

use std::collections::HashMap;
use std::hash::Hash;
use std::net::IpAddr;
use std::sync::Mutex;

use chrono::{DateTime, Duration, Utc};
use kinbridge_protocol::AccountId;

use crate::platform::config::Settings;

/// Every limiter of the node.
#[derive(Debug)]
pub struct Limiters {
    /// Failed enrolments per client address.
    pub enrolment: WindowLimiter<IpAddr>,
    /// Prekey bundle fetches per (requester, target).
    pub bundles: WindowLimiter<(AccountId, AccountId)>,
    /// Sealed sends per recipient.
    pub sealed: WindowLimiter<AccountId>,
}

impl Limiters {
    pub fn from_settings(s: &Settings) -> Limiters {
        Limiters {
            enrolment: WindowLimiter::new(
                s.enrolment_max_failures,
                Duration::seconds(
                    i64::try_from(s.enrolment_failure_window_secs).unwrap_or(i64::MAX),
                ),
            ),
            bundles: WindowLimiter::new(s.prekey_fetches_per_hour, Duration::hours(1)),
            sealed: WindowLimiter::new(s.sealed_messages_per_minute, Duration::minutes(1)),
        }
    }
}

#[derive(Debug)]
pub struct WindowLimiter<K> {
    max: u32,
    window: Duration,
    entries: Mutex<HashMap<K, (DateTime<Utc>, u32)>>,
}

impl<K: Hash + Eq + Clone> WindowLimiter<K> {
    pub fn new(max: u32, window: Duration) -> Self {
        WindowLimiter {
            max,
            window,
            entries: Mutex::new(HashMap::new()),
        }
    }

    /// `Err(seconds to wait)` when the key has used up its window.
    pub fn check(&self, key: &K, now: DateTime<Utc>) -> Result<(), u64> {
        let entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        match entries.get(key) {
            Some((start, n)) if *n >= self.max && now < *start + self.window => {
                let wait = (*start + self.window - now).num_seconds().max(1);
                Err(u64::try_from(wait).unwrap_or(1))
            }
            _ => Ok(()),
        }
    }

    pub fn record(&self, key: K, now: DateTime<Utc>) {
        let mut entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        // Forget finished windows so the map cannot grow without bound.
        if entries.len() > 10_000 {
            let window = self.window;
            entries.retain(|_, (start, _)| now < *start + window);
        }
        let entry = entries.entry(key).or_insert((now, 0));
        if now >= entry.0 + self.window {
            *entry = (now, 0);
        }
        entry.1 += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_after_max_failures_until_the_window_passes() {
        let l = WindowLimiter::new(3, Duration::minutes(15));
        let ip: IpAddr = "192.0.2.1".parse().unwrap();
        let other: IpAddr = "192.0.2.2".parse().unwrap();
        let t0 = Utc::now();
        for _ in 0..3 {
            assert!(l.check(&ip, t0).is_ok());
            l.record(ip, t0);
        }
        let wait = l.check(&ip, t0 + Duration::minutes(1)).unwrap_err();
        assert!((800..=840).contains(&wait), "{wait}");
        assert!(l.check(&other, t0).is_ok());
        assert!(l.check(&ip, t0 + Duration::minutes(16)).is_ok());
        l.record(ip, t0 + Duration::minutes(16));
        assert!(l.check(&ip, t0 + Duration::minutes(16)).is_ok());
    }
}
