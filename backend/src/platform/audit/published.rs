//! The newest signed checkpoint, published outside the database: a small file (and a log
//! line) that whoever can rewrite the database cannot rewrite with it. Verification
//! requires the database to still hold the checkpoint the file names, so deleting the
//! checkpoints and rewriting or cutting the chain is caught.
//!
//! The file is written only after its checkpoint committed, atomically (a temporary file,
//! flushed, renamed over the old one), and never replaced by an older checkpoint (another
//! node's maintenance may run behind this one's).

use std::io::Write;
use std::path::Path;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::repo;
use crate::platform::db::{DbConn, StorageError, from_db_time};

/// A signed checkpoint as published: where the chain stood and the server's signature.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Published {
    pub seq: i64,
    /// The hash of event `seq`, base64.
    pub hash: String,
    /// The server's signature over (seq, hash), base64.
    pub signature: String,
    pub signed_at: DateTime<Utc>,
}

impl Published {
    pub fn hash_bytes(&self) -> Option<Vec<u8>> {
        STANDARD.decode(&self.hash).ok()
    }

    pub fn signature_bytes(&self) -> Option<Vec<u8>> {
        STANDARD.decode(&self.signature).ok()
    }
}

/// The published checkpoint could not be read.
#[derive(Debug, thiserror::Error)]
#[error("the published audit checkpoint {path} cannot be read: {reason}")]
pub struct UnreadablePublished {
    pub path: String,
    pub reason: String,
}

/// The checkpoint published at `path`; `None` if none was published there yet.
pub fn read(path: &Path) -> Result<Option<Published>, UnreadablePublished> {
    let unreadable = |reason: String| UnreadablePublished {
        path: path.display().to_string(),
        reason,
    };
    match std::fs::read(path) {
        Ok(bytes) => serde_json::from_slice(&bytes)
            .map(Some)
            .map_err(|e| unreadable(e.to_string())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(unreadable(e.to_string())),
    }
}

/// The newest checkpoint in the database.
pub fn latest(conn: &mut DbConn) -> Result<Option<Published>, StorageError> {
    Ok(repo::checkpoints(conn)?
        .into_iter()
        .last()
        .map(|c| Published {
            seq: c.seq,
            hash: STANDARD.encode(&c.hash),
            signature: STANDARD.encode(&c.signature),
            signed_at: from_db_time(c.signed_at),
        }))
}

/// After a checkpoint committed: publishes the database's newest checkpoint at `path`,
/// unless a newer one is there already. Whether it wrote.
pub fn publish_latest(conn: &mut DbConn, path: &Path) -> Result<bool, StorageError> {
    match latest(conn)? {
        Some(checkpoint) => publish(path, &checkpoint).map_err(|e| {
            StorageError::Task(format!(
                "publishing the audit checkpoint at {}: {e}",
                path.display()
            ))
        }),
        None => Ok(false),
    }
}

/// Publishes `checkpoint` at `path` unless a newer one is there already. Whether it wrote.
pub fn publish(path: &Path, checkpoint: &Published) -> std::io::Result<bool> {
    if let Ok(Some(there)) = read(path) {
        if there.seq >= checkpoint.seq {
            return Ok(false);
        }
    }
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    let json = serde_json::to_vec_pretty(checkpoint).map_err(std::io::Error::other)?;
    tmp.write_all(&json)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    // The rename itself is durable once the folder is.
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    tracing::info!(
        audit.checkpoint.seq = checkpoint.seq,
        audit.checkpoint.hash = %checkpoint.hash,
        "audit checkpoint published"
    );
    Ok(true)
}
