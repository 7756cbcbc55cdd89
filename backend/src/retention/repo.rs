//! Deletions for the retention job.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::audit;
use crate::db::DbConn;
use crate::db::schema::{
    accounts, case_links, case_members, case_stage_changes, cases, contact_rules, devices,
    enrolment_codes, envelopes, kyber_prekeys, one_time_prekeys, sent_messages,
};

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

pub fn delete_dead_codes(conn: &mut DbConn, cutoff: NaiveDateTime) -> QueryResult<usize> {
    diesel::delete(dead_codes(cutoff)).execute(conn)
}

/// Cases in the closed stage since before `cutoff`.
pub fn closed_cases_before(conn: &mut DbConn, cutoff: NaiveDateTime) -> QueryResult<Vec<String>> {
    cases::table
        .filter(cases::stage.eq("closed"))
        .filter(cases::stage_since.lt(cutoff))
        .select(cases::id)
        .order(cases::id.asc())
        .load(conn)
}

/// The accounts that belong to a case: the people invited into it.
fn invited(conn: &mut DbConn, case: &str) -> QueryResult<Vec<String>> {
    accounts::table
        .filter(accounts::home_case_id.eq(case))
        .select(accounts::id)
        .load(conn)
}

#[derive(Debug, Default)]
pub struct Footprint {
    pub accounts: usize,
    pub devices: usize,
    pub members: usize,
    pub stage_changes: usize,
    pub contact_rules: usize,
    pub case_links: usize,
    pub audit_events: usize,
}

fn n(v: i64) -> usize {
    usize::try_from(v).unwrap_or(0)
}

/// What deleting a case would remove.
pub fn case_footprint(conn: &mut DbConn, case: &str) -> QueryResult<Footprint> {
    let people = invited(conn, case)?;
    let devices: i64 = devices::table
        .filter(devices::account_id.eq_any(&people))
        .count()
        .get_result(conn)?;
    let members: i64 = case_members::table
        .filter(case_members::case_id.eq(case))
        .count()
        .get_result(conn)?;
    let stage_changes: i64 = case_stage_changes::table
        .filter(case_stage_changes::case_id.eq(case))
        .count()
        .get_result(conn)?;
    let rules: i64 = contact_rules::table
        .filter(contact_rules::case_id.eq(case))
        .count()
        .get_result(conn)?;
    let links: i64 = case_links::table
        .filter(case_links::case_a.eq(case).or(case_links::case_b.eq(case)))
        .count()
        .get_result(conn)?;
    let audit_events = audit::repo::events_naming(conn, case, &people)?.len();
    Ok(Footprint {
        accounts: people.len(),
        devices: n(devices),
        members: n(members),
        stage_changes: n(stage_changes),
        contact_rules: n(rules),
        case_links: n(links),
        audit_events,
    })
}

/// Deletes a case and everything that exists only for it; strips the ids from its audit
/// events. Returns the number of audit events stripped.
pub fn delete_case(conn: &mut DbConn, case: &str, now: NaiveDateTime) -> QueryResult<usize> {
    let people = invited(conn, case)?;
    let seqs: Vec<i64> = audit::repo::events_naming(conn, case, &people)?
        .into_iter()
        .collect();
    let stripped = audit::repo::strip_refs(conn, &seqs, now)?;
    diesel::delete(contact_rules::table.filter(contact_rules::case_id.eq(case))).execute(conn)?;
    diesel::delete(
        case_links::table.filter(case_links::case_a.eq(case).or(case_links::case_b.eq(case))),
    )
    .execute(conn)?;
    diesel::delete(case_stage_changes::table.filter(case_stage_changes::case_id.eq(case)))
        .execute(conn)?;
    diesel::delete(case_members::table.filter(case_members::case_id.eq(case))).execute(conn)?;
    diesel::delete(enrolment_codes::table.filter(enrolment_codes::account_id.eq_any(&people)))
        .execute(conn)?;
    let gone_devices: Vec<String> = devices::table
        .filter(devices::account_id.eq_any(&people))
        .select(devices::id)
        .load(conn)?;
    diesel::delete(envelopes::table.filter(envelopes::device_id.eq_any(&gone_devices)))
        .execute(conn)?;
    diesel::delete(
        one_time_prekeys::table.filter(one_time_prekeys::device_id.eq_any(&gone_devices)),
    )
    .execute(conn)?;
    diesel::delete(kyber_prekeys::table.filter(kyber_prekeys::device_id.eq_any(&gone_devices)))
        .execute(conn)?;
    diesel::delete(sent_messages::table.filter(sent_messages::sender_device.eq_any(&gone_devices)))
        .execute(conn)?;
    diesel::delete(devices::table.filter(devices::account_id.eq_any(&people))).execute(conn)?;
    diesel::delete(accounts::table.filter(accounts::id.eq_any(&people))).execute(conn)?;
    diesel::delete(cases::table.filter(cases::id.eq(case))).execute(conn)?;
    Ok(stripped)
}
