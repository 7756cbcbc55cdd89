//! Where the SDK keeps what must survive a restart: the enrolment (credential and ids) and
//! the Signal key material. One small trait, two implementations that pass the same
//! conformance tests: [`MemoryStore`] (tests, ephemeral sessions) and [`SqliteStore`] (on
//! disk, for apps).
//!
//! The store is a namespaced key/value map of bytes; typed meaning lives above it. Calls are
//! short local operations (a few small rows), so the trait is synchronous; the crypto worker
//! runs them on its own thread.

mod memory;
mod sqlite;

pub use memory::MemoryStore;
pub use sqlite::SqliteStore;

/// Which kind of record a key belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Namespace {
    /// The enrolment: server address, ids, role and device credential.
    Enrolment,
    /// The device's own identity key pair and registration id.
    LocalIdentity,
    /// One-time Curve25519 prekeys, by id.
    PreKey,
    /// Signed Curve25519 prekeys, by id.
    SignedPreKey,
    /// Kyber prekeys (one-time and last resort), by id.
    KyberPreKey,
    /// Uses of the Kyber last-resort key, so a replayed handshake is refused.
    KyberLastResortUse,
    /// What the app may show offline: the last status of each case, the person's profile.
    Cache,
    /// Signal sessions with other devices, by `account.device`.
    Session,
    /// Other devices' identity keys as first seen (trust on first use), by `account.device`.
    PeerIdentity,
    /// A new identity key a contact's device presented, waiting for the person to accept it.
    PendingIdentity,
    /// Messages written but not yet accepted by the server, by client message id.
    Outbox,
    /// Envelopes already opened, by server id, so a repeat delivery is not shown twice.
    Received,
    /// Signal sender keys (case circles), by `account.device:distribution`.
    SenderKey,
    /// This device's circle in each case: its sender-key distribution and who has it.
    Circle,
    /// Contacts' circle distributions this device holds keys for: distribution → case.
    CircleDistribution,
    /// Sealed-sender access keys: this person's own (`self`) and contacts', by account.
    AccessKey,
    /// Identity keys of contacts' devices the server announced as revoked, by
    /// `account.device.key`: nothing they sign is trusted again.
    RevokedIdentity,
    /// Contacts whose safety number this person verified: a new device of theirs waits
    /// for the person to accept it.
    Verified,
    /// Complaint handlers: the thread keys of complaints this device opened, by complaint.
    ComplaintKey,
    /// Reporters: receipt codes the person chose to keep on this phone, by the time kept.
    Receipt,
    /// Direct messages this device sent in the last 24 hours, by `to:time:id`, so one a
    /// contact's device could not decrypt can be sent again on a fresh session.
    SentLog,
}

impl Namespace {
    pub const ALL: &'static [Namespace] = &[
        Namespace::Enrolment,
        Namespace::LocalIdentity,
        Namespace::PreKey,
        Namespace::SignedPreKey,
        Namespace::KyberPreKey,
        Namespace::KyberLastResortUse,
        Namespace::Cache,
        Namespace::Session,
        Namespace::PeerIdentity,
        Namespace::PendingIdentity,
        Namespace::Outbox,
        Namespace::Received,
        Namespace::SenderKey,
        Namespace::Circle,
        Namespace::CircleDistribution,
        Namespace::AccessKey,
        Namespace::RevokedIdentity,
        Namespace::Verified,
        Namespace::ComplaintKey,
        Namespace::Receipt,
        Namespace::SentLog,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Namespace::Enrolment => "enrolment",
            Namespace::LocalIdentity => "local_identity",
            Namespace::PreKey => "prekey",
            Namespace::SignedPreKey => "signed_prekey",
            Namespace::KyberPreKey => "kyber_prekey",
            Namespace::KyberLastResortUse => "kyber_last_resort_use",
            Namespace::Cache => "cache",
            Namespace::Session => "session",
            Namespace::PeerIdentity => "peer_identity",
            Namespace::PendingIdentity => "pending_identity",
            Namespace::Outbox => "outbox",
            Namespace::Received => "received",
            Namespace::SenderKey => "sender_key",
            Namespace::Circle => "circle",
            Namespace::CircleDistribution => "circle_distribution",
            Namespace::AccessKey => "access_key",
            Namespace::RevokedIdentity => "revoked_identity",
            Namespace::Verified => "verified",
            Namespace::ComplaintKey => "complaint_key",
            Namespace::Receipt => "receipt",
            Namespace::SentLog => "sent_log",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("local store: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The store file exists but does not open with this key (or is not a store at all).
    /// Nothing in it was read or changed.
    #[error("local store: the key does not open this store")]
    WrongKey,
    #[error("local store: {0}")]
    Other(String),
}

/// A namespaced key/value store of bytes. Implementations must be safe to share between
/// threads; each call is atomic on its own, and `put_many` writes all of its records or none.
pub trait Store: Send + Sync + 'static {
    fn get(&self, ns: Namespace, key: &str) -> Result<Option<Vec<u8>>, StoreError>;
    fn put(&self, ns: Namespace, key: &str, value: &[u8]) -> Result<(), StoreError> {
        self.put_many(&[(ns, key.to_owned(), value.to_vec())])
    }
    fn put_many(&self, records: &[(Namespace, String, Vec<u8>)]) -> Result<(), StoreError>;
    fn delete(&self, ns: Namespace, key: &str) -> Result<(), StoreError>;
    /// Every key of a namespace, sorted.
    fn keys(&self, ns: Namespace) -> Result<Vec<String>, StoreError>;
    /// Erases everything (the device was revoked): keys, sessions, outbox, caches. A store
    /// on disk also overwrites the freed space, so none of it can be read back from the file.
    fn wipe(&self) -> Result<(), StoreError> {
        for ns in Namespace::ALL {
            for key in self.keys(*ns)? {
                self.delete(*ns, &key)?;
            }
        }
        Ok(())
    }
}

/// The same tests for every [`Store`] implementation.
#[cfg(test)]
pub(crate) mod conformance {
    use super::*;

    pub fn run(store: &dyn Store) {
        round_trip(store);
        namespaces_are_separate(store);
        overwrite_and_delete(store);
        put_many_is_all_or_nothing_visible(store);
    }

    fn round_trip(store: &dyn Store) {
        assert_eq!(store.get(Namespace::PreKey, "1").unwrap(), None);
        store.put(Namespace::PreKey, "1", b"one").unwrap();
        assert_eq!(
            store.get(Namespace::PreKey, "1").unwrap().as_deref(),
            Some(&b"one"[..])
        );
        store.put(Namespace::PreKey, "2", &[]).unwrap();
        assert_eq!(
            store.get(Namespace::PreKey, "2").unwrap().as_deref(),
            Some(&[][..])
        );
        assert_eq!(store.keys(Namespace::PreKey).unwrap(), vec!["1", "2"]);
    }

    fn namespaces_are_separate(store: &dyn Store) {
        store.put(Namespace::SignedPreKey, "1", b"signed").unwrap();
        assert_eq!(
            store.get(Namespace::PreKey, "1").unwrap().as_deref(),
            Some(&b"one"[..])
        );
        assert_eq!(
            store.get(Namespace::SignedPreKey, "1").unwrap().as_deref(),
            Some(&b"signed"[..])
        );
        assert!(store.keys(Namespace::KyberPreKey).unwrap().is_empty());
    }

    fn overwrite_and_delete(store: &dyn Store) {
        store.put(Namespace::PreKey, "1", b"uno").unwrap();
        assert_eq!(
            store.get(Namespace::PreKey, "1").unwrap().as_deref(),
            Some(&b"uno"[..])
        );
        store.delete(Namespace::PreKey, "1").unwrap();
        assert_eq!(store.get(Namespace::PreKey, "1").unwrap(), None);
        // Deleting what is not there is not an error.
        store.delete(Namespace::PreKey, "1").unwrap();
        assert_eq!(store.keys(Namespace::PreKey).unwrap(), vec!["2"]);
    }

    fn put_many_is_all_or_nothing_visible(store: &dyn Store) {
        let records: Vec<_> = (0..50)
            .map(|i| (Namespace::KyberPreKey, format!("{i:03}"), vec![i as u8; 32]))
            .collect();
        store.put_many(&records).unwrap();
        assert_eq!(store.keys(Namespace::KyberPreKey).unwrap().len(), 50);
        assert_eq!(
            store.get(Namespace::KyberPreKey, "049").unwrap(),
            Some(vec![49u8; 32])
        );
    }
}
