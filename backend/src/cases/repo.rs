//! Cases, members, stage history, links and contact rules in storage.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use kinbridge_protocol::MemberRole;

use crate::db::DbConn;
use crate::db::schema::{
    accounts, case_links, case_members, case_stage_changes, cases, contact_rules,
};

#[derive(Debug, Clone, Queryable)]
pub struct CaseRow {
    pub id: String,
    pub stage: String,
    pub stage_since: NaiveDateTime,
    pub created_at: NaiveDateTime,
    pub created_by: String,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = cases)]
pub struct NewCase<'a> {
    pub id: &'a str,
    pub stage: &'a str,
    pub stage_since: NaiveDateTime,
    pub created_at: NaiveDateTime,
    pub created_by: &'a str,
}

#[derive(Debug, Clone, Queryable)]
pub struct StageChangeRow {
    pub id: String,
    pub case_id: String,
    pub from_stage: Option<String>,
    pub to_stage: String,
    pub changed_by: String,
    pub changed_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = case_stage_changes)]
pub struct NewStageChange<'a> {
    pub id: &'a str,
    pub case_id: &'a str,
    pub from_stage: Option<&'a str>,
    pub to_stage: &'a str,
    pub changed_by: &'a str,
    pub changed_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = case_members)]
pub struct NewMember<'a> {
    pub case_id: &'a str,
    pub account_id: &'a str,
    pub role: &'a str,
    pub relationship: Option<&'a str>,
    pub added_by: &'a str,
    pub added_at: NaiveDateTime,
    pub removed_at: Option<NaiveDateTime>,
}

/// A member with the account fields a member view needs.
#[derive(Debug, Clone, Queryable)]
pub struct MemberRow {
    pub account_id: String,
    pub role: String,
    pub relationship: Option<String>,
    pub added_at: NaiveDateTime,
    pub display_name: Option<String>,
    pub age_band: Option<String>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = case_links)]
pub struct NewLink<'a> {
    pub case_a: &'a str,
    pub case_b: &'a str,
    pub kind: &'a str,
    pub created_by: &'a str,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable)]
pub struct RuleRow {
    pub id: String,
    pub case_id: String,
    pub member_a: String,
    pub member_b: String,
    pub decision: String,
    pub reason: String,
    pub set_by: String,
    pub set_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = contact_rules)]
pub struct NewRule<'a> {
    pub id: &'a str,
    pub case_id: &'a str,
    pub member_a: &'a str,
    pub member_b: &'a str,
    pub decision: &'a str,
    pub reason: &'a str,
    pub set_by: &'a str,
    pub set_at: NaiveDateTime,
}

pub fn insert_case(conn: &mut DbConn, new: &NewCase<'_>) -> QueryResult<()> {
    diesel::insert_into(cases::table)
        .values(new)
        .execute(conn)
        .map(drop)
}

pub fn find_case(conn: &mut DbConn, id: &str) -> QueryResult<Option<CaseRow>> {
    cases::table.find(id).first(conn).optional()
}

/// Every case: (id, opened at, current stage).
pub fn all_cases(conn: &mut DbConn) -> QueryResult<Vec<(String, NaiveDateTime, String)>> {
    cases::table
        .select((cases::id, cases::created_at, cases::stage))
        .order(cases::created_at.asc())
        .load(conn)
}

pub fn set_stage(
    conn: &mut DbConn,
    id: &str,
    stage: &str,
    since: NaiveDateTime,
) -> QueryResult<()> {
    diesel::update(cases::table.find(id))
        .set((cases::stage.eq(stage), cases::stage_since.eq(since)))
        .execute(conn)
        .map(drop)
}

pub fn insert_stage_change(conn: &mut DbConn, new: &NewStageChange<'_>) -> QueryResult<()> {
    diesel::insert_into(case_stage_changes::table)
        .values(new)
        .execute(conn)
        .map(drop)
}

pub fn stage_changes(conn: &mut DbConn, case: &str) -> QueryResult<Vec<StageChangeRow>> {
    case_stage_changes::table
        .filter(case_stage_changes::case_id.eq(case))
        .order((
            case_stage_changes::changed_at.asc(),
            case_stage_changes::id.asc(),
        ))
        .load(conn)
}

pub fn insert_member(conn: &mut DbConn, new: &NewMember<'_>) -> QueryResult<()> {
    diesel::insert_into(case_members::table)
        .values(new)
        .execute(conn)
        .map(drop)
}

/// The account's active role in the case, if it is a member.
pub fn active_role(
    conn: &mut DbConn,
    case: &str,
    account: &str,
) -> QueryResult<Option<MemberRole>> {
    let role: Option<String> = case_members::table
        .filter(case_members::case_id.eq(case))
        .filter(case_members::account_id.eq(account))
        .filter(case_members::removed_at.is_null())
        .select(case_members::role)
        .first(conn)
        .optional()?;
    Ok(role.as_deref().and_then(MemberRole::parse))
}

/// The cases where both accounts are active members.
pub fn shared_cases(conn: &mut DbConn, a: &str, b: &str) -> QueryResult<Vec<String>> {
    let of_a: Vec<String> = case_members::table
        .filter(case_members::account_id.eq(a))
        .filter(case_members::removed_at.is_null())
        .select(case_members::case_id)
        .load(conn)?;
    case_members::table
        .filter(case_members::account_id.eq(b))
        .filter(case_members::removed_at.is_null())
        .filter(case_members::case_id.eq_any(&of_a))
        .select(case_members::case_id)
        .load(conn)
}

/// Ends an active membership.
pub fn remove_member(
    conn: &mut DbConn,
    case: &str,
    account: &str,
    at: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(
        case_members::table
            .filter(case_members::case_id.eq(case))
            .filter(case_members::account_id.eq(account))
            .filter(case_members::removed_at.is_null()),
    )
    .set(case_members::removed_at.eq(Some(at)))
    .execute(conn)
}

/// Whether the account was ever a member (active or removed).
pub fn membership_exists(conn: &mut DbConn, case: &str, account: &str) -> QueryResult<bool> {
    let n: i64 = case_members::table
        .filter(case_members::case_id.eq(case))
        .filter(case_members::account_id.eq(account))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

pub fn active_members(conn: &mut DbConn, case: &str) -> QueryResult<Vec<MemberRow>> {
    case_members::table
        .inner_join(accounts::table)
        .filter(case_members::case_id.eq(case))
        .filter(case_members::removed_at.is_null())
        .order((case_members::added_at.asc(), case_members::account_id.asc()))
        .select((
            case_members::account_id,
            case_members::role,
            case_members::relationship,
            case_members::added_at,
            accounts::display_name,
            accounts::age_band,
        ))
        .load(conn)
}

/// The cases an account is an active member of, with its role in each.
pub fn cases_of(conn: &mut DbConn, account: &str) -> QueryResult<Vec<(CaseRow, String)>> {
    cases::table
        .inner_join(case_members::table)
        .filter(case_members::account_id.eq(account))
        .filter(case_members::removed_at.is_null())
        .order(cases::created_at.asc())
        .select((cases::all_columns, case_members::role))
        .load(conn)
}

pub fn insert_link(conn: &mut DbConn, new: &NewLink<'_>) -> QueryResult<()> {
    diesel::insert_into(case_links::table)
        .values(new)
        .execute(conn)
        .map(drop)
}

pub fn link_exists(conn: &mut DbConn, a: &str, b: &str) -> QueryResult<bool> {
    let n: i64 = case_links::table
        .filter(case_links::case_a.eq(a))
        .filter(case_links::case_b.eq(b))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

/// `(other case, kind)` for every link of a case.
pub fn links_of(conn: &mut DbConn, case: &str) -> QueryResult<Vec<(String, String)>> {
    let mut out: Vec<(String, String)> = case_links::table
        .filter(case_links::case_a.eq(case))
        .select((case_links::case_b, case_links::kind))
        .load(conn)?;
    let other: Vec<(String, String)> = case_links::table
        .filter(case_links::case_b.eq(case))
        .select((case_links::case_a, case_links::kind))
        .load(conn)?;
    out.extend(other);
    out.sort();
    Ok(out)
}

pub fn insert_rule(conn: &mut DbConn, new: &NewRule<'_>) -> QueryResult<()> {
    diesel::insert_into(contact_rules::table)
        .values(new)
        .execute(conn)
        .map(drop)
}

/// Every contact decision of a case, newest first.
pub fn rules_of(conn: &mut DbConn, case: &str) -> QueryResult<Vec<RuleRow>> {
    contact_rules::table
        .filter(contact_rules::case_id.eq(case))
        .order((contact_rules::set_at.desc(), contact_rules::id.desc()))
        .load(conn)
}
