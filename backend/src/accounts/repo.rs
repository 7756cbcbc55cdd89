//! Accounts, devices and enrolment codes in storage.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::{accounts, devices, enrolment_codes};

#[derive(Debug, Clone, Queryable)]
pub struct AccountRow {
    pub id: String,
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

#[derive(Debug, Insertable)]
#[diesel(table_name = accounts)]
pub struct NewAccount<'a> {
    pub id: &'a str,
    pub role: &'a str,
    pub display_name: Option<&'a str>,
    pub age_band: Option<&'a str>,
    pub locale: Option<&'a str>,
    pub home_case_id: Option<&'a str>,
    pub created_at: NaiveDateTime,
    pub created_by: Option<&'a str>,
    pub grammatical_form: Option<&'a str>,
}

#[derive(Debug, Clone, Queryable)]
pub struct DeviceRow {
    pub id: String,
    pub account_id: String,
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

#[derive(Debug, Insertable)]
#[diesel(table_name = devices)]
pub struct NewDevice<'a> {
    pub id: &'a str,
    pub account_id: &'a str,
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
    pub revoked_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, Queryable)]
pub struct CodeRow {
    pub code_hash: Vec<u8>,
    pub account_id: String,
    pub created_by: Option<String>,
    pub created_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
    pub used_at: Option<NaiveDateTime>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = enrolment_codes)]
pub struct NewCode<'a> {
    pub code_hash: &'a [u8],
    pub account_id: &'a str,
    pub created_by: Option<&'a str>,
    pub created_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
    pub used_at: Option<NaiveDateTime>,
}

pub fn insert_account(conn: &mut DbConn, new: &NewAccount<'_>) -> QueryResult<()> {
    diesel::insert_into(accounts::table)
        .values(new)
        .execute(conn)
        .map(drop)
}

pub fn find_account(conn: &mut DbConn, id: &str) -> QueryResult<Option<AccountRow>> {
    accounts::table.find(id).first(conn).optional()
}

/// Sets (or clears) a person's language and form of address; `None` leaves a field as is.
pub fn set_preferences(
    conn: &mut DbConn,
    id: &str,
    locale: Option<Option<&str>>,
    form: Option<Option<&str>>,
) -> QueryResult<()> {
    if let Some(locale) = locale {
        diesel::update(accounts::table.find(id))
            .set(accounts::locale.eq(locale))
            .execute(conn)?;
    }
    if let Some(form) = form {
        diesel::update(accounts::table.find(id))
            .set(accounts::grammatical_form.eq(form))
            .execute(conn)?;
    }
    Ok(())
}

pub fn insert_code(conn: &mut DbConn, new: &NewCode<'_>) -> QueryResult<()> {
    diesel::insert_into(enrolment_codes::table)
        .values(new)
        .execute(conn)
        .map(drop)
}

pub fn find_code(conn: &mut DbConn, hash: &[u8]) -> QueryResult<Option<CodeRow>> {
    enrolment_codes::table
        .filter(enrolment_codes::code_hash.eq(hash))
        .first(conn)
        .optional()
}

/// Marks a code used if nobody used it first; returns whether this call did.
pub fn use_code(conn: &mut DbConn, hash: &[u8], now: NaiveDateTime) -> QueryResult<bool> {
    let n = diesel::update(
        enrolment_codes::table
            .filter(enrolment_codes::code_hash.eq(hash))
            .filter(enrolment_codes::used_at.is_null()),
    )
    .set(enrolment_codes::used_at.eq(now))
    .execute(conn)?;
    Ok(n == 1)
}

pub fn max_device_number(conn: &mut DbConn, account: &str) -> QueryResult<Option<i32>> {
    devices::table
        .filter(devices::account_id.eq(account))
        .select(diesel::dsl::max(devices::device_number))
        .first(conn)
}

/// The revoked device with the lowest number: (id, number).
pub fn lowest_revoked_device(
    conn: &mut DbConn,
    account: &str,
) -> QueryResult<Option<(String, i32)>> {
    devices::table
        .filter(devices::account_id.eq(account))
        .filter(devices::revoked_at.is_not_null())
        .order(devices::device_number.asc())
        .select((devices::id, devices::device_number))
        .first(conn)
        .optional()
}

/// Deletes a (revoked) device and everything stored for it.
pub fn remove_device(conn: &mut DbConn, id: &str) -> QueryResult<()> {
    use crate::db::schema::{envelopes, kyber_prekeys, one_time_prekeys, sent_messages};
    diesel::delete(envelopes::table.filter(envelopes::device_id.eq(id))).execute(conn)?;
    diesel::delete(one_time_prekeys::table.filter(one_time_prekeys::device_id.eq(id)))
        .execute(conn)?;
    diesel::delete(kyber_prekeys::table.filter(kyber_prekeys::device_id.eq(id))).execute(conn)?;
    diesel::delete(sent_messages::table.filter(sent_messages::sender_device.eq(id)))
        .execute(conn)?;
    diesel::delete(devices::table.find(id))
        .execute(conn)
        .map(drop)
}

pub fn insert_device(conn: &mut DbConn, new: &NewDevice<'_>) -> QueryResult<()> {
    diesel::insert_into(devices::table)
        .values(new)
        .execute(conn)
        .map(drop)
}

pub fn find_device(conn: &mut DbConn, id: &str) -> QueryResult<Option<DeviceRow>> {
    devices::table.find(id).first(conn).optional()
}

/// What authenticating a call needs about a device.
#[derive(Debug, Clone, Queryable)]
pub struct AuthRow {
    pub account_id: String,
    pub device_number: i32,
    pub credential_hash: Vec<u8>,
    pub revoked_at: Option<NaiveDateTime>,
    pub role: String,
}

/// The device and its account's role, for authenticating a call.
pub fn device_for_auth(conn: &mut DbConn, id: &str) -> QueryResult<Option<AuthRow>> {
    devices::table
        .inner_join(accounts::table)
        .filter(devices::id.eq(id))
        .select((
            devices::account_id,
            devices::device_number,
            devices::credential_hash,
            devices::revoked_at,
            accounts::role,
        ))
        .first(conn)
        .optional()
}

pub fn devices_of(conn: &mut DbConn, account: &str) -> QueryResult<Vec<DeviceRow>> {
    devices::table
        .filter(devices::account_id.eq(account))
        .order(devices::device_number.asc())
        .load(conn)
}

/// Accounts among `ids` that have at least one device not revoked.
pub fn enrolled_among(conn: &mut DbConn, ids: &[String]) -> QueryResult<Vec<String>> {
    devices::table
        .filter(devices::account_id.eq_any(ids))
        .filter(devices::revoked_at.is_null())
        .select(devices::account_id)
        .distinct()
        .load(conn)
}

pub fn revoke_device(conn: &mut DbConn, id: &str, now: NaiveDateTime) -> QueryResult<()> {
    diesel::update(
        devices::table
            .filter(devices::id.eq(id))
            .filter(devices::revoked_at.is_null()),
    )
    .set(devices::revoked_at.eq(now))
    .execute(conn)
    .map(drop)
}
