//! Short-lived memory of the facts the message relay reads on every request — who a
//! credential belongs to, whether two people may contact each other, a person's devices and
//! access key — so that a message costs a few statements rather than a dozen; and of the
//! case statuses children's apps refresh, so a refresh costs its audit event and no reads.
//!
//! The caches are fields of the platform state ([`Caches`]), bounded and with a short time
//! to live (moka). Each is invalidated by the facts it depends on: a repository function
//! that writes such a fact records a [`Change`] on its transaction, and once the
//! transaction commits [`Caches::apply`] drops exactly the entries that change makes
//! stale. A revoked device or a blocked contact therefore takes effect on this node at
//! once. Among several nodes the same changes travel to the others over Redis
//! (`platform::bus`); the time to live is the safety net for changes made by another
//! process (a host command), and while Redis is unreachable an entry is used for at most
//! [`DEGRADED_TTL`].
//!
//! A value read from the database before a change committed must never be stored after
//! it: each cache has an epoch that every invalidation advances, a loader reads it before
//! it queries ([`Cached::epoch`]), and [`Cached::put`] drops a value computed in an earlier
//! epoch.

use std::hash::Hash;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use kinbridge_protocol::api::CaseStatus;
use kinbridge_protocol::{AccountId, CaseId, DeviceId};

use crate::platform::identity::{ActiveDevice, DeviceAuth};

/// How long a cached fact may be used at most.
const TTL: Duration = Duration::from_secs(10);
/// How long a cached fact may be used while the invalidations of other nodes cannot arrive
/// (Redis unreachable).
pub const DEGRADED_TTL: Duration = Duration::from_secs(1);
/// How many entries each cache holds at most.
const MAX_ENTRIES: u64 = 100_000;

/// A fact that a committed write changed.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    /// A device was enrolled, revoked or deleted: its credential check.
    Credential(DeviceId),
    /// An account's set of active devices.
    Devices(AccountId),
    /// Memberships or contact rules: who may contact whom.
    Contacts,
    /// An account's sealed-sender access key.
    AccessKey(AccountId),
    /// A case's stage or a person's language or form of address: the statuses rendered.
    Statuses,
    /// Envelopes were deleted other than by acknowledgement (expiry): the mailbox counts.
    Mailboxes,
}

/// What a device's mailbox holds, as this node's message writer keeps count: counted from
/// the envelopes at `counted_at`, then kept up to date with what this node stores and
/// deletes. Other nodes' sends are not in it, so it is counted again after [`TTL`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mailbox {
    pub envelopes: u64,
    pub bytes: u64,
    pub counted_at: std::time::Instant,
}

impl Mailbox {
    /// Whether it was counted from the envelopes recently enough to go by.
    pub fn fresh(&self) -> bool {
        self.counted_at.elapsed() < TTL
    }
}

/// A status as one member reads it: the case, the reader, and the languages their device
/// asked for (`Accept-Language`).
pub type StatusKey = (CaseId, AccountId, Option<String>);

/// A rendered status, and the language asked for that could not be served.
pub type StatusValue = (CaseStatus, Option<String>);

/// One bounded cache with a time to live and an epoch (see the module documentation).
pub struct Cached<K, V> {
    entries: moka::sync::Cache<K, (V, Instant)>,
    epoch: AtomicU64,
    /// Set while other nodes' invalidations cannot arrive.
    degraded: Arc<AtomicBool>,
}

impl<K, V> std::fmt::Debug for Cached<K, V> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Cached")
            .field("epoch", &self.epoch.load(Ordering::Relaxed))
            .finish_non_exhaustive()
    }
}

impl<K, V> Cached<K, V>
where
    K: Hash + Eq + Clone + Send + Sync + 'static,
    V: Clone + Send + Sync + 'static,
{
    fn new(ttl: Duration, max: u64, degraded: Arc<AtomicBool>) -> Self {
        Cached {
            entries: moka::sync::Cache::builder()
                .max_capacity(max)
                .time_to_live(ttl)
                .build(),
            epoch: AtomicU64::new(0),
            degraded,
        }
    }

    pub fn get(&self, key: &K) -> Option<V> {
        let (value, at) = self.entries.get(key)?;
        if self.degraded.load(Ordering::Relaxed) && at.elapsed() > DEGRADED_TTL {
            return None;
        }
        Some(value)
    }

    /// The epoch to store a value under: read it *before* reading the value.
    pub fn epoch(&self) -> u64 {
        self.epoch.load(Ordering::SeqCst)
    }

    /// Stores a value read in `epoch`, unless something was invalidated since.
    pub fn put(&self, key: K, value: V, epoch: u64) {
        if self.epoch() != epoch {
            return;
        }
        // An invalidation may land between the check and the insert: it advances the
        // epoch before it removes, so looking again after inserting catches it.
        self.entries.insert(key.clone(), (value, Instant::now()));
        if self.epoch() != epoch {
            self.entries.invalidate(&key);
        }
    }

    fn forget(&self, key: &K) {
        self.epoch.fetch_add(1, Ordering::SeqCst);
        self.entries.invalidate(key);
    }

    fn forget_all(&self) {
        self.epoch.fetch_add(1, Ordering::SeqCst);
        self.entries.invalidate_all();
    }
}

/// Every cache of the node.
#[derive(Debug)]
pub struct Caches {
    /// Device → what authenticating it needs.
    pub credentials: Cached<DeviceId, DeviceAuth>,
    /// Account → its active devices.
    pub devices: Cached<AccountId, Vec<ActiveDevice>>,
    /// (a, b) → whether a may contact b.
    pub contacts: Cached<(AccountId, AccountId), bool>,
    /// Account → the hash of its access key, if one is set.
    pub access_keys: Cached<AccountId, Option<Vec<u8>>>,
    /// A member's rendered case status (only for a member allowed to read it).
    pub statuses: Cached<StatusKey, StatusValue>,
    /// Device → what its mailbox holds (kept by the message writer).
    pub mailboxes: Cached<DeviceId, Mailbox>,
    degraded: Arc<AtomicBool>,
}

impl Default for Caches {
    fn default() -> Self {
        Caches::with_ttl(TTL)
    }
}

impl Caches {
    pub fn with_ttl(ttl: Duration) -> Caches {
        let degraded = Arc::new(AtomicBool::new(false));
        let d = || degraded.clone();
        Caches {
            credentials: Cached::new(ttl, MAX_ENTRIES, d()),
            devices: Cached::new(ttl, MAX_ENTRIES, d()),
            contacts: Cached::new(ttl, MAX_ENTRIES, d()),
            access_keys: Cached::new(ttl, MAX_ENTRIES, d()),
            statuses: Cached::new(ttl, MAX_ENTRIES, d()),
            mailboxes: Cached::new(ttl.max(TTL) * 6, MAX_ENTRIES, d()),
            degraded,
        }
    }

    /// While set, entries older than [`DEGRADED_TTL`] are not used (Redis unreachable).
    pub fn set_degraded(&self, on: bool) {
        self.degraded.store(on, Ordering::SeqCst);
    }

    /// Drops every entry (invalidations from other nodes may have been missed).
    pub fn forget_everything(&self) {
        self.credentials.forget_all();
        self.devices.forget_all();
        self.contacts.forget_all();
        self.access_keys.forget_all();
        self.statuses.forget_all();
        self.mailboxes.forget_all();
    }

    /// Drops what a committed change made stale.
    pub fn apply(&self, change: &Change) {
        match change {
            Change::Credential(device) => self.credentials.forget(device),
            Change::Devices(account) => self.devices.forget(account),
            // Membership decides who may read a status, too.
            Change::Contacts => {
                self.contacts.forget_all();
                self.statuses.forget_all();
            }
            Change::Statuses => self.statuses.forget_all(),
            Change::Mailboxes => self.mailboxes.forget_all(),
            Change::AccessKey(account) => self.access_keys.forget(account),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_drops_what_depends_on_it_and_nothing_else() {
        let c = Caches::default();
        let (a, b) = (AccountId::random(), AccountId::random());
        c.access_keys.put(a, Some(vec![1]), c.access_keys.epoch());
        c.access_keys.put(b, None, c.access_keys.epoch());
        c.contacts.put((a, b), true, c.contacts.epoch());
        c.apply(&Change::AccessKey(a));
        assert_eq!(c.access_keys.get(&a), None);
        assert_eq!(c.access_keys.get(&b), Some(None));
        assert_eq!(c.contacts.get(&(a, b)), Some(true));
        c.apply(&Change::Contacts);
        assert_eq!(c.contacts.get(&(a, b)), None);
    }

    #[test]
    fn a_value_read_before_a_change_is_never_stored_after_it() {
        let c = Caches::default();
        let a = AccountId::random();
        let before = c.access_keys.epoch();
        c.apply(&Change::AccessKey(a));
        c.access_keys.put(a, Some(vec![9]), before);
        assert_eq!(c.access_keys.get(&a), None);
        let short = Caches::with_ttl(Duration::ZERO);
        short.contacts.put((a, a), true, short.contacts.epoch());
        assert_eq!(short.contacts.get(&(a, a)), None);
    }
}
