use std::path::Path;
use std::sync::Mutex;

use rusqlite::{Connection, OptionalExtension, params};

use super::{Namespace, Store, StoreError};

/// A store in a SQLite file (bundled SQLite, WAL). What apps use.
///
/// The file holds the device credential and private keys. Apps must keep it in their
/// private storage; encryption at rest with a key from the platform keystore is planned.
#[derive(Debug)]
pub struct SqliteStore {
    conn: Mutex<Connection>,
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS records (
    namespace TEXT NOT NULL,
    key TEXT NOT NULL,
    value BLOB NOT NULL,
    PRIMARY KEY (namespace, key)
) WITHOUT ROWID;
PRAGMA user_version = 1;
";

impl SqliteStore {
    /// Opens (creating if needed) the store at `path`.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let conn = Connection::open(path)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.execute_batch(SCHEMA)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600));
        }
        Ok(SqliteStore {
            conn: Mutex::new(conn),
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Connection> {
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl Store for SqliteStore {
    fn get(&self, ns: Namespace, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self
            .lock()
            .query_row(
                "SELECT value FROM records WHERE namespace = ?1 AND key = ?2",
                params![ns.as_str(), key],
                |r| r.get(0),
            )
            .optional()?)
    }

    fn put_many(&self, records: &[(Namespace, String, Vec<u8>)]) -> Result<(), StoreError> {
        let mut conn = self.lock();
        let tx = conn.transaction()?;
        {
            let mut stmt = tx.prepare_cached(
                "INSERT INTO records (namespace, key, value) VALUES (?1, ?2, ?3)
                 ON CONFLICT (namespace, key) DO UPDATE SET value = excluded.value",
            )?;
            for (ns, key, value) in records {
                stmt.execute(params![ns.as_str(), key, value])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    fn delete(&self, ns: Namespace, key: &str) -> Result<(), StoreError> {
        self.lock().execute(
            "DELETE FROM records WHERE namespace = ?1 AND key = ?2",
            params![ns.as_str(), key],
        )?;
        Ok(())
    }

    fn keys(&self, ns: Namespace) -> Result<Vec<String>, StoreError> {
        let conn = self.lock();
        let mut stmt =
            conn.prepare_cached("SELECT key FROM records WHERE namespace = ?1 ORDER BY key")?;
        let keys = stmt
            .query_map(params![ns.as_str()], |r| r.get(0))?
            .collect::<Result<Vec<String>, _>>()?;
        Ok(keys)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conformance() {
        let dir = tempfile::tempdir().unwrap();
        super::super::conformance::run(&SqliteStore::open(&dir.path().join("s.db")).unwrap());
    }

    #[test]
    fn survives_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.db");
        SqliteStore::open(&path)
            .unwrap()
            .put(Namespace::Enrolment, "registration", b"x")
            .unwrap();
        let again = SqliteStore::open(&path).unwrap();
        assert_eq!(
            again.get(Namespace::Enrolment, "registration").unwrap(),
            Some(b"x".to_vec())
        );
    }
}
