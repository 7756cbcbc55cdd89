//! The audit chain in storage.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Binary};

use kinbridge_protocol::{AccountId, CaseId};

use crate::platform::db::DbConn;
use crate::platform::db::schema::{audit_checkpoints, audit_events, audit_head};

#[derive(Debug, Clone, Queryable)]
pub struct EventRow {
    pub seq: i64,
    pub occurred_at: NaiveDateTime,
    pub actor_kind: String,
    pub action: String,
    pub detail: Option<String>,
    pub actor_account: Option<String>,
    pub actor_device: Option<String>,
    pub case_id: Option<String>,
    pub subjects: Option<String>,
    pub refs_digest: Vec<u8>,
    pub refs_stripped_at: Option<NaiveDateTime>,
    pub prev_hash: Vec<u8>,
    pub hash: Vec<u8>,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = audit_events)]
pub struct NewEvent<'a> {
    pub seq: i64,
    pub occurred_at: NaiveDateTime,
    pub actor_kind: &'a str,
    pub action: &'a str,
    pub detail: Option<&'a str>,
    pub actor_account: Option<&'a str>,
    pub actor_device: Option<&'a str>,
    pub case_id: Option<&'a str>,
    pub subjects: Option<&'a str>,
    pub refs_digest: &'a [u8],
    pub refs_stripped_at: Option<NaiveDateTime>,
    pub prev_hash: &'a [u8],
    pub hash: &'a [u8],
}

#[derive(Debug, Clone, Queryable)]
pub struct CheckpointRow {
    pub seq: i64,
    pub hash: Vec<u8>,
    pub signature: Vec<u8>,
    pub signed_at: NaiveDateTime,
}

#[derive(Debug, QueryableByName)]
struct HeadRow {
    #[diesel(sql_type = BigInt)]
    seq: i64,
    #[diesel(sql_type = Binary)]
    hash: Vec<u8>,
}

/// Reads the head and holds it until the transaction ends, so appends form one line.
pub fn lock_head(conn: &mut DbConn) -> QueryResult<(i64, Vec<u8>)> {
    // Backend-specific: PostgreSQL needs a row lock; SQLite's BEGIN IMMEDIATE (see
    // `Db::write`) already holds the database's only write lock.
    let sql = match conn {
        DbConn::Postgresql(_) => "SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE",
        DbConn::Sqlite(_) => "SELECT seq, hash FROM audit_head WHERE id = 1",
    };
    let row: HeadRow = diesel::sql_query(sql).get_result(conn)?;
    Ok((row.seq, row.hash))
}

/// Reads the head without locking it (verification).
pub fn head(conn: &mut DbConn) -> QueryResult<(i64, Vec<u8>)> {
    audit_head::table
        .find(1)
        .select((audit_head::seq, audit_head::hash))
        .first(conn)
}

pub fn set_head(conn: &mut DbConn, seq: i64, hash: &[u8]) -> QueryResult<()> {
    diesel::update(audit_head::table.find(1))
        .set((audit_head::seq.eq(seq), audit_head::hash.eq(hash)))
        .execute(conn)
        .map(drop)
}

pub fn insert_events(conn: &mut DbConn, rows: &[NewEvent<'_>]) -> QueryResult<()> {
    crate::insert_batch!(conn, audit_events::table, rows);
    Ok(())
}

/// PostgreSQL: in one statement, moves the head from `from` to `to` and inserts `rows`,
/// both only if the head is still `from` (a concurrent appender holds the head's row lock;
/// this statement waits for it, then finds the head moved and writes nothing). Whether it
/// wrote. On SQLite it is never called (see the audit writer).
pub fn append_if_head(
    conn: &mut DbConn,
    rows: &[NewEvent<'_>],
    from: &(i64, Vec<u8>),
    to: &(i64, Vec<u8>),
) -> QueryResult<bool> {
    use diesel::sql_types::{Array, Nullable, Text, Timestamp};
    let DbConn::Postgresql(c) = conn else {
        return Err(diesel::result::Error::QueryBuilderError(
            "append_if_head is for PostgreSQL".into(),
        ));
    };
    let text = |f: for<'a> fn(&'a NewEvent<'a>) -> Option<&'a str>| -> Vec<Option<String>> {
        rows.iter().map(|r| f(r).map(str::to_owned)).collect()
    };
    let written = diesel::sql_query(
        "WITH moved AS (UPDATE audit_head SET seq = $1, hash = $2 \
           WHERE id = 1 AND seq = $3 AND hash = $4 RETURNING id) \
         INSERT INTO audit_events (seq, occurred_at, actor_kind, action, detail, actor_account, \
           actor_device, case_id, subjects, refs_digest, prev_hash, hash) \
         SELECT e.seq, e.occurred_at, e.actor_kind, e.action, e.detail, e.actor_account, \
           e.actor_device, e.case_id, e.subjects, e.refs_digest, e.prev_hash, e.hash \
         FROM moved, UNNEST($5::bigint[], $6::timestamp[], $7::text[], $8::text[], $9::text[], \
           $10::text[], $11::text[], $12::text[], $13::text[], $14::bytea[], $15::bytea[], \
           $16::bytea[]) AS e(seq, occurred_at, actor_kind, action, detail, actor_account, \
           actor_device, case_id, subjects, refs_digest, prev_hash, hash)",
    )
    .bind::<BigInt, _>(to.0)
    .bind::<Binary, _>(&to.1)
    .bind::<BigInt, _>(from.0)
    .bind::<Binary, _>(&from.1)
    .bind::<Array<BigInt>, _>(rows.iter().map(|r| r.seq).collect::<Vec<_>>())
    .bind::<Array<Timestamp>, _>(rows.iter().map(|r| r.occurred_at).collect::<Vec<_>>())
    .bind::<Array<Text>, _>(
        rows.iter()
            .map(|r| r.actor_kind.to_owned())
            .collect::<Vec<_>>(),
    )
    .bind::<Array<Text>, _>(rows.iter().map(|r| r.action.to_owned()).collect::<Vec<_>>())
    .bind::<Array<Nullable<Text>>, _>(text(|r| r.detail))
    .bind::<Array<Nullable<Text>>, _>(text(|r| r.actor_account))
    .bind::<Array<Nullable<Text>>, _>(text(|r| r.actor_device))
    .bind::<Array<Nullable<Text>>, _>(text(|r| r.case_id))
    .bind::<Array<Nullable<Text>>, _>(text(|r| r.subjects))
    .bind::<Array<Binary>, _>(
        rows.iter()
            .map(|r| r.refs_digest.to_vec())
            .collect::<Vec<_>>(),
    )
    .bind::<Array<Binary>, _>(
        rows.iter()
            .map(|r| r.prev_hash.to_vec())
            .collect::<Vec<_>>(),
    )
    .bind::<Array<Binary>, _>(rows.iter().map(|r| r.hash.to_vec()).collect::<Vec<_>>())
    .execute(c)?;
    Ok(written == rows.len())
}

/// Up to `limit` events after `seq`, in order.
pub fn events_after(conn: &mut DbConn, seq: i64, limit: i64) -> QueryResult<Vec<EventRow>> {
    audit_events::table
        .filter(audit_events::seq.gt(seq))
        .order(audit_events::seq.asc())
        .limit(limit)
        .load(conn)
}

pub fn checkpoints(conn: &mut DbConn) -> QueryResult<Vec<CheckpointRow>> {
    audit_checkpoints::table
        .order(audit_checkpoints::seq.asc())
        .load(conn)
}

pub fn last_checkpoint_seq(conn: &mut DbConn) -> QueryResult<Option<i64>> {
    audit_checkpoints::table
        .select(diesel::dsl::max(audit_checkpoints::seq))
        .first(conn)
}

pub fn insert_checkpoint(
    conn: &mut DbConn,
    seq: i64,
    hash: &[u8],
    signature: &[u8],
    at: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(audit_checkpoints::table)
        .values((
            audit_checkpoints::seq.eq(seq),
            audit_checkpoints::hash.eq(hash),
            audit_checkpoints::signature.eq(signature),
            audit_checkpoints::signed_at.eq(at),
        ))
        .execute(conn)
        .map(drop)
}

/// A case's events, oldest first.
/// Up to `limit` events of `case` after `after`, oldest first.
pub fn case_events(
    conn: &mut DbConn,
    case: CaseId,
    after: i64,
    limit: i64,
) -> QueryResult<Vec<EventRow>> {
    audit_events::table
        .filter(audit_events::case_id.eq(case.to_string()))
        .filter(audit_events::seq.gt(after))
        .order(audit_events::seq.asc())
        .limit(limit)
        .load(conn)
}

/// The events that name `case` (as their case or as a subject) or one of `people` (as
/// actor or subject), and still carry their ids.
pub fn events_naming(
    conn: &mut DbConn,
    case: CaseId,
    people: &[AccountId],
) -> QueryResult<std::collections::BTreeSet<i64>> {
    let case = case.to_string();
    let live = audit_events::table.filter(audit_events::refs_stripped_at.is_null());
    let mut seqs: std::collections::BTreeSet<i64> = live
        .filter(
            audit_events::case_id
                .eq(&case)
                .or(audit_events::subjects.like(format!("%case:{case}%"))),
        )
        .select(audit_events::seq)
        .load::<i64>(conn)?
        .into_iter()
        .collect();
    for person in people {
        seqs.extend(
            live.filter(
                audit_events::actor_account
                    .eq(person.to_string())
                    .or(audit_events::subjects.like(format!("%account:{person}%"))),
            )
            .select(audit_events::seq)
            .load::<i64>(conn)?,
        );
    }
    Ok(seqs)
}

/// Removes the identifying ids from these events. The digest stays, so the chain still
/// verifies; the event still says that something happened, and when.
pub fn strip_refs(conn: &mut DbConn, seqs: &[i64], now: NaiveDateTime) -> QueryResult<usize> {
    let mut n = 0;
    for chunk in seqs.chunks(500) {
        n += diesel::update(audit_events::table.filter(audit_events::seq.eq_any(chunk)))
            .set((
                audit_events::actor_account.eq(None::<String>),
                audit_events::actor_device.eq(None::<String>),
                audit_events::case_id.eq(None::<String>),
                audit_events::subjects.eq(None::<String>),
                audit_events::refs_stripped_at.eq(Some(now)),
            ))
            .execute(conn)?;
    }
    Ok(n)
}
