//! The certificate chain behind sealed sender.
//!
//! - The **trust root** is a key pair made once, offline (`kinbridge admin certificate
//!   root`). Its public key is built into the apps; its private key never sits on a server.
//! - The **server certificate** (`kinbridge admin certificate server`) is a key pair whose
//!   public half the trust root signed. The server keeps this pair (the certificate file)
//!   and signs short-lived **sender certificates** with it: account id, device number,
//!   identity key and expiry, never a phone number.
//!
//! A development server without a certificate file makes a throwaway trust root, signs
//! its own server certificate with it, discards the root's private key and says so at
//! start; apps must then be given that root's public key.

use std::fs;
use std::path::{Path, PathBuf};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chrono::{DateTime, Utc};
use kinbridge_protocol::AccountId;
use libsignal_protocol::{
    DeviceId as SignalDeviceId, KeyPair, PrivateKey, PublicKey, SenderCertificate,
    ServerCertificate, Timestamp,
};
use serde::{Deserialize, Serialize};

use crate::platform::server_keys::{create_private_dir, write_private_file};

/// Key ids libsignal reserves (Signal's own roots, and the revoked test id).
const RESERVED_KEY_IDS: &[u32] = &[2, 3, 0x7357_C357, 0xDEAD_C357];

#[derive(Debug, thiserror::Error)]
pub enum CertificateError {
    #[error("cannot read or write {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{0} already exists; refusing to overwrite it (move it aside first: the server reads the new one at its next start)"
    )]
    Exists(PathBuf),
    #[error("{0} is not a valid {1} file")]
    Damaged(PathBuf, &'static str),
    #[error("the server certificate in {0} is not signed by the trust root it names")]
    NotSigned(PathBuf),
    #[error("key id {0} is reserved by libsignal; choose another (1 and 10–1000 are fine)")]
    ReservedKeyId(u32),
    #[error("signing failed: {0}")]
    Signing(String),
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct TrustRootFile {
    version: u32,
    trust_root_public_key: String,
    trust_root_private_key: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct CertificateFile {
    version: u32,
    /// Made by a development server for itself (its trust root's private key is gone).
    development: bool,
    key_id: u32,
    trust_root_public_key: String,
    server_certificate: String,
    server_private_key: String,
}

/// The server certificate and its private key, ready to sign sender certificates.
pub struct Certificates {
    trust_root: PublicKey,
    server_certificate: ServerCertificate,
    server_key: PrivateKey,
    development: bool,
}

impl std::fmt::Debug for Certificates {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Certificates([redacted])")
    }
}

fn b64(bytes: &[u8]) -> String {
    STANDARD.encode(bytes)
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> CertificateError + '_ {
    move |source| CertificateError::Io {
        path: path.to_owned(),
        source,
    }
}

fn write_new(path: &Path, contents: &[u8]) -> Result<(), CertificateError> {
    if path.exists() {
        return Err(CertificateError::Exists(path.to_owned()));
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        if !dir.exists() {
            create_private_dir(dir).map_err(io(path))?;
        }
    }
    write_private_file(path, contents).map_err(io(path))
}

fn signing(e: impl std::fmt::Display) -> CertificateError {
    CertificateError::Signing(e.to_string())
}

/// Makes a trust root and writes it (private key included) to `path`, which must not
/// exist. Returns the public key to build into the apps. Run it on an offline machine.
pub fn create_trust_root(path: &Path) -> Result<PublicKey, CertificateError> {
    let pair = KeyPair::generate(&mut rand::rng());
    let file = TrustRootFile {
        version: 1,
        trust_root_public_key: b64(&pair.public_key.serialize()),
        trust_root_private_key: b64(&pair.private_key.serialize()),
    };
    let json = serde_json::to_vec_pretty(&file).map_err(signing)?;
    write_new(path, &json)?;
    Ok(pair.public_key)
}

fn read_trust_root(path: &Path) -> Result<KeyPair, CertificateError> {
    let damaged = || CertificateError::Damaged(path.to_owned(), "trust root");
    let bytes = fs::read(path).map_err(io(path))?;
    let file: TrustRootFile = serde_json::from_slice(&bytes).map_err(|_| damaged())?;
    let private = STANDARD
        .decode(file.trust_root_private_key)
        .ok()
        .and_then(|b| PrivateKey::deserialize(&b).ok())
        .ok_or_else(damaged)?;
    KeyPair::try_from(private).map_err(|_| damaged())
}

fn issue(
    root: &KeyPair,
    key_id: u32,
    development: bool,
) -> Result<CertificateFile, CertificateError> {
    if RESERVED_KEY_IDS.contains(&key_id) {
        return Err(CertificateError::ReservedKeyId(key_id));
    }
    let mut rng = rand::rng();
    let server = KeyPair::generate(&mut rng);
    let certificate =
        ServerCertificate::new(key_id, server.public_key, &root.private_key, &mut rng)
            .map_err(signing)?;
    Ok(CertificateFile {
        version: 1,
        development,
        key_id,
        trust_root_public_key: b64(&root.public_key.serialize()),
        server_certificate: b64(certificate.serialized().map_err(signing)?),
        server_private_key: b64(&server.private_key.serialize()),
    })
}

/// Signs a new server certificate with the trust root in `root_path` and writes it with
/// its private key to `out`, which must not exist. Install `out` as the server's
/// `sealed_sender_file`; the trust root file goes back offline.
pub fn issue_server_certificate(
    root_path: &Path,
    key_id: u32,
    out: &Path,
) -> Result<(), CertificateError> {
    let root = read_trust_root(root_path)?;
    let file = issue(&root, key_id, false)?;
    let json = serde_json::to_vec_pretty(&file).map_err(signing)?;
    write_new(out, &json)
}

impl Certificates {
    /// Loads the certificate file; when it does not exist, makes a development chain (a
    /// throwaway trust root whose private key is discarded) and writes it there.
    /// Returns the certificates and whether they were just made.
    pub fn load_or_create_development(
        path: &Path,
    ) -> Result<(Certificates, bool), CertificateError> {
        match fs::read(path) {
            Ok(bytes) => Ok((Self::decode(path, &bytes)?, false)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                // The root's private key lives only inside this expression: never written.
                let file = issue(&KeyPair::generate(&mut rand::rng()), 1, true)?;
                let json = serde_json::to_vec_pretty(&file).map_err(signing)?;
                write_new(path, &json)?;
                Ok((Self::decode(path, &json)?, true))
            }
            Err(e) => Err(io(path)(e)),
        }
    }

    fn decode(path: &Path, bytes: &[u8]) -> Result<Certificates, CertificateError> {
        let damaged = || CertificateError::Damaged(path.to_owned(), "server certificate");
        let file: CertificateFile = serde_json::from_slice(bytes).map_err(|_| damaged())?;
        if file.version != 1 {
            return Err(damaged());
        }
        let decode = |s: &str| STANDARD.decode(s).map_err(|_| damaged());
        let trust_root =
            PublicKey::deserialize(&decode(&file.trust_root_public_key)?).map_err(|_| damaged())?;
        let server_certificate = ServerCertificate::deserialize(&decode(&file.server_certificate)?)
            .map_err(|_| damaged())?;
        let server_key =
            PrivateKey::deserialize(&decode(&file.server_private_key)?).map_err(|_| damaged())?;
        if !server_certificate.validate(&trust_root).unwrap_or(false) {
            return Err(CertificateError::NotSigned(path.to_owned()));
        }
        let matches = server_key
            .public_key()
            .ok()
            .zip(server_certificate.public_key().ok())
            .is_some_and(|(a, b)| a == b);
        if !matches {
            return Err(damaged());
        }
        Ok(Certificates {
            trust_root,
            server_certificate,
            server_key,
            development: file.development,
        })
    }

    /// The trust root's public key (what apps must hold).
    pub fn trust_root(&self) -> PublicKey {
        self.trust_root
    }

    /// Whether this is a development chain the server made for itself.
    pub fn is_development(&self) -> bool {
        self.development
    }

    /// A sender certificate for one device: its account id, device number, identity key
    /// and expiry, signed with the server certificate. No phone number.
    pub fn sender_certificate(
        &self,
        account: AccountId,
        device_number: u32,
        identity_key: &[u8],
        expires_at: DateTime<Utc>,
    ) -> Result<Vec<u8>, CertificateError> {
        let key = PublicKey::deserialize(identity_key).map_err(signing)?;
        let device = SignalDeviceId::try_from(device_number).map_err(signing)?;
        let expires = Timestamp::from_epoch_millis(
            u64::try_from(expires_at.timestamp_millis()).unwrap_or_default(),
        );
        let certificate = SenderCertificate::new(
            account.to_string(),
            None,
            key,
            device,
            expires,
            self.server_certificate.clone(),
            &self.server_key,
            &mut rand::rng(),
        )
        .map_err(signing)?;
        Ok(certificate.serialized().map_err(signing)?.to_vec())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_offline_root_signs_a_server_certificate_that_signs_senders() {
        let dir = tempfile::tempdir().unwrap();
        let root_path = dir.path().join("offline/trust-root.json");
        let root = create_trust_root(&root_path).unwrap();
        assert!(matches!(
            create_trust_root(&root_path),
            Err(CertificateError::Exists(_))
        ));
        let out = dir.path().join("sealed-sender.json");
        assert!(matches!(
            issue_server_certificate(&root_path, 0x7357_C357, &out),
            Err(CertificateError::ReservedKeyId(_))
        ));
        issue_server_certificate(&root_path, 10, &out).unwrap();
        let text = fs::read_to_string(&out).unwrap();
        assert!(!text.contains("trust_root_private_key"), "{text}");
        let (certs, created) = Certificates::load_or_create_development(&out).unwrap();
        assert!(!created && !certs.is_development());
        assert_eq!(certs.trust_root(), root);

        let identity = KeyPair::generate(&mut rand::rng());
        let account = AccountId::random();
        let expires = Utc::now() + chrono::Duration::hours(24);
        let bytes = certs
            .sender_certificate(account, 1, &identity.public_key.serialize(), expires)
            .unwrap();
        let cert = SenderCertificate::deserialize(&bytes).unwrap();
        let now = Timestamp::from_epoch_millis(Utc::now().timestamp_millis() as u64);
        assert!(cert.validate(&root, now).unwrap());
        assert_eq!(cert.sender_uuid().unwrap(), account.to_string());
        assert_eq!(cert.sender_e164().unwrap(), None);
        // Expired, or checked against another root: refused.
        let later = Timestamp::from_epoch_millis((expires.timestamp_millis() + 1) as u64);
        assert!(!cert.validate(&root, later).unwrap());
        let other = KeyPair::generate(&mut rand::rng()).public_key;
        assert!(!cert.validate(&other, now).unwrap());
    }

    #[test]
    fn a_development_chain_is_made_once_and_a_damaged_file_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sealed-sender.json");
        let (first, created) = Certificates::load_or_create_development(&path).unwrap();
        assert!(created && first.is_development());
        let (again, created) = Certificates::load_or_create_development(&path).unwrap();
        assert!(!created);
        assert_eq!(first.trust_root(), again.trust_root());
        fs::write(&path, b"{}").unwrap();
        assert!(matches!(
            Certificates::load_or_create_development(&path),
            Err(CertificateError::Damaged(..))
        ));
    }
}
