//! Complaints from the app: filing (with or without an account), following up with a
//! receipt code from any device, and the complaint desk's side (queue, reading on the
//! handler's device, triage).
//!
//! The receipt code is made on the reporter's device and never leaves it: 27 random
//! digits and a check digit (Damm), shown in groups of four — about 89.7 bits, the same in
//! every language, since digits are read and said in every language the app speaks (and
//! Arabic-Indic and Persian digits are read as typed). From it the device derives, with
//! Argon2id (64 MiB, 3 passes, 1 lane: [`RECEIPT_KDF`]) and HKDF-SHA256, the `lookup` the
//! server finds the complaint with (and keeps only under its own Argon2id hash) and the
//! key that unwraps the thread key. Every entry of a thread is sealed with the thread key
//! (AES-256-GCM-SIV), padded so its stored size is one of four buckets.

use std::time::SystemTime;

use aes_gcm_siv::aead::{Aead, KeyInit, Payload};
use aes_gcm_siv::{Aes256GcmSiv, Nonce};
use chrono::{DateTime, Utc};
use kinbridge_l10n::Catalog;
use kinbridge_protocol::complaints::{
    Challenge, ChallengeRequest, ComplaintCategory, ComplaintDesk, ComplaintEntry, ComplaintFiled,
    ComplaintFollowUp, ComplaintLookup, ComplaintMetrics, ComplaintStatus, ComplaintSummary,
    ComplaintView, CustodianGrant, DeskDevice, ENTRY_BUCKETS, EntryAuthor, EntryVisibility,
    FileComplaint, FollowUpStored, IdentityDecision, IdentityRequest, IdentityRequestView,
    KeysShared, NewEntry, OnCall, Proof, ProofPurpose, ReporterView, ShareKeys, StatusChange,
    Triage, WrappedKey,
};
use kinbridge_protocol::{AccountId, AgeBand, B64, ComplaintId};
use libsignal_protocol::{
    DeviceId as SignalDeviceId, IdentityKeyPair, InMemSignalProtocolStore, ProtocolAddress,
    message_encrypt, process_prekey_bundle,
};
use rand::{Rng, RngCore};
use reqwest::Method;
use sha2::{Digest, Sha256};

use crate::client::{ClientConfig, http_client, send_with};
use crate::crypto::prekey_bundle;
use crate::store::{Namespace, Store};
use crate::{Client, SdkError};

/// Argon2id over the receipt code on the device: memory (KiB), passes, lanes. Part of the
/// protocol: a receipt must derive the same secrets on every device and every version.
pub const RECEIPT_KDF: (u32, u32, u32) = (64 * 1024, 3, 1);
const RECEIPT_SALT: &[u8] = b"kinbridge/complaint-receipt/v1";
const ENTRY_AAD: &[u8] = b"kinbridge/complaint-entry/v1";
const REPORTER_KEY_AAD: &[u8] = b"kinbridge/complaint-reporter-key/v1";
/// version ‖ nonce ‖ tag, and the server's 4-byte length prefix.
const SEAL_OVERHEAD: usize = 1 + 12 + 16;
const SERVER_PREFIX: usize = 4;

/// The Damm quasigroup: one check digit catches every single-digit error and every swap
/// of two neighbouring digits.
const DAMM: [[u8; 10]; 10] = [
    [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
    [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
    [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
    [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
    [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
    [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
    [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
    [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
    [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
    [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

fn damm(digits: &[u8]) -> u8 {
    digits.iter().fold(0u8, |interim, d| {
        DAMM[usize::from(interim)][usize::from(*d)]
    })
}

/// The value of a decimal digit in the scripts people type receipts in: ASCII, Arabic-Indic
/// (Arabic) and Extended Arabic-Indic (Persian, Dari, Pashto).
fn digit_value(c: char) -> Option<u8> {
    let v = match c {
        '0'..='9' => u32::from(c) - u32::from('0'),
        '\u{0660}'..='\u{0669}' => u32::from(c) - 0x0660,
        '\u{06F0}'..='\u{06F9}' => u32::from(c) - 0x06F0,
        _ => return None,
    };
    u8::try_from(v).ok()
}

/// A complaint's receipt code: 28 digits, the last one a check digit.
#[derive(Clone, PartialEq, Eq)]
pub struct ReceiptCode {
    digits: Vec<u8>,
}

impl std::fmt::Debug for ReceiptCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ReceiptCode([redacted])")
    }
}

impl ReceiptCode {
    /// Digits in a code, the check digit included.
    pub const DIGITS: usize = 28;
    /// Random digits in a code.
    pub const RANDOM_DIGITS: usize = 27;

    /// The code's strength: 27 random decimal digits, log2(10^27).
    pub fn entropy_bits() -> f64 {
        Self::RANDOM_DIGITS as f64 * 10f64.log2()
    }

    /// A new code from the operating system's randomness.
    pub fn generate() -> ReceiptCode {
        let mut rng = rand::rng();
        let mut digits: Vec<u8> = (0..Self::RANDOM_DIGITS)
            .map(|_| rng.random_range(0..10u8))
            .collect();
        digits.push(damm(&digits));
        ReceiptCode { digits }
    }

    /// A code as typed or pasted: spaces, dashes and dots between groups are ignored;
    /// Arabic-Indic and Persian digits count as digits. A wrong length or check digit is
    /// [`SdkError::ReceiptCodeInvalid`], before anything is sent.
    pub fn parse(typed: &str) -> Result<ReceiptCode, SdkError> {
        let mut digits = Vec::with_capacity(Self::DIGITS);
        for c in typed.chars() {
            match digit_value(c) {
                Some(d) => digits.push(d),
                None if c.is_whitespace() || matches!(c, '-' | '.' | '\u{2010}'..='\u{2015}') => {}
                None => return Err(SdkError::ReceiptCodeInvalid),
            }
        }
        if digits.len() != Self::DIGITS || damm(&digits) != 0 {
            return Err(SdkError::ReceiptCodeInvalid);
        }
        Ok(ReceiptCode { digits })
    }

    /// The code in groups of four, to show or read aloud: `2741 0833 …`.
    pub fn display(&self) -> String {
        self.digits
            .chunks(4)
            .map(|g| g.iter().map(|d| char::from(b'0' + d)).collect::<String>())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// (lookup, wrap key): Argon2id over the digits, then HKDF-SHA256.
    fn secrets(&self) -> Result<([u8; 32], [u8; 32]), SdkError> {
        let (m, t, p) = RECEIPT_KDF;
        let params =
            argon2::Params::new(m, t, p, Some(32)).map_err(|e| SdkError::Crypto(e.to_string()))?;
        let argon =
            argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
        let ascii: Vec<u8> = self.digits.iter().map(|d| b'0' + d).collect();
        let mut master = [0u8; 32];
        argon
            .hash_password_into(&ascii, RECEIPT_SALT, &mut master)
            .map_err(|e| SdkError::Crypto(e.to_string()))?;
        let hk = hkdf::Hkdf::<Sha256>::new(None, &master);
        let (mut lookup, mut wrap) = ([0u8; 32], [0u8; 32]);
        hk.expand(b"lookup", &mut lookup)
            .map_err(|e| SdkError::Crypto(e.to_string()))?;
        hk.expand(b"wrap", &mut wrap)
            .map_err(|e| SdkError::Crypto(e.to_string()))?;
        Ok((lookup, wrap))
    }

    /// The secrets, derived on a blocking thread (Argon2id takes a moment and 64 MiB).
    async fn derive(&self) -> Result<([u8; 32], [u8; 32]), SdkError> {
        let code = self.clone();
        tokio::task::spawn_blocking(move || code.secrets())
            .await
            .map_err(|e| SdkError::Crypto(e.to_string()))?
    }
}

/// Seals bytes with a 32-byte key: version 1 ‖ nonce ‖ AES-256-GCM-SIV(padded bytes).
/// Entries are padded so that what the server stores is exactly one of its buckets.
fn seal(
    key: &[u8; 32],
    bytes: &[u8],
    aad: &[u8],
    pad_to_bucket: bool,
) -> Result<Vec<u8>, SdkError> {
    let mut plain = Vec::with_capacity(bytes.len() + 4);
    plain.extend_from_slice(
        &u32::try_from(bytes.len())
            .map_err(|_| SdkError::Crypto("too long".into()))?
            .to_be_bytes(),
    );
    plain.extend_from_slice(bytes);
    if pad_to_bucket {
        let stored = ENTRY_BUCKETS
            .iter()
            .copied()
            .find(|b| *b >= plain.len() + SEAL_OVERHEAD + SERVER_PREFIX)
            .ok_or_else(|| SdkError::Crypto("this text is too long to send".into()))?;
        plain.resize(stored - SEAL_OVERHEAD - SERVER_PREFIX, 0);
    }
    let cipher = Aes256GcmSiv::new_from_slice(key).map_err(|e| SdkError::Crypto(e.to_string()))?;
    let mut nonce = [0u8; 12];
    rand::rng().fill_bytes(&mut nonce);
    let ct = cipher
        .encrypt(Nonce::from_slice(&nonce), Payload { msg: &plain, aad })
        .map_err(|e| SdkError::Crypto(e.to_string()))?;
    let mut out = Vec::with_capacity(1 + 12 + ct.len());
    out.push(1);
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&ct);
    Ok(out)
}

fn open(key: &[u8; 32], sealed: &[u8], aad: &[u8]) -> Result<Vec<u8>, SdkError> {
    let unreadable = |what: &str| SdkError::ComplaintUnreadable(what.to_owned());
    let (version, rest) = sealed.split_first().ok_or_else(|| unreadable("empty"))?;
    if *version != 1 || rest.len() < 12 + 16 {
        return Err(unreadable("unknown format"));
    }
    let (nonce, ct) = rest.split_at(12);
    let cipher = Aes256GcmSiv::new_from_slice(key).map_err(|e| SdkError::Crypto(e.to_string()))?;
    let plain = cipher
        .decrypt(Nonce::from_slice(nonce), Payload { msg: ct, aad })
        .map_err(|_| unreadable("does not open with this key"))?;
    let (len, body) = plain
        .split_first_chunk::<4>()
        .ok_or_else(|| unreadable("too short"))?;
    let len = usize::try_from(u32::from_be_bytes(*len)).unwrap_or(usize::MAX);
    body.get(..len)
        .map(<[u8]>::to_vec)
        .ok_or_else(|| unreadable("bad length"))
}

/// An entry's text, or `None` when it does not open (any client may post bytes): one bad
/// entry never hides the rest of a thread.
fn readable_text(key: &[u8; 32], sealed: &[u8]) -> Option<String> {
    open(key, sealed, ENTRY_AAD)
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
}

/// A thread's entries, opened with its key (the handler ids only for the desk).
fn open_entries(key: &[u8; 32], entries: &[ComplaintEntry], for_desk: bool) -> Vec<ThreadMessage> {
    entries
        .iter()
        .map(|e| ThreadMessage {
            seq: e.seq,
            author: e.author,
            visibility: e.visibility,
            handler: e.handler.filter(|_| for_desk),
            at: e.at,
            text: readable_text(key, &e.body.0),
        })
        .collect()
}

fn text_of(bytes: Vec<u8>) -> Result<String, SdkError> {
    String::from_utf8(bytes).map_err(|_| SdkError::ComplaintUnreadable("not text".into()))
}

/// Solves a proof-of-work challenge: the first nonce such that SHA-256(challenge ‖ nonce,
/// 8 bytes big-endian) starts with `difficulty` zero bits. Any client can do the same.
pub fn solve_challenge(c: &Challenge) -> Proof {
    let difficulty = u32::from(c.difficulty);
    let nonce = (0u64..)
        .find(|n| {
            let d = Sha256::new()
                .chain_update(&c.challenge.0)
                .chain_update(n.to_be_bytes())
                .finalize();
            let mut bits = 0;
            for b in d {
                if b == 0 {
                    bits += 8;
                } else {
                    bits += b.leading_zeros();
                    break;
                }
            }
            bits >= difficulty
        })
        .unwrap_or(0);
    Proof {
        challenge: c.challenge.clone(),
        nonce,
    }
}

/// Solves a challenge on a blocking thread.
async fn solve(c: Challenge) -> Result<Proof, SdkError> {
    tokio::task::spawn_blocking(move || solve_challenge(&c))
        .await
        .map_err(|e| SdkError::Crypto(e.to_string()))
}

/// What a reporter writes.
#[derive(Debug, Clone)]
pub struct ComplaintDraft {
    pub category: ComplaintCategory,
    /// "A child is in danger now".
    pub urgent: bool,
    /// The reporter's language and age band: the texts about their complaint come in them.
    pub locale: String,
    pub band: AgeBand,
    pub text: String,
    /// A staff member the complaint is about, where the reporter can name one.
    pub about: Option<AccountId>,
}

/// A filed complaint: its receipt code, shown once (keep it with [`keep_receipt`] if the
/// person wants), and the acknowledgement text to show at once.
#[derive(Debug, Clone)]
pub struct Filed {
    pub receipt: ReceiptCode,
    pub filed_at: DateTime<Utc>,
    /// "Thank you. Your complaint arrived…", in the reporter's language and band.
    pub acknowledgement: String,
}

/// One message of a complaint's thread, opened on the device.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThreadMessage {
    pub seq: u32,
    pub author: EntryAuthor,
    pub visibility: EntryVisibility,
    /// For the desk: which handler wrote it (never shown to the reporter).
    pub handler: Option<AccountId>,
    pub at: DateTime<Utc>,
    /// `None` when this entry does not open with the thread key (damaged, or bytes a
    /// client posted that are not a sealed entry); the others still show.
    pub text: Option<String>,
}

/// What the reporter reads with their receipt.
#[derive(Debug, Clone)]
pub struct ReporterThread {
    pub status: ComplaintStatus,
    /// Where it stands, in the reporter's language and band.
    pub status_text: String,
    pub category: ComplaintCategory,
    pub urgent: bool,
    pub filed_at: DateTime<Utc>,
    pub acknowledged_at: Option<DateTime<Utc>>,
    pub messages: Vec<ThreadMessage>,
}

/// What a handler reads on their device.
#[derive(Debug, Clone)]
pub struct DeskThread {
    pub summary: ComplaintSummary,
    pub about: Vec<AccountId>,
    pub messages: Vec<ThreadMessage>,
}

fn audience(band: AgeBand) -> &'static str {
    kinbridge_l10n::audience_key(band)
}

/// A complaint text (`content/complaints`) in the reporter's language and band.
pub fn complaint_text(id_prefix: &str, locale: &str, band: AgeBand) -> String {
    let catalog = Catalog::embedded();
    let chain = catalog.negotiate_header(Some(locale));
    catalog
        .format(&chain, &format!("{id_prefix}-{}", audience(band)), None)
        .text
}

fn status_id(status: ComplaintStatus) -> String {
    format!("complaint-status-{}", status.as_str().replace('_', "-"))
}

/// Calls made without an account (with one, when `client` is given).
struct Anonymous<'a> {
    config: &'a ClientConfig,
    http: reqwest::Client,
    authorization: Option<String>,
}

impl<'a> Anonymous<'a> {
    fn new(config: &'a ClientConfig, client: Option<&Client>) -> Result<Self, SdkError> {
        Ok(Anonymous {
            config,
            http: http_client(config)?,
            authorization: client.map(|c| c.enrolment().authorization()),
        })
    }

    async fn call<Res: serde::de::DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: Option<&(dyn crate::client::erased::Body + Sync)>,
    ) -> Result<Res, SdkError> {
        let headers: Vec<(&'static str, String)> = self
            .authorization
            .iter()
            .map(|a| ("Authorization", a.clone()))
            .collect();
        send_with(&self.http, self.config, method, path, None, &headers, body).await
    }

    async fn proof(&self, purpose: ProofPurpose) -> Result<Proof, SdkError> {
        let c: Challenge = self
            .call(
                Method::POST,
                "/v1/complaints/challenge",
                Some(&ChallengeRequest { purpose }),
            )
            .await?;
        solve(c).await
    }

    /// A call with a fresh proof, tried twice: the desk may have grown busy (harder
    /// proofs) between the challenge and the call.
    async fn with_proof<Res: serde::de::DeserializeOwned, B: serde::Serialize + Sync>(
        &self,
        purpose: ProofPurpose,
        path: &str,
        body: impl Fn(Proof) -> B,
    ) -> Result<Res, SdkError> {
        let mut tries = 0;
        loop {
            let proof = self.proof(purpose).await?;
            match self.call(Method::POST, path, Some(&body(proof))).await {
                Err(SdkError::Api { code, .. })
                    if code == kinbridge_protocol::ErrorCode::ComplaintProofInvalid
                        && tries == 0 =>
                {
                    tries += 1;
                }
                other => return other,
            }
        }
    }
}

/// Wraps the thread key for every desk device with a one-off libsignal identity (a
/// PreKeySignalMessage from each device's lasting bundle).
async fn wrap_for_desk(desk: ComplaintDesk, key: [u8; 32]) -> Result<Vec<WrappedKey>, SdkError> {
    tokio::task::spawn_blocking(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .map_err(|e| SdkError::Crypto(e.to_string()))?;
        runtime.block_on(async move {
            let mut rng = rand::rng();
            let identity = IdentityKeyPair::generate(&mut rng);
            let registration = rng.random_range(1..16_380u32);
            let mut store = InMemSignalProtocolStore::new(identity, registration)
                .map_err(|e| SdkError::Crypto(e.to_string()))?;
            let mut out = Vec::with_capacity(desk.devices.len());
            for d in desk.devices {
                let device = SignalDeviceId::try_from(d.bundle.device_number)
                    .map_err(|e| SdkError::Crypto(e.to_string()))?;
                let addr = ProtocolAddress::new(d.account_id.to_string(), device);
                let bundle = prekey_bundle(&d.bundle)?;
                process_prekey_bundle(
                    &addr,
                    &mut store.session_store,
                    &mut store.identity_store,
                    &bundle,
                    SystemTime::now(),
                    &mut rng,
                )
                .await
                .map_err(|e| SdkError::Crypto(e.to_string()))?;
                let message = message_encrypt(
                    &key,
                    &addr,
                    &mut store.session_store,
                    &mut store.identity_store,
                    SystemTime::now(),
                    &mut rng,
                )
                .await
                .map_err(|e| SdkError::Crypto(e.to_string()))?;
                out.push(WrappedKey {
                    device_id: d.device_id,
                    content: B64(message.serialize().to_vec()),
                });
            }
            Ok(out)
        })
    })
    .await
    .map_err(|e| SdkError::Crypto(e.to_string()))?
}

async fn file_with(
    config: &ClientConfig,
    client: Option<&Client>,
    draft: ComplaintDraft,
) -> Result<Filed, SdkError> {
    let api = Anonymous::new(config, client)?;
    let receipt = ReceiptCode::generate();
    let (lookup, wrap) = receipt.derive().await?;
    let mut key = [0u8; 32];
    rand::rng().fill_bytes(&mut key);
    let body = seal(&key, draft.text.as_bytes(), ENTRY_AAD, true)?;
    let reporter_key = seal(&wrap, &key, REPORTER_KEY_AAD, false)?;
    let mut tries = 0;
    let filed: ComplaintFiled = loop {
        // The desk as it is now; if it changes before the filing lands, once more.
        let desk: ComplaintDesk = api.call(Method::GET, "/v1/complaints/desk", None).await?;
        let keys = wrap_for_desk(desk, key).await?;
        let result = api
            .with_proof(ProofPurpose::File, "/v1/complaints", |proof| {
                FileComplaint {
                    proof,
                    category: draft.category,
                    urgent: draft.urgent,
                    locale: draft.locale.clone(),
                    band: draft.band,
                    lookup: B64(lookup.to_vec()),
                    reporter_key: B64(reporter_key.clone()),
                    keys: keys.clone(),
                    body: B64(body.clone()),
                    about: draft.about,
                }
            })
            .await;
        match result {
            Err(SdkError::Api { code, .. })
                if code == kinbridge_protocol::ErrorCode::ComplaintDeskChanged && tries == 0 =>
            {
                tries += 1;
            }
            other => break other?,
        }
    };
    Ok(Filed {
        acknowledgement: complaint_text("complaint-received", &draft.locale, draft.band),
        receipt,
        filed_at: filed.filed_at,
    })
}

/// Files a complaint without an account, from any device (enrolled or not).
pub async fn file_complaint(
    config: &ClientConfig,
    draft: ComplaintDraft,
) -> Result<Filed, SdkError> {
    file_with(config, None, draft).await
}

/// The reporter's view of a complaint, found with the receipt, with its thread key and
/// the lookup (for a follow-up).
async fn reporter_view(
    api: &Anonymous<'_>,
    receipt: &ReceiptCode,
) -> Result<(ReporterView, [u8; 32], [u8; 32]), SdkError> {
    let (lookup, wrap) = receipt.derive().await?;
    let view: ReporterView = api
        .with_proof(ProofPurpose::Lookup, "/v1/complaints/lookup", |proof| {
            ComplaintLookup {
                proof,
                lookup: B64(lookup.to_vec()),
            }
        })
        .await?;
    let key: [u8; 32] = open(&wrap, &view.reporter_key.0, REPORTER_KEY_AAD)?
        .try_into()
        .map_err(|_| SdkError::ComplaintUnreadable("key of the wrong size".into()))?;
    Ok((view, key, lookup))
}

/// Reads a complaint with its receipt, from any device: status and replies, opened here.
pub async fn read_complaint(
    config: &ClientConfig,
    receipt: &ReceiptCode,
) -> Result<ReporterThread, SdkError> {
    let api = Anonymous::new(config, None)?;
    let (view, key, _) = reporter_view(&api, receipt).await?;
    Ok(ReporterThread {
        messages: open_entries(&key, &view.entries, false),
        status_text: complaint_text(&status_id(view.status), &view.locale, view.band),
        status: view.status,
        category: view.category,
        urgent: view.urgent,
        filed_at: view.filed_at,
        acknowledged_at: view.acknowledged_at,
    })
}

/// Adds to a complaint with its receipt, from any device. The thread key comes from the
/// complaint itself (read first), so this works on a device that never saw it.
pub async fn add_to_complaint(
    config: &ClientConfig,
    receipt: &ReceiptCode,
    text: &str,
) -> Result<(), SdkError> {
    let api = Anonymous::new(config, None)?;
    let (_, key, lookup) = reporter_view(&api, receipt).await?;
    let body = seal(&key, text.as_bytes(), ENTRY_AAD, true)?;
    let _: FollowUpStored = api
        .with_proof(ProofPurpose::Lookup, "/v1/complaints/follow-up", |proof| {
            ComplaintFollowUp {
                proof,
                lookup: B64(lookup.to_vec()),
                body: B64(body.clone()),
            }
        })
        .await?;
    Ok(())
}

/// Keeps a receipt on this phone (only if the person chooses to: a phone may be shared or
/// taken). Returns the name it is kept under.
pub fn keep_receipt(store: &dyn Store, receipt: &ReceiptCode) -> Result<String, SdkError> {
    let name = Utc::now().to_rfc3339();
    store.put(Namespace::Receipt, &name, receipt.display().as_bytes())?;
    Ok(name)
}

/// The receipts kept on this phone, oldest first.
pub fn kept_receipts(store: &dyn Store) -> Result<Vec<(String, ReceiptCode)>, SdkError> {
    let mut out = Vec::new();
    let mut names = store.keys(Namespace::Receipt)?;
    names.sort();
    for name in names {
        if let Some(bytes) = store.get(Namespace::Receipt, &name)? {
            let text = String::from_utf8(bytes).map_err(|_| SdkError::ReceiptCodeInvalid)?;
            out.push((name, ReceiptCode::parse(&text)?));
        }
    }
    Ok(out)
}

/// Forgets a kept receipt on this phone.
pub fn forget_receipt(store: &dyn Store, name: &str) -> Result<(), SdkError> {
    store.delete(Namespace::Receipt, name)?;
    Ok(())
}

impl Client {
    /// Files a complaint as this enrolled person (the desk learns who only through an
    /// approved identity request). Anyone may instead file without an account with
    /// [`file_complaint`].
    pub async fn file_complaint(&self, draft: ComplaintDraft) -> Result<Filed, SdkError> {
        file_with(&self.inner.config, Some(self), draft).await
    }

    /// Complaint handlers: the queue (open ones, or all).
    pub async fn complaint_queue(
        &self,
        open_only: bool,
    ) -> Result<Vec<ComplaintSummary>, SdkError> {
        self.call(
            Method::GET,
            &format!("/v1/complaints?open={open_only}"),
            None,
        )
        .await
    }

    async fn thread_key(&self, view: &ComplaintView) -> Result<[u8; 32], SdkError> {
        let wrapped = view.key.as_ref().map(|k| {
            let from = k.from_account.zip(k.from_device);
            (k.content.0.clone(), from)
        });
        self.inner
            .crypto
            .complaint_key(view.summary.id, wrapped)
            .await
    }

    /// Complaint handlers: wraps the key of every complaint this device can open for the
    /// desk devices that joined after it was filed (a new colleague, a new phone), so they
    /// can read it too. Returns how many keys were shared. Apps call it on `DeskActivity`
    /// and when they start.
    pub async fn share_complaint_keys(&self) -> Result<usize, SdkError> {
        let mut stored = 0usize;
        for c in self.complaint_queue(false).await? {
            let missing: Vec<DeskDevice> = self
                .call(Method::GET, &format!("/v1/complaints/{}/keys", c.id), None)
                .await?;
            let missing: Vec<DeskDevice> = missing
                .into_iter()
                .filter(|d| d.device_id != self.device_id())
                .collect();
            if missing.is_empty() {
                continue;
            }
            let key = match self.view_and_key(c.id).await {
                Ok((_, k)) => k,
                // This device cannot open it either: another one will share it.
                Err(SdkError::ComplaintUnreadable(_)) => continue,
                Err(e) => return Err(e),
            };
            let mut keys = Vec::with_capacity(missing.len());
            for d in missing {
                let content = self
                    .inner
                    .crypto
                    .wrap_complaint_key(d.account_id, d.bundle, key)
                    .await?;
                keys.push(WrappedKey {
                    device_id: d.device_id,
                    content: B64(content),
                });
            }
            let done: KeysShared = self
                .call(
                    Method::POST,
                    &format!("/v1/complaints/{}/keys", c.id),
                    Some(&ShareKeys { keys }),
                )
                .await?;
            stored += usize::try_from(done.stored).unwrap_or(0);
        }
        Ok(stored)
    }

    /// One complaint as the server holds it, and its thread key opened on this device.
    async fn view_and_key(&self, id: ComplaintId) -> Result<(ComplaintView, [u8; 32]), SdkError> {
        let view: ComplaintView = self
            .call(Method::GET, &format!("/v1/complaints/{id}"), None)
            .await?;
        let key = self.thread_key(&view).await?;
        Ok((view, key))
    }

    /// Complaint handlers: one complaint, opened on this device.
    pub async fn open_complaint(&self, id: ComplaintId) -> Result<DeskThread, SdkError> {
        let (view, key) = self.view_and_key(id).await?;
        Ok(DeskThread {
            messages: open_entries(&key, &view.entries, true),
            summary: view.summary,
            about: view.about,
        })
    }

    async fn sealed_for(&self, id: ComplaintId, text: &str) -> Result<B64, SdkError> {
        let (_, key) = self.view_and_key(id).await?;
        Ok(B64(seal(&key, text.as_bytes(), ENTRY_AAD, true)?))
    }

    /// Complaint handlers: a person has seen it.
    pub async fn acknowledge_complaint(
        &self,
        id: ComplaintId,
    ) -> Result<ComplaintSummary, SdkError> {
        self.call(
            Method::POST,
            &format!("/v1/complaints/{id}/acknowledge"),
            None,
        )
        .await
    }

    /// Complaint handlers: write to the reporter (in their language: the handler writes
    /// it), or an internal note only the desk reads.
    pub async fn write_on_complaint(
        &self,
        id: ComplaintId,
        visibility: EntryVisibility,
        text: &str,
    ) -> Result<ComplaintSummary, SdkError> {
        let body = self.sealed_for(id, text).await?;
        self.call(
            Method::POST,
            &format!("/v1/complaints/{id}/entries"),
            Some(&NewEntry { visibility, body }),
        )
        .await
    }

    /// Complaint handlers: move a complaint, optionally telling the reporter.
    pub async fn set_complaint_status(
        &self,
        id: ComplaintId,
        status: ComplaintStatus,
        message: Option<&str>,
    ) -> Result<ComplaintSummary, SdkError> {
        let message = match message {
            Some(text) => Some(self.sealed_for(id, text).await?),
            None => None,
        };
        self.call(
            Method::POST,
            &format!("/v1/complaints/{id}/status"),
            Some(&StatusChange { status, message }),
        )
        .await
    }

    /// Complaint handlers: assign, label, link a case, name who it is about.
    pub async fn triage_complaint(
        &self,
        id: ComplaintId,
        triage: &Triage,
    ) -> Result<ComplaintSummary, SdkError> {
        self.call(
            Method::PUT,
            &format!("/v1/complaints/{id}/triage"),
            Some(triage),
        )
        .await
    }

    /// Complaint handlers: go on call in a tier, or off call.
    pub async fn set_on_call(&self, tier: Option<u8>) -> Result<(), SdkError> {
        let _: serde_json::Value = self
            .call(
                Method::PUT,
                "/v1/complaints/on-call",
                Some(&OnCall { tier }),
            )
            .await?;
        Ok(())
    }

    /// Admins: give or take a complaint handler's custodian right.
    pub async fn set_custodian(&self, account: AccountId, custodian: bool) -> Result<(), SdkError> {
        let _: serde_json::Value = self
            .call(
                Method::PUT,
                &format!("/v1/complaints/custodians/{account}"),
                Some(&CustodianGrant { custodian }),
            )
            .await?;
        Ok(())
    }

    /// Complaint handlers: ask, with a reason (sealed for the desk), to learn who filed.
    pub async fn request_complainant_identity(
        &self,
        id: ComplaintId,
        reason: &str,
    ) -> Result<IdentityRequestView, SdkError> {
        let reason = self.sealed_for(id, reason).await?;
        self.call(
            Method::POST,
            &format!("/v1/complaints/{id}/identity-requests"),
            Some(&IdentityRequest { reason }),
        )
        .await
    }

    /// Complaint handlers: the identity requests of a complaint, reasons opened here.
    pub async fn complainant_identity_requests(
        &self,
        id: ComplaintId,
    ) -> Result<Vec<(IdentityRequestView, String)>, SdkError> {
        let list: Vec<IdentityRequestView> = self
            .call(
                Method::GET,
                &format!("/v1/complaints/{id}/identity-requests"),
                None,
            )
            .await?;
        let (_, key) = self.view_and_key(id).await?;
        list.into_iter()
            .map(|r| {
                let reason = text_of(open(&key, &r.reason.0, ENTRY_AAD)?)?;
                Ok((r, reason))
            })
            .collect()
    }

    /// A complaint handler with the custodian right: approve or refuse.
    pub async fn decide_complainant_identity(
        &self,
        id: ComplaintId,
        request: &str,
        approve: bool,
    ) -> Result<IdentityRequestView, SdkError> {
        self.call(
            Method::POST,
            &format!("/v1/complaints/{id}/identity-requests/{request}/decision"),
            Some(&IdentityDecision { approve }),
        )
        .await
    }

    /// Complaint handlers and supervisors: counts only.
    pub async fn complaint_metrics(&self) -> Result<ComplaintMetrics, SdkError> {
        self.call(Method::GET, "/v1/complaints/metrics", None).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_have_over_80_bits_and_catch_typos() {
        assert!(
            ReceiptCode::entropy_bits() >= 80.0,
            "{}",
            ReceiptCode::entropy_bits()
        );
        let code = ReceiptCode::generate();
        let shown = code.display();
        assert_eq!(shown.split(' ').count(), 7);
        assert_eq!(ReceiptCode::parse(&shown).ok(), Some(code.clone()));
        assert_eq!(
            ReceiptCode::parse(&shown.replace(' ', "-")).ok(),
            Some(code.clone())
        );
        // Every single-digit change is caught.
        let plain: Vec<char> = shown.chars().filter(char::is_ascii_digit).collect();
        for i in 0..plain.len() {
            let mut typo = plain.clone();
            let d = typo[i].to_digit(10).unwrap_or(0);
            typo[i] = char::from_digit((d + 1) % 10, 10).unwrap_or('0');
            let typo: String = typo.into_iter().collect();
            assert!(ReceiptCode::parse(&typo).is_err(), "{typo}");
        }
        assert!(ReceiptCode::parse(&shown[..shown.len() - 1]).is_err());
        assert!(ReceiptCode::parse(&format!("{shown}a")).is_err());
    }

    #[test]
    fn arabic_and_persian_digits_read_as_the_same_code() {
        let code = ReceiptCode::generate();
        let shown = code.display();
        for zero in ['\u{0660}', '\u{06F0}'] {
            let local: String = shown
                .chars()
                .map(|c| match c.to_digit(10) {
                    Some(d) => char::from_u32(u32::from(zero) + d).unwrap_or(c),
                    None => c,
                })
                .collect();
            assert_eq!(
                ReceiptCode::parse(&local).ok(),
                Some(code.clone()),
                "{local}"
            );
        }
    }

    #[test]
    fn sealed_entries_fill_a_bucket_and_open_only_with_their_key() {
        let key = [7u8; 32];
        for n in [0usize, 10, 900, 5_000, 60_000] {
            let text = vec![b'a'; n];
            let sealed = seal(&key, &text, ENTRY_AAD, true).unwrap_or_default();
            assert!(
                ENTRY_BUCKETS.contains(&(sealed.len() + SERVER_PREFIX)),
                "{n}: {}",
                sealed.len()
            );
            assert_eq!(open(&key, &sealed, ENTRY_AAD).ok(), Some(text));
            assert!(open(&[8u8; 32], &sealed, ENTRY_AAD).is_err());
            assert!(open(&key, &sealed, REPORTER_KEY_AAD).is_err());
        }
    }

    #[test]
    fn a_receipt_is_kept_only_when_asked_and_forgotten_on_request() {
        let store = crate::store::MemoryStore::new();
        assert!(kept_receipts(&store).unwrap_or_default().is_empty());
        let code = ReceiptCode::generate();
        let name = keep_receipt(&store, &code).unwrap_or_default();
        let kept = kept_receipts(&store).unwrap_or_default();
        assert_eq!(kept, vec![(name.clone(), code)]);
        forget_receipt(&store, &name).unwrap_or_default();
        assert!(kept_receipts(&store).unwrap_or_default().is_empty());
    }

    #[test]
    fn the_same_code_derives_the_same_secrets_and_another_code_others() {
        let code = ReceiptCode::generate();
        let again = ReceiptCode::parse(&code.display()).unwrap_or_else(|_| ReceiptCode::generate());
        let (a, b) = (code.secrets().ok(), again.secrets().ok());
        assert!(a.is_some());
        assert_eq!(a, b);
        assert_ne!(a, ReceiptCode::generate().secrets().ok());
    }
}
