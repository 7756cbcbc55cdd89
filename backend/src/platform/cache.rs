//! Short-lived, in-process memory of facts the message relay reads on every request —
//! who a credential belongs to, whether two people may contact each other, a recipient's
//! devices — so that a message costs a few statements rather than a dozen.
//!
//! Correctness first: every change to accounts, devices, memberships or contact rules
//! bumps a process-wide generation ([`invalidate`]) after it commits, and an entry is
//! only used if it was computed in the current generation and is younger than its TTL (a
//! safety net for changes made by another server node). A revoked device or a blocked
//! contact therefore takes effect on this node at once.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

static GENERATION: AtomicU64 = AtomicU64::new(0);

/// Forgets every cached fact. Call after committing a change that could alter one.
pub fn invalidate() {
    GENERATION.fetch_add(1, Ordering::SeqCst);
}

/// The generation to remember a value under: read it *before* computing the value, so a
/// change committed meanwhile makes the value unusable.
pub fn generation() -> u64 {
    GENERATION.load(Ordering::SeqCst)
}

#[derive(Debug)]
pub struct TtlCache<K, V> {
    ttl: Duration,
    max: usize,
    map: Mutex<HashMap<K, (u64, Instant, V)>>,
}

impl<K: Hash + Eq, V: Clone> TtlCache<K, V> {
    pub fn new(ttl: Duration, max: usize) -> Self {
        TtlCache {
            ttl,
            max,
            map: Mutex::new(HashMap::new()),
        }
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let map = self.map.lock().unwrap_or_else(|p| p.into_inner());
        let (generation, at, value) = map.get(key)?;
        (*generation == self::generation() && at.elapsed() < self.ttl).then(|| value.clone())
    }

    pub fn put(&self, key: K, generation: u64, value: V) {
        let mut map = self.map.lock().unwrap_or_else(|p| p.into_inner());
        if map.len() >= self.max {
            map.clear();
        }
        map.insert(key, (generation, Instant::now(), value));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_makes_every_entry_unusable() {
        let c: TtlCache<u32, &str> = TtlCache::new(Duration::from_secs(60), 10);
        let g = generation();
        c.put(1, g, "a");
        assert_eq!(c.get(&1), Some("a"));
        invalidate();
        assert_eq!(c.get(&1), None);
        // A value computed before a change is never used after it.
        c.put(2, g, "stale");
        assert_eq!(c.get(&2), None);
        let short: TtlCache<u32, &str> = TtlCache::new(Duration::ZERO, 10);
        short.put(1, generation(), "x");
        assert_eq!(short.get(&1), None);
    }
}
