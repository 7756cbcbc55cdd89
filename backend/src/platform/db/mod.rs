//! Storage plumbing: one connection type for SQLite and PostgreSQL, the pool, migrations,
//! and write transactions ([`Db::write`]): a capability's writes run on a [`Tx`], which
//! gathers what the change means for the caches and who must be told; both are applied only
//! after the transaction commits. Queries live in each capability's `repo` module.

pub mod schema;
mod tx;

pub use tx::{AfterCommit, Effects, Tx};

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use chrono::{NaiveDateTime, Timelike};
use diesel::connection::{AnsiTransactionManager, SimpleConnection, TransactionManager};
use diesel::pg::PgConnection;
use diesel::sqlite::SqliteConnection;
use diesel::{Connection, RunQueryDsl};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};
use secrecy::{ExposeSecret, SecretString};

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// A connection to either backend. Queries written once run on both; backend-specific SQL
/// appears only in repository functions, in a `match` on this enum.
#[derive(diesel::MultiConnection)]
pub enum DbConn {
    Postgresql(PgConnection),
    Sqlite(SqliteConnection),
}

impl std::fmt::Debug for DbConn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            DbConn::Postgresql(_) => "DbConn::Postgresql",
            DbConn::Sqlite(_) => "DbConn::Sqlite",
        })
    }
}

/// Which database the server uses, decided from the URL scheme and nothing else: SQLite
/// accepts any path, so a mistyped PostgreSQL URL must never silently become a new file.
#[derive(Clone)]
pub enum DatabaseUrl {
    Sqlite(PathBuf),
    Postgres(SecretString),
}

impl std::fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DatabaseUrl::Sqlite(p) => write!(f, "sqlite://{}", p.display()),
            DatabaseUrl::Postgres(_) => f.write_str("postgres://[redacted]"),
        }
    }
}

/// A database URL with a scheme Kinbridge does not support.
#[derive(Debug, thiserror::Error)]
#[error(
    "unsupported database URL scheme `{0}`: use sqlite://<path> or postgres://<user>@<host>/<database>"
)]
pub struct UnsupportedDatabaseUrl(pub String);

impl DatabaseUrl {
    pub fn parse(raw: &str) -> Result<Self, UnsupportedDatabaseUrl> {
        if let Some(path) = raw.strip_prefix("sqlite://") {
            if path.is_empty() {
                return Err(UnsupportedDatabaseUrl("sqlite:// with no path".into()));
            }
            return Ok(DatabaseUrl::Sqlite(PathBuf::from(path)));
        }
        if raw.starts_with("postgres://") || raw.starts_with("postgresql://") {
            return Ok(DatabaseUrl::Postgres(SecretString::from(raw.to_owned())));
        }
        let scheme = raw.split_once("://").map_or("(none)", |(s, _)| s);
        Err(UnsupportedDatabaseUrl(scheme.to_owned()))
    }

    pub fn backend(&self) -> Backend {
        match self {
            DatabaseUrl::Sqlite(_) => Backend::Sqlite,
            DatabaseUrl::Postgres(_) => Backend::Postgres,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Failures of the storage layer. They never carry row contents.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("database query failed: {0}")]
    Query(#[from] diesel::result::Error),
    #[error("no database connection available: {0}")]
    Pool(#[from] r2d2::Error),
    #[error("database task failed: {0}")]
    Task(String),
    #[error("database connection failed: {0}")]
    Connect(#[from] diesel::ConnectionError),
    #[error("migrations failed: {0}")]
    Migrations(String),
    #[error("cannot prepare the data folder {path}: {source}")]
    DataDir {
        path: PathBuf,
        source: std::io::Error,
    },
}

struct Manager {
    url: DatabaseUrl,
}

impl r2d2::ManageConnection for Manager {
    type Connection = DbConn;
    type Error = StorageError;

    fn connect(&self) -> Result<DbConn, StorageError> {
        match &self.url {
            DatabaseUrl::Sqlite(path) => {
                let mut c = SqliteConnection::establish(&path.to_string_lossy())?;
                // Per connection: foreign keys are off by default in SQLite; wait for a
                // writer instead of failing with "database is locked".
                c.batch_execute(
                    "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;",
                )?;
                Ok(DbConn::Sqlite(c))
            }
            DatabaseUrl::Postgres(url) => Ok(DbConn::Postgresql(PgConnection::establish(
                url.expose_secret(),
            )?)),
        }
    }

    fn is_valid(&self, conn: &mut DbConn) -> Result<(), StorageError> {
        conn.batch_execute("SELECT 1").map_err(StorageError::from)
    }

    fn has_broken(&self, _conn: &mut DbConn) -> bool {
        false
    }
}

/// The connection pool. Diesel is synchronous: every query runs on a blocking thread
/// through [`Db::run`] or [`Db::write`], never on an async worker.
#[derive(Clone)]
pub struct Db {
    pool: r2d2::Pool<Manager>,
    url: DatabaseUrl,
    backend: Backend,
    /// What happens after every committed write: caches forget, apps are told.
    after_commit: Option<Arc<dyn AfterCommit>>,
    /// SQLite has one writer at a time. Its busy handler makes a waiting writer sleep and
    /// poll (1, 2, 5 … 100 ms), so a thread that writes back to back (the message writer)
    /// would starve the others; writers of this process queue here instead, in turn.
    sqlite_writers: Arc<parking_lot::FairMutex<()>>,
}

impl std::fmt::Debug for Db {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Db")
            .field("backend", &self.backend)
            .finish()
    }
}

impl Db {
    /// Opens the pool and runs pending migrations.
    pub fn open(url: &DatabaseUrl, pool_size: u32) -> Result<Db, StorageError> {
        if let DatabaseUrl::Sqlite(path) = url {
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).map_err(|source| StorageError::DataDir {
                    path: dir.to_owned(),
                    source,
                })?;
            }
        }
        let manager = Manager { url: url.clone() };
        // WAL is a property of the database file: set it once, before the pool opens.
        let mut first = r2d2::ManageConnection::connect(&manager)?;
        if let DbConn::Sqlite(c) = &mut first {
            c.batch_execute("PRAGMA journal_mode = WAL;")?;
        }
        run_migrations(&mut first)?;
        drop(first);
        // Every connection is opened up front (and kept), so the first burst of requests
        // does not wait for connections to be established.
        let size = pool_size.max(2);
        let pool = r2d2::Pool::builder()
            .max_size(size)
            .min_idle(Some(size))
            .connection_timeout(Duration::from_secs(10))
            .build(manager)?;
        Ok(Db {
            pool,
            url: url.clone(),
            backend: url.backend(),
            after_commit: None,
            sqlite_writers: Arc::default(),
        })
    }

    /// This database, through a connection of its own outside the pool that requests
    /// share (same after-commit hook, same SQLite writer queue). For the writer threads
    /// (messages, audit): requests wait for them, so if they had to wait for a pooled
    /// connection held by such a request, a burst of requests would stall every queue
    /// behind it. Opened now; reopened by the pool if it breaks.
    pub fn with_own_connection(&self) -> Result<Db, StorageError> {
        let pool = r2d2::Pool::builder()
            .max_size(1)
            .min_idle(Some(1))
            .connection_timeout(Duration::from_secs(10))
            .build(Manager {
                url: self.url.clone(),
            })?;
        Ok(Db {
            pool,
            ..self.clone()
        })
    }

    /// This pool, applying `hook` after every write it commits.
    pub fn with_after_commit(mut self, hook: Arc<dyn AfterCommit>) -> Db {
        self.after_commit = Some(hook);
        self
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Runs `f` in one write transaction on a blocking thread; once it commits, its
    /// effects (cache invalidations, notices) are applied. On error nothing is written and
    /// nothing is applied.
    pub async fn write<T, E, F>(&self, f: F) -> Result<T, E>
    where
        F: FnOnce(&mut Tx<'_>) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: From<StorageError> + From<diesel::result::Error> + Send + 'static,
    {
        let this = self.clone();
        self.run(move |conn| this.commit(conn, f)).await
    }

    /// [`Db::write`], synchronously (host commands, the message writer's thread).
    pub fn write_blocking<T, E>(&self, f: impl FnOnce(&mut Tx<'_>) -> Result<T, E>) -> Result<T, E>
    where
        E: From<StorageError> + From<diesel::result::Error>,
    {
        self.run_blocking(|conn| self.commit(conn, f))
    }

    fn commit<T, E>(
        &self,
        conn: &mut DbConn,
        f: impl FnOnce(&mut Tx<'_>) -> Result<T, E>,
    ) -> Result<T, E>
    where
        E: From<diesel::result::Error>,
    {
        let turn = (self.backend == Backend::Sqlite).then(|| self.sqlite_writers.lock());
        let (value, effects) = transaction(conn, f)?;
        drop(turn);
        if let Some(hook) = &self.after_commit {
            hook.committed(effects);
        }
        Ok(value)
    }

    /// Runs `f` with a pooled connection on a blocking thread.
    pub async fn run<T, E, F>(&self, f: F) -> Result<T, E>
    where
        F: FnOnce(&mut DbConn) -> Result<T, E> + Send + 'static,
        T: Send + 'static,
        E: From<StorageError> + Send + 'static,
    {
        let pool = self.pool.clone();
        let span = tracing::Span::current();
        tokio::task::spawn_blocking(move || {
            let _entered = span.enter();
            let mut conn = pool.get().map_err(StorageError::from)?;
            f(&mut conn)
        })
        .await
        .map_err(|e| E::from(StorageError::Task(e.to_string())))?
    }

    /// Runs `f` on a pooled connection, synchronously (CLI commands).
    pub fn run_blocking<T, E>(&self, f: impl FnOnce(&mut DbConn) -> Result<T, E>) -> Result<T, E>
    where
        E: From<StorageError>,
    {
        let mut conn = self.pool.get().map_err(StorageError::from)?;
        f(&mut conn)
    }

    /// Makes the SQLite write-ahead log part of the main file again (at shutdown).
    pub fn checkpoint(&self) {
        if self.backend == Backend::Sqlite {
            if let Ok(mut conn) = self.pool.get() {
                if let Err(e) = conn.batch_execute("PRAGMA wal_checkpoint(TRUNCATE);") {
                    tracing::warn!(error = %e, "WAL checkpoint failed");
                }
            }
        }
    }
}

/// Reverts every migration (tests of the down migrations; never run by the server).
pub fn revert_all_migrations(conn: &mut DbConn) -> Result<(), StorageError> {
    let result = match conn {
        DbConn::Sqlite(c) => c.revert_all_migrations(SQLITE_MIGRATIONS).map(drop),
        DbConn::Postgresql(c) => c.revert_all_migrations(POSTGRES_MIGRATIONS).map(drop),
    };
    result.map_err(|e| StorageError::Migrations(e.to_string()))
}

/// Applies the next pending migration and returns its name (tests that put data in an
/// older schema and migrate it; the server applies them all at once).
pub fn run_next_migration(conn: &mut DbConn) -> Result<Option<String>, StorageError> {
    let result = match conn {
        DbConn::Sqlite(c) => next(c, SQLITE_MIGRATIONS),
        DbConn::Postgresql(c) => next(c, POSTGRES_MIGRATIONS),
    };
    result.map_err(|e| StorageError::Migrations(e.to_string()))
}

fn next<C: MigrationHarness<B>, B: diesel::backend::Backend>(
    conn: &mut C,
    migrations: EmbeddedMigrations,
) -> diesel::migration::Result<Option<String>> {
    use diesel::migration::MigrationSource;
    let applied = conn.applied_migrations()?;
    let mut all = MigrationSource::<B>::migrations(&migrations)?;
    all.sort_by_key(|m| m.name().version().as_owned());
    let pending = all
        .into_iter()
        .find(|m| !applied.contains(&m.name().version().as_owned()));
    match pending {
        Some(m) => {
            conn.run_migration(&*m)?;
            Ok(Some(m.name().to_string()))
        }
        None => Ok(None),
    }
}

/// Applies pending migrations (done by [`Db::open`] at start).
pub fn run_migrations(conn: &mut DbConn) -> Result<(), StorageError> {
    let result = match conn {
        DbConn::Sqlite(c) => c.run_pending_migrations(SQLITE_MIGRATIONS).map(|v| v.len()),
        DbConn::Postgresql(c) => c
            .run_pending_migrations(POSTGRES_MIGRATIONS)
            .map(|v| v.len()),
    };
    let applied = result.map_err(|e| StorageError::Migrations(e.to_string()))?;
    if applied > 0 {
        tracing::info!(migrations.applied = applied, "database migrated");
    }
    Ok(())
}

/// Runs `f` in a write transaction and returns its effects for the caller to apply after
/// the commit. On SQLite it begins with `BEGIN IMMEDIATE`, taking the write lock up front: a
/// deferred transaction that reads and then writes can fail with "database is locked" when
/// another writer got there first, whatever the busy timeout.
fn transaction<T, E, F>(conn: &mut DbConn, f: F) -> Result<(T, Effects), E>
where
    F: FnOnce(&mut Tx<'_>) -> Result<T, E>,
    E: From<diesel::result::Error>,
{
    match conn {
        DbConn::Sqlite(c) => AnsiTransactionManager::begin_transaction_sql(c, "BEGIN IMMEDIATE")?,
        DbConn::Postgresql(c) => AnsiTransactionManager::begin_transaction(c)?,
    }
    // Commit and rollback go through the multi-connection's manager, which hands them to
    // the inner connection's manager that began the transaction above.
    let mut tx = Tx::new(conn);
    let result = f(&mut tx);
    let effects = tx.into_effects();
    match result {
        Ok(value) => {
            <DbConn as Connection>::TransactionManager::commit_transaction(conn)?;
            Ok((value, effects))
        }
        Err(user_error) => {
            match <DbConn as Connection>::TransactionManager::rollback_transaction(conn) {
                Ok(()) | Err(diesel::result::Error::BrokenTransactionManager) => Err(user_error),
                Err(rollback_error) => Err(rollback_error.into()),
            }
        }
    }
}

/// Now, as stored: naive UTC, truncated to microseconds so both backends hold the same
/// value (SQLite would keep nanoseconds, PostgreSQL keeps microseconds).
pub fn to_db_time(t: chrono::DateTime<chrono::Utc>) -> NaiveDateTime {
    let naive = t.naive_utc();
    let micros = naive.nanosecond() / 1_000 * 1_000;
    naive.with_nanosecond(micros).unwrap_or(naive)
}

pub fn from_db_time(t: NaiveDateTime) -> chrono::DateTime<chrono::Utc> {
    t.and_utc()
}

/// Inserts many rows in as few statements as the backend allows. Backend-specific: a
/// multi-row INSERT is built differently for each backend and the multi-connection does
/// not offer it, so each arm uses its inner connection.
#[macro_export]
macro_rules! insert_batch {
    ($conn:expr, $table:expr, $rows:expr) => {{
        let mut n = 0usize;
        for chunk in $rows.chunks(100) {
            n += match &mut *$conn {
                $crate::platform::db::DbConn::Postgresql(c) => {
                    diesel::insert_into($table).values(chunk).execute(c)?
                }
                $crate::platform::db::DbConn::Sqlite(c) => {
                    diesel::insert_into($table).values(chunk).execute(c)?
                }
            };
        }
        n
    }};
}

/// Lets `?` on a diesel result work inside a capability function whose error type has a
/// `Storage(StorageError)` variant.
#[macro_export]
macro_rules! storage_errors {
    ($ty:ty) => {
        impl From<diesel::result::Error> for $ty {
            fn from(e: diesel::result::Error) -> Self {
                <$ty>::Storage($crate::platform::db::StorageError::Query(e))
            }
        }
        impl From<$crate::platform::db::StorageError> for $ty {
            fn from(e: $crate::platform::db::StorageError) -> Self {
                <$ty>::Storage(e)
            }
        }
    };
}

/// Counts the rows of a table; used by tests and the privacy checks.
pub fn count_rows(conn: &mut DbConn, table: &str) -> Result<i64, StorageError> {
    #[derive(diesel::QueryableByName)]
    struct Count {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    // Table names come from code, never from a request; checked against the schema anyway.
    if !TABLES.contains(&table) {
        return Err(StorageError::Task(format!("unknown table {table}")));
    }
    let row: Count =
        diesel::sql_query(format!("SELECT COUNT(*) AS n FROM {table}")).get_result(conn)?;
    Ok(row.n)
}

/// Every table the server stores.
pub const TABLES: &[&str] = &[
    "accounts",
    "devices",
    "enrolment_codes",
    "staff_supervision",
    "cases",
    "stage_corrections",
    "case_stage_changes",
    "case_members",
    "case_links",
    "contact_rules",
    "consent_ages",
    "consent_events",
    "consent_overrides",
    "child_views",
    "complaints",
    "complaint_entries",
    "complaint_keys",
    "complaint_about",
    "complaint_identity_requests",
    "complaint_custodians",
    "complaint_on_call",
    "checkins",
    "checkin_rhythms",
    "case_risk",
    "alert_roster",
    "alerts",
    "audit_events",
    "audit_head",
    "audit_checkpoints",
    "one_time_prekeys",
    "kyber_prekeys",
    "envelopes",
    "sent_messages",
];

/// The default SQLite database inside a data folder.
pub fn default_sqlite_path(data_dir: &Path) -> PathBuf {
    data_dir.join("kinbridge.db")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scheme_decides_the_backend() {
        assert!(matches!(
            DatabaseUrl::parse("sqlite://data/k.db"),
            Ok(DatabaseUrl::Sqlite(p)) if p == Path::new("data/k.db")
        ));
        assert_eq!(
            DatabaseUrl::parse("postgres://u@h/db").unwrap().backend(),
            Backend::Postgres
        );
        assert_eq!(
            DatabaseUrl::parse("postgresql://u@h/db").unwrap().backend(),
            Backend::Postgres
        );
        let err = DatabaseUrl::parse("mysql://u@h/db").unwrap_err();
        assert!(err.to_string().contains("`mysql`"), "{err}");
        assert!(DatabaseUrl::parse("data/k.db").is_err());
        assert!(DatabaseUrl::parse("sqlite://").is_err());
        let dbg = format!(
            "{:?}",
            DatabaseUrl::parse("postgres://u:secret@h/db").unwrap()
        );
        assert!(!dbg.contains("secret"), "{dbg}");
    }

    #[test]
    fn stored_times_are_microseconds() {
        let t = chrono::DateTime::from_timestamp(1_700_000_000, 123_456_789).unwrap();
        assert_eq!(to_db_time(t).nanosecond(), 123_456_000);
    }
}
