//! Accounts, devices and enrolment codes in storage: the only code that writes the
//! `accounts`, `devices` and `enrolment_codes` tables. Writes that change a cached fact
//! (a device's credential or state, a person's devices, an access key) say so on their
//! transaction.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use kinbridge_protocol::{AccountId, CaseId, DeviceId};

use crate::platform::cache::Change;
use crate::platform::db::schema::{accounts, devices, enrolment_codes};
use crate::platform::db::{DbConn, Tx};
use crate::platform::notify::Notice;

#[derive(Debug, Clone, Queryable)]
pub struct AccountRow {
    #[diesel(deserialize_as = String)]
    pub id: AccountId,
    pub role: String,
    pub display_name: Option<String>,
    pub age_band: Option<String>,
    pub locale: Option<String>,
    pub home_case_id: Option<String>,
    pub created_at: NaiveDateTime,
    pub created_by: Option<String>,
    pub grammatical_form: Option<String>,
    /// Never leaves the server: only compared with a presented key.
    pub access_key_hash: Option<Vec<u8>>,
}

impl AccountRow {
    /// The case whose caseworkers manage this account (people invited into a case).
    pub fn home_case(&self) -> Option<CaseId> {
        self.home_case_id
            .as_deref()
            .and_then(|c| CaseId::parse(c).ok())
    }
}

/// A new account, as stored.
#[derive(Debug)]
pub struct NewAccount<'a> {
    pub id: AccountId,
    pub role: &'a str,
    pub display_name: Option<&'a str>,
    pub age_band: Option<&'a str>,
    pub locale: Option<&'a str>,
    pub home_case: Option<CaseId>,
    pub created_at: NaiveDateTime,
    pub created_by: Option<AccountId>,
    pub grammatical_form: Option<&'a str>,
}

#[derive(Debug, Clone, Queryable)]
pub struct DeviceRow {
    #[diesel(deserialize_as = String)]
    pub id: DeviceId,
    #[diesel(deserialize_as = String)]
    pub account_id: AccountId,
    pub device_number: i32,
    pub registration_id: i32,
    pub identity_key: Vec<u8>,
    pub signed_prekey_id: i64,
    pub signed_prekey: Vec<u8>,
    pub signed_prekey_signature: Vec<u8>,
    pub kyber_prekey_id: i64,
    pub kyber_prekey: Vec<u8>,
    pub kyber_prekey_signature: Vec<u8>,
    pub credential_hash: Vec<u8>,
    pub created_at: NaiveDateTime,
    pub revoked_at: Option<NaiveDateTime>,
}

/// A new device, as stored.
#[derive(Debug)]
pub struct NewDevice<'a> {
    pub id: DeviceId,
    pub account_id: AccountId,
    pub device_number: i32,
    pub registration_id: i32,
    pub identity_key: &'a [u8],
    pub signed_prekey_id: i64,
    pub signed_prekey: &'a [u8],
    pub signed_prekey_signature: &'a [u8],
    pub kyber_prekey_id: i64,
    pub kyber_prekey: &'a [u8],
    pub kyber_prekey_signature: &'a [u8],
    pub credential_hash: &'a [u8],
    pub created_at: NaiveDateTime,
}

/// What enrolling with a code needs to know about it.
#[derive(Debug, Clone, Queryable)]
pub struct CodeRow {
    #[diesel(deserialize_as = String)]
    pub account_id: AccountId,
    pub created_by: Option<String>,
    pub expires_at: NaiveDateTime,
    pub used_at: Option<NaiveDateTime>,
}

pub fn insert_account(tx: &mut Tx<'_>, new: &NewAccount<'_>) -> QueryResult<()> {
    diesel::insert_into(accounts::table)
        .values((
            accounts::id.eq(new.id.to_string()),
            accounts::role.eq(new.role),
            accounts::display_name.eq(new.display_name),
            accounts::age_band.eq(new.age_band),
            accounts::locale.eq(new.locale),
            accounts::home_case_id.eq(new.home_case.map(String::from)),
            accounts::created_at.eq(new.created_at),
            accounts::created_by.eq(new.created_by.map(String::from)),
            accounts::grammatical_form.eq(new.grammatical_form),
        ))
        .execute(tx.conn())
        .map(drop)
}

pub fn find_account(conn: &mut DbConn, id: AccountId) -> QueryResult<Option<AccountRow>> {
    accounts::table.find(id.to_string()).first(conn).optional()
}

pub fn find_accounts(conn: &mut DbConn, ids: &[AccountId]) -> QueryResult<Vec<AccountRow>> {
    let ids: Vec<String> = ids.iter().map(ToString::to_string).collect();
    accounts::table.filter(accounts::id.eq_any(ids)).load(conn)
}

/// The accounts invited into a case.
pub fn invited_into(conn: &mut DbConn, case: CaseId) -> QueryResult<Vec<AccountId>> {
    let ids: Vec<String> = accounts::table
        .filter(accounts::home_case_id.eq(case.to_string()))
        .select(accounts::id)
        .load(conn)?;
    Ok(ids
        .iter()
        .filter_map(|a| AccountId::parse(a).ok())
        .collect())
}

/// Sets (or clears) a person's language and form of address; `None` leaves a field as is.
pub fn set_preferences(
    tx: &mut Tx<'_>,
    id: AccountId,
    locale: Option<Option<&str>>,
    form: Option<Option<&str>>,
) -> QueryResult<()> {
    let id = id.to_string();
    if let Some(locale) = locale {
        diesel::update(accounts::table.find(&id))
            .set(accounts::locale.eq(locale))
            .execute(tx.conn())?;
    }
    if let Some(form) = form {
        diesel::update(accounts::table.find(&id))
            .set(accounts::grammatical_form.eq(form))
            .execute(tx.conn())?;
    }
    tx.changed(Change::Statuses);
    Ok(())
}

/// Sets the hash of an account's sealed-sender access key.
pub fn set_access_key_hash(tx: &mut Tx<'_>, account: AccountId, hash: &[u8]) -> QueryResult<()> {
    diesel::update(accounts::table.find(account.to_string()))
        .set(accounts::access_key_hash.eq(Some(hash)))
        .execute(tx.conn())?;
    tx.changed(Change::AccessKey(account));
    Ok(())
}

/// Clears the access keys of these accounts.
pub fn clear_access_keys(tx: &mut Tx<'_>, ids: &[AccountId]) -> QueryResult<usize> {
    let strings: Vec<String> = ids.iter().map(ToString::to_string).collect();
    let n = diesel::update(accounts::table.filter(accounts::id.eq_any(strings)))
        .set(accounts::access_key_hash.eq(None::<Vec<u8>>))
        .execute(tx.conn())?;
    for &a in ids {
        tx.changed(Change::AccessKey(a));
    }
    Ok(n)
}

pub fn access_key_hash(conn: &mut DbConn, account: AccountId) -> QueryResult<Option<Vec<u8>>> {
    Ok(accounts::table
        .find(account.to_string())
        .select(accounts::access_key_hash)
        .first::<Option<Vec<u8>>>(conn)
        .optional()?
        .flatten())
}

pub fn insert_code(
    tx: &mut Tx<'_>,
    code_hash: &[u8],
    account: AccountId,
    created_by: Option<AccountId>,
    created_at: NaiveDateTime,
    expires_at: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(enrolment_codes::table)
        .values((
            enrolment_codes::code_hash.eq(code_hash),
            enrolment_codes::account_id.eq(account.to_string()),
            enrolment_codes::created_by.eq(created_by.map(String::from)),
            enrolment_codes::created_at.eq(created_at),
            enrolment_codes::expires_at.eq(expires_at),
            enrolment_codes::used_at.eq(None::<NaiveDateTime>),
        ))
        .execute(tx.conn())
        .map(drop)
}

pub fn find_code(conn: &mut DbConn, hash: &[u8]) -> QueryResult<Option<CodeRow>> {
    enrolment_codes::table
        .filter(enrolment_codes::code_hash.eq(hash))
        .select((
            enrolment_codes::account_id,
            enrolment_codes::created_by,
            enrolment_codes::expires_at,
            enrolment_codes::used_at,
        ))
        .first(conn)
        .optional()
}

/// Marks a code used if nobody used it first; returns whether this call did.
pub fn use_code(tx: &mut Tx<'_>, hash: &[u8], now: NaiveDateTime) -> QueryResult<bool> {
    let n = diesel::update(
        enrolment_codes::table
            .filter(enrolment_codes::code_hash.eq(hash))
            .filter(enrolment_codes::used_at.is_null()),
    )
    .set(enrolment_codes::used_at.eq(now))
    .execute(tx.conn())?;
    Ok(n == 1)
}

type DeadCodes = diesel::dsl::Filter<
    enrolment_codes::table,
    diesel::dsl::Or<
        diesel::dsl::Lt<enrolment_codes::used_at, NaiveDateTime>,
        diesel::dsl::Lt<enrolment_codes::expires_at, NaiveDateTime>,
    >,
>;

/// Codes used or expired before `cutoff`: they can never enrol anything again.
fn dead_codes(cutoff: NaiveDateTime) -> DeadCodes {
    enrolment_codes::table.filter(
        enrolment_codes::used_at
            .lt(cutoff)
            .or(enrolment_codes::expires_at.lt(cutoff)),
    )
}

pub fn count_dead_codes(conn: &mut DbConn, cutoff: NaiveDateTime) -> QueryResult<usize> {
    let n: i64 = dead_codes(cutoff).count().get_result(conn)?;
    Ok(usize::try_from(n).unwrap_or(0))
}

pub fn delete_dead_codes(tx: &mut Tx<'_>, cutoff: NaiveDateTime) -> QueryResult<usize> {
    diesel::delete(dead_codes(cutoff)).execute(tx.conn())
}

/// Deletes an account's codes not yet used; returns how many.
pub fn delete_unused_codes(tx: &mut Tx<'_>, account: AccountId) -> QueryResult<usize> {
    diesel::delete(
        enrolment_codes::table
            .filter(enrolment_codes::account_id.eq(account.to_string()))
            .filter(enrolment_codes::used_at.is_null()),
    )
    .execute(tx.conn())
}

pub fn max_device_number(conn: &mut DbConn, account: AccountId) -> QueryResult<Option<i32>> {
    devices::table
        .filter(devices::account_id.eq(account.to_string()))
        .select(diesel::dsl::max(devices::device_number))
        .first(conn)
}

/// The revoked device with the lowest number: (id, number).
pub fn lowest_revoked_device(
    conn: &mut DbConn,
    account: AccountId,
) -> QueryResult<Option<(DeviceId, i32)>> {
    let found: Option<(String, i32)> = devices::table
        .filter(devices::account_id.eq(account.to_string()))
        .filter(devices::revoked_at.is_not_null())
        .order(devices::device_number.asc())
        .select((devices::id, devices::device_number))
        .first(conn)
        .optional()?;
    Ok(found.and_then(|(id, n)| Some((DeviceId::parse(&id).ok()?, n))))
}

/// Deletes devices; any connection of theirs closes once this commits. What is stored for
/// each device — its one-time prekeys and its queue — goes with it: those tables declare
/// `ON DELETE CASCADE` on the device.
pub fn delete_devices(tx: &mut Tx<'_>, account: AccountId, ids: &[DeviceId]) -> QueryResult<usize> {
    let strings: Vec<String> = ids.iter().map(ToString::to_string).collect();
    let n =
        diesel::delete(devices::table.filter(devices::id.eq_any(strings))).execute(tx.conn())?;
    for &d in ids {
        tx.changed(Change::Credential(d));
        tx.notify(Notice::Revoked { device: d });
    }
    tx.changed(Change::Devices(account));
    Ok(n)
}

pub fn insert_device(tx: &mut Tx<'_>, new: &NewDevice<'_>) -> QueryResult<()> {
    diesel::insert_into(devices::table)
        .values((
            devices::id.eq(new.id.to_string()),
            devices::account_id.eq(new.account_id.to_string()),
            devices::device_number.eq(new.device_number),
            devices::registration_id.eq(new.registration_id),
            devices::identity_key.eq(new.identity_key),
            devices::signed_prekey_id.eq(new.signed_prekey_id),
            devices::signed_prekey.eq(new.signed_prekey),
            devices::signed_prekey_signature.eq(new.signed_prekey_signature),
            devices::kyber_prekey_id.eq(new.kyber_prekey_id),
            devices::kyber_prekey.eq(new.kyber_prekey),
            devices::kyber_prekey_signature.eq(new.kyber_prekey_signature),
            devices::credential_hash.eq(new.credential_hash),
            devices::created_at.eq(new.created_at),
        ))
        .execute(tx.conn())?;
    tx.changed(Change::Devices(new.account_id));
    Ok(())
}

pub fn find_device(conn: &mut DbConn, id: DeviceId) -> QueryResult<Option<DeviceRow>> {
    devices::table.find(id.to_string()).first(conn).optional()
}

/// Records (or, with `None`, removes) a staff member's supervisor.
pub fn set_supervisor(
    tx: &mut Tx<'_>,
    account: AccountId,
    supervisor: Option<AccountId>,
    by: AccountId,
    at: NaiveDateTime,
) -> QueryResult<()> {
    use crate::platform::db::schema::staff_supervision as s;
    diesel::delete(s::table.find(account.to_string())).execute(tx.conn())?;
    if let Some(sup) = supervisor {
        diesel::insert_into(s::table)
            .values((
                s::account_id.eq(account.to_string()),
                s::supervisor_id.eq(sup.to_string()),
                s::set_by.eq(by.to_string()),
                s::set_at.eq(at),
            ))
            .execute(tx.conn())?;
    }
    Ok(())
}

/// The supervisor of a staff member, if one is recorded.
pub fn supervisor_of(conn: &mut DbConn, account: &str) -> QueryResult<Option<String>> {
    use crate::platform::db::schema::staff_supervision as s;
    s::table
        .find(account)
        .select(s::supervisor_id)
        .first(conn)
        .optional()
}

pub fn with_role(conn: &mut DbConn, role: &str) -> QueryResult<Vec<String>> {
    accounts::table
        .filter(accounts::role.eq(role))
        .select(accounts::id)
        .order(accounts::id.asc())
        .load(conn)
}

pub fn devices_of(conn: &mut DbConn, account: AccountId) -> QueryResult<Vec<DeviceRow>> {
    devices::table
        .filter(devices::account_id.eq(account.to_string()))
        .order(devices::device_number.asc())
        .load(conn)
}

/// How many devices these accounts have.
pub fn count_devices(conn: &mut DbConn, accounts: &[AccountId]) -> QueryResult<usize> {
    let ids: Vec<String> = accounts.iter().map(ToString::to_string).collect();
    let n: i64 = devices::table
        .filter(devices::account_id.eq_any(ids))
        .count()
        .get_result(conn)?;
    Ok(usize::try_from(n).unwrap_or(0))
}

/// Accounts among `ids` that have at least one device not revoked.
pub fn enrolled_among(conn: &mut DbConn, ids: &[AccountId]) -> QueryResult<Vec<AccountId>> {
    let strings: Vec<String> = ids.iter().map(ToString::to_string).collect();
    let found: Vec<String> = devices::table
        .filter(devices::account_id.eq_any(strings))
        .filter(devices::revoked_at.is_null())
        .select(devices::account_id)
        .distinct()
        .load(conn)?;
    Ok(found
        .iter()
        .filter_map(|a| AccountId::parse(a).ok())
        .collect())
}

pub fn revoke_device(
    tx: &mut Tx<'_>,
    account: AccountId,
    id: DeviceId,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::update(
        devices::table
            .filter(devices::id.eq(id.to_string()))
            .filter(devices::revoked_at.is_null()),
    )
    .set(devices::revoked_at.eq(now))
    .execute(tx.conn())?;
    tx.changed(Change::Credential(id));
    tx.changed(Change::Devices(account));
    Ok(())
}

/// A device's signed prekey and Kyber last-resort prekey, either or both replaced (their
/// signatures were verified).
#[derive(Debug, AsChangeset)]
#[diesel(table_name = devices)]
pub struct SignedPreKeys<'a> {
    pub signed_prekey_id: Option<i64>,
    pub signed_prekey: Option<&'a [u8]>,
    pub signed_prekey_signature: Option<&'a [u8]>,
    pub kyber_prekey_id: Option<i64>,
    pub kyber_prekey: Option<&'a [u8]>,
    pub kyber_prekey_signature: Option<&'a [u8]>,
}

pub fn set_signed_prekeys(
    tx: &mut Tx<'_>,
    device: DeviceId,
    keys: &SignedPreKeys<'_>,
) -> QueryResult<()> {
    diesel::update(devices::table.find(device.to_string()))
        .set(keys)
        .execute(tx.conn())
        .map(drop)
}

/// Deletes accounts with their codes and devices (and, through the devices, their queues
/// and prekeys). Their memberships must be gone already.
pub fn delete_accounts(tx: &mut Tx<'_>, ids: &[AccountId]) -> QueryResult<()> {
    let strings: Vec<String> = ids.iter().map(ToString::to_string).collect();
    diesel::delete(enrolment_codes::table.filter(enrolment_codes::account_id.eq_any(&strings)))
        .execute(tx.conn())?;
    for &account in ids {
        let gone: Vec<DeviceId> = devices_of(tx, account)?.into_iter().map(|d| d.id).collect();
        delete_devices(tx, account, &gone)?;
        tx.changed(Change::AccessKey(account));
    }
    diesel::delete(accounts::table.filter(accounts::id.eq_any(&strings)))
        .execute(tx.conn())
        .map(drop)
}
