//! Accounts, enrolment and device credentials.
//!
//! A person joins with a one-time enrolment code from their caseworker (or, for staff, from
//! an admin). The device sends its Signal public keys with the code; the server checks both
//! prekey signatures, creates the device and returns a 256-bit credential that it stores only
//! as a SHA-256 hash. Every later call, HTTP or WebSocket, carries the credential.

pub mod http;
pub mod limiter;
pub mod policy;
pub mod repo;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Duration, Utc};
use hmac::{Hmac, Mac};
use kinbridge_l10n::Locale;
use kinbridge_protocol::api::{
    DeviceView, EnrolRequest, EnrolResponse, EnrolmentCodeResponse, MeResponse,
};
use kinbridge_protocol::{AccountId, AccountRole, AgeBand, DeviceId, GrammaticalForm, StaffRole};
use libsignal_protocol::IdentityKey;
use rand::RngCore;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::audit::{self, Actor, Event, Subject};
use crate::db::{DbConn, StorageError, from_db_time, to_db_time, write_tx};
use crate::keys::{KeyKind, KeysError, VerifiedPreKey, verify_signed};
use crate::server_keys::ServerKeys;

pub use http::Caller;

#[derive(Debug, thiserror::Error)]
pub enum AccountsError {
    #[error("enrolment code not valid")]
    CodeInvalid,
    #[error("enrolment code expired")]
    CodeExpired,
    #[error("enrolment code already used")]
    CodeUsed,
    #[error("too many failed enrolments; retry in {0} s")]
    RateLimited(u64),
    #[error("key not readable: {0}")]
    InvalidKey(&'static str),
    #[error("signature does not verify: {0}")]
    InvalidSignature(&'static str),
    #[error("registration id out of range")]
    InvalidRegistrationId,
    #[error("invalid value: {0}")]
    InvalidField(&'static str),
    #[error("no credential")]
    CredentialMissing,
    #[error("credential not valid")]
    CredentialInvalid,
    #[error("device revoked")]
    DeviceRevoked,
    #[error("not allowed")]
    Forbidden,
    #[error("account not found")]
    AccountNotFound,
    #[error("device not found")]
    DeviceNotFound,
    #[error(transparent)]
    Storage(StorageError),
}

crate::storage_errors!(AccountsError);

/// Crockford's base32: no I, L, O or U, so codes read aloud or typed from paper survive.
const CODE_ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CODE_CHARS: usize = 16; // 16 × 5 bits = 80 bits of entropy

/// A one-time enrolment code: 80 random bits as 16 base32 characters, shown grouped as
/// `ABCD-EFGH-JKMN-PQRS`. Never logged, never stored: the database keeps an HMAC of it.
#[derive(Clone, PartialEq, Eq)]
pub struct EnrolmentCode(String);

impl std::fmt::Debug for EnrolmentCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("EnrolmentCode([redacted])")
    }
}

impl EnrolmentCode {
    pub fn generate() -> Self {
        let mut rng = rand::rng();
        let mut out = String::with_capacity(CODE_CHARS);
        for _ in 0..CODE_CHARS {
            let i = (rng.next_u32() % 32) as usize;
            out.push(char::from(CODE_ALPHABET[i]));
        }
        EnrolmentCode(out)
    }

    /// Accepts what people type: any case, spaces and dashes, and the letters people
    /// confuse with digits (O for 0, I and L for 1).
    pub fn parse(raw: &str) -> Result<Self, AccountsError> {
        if raw.len() > 64 {
            return Err(AccountsError::CodeInvalid);
        }
        let mut out = String::with_capacity(CODE_CHARS);
        for c in raw.chars() {
            let c = match c.to_ascii_uppercase() {
                ' ' | '-' => continue,
                'O' => '0',
                'I' | 'L' => '1',
                c => c,
            };
            if !c.is_ascii() || !CODE_ALPHABET.contains(&(c as u8)) {
                return Err(AccountsError::CodeInvalid);
            }
            out.push(c);
        }
        if out.len() != CODE_CHARS {
            return Err(AccountsError::CodeInvalid);
        }
        Ok(EnrolmentCode(out))
    }

    /// The form shown to people.
    pub fn display(&self) -> String {
        let mut s = String::with_capacity(CODE_CHARS + 3);
        for (i, c) in self.0.chars().enumerate() {
            if i > 0 && i % 4 == 0 {
                s.push('-');
            }
            s.push(c);
        }
        s
    }

    /// HMAC-SHA256 under the server's code key: what the database stores and looks up.
    pub fn hash(&self, keys: &ServerKeys) -> Vec<u8> {
        let mut mac = match Hmac::<Sha256>::new_from_slice(keys.code_key()) {
            Ok(m) => m,
            // HMAC takes keys of any length; this arm cannot run.
            Err(_) => return Sha256::digest(self.0.as_bytes()).to_vec(),
        };
        mac.update(self.0.as_bytes());
        mac.finalize().into_bytes().to_vec()
    }
}

/// A device credential: `kb1.<device id>.<256-bit secret, base64url>`.
#[derive(Clone)]
pub struct Credential {
    device_id: DeviceId,
    secret: [u8; 32],
}

impl std::fmt::Debug for Credential {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Credential({}, [redacted])", self.device_id)
    }
}

impl Credential {
    fn generate(device_id: DeviceId) -> Self {
        let mut secret = [0u8; 32];
        rand::rng().fill_bytes(&mut secret);
        Credential { device_id, secret }
    }

    pub fn parse(raw: &str) -> Result<Self, AccountsError> {
        let mut parts = raw.trim().splitn(3, '.');
        let (Some("kb1"), Some(device), Some(secret)) = (parts.next(), parts.next(), parts.next())
        else {
            return Err(AccountsError::CredentialInvalid);
        };
        let device_id = DeviceId::parse(device).map_err(|_| AccountsError::CredentialInvalid)?;
        let secret: [u8; 32] = URL_SAFE_NO_PAD
            .decode(secret)
            .ok()
            .and_then(|b| b.try_into().ok())
            .ok_or(AccountsError::CredentialInvalid)?;
        Ok(Credential { device_id, secret })
    }

    pub fn device_id(&self) -> DeviceId {
        self.device_id
    }

    fn secret_hash(&self) -> [u8; 32] {
        Sha256::digest(self.secret).into()
    }

    /// The string the device sends. Shown once, at enrolment.
    pub fn expose(&self) -> String {
        format!(
            "kb1.{}.{}",
            self.device_id,
            URL_SAFE_NO_PAD.encode(self.secret)
        )
    }
}

/// A staff member's working name: 1 to 80 characters, no control characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisplayName(String);

impl DisplayName {
    pub fn parse(raw: &str) -> Result<Self, AccountsError> {
        let trimmed = raw.trim();
        let len = trimmed.chars().count();
        if len == 0 || len > 80 || trimmed.chars().any(char::is_control) {
            return Err(AccountsError::InvalidField("display_name"));
        }
        Ok(DisplayName(trimmed.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The public keys of an enrolling device, checked with libsignal.
#[derive(Debug, Clone)]
pub struct EnrolmentKeys {
    pub registration_id: i32,
    pub identity_key: Vec<u8>,
    pub signed_prekey: VerifiedPreKey,
    pub kyber_prekey: VerifiedPreKey,
}

/// Registration ids fit in 14 bits (sealed sender v2 needs that).
const MAX_REGISTRATION_ID: u32 = 0x3FFC;

impl From<KeysError> for AccountsError {
    fn from(e: KeysError) -> Self {
        match e {
            KeysError::InvalidKey(f) => AccountsError::InvalidKey(f),
            KeysError::InvalidSignature(f) => AccountsError::InvalidSignature(f),
            KeysError::InvalidField(f) => AccountsError::InvalidField(f),
            KeysError::TooMany | KeysError::NotFound => AccountsError::InvalidField("keys"),
            KeysError::Storage(s) => AccountsError::Storage(s),
        }
    }
}

impl EnrolmentKeys {
    pub fn parse(req: &EnrolRequest) -> Result<Self, AccountsError> {
        if !(1..=MAX_REGISTRATION_ID).contains(&req.registration_id) {
            return Err(AccountsError::InvalidRegistrationId);
        }
        let identity = IdentityKey::decode(req.identity_key.as_ref())
            .map_err(|_| AccountsError::InvalidKey("identity_key"))?;
        let signed = verify_signed(
            &identity,
            &req.signed_prekey,
            KeyKind::Curve,
            "signed_prekey",
        )?;
        let kyber = verify_signed(
            &identity,
            &req.kyber_last_resort_prekey,
            KeyKind::Kyber,
            "kyber_last_resort_prekey",
        )?;
        Ok(EnrolmentKeys {
            registration_id: i32::try_from(req.registration_id)
                .map_err(|_| AccountsError::InvalidRegistrationId)?,
            identity_key: identity.serialize().to_vec(),
            signed_prekey: signed,
            kyber_prekey: kyber,
        })
    }
}

/// Issues a new one-time code for `account`. Part of the caller's transaction.
pub fn issue_code(
    conn: &mut DbConn,
    keys: &ServerKeys,
    account: AccountId,
    created_by: Option<AccountId>,
    now: DateTime<Utc>,
    ttl: Duration,
) -> Result<EnrolmentCodeResponse, AccountsError> {
    let code = EnrolmentCode::generate();
    let expires = now + ttl;
    let account_s = account.to_string();
    let created_by_s = created_by.map(|a| a.to_string());
    repo::insert_code(
        conn,
        &repo::NewCode {
            code_hash: &code.hash(keys),
            account_id: &account_s,
            created_by: created_by_s.as_deref(),
            created_at: to_db_time(now),
            expires_at: to_db_time(expires),
            used_at: None,
        },
    )?;
    Ok(EnrolmentCodeResponse {
        account_id: account,
        code: code.display(),
        expires_at: from_db_time(to_db_time(expires)),
    })
}

/// Creates a staff account and its first enrolment code: by an admin, or by the host
/// (`Actor::System`, the CLI).
pub fn create_staff(
    conn: &mut DbConn,
    keys: &ServerKeys,
    role: StaffRole,
    name: &DisplayName,
    actor: Actor,
    now: DateTime<Utc>,
    ttl: Duration,
) -> Result<EnrolmentCodeResponse, AccountsError> {
    let created_by = match actor {
        Actor::Account { account, .. } => Some(account),
        _ => None,
    };
    write_tx(conn, |conn| {
        let id = AccountId::random();
        let id_s = id.to_string();
        let by = created_by.map(|a| a.to_string());
        repo::insert_account(
            conn,
            &repo::NewAccount {
                id: &id_s,
                role: AccountRole::from(role).as_str(),
                display_name: Some(name.as_str()),
                age_band: None,
                locale: None,
                home_case_id: None,
                created_at: to_db_time(now),
                created_by: by.as_deref(),
                grammatical_form: None,
            },
        )?;
        audit::record(
            conn,
            Event::new(actor, "staff.create")
                .subject(Subject::Account(id))
                .detail(role.as_str()),
            now,
        )?;
        issue_code(conn, keys, id, created_by, now, ttl)
    })
}

/// Enrols a device with a code. Creates nothing unless the code is valid, unexpired and
/// unused, and the keys verified before this was called.
pub fn enrol(
    conn: &mut DbConn,
    keys: &ServerKeys,
    code: &EnrolmentCode,
    device_keys: &EnrolmentKeys,
    now: DateTime<Utc>,
) -> Result<EnrolResponse, AccountsError> {
    let hash = code.hash(keys);
    write_tx(conn, |conn| {
        let row = repo::find_code(conn, &hash)?.ok_or(AccountsError::CodeInvalid)?;
        if row.used_at.is_some() {
            return Err(AccountsError::CodeUsed);
        }
        if from_db_time(row.expires_at) <= now {
            return Err(AccountsError::CodeExpired);
        }
        if !repo::use_code(conn, &hash, to_db_time(now))? {
            return Err(AccountsError::CodeUsed);
        }
        let account =
            repo::find_account(conn, &row.account_id)?.ok_or(AccountsError::CodeInvalid)?;
        let role = AccountRole::parse(&account.role).ok_or(AccountsError::CodeInvalid)?;
        // A reinstall takes the place of a revoked device: the same Signal device number
        // with a new registration id, so contacts' apps see a reinstalled device (410) and
        // start new sessions. What was queued for the old install, which it can no longer
        // read, goes with it.
        let number = match repo::lowest_revoked_device(conn, &row.account_id)? {
            Some((old_id, number)) => {
                repo::remove_device(conn, &old_id)?;
                number
            }
            None => repo::max_device_number(conn, &row.account_id)?.unwrap_or(0) + 1,
        };
        // libsignal device ids are 1..=127.
        if number > 127 {
            return Err(AccountsError::Forbidden);
        }
        let device_id = DeviceId::random();
        let credential = Credential::generate(device_id);
        let device_s = device_id.to_string();
        repo::insert_device(
            conn,
            &repo::NewDevice {
                id: &device_s,
                account_id: &row.account_id,
                device_number: number,
                registration_id: device_keys.registration_id,
                identity_key: &device_keys.identity_key,
                signed_prekey_id: device_keys.signed_prekey.id,
                signed_prekey: &device_keys.signed_prekey.public,
                signed_prekey_signature: &device_keys.signed_prekey.signature,
                kyber_prekey_id: device_keys.kyber_prekey.id,
                kyber_prekey: &device_keys.kyber_prekey.public,
                kyber_prekey_signature: &device_keys.kyber_prekey.signature,
                credential_hash: &credential.secret_hash(),
                created_at: to_db_time(now),
                revoked_at: None,
            },
        )?;
        let account_id: AccountId = parse_id(&row.account_id)?;
        audit::record(
            conn,
            Event::new(
                Actor::Account {
                    account: account_id,
                    device: device_id,
                },
                "account.enrol",
            )
            .subject(Subject::Device(device_id))
            .detail(format!("device_number:{number}")),
            now,
        )?;
        Ok(EnrolResponse {
            account_id,
            device_id,
            device_number: u32::try_from(number).unwrap_or(0),
            role,
            credential: credential.expose(),
        })
    })
}

/// Checks a credential. The secret is compared in constant time; a revoked device is
/// refused at once.
pub fn authenticate(conn: &mut DbConn, credential: &Credential) -> Result<Caller, AccountsError> {
    let device = credential.device_id();
    let row = match auth_cache().get(&device) {
        Some(row) => row,
        None => {
            let generation = crate::cache::generation();
            let row = repo::device_for_auth(conn, &device.to_string())?
                .ok_or(AccountsError::CredentialInvalid)?;
            auth_cache().put(device, generation, row.clone());
            row
        }
    };
    check_credential(credential, &row)
}

/// Authenticates from the cache alone; `None` when the device is not cached.
pub fn authenticate_cached(credential: &Credential) -> Option<Result<Caller, AccountsError>> {
    let row = auth_cache().get(&credential.device_id())?;
    Some(check_credential(credential, &row))
}

/// The stored hash and account are cached briefly (see `crate::cache`); the secret is
/// checked against the hash on every call, cached or not.
fn check_credential(credential: &Credential, row: &repo::AuthRow) -> Result<Caller, AccountsError> {
    let device = credential.device_id();
    let matches: bool = credential
        .secret_hash()
        .ct_eq(row.credential_hash.as_slice())
        .into();
    if !matches {
        return Err(AccountsError::CredentialInvalid);
    }
    if row.revoked_at.is_some() {
        return Err(AccountsError::DeviceRevoked);
    }
    Ok(Caller {
        account_id: parse_id(&row.account_id)?,
        device_id: device,
        device_number: row.device_number,
        role: AccountRole::parse(&row.role).ok_or(AccountsError::CredentialInvalid)?,
    })
}

fn auth_cache() -> &'static crate::cache::TtlCache<DeviceId, repo::AuthRow> {
    static CACHE: std::sync::OnceLock<crate::cache::TtlCache<DeviceId, repo::AuthRow>> =
        std::sync::OnceLock::new();
    CACHE.get_or_init(|| crate::cache::TtlCache::new(std::time::Duration::from_secs(10), 100_000))
}

pub fn me(conn: &mut DbConn, caller: &Caller) -> Result<MeResponse, AccountsError> {
    let row = repo::find_account(conn, &caller.account_id.to_string())?
        .ok_or(AccountsError::AccountNotFound)?;
    Ok(MeResponse {
        account_id: caller.account_id,
        device_id: caller.device_id,
        role: caller.role,
        display_name: row.display_name,
        age_band: row.age_band.as_deref().and_then(AgeBand::parse),
        locale: row.locale,
        grammatical_form: row
            .grammatical_form
            .as_deref()
            .and_then(GrammaticalForm::parse),
    })
}

/// A person sets the language and the form of address their texts use.
pub fn set_preferences(
    conn: &mut DbConn,
    caller: &Caller,
    locale: Option<Option<Locale>>,
    form: Option<Option<GrammaticalForm>>,
    now: DateTime<Utc>,
) -> Result<MeResponse, AccountsError> {
    write_tx(conn, |conn| {
        let locale_s = locale.as_ref().map(|l| l.as_ref().map(ToString::to_string));
        repo::set_preferences(
            conn,
            &caller.account_id.to_string(),
            locale_s.as_ref().map(|l| l.as_deref()),
            form.map(|f| f.map(GrammaticalForm::as_str)),
        )?;
        audit::record(conn, Event::new(caller, "account.preferences.update"), now)?;
        me(conn, caller)
    })
}

/// The devices of `account`, for the account itself or whoever manages it.
pub fn devices_of(
    conn: &mut DbConn,
    caller: &Caller,
    account: AccountId,
    now: DateTime<Utc>,
) -> Result<Vec<DeviceView>, AccountsError> {
    write_tx(conn, |conn| {
        let target = repo::find_account(conn, &account.to_string())?;
        match target {
            Some(t) if policy::may_manage(conn, caller, &t)? => {}
            _ => return Err(AccountsError::AccountNotFound),
        }
        audit::record(
            conn,
            Event::new(caller, "devices.list").subject(Subject::Account(account)),
            now,
        )?;
        repo::devices_of(conn, &account.to_string())?
            .into_iter()
            .map(device_view)
            .collect()
    })
}

/// Revokes a device: its credential is refused from the next call on.
pub fn revoke(
    conn: &mut DbConn,
    caller: &Caller,
    device: DeviceId,
    now: DateTime<Utc>,
) -> Result<DeviceView, AccountsError> {
    write_tx(conn, |conn| {
        let row =
            repo::find_device(conn, &device.to_string())?.ok_or(AccountsError::DeviceNotFound)?;
        let owner =
            repo::find_account(conn, &row.account_id)?.ok_or(AccountsError::DeviceNotFound)?;
        if !policy::may_manage(conn, caller, &owner)? {
            return Err(AccountsError::DeviceNotFound);
        }
        repo::revoke_device(conn, &row.id, to_db_time(now))?;
        audit::record(
            conn,
            Event::new(caller, "device.revoke")
                .subject(Subject::Account(parse_id(&owner.id)?))
                .subject(Subject::Device(device)),
            now,
        )?;
        let row = repo::find_device(conn, &row.id)?.ok_or(AccountsError::DeviceNotFound)?;
        device_view(row)
    })
}

/// A new enrolment code for a staff account (admins only), e.g. for a replacement phone.
pub fn reissue_staff_code(
    conn: &mut DbConn,
    keys: &ServerKeys,
    caller: &Caller,
    account: AccountId,
    now: DateTime<Utc>,
    ttl: Duration,
) -> Result<EnrolmentCodeResponse, AccountsError> {
    policy::require_admin(caller)?;
    write_tx(conn, |conn| {
        let target = repo::find_account(conn, &account.to_string())?
            .filter(|t| t.home_case_id.is_none())
            .ok_or(AccountsError::AccountNotFound)?;
        let id = parse_id(&target.id)?;
        audit::record(
            conn,
            Event::new(caller, "staff.code.reissue").subject(Subject::Account(id)),
            now,
        )?;
        issue_code(conn, keys, id, Some(caller.account_id), now, ttl)
    })
}

pub(crate) fn device_view(row: repo::DeviceRow) -> Result<DeviceView, AccountsError> {
    Ok(DeviceView {
        device_id: parse_id(&row.id)?,
        account_id: parse_id(&row.account_id)?,
        device_number: u32::try_from(row.device_number).unwrap_or(0),
        enrolled_at: from_db_time(row.created_at),
        revoked_at: row.revoked_at.map(from_db_time),
    })
}

/// Reads an id the server itself stored. A malformed one means a damaged row.
pub(crate) fn parse_id<T: std::str::FromStr>(raw: &str) -> Result<T, StorageError> {
    T::from_str(raw).map_err(|_| StorageError::Task("malformed id in storage".to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_have_80_bits_and_survive_how_people_type_them() {
        let code = EnrolmentCode::generate();
        assert_eq!(code.0.len(), 16);
        let shown = code.display();
        assert_eq!(shown.len(), 19);
        assert_eq!(EnrolmentCode::parse(&shown).unwrap(), code);
        assert_eq!(EnrolmentCode::parse(&shown.to_lowercase()).unwrap(), code);
        assert_eq!(
            EnrolmentCode::parse("oooo iiii llll 0000").unwrap().0,
            "0000111111110000"
        );
        assert!(EnrolmentCode::parse("UUUU-UUUU-UUUU-UUUU").is_err());
        assert!(EnrolmentCode::parse("ABCD").is_err());
        assert!(EnrolmentCode::parse(&"A".repeat(100)).is_err());
        assert!(!format!("{code:?}").contains(&code.0));
        assert_ne!(EnrolmentCode::generate(), EnrolmentCode::generate());
    }

    #[test]
    fn codes_hash_under_the_server_key() {
        let code = EnrolmentCode::generate();
        let a = ServerKeys::generate();
        let b = ServerKeys::generate();
        assert_eq!(code.hash(&a), code.hash(&a));
        assert_ne!(code.hash(&a), code.hash(&b));
        assert_eq!(code.hash(&a).len(), 32);
    }

    #[test]
    fn credentials_round_trip_and_refuse_tampering() {
        let c = Credential::generate(DeviceId::random());
        let s = c.expose();
        let back = Credential::parse(&s).unwrap();
        assert_eq!(back.secret_hash(), c.secret_hash());
        assert!(Credential::parse(&s.replace("kb1.", "kb2.")).is_err());
        assert!(Credential::parse(&s[..s.len() - 2]).is_err());
        assert!(Credential::parse("kb1.x.y").is_err());
        assert!(!format!("{c:?}").contains(&s[50..]));
    }

    #[test]
    fn display_names_are_bounded() {
        assert_eq!(
            DisplayName::parse("  Amira K. ").unwrap().as_str(),
            "Amira K."
        );
        assert!(DisplayName::parse("").is_err());
        assert!(DisplayName::parse(&"x".repeat(81)).is_err());
        assert!(DisplayName::parse("a\u{0}b").is_err());
    }
}
