use std::path::Path;
use std::sync::Mutex;

use rusqlite::{Connection, ErrorCode, OptionalExtension, params};

use super::{Namespace, Store, StoreError};

/// A store in a SQLite file, encrypted at rest with SQLCipher (AES-256 per page, with an
/// HMAC per page), under a 32-byte key the app keeps in the Android Keystore or the iOS
/// Keychain. What apps use.
///
/// - A wrong key (or a file that is not a store) is [`StoreError::WrongKey`], and nothing
///   in the file is read or changed.
/// - The file is created readable by this user only (0600); SQLite gives its `-wal` and
///   `-shm` files the same permissions.
/// - `secure_delete` is on: deleted rows (used prekeys, old ratchet states) are overwritten
///   in the file, not left in free pages.
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

/// A key in the form SQLCipher takes raw (no key derivation: it is random already).
fn raw_key(key: &[u8; 32]) -> String {
    let hex: String = key.iter().map(|b| format!("{b:02x}")).collect();
    format!("x'{hex}'")
}

fn is_wrong_key(e: &rusqlite::Error) -> bool {
    matches!(e.sqlite_error_code(), Some(ErrorCode::NotADatabase))
}

impl SqliteStore {
    /// Opens (creating if needed) the store at `path`, encrypted with `key`.
    pub fn open(path: &Path, key: &[u8; 32]) -> Result<Self, StoreError> {
        #[cfg(unix)]
        if !path.exists() {
            use std::os::unix::fs::OpenOptionsExt;
            std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(path)
                .map_err(|e| StoreError::Other(format!("cannot create the store: {e}")))?;
        }
        let conn = Connection::open(path)?;
        conn.pragma_update(None, "key", raw_key(key))?;
        // The first read decrypts page 1: a wrong key fails here, before any write.
        conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
            r.get::<_, i64>(0)
        })
        .map_err(|e| {
            if is_wrong_key(&e) {
                StoreError::WrongKey
            } else {
                StoreError::Sqlite(e)
            }
        })?;
        conn.pragma_update(None, "secure_delete", "ON")?;
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

    fn wipe(&self) -> Result<(), StoreError> {
        let conn = self.lock();
        // secure_delete overwrites the deleted rows; the checkpoint moves them out of the
        // WAL and truncates it; VACUUM rebuilds the file without the freed pages.
        // A checkpoint another connection blocks (busy = 1) leaves pages in the WAL: it is
        // tried again, and the wipe fails rather than say it erased what it did not.
        let checkpoint = |conn: &Connection| -> Result<(), StoreError> {
            for _ in 0..50 {
                let busy: i64 =
                    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
                if busy == 0 {
                    return Ok(());
                }
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
            Err(StoreError::Other(
                "the store is open elsewhere; its log could not be erased".into(),
            ))
        };
        conn.execute("DELETE FROM records", [])?;
        checkpoint(&conn)?;
        conn.execute_batch("VACUUM")?;
        checkpoint(&conn)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: [u8; 32] = [7; 32];

    #[test]
    fn conformance() {
        let dir = tempfile::tempdir().unwrap();
        super::super::conformance::run(&SqliteStore::open(&dir.path().join("s.db"), &KEY).unwrap());
    }

    #[test]
    fn survives_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.db");
        SqliteStore::open(&path, &KEY)
            .unwrap()
            .put(Namespace::Enrolment, "registration", b"x")
            .unwrap();
        let again = SqliteStore::open(&path, &KEY).unwrap();
        assert_eq!(
            again.get(Namespace::Enrolment, "registration").unwrap(),
            Some(b"x".to_vec())
        );
    }

    #[test]
    fn a_wrong_key_is_refused_and_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.db");
        let store = SqliteStore::open(&path, &KEY).unwrap();
        store.put(Namespace::Session, "a.1", b"ratchet").unwrap();
        drop(store);
        let before = std::fs::read(&path).unwrap();
        let err = SqliteStore::open(&path, &[8; 32]).unwrap_err();
        assert!(matches!(err, StoreError::WrongKey), "{err:?}");
        assert_eq!(std::fs::read(&path).unwrap(), before);
        let again = SqliteStore::open(&path, &KEY).unwrap();
        assert_eq!(
            again.get(Namespace::Session, "a.1").unwrap().as_deref(),
            Some(&b"ratchet"[..])
        );
    }

    #[test]
    fn the_file_holds_no_plaintext_and_only_its_owner_may_read_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.db");
        let store = SqliteStore::open(&path, &KEY).unwrap();
        let secret = b"identity-private-key-0123456789";
        store
            .put(Namespace::LocalIdentity, "identity_key_pair", secret)
            .unwrap();
        for file in ["s.db", "s.db-wal"] {
            let bytes = std::fs::read(dir.path().join(file)).unwrap();
            assert!(!contains(&bytes, secret), "{file} holds the plaintext");
            assert!(
                !contains(&bytes, b"SQLite format 3"),
                "{file} is plain SQLite"
            );
        }
        #[cfg(unix)]
        for file in ["s.db", "s.db-wal", "s.db-shm"] {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join(file))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600, "{file}");
        }
    }

    /// The pages of a SQLCipher 4 file (or of the frames of its WAL), decrypted with the
    /// raw key: AES-256-CBC over each page, the IV in the page's reserved tail (16 bytes of
    /// IV and 64 of HMAC), the first 16 bytes of page 1 the salt. What anyone holding the
    /// key could read from the file, free pages included.
    fn decrypted(file: &[u8], key: &[u8; 32], wal: bool) -> Vec<u8> {
        use aes::cipher::{BlockDecrypt, KeyInit, generic_array::GenericArray};
        const PAGE: usize = 4096;
        const RESERVE: usize = 80;
        let cipher = aes::Aes256::new(GenericArray::from_slice(key));
        let pages: Vec<(usize, &[u8])> = if wal {
            file.get(32..)
                .unwrap_or_default()
                .chunks(24 + PAGE)
                .filter(|f| f.len() == 24 + PAGE)
                .map(|f| {
                    let number = u32::from_be_bytes(f[0..4].try_into().unwrap()) as usize;
                    (number, &f[24..])
                })
                .collect()
        } else {
            file.chunks(PAGE)
                .filter(|p| p.len() == PAGE)
                .enumerate()
                .map(|(i, p)| (i + 1, p))
                .collect()
        };
        let mut out = Vec::new();
        for (number, page) in pages {
            let start = if number == 1 { 16 } else { 0 };
            let mut prev: [u8; 16] = page[PAGE - RESERVE..PAGE - RESERVE + 16]
                .try_into()
                .unwrap();
            for block in page[start..PAGE - RESERVE].chunks(16) {
                let mut b = GenericArray::clone_from_slice(block);
                cipher.decrypt_block(&mut b);
                out.extend(b.iter().zip(prev).map(|(x, p)| x ^ p));
                prev.copy_from_slice(block);
            }
        }
        out
    }

    fn readable_with_key(dir: &Path) -> Vec<u8> {
        let mut all = decrypted(&std::fs::read(dir.join("s.db")).unwrap(), &KEY, false);
        if let Ok(wal) = std::fs::read(dir.join("s.db-wal")) {
            all.extend(decrypted(&wal, &KEY, true));
        }
        all
    }

    #[test]
    fn a_wipe_leaves_nothing_of_the_keys_in_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.db");
        let secret = b"identity-private-key-0123456789";
        let store = SqliteStore::open(&path, &KEY).unwrap();
        store
            .put(Namespace::LocalIdentity, "identity_key_pair", secret)
            .unwrap();
        for i in 0..200 {
            store
                .put(Namespace::PreKey, &i.to_string(), &[i as u8; 64])
                .unwrap();
        }
        store.put(Namespace::Session, "a.1", b"session").unwrap();
        // Before: whoever has the key reads the secret (so the reader below works).
        assert!(contains(&readable_with_key(dir.path()), secret));
        store.wipe().unwrap();
        for ns in Namespace::ALL {
            assert!(store.keys(*ns).unwrap().is_empty());
        }
        // After: not even with the key, in the file or its WAL, free pages included.
        assert!(!contains(&readable_with_key(dir.path()), secret));
        drop(store);
        assert!(!contains(&readable_with_key(dir.path()), secret));
        let reopened = SqliteStore::open(&path, &KEY).unwrap();
        assert_eq!(
            reopened
                .get(Namespace::LocalIdentity, "identity_key_pair")
                .unwrap(),
            None
        );
    }

    fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        haystack.windows(needle.len()).any(|w| w == needle)
    }
}
