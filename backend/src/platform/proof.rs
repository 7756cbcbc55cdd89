//! What callers without an account pay, without anyone being identified: a small proof of
//! work for each call (harder while the desk is flooded), and a memory-hard hash of the
//! secrets they present, so a stolen database does not give those secrets away.
//!
//! A challenge is stateless and signed: purpose ‖ difficulty ‖ expiry ‖ 16 random bytes ‖
//! a 16-byte HMAC over them under a key derived from the server's code key. A proof is a
//! nonce such that SHA-256(challenge ‖ nonce, 8 bytes big-endian) starts with `difficulty`
//! zero bits. Each challenge is accepted once (kept in memory until it expires; among
//! several nodes, in Redis too, so a proof spent on one node is refused on the others).
//! Among several nodes the flood counts are kept in Redis as well, so every node makes
//! proofs harder when the desk as a whole is flooded.

use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, Utc};
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::{Digest, Sha256};

use crate::platform::bus::Bus;
use crate::platform::config::Settings;
use crate::platform::server_keys::ServerKeys;

/// How long a challenge stays valid.
pub const CHALLENGE_LIFETIME_SECS: i64 = 600;
const CHALLENGE_BYTES: usize = 1 + 1 + 8 + 16 + 16;
/// The most bits a flood adds to a proof.
const MAX_EXTRA_BITS: u8 = 8;

/// What a proof is for; each has its own base difficulty and its own measure of flooding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    File,
    Lookup,
}

impl Purpose {
    fn byte(self) -> u8 {
        match self {
            Purpose::File => 1,
            Purpose::Lookup => 2,
        }
    }
}

/// Why a proof was refused (one answer for all of them to the caller).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProofRefused {
    Malformed,
    WrongPurpose,
    Expired,
    TooEasy,
    Unsolved,
    Reused,
}

/// Events counted in one fixed window; past `threshold` in a window, proofs get harder.
#[derive(Debug)]
struct Busy {
    window: Duration,
    threshold: u32,
    state: Mutex<(DateTime<Utc>, u64)>,
    /// The count of every node, as Redis last answered it, and when.
    cluster: Mutex<(DateTime<Utc>, u64)>,
}

impl Busy {
    fn new(window: Duration, threshold: u32) -> Busy {
        Busy {
            window,
            threshold,
            state: Mutex::new((DateTime::<Utc>::MIN_UTC, 0)),
            cluster: Mutex::new((DateTime::<Utc>::MIN_UTC, 0)),
        }
    }

    fn cluster_count(&self, now: DateTime<Utc>, count: u64) {
        *self.cluster.lock().unwrap_or_else(|p| p.into_inner()) = (now, count);
    }

    fn record(&self, now: DateTime<Utc>) {
        let mut s = self.state.lock().unwrap_or_else(|p| p.into_inner());
        if now >= s.0 + self.window {
            *s = (now, 0);
        }
        s.1 = s.1.saturating_add(1);
    }

    /// 4 bits for each doubling past the threshold (at the threshold: 4), at most 8.
    fn extra_bits(&self, now: DateTime<Utc>) -> u8 {
        let count = |s: &(DateTime<Utc>, u64)| if now >= s.0 + self.window { 0 } else { s.1 };
        let here = count(&self.state.lock().unwrap_or_else(|p| p.into_inner()));
        let everywhere = count(&self.cluster.lock().unwrap_or_else(|p| p.into_inner()));
        let n = here.max(everywhere);
        if n < u64::from(self.threshold) {
            return 0;
        }
        let doublings = (n / u64::from(self.threshold.max(1))).ilog2();
        u8::try_from((doublings + 1) * 4)
            .unwrap_or(MAX_EXTRA_BITS)
            .min(MAX_EXTRA_BITS)
    }
}

/// Proofs of work for the calls anyone can make.
#[derive(Debug)]
pub struct Gate {
    key: [u8; 32],
    base_file: u8,
    base_lookup: u8,
    filings: Arc<Busy>,
    lookup_failures: Arc<Busy>,
    used: moka::sync::Cache<[u8; 16], ()>,
    bus: Option<Bus>,
}

impl Gate {
    pub fn new(settings: &Settings, keys: &ServerKeys) -> Gate {
        Gate {
            key: keys.derive("complaint-proof"),
            base_file: settings.complaint_proof_bits_file,
            base_lookup: settings.complaint_proof_bits_lookup,
            filings: Arc::new(Busy::new(
                Duration::hours(1),
                settings.complaint_busy_filings_per_hour,
            )),
            lookup_failures: Arc::new(Busy::new(
                Duration::minutes(15),
                settings.complaint_busy_lookup_failures,
            )),
            bus: None,
            used: moka::sync::Cache::builder()
                .max_capacity(1_000_000)
                .time_to_live(std::time::Duration::from_secs(
                    CHALLENGE_LIFETIME_SECS.unsigned_abs() + 60,
                ))
                .build(),
        }
    }

    /// The difficulty a proof for `purpose` needs now.
    pub fn difficulty(&self, purpose: Purpose, now: DateTime<Utc>) -> u8 {
        match purpose {
            Purpose::File => self.base_file + self.filings.extra_bits(now),
            Purpose::Lookup => self.base_lookup + self.lookup_failures.extra_bits(now),
        }
    }

    fn mac(&self, body: &[u8]) -> [u8; 16] {
        let mut out = [0u8; 16];
        if let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(&self.key) {
            mac.update(body);
            out.copy_from_slice(&mac.finalize().into_bytes()[..16]);
        }
        out
    }

    /// A new challenge: its bytes, difficulty and expiry.
    pub fn challenge(&self, purpose: Purpose, now: DateTime<Utc>) -> (Vec<u8>, u8, DateTime<Utc>) {
        let difficulty = self.difficulty(purpose, now);
        let expires = now + Duration::seconds(CHALLENGE_LIFETIME_SECS);
        let mut c = Vec::with_capacity(CHALLENGE_BYTES);
        c.push(purpose.byte());
        c.push(difficulty);
        c.extend_from_slice(&expires.timestamp().to_be_bytes());
        let mut random = [0u8; 16];
        rand::rng().fill_bytes(&mut random);
        c.extend_from_slice(&random);
        let mac = self.mac(&c);
        c.extend_from_slice(&mac);
        (c, difficulty, expires)
    }

    /// Accepts a solved challenge once.
    pub fn verify(
        &self,
        purpose: Purpose,
        challenge: &[u8],
        nonce: u64,
        now: DateTime<Utc>,
    ) -> Result<(), ProofRefused> {
        if challenge.len() != CHALLENGE_BYTES {
            return Err(ProofRefused::Malformed);
        }
        let (body, mac) = challenge.split_at(CHALLENGE_BYTES - 16);
        if !bool::from(subtle::ConstantTimeEq::ct_eq(&self.mac(body)[..], mac)) {
            return Err(ProofRefused::Malformed);
        }
        if body[0] != purpose.byte() {
            return Err(ProofRefused::WrongPurpose);
        }
        let difficulty = body[1];
        let mut ts = [0u8; 8];
        ts.copy_from_slice(&body[2..10]);
        if now.timestamp() > i64::from_be_bytes(ts) {
            return Err(ProofRefused::Expired);
        }
        if difficulty < self.difficulty(purpose, now) {
            return Err(ProofRefused::TooEasy);
        }
        if leading_zero_bits(challenge, nonce) < u32::from(difficulty) {
            return Err(ProofRefused::Unsolved);
        }
        let mut id = [0u8; 16];
        id.copy_from_slice(&body[10..26]);
        let fresh = self.used.entry(id).or_insert(()).is_fresh();
        if !fresh {
            return Err(ProofRefused::Reused);
        }
        Ok(())
    }

    /// The same gate, sharing spent proofs and flood counts with the other nodes.
    pub fn with_bus(mut self, bus: Option<Bus>) -> Gate {
        self.bus = bus;
        self
    }

    /// Spends a proof that [`Gate::verify`] accepted, on every node: refused if another
    /// node took it first. Without Redis (one node, or Redis unreachable) the node's own
    /// memory, which `verify` already checked, is all there is.
    pub async fn spend(&self, challenge: &[u8]) -> Result<(), ProofRefused> {
        let Some(bus) = &self.bus else {
            return Ok(());
        };
        let Some(mut conn) = bus.commands() else {
            return Ok(());
        };
        let id: String = challenge
            .get(10..26)
            .unwrap_or_default()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let set: Result<Option<String>, _> = redis::cmd("SET")
            .arg(format!("{}:proof:{id}", bus.prefix()))
            .arg(1)
            .arg("NX")
            .arg("PX")
            .arg((CHALLENGE_LIFETIME_SECS + 60) * 1000)
            .query_async(&mut conn)
            .await;
        match set {
            Ok(Some(_)) => Ok(()),
            Ok(None) => Err(ProofRefused::Reused),
            Err(e) => {
                tracing::warn!(error = %e, "a spent proof could not be recorded in redis; this node's memory holds it");
                Ok(())
            }
        }
    }

    /// Counts an event in Redis too (in the background) and keeps the total it answers.
    fn count_everywhere(&self, busy: &Arc<Busy>, name: &'static str, now: DateTime<Utc>) {
        let Some(bus) = &self.bus else { return };
        let Some(mut conn) = bus.commands() else {
            return;
        };
        let (busy, key) = (busy.clone(), format!("{}:busy:{name}", bus.prefix()));
        let window_ms = busy.window.num_milliseconds().max(1);
        tokio::spawn(async move {
            let counted: Result<u64, _> = crate::platform::limits::RECORD
                .key(key)
                .arg(window_ms)
                .invoke_async(&mut conn)
                .await;
            if let Ok(n) = counted {
                busy.cluster_count(now, n);
            }
        });
    }

    /// A complaint was filed (filings past the hourly threshold make proofs harder).
    pub fn filed(&self, now: DateTime<Utc>) {
        self.filings.record(now);
        self.count_everywhere(&self.filings, "filings", now);
    }

    /// A receipt lookup found nothing (failures past the threshold make proofs harder).
    pub fn lookup_failed(&self, now: DateTime<Utc>) {
        self.lookup_failures.record(now);
        self.count_everywhere(&self.lookup_failures, "lookup_failures", now);
    }
}

/// The number of leading zero bits of SHA-256(challenge ‖ nonce).
pub fn leading_zero_bits(challenge: &[u8], nonce: u64) -> u32 {
    let digest = Sha256::new()
        .chain_update(challenge)
        .chain_update(nonce.to_be_bytes())
        .finalize();
    let mut bits = 0;
    for byte in digest {
        if byte == 0 {
            bits += 8;
        } else {
            bits += byte.leading_zeros();
            break;
        }
    }
    bits
}

/// Argon2id over secrets callers present (receipt lookups), with a salt derived from the
/// server's code key (no username to hang a per-secret salt on; a database alone cannot be
/// searched without the key file). At most two hashes run at once, on blocking threads.
#[derive(Debug)]
pub struct SlowHash {
    params: argon2::Params,
    salt: [u8; 16],
    permits: tokio::sync::Semaphore,
}

impl SlowHash {
    pub fn new(settings: &Settings, keys: &ServerKeys) -> Result<SlowHash, String> {
        let params = argon2::Params::new(
            settings.complaint_receipt_memory_kib,
            settings.complaint_receipt_iterations,
            settings.complaint_receipt_parallelism,
            Some(32),
        )
        .map_err(|e| format!("complaint receipt Argon2id parameters: {e}"))?;
        let mut salt = [0u8; 16];
        salt.copy_from_slice(&keys.derive("complaint-receipt-salt")[..16]);
        Ok(SlowHash {
            params,
            salt,
            permits: tokio::sync::Semaphore::new(2),
        })
    }

    /// The Argon2id hash of `secret` (32 bytes).
    pub async fn hash(&self, secret: Vec<u8>) -> Result<Vec<u8>, String> {
        let _permit = self
            .permits
            .acquire()
            .await
            .map_err(|e| format!("hashing stopped: {e}"))?;
        let (params, salt) = (self.params.clone(), self.salt);
        tokio::task::spawn_blocking(move || {
            let argon =
                argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
            let mut out = vec![0u8; 32];
            argon
                .hash_password_into(&secret, &salt, &mut out)
                .map_err(|e| format!("Argon2id: {e}"))?;
            Ok(out)
        })
        .await
        .map_err(|e| format!("hashing task: {e}"))?
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn solve(challenge: &[u8], difficulty: u8) -> u64 {
        (0u64..)
            .find(|n| leading_zero_bits(challenge, *n) >= u32::from(difficulty))
            .unwrap_or(0)
    }

    fn gate(threshold: u32) -> Gate {
        let settings = Settings {
            complaint_proof_bits_file: 8,
            complaint_proof_bits_lookup: 8,
            complaint_busy_lookup_failures: threshold,
            ..Settings::default()
        };
        Gate::new(&settings, &ServerKeys::generate())
    }

    #[test]
    fn a_proof_is_accepted_once_for_its_purpose_before_it_expires() {
        let g = gate(10);
        let now = Utc::now();
        let (c, d, _) = g.challenge(Purpose::Lookup, now);
        assert_eq!(d, 8);
        let nonce = solve(&c, d);
        assert_eq!(
            g.verify(Purpose::File, &c, nonce, now),
            Err(ProofRefused::WrongPurpose)
        );
        let unsolved = (0u64..)
            .find(|n| leading_zero_bits(&c, *n) < 8)
            .unwrap_or(0);
        assert_eq!(
            g.verify(Purpose::Lookup, &c, unsolved, now),
            Err(ProofRefused::Unsolved)
        );
        let late = now + Duration::seconds(CHALLENGE_LIFETIME_SECS + 1);
        assert_eq!(
            g.verify(Purpose::Lookup, &c, nonce, late),
            Err(ProofRefused::Expired)
        );
        assert_eq!(g.verify(Purpose::Lookup, &c, nonce, now), Ok(()));
        assert_eq!(
            g.verify(Purpose::Lookup, &c, nonce, now),
            Err(ProofRefused::Reused)
        );
        let mut forged = c.clone();
        forged[1] = 1;
        assert_eq!(
            g.verify(Purpose::Lookup, &forged, nonce, now),
            Err(ProofRefused::Malformed)
        );
        let other = gate(10);
        assert_eq!(
            other.verify(Purpose::Lookup, &c, nonce, now),
            Err(ProofRefused::Malformed)
        );
    }

    #[test]
    fn filings_past_the_hourly_threshold_make_filing_harder() {
        let settings = Settings {
            complaint_proof_bits_file: 10,
            complaint_busy_filings_per_hour: 5,
            ..Settings::default()
        };
        let g = Gate::new(&settings, &ServerKeys::generate());
        let now = Utc::now();
        for _ in 0..4 {
            g.filed(now);
        }
        assert_eq!(g.difficulty(Purpose::File, now), 10);
        g.filed(now);
        assert_eq!(g.difficulty(Purpose::File, now), 14);
        assert_eq!(
            g.difficulty(Purpose::Lookup, now),
            16,
            "lookups are measured apart"
        );
        assert_eq!(g.difficulty(Purpose::File, now + Duration::minutes(61)), 10);
    }

    #[test]
    fn failures_past_the_threshold_make_proofs_harder_until_the_window_passes() {
        let g = gate(4);
        let now = Utc::now();
        let (easy, d, _) = g.challenge(Purpose::Lookup, now);
        for _ in 0..3 {
            g.lookup_failed(now);
        }
        assert_eq!(g.difficulty(Purpose::Lookup, now), 8);
        g.lookup_failed(now);
        assert_eq!(g.difficulty(Purpose::Lookup, now), 12);
        for _ in 0..4 {
            g.lookup_failed(now);
        }
        assert_eq!(g.difficulty(Purpose::Lookup, now), 16);
        for _ in 0..100 {
            g.lookup_failed(now);
        }
        assert_eq!(
            g.difficulty(Purpose::Lookup, now),
            16,
            "at most 8 bits more"
        );
        assert_eq!(
            g.difficulty(Purpose::File, now),
            8,
            "filing is measured apart"
        );
        let nonce = solve(&easy, d);
        assert_eq!(
            g.verify(Purpose::Lookup, &easy, nonce, now),
            Err(ProofRefused::TooEasy)
        );
        let later = now + Duration::minutes(16);
        assert_eq!(g.difficulty(Purpose::Lookup, later), 8);
    }
}
