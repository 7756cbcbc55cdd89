//! Rate limits. Each limiter counts events per key in fixed windows: after `max` events
//! within a window the key is refused until the window passes. Taking is one atomic step
//! (check and count together, under the key's own lock), so parallel bursts cannot slip
//! through between a check and a count.
//!
//! The keys live in a bounded cache that forgets keys idle for a window (moka): a flood of
//! new keys (random targets, rotating addresses) cannot grow memory without bound, and its
//! admission policy keeps the keys in use rather than one-off ones. Kept in memory per
//! server process; behind several nodes each node limits on its own.
//!
//! | limiter | key | default |
//! |---|---|---|
//! | enrolment | client address (IPv6: its /64) | 10 failed enrolments per 15 min |
//! | enrolment_code | the code tried | 5 failed tries per 15 min |
//! | bundles | (requester, target) | 30 fetches per hour |
//! | bundles_by_requester | requester | 300 fetches per hour |
//! | sender | sending account | 120 messages per minute |
//! | sender_bytes | sending account | 64 MiB per hour |
//! | sealed | recipient | 120 sealed messages per minute |
//! | sealed_by_source | (recipient, client address) | 30 sealed messages per minute |
//! | access_key_failures | client address | 20 wrong access keys per 15 min |

use std::hash::Hash;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, Utc};
use kinbridge_protocol::AccountId;

use crate::platform::config::Settings;

/// How many keys each limiter remembers at most.
const MAX_KEYS: u64 = 100_000;

/// One key's window: when it started and how many events it counted.
type Window = Arc<Mutex<(DateTime<Utc>, u64)>>;

/// A fixed-window limiter over a bounded, expiring map of keys.
pub struct Limiter<K> {
    max: u64,
    window: Duration,
    windows: moka::sync::Cache<K, Window>,
}

impl<K> std::fmt::Debug for Limiter<K> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Limiter")
            .field("max", &self.max)
            .field("window", &self.window)
            .finish_non_exhaustive()
    }
}

impl<K: Hash + Eq + Clone + Send + Sync + 'static> Limiter<K> {
    pub fn new(max: u64, window: Duration) -> Self {
        let idle = window
            .to_std()
            .unwrap_or(std::time::Duration::from_secs(3600));
        Limiter {
            max,
            window,
            windows: moka::sync::Cache::builder()
                .max_capacity(MAX_KEYS)
                .time_to_idle(idle)
                .build(),
        }
    }

    fn wait(&self, start: DateTime<Utc>, now: DateTime<Utc>) -> u64 {
        u64::try_from((start + self.window - now).num_seconds().max(1)).unwrap_or(1)
    }

    /// Counts `n` events for `key` if they fit in its window: `Err(seconds to wait)` when
    /// they do not (and nothing is counted).
    pub fn take(&self, key: &K, n: u64, now: DateTime<Utc>) -> Result<(), u64> {
        let entry = self
            .windows
            .get_with(key.clone(), || Arc::new(Mutex::new((now, 0))));
        let mut w = entry.lock().unwrap_or_else(|p| p.into_inner());
        if now >= w.0 + self.window {
            *w = (now, 0);
        }
        if w.1.saturating_add(n) > self.max {
            return Err(self.wait(w.0, now));
        }
        w.1 += n;
        Ok(())
    }

    /// Whether `key` has used up its window, without counting anything.
    pub fn check(&self, key: &K, now: DateTime<Utc>) -> Result<(), u64> {
        let Some(entry) = self.windows.get(key) else {
            return Ok(());
        };
        let w = entry.lock().unwrap_or_else(|p| p.into_inner());
        if w.1 >= self.max && now < w.0 + self.window {
            return Err(self.wait(w.0, now));
        }
        Ok(())
    }

    /// Counts one event for `key` whether or not it fits (a failure already happened).
    pub fn record(&self, key: &K, now: DateTime<Utc>) {
        let entry = self
            .windows
            .get_with(key.clone(), || Arc::new(Mutex::new((now, 0))));
        let mut w = entry.lock().unwrap_or_else(|p| p.into_inner());
        if now >= w.0 + self.window {
            *w = (now, 0);
        }
        w.1 = w.1.saturating_add(1);
    }
}

/// An address as a limit key: IPv4 as is, IPv6 by its /64 (one subscriber's prefix), so
/// rotating addresses inside a prefix does not walk around a limit.
pub fn address_key(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(_) => ip,
        IpAddr::V6(v6) => {
            let mut s = v6.segments();
            s[4..].fill(0);
            IpAddr::V6(s.into())
        }
    }
}

/// Every limiter of the node.
#[derive(Debug)]
pub struct Limiters {
    /// Failed enrolments per client address.
    pub enrolment: Limiter<IpAddr>,
    /// Failed tries per code (its hash), wherever they come from.
    pub enrolment_code: Limiter<Vec<u8>>,
    /// Prekey bundle fetches per (requester, target).
    pub bundles: Limiter<(AccountId, AccountId)>,
    /// Prekey bundle fetches per requester, whatever the target.
    pub bundles_by_requester: Limiter<AccountId>,
    /// Identified and circle messages per sending account.
    pub sender: Limiter<AccountId>,
    /// Bytes of ciphertext stored per sending account.
    pub sender_bytes: Limiter<AccountId>,
    /// Sealed sends per recipient.
    pub sealed: Limiter<AccountId>,
    /// Sealed sends per (recipient, client address): one source cannot use up everyone
    /// else's allowance to a person.
    pub sealed_by_source: Limiter<(AccountId, IpAddr)>,
    /// Wrong access keys presented per client address.
    pub access_key_failures: Limiter<IpAddr>,
}

impl Limiters {
    pub fn from_settings(s: &Settings) -> Limiters {
        let minutes = |m| Duration::minutes(m);
        let enrolment_window =
            Duration::seconds(i64::try_from(s.enrolment_failure_window_secs).unwrap_or(i64::MAX));
        Limiters {
            enrolment: Limiter::new(u64::from(s.enrolment_max_failures), enrolment_window),
            enrolment_code: Limiter::new(
                u64::from(s.enrolment_code_max_failures),
                enrolment_window,
            ),
            bundles: Limiter::new(u64::from(s.prekey_fetches_per_hour), Duration::hours(1)),
            bundles_by_requester: Limiter::new(
                u64::from(s.prekey_fetches_per_hour_per_requester),
                Duration::hours(1),
            ),
            sender: Limiter::new(u64::from(s.sender_messages_per_minute), minutes(1)),
            sender_bytes: Limiter::new(s.sender_bytes_per_hour, Duration::hours(1)),
            sealed: Limiter::new(u64::from(s.sealed_messages_per_minute), minutes(1)),
            sealed_by_source: Limiter::new(
                u64::from(s.sealed_messages_per_minute_per_source),
                minutes(1),
            ),
            access_key_failures: Limiter::new(u64::from(s.access_key_max_failures), minutes(15)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_after_max_until_the_window_passes() {
        let l = Limiter::new(3, Duration::minutes(15));
        let ip: IpAddr = "192.0.2.1".parse().unwrap();
        let other: IpAddr = "192.0.2.2".parse().unwrap();
        let t0 = Utc::now();
        for _ in 0..3 {
            assert!(l.check(&ip, t0).is_ok());
            l.record(&ip, t0);
        }
        let wait = l.check(&ip, t0 + Duration::minutes(1)).unwrap_err();
        assert!((800..=840).contains(&wait), "{wait}");
        assert!(l.check(&other, t0).is_ok());
        assert!(l.check(&ip, t0 + Duration::minutes(16)).is_ok());
        l.record(&ip, t0 + Duration::minutes(16));
        assert!(l.check(&ip, t0 + Duration::minutes(16)).is_ok());
    }

    #[test]
    fn taking_is_one_step_and_counts_nothing_when_refused() {
        let l = Limiter::new(10, Duration::minutes(1));
        let t0 = Utc::now();
        assert!(l.take(&1u8, 7, t0).is_ok());
        assert!(l.take(&1u8, 4, t0).is_err(), "7 + 4 > 10");
        assert!(
            l.take(&1u8, 3, t0).is_ok(),
            "the refused 4 were not counted"
        );
        assert!(l.take(&1u8, 1, t0).is_err());
        // Parallel takers never get more than the window holds.
        let l = Arc::new(Limiter::new(100, Duration::minutes(1)));
        let granted: usize = (0..8)
            .map(|_| {
                let l = l.clone();
                std::thread::spawn(move || (0..50).filter(|_| l.take(&2u8, 1, t0).is_ok()).count())
            })
            .map(|t| t.join().unwrap())
            .sum();
        assert_eq!(granted, 100);
    }

    #[test]
    fn ipv6_addresses_limit_by_their_prefix() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:bbbb::9".parse().unwrap();
        let c: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(address_key(a), address_key(b));
        assert_ne!(address_key(a), address_key(c));
        let v4: IpAddr = "192.0.2.7".parse().unwrap();
        assert_eq!(address_key(v4), v4);
    }
}
