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
