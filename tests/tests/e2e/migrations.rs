//! Migrations: the same names on both backends, and up → down → up gives back the same
//! schema, with exactly the tables the server's schema declares.

use std::collections::BTreeSet;
use std::path::Path;

use diesel::RunQueryDsl;
use kinbridge_server::platform::db::{Backend, Db, DbConn, StorageError, TABLES};
use kinbridge_tests::ScratchDatabase;

#[derive(diesel::QueryableByName)]
struct Line {
    #[diesel(sql_type = diesel::sql_types::Text)]
    s: String,
}

fn schema(conn: &mut DbConn) -> Vec<String> {
    let sql = match conn {
        DbConn::Sqlite(_) => {
            "SELECT type || ' ' || name || ': ' || COALESCE(sql, '') AS s FROM sqlite_master \
             WHERE name NOT LIKE 'sqlite_%' AND name NOT LIKE '__diesel%' ORDER BY name"
        }
        DbConn::Postgresql(_) => {
            "SELECT s FROM (\
               SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable AS s \
               FROM information_schema.columns WHERE table_schema = 'public' \
               AND table_name NOT LIKE '__diesel%' \
               UNION ALL SELECT indexdef AS s FROM pg_indexes WHERE schemaname = 'public' \
               AND tablename NOT LIKE '__diesel%') t ORDER BY s"
        }
    };
    diesel::sql_query(sql)
        .load::<Line>(conn)
        .unwrap()
        .into_iter()
        .map(|l| l.s)
        .collect()
}

fn tables(conn: &mut DbConn) -> BTreeSet<String> {
    let sql = match conn {
        DbConn::Sqlite(_) => {
            "SELECT name AS s FROM sqlite_master WHERE type = 'table' \
             AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__diesel%'"
        }
        DbConn::Postgresql(_) => {
            "SELECT table_name AS s FROM information_schema.tables \
             WHERE table_schema = 'public' AND table_name NOT LIKE '__diesel%'"
        }
    };
    diesel::sql_query(sql)
        .load::<Line>(conn)
        .unwrap()
        .into_iter()
        .map(|l| l.s)
        .collect()
}

#[test]
fn both_backends_have_the_same_migrations_each_with_up_and_down() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../backend/migrations");
    let names = |backend: &str| -> BTreeSet<String> {
        std::fs::read_dir(root.join(backend))
            .unwrap()
            .map(|e| {
                let path = e.unwrap().path();
                assert!(path.join("up.sql").is_file(), "{}", path.display());
                assert!(path.join("down.sql").is_file(), "{}", path.display());
                path.file_name().unwrap().to_string_lossy().into_owned()
            })
            .collect()
    };
    let sqlite = names("sqlite");
    assert!(!sqlite.is_empty());
    assert_eq!(sqlite, names("postgres"));
}

#[test]
fn up_down_up_restores_the_schema() {
    let scratch = ScratchDatabase::new();
    let db = Db::open(&scratch.database_url(), 2).unwrap();
    let expected: BTreeSet<String> = TABLES.iter().map(|t| (*t).to_owned()).collect();
    db.run_blocking(|conn| {
        let first = schema(conn);
        assert_eq!(tables(conn), expected);
        kinbridge_server::platform::db::revert_all_migrations(conn)?;
        assert!(tables(conn).is_empty(), "down leaves {:?}", tables(conn));
        kinbridge_server::platform::db::run_migrations(conn)?;
        assert_eq!(schema(conn), first);
        Ok::<_, StorageError>(())
    })
    .unwrap();
    assert_eq!(
        db.backend(),
        kinbridge_tests::backend_under_test(),
        "the suite runs on the backend it was asked for"
    );
    if db.backend() == Backend::Postgres {
        assert!(scratch.url.starts_with("postgres"));
    }
}

/// The migration that makes a device's prekeys and queue go with the device keeps every
/// row and the queue's sequence (SQLite rebuilds those tables), and from then on deleting a
/// device takes its rows along.
#[test]
fn device_rows_survive_the_cascade_migration_and_then_go_with_their_device() {
    use diesel::{ExpressionMethods, QueryDsl};
    use kinbridge_server::platform::db::schema::{
        accounts, devices, envelopes, kyber_prekeys, one_time_prekeys,
    };
    use kinbridge_server::platform::db::{
        revert_all_migrations, run_migrations, run_next_migration,
    };

    let scratch = ScratchDatabase::new();
    let db = Db::open(&scratch.database_url(), 2).unwrap();
    let at = chrono::DateTime::from_timestamp(1_800_000_000, 0)
        .unwrap()
        .naive_utc();
    let count = |conn: &mut DbConn, table: &str| {
        kinbridge_server::platform::db::count_rows(conn, table).unwrap()
    };
    db.run_blocking(|conn| {
        revert_all_migrations(conn)?;
        // The schema as the release before it left it.
        loop {
            let name = run_next_migration(conn)?.expect("migrations up to 000005");
            if name.contains("000005") {
                break;
            }
        }
        diesel::insert_into(accounts::table)
            .values((
                accounts::id.eq("a1"),
                accounts::role.eq("child"),
                accounts::created_at.eq(at),
            ))
            .execute(conn)?;
        diesel::insert_into(devices::table)
            .values((
                devices::id.eq("d1"),
                devices::account_id.eq("a1"),
                devices::device_number.eq(1),
                devices::registration_id.eq(7),
                devices::identity_key.eq(vec![1u8]),
                devices::signed_prekey_id.eq(1i64),
                devices::signed_prekey.eq(vec![2u8]),
                devices::signed_prekey_signature.eq(vec![3u8]),
                devices::kyber_prekey_id.eq(1i64),
                devices::kyber_prekey.eq(vec![4u8]),
                devices::kyber_prekey_signature.eq(vec![5u8]),
                devices::credential_hash.eq(vec![6u8]),
                devices::created_at.eq(at),
            ))
            .execute(conn)?;
        diesel::insert_into(one_time_prekeys::table)
            .values((
                one_time_prekeys::device_id.eq("d1"),
                one_time_prekeys::key_id.eq(1i64),
                one_time_prekeys::public_key.eq(vec![8u8]),
            ))
            .execute(conn)?;
        diesel::insert_into(kyber_prekeys::table)
            .values((
                kyber_prekeys::device_id.eq("d1"),
                kyber_prekeys::key_id.eq(1i64),
                kyber_prekeys::public_key.eq(vec![9u8]),
                kyber_prekeys::signature.eq(vec![10u8]),
            ))
            .execute(conn)?;
        let envelope = |guid: &str| {
            (
                envelopes::guid.eq(guid.to_owned()),
                envelopes::device_id.eq("d1"),
                envelopes::kind.eq("ciphertext"),
                envelopes::content.eq(vec![11u8]),
                envelopes::server_ts.eq(at),
                envelopes::expires_at.eq(at),
            )
        };
        let mut seqs: Vec<i64> = Vec::new();
        for guid in ["g1", "g2"] {
            seqs.push(
                diesel::insert_into(envelopes::table)
                    .values(envelope(guid))
                    .returning(envelopes::seq)
                    .get_result(conn)?,
            );
        }
        // The newest was delivered: the sequence is ahead of the rows.
        diesel::delete(envelopes::table.filter(envelopes::guid.eq("g2"))).execute(conn)?;
        run_migrations(conn)?;
        assert_eq!(count(conn, "one_time_prekeys"), 1);
        assert_eq!(count(conn, "kyber_prekeys"), 1);
        let kept: Vec<(String, i64)> = envelopes::table
            .select((envelopes::guid, envelopes::seq))
            .load(conn)?;
        assert_eq!(kept, vec![("g1".to_owned(), seqs[0])]);
        // A queue position is never reused.
        let next: i64 = diesel::insert_into(envelopes::table)
            .values(envelope("g3"))
            .returning(envelopes::seq)
            .get_result(conn)?;
        assert!(next > seqs[1], "{next} after {seqs:?}");
        // Deleting the device takes its keys and its queue with it.
        diesel::delete(devices::table.filter(devices::id.eq("d1"))).execute(conn)?;
        for table in ["one_time_prekeys", "kyber_prekeys", "envelopes"] {
            assert_eq!(count(conn, table), 0, "{table}");
        }
        assert_eq!(count(conn, "accounts"), 1);
        Ok::<_, StorageError>(())
    })
    .unwrap();
}
