//! Alerts in storage: the only code that writes `checkins`, `checkin_rhythms`,
//! `case_risk`, `alert_roster` and `alerts`.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::platform::db::schema::{alert_roster, alerts, case_risk, checkin_rhythms, checkins};
use crate::platform::db::{DbConn, Tx};

#[derive(Debug, Clone, Queryable, Insertable, Selectable)]
#[diesel(table_name = alerts)]
pub struct AlertRow {
    pub id: String,
    pub kind: String,
    pub case_id: String,
    pub child_id: String,
    pub risk: String,
    pub raised_by: String,
    pub client_id: Option<String>,
    pub raised_at: NaiveDateTime,
    pub tier: i32,
    pub alerted_at: NaiveDateTime,
    pub escalations: i32,
    pub acknowledged_at: Option<NaiveDateTime>,
    pub acknowledged_by: Option<String>,
    pub resolved_at: Option<NaiveDateTime>,
    pub resolved_by: Option<String>,
    pub outcome: Option<String>,
}

#[derive(Debug, Clone, Queryable, Insertable, Selectable)]
#[diesel(table_name = checkins)]
pub struct CheckInRow {
    pub id: String,
    pub case_id: String,
    pub child_id: String,
    pub client_id: String,
    pub at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Insertable, Selectable)]
#[diesel(table_name = checkin_rhythms)]
pub struct RhythmRow {
    pub case_id: String,
    pub child_id: String,
    pub every_days: i32,
    pub set_by: String,
    pub set_at: NaiveDateTime,
    pub invited_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, Queryable, Insertable, Selectable)]
#[diesel(table_name = alert_roster)]
pub struct RosterRow {
    pub account_id: String,
    pub tier: i32,
    pub specialisms: String,
    pub from_hour: Option<i32>,
    pub to_hour: Option<i32>,
    pub set_by: String,
    pub set_at: NaiveDateTime,
}

/// Stores an alert unless one with its (child, client id) exists, or it would be a
/// second open missing alert for the child (a unique index each); `false` when not
/// stored. Two racing requests: the second waits for the first and stores nothing.
pub fn insert_alert(tx: &mut Tx<'_>, row: &AlertRow) -> QueryResult<bool> {
    let n = match tx.conn() {
        DbConn::Postgresql(c) => diesel::insert_into(alerts::table)
            .values(row)
            .on_conflict_do_nothing()
            .execute(c)?,
        DbConn::Sqlite(c) => diesel::insert_into(alerts::table)
            .values(row)
            .on_conflict_do_nothing()
            .execute(c)?,
    };
    Ok(n == 1)
}

/// Locks an alert's row until the transaction ends (PostgreSQL; SQLite's write
/// transaction already holds the one write lock), so a tick and a person acting on the
/// same alert never undo each other.
pub fn lock(tx: &mut Tx<'_>, id: &str) -> QueryResult<Option<AlertRow>> {
    if let DbConn::Postgresql(c) = tx.conn() {
        alerts::table
            .find(id)
            .select(alerts::id)
            .for_update()
            .first::<String>(c)
            .optional()?;
    }
    alert(tx.conn(), id)
}

pub fn update_alert(tx: &mut Tx<'_>, row: &AlertRow) -> QueryResult<()> {
    diesel::update(alerts::table.find(&row.id))
        .set((
            alerts::tier.eq(row.tier),
            alerts::alerted_at.eq(row.alerted_at),
            alerts::escalations.eq(row.escalations),
            alerts::acknowledged_at.eq(row.acknowledged_at),
            alerts::acknowledged_by.eq(&row.acknowledged_by),
            alerts::resolved_at.eq(row.resolved_at),
            alerts::resolved_by.eq(&row.resolved_by),
            alerts::outcome.eq(&row.outcome),
        ))
        .execute(tx.conn())
        .map(drop)
}

pub fn alert(conn: &mut DbConn, id: &str) -> QueryResult<Option<AlertRow>> {
    alerts::table.find(id).first(conn).optional()
}

pub fn alert_by_client(
    conn: &mut DbConn,
    child: &str,
    client_id: &str,
) -> QueryResult<Option<AlertRow>> {
    alerts::table
        .filter(alerts::child_id.eq(child))
        .filter(alerts::client_id.eq(client_id))
        .first(conn)
        .optional()
}

/// Alerts not resolved, oldest first.
pub fn open_alerts(conn: &mut DbConn) -> QueryResult<Vec<AlertRow>> {
    alerts::table
        .filter(alerts::resolved_at.is_null())
        .order((alerts::raised_at.asc(), alerts::id.asc()))
        .load(conn)
}

/// A child's alerts of one kind, newest first.
pub fn of_child(
    conn: &mut DbConn,
    child: &str,
    kind: &str,
    limit: i64,
) -> QueryResult<Vec<AlertRow>> {
    alerts::table
        .filter(alerts::child_id.eq(child))
        .filter(alerts::kind.eq(kind))
        .order((alerts::raised_at.desc(), alerts::id.desc()))
        .limit(limit)
        .load(conn)
}

pub fn all_alerts(conn: &mut DbConn) -> QueryResult<Vec<AlertRow>> {
    alerts::table.order(alerts::raised_at.asc()).load(conn)
}

/// Stores a check-in unless one with its (child, client id) exists; `false` when not.
pub fn insert_checkin(tx: &mut Tx<'_>, row: &CheckInRow) -> QueryResult<bool> {
    let n = match tx.conn() {
        DbConn::Postgresql(c) => diesel::insert_into(checkins::table)
            .values(row)
            .on_conflict_do_nothing()
            .execute(c)?,
        DbConn::Sqlite(c) => diesel::insert_into(checkins::table)
            .values(row)
            .on_conflict_do_nothing()
            .execute(c)?,
    };
    Ok(n == 1)
}

pub fn checkin_by_client(
    conn: &mut DbConn,
    child: &str,
    client_id: &str,
) -> QueryResult<Option<CheckInRow>> {
    checkins::table
        .filter(checkins::child_id.eq(child))
        .filter(checkins::client_id.eq(client_id))
        .first(conn)
        .optional()
}

/// A child's check-ins on every case, oldest first.
pub fn checkins_of(conn: &mut DbConn, child: &str) -> QueryResult<Vec<CheckInRow>> {
    checkins::table
        .filter(checkins::child_id.eq(child))
        .order((checkins::at.asc(), checkins::id.asc()))
        .load(conn)
}

/// Every alert about a child, oldest first.
pub fn alerts_of(conn: &mut DbConn, child: &str) -> QueryResult<Vec<AlertRow>> {
    alerts::table
        .filter(alerts::child_id.eq(child))
        .order((alerts::raised_at.asc(), alerts::id.asc()))
        .load(conn)
}

/// When a child checked in on a case, newest first.
pub fn checkin_times(
    conn: &mut DbConn,
    case: &str,
    child: &str,
    limit: i64,
) -> QueryResult<Vec<NaiveDateTime>> {
    checkins::table
        .filter(checkins::case_id.eq(case))
        .filter(checkins::child_id.eq(child))
        .select(checkins::at)
        .order(checkins::at.desc())
        .limit(limit)
        .load(conn)
}

pub fn rhythm(conn: &mut DbConn, case: &str, child: &str) -> QueryResult<Option<RhythmRow>> {
    checkin_rhythms::table
        .find((case, child))
        .first(conn)
        .optional()
}

pub fn rhythms(conn: &mut DbConn) -> QueryResult<Vec<RhythmRow>> {
    checkin_rhythms::table.load(conn)
}

pub fn set_rhythm(
    tx: &mut Tx<'_>,
    case: &str,
    child: &str,
    row: Option<&RhythmRow>,
) -> QueryResult<()> {
    diesel::delete(checkin_rhythms::table.find((case, child))).execute(tx.conn())?;
    if let Some(row) = row {
        diesel::insert_into(checkin_rhythms::table)
            .values(row)
            .execute(tx.conn())?;
    }
    Ok(())
}

pub fn mark_invited(
    tx: &mut Tx<'_>,
    case: &str,
    child: &str,
    at: NaiveDateTime,
) -> QueryResult<()> {
    diesel::update(checkin_rhythms::table.find((case, child)))
        .set(checkin_rhythms::invited_at.eq(Some(at)))
        .execute(tx.conn())
        .map(drop)
}

pub fn case_risk(conn: &mut DbConn, case: &str) -> QueryResult<Option<String>> {
    case_risk::table
        .find(case)
        .select(case_risk::risk)
        .first(conn)
        .optional()
}

pub fn set_case_risk(
    tx: &mut Tx<'_>,
    case: &str,
    risk: &str,
    by: &str,
    at: NaiveDateTime,
) -> QueryResult<()> {
    diesel::delete(case_risk::table.find(case)).execute(tx.conn())?;
    diesel::insert_into(case_risk::table)
        .values((
            case_risk::case_id.eq(case),
            case_risk::risk.eq(risk),
            case_risk::set_by.eq(by),
            case_risk::set_at.eq(at),
        ))
        .execute(tx.conn())
        .map(drop)
}

pub fn roster(conn: &mut DbConn) -> QueryResult<Vec<RosterRow>> {
    alert_roster::table
        .order((alert_roster::tier.asc(), alert_roster::account_id.asc()))
        .load(conn)
}

pub fn on_roster(conn: &mut DbConn, account: &str) -> QueryResult<bool> {
    let n: i64 = alert_roster::table
        .filter(alert_roster::account_id.eq(account))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

pub fn set_roster(tx: &mut Tx<'_>, account: &str, row: Option<&RosterRow>) -> QueryResult<()> {
    diesel::delete(alert_roster::table.find(account)).execute(tx.conn())?;
    if let Some(row) = row {
        diesel::insert_into(alert_roster::table)
            .values(row)
            .execute(tx.conn())?;
    }
    Ok(())
}
