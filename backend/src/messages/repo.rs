//! Envelope queues and sent message ids in storage: the only code that writes
//! `envelopes` and `sent_messages`. A device's queue goes with the device (the table
//! declares `ON DELETE CASCADE`).

use chrono::NaiveDateTime;
use diesel::prelude::*;
use kinbridge_protocol::{AccountId, DeviceId};

use crate::platform::cache::Change;
use crate::platform::db::schema::{devices, envelopes, sent_messages};
use crate::platform::db::{DbConn, Tx};

#[derive(Debug, Clone, Queryable)]
pub struct EnvelopeRow {
    pub seq: i64,
    pub guid: String,
    #[diesel(deserialize_as = String)]
    pub device_id: DeviceId,
    pub kind: String,
    pub source_account: Option<String>,
    pub source_device: Option<i32>,
    pub client_message_id: Option<String>,
    pub content: Vec<u8>,
    pub server_ts: NaiveDateTime,
    pub expires_at: NaiveDateTime,
}

#[derive(Debug, Insertable)]
#[diesel(table_name = envelopes)]
pub struct NewEnvelope<'a> {
    pub guid: &'a str,
    pub device_id: &'a str,
    pub kind: &'a str,
    pub source_account: Option<&'a str>,
    pub source_device: Option<i32>,
    pub client_message_id: Option<&'a str>,
    pub content: &'a [u8],
    pub server_ts: NaiveDateTime,
    pub expires_at: NaiveDateTime,
}

/// An envelope to insert, owned (prepared on one thread, written on another).
#[derive(Debug, Clone)]
pub struct OwnedEnvelope {
    pub guid: String,
    pub device_id: DeviceId,
    pub kind: String,
    pub source_account: Option<AccountId>,
    pub source_device: Option<i32>,
    pub client_message_id: Option<String>,
    pub content: Vec<u8>,
    pub server_ts: NaiveDateTime,
    pub expires_at: NaiveDateTime,
}

/// Whether a sender (a device, or the sealed scope) already sent a message with this id.
pub fn already_sent(
    conn: &mut DbConn,
    sender_device: &str,
    client_message_id: &str,
) -> QueryResult<bool> {
    let seen: i64 = sent_messages::table
        .filter(sent_messages::sender_device.eq(sender_device))
        .filter(sent_messages::client_message_id.eq(client_message_id))
        .count()
        .get_result(conn)?;
    Ok(seen > 0)
}

/// Records client message ids; returns the (sender device, id) pairs that were new.
pub fn record_sends(
    tx: &mut Tx<'_>,
    keys: &[(String, String, NaiveDateTime)],
) -> QueryResult<Vec<(String, String)>> {
    let mut fresh = Vec::with_capacity(keys.len());
    for chunk in keys.chunks(200) {
        let rows: Vec<_> = chunk
            .iter()
            .map(|(d, id, at)| {
                (
                    sent_messages::sender_device.eq(d),
                    sent_messages::client_message_id.eq(id),
                    sent_messages::created_at.eq(*at),
                )
            })
            .collect();
        // Backend-specific: INSERT … ON CONFLICT DO NOTHING RETURNING is built per backend
        // (the multi-connection has no upsert); a duplicate id is simply not returned.
        let returned: Vec<(String, String)> = match tx.conn() {
            DbConn::Postgresql(c) => diesel::insert_into(sent_messages::table)
                .values(&rows)
                .on_conflict_do_nothing()
                .returning((
                    sent_messages::sender_device,
                    sent_messages::client_message_id,
                ))
                .get_results(c)?,
            DbConn::Sqlite(c) => diesel::insert_into(sent_messages::table)
                .values(&rows)
                .on_conflict_do_nothing()
                .returning((
                    sent_messages::sender_device,
                    sent_messages::client_message_id,
                ))
                .get_results(c)?,
        };
        fresh.extend(returned);
    }
    Ok(fresh)
}

/// Inserts envelopes; returns each one's queue position (guid, seq).
pub fn insert(tx: &mut Tx<'_>, rows: &[&OwnedEnvelope]) -> QueryResult<Vec<(String, i64)>> {
    let owned: Vec<_> = rows
        .iter()
        .map(|r| {
            (
                r.device_id.to_string(),
                r.source_account.map(|a| a.to_string()),
            )
        })
        .collect();
    let rows: Vec<NewEnvelope<'_>> = rows
        .iter()
        .zip(&owned)
        .map(|(r, (device, source))| NewEnvelope {
            guid: &r.guid,
            device_id: device,
            kind: &r.kind,
            source_account: source.as_deref(),
            source_device: r.source_device,
            client_message_id: r.client_message_id.as_deref(),
            content: &r.content,
            server_ts: r.server_ts,
            expires_at: r.expires_at,
        })
        .collect();
    let mut out = Vec::with_capacity(rows.len());
    for chunk in rows.chunks(100) {
        // Backend-specific: a multi-row INSERT … RETURNING is built per backend.
        let returned: Vec<(String, i64)> = match tx.conn() {
            DbConn::Postgresql(c) => diesel::insert_into(envelopes::table)
                .values(chunk)
                .returning((envelopes::guid, envelopes::seq))
                .get_results(c)?,
            DbConn::Sqlite(c) => diesel::insert_into(envelopes::table)
                .values(chunk)
                .returning((envelopes::guid, envelopes::seq))
                .get_results(c)?,
        };
        out.extend(returned);
    }
    Ok(out)
}

diesel::define_sql_function! {
    /// The length of a value in bytes (SQLite and PostgreSQL both read it from the value's
    /// header, without loading a large blob).
    fn length(x: diesel::sql_types::Binary) -> diesel::sql_types::Integer;
}

/// How many undelivered (unexpired) envelopes each of `devices` holds, and their bytes.
///
/// The expiry is checked inside the sums, not in the `WHERE`: there, PostgreSQL may pick
/// the expiry index for a young table and walk every envelope of every device (measured:
/// 500 index entries per send under load) instead of this device's few.
pub fn mailbox_usage(
    conn: &mut DbConn,
    devices: &[DeviceId],
    now: NaiveDateTime,
) -> QueryResult<std::collections::HashMap<DeviceId, (u64, u64)>> {
    use diesel::dsl::{case_when, sum};
    use diesel::sql_types::Integer;
    let ids: Vec<String> = devices.iter().map(ToString::to_string).collect();
    let live = || envelopes::expires_at.gt(now);
    let rows: Vec<(String, Option<i64>, Option<i64>)> = envelopes::table
        .filter(envelopes::device_id.eq_any(ids))
        .group_by(envelopes::device_id)
        .select((
            envelopes::device_id,
            sum(case_when::<_, _, Integer>(live(), 1).otherwise(0)),
            sum(case_when::<_, _, Integer>(live(), length(envelopes::content)).otherwise(0)),
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(d, n, bytes)| {
            Some((
                DeviceId::parse(&d).ok()?,
                (
                    u64::try_from(n.unwrap_or(0)).unwrap_or(0),
                    u64::try_from(bytes.unwrap_or(0)).unwrap_or(0),
                ),
            ))
        })
        .collect())
}

/// Up to `limit` envelopes of a device after `after_seq`, oldest first, not expired.
pub fn queued(
    conn: &mut DbConn,
    device: DeviceId,
    after_seq: i64,
    limit: i64,
    now: NaiveDateTime,
) -> QueryResult<Vec<EnvelopeRow>> {
    envelopes::table
        .filter(envelopes::device_id.eq(device.to_string()))
        .filter(envelopes::seq.gt(after_seq))
        .filter(envelopes::expires_at.gt(now))
        .order(envelopes::seq.asc())
        .limit(limit)
        .load(conn)
}

/// Deletes acknowledged envelopes, for any number of devices in one statement (each
/// device can only delete its own: the condition pairs every guid with its device);
/// returns the deleted rows (for receipts).
pub fn take_acked(
    tx: &mut Tx<'_>,
    acks: &[(DeviceId, &[String])],
) -> QueryResult<Vec<EnvelopeRow>> {
    type Condition = Box<
        dyn BoxableExpression<
                envelopes::table,
                crate::platform::db::MultiBackend,
                SqlType = diesel::sql_types::Bool,
            >,
    >;
    let mut gone = Vec::new();
    // Groups of at most ~1,000 bound values per statement (both backends' limits are far higher).
    let mut groups: Vec<Vec<(String, &[String])>> = vec![Vec::new()];
    let mut size = 0usize;
    for (device, guids) in acks {
        for chunk in guids.chunks(500) {
            if size + chunk.len() > 1000 {
                groups.push(Vec::new());
                size = 0;
            }
            size += chunk.len() + 1;
            if let Some(group) = groups.last_mut() {
                group.push((device.to_string(), chunk));
            }
        }
    }
    for group in groups {
        let mut condition: Option<Condition> = None;
        for (device, guids) in group {
            let one: Condition = Box::new(
                envelopes::device_id
                    .eq(device)
                    .and(envelopes::guid.eq_any(guids.to_vec())),
            );
            condition = Some(match condition {
                None => one,
                Some(c) => Box::new(c.or(one)),
            });
        }
        let Some(condition) = condition else { continue };
        let rows: Vec<EnvelopeRow> = diesel::delete(envelopes::table.filter(condition))
            .returning(envelopes::all_columns)
            .get_results(tx.conn())?;
        gone.extend(rows);
    }
    Ok(gone)
}

/// Deletes envelopes past their expiry, and the idempotency records older than `before`
/// or of devices that no longer exist (a reinstall replaced them, or retention deleted
/// them; sealed sends have no device).
pub fn purge(
    tx: &mut Tx<'_>,
    now: NaiveDateTime,
    before: NaiveDateTime,
    sealed_scope: &str,
) -> QueryResult<(usize, usize)> {
    let envelopes = diesel::delete(envelopes::table.filter(envelopes::expires_at.le(now)))
        .execute(tx.conn())?;
    tx.changed(Change::Mailboxes);
    let old = diesel::delete(sent_messages::table.filter(sent_messages::created_at.lt(before)))
        .execute(tx.conn())?;
    let orphaned = diesel::delete(
        sent_messages::table
            .filter(sent_messages::sender_device.ne(sealed_scope))
            .filter(diesel::dsl::not(diesel::dsl::exists(
                devices::table.filter(devices::id.eq(sent_messages::sender_device)),
            ))),
    )
    .execute(tx.conn())?;
    Ok((envelopes, old + orphaned))
}

pub fn count_expired(conn: &mut DbConn, now: NaiveDateTime) -> QueryResult<usize> {
    let n: i64 = envelopes::table
        .filter(envelopes::expires_at.le(now))
        .count()
        .get_result(conn)?;
    Ok(usize::try_from(n).unwrap_or(0))
}
