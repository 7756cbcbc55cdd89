//! Cases, members, stage history, links and contact rules in storage: the only code that
//! writes `cases`, `case_stage_changes`, `case_members`, `case_links` and `contact_rules`.
//! Membership and rule writes change who may contact whom, and say so on their
//! transaction. (Reads of memberships and rules for permission checks are in
//! `platform::reach`.)

use chrono::NaiveDateTime;
use diesel::prelude::*;
use kinbridge_protocol::{
    AccountId, CaseId, CaseLinkKind, CaseStage, ChildViews, ContactDecision, ContactReason,
    MemberRole, ViewsReason,
};
use uuid::Uuid;

use crate::platform::cache::Change;
use crate::platform::db::schema::{
    case_links, case_members, case_stage_changes, cases, contact_rules, stage_corrections,
};
use crate::platform::db::{DbConn, Tx};

#[derive(Debug, Clone, Queryable)]
pub struct CaseRow {
    #[diesel(deserialize_as = String)]
    pub id: CaseId,
    pub stage: String,
    pub stage_since: NaiveDateTime,
    pub created_at: NaiveDateTime,
    #[diesel(deserialize_as = String)]
    pub created_by: AccountId,
}

#[derive(Debug, Clone, Queryable)]
pub struct StageChangeRow {
    pub id: String,
    #[diesel(deserialize_as = String)]
    pub case_id: CaseId,
    pub from_stage: Option<String>,
    pub to_stage: String,
    #[diesel(deserialize_as = String)]
    pub changed_by: AccountId,
    pub changed_at: NaiveDateTime,
    pub child_views: Option<String>,
}

/// A membership row.
#[derive(Debug, Clone, Queryable)]
pub struct MemberRow {
    #[diesel(deserialize_as = String)]
    pub account_id: AccountId,
    pub role: String,
    pub relationship: Option<String>,
    pub added_at: NaiveDateTime,
}

/// Opens a case in `stage`, with the first entry of its history.
pub fn insert_case(
    tx: &mut Tx<'_>,
    id: CaseId,
    stage: CaseStage,
    by: AccountId,
    at: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(cases::table)
        .values((
            cases::id.eq(id.to_string()),
            cases::stage.eq(stage.as_str()),
            cases::stage_since.eq(at),
            cases::created_at.eq(at),
            cases::created_by.eq(by.to_string()),
        ))
        .execute(tx.conn())?;
    insert_stage_change(tx, id, None, stage, by, at, None)
}

pub fn find_case(conn: &mut DbConn, id: CaseId) -> QueryResult<Option<CaseRow>> {
    cases::table.find(id.to_string()).first(conn).optional()
}

/// Every case: (id, opened at, current stage).
pub fn all_cases(conn: &mut DbConn) -> QueryResult<Vec<(CaseId, NaiveDateTime, String)>> {
    let rows: Vec<(String, NaiveDateTime, String)> = cases::table
        .select((cases::id, cases::created_at, cases::stage))
        .order(cases::created_at.asc())
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, at, stage)| Some((CaseId::parse(&id).ok()?, at, stage)))
        .collect())
}

/// Cases in the closed stage since before `cutoff`.
pub fn closed_before(conn: &mut DbConn, cutoff: NaiveDateTime) -> QueryResult<Vec<CaseId>> {
    let ids: Vec<String> = cases::table
        .filter(cases::stage.eq(CaseStage::Closed.as_str()))
        .filter(cases::stage_since.lt(cutoff))
        .select(cases::id)
        .order(cases::id.asc())
        .load(conn)?;
    Ok(ids.iter().filter_map(|c| CaseId::parse(c).ok()).collect())
}

/// Moves a case from `from` to `to` and records the change in its history.
pub fn set_stage(
    tx: &mut Tx<'_>,
    case: CaseId,
    from: CaseStage,
    to: CaseStage,
    by: AccountId,
    at: NaiveDateTime,
    heard: Option<(ChildViews, Option<ViewsReason>)>,
) -> QueryResult<()> {
    diesel::update(cases::table.find(case.to_string()))
        .set((cases::stage.eq(to.as_str()), cases::stage_since.eq(at)))
        .execute(tx.conn())?;
    tx.changed(Change::Statuses);
    insert_stage_change(tx, case, Some(from), to, by, at, heard)
}

/// How a stage change stores whether the child was heard: `given`, `sought_not_given`,
/// `too_young`, or `not_sought:<reason>`.
fn heard_text(heard: Option<(ChildViews, Option<ViewsReason>)>) -> Option<String> {
    heard.map(|(views, reason)| match reason {
        Some(r) => format!("{views}:{r}"),
        None => views.to_string(),
    })
}

/// The stored form read back.
pub fn heard_of(raw: Option<&str>) -> (Option<ChildViews>, Option<ViewsReason>) {
    let Some(raw) = raw else {
        return (None, None);
    };
    let (views, reason) = raw
        .split_once(':')
        .map_or((raw, None), |(v, r)| (v, Some(r)));
    (
        ChildViews::parse(views),
        reason.and_then(ViewsReason::parse),
    )
}

fn insert_stage_change(
    tx: &mut Tx<'_>,
    case: CaseId,
    from: Option<CaseStage>,
    to: CaseStage,
    by: AccountId,
    at: NaiveDateTime,
    heard: Option<(ChildViews, Option<ViewsReason>)>,
) -> QueryResult<()> {
    diesel::insert_into(case_stage_changes::table)
        .values((
            case_stage_changes::id.eq(Uuid::new_v4().to_string()),
            case_stage_changes::case_id.eq(case.to_string()),
            case_stage_changes::from_stage.eq(from.map(CaseStage::as_str)),
            case_stage_changes::to_stage.eq(to.as_str()),
            case_stage_changes::changed_by.eq(by.to_string()),
            case_stage_changes::changed_at.eq(at),
            case_stage_changes::child_views.eq(heard_text(heard)),
        ))
        .execute(tx.conn())
        .map(drop)
}

pub fn stage_changes(conn: &mut DbConn, case: CaseId) -> QueryResult<Vec<StageChangeRow>> {
    case_stage_changes::table
        .filter(case_stage_changes::case_id.eq(case.to_string()))
        .order((
            case_stage_changes::changed_at.asc(),
            case_stage_changes::id.asc(),
        ))
        .load(conn)
}

pub fn insert_member(
    tx: &mut Tx<'_>,
    case: CaseId,
    account: AccountId,
    role: MemberRole,
    relationship: Option<&str>,
    added_by: AccountId,
    at: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(case_members::table)
        .values((
            case_members::case_id.eq(case.to_string()),
            case_members::account_id.eq(account.to_string()),
            case_members::role.eq(role.as_str()),
            case_members::relationship.eq(relationship),
            case_members::added_by.eq(added_by.to_string()),
            case_members::added_at.eq(at),
            case_members::removed_at.eq(None::<NaiveDateTime>),
        ))
        .execute(tx.conn())?;
    tx.changed(Change::Contacts);
    Ok(())
}

/// Ends an active membership.
pub fn remove_member(
    tx: &mut Tx<'_>,
    case: CaseId,
    account: AccountId,
    at: NaiveDateTime,
) -> QueryResult<usize> {
    let n = diesel::update(
        case_members::table
            .filter(case_members::case_id.eq(case.to_string()))
            .filter(case_members::account_id.eq(account.to_string()))
            .filter(case_members::removed_at.is_null()),
    )
    .set(case_members::removed_at.eq(Some(at)))
    .execute(tx.conn())?;
    tx.changed(Change::Contacts);
    Ok(n)
}

/// Whether the account was ever a member (active or removed).
pub fn membership_exists(conn: &mut DbConn, case: CaseId, account: AccountId) -> QueryResult<bool> {
    let n: i64 = case_members::table
        .filter(case_members::case_id.eq(case.to_string()))
        .filter(case_members::account_id.eq(account.to_string()))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

/// The active members, oldest first.
pub fn active_members(conn: &mut DbConn, case: CaseId) -> QueryResult<Vec<MemberRow>> {
    case_members::table
        .filter(case_members::case_id.eq(case.to_string()))
        .filter(case_members::removed_at.is_null())
        .order((case_members::added_at.asc(), case_members::account_id.asc()))
        .select((
            case_members::account_id,
            case_members::role,
            case_members::relationship,
            case_members::added_at,
        ))
        .load(conn)
}

/// A case and the role a member has in it.
#[derive(Debug, Clone, Queryable)]
pub struct CaseAndRole {
    pub case: CaseRow,
    pub role: String,
}

/// The cases an account is an active member of, with its role in each.
pub fn cases_of(conn: &mut DbConn, account: AccountId) -> QueryResult<Vec<CaseAndRole>> {
    cases::table
        .inner_join(case_members::table)
        .filter(case_members::account_id.eq(account.to_string()))
        .filter(case_members::removed_at.is_null())
        .order(cases::created_at.asc())
        .select((cases::all_columns, case_members::role))
        .load(conn)
}

pub fn insert_link(
    tx: &mut Tx<'_>,
    (a, b): (CaseId, CaseId),
    kind: CaseLinkKind,
    by: AccountId,
    at: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(case_links::table)
        .values((
            case_links::case_a.eq(a.to_string()),
            case_links::case_b.eq(b.to_string()),
            case_links::kind.eq(kind.as_str()),
            case_links::created_by.eq(by.to_string()),
            case_links::created_at.eq(at),
        ))
        .execute(tx.conn())
        .map(drop)
}

pub fn link_exists(conn: &mut DbConn, (a, b): (CaseId, CaseId)) -> QueryResult<bool> {
    let n: i64 = case_links::table
        .filter(case_links::case_a.eq(a.to_string()))
        .filter(case_links::case_b.eq(b.to_string()))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

/// `(other case, kind)` for every link of a case.
pub fn links_of(conn: &mut DbConn, case: CaseId) -> QueryResult<Vec<(CaseId, CaseLinkKind)>> {
    let case = case.to_string();
    let mut out: Vec<(String, String)> = case_links::table
        .filter(case_links::case_a.eq(&case))
        .select((case_links::case_b, case_links::kind))
        .load(conn)?;
    let other: Vec<(String, String)> = case_links::table
        .filter(case_links::case_b.eq(&case))
        .select((case_links::case_a, case_links::kind))
        .load(conn)?;
    out.extend(other);
    out.sort();
    Ok(out
        .iter()
        .filter_map(|(c, k)| Some((CaseId::parse(c).ok()?, CaseLinkKind::parse(k)?)))
        .collect())
}

/// Records a caseworker's decision for an ordered pair.
pub fn insert_rule(
    tx: &mut Tx<'_>,
    case: CaseId,
    (a, b): (AccountId, AccountId),
    decision: ContactDecision,
    reason: ContactReason,
    by: AccountId,
    at: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(contact_rules::table)
        .values((
            contact_rules::id.eq(Uuid::new_v4().to_string()),
            contact_rules::case_id.eq(case.to_string()),
            contact_rules::member_a.eq(a.to_string()),
            contact_rules::member_b.eq(b.to_string()),
            contact_rules::decision.eq(decision.as_str()),
            contact_rules::reason.eq(reason.as_str()),
            contact_rules::set_by.eq(by.to_string()),
            contact_rules::set_at.eq(at),
        ))
        .execute(tx.conn())?;
    tx.changed(Change::Contacts);
    Ok(())
}

/// What deleting a case would remove.
#[derive(Debug, Default, Clone, Copy)]
pub struct Footprint {
    pub members: usize,
    pub stage_changes: usize,
    pub contact_rules: usize,
    pub case_links: usize,
}

fn n(v: i64) -> usize {
    usize::try_from(v).unwrap_or(0)
}

pub fn footprint(conn: &mut DbConn, case: CaseId) -> QueryResult<Footprint> {
    let case = case.to_string();
    let members: i64 = case_members::table
        .filter(case_members::case_id.eq(&case))
        .count()
        .get_result(conn)?;
    let stage_changes: i64 = case_stage_changes::table
        .filter(case_stage_changes::case_id.eq(&case))
        .count()
        .get_result(conn)?;
    let rules: i64 = contact_rules::table
        .filter(contact_rules::case_id.eq(&case))
        .count()
        .get_result(conn)?;
    let links: i64 = case_links::table
        .filter(
            case_links::case_a
                .eq(&case)
                .or(case_links::case_b.eq(&case)),
        )
        .count()
        .get_result(conn)?;
    Ok(Footprint {
        members: n(members),
        stage_changes: n(stage_changes),
        contact_rules: n(rules),
        case_links: n(links),
    })
}

/// Deletes a case with its rules, links, history and memberships.
pub fn delete_case(tx: &mut Tx<'_>, case: CaseId) -> QueryResult<()> {
    let case = case.to_string();
    diesel::delete(contact_rules::table.filter(contact_rules::case_id.eq(&case)))
        .execute(tx.conn())?;
    diesel::delete(
        case_links::table.filter(
            case_links::case_a
                .eq(&case)
                .or(case_links::case_b.eq(&case)),
        ),
    )
    .execute(tx.conn())?;
    diesel::delete(case_stage_changes::table.filter(case_stage_changes::case_id.eq(&case)))
        .execute(tx.conn())?;
    diesel::delete(stage_corrections::table.filter(stage_corrections::case_id.eq(&case)))
        .execute(tx.conn())?;
    diesel::delete(case_members::table.filter(case_members::case_id.eq(&case)))
        .execute(tx.conn())?;
    diesel::delete(cases::table.filter(cases::id.eq(&case))).execute(tx.conn())?;
    tx.changed(Change::Contacts);
    Ok(())
}

/// A stage correction waiting for a second supervisor.
#[derive(Debug, Clone, Queryable)]
pub struct CorrectionRow {
    pub id: String,
    pub case_id: String,
    pub from_stage: String,
    pub to_stage: String,
    pub reason: String,
    pub proposed_by: String,
    pub proposed_at: NaiveDateTime,
}

/// Stores a proposed correction; false if the case already has one waiting (checked by the
/// database: two proposals at once cannot both be stored).
pub fn insert_correction(tx: &mut Tx<'_>, row: &CorrectionRow) -> QueryResult<bool> {
    let n = diesel::insert_into(stage_corrections::table)
        .values((
            stage_corrections::id.eq(&row.id),
            stage_corrections::case_id.eq(&row.case_id),
            stage_corrections::from_stage.eq(&row.from_stage),
            stage_corrections::to_stage.eq(&row.to_stage),
            stage_corrections::reason.eq(&row.reason),
            stage_corrections::proposed_by.eq(&row.proposed_by),
            stage_corrections::proposed_at.eq(row.proposed_at),
        ))
        .execute(tx.conn());
    match n {
        Ok(n) => Ok(n == 1),
        Err(diesel::result::Error::DatabaseError(
            diesel::result::DatabaseErrorKind::UniqueViolation,
            _,
        )) => Ok(false),
        Err(e) => Err(e),
    }
}

pub fn correction(conn: &mut DbConn, id: &str) -> QueryResult<Option<CorrectionRow>> {
    stage_corrections::table.find(id).first(conn).optional()
}

/// Every correction waiting, oldest first.
pub fn corrections(conn: &mut DbConn) -> QueryResult<Vec<CorrectionRow>> {
    stage_corrections::table
        .order(stage_corrections::proposed_at.asc())
        .load(conn)
}

/// Takes a waiting correction away (approved, withdrawn or stale); whether it was there.
pub fn take_correction(tx: &mut Tx<'_>, id: &str) -> QueryResult<bool> {
    let n = diesel::delete(stage_corrections::table.find(id)).execute(tx.conn())?;
    Ok(n == 1)
}
