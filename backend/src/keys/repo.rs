//! Prekeys in storage: the only code that writes `one_time_prekeys` and `kyber_prekeys`
//! (a device's signed and last-resort keys live on its row, which the accounts capability
//! writes). One-time keys are taken (deleted and returned) in one statement, so two
//! fetchers never receive the same key. A device's keys go with the device (the tables
//! declare `ON DELETE CASCADE`).

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Binary, Text};
use kinbridge_protocol::DeviceId;

use crate::platform::db::schema::{kyber_prekeys, one_time_prekeys};
use crate::platform::db::{DbConn, Tx};

#[derive(Debug, Clone, QueryableByName)]
pub struct TakenKey {
    #[diesel(sql_type = BigInt)]
    pub key_id: i64,
    #[diesel(sql_type = Binary)]
    pub public_key: Vec<u8>,
}

#[derive(Debug, Clone, QueryableByName)]
pub struct TakenSignedKey {
    #[diesel(sql_type = BigInt)]
    pub key_id: i64,
    #[diesel(sql_type = Binary)]
    pub public_key: Vec<u8>,
    #[diesel(sql_type = Binary)]
    pub signature: Vec<u8>,
}

/// Takes one one-time EC prekey of a device, if any is left.
pub fn take_one_time(tx: &mut Tx<'_>, device: DeviceId) -> QueryResult<Option<TakenKey>> {
    let device = device.to_string();
    // Backend-specific: PostgreSQL skips rows another transaction is taking; SQLite's
    // single writer (BEGIN IMMEDIATE) already serialises takers. Both use RETURNING.
    match tx.conn() {
        DbConn::Postgresql(c) => diesel::sql_query(
            "DELETE FROM one_time_prekeys WHERE (device_id, key_id) IN \
             (SELECT device_id, key_id FROM one_time_prekeys WHERE device_id = $1 \
              ORDER BY key_id LIMIT 1 FOR UPDATE SKIP LOCKED) \
             RETURNING key_id, public_key",
        )
        .bind::<Text, _>(&device)
        .get_result(c)
        .optional(),
        DbConn::Sqlite(c) => diesel::sql_query(
            "DELETE FROM one_time_prekeys WHERE rowid = \
             (SELECT rowid FROM one_time_prekeys WHERE device_id = ? ORDER BY key_id LIMIT 1) \
             RETURNING key_id, public_key",
        )
        .bind::<Text, _>(&device)
        .get_result(c)
        .optional(),
    }
}

/// Takes one one-time Kyber prekey of a device, if any is left.
pub fn take_kyber(tx: &mut Tx<'_>, device: DeviceId) -> QueryResult<Option<TakenSignedKey>> {
    let device = device.to_string();
    match tx.conn() {
        DbConn::Postgresql(c) => diesel::sql_query(
            "DELETE FROM kyber_prekeys WHERE (device_id, key_id) IN \
             (SELECT device_id, key_id FROM kyber_prekeys WHERE device_id = $1 \
              ORDER BY key_id LIMIT 1 FOR UPDATE SKIP LOCKED) \
             RETURNING key_id, public_key, signature",
        )
        .bind::<Text, _>(&device)
        .get_result(c)
        .optional(),
        DbConn::Sqlite(c) => diesel::sql_query(
            "DELETE FROM kyber_prekeys WHERE rowid = \
             (SELECT rowid FROM kyber_prekeys WHERE device_id = ? ORDER BY key_id LIMIT 1) \
             RETURNING key_id, public_key, signature",
        )
        .bind::<Text, _>(&device)
        .get_result(c)
        .optional(),
    }
}

pub fn replace_one_time(
    tx: &mut Tx<'_>,
    device: DeviceId,
    keys: &[(i64, Vec<u8>)],
) -> QueryResult<()> {
    let device = device.to_string();
    let device = device.as_str();
    diesel::delete(one_time_prekeys::table.filter(one_time_prekeys::device_id.eq(device)))
        .execute(tx.conn())?;
    let rows: Vec<_> = keys
        .iter()
        .map(|(id, k)| {
            (
                one_time_prekeys::device_id.eq(device),
                one_time_prekeys::key_id.eq(*id),
                one_time_prekeys::public_key.eq(k.as_slice()),
            )
        })
        .collect();
    crate::insert_batch!(tx.conn(), one_time_prekeys::table, rows);
    Ok(())
}

pub fn replace_kyber(
    tx: &mut Tx<'_>,
    device: DeviceId,
    keys: &[(i64, Vec<u8>, Vec<u8>)],
) -> QueryResult<()> {
    let device = device.to_string();
    let device = device.as_str();
    diesel::delete(kyber_prekeys::table.filter(kyber_prekeys::device_id.eq(device)))
        .execute(tx.conn())?;
    let rows: Vec<_> = keys
        .iter()
        .map(|(id, k, s)| {
            (
                kyber_prekeys::device_id.eq(device),
                kyber_prekeys::key_id.eq(*id),
                kyber_prekeys::public_key.eq(k.as_slice()),
                kyber_prekeys::signature.eq(s.as_slice()),
            )
        })
        .collect();
    crate::insert_batch!(tx.conn(), kyber_prekeys::table, rows);
    Ok(())
}

pub fn counts(conn: &mut DbConn, device: DeviceId) -> QueryResult<(i64, i64)> {
    let device = device.to_string();
    let ec: i64 = one_time_prekeys::table
        .filter(one_time_prekeys::device_id.eq(&device))
        .count()
        .get_result(conn)?;
    let kyber: i64 = kyber_prekeys::table
        .filter(kyber_prekeys::device_id.eq(&device))
        .count()
        .get_result(conn)?;
    Ok((ec, kyber))
}
