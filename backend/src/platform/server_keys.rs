//! The server's own secret keys, created on first start and kept in the data folder with
//! owner-only permissions:
//!
//! - a Curve25519 signing key pair (libsignal), for what the server signs: audit
//!   checkpoints and sealed-sender certificates;
//! - a 256-bit HMAC key for enrolment codes, so the stored code hashes are worthless
//!   without the key file (no offline guessing from a database copy).

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use libsignal_protocol::{KeyPair, PrivateKey};
use rand::RngCore;
use serde::{Deserialize, Serialize};

pub struct ServerKeys {
    signing: KeyPair,
    code_key: [u8; 32],
}

impl std::fmt::Debug for ServerKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ServerKeys([redacted])")
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct KeyFile {
    version: u32,
    signing_private_key: String,
    code_hmac_key: String,
}

#[derive(Debug, thiserror::Error)]
pub enum KeysError {
    #[error("cannot read or write the server key file {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "the server key file {0} is damaged; restore it from backup (it cannot be recreated without invalidating outstanding codes)"
    )]
    Damaged(PathBuf),
}

impl ServerKeys {
    /// Loads the key file, creating it (and its folder) on first start.
    /// Returns the keys and whether they were just created.
    pub fn load_or_create(path: &Path) -> Result<(ServerKeys, bool), KeysError> {
        let io = |source| KeysError::Io {
            path: path.to_owned(),
            source,
        };
        match fs::read(path) {
            Ok(bytes) => Ok((
                Self::decode(&bytes).ok_or_else(|| KeysError::Damaged(path.to_owned()))?,
                false,
            )),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                    create_private_dir(dir).map_err(io)?;
                }
                let keys = Self::generate();
                write_private_file(path, &keys.encode()).map_err(io)?;
                Ok((keys, true))
            }
            Err(e) => Err(io(e)),
        }
    }

    pub fn generate() -> ServerKeys {
        let mut rng = rand::rng();
        let mut code_key = [0u8; 32];
        rng.fill_bytes(&mut code_key);
        ServerKeys {
            signing: KeyPair::generate(&mut rng),
            code_key,
        }
    }

    fn encode(&self) -> Vec<u8> {
        let file = KeyFile {
            version: 1,
            signing_private_key: STANDARD.encode(self.signing.private_key.serialize()),
            code_hmac_key: STANDARD.encode(self.code_key),
        };
        serde_json::to_vec_pretty(&file).unwrap_or_default()
    }

    fn decode(bytes: &[u8]) -> Option<ServerKeys> {
        let file: KeyFile = serde_json::from_slice(bytes).ok()?;
        if file.version != 1 {
            return None;
        }
        let private =
            PrivateKey::deserialize(&STANDARD.decode(file.signing_private_key).ok()?).ok()?;
        let signing = KeyPair::try_from(private).ok()?;
        let code_key: [u8; 32] = STANDARD.decode(file.code_hmac_key).ok()?.try_into().ok()?;
        Some(ServerKeys { signing, code_key })
    }

    pub fn signing(&self) -> &KeyPair {
        &self.signing
    }

    pub(crate) fn code_key(&self) -> &[u8; 32] {
        &self.code_key
    }

    /// A secret of its own for one use (`label`), derived from the code key: HMAC-SHA256
    /// (code key, "kinbridge/" ‖ label).
    pub fn derive(&self, label: &str) -> [u8; 32] {
        use hmac::{Hmac, Mac};
        use sha2::{Digest, Sha256};
        let mut mac = match Hmac::<Sha256>::new_from_slice(&self.code_key) {
            Ok(m) => m,
            // HMAC takes keys of any length; this arm cannot run.
            Err(_) => {
                return Sha256::digest([&self.code_key[..], label.as_bytes()].concat()).into();
            }
        };
        mac.update(b"kinbridge/");
        mac.update(label.as_bytes());
        mac.finalize().into_bytes().into()
    }
}

pub(crate) fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    fs::create_dir_all(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

pub(crate) fn write_private_file(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut f = options.open(path)?;
    f.write_all(contents)?;
    f.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn created_once_private_and_reloaded_identically() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("server-keys.json");
        let (a, created) = ServerKeys::load_or_create(&path).unwrap();
        assert!(created);
        let (b, created) = ServerKeys::load_or_create(&path).unwrap();
        assert!(!created);
        assert_eq!(a.code_key, b.code_key);
        assert_eq!(a.signing.public_key, b.signing.public_key);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
            let dmode = fs::metadata(path.parent().unwrap())
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(dmode & 0o777, 0o700);
        }
        fs::write(&path, b"{}").unwrap();
        assert!(matches!(
            ServerKeys::load_or_create(&path),
            Err(KeysError::Damaged(_))
        ));
    }
}
