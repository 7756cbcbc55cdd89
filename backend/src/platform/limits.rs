//! Rate limits. Each limiter counts events per key in fixed windows: after `max` events
//! within a window the key is refused until the window passes. Taking is one atomic step
//! (check and count together, under the key's own lock), so parallel bursts cannot slip
//! through between a check and a count.
//!
//! The keys live in a bounded cache that forgets keys idle for a window (moka): a flood of
//! new keys (random targets, rotating addresses) cannot grow memory without bound, and its
//! admission policy keeps the keys in use rather than one-off ones.
//!
//! Among several nodes (`redis_url`) every count is kept in Redis instead, so a limit
//! holds across nodes: one script per step (check and count atomically), each key an
//! HMAC, under a key derived from the server keys, of the limit's name and its key (no
//! address or account id is stored in Redis, nor can one be found by trying), expiring
//! with its window. Redis's clock then sets the windows. If Redis does not answer, the
//! node counts in its own memory until it does (each node then limits on its own: looser,
//! never open).
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
use std::sync::{Arc, LazyLock, Mutex};

use chrono::{DateTime, Duration, Utc};
use hmac::{Hmac, Mac};
use kinbridge_protocol::AccountId;
use sha2::Sha256;

use crate::platform::bus::Bus;
use crate::platform::config::Settings;

/// How many keys each limiter remembers at most.
const MAX_KEYS: u64 = 100_000;

/// One key's window: when it started and how many events it counted.
type Window = Arc<Mutex<(DateTime<Utc>, u64)>>;

/// A limit's key as text, before it is hashed into a Redis key.
pub trait LimitKey {
    fn limit_key(&self) -> String;
}

impl LimitKey for IpAddr {
    fn limit_key(&self) -> String {
        self.to_string()
    }
}

impl LimitKey for Vec<u8> {
    fn limit_key(&self) -> String {
        self.iter().map(|b| format!("{b:02x}")).collect()
    }
}

impl LimitKey for AccountId {
    fn limit_key(&self) -> String {
        self.to_string()
    }
}

impl LimitKey for u8 {
    fn limit_key(&self) -> String {
        self.to_string()
    }
}

impl<A: LimitKey, B: LimitKey> LimitKey for (A, B) {
    fn limit_key(&self) -> String {
        format!("{}|{}", self.0.limit_key(), self.1.limit_key())
    }
}

/// Counts `n` if the window holds it: `{1, 0}`, or `{0, ms left}` and nothing counted.
static TAKE: LazyLock<redis::Script> = LazyLock::new(|| {
    redis::Script::new(
        r"local n = tonumber(ARGV[1])
local cur = tonumber(redis.call('GET', KEYS[1]) or '0')
if cur + n > tonumber(ARGV[2]) then
  return {0, redis.call('PTTL', KEYS[1])}
end
if redis.call('INCRBY', KEYS[1], n) == n then
  redis.call('PEXPIRE', KEYS[1], ARGV[3])
end
return {1, 0}",
    )
});

/// Counts one whatever the window holds (`ARGV[1]`: the window in ms); the new count.
/// The complaint desk's flood counts use it too (`platform::proof`).
pub(crate) static RECORD: LazyLock<redis::Script> = LazyLock::new(|| {
    redis::Script::new(
        r"local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return n",
    )
});

/// The ms left in a used-up window, or -3 when the key may go on.
static CHECK: LazyLock<redis::Script> = LazyLock::new(|| {
    redis::Script::new(
        r"local cur = tonumber(redis.call('GET', KEYS[1]) or '0')
if cur >= tonumber(ARGV[1]) then
  return redis.call('PTTL', KEYS[1])
end
return -3",
    )
});

/// Where a limiter among several nodes keeps its counts.
#[derive(Debug)]
struct Shared {
    bus: Bus,
    name: &'static str,
    /// The HMAC key of the Redis keys.
    salt: [u8; 32],
}

/// A fixed-window limiter over a bounded, expiring map of keys (or Redis).
pub struct Limiter<K> {
    max: u64,
    window: Duration,
    windows: moka::sync::Cache<K, Window>,
    shared: Option<Shared>,
}

impl<K> std::fmt::Debug for Limiter<K> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Limiter")
            .field("max", &self.max)
            .field("window", &self.window)
            .field("shared", &self.shared.is_some())
            .finish_non_exhaustive()
    }
}

impl<K: Hash + Eq + Clone + Send + Sync + LimitKey + 'static> Limiter<K> {
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
            shared: None,
        }
    }

    /// The same limiter, counted in Redis when `bus` is set (`name` keeps limits apart).
    fn shared(mut self, bus: Option<(Bus, [u8; 32])>, name: &'static str) -> Self {
        self.shared = bus.map(|(bus, salt)| Shared { bus, name, salt });
        self
    }

    fn wait(&self, start: DateTime<Utc>, now: DateTime<Utc>) -> u64 {
        u64::try_from((start + self.window - now).num_seconds().max(1)).unwrap_or(1)
    }

    fn window_ms(&self) -> i64 {
        self.window.num_milliseconds().max(1)
    }

    /// Seconds to wait, from a Redis key's milliseconds left (a key without one: a window).
    fn wait_ms(&self, ms: i64) -> u64 {
        let ms = if ms > 0 { ms } else { self.window_ms() };
        u64::try_from((ms + 999) / 1000).unwrap_or(1).max(1)
    }

    /// The Redis connection and key for `key`, when counts are shared and Redis answers.
    fn redis(&self, key: &K) -> Option<(redis::aio::MultiplexedConnection, String)> {
        let shared = self.shared.as_ref()?;
        let conn = shared.bus.commands()?;
        let mut h = <Hmac<Sha256> as Mac>::new_from_slice(&shared.salt).ok()?;
        h.update(shared.name.as_bytes());
        h.update(&[0]);
        h.update(key.limit_key().as_bytes());
        let digest: String = h.finalize().into_bytes()[..16]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        Some((
            conn,
            format!("{}:limit:{}:{digest}", shared.bus.prefix(), shared.name),
        ))
    }

    fn fell_back(&self, e: &redis::RedisError) {
        tracing::warn!(error = %e, "a shared rate limit could not reach redis; counted on this node");
    }

    /// Counts `n` events for `key` if they fit in its window: `Err(seconds to wait)` when
    /// they do not (and nothing is counted).
    pub async fn take(&self, key: &K, n: u64, now: DateTime<Utc>) -> Result<(), u64> {
        if let Some((mut conn, rkey)) = self.redis(key) {
            let answer: Result<(i64, i64), _> = TAKE
                .key(rkey)
                .arg(n)
                .arg(self.max)
                .arg(self.window_ms())
                .invoke_async(&mut conn)
                .await;
            match answer {
                Ok((1, _)) => return Ok(()),
                Ok((_, ms)) => return Err(self.wait_ms(ms)),
                Err(e) => self.fell_back(&e),
            }
        }
        self.take_here(key, n, now)
    }

    fn take_here(&self, key: &K, n: u64, now: DateTime<Utc>) -> Result<(), u64> {
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
    pub async fn check(&self, key: &K, now: DateTime<Utc>) -> Result<(), u64> {
        if let Some((mut conn, rkey)) = self.redis(key) {
            let answer: Result<i64, _> =
                CHECK.key(rkey).arg(self.max).invoke_async(&mut conn).await;
            match answer {
                Ok(-3) => return Ok(()),
                Ok(ms) => return Err(self.wait_ms(ms)),
                Err(e) => self.fell_back(&e),
            }
        }
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
    pub async fn record(&self, key: &K, now: DateTime<Utc>) {
        if let Some((mut conn, rkey)) = self.redis(key) {
            let answer: Result<i64, _> = RECORD
                .key(rkey)
                .arg(self.window_ms())
                .invoke_async(&mut conn)
                .await;
            match answer {
                Ok(_) => return,
                Err(e) => self.fell_back(&e),
            }
        }
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
    /// The node's limiters; with `bus` (several nodes), those that protect a person are
    /// counted in Redis. A sender's own message and byte counts stay on each node: they are
    /// on every message's path, and a sender spread over three nodes gets at most three
    /// times their allowance, while a recipient's sealed limit holds.
    pub fn from_settings(s: &Settings, bus: Option<(Bus, [u8; 32])>) -> Limiters {
        let minutes = |m| Duration::minutes(m);
        let enrolment_window =
            Duration::seconds(i64::try_from(s.enrolment_failure_window_secs).unwrap_or(i64::MAX));
        let b = || bus.clone();
        Limiters {
            enrolment: Limiter::new(u64::from(s.enrolment_max_failures), enrolment_window)
                .shared(b(), "enrolment"),
            enrolment_code: Limiter::new(
                u64::from(s.enrolment_code_max_failures),
                enrolment_window,
            )
            .shared(b(), "enrolment_code"),
            bundles: Limiter::new(u64::from(s.prekey_fetches_per_hour), Duration::hours(1))
                .shared(b(), "bundles"),
            bundles_by_requester: Limiter::new(
                u64::from(s.prekey_fetches_per_hour_per_requester),
                Duration::hours(1),
            )
            .shared(b(), "bundles_by_requester"),
            sender: Limiter::new(u64::from(s.sender_messages_per_minute), minutes(1)),
            sender_bytes: Limiter::new(s.sender_bytes_per_hour, Duration::hours(1)),
            sealed: Limiter::new(u64::from(s.sealed_messages_per_minute), minutes(1))
                .shared(b(), "sealed"),
            sealed_by_source: Limiter::new(
                u64::from(s.sealed_messages_per_minute_per_source),
                minutes(1),
            )
            .shared(b(), "sealed_by_source"),
            access_key_failures: Limiter::new(u64::from(s.access_key_max_failures), minutes(15))
                .shared(b(), "access_key_failures"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A limiter without Redis never waits: its futures are ready at once.
    fn now<T>(f: impl std::future::Future<Output = T>) -> T {
        futures_util::FutureExt::now_or_never(f).unwrap()
    }

    #[test]
    fn refuses_after_max_until_the_window_passes() {
        let l = Limiter::new(3, Duration::minutes(15));
        let ip: IpAddr = "192.0.2.1".parse().unwrap();
        let other: IpAddr = "192.0.2.2".parse().unwrap();
        let t0 = Utc::now();
        for _ in 0..3 {
            assert!(now(l.check(&ip, t0)).is_ok());
            now(l.record(&ip, t0));
        }
        let wait = now(l.check(&ip, t0 + Duration::minutes(1))).unwrap_err();
        assert!((800..=840).contains(&wait), "{wait}");
        assert!(now(l.check(&other, t0)).is_ok());
        assert!(now(l.check(&ip, t0 + Duration::minutes(16))).is_ok());
        now(l.record(&ip, t0 + Duration::minutes(16)));
        assert!(now(l.check(&ip, t0 + Duration::minutes(16))).is_ok());
    }

    #[test]
    fn taking_is_one_step_and_counts_nothing_when_refused() {
        let l = Limiter::new(10, Duration::minutes(1));
        let t0 = Utc::now();
        assert!(now(l.take(&1u8, 7, t0)).is_ok());
        assert!(now(l.take(&1u8, 4, t0)).is_err(), "7 + 4 > 10");
        assert!(
            now(l.take(&1u8, 3, t0)).is_ok(),
            "the refused 4 were not counted"
        );
        assert!(now(l.take(&1u8, 1, t0)).is_err());
        // Parallel takers never get more than the window holds.
        let l = Arc::new(Limiter::new(100, Duration::minutes(1)));
        let granted: usize = (0..8)
            .map(|_| {
                let l = l.clone();
                std::thread::spawn(move || {
                    (0..50).filter(|_| now(l.take(&2u8, 1, t0)).is_ok()).count()
                })
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
