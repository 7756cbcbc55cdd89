//! Signal public keys as the server checks them (libsignal): decoding to canonical bytes,
//! and signed prekeys verified against a device's identity key. Used at enrolment and when
//! a device uploads new keys.

use kinbridge_protocol::api::SignedPreKey;
use libsignal_protocol::{IdentityKey, PublicKey, kem};

/// Key ids are below 2^24, as libsignal clients generate them.
pub const MAX_KEY_ID: u32 = (1 << 24) - 1;

/// Why a key was refused; each names the request field at fault.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    #[error("key not readable: {0}")]
    InvalidKey(&'static str),
    #[error("signature does not verify: {0}")]
    InvalidSignature(&'static str),
    #[error("invalid value: {0}")]
    InvalidField(&'static str),
}

/// Which of a public key's kinds to decode.
#[derive(Debug, Clone, Copy)]
pub enum KeyKind {
    Curve,
    Kyber,
}

/// Decodes a public key and re-serialises it (so only canonical bytes are stored).
pub fn decode_public(kind: KeyKind, bytes: &[u8]) -> Option<Vec<u8>> {
    match kind {
        KeyKind::Curve => PublicKey::deserialize(bytes)
            .ok()
            .map(|k| k.serialize().to_vec()),
        KeyKind::Kyber => kem::PublicKey::deserialize(bytes)
            .ok()
            .map(|k| k.serialize().to_vec()),
    }
}

/// A prekey whose signature verified against the identity key.
#[derive(Debug, Clone)]
pub struct VerifiedPreKey {
    pub id: i64,
    pub public: Vec<u8>,
    pub signature: Vec<u8>,
}

/// Checks a signed prekey: readable, id in range, signed by `identity`.
pub fn verify_signed(
    identity: &IdentityKey,
    key: &SignedPreKey,
    kind: KeyKind,
    field: &'static str,
) -> Result<VerifiedPreKey, KeyError> {
    if key.key_id > MAX_KEY_ID {
        return Err(KeyError::InvalidField(field));
    }
    let public = decode_public(kind, key.public_key.as_ref()).ok_or(KeyError::InvalidKey(field))?;
    if !identity
        .public_key()
        .verify_signature(&public, key.signature.as_ref())
    {
        return Err(KeyError::InvalidSignature(field));
    }
    Ok(VerifiedPreKey {
        id: i64::from(key.key_id),
        public,
        signature: key.signature.as_ref().to_vec(),
    })
}
