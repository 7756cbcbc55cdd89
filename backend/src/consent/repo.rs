//! Consent ages, events and waiting overrides in storage: the only code that writes
//! `consent_ages`, `consent_events` and `consent_overrides`. Events are only ever inserted.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use kinbridge_protocol::{AccountId, CaseId};

use crate::platform::db::schema::{child_views, consent_ages, consent_events, consent_overrides};
use crate::platform::db::{DbConn, Tx};

/// A recorded age: the years, and when they were true.
#[derive(Debug, Clone, Queryable)]
pub struct AgeRow {
    pub age_years: i32,
    pub as_of: NaiveDateTime,
}

/// A consent event as stored (and as it is hashed).
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Insertable)]
#[diesel(table_name = consent_events)]
pub struct EventRow {
    pub id: String,
    pub subject: String,
    pub seq: i32,
    pub case_id: String,
    pub purpose: String,
    pub purpose_version: i32,
    pub scope: String,
    pub kind: String,
    pub decision: String,
    pub decided_by: Option<String>,
    pub decided_as: String,
    pub recorded_by: String,
    pub modality: String,
    pub notice_locale: Option<String>,
    pub notice_band: Option<String>,
    pub notice_sha256: Option<String>,
    pub interpreter_locale: Option<String>,
    pub witness: Option<String>,
    pub age_years: Option<i32>,
    pub age_band: Option<String>,
    pub reason: Option<String>,
    pub approved_by: Option<String>,
    pub occurred_at: NaiveDateTime,
    pub expires_at: Option<NaiveDateTime>,
    pub prev_hash: String,
    pub hash: String,
}

#[derive(Debug, Clone, Queryable, Insertable)]
#[diesel(table_name = consent_overrides)]
pub struct OverrideRow {
    pub id: String,
    pub subject: String,
    pub case_id: String,
    pub purpose: String,
    pub scope: String,
    pub reason: String,
    pub requested_by: String,
    pub requested_at: NaiveDateTime,
}

/// Records (or replaces) a child's age.
pub fn set_age(
    tx: &mut Tx<'_>,
    account: AccountId,
    years: u8,
    source: &str,
    by: AccountId,
    at: NaiveDateTime,
) -> QueryResult<()> {
    let row = (
        consent_ages::account_id.eq(account.to_string()),
        consent_ages::age_years.eq(i32::from(years)),
        consent_ages::source.eq(source),
        consent_ages::as_of.eq(at),
        consent_ages::set_by.eq(by.to_string()),
        consent_ages::set_at.eq(at),
    );
    diesel::delete(consent_ages::table.filter(consent_ages::account_id.eq(account.to_string())))
        .execute(tx.conn())?;
    diesel::insert_into(consent_ages::table)
        .values(row)
        .execute(tx.conn())?;
    Ok(())
}

/// A child's recorded age. In a write, the row is locked (PostgreSQL), so two decisions
/// about one child append to their chain one after the other.
pub fn age(conn: &mut DbConn, account: AccountId, lock: bool) -> QueryResult<Option<AgeRow>> {
    let query = consent_ages::table
        .filter(consent_ages::account_id.eq(account.to_string()))
        .select((consent_ages::age_years, consent_ages::as_of));
    match conn {
        DbConn::Postgresql(c) if lock => query.for_update().first(c).optional(),
        DbConn::Postgresql(c) => query.first(c).optional(),
        // SQLite: the write transaction already holds the database's one write lock.
        DbConn::Sqlite(c) => query.first(c).optional(),
    }
}

/// (child, age in years, as of) for every recorded age whose child was not yet asked for
/// their own answers at the age they decide alone.
pub fn ages_not_prompted(conn: &mut DbConn) -> QueryResult<Vec<(String, i32, NaiveDateTime)>> {
    consent_ages::table
        .filter(consent_ages::own_age_prompted_at.is_null())
        .select((
            consent_ages::account_id,
            consent_ages::age_years,
            consent_ages::as_of,
        ))
        .load(conn)
}

pub fn mark_prompted(tx: &mut Tx<'_>, account: &str, at: NaiveDateTime) -> QueryResult<()> {
    diesel::update(consent_ages::table.filter(consent_ages::account_id.eq(account)))
        .set(consent_ages::own_age_prompted_at.eq(at))
        .execute(tx.conn())
        .map(drop)
}

/// A subject's events, oldest first.
pub fn events(conn: &mut DbConn, subject: AccountId) -> QueryResult<Vec<EventRow>> {
    consent_events::table
        .filter(consent_events::subject.eq(subject.to_string()))
        .order(consent_events::seq.asc())
        .load(conn)
}

pub fn find_event(conn: &mut DbConn, id: &str) -> QueryResult<Option<EventRow>> {
    consent_events::table
        .filter(consent_events::id.eq(id))
        .first(conn)
        .optional()
}

pub fn insert_event(tx: &mut Tx<'_>, row: &EventRow) -> QueryResult<()> {
    diesel::insert_into(consent_events::table)
        .values(row)
        .execute(tx.conn())?;
    Ok(())
}

pub fn insert_override(tx: &mut Tx<'_>, row: &OverrideRow) -> QueryResult<()> {
    diesel::insert_into(consent_overrides::table)
        .values(row)
        .execute(tx.conn())?;
    Ok(())
}

pub fn overrides(conn: &mut DbConn, case: CaseId) -> QueryResult<Vec<OverrideRow>> {
    consent_overrides::table
        .filter(consent_overrides::case_id.eq(case.to_string()))
        .order(consent_overrides::requested_at.asc())
        .load(conn)
}

pub fn find_override(conn: &mut DbConn, id: &str) -> QueryResult<Option<OverrideRow>> {
    consent_overrides::table
        .filter(consent_overrides::id.eq(id))
        .first(conn)
        .optional()
}

pub fn delete_override(tx: &mut Tx<'_>, id: &str) -> QueryResult<usize> {
    diesel::delete(consent_overrides::table.filter(consent_overrides::id.eq(id))).execute(tx.conn())
}

/// That a view was sought or given.
#[derive(Debug, Clone, Queryable, Insertable)]
#[diesel(table_name = child_views)]
pub struct ViewRow {
    pub id: String,
    pub case_id: String,
    pub subject: String,
    pub decision: String,
    pub scope: String,
    pub kind: String,
    pub given_by: String,
    pub given_as: String,
    pub form: Option<String>,
    pub at: NaiveDateTime,
}

pub fn insert_view(tx: &mut Tx<'_>, row: &ViewRow) -> QueryResult<()> {
    diesel::insert_into(child_views::table)
        .values(row)
        .execute(tx.conn())?;
    Ok(())
}

pub fn views(conn: &mut DbConn, case: CaseId, subject: AccountId) -> QueryResult<Vec<ViewRow>> {
    child_views::table
        .filter(child_views::case_id.eq(case.to_string()))
        .filter(child_views::subject.eq(subject.to_string()))
        .order((child_views::at.asc(), child_views::id.asc()))
        .load(conn)
}

/// Every view record about a subject, in any case.
pub fn views_of(conn: &mut DbConn, subject: AccountId) -> QueryResult<Vec<ViewRow>> {
    child_views::table
        .filter(child_views::subject.eq(subject.to_string()))
        .order((child_views::at.asc(), child_views::id.asc()))
        .load(conn)
}
