//! Complaints in storage: the only code that writes `complaints`, `complaint_entries`,
//! `complaint_keys`, `complaint_about`, `complaint_identity_requests`,
//! `complaint_custodians` and `complaint_on_call`.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::platform::db::schema::{
    complaint_about, complaint_custodians, complaint_entries, complaint_identity_requests,
    complaint_keys, complaint_on_call, complaints,
};
use crate::platform::db::{DbConn, Tx};

#[derive(Debug, Clone, Queryable, Insertable, Selectable)]
#[diesel(table_name = complaints)]
pub struct ComplaintRow {
    pub id: String,
    pub category: String,
    pub urgent: bool,
    pub status: String,
    pub locale: String,
    pub band: String,
    pub lookup_hash: Vec<u8>,
    pub reporter_key: Vec<u8>,
    pub filed_by: Option<String>,
    pub filed_at: NaiveDateTime,
    pub acknowledged_at: Option<NaiveDateTime>,
    pub acknowledged_by: Option<String>,
    pub ack_due: NaiveDateTime,
    pub ack_warned_at: Option<NaiveDateTime>,
    pub feedback_due: NaiveDateTime,
    pub feedback_at: Option<NaiveDateTime>,
    pub feedback_warned_at: Option<NaiveDateTime>,
    pub urgent_tier: Option<i32>,
    pub urgent_alerted_at: Option<NaiveDateTime>,
    pub assigned_to: Option<String>,
    pub labels: String,
    pub case_id: Option<String>,
    pub last_reporter_at: NaiveDateTime,
    pub closed_at: Option<NaiveDateTime>,
    pub expiry_warned_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, Queryable, Insertable)]
#[diesel(table_name = complaint_entries)]
pub struct EntryRow {
    pub complaint_id: String,
    pub seq: i32,
    pub author: String,
    pub visibility: String,
    pub handler: Option<String>,
    pub at: NaiveDateTime,
    pub body: Vec<u8>,
}

#[derive(Debug, Clone, Queryable, Insertable)]
#[diesel(table_name = complaint_identity_requests)]
pub struct IdentityRow {
    pub id: String,
    pub complaint_id: String,
    pub requested_by: String,
    pub requested_at: NaiveDateTime,
    pub reason: Vec<u8>,
    pub state: String,
    pub decided_by: Option<String>,
    pub decided_at: Option<NaiveDateTime>,
}

pub fn insert(tx: &mut Tx<'_>, row: &ComplaintRow) -> QueryResult<()> {
    diesel::insert_into(complaints::table)
        .values(row)
        .execute(tx.conn())
        .map(drop)
}

/// Stores wrapped thread keys; `by` is the handler's (account, device number) that wrapped
/// them, `None` for the reporter.
pub fn insert_keys(
    tx: &mut Tx<'_>,
    complaint: &str,
    keys: &[(String, Vec<u8>)],
    by: Option<(String, i32)>,
) -> QueryResult<usize> {
    // Nothing to insert is not an insert (an empty multi-row insert is not empty SQL).
    if keys.is_empty() {
        return Ok(0);
    }
    let rows: Vec<_> = keys
        .iter()
        .map(|(device, content)| {
            (
                complaint_keys::complaint_id.eq(complaint),
                complaint_keys::device_id.eq(device),
                complaint_keys::content.eq(content),
                complaint_keys::wrapped_by.eq(by.as_ref().map(|b| b.0.clone())),
                complaint_keys::wrapped_by_device.eq(by.as_ref().map(|b| b.1)),
            )
        })
        .collect();
    // Backend-specific: two colleagues sharing the same key at once keep the first one
    // (the multi-connection has no upsert).
    match tx.conn() {
        DbConn::Postgresql(c) => diesel::insert_into(complaint_keys::table)
            .values(&rows)
            .on_conflict_do_nothing()
            .execute(c),
        DbConn::Sqlite(c) => diesel::insert_into(complaint_keys::table)
            .values(&rows)
            .on_conflict_do_nothing()
            .execute(c),
    }
}

/// Locks a complaint's row until the transaction ends (PostgreSQL; SQLite's write
/// transaction already holds the one write lock).
pub fn lock(tx: &mut Tx<'_>, id: &str) -> QueryResult<()> {
    if let DbConn::Postgresql(c) = tx.conn() {
        complaints::table
            .find(id)
            .select(complaints::id)
            .for_update()
            .first::<String>(c)?;
    }
    Ok(())
}

/// The devices that hold a wrapped key for a complaint.
pub fn key_devices(conn: &mut DbConn, complaint: &str) -> QueryResult<Vec<String>> {
    complaint_keys::table
        .filter(complaint_keys::complaint_id.eq(complaint))
        .select(complaint_keys::device_id)
        .load(conn)
}

/// Forgets the keys wrapped for these devices.
pub fn delete_keys(tx: &mut Tx<'_>, complaint: &str, devices: &[String]) -> QueryResult<()> {
    diesel::delete(
        complaint_keys::table
            .filter(complaint_keys::complaint_id.eq(complaint))
            .filter(complaint_keys::device_id.eq_any(devices)),
    )
    .execute(tx.conn())
    .map(drop)
}

pub fn insert_entry(tx: &mut Tx<'_>, row: &EntryRow) -> QueryResult<()> {
    diesel::insert_into(complaint_entries::table)
        .values(row)
        .execute(tx.conn())
        .map(drop)
}

/// The next sequence number of a complaint's thread.
pub fn next_seq(conn: &mut DbConn, complaint: &str) -> QueryResult<i32> {
    let max: Option<i32> = complaint_entries::table
        .filter(complaint_entries::complaint_id.eq(complaint))
        .select(diesel::dsl::max(complaint_entries::seq))
        .first(conn)?;
    Ok(max.unwrap_or(0) + 1)
}

pub fn by_lookup(conn: &mut DbConn, hash: &[u8]) -> QueryResult<Option<ComplaintRow>> {
    complaints::table
        .filter(complaints::lookup_hash.eq(hash))
        .first(conn)
        .optional()
}

pub fn find(conn: &mut DbConn, id: &str) -> QueryResult<Option<ComplaintRow>> {
    complaints::table.find(id).first(conn).optional()
}

/// Every complaint, newest first.
pub fn all(conn: &mut DbConn) -> QueryResult<Vec<ComplaintRow>> {
    complaints::table
        .order(complaints::filed_at.desc())
        .load(conn)
}

pub fn entries(conn: &mut DbConn, complaint: &str) -> QueryResult<Vec<EntryRow>> {
    complaint_entries::table
        .filter(complaint_entries::complaint_id.eq(complaint))
        .order(complaint_entries::seq.asc())
        .load(conn)
}

/// A wrapped key and who wrapped it (account, device number; `None` for the reporter).
pub type KeyRow = (Vec<u8>, Option<String>, Option<i32>);

/// The key wrapped for a device, and who wrapped it.
pub fn key_for(conn: &mut DbConn, complaint: &str, device: &str) -> QueryResult<Option<KeyRow>> {
    complaint_keys::table
        .filter(complaint_keys::complaint_id.eq(complaint))
        .filter(complaint_keys::device_id.eq(device))
        .select((
            complaint_keys::content,
            complaint_keys::wrapped_by,
            complaint_keys::wrapped_by_device,
        ))
        .first(conn)
        .optional()
}

/// (complaint, account) for every staff member complaints are about.
pub fn about_all(conn: &mut DbConn) -> QueryResult<Vec<(String, String)>> {
    complaint_about::table
        .select((complaint_about::complaint_id, complaint_about::account_id))
        .load(conn)
}

pub fn about(conn: &mut DbConn, complaint: &str) -> QueryResult<Vec<String>> {
    complaint_about::table
        .filter(complaint_about::complaint_id.eq(complaint))
        .select(complaint_about::account_id)
        .order(complaint_about::account_id.asc())
        .load(conn)
}

/// Everyone named by the complaints linked to `case` or filed (while enrolled) by `child`.
pub fn about_case(conn: &mut DbConn, case: &str, child: &str) -> QueryResult<Vec<String>> {
    let ids: Vec<String> = complaints::table
        .filter(
            complaints::case_id
                .eq(case)
                .or(complaints::filed_by.eq(child)),
        )
        .select(complaints::id)
        .load(conn)?;
    complaint_about::table
        .filter(complaint_about::complaint_id.eq_any(ids))
        .select(complaint_about::account_id)
        .distinct()
        .load(conn)
}

pub fn add_about(tx: &mut Tx<'_>, complaint: &str, account: &str) -> QueryResult<()> {
    let known = complaint_about::table
        .filter(complaint_about::complaint_id.eq(complaint))
        .filter(complaint_about::account_id.eq(account))
        .count()
        .get_result::<i64>(tx.conn())?;
    if known == 0 {
        diesel::insert_into(complaint_about::table)
            .values((
                complaint_about::complaint_id.eq(complaint),
                complaint_about::account_id.eq(account),
            ))
            .execute(tx.conn())?;
    }
    Ok(())
}

/// Writes a complaint's changeable fields back (status, deadlines, triage, clocks).
pub fn update(tx: &mut Tx<'_>, row: &ComplaintRow) -> QueryResult<()> {
    diesel::update(complaints::table.find(&row.id))
        .set((
            complaints::category.eq(&row.category),
            complaints::urgent.eq(row.urgent),
            complaints::status.eq(&row.status),
            complaints::acknowledged_at.eq(row.acknowledged_at),
            complaints::acknowledged_by.eq(&row.acknowledged_by),
            complaints::ack_warned_at.eq(row.ack_warned_at),
            complaints::feedback_due.eq(row.feedback_due),
            complaints::feedback_at.eq(row.feedback_at),
            complaints::feedback_warned_at.eq(row.feedback_warned_at),
            complaints::urgent_tier.eq(row.urgent_tier),
            complaints::urgent_alerted_at.eq(row.urgent_alerted_at),
            complaints::assigned_to.eq(&row.assigned_to),
            complaints::labels.eq(&row.labels),
            complaints::case_id.eq(&row.case_id),
            complaints::last_reporter_at.eq(row.last_reporter_at),
            complaints::closed_at.eq(row.closed_at),
            complaints::expiry_warned_at.eq(row.expiry_warned_at),
        ))
        .execute(tx.conn())
        .map(drop)
}

/// Deletes a complaint and everything hanging from it.
pub fn delete(tx: &mut Tx<'_>, id: &str) -> QueryResult<()> {
    diesel::delete(complaint_entries::table.filter(complaint_entries::complaint_id.eq(id)))
        .execute(tx.conn())?;
    diesel::delete(complaint_keys::table.filter(complaint_keys::complaint_id.eq(id)))
        .execute(tx.conn())?;
    diesel::delete(complaint_about::table.filter(complaint_about::complaint_id.eq(id)))
        .execute(tx.conn())?;
    diesel::delete(
        complaint_identity_requests::table.filter(complaint_identity_requests::complaint_id.eq(id)),
    )
    .execute(tx.conn())?;
    diesel::delete(complaints::table.find(id))
        .execute(tx.conn())
        .map(drop)
}

pub fn insert_identity_request(tx: &mut Tx<'_>, row: &IdentityRow) -> QueryResult<()> {
    diesel::insert_into(complaint_identity_requests::table)
        .values(row)
        .execute(tx.conn())
        .map(drop)
}

pub fn identity_requests(conn: &mut DbConn, complaint: &str) -> QueryResult<Vec<IdentityRow>> {
    complaint_identity_requests::table
        .filter(complaint_identity_requests::complaint_id.eq(complaint))
        .order(complaint_identity_requests::requested_at.asc())
        .load(conn)
}

/// Decides a pending request; `false` if it was no longer pending.
pub fn decide_identity_request(
    tx: &mut Tx<'_>,
    id: &str,
    state: &str,
    by: &str,
    at: NaiveDateTime,
) -> QueryResult<bool> {
    diesel::update(
        complaint_identity_requests::table
            .find(id)
            .filter(complaint_identity_requests::state.eq("pending")),
    )
    .set((
        complaint_identity_requests::state.eq(state),
        complaint_identity_requests::decided_by.eq(by),
        complaint_identity_requests::decided_at.eq(at),
    ))
    .execute(tx.conn())
    .map(|n| n == 1)
}

pub fn is_custodian(conn: &mut DbConn, account: &str) -> QueryResult<bool> {
    complaint_custodians::table
        .find(account)
        .count()
        .get_result::<i64>(conn)
        .map(|n| n > 0)
}

pub fn set_custodian(
    tx: &mut Tx<'_>,
    account: &str,
    custodian: bool,
    by: &str,
    at: NaiveDateTime,
) -> QueryResult<()> {
    diesel::delete(complaint_custodians::table.find(account)).execute(tx.conn())?;
    if custodian {
        diesel::insert_into(complaint_custodians::table)
            .values((
                complaint_custodians::account_id.eq(account),
                complaint_custodians::granted_by.eq(by),
                complaint_custodians::granted_at.eq(at),
            ))
            .execute(tx.conn())?;
    }
    Ok(())
}

pub fn set_on_call(
    tx: &mut Tx<'_>,
    account: &str,
    tier: Option<i32>,
    at: NaiveDateTime,
) -> QueryResult<()> {
    diesel::delete(complaint_on_call::table.find(account)).execute(tx.conn())?;
    if let Some(tier) = tier {
        diesel::insert_into(complaint_on_call::table)
            .values((
                complaint_on_call::account_id.eq(account),
                complaint_on_call::tier.eq(tier),
                complaint_on_call::since.eq(at),
            ))
            .execute(tx.conn())?;
    }
    Ok(())
}

/// (account, tier) of everyone on call.
pub fn on_call(conn: &mut DbConn) -> QueryResult<Vec<(String, i32)>> {
    complaint_on_call::table
        .select((complaint_on_call::account_id, complaint_on_call::tier))
        .order(complaint_on_call::tier.asc())
        .load(conn)
}
