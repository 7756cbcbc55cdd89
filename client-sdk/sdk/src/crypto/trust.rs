//! Device trust: what the server announces about contacts' devices (added, revoked), and
//! the safety number, which covers every device of both people.

use kinbridge_protocol::AccountId;
use libsignal_protocol::IdentityKey;
use sha2::{Digest, Sha512};

use super::{CryptoWorker, Worker, crypto};
use crate::SdkError;
use crate::signal::revoked_key;
use crate::store::Namespace;

/// Safety numbers: libsignal's version 2 construction, 5,200 rounds of SHA-512.
const FINGERPRINT_ITERATIONS: u32 = 5200;

impl CryptoWorker {
    /// A contact's device was revoked: nothing signed with its key is trusted again, and
    /// the session with it goes.
    pub async fn device_revoked(
        &self,
        account: AccountId,
        device: u32,
        identity: Vec<u8>,
    ) -> Result<(), SdkError> {
        self.run(async move |w| w.device_revoked(account, device, &identity))
            .await
    }

    /// A contact has a new device: known at once (trust on first use), or held for the
    /// person to accept when they verified this contact. Returns whether it is held.
    pub async fn device_added(
        &self,
        account: AccountId,
        device: u32,
        identity: Vec<u8>,
    ) -> Result<bool, SdkError> {
        self.run(async move |w| w.device_added(account, device, &identity))
            .await
    }

    /// The 60-digit safety number between this person (`local`, the identity keys of all
    /// their devices by number) and a contact (every device of theirs this device knows).
    pub async fn safety_number(
        &self,
        local: AccountId,
        local_keys: Vec<(u32, Vec<u8>)>,
        remote: AccountId,
    ) -> Result<String, SdkError> {
        self.run(async move |w| w.safety_number(local, local_keys, remote))
            .await
    }
}

/// One side of a safety number: libsignal's fingerprint construction over the identity
/// keys of all of a person's devices, in device order (for one device, exactly libsignal's).
fn fingerprint_half(id: &[u8], keys: &[Vec<u8>]) -> Vec<u8> {
    let key_bytes: Vec<u8> = keys.concat();
    let mut digest = Sha512::new();
    digest.update([0u8, 0u8]);
    digest.update(&key_bytes);
    digest.update(id);
    digest.update(&key_bytes);
    let mut buf = digest.finalize();
    for _ in 1..FINGERPRINT_ITERATIONS {
        let mut digest = Sha512::new();
        digest.update(&buf[..]);
        digest.update(&key_bytes);
        buf = digest.finalize();
    }
    buf.to_vec()
}

/// Thirty digits: six groups of five, each five bytes read big-endian modulo 100,000.
fn digits(half: &[u8]) -> String {
    half.chunks_exact(5)
        .take(6)
        .map(|c| c.iter().fold(0u64, |acc, &b| (acc << 8) | u64::from(b)) % 100_000)
        .map(|n| format!("{n:05}"))
        .collect()
}

/// The displayable safety number: both halves, the smaller first, so both people see the
/// same sixty digits.
fn safety_number(local: (&[u8], &[Vec<u8>]), remote: (&[u8], &[Vec<u8>])) -> String {
    let (a, b) = (
        digits(&fingerprint_half(local.0, local.1)),
        digits(&fingerprint_half(remote.0, remote.1)),
    );
    if a < b { a + &b } else { b + &a }
}

impl Worker {
    fn device_revoked(
        &mut self,
        account: AccountId,
        device: u32,
        identity: &[u8],
    ) -> Result<(), SdkError> {
        let key = format!("{account}.{device}");
        self.store.put(
            Namespace::RevokedIdentity,
            &revoked_key(&key, identity),
            &[],
        )?;
        // The session belongs to the revoked install (a reinstall at the same number has
        // another key and keeps its own).
        if self.store.get(Namespace::PeerIdentity, &key)?.as_deref() == Some(identity) {
            self.store.delete(Namespace::PeerIdentity, &key)?;
            self.store.delete(Namespace::Session, &key)?;
        }
        if self.store.get(Namespace::PendingIdentity, &key)?.as_deref() == Some(identity) {
            self.store.delete(Namespace::PendingIdentity, &key)?;
        }
        Ok(())
    }

    fn device_added(
        &mut self,
        account: AccountId,
        device: u32,
        identity: &[u8],
    ) -> Result<bool, SdkError> {
        let key = format!("{account}.{device}");
        let verified = self
            .store
            .get(Namespace::Verified, &account.to_string())?
            .is_some();
        match self.store.get(Namespace::PeerIdentity, &key)? {
            Some(known) if known == identity => Ok(false),
            None if !verified => {
                self.store.put(Namespace::PeerIdentity, &key, identity)?;
                Ok(false)
            }
            // A verified contact's new device, or another key at a number already known:
            // the person decides.
            _ => {
                self.store.put(Namespace::PendingIdentity, &key, identity)?;
                Ok(true)
            }
        }
    }

    fn safety_number(
        &mut self,
        local: AccountId,
        mut local_keys: Vec<(u32, Vec<u8>)>,
        remote: AccountId,
    ) -> Result<String, SdkError> {
        // This device's own key always counts, even when the list could not be fetched.
        let mine = self.identity_pair()?.identity_key().serialize().to_vec();
        if !local_keys.iter().any(|(_, k)| *k == mine) {
            local_keys.push((0, mine));
        }
        local_keys.sort();
        let prefix = format!("{remote}.");
        let mut theirs: Vec<(u32, Vec<u8>)> = Vec::new();
        for key in self.store.keys(Namespace::PeerIdentity)? {
            if let Some(d) = key
                .strip_prefix(&prefix)
                .and_then(|d| d.parse::<u32>().ok())
            {
                if let Some(bytes) = self.store.get(Namespace::PeerIdentity, &key)? {
                    IdentityKey::decode(&bytes).map_err(crypto)?;
                    theirs.push((d, bytes));
                }
            }
        }
        if theirs.is_empty() {
            return Err(crypto("no identity known for this contact yet"));
        }
        theirs.sort();
        let keys = |v: Vec<(u32, Vec<u8>)>| v.into_iter().map(|(_, k)| k).collect::<Vec<_>>();
        Ok(safety_number(
            (local.as_uuid().as_bytes(), &keys(local_keys)),
            (remote.as_uuid().as_bytes(), &keys(theirs)),
        ))
    }
}

#[cfg(test)]
mod tests {
    use libsignal_protocol::{Fingerprint, IdentityKeyPair};

    use super::*;

    #[test]
    fn one_device_each_is_exactly_libsignals_safety_number() {
        let mut rng = rand::rng();
        let (a, b) = (
            IdentityKeyPair::generate(&mut rng),
            IdentityKeyPair::generate(&mut rng),
        );
        let (ida, idb) = (AccountId::random(), AccountId::random());
        let ours = safety_number(
            (
                ida.as_uuid().as_bytes(),
                &[a.identity_key().serialize().to_vec()],
            ),
            (
                idb.as_uuid().as_bytes(),
                &[b.identity_key().serialize().to_vec()],
            ),
        );
        let theirs = Fingerprint::new(
            2,
            FINGERPRINT_ITERATIONS,
            ida.as_uuid().as_bytes(),
            a.identity_key(),
            idb.as_uuid().as_bytes(),
            b.identity_key(),
        )
        .unwrap()
        .display_string()
        .unwrap();
        assert_eq!(ours, theirs);
    }

    #[test]
    fn another_device_changes_the_number_and_both_sides_agree() {
        let key = || {
            IdentityKeyPair::generate(&mut rand::rng())
                .identity_key()
                .serialize()
                .to_vec()
        };
        let (ida, idb) = (AccountId::random(), AccountId::random());
        let (a1, b1, b2) = (key(), key(), key());
        let one = safety_number(
            (ida.as_uuid().as_bytes(), std::slice::from_ref(&a1)),
            (idb.as_uuid().as_bytes(), std::slice::from_ref(&b1)),
        );
        let two = safety_number(
            (ida.as_uuid().as_bytes(), std::slice::from_ref(&a1)),
            (idb.as_uuid().as_bytes(), &[b1.clone(), b2.clone()]),
        );
        assert_ne!(one, two);
        let from_b = safety_number(
            (idb.as_uuid().as_bytes(), &[b1, b2]),
            (ida.as_uuid().as_bytes(), &[a1]),
        );
        assert_eq!(two, from_b);
        assert_eq!(two.len(), 60);
    }
}
