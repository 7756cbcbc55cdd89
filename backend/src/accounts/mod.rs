//! Accounts, enrolment and devices: the owner of the `accounts`, `devices` and
//! `enrolment_codes` tables.
//!
//! A person joins with a one-time enrolment code from their caseworker (or, for staff, from
//! an admin). The device sends its Signal public keys with the code; the server checks both
//! prekey signatures, creates the device and returns a 256-bit credential that it stores only
//! as a SHA-256 hash. Every later call, HTTP or WebSocket, carries the credential (checked
//! by `platform::identity`).
//!
//! The capabilities above ask here for what they need of these tables: profiles
//! ([`find`]), the accounts of people invited into a case ([`create_person`], [`issue_code`]),
//! a device's keys ([`device`], [`replace_signed_prekeys`]), access-key hashes (whose rules
//! are the sealed capability's), and deletion for retention.

pub mod http;
mod policy;
mod repo;

use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use hmac::{Hmac, Mac};
use kinbridge_l10n::Locale;
use kinbridge_protocol::api::{DeviceView, EnrolRequest, EnrolmentCodeResponse, MeResponse};
use kinbridge_protocol::{
    AccountId, AccountRole, AgeBand, B64, CaseId, DeviceId, GrammaticalForm, StaffRole,
};
use libsignal_protocol::IdentityKey;
use rand::RngCore;
use sha2::{Digest, Sha256};

pub use policy::{may_manage, require_admin};
pub use repo::DeviceRow as Device;

use crate::platform::audit::{self, Action, Actor, Event, Subject};
use crate::platform::db::{DbConn, StorageError, Tx, from_db_time, to_db_time};
use crate::platform::identity::{Caller, Credential};
use crate::platform::reach;
use crate::platform::server_keys::ServerKeys;
use crate::platform::signal::{KeyError, KeyKind, VerifiedPreKey, verify_signed};

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
    #[error(transparent)]
    Key(#[from] KeyError),
    #[error("registration id out of range")]
    InvalidRegistrationId,
    #[error("invalid value: {0}")]
    InvalidField(&'static str),
    #[error("not allowed")]
    Forbidden,
    #[error("account not found")]
    AccountNotFound,
    #[error("device not found")]
    DeviceNotFound,
    #[error("the account still has an active device")]
    DevicesActive,
    /// The child is reported missing: no new code and no new device until found.
    #[error("the child is reported missing")]
    ChildMissing,
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

impl EnrolmentKeys {
    pub fn parse(req: &EnrolRequest) -> Result<Self, AccountsError> {
        if !(1..=MAX_REGISTRATION_ID).contains(&req.registration_id) {
            return Err(AccountsError::InvalidRegistrationId);
        }
        let identity = IdentityKey::decode(req.identity_key.as_ref())
            .map_err(|_| KeyError::InvalidKey("identity_key"))?;
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

/// A person's account as other capabilities read it.
#[derive(Debug, Clone)]
pub struct Account {
    pub id: AccountId,
    pub role: AccountRole,
    /// Staff only: the working name children see.
    pub display_name: Option<String>,
    /// Children only.
    pub age_band: Option<AgeBand>,
    pub locale: Option<String>,
    pub grammatical_form: Option<GrammaticalForm>,
    /// The case whose caseworkers manage the account (people invited into a case); `None`
    /// for staff, whom admins manage.
    pub home_case: Option<CaseId>,
}

impl TryFrom<repo::AccountRow> for Account {
    type Error = StorageError;
    fn try_from(row: repo::AccountRow) -> Result<Self, StorageError> {
        Ok(Account {
            id: row.id,
            role: AccountRole::parse(&row.role)
                .ok_or_else(|| StorageError::Task("unknown role in storage".into()))?,
            home_case: row.home_case(),
            display_name: row.display_name,
            age_band: row.age_band.as_deref().and_then(AgeBand::parse),
            locale: row.locale,
            grammatical_form: row
                .grammatical_form
                .as_deref()
                .and_then(GrammaticalForm::parse),
        })
    }
}

/// One account, if it exists.
pub fn find(conn: &mut DbConn, id: AccountId) -> Result<Option<Account>, StorageError> {
    repo::find_account(conn, id)?
        .map(Account::try_from)
        .transpose()
}

/// The accounts among `ids` that exist.
pub fn find_many(conn: &mut DbConn, ids: &[AccountId]) -> Result<Vec<Account>, StorageError> {
    repo::find_accounts(conn, ids)?
        .into_iter()
        .map(Account::try_from)
        .collect()
}

/// The account of a person invited into a case.
#[derive(Debug, Clone)]
pub struct NewPerson<'a> {
    pub role: AccountRole,
    pub display_name: Option<&'a DisplayName>,
    pub age_band: Option<AgeBand>,
    pub locale: Option<&'a Locale>,
    pub grammatical_form: Option<GrammaticalForm>,
    pub home_case: CaseId,
    pub created_by: AccountId,
}

/// Creates the account of a person invited into a case (their code comes from
/// [`issue_code`]).
pub fn create_person(
    tx: &mut Tx<'_>,
    person: &NewPerson<'_>,
    now: DateTime<Utc>,
) -> Result<AccountId, AccountsError> {
    let id = AccountId::random();
    let locale = person.locale.map(ToString::to_string);
    repo::insert_account(
        tx,
        &repo::NewAccount {
            id,
            role: person.role.as_str(),
            display_name: person.display_name.map(DisplayName::as_str),
            age_band: person.age_band.map(AgeBand::as_str),
            locale: locale.as_deref(),
            home_case: Some(person.home_case),
            created_at: to_db_time(now),
            created_by: Some(person.created_by),
            grammatical_form: person.grammatical_form.map(GrammaticalForm::as_str),
        },
    )?;
    Ok(id)
}

/// Issues a new one-time code for `account`, in the caller's transaction.
pub fn issue_code(
    tx: &mut Tx<'_>,
    keys: &ServerKeys,
    account: AccountId,
    created_by: Option<AccountId>,
    now: DateTime<Utc>,
    ttl: Duration,
) -> Result<EnrolmentCodeResponse, AccountsError> {
    // A missing child's phone may be in someone else's hands.
    if reach::is_missing(tx, account)? {
        return Err(AccountsError::ChildMissing);
    }
    let code = EnrolmentCode::generate();
    let expires = to_db_time(now + ttl);
    repo::insert_code(
        tx,
        &code.hash(keys),
        account,
        created_by,
        to_db_time(now),
        expires,
    )?;
    Ok(EnrolmentCodeResponse {
        account_id: account,
        code: code.display(),
        expires_at: from_db_time(expires),
    })
}

/// Cancels an account's enrolment codes not yet used (a child reported missing: a code
/// on paper may be in someone else's hands too). Returns how many.
pub fn cancel_codes(tx: &mut Tx<'_>, account: AccountId) -> Result<usize, StorageError> {
    Ok(repo::delete_unused_codes(tx, account)?)
}

/// Creates a staff account and its first enrolment code: by an admin, or by the host
/// (`Actor::System`, the CLI).
pub fn create_staff(
    tx: &mut Tx<'_>,
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
    let id = AccountId::random();
    repo::insert_account(
        tx,
        &repo::NewAccount {
            id,
            role: AccountRole::from(role).as_str(),
            display_name: Some(name.as_str()),
            age_band: None,
            locale: None,
            home_case: None,
            created_at: to_db_time(now),
            created_by,
            grammatical_form: None,
        },
    )?;
    audit::record(
        tx,
        Event::new(actor, Action::StaffCreate)
            .subject(Subject::Account(id))
            .detail(role.as_str()),
        now,
    )?;
    issue_code(tx, keys, id, created_by, now, ttl)
}

/// An enrolment code that was valid and is now used.
#[derive(Debug, Clone)]
pub struct Redeemed {
    pub account: Account,
    /// Who issued the code (`None`: the host).
    pub issued_by: Option<AccountId>,
}

/// Uses a one-time code: it must exist, be unexpired and unused; it is marked used in the
/// caller's transaction (a rolled-back enrolment leaves it usable).
pub fn redeem_code(
    tx: &mut Tx<'_>,
    keys: &ServerKeys,
    code: &EnrolmentCode,
    now: DateTime<Utc>,
) -> Result<Redeemed, AccountsError> {
    let hash = code.hash(keys);
    let row = repo::find_code(tx, &hash)?.ok_or(AccountsError::CodeInvalid)?;
    if row.used_at.is_some() {
        return Err(AccountsError::CodeUsed);
    }
    if from_db_time(row.expires_at) <= now {
        return Err(AccountsError::CodeExpired);
    }
    // A missing child's codes are cancelled when they are reported missing; one issued
    // since cannot exist. Belt and braces, with the answer any unknown code gets: whoever
    // holds the phone must not learn that the child is being looked for.
    if reach::is_missing(tx, row.account_id)? {
        return Err(AccountsError::CodeInvalid);
    }
    if !repo::use_code(tx, &hash, to_db_time(now))? {
        return Err(AccountsError::CodeUsed);
    }
    let account = find(tx, row.account_id)?.ok_or(AccountsError::CodeInvalid)?;
    Ok(Redeemed {
        account,
        issued_by: row
            .created_by
            .as_deref()
            .and_then(|a| AccountId::parse(a).ok()),
    })
}

/// Adds a device to an account and returns its Signal device number. A reinstall takes
/// the place of a revoked device: the same number with a new registration id, so
/// contacts' apps see a reinstalled device (410) and start new sessions; what was queued
/// for the old install, which it can no longer read, goes with it.
pub fn add_device(
    tx: &mut Tx<'_>,
    account: AccountId,
    credential: &Credential,
    keys: &EnrolmentKeys,
    now: DateTime<Utc>,
) -> Result<u32, AccountsError> {
    let number = match repo::lowest_revoked_device(tx, account)? {
        Some((old, number)) => {
            repo::delete_devices(tx, account, &[old])?;
            number
        }
        None => repo::max_device_number(tx, account)?.unwrap_or(0) + 1,
    };
    // libsignal device ids are 1..=127.
    if number > 127 {
        return Err(AccountsError::Forbidden);
    }
    repo::insert_device(
        tx,
        &repo::NewDevice {
            id: credential.device_id(),
            account_id: account,
            device_number: number,
            registration_id: keys.registration_id,
            identity_key: &keys.identity_key,
            signed_prekey_id: keys.signed_prekey.id,
            signed_prekey: &keys.signed_prekey.public,
            signed_prekey_signature: &keys.signed_prekey.signature,
            kyber_prekey_id: keys.kyber_prekey.id,
            kyber_prekey: &keys.kyber_prekey.public,
            kyber_prekey_signature: &keys.kyber_prekey.signature,
            credential_hash: &credential.secret_hash(),
            created_at: to_db_time(now),
        },
    )?;
    Ok(u32::try_from(number).unwrap_or(0))
}

/// Marks a device revoked: its credential is refused from the next call on.
pub fn revoke_device(
    tx: &mut Tx<'_>,
    account: AccountId,
    device: DeviceId,
    now: DateTime<Utc>,
) -> Result<(), StorageError> {
    Ok(repo::revoke_device(tx, account, device, to_db_time(now))?)
}

pub fn me(conn: &mut DbConn, caller: &Caller) -> Result<MeResponse, AccountsError> {
    let account = find(conn, caller.account_id)?.ok_or(AccountsError::AccountNotFound)?;
    Ok(MeResponse {
        account_id: caller.account_id,
        device_id: caller.device_id,
        role: caller.role,
        display_name: account.display_name,
        age_band: account.age_band,
        locale: account.locale,
        grammatical_form: account.grammatical_form,
    })
}

/// A person sets the language and the form of address their texts use.
pub fn set_preferences(
    tx: &mut Tx<'_>,
    caller: &Caller,
    locale: Option<Option<Locale>>,
    form: Option<Option<GrammaticalForm>>,
    now: DateTime<Utc>,
) -> Result<MeResponse, AccountsError> {
    let locale_s = locale.as_ref().map(|l| l.as_ref().map(ToString::to_string));
    repo::set_preferences(
        tx,
        caller.account_id,
        locale_s.as_ref().map(|l| l.as_deref()),
        form.map(|f| f.map(GrammaticalForm::as_str)),
    )?;
    audit::record(
        tx,
        Event::new(caller, Action::AccountPreferencesUpdate),
        now,
    )?;
    me(tx, caller)
}

impl From<repo::DeviceRow> for DeviceView {
    fn from(row: repo::DeviceRow) -> Self {
        DeviceView {
            device_id: row.id,
            account_id: row.account_id,
            device_number: u32::try_from(row.device_number).unwrap_or(0),
            identity_key: B64(row.identity_key),
            enrolled_at: from_db_time(row.created_at),
            revoked_at: row.revoked_at.map(from_db_time),
        }
    }
}

/// The devices of an account as their owner sees them (no permission check: callers check).
pub fn device_views(
    conn: &mut DbConn,
    account: AccountId,
) -> Result<Vec<DeviceView>, StorageError> {
    Ok(repo::devices_of(conn, account)?
        .into_iter()
        .map(DeviceView::from)
        .collect())
}

/// A new enrolment code for a staff account (admins only), e.g. for a replacement phone.
pub fn reissue_staff_code(
    tx: &mut Tx<'_>,
    keys: &ServerKeys,
    caller: &Caller,
    account: AccountId,
    now: DateTime<Utc>,
    ttl: Duration,
) -> Result<EnrolmentCodeResponse, AccountsError> {
    policy::require_admin(caller)?;
    let target = find(tx, account)?
        .filter(|t| t.home_case.is_none())
        .ok_or(AccountsError::AccountNotFound)?;
    // A new phone for someone who still has one would join their account unseen by them:
    // their phone is revoked first (which they and their contacts are told of).
    if !repo::enrolled_among(tx, &[target.id])?.is_empty() {
        return Err(AccountsError::DevicesActive);
    }
    audit::record(
        tx,
        Event::new(caller, Action::StaffCodeReissue).subject(Subject::Account(target.id)),
        now,
    )?;
    issue_code(tx, keys, target.id, Some(caller.account_id), now, ttl)
}

/// The accounts among `ids` with at least one device that is not revoked.
pub fn enrolled_among(
    conn: &mut DbConn,
    ids: &[AccountId],
) -> Result<Vec<AccountId>, StorageError> {
    Ok(repo::enrolled_among(conn, ids)?)
}

/// One device, with its public keys.
pub fn device(conn: &mut DbConn, id: DeviceId) -> Result<Option<Device>, StorageError> {
    Ok(repo::find_device(conn, id)?)
}

/// Whether an account is staff (made by an admin, not invited into a case).
fn is_staff(a: &Account) -> bool {
    a.home_case.is_none() && !matches!(a.role, AccountRole::Child | AccountRole::Family)
}

/// An admin records who supervises a staff member, or that nobody does. A chain of
/// supervision never loops.
pub fn set_supervisor(
    tx: &mut Tx<'_>,
    caller: &Caller,
    account: AccountId,
    supervisor: Option<AccountId>,
    now: DateTime<Utc>,
) -> Result<(), AccountsError> {
    policy::require_admin(caller)?;
    find(tx, account)?
        .filter(is_staff)
        .ok_or(AccountsError::AccountNotFound)?;
    let mut event =
        Event::new(caller, Action::StaffSupervisorSet).subject(Subject::Account(account));
    if let Some(s) = supervisor {
        find(tx, s)?
            .filter(is_staff)
            .ok_or(AccountsError::InvalidField("supervisor"))?;
        if s == account || supervisors_of(tx, s)?.contains(&account) {
            return Err(AccountsError::InvalidField("supervisor"));
        }
        event = event.subject(Subject::Account(s));
    }
    repo::set_supervisor(tx, account, supervisor, caller.account_id, to_db_time(now))?;
    audit::record(tx, event, now)?;
    Ok(())
}

/// Everyone above a staff member in the chain of supervision, nearest first.
pub fn supervisors_of(
    conn: &mut DbConn,
    account: AccountId,
) -> Result<Vec<AccountId>, StorageError> {
    let mut chain = Vec::new();
    let mut at = account.to_string();
    // A loop cannot be written (see `set_supervisor`); the bound is a second guard.
    for _ in 0..32 {
        match repo::supervisor_of(conn, &at)? {
            Some(s) => match AccountId::parse(&s) {
                Ok(id) if !chain.contains(&id) => {
                    chain.push(id);
                    at = s;
                }
                _ => break,
            },
            None => break,
        }
    }
    Ok(chain)
}

/// Every account with this role.
pub fn with_role(conn: &mut DbConn, role: AccountRole) -> Result<Vec<AccountId>, StorageError> {
    Ok(repo::with_role(conn, role.as_str())?
        .iter()
        .filter_map(|id| AccountId::parse(id).ok())
        .collect())
}

/// Every device of an account (revoked ones too), by number.
pub fn devices(conn: &mut DbConn, account: AccountId) -> Result<Vec<Device>, StorageError> {
    Ok(repo::devices_of(conn, account)?)
}

/// A device's new signed prekey and, or, Kyber last-resort prekey, already verified
/// against its identity key.
pub fn replace_signed_prekeys(
    tx: &mut Tx<'_>,
    device: DeviceId,
    signed: Option<&VerifiedPreKey>,
    last_resort: Option<&VerifiedPreKey>,
) -> Result<(), StorageError> {
    if signed.is_none() && last_resort.is_none() {
        return Ok(());
    }
    repo::set_signed_prekeys(
        tx,
        device,
        &repo::SignedPreKeys {
            signed_prekey_id: signed.map(|k| k.id),
            signed_prekey: signed.map(|k| k.public.as_slice()),
            signed_prekey_signature: signed.map(|k| k.signature.as_slice()),
            kyber_prekey_id: last_resort.map(|k| k.id),
            kyber_prekey: last_resort.map(|k| k.public.as_slice()),
            kyber_prekey_signature: last_resort.map(|k| k.signature.as_slice()),
        },
    )?;
    Ok(())
}

/// Sets the hash of a person's sealed-sender access key (the sealed capability's rule).
pub fn set_access_key_hash(
    tx: &mut Tx<'_>,
    account: AccountId,
    hash: &[u8],
) -> Result<(), StorageError> {
    Ok(repo::set_access_key_hash(tx, account, hash)?)
}

/// Clears these people's access keys.
pub fn clear_access_keys(tx: &mut Tx<'_>, accounts: &[AccountId]) -> Result<usize, StorageError> {
    Ok(repo::clear_access_keys(tx, accounts)?)
}

/// The hash of a person's access key, if one is set.
pub fn access_key_hash(
    conn: &mut DbConn,
    account: AccountId,
) -> Result<Option<Vec<u8>>, StorageError> {
    Ok(repo::access_key_hash(conn, account)?)
}

/// What retention may delete of the accounts of the people invited into a case.
#[derive(Debug, Clone, Default)]
pub struct Footprint {
    pub accounts: Vec<AccountId>,
    pub devices: usize,
}

/// The accounts invited into `case` and how many devices they have.
pub fn footprint_of_case(conn: &mut DbConn, case: CaseId) -> Result<Footprint, StorageError> {
    let accounts = repo::invited_into(conn, case)?;
    let devices = repo::count_devices(conn, &accounts)?;
    Ok(Footprint { accounts, devices })
}

/// Deletes accounts with their codes and devices (their memberships must be gone).
pub fn delete(tx: &mut Tx<'_>, accounts: &[AccountId]) -> Result<(), StorageError> {
    Ok(repo::delete_accounts(tx, accounts)?)
}

/// How many codes were used or expired before `cutoff`.
pub fn count_dead_codes(conn: &mut DbConn, cutoff: NaiveDateTime) -> Result<usize, StorageError> {
    Ok(repo::count_dead_codes(conn, cutoff)?)
}

/// Deletes the codes used or expired before `cutoff`.
pub fn delete_dead_codes(tx: &mut Tx<'_>, cutoff: NaiveDateTime) -> Result<usize, StorageError> {
    Ok(repo::delete_dead_codes(tx, cutoff)?)
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
