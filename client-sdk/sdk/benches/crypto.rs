//! Per-message cost of end-to-end encryption: the SDK (its crypto worker thread, its Signal
//! stores over the in-memory and the SQLite store, the message wrapping) beside raw
//! libsignal with its in-memory reference stores. One iteration = encrypt one 512-byte
//! message on one device and decrypt it on the other, on an established session.
//!
//! `cargo bench -p kinbridge-sdk --bench crypto`
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a benchmark: a setup failure stops it"
)]

use std::sync::Arc;
use std::time::SystemTime;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use kinbridge_sdk::bench::CryptoPair;
use kinbridge_sdk::{MemoryStore, SqliteStore, Store};
use libsignal_protocol::{
    CiphertextMessage, DeviceId, GenericSignedPreKey, IdentityKeyPair, InMemSignalProtocolStore,
    KeyPair, KyberPreKeyId, KyberPreKeyRecord, KyberPreKeyStore, PreKeyBundle, PreKeyId,
    PreKeyRecord, PreKeySignalMessage, PreKeyStore, ProtocolAddress, SignalMessage, SignedPreKeyId,
    SignedPreKeyRecord, SignedPreKeyStore, Timestamp, kem, message_decrypt, message_encrypt,
    process_prekey_bundle,
};

const BODY: [u8; 512] = [0x5a; 512];

/// Raw libsignal: two in-memory reference stores with a session from Alice to Bob.
struct Raw {
    alice: InMemSignalProtocolStore,
    bob: InMemSignalProtocolStore,
    alice_addr: ProtocolAddress,
    bob_addr: ProtocolAddress,
}

impl Raw {
    async fn new() -> Raw {
        let mut rng = rand::rng();
        let device = DeviceId::new(1).unwrap();
        let alice_addr = ProtocolAddress::new("alice".into(), device);
        let bob_addr = ProtocolAddress::new("bob".into(), device);
        let mut alice =
            InMemSignalProtocolStore::new(IdentityKeyPair::generate(&mut rng), 1).unwrap();
        let bob_identity = IdentityKeyPair::generate(&mut rng);
        let mut bob = InMemSignalProtocolStore::new(bob_identity, 2).unwrap();

        let one_time = KeyPair::generate(&mut rng);
        bob.pre_key_store
            .save_pre_key(
                PreKeyId::from(1),
                &PreKeyRecord::new(PreKeyId::from(1), &one_time),
            )
            .await
            .unwrap();
        let signed = KeyPair::generate(&mut rng);
        let signature = bob_identity
            .private_key()
            .calculate_signature(&signed.public_key.serialize(), &mut rng)
            .unwrap();
        let ts = Timestamp::from_epoch_millis(0);
        bob.signed_pre_key_store
            .save_signed_pre_key(
                SignedPreKeyId::from(1),
                &SignedPreKeyRecord::new(SignedPreKeyId::from(1), ts, &signed, &signature),
            )
            .await
            .unwrap();
        let kyber = KyberPreKeyRecord::generate(
            kem::KeyType::Kyber1024,
            KyberPreKeyId::from(1),
            bob_identity.private_key(),
        )
        .unwrap();
        bob.kyber_pre_key_store
            .save_kyber_pre_key(KyberPreKeyId::from(1), &kyber)
            .await
            .unwrap();
        let bundle = PreKeyBundle::new(
            2,
            device,
            Some((PreKeyId::from(1), one_time.public_key)),
            SignedPreKeyId::from(1),
            signed.public_key,
            signature.to_vec(),
            KyberPreKeyId::from(1),
            kyber.public_key().unwrap(),
            kyber.signature().unwrap(),
            *bob_identity.identity_key(),
        )
        .unwrap();
        process_prekey_bundle(
            &bob_addr,
            &mut alice.session_store,
            &mut alice.identity_store,
            &bundle,
            SystemTime::now(),
            &mut rng,
        )
        .await
        .unwrap();
        let mut raw = Raw {
            alice,
            bob,
            alice_addr,
            bob_addr,
        };
        raw.round_trip(b"hello").await;
        // Bob answers, so Alice's messages are ordinary ones from now on.
        let reply = message_encrypt(
            b"hi",
            &raw.alice_addr,
            &mut raw.bob.session_store,
            &mut raw.bob.identity_store,
            SystemTime::now(),
            &mut rng,
        )
        .await
        .unwrap();
        raw.decrypt_at_alice(&reply).await;
        raw
    }

    async fn decrypt_at_alice(&mut self, message: &CiphertextMessage) {
        let message = reparse(message);
        message_decrypt(
            &message,
            &self.bob_addr,
            &mut self.alice.session_store,
            &mut self.alice.identity_store,
            &mut self.alice.pre_key_store,
            &self.alice.signed_pre_key_store,
            &mut self.alice.kyber_pre_key_store,
            &mut rand::rng(),
        )
        .await
        .unwrap();
    }

    async fn round_trip(&mut self, body: &[u8]) -> Vec<u8> {
        let mut rng = rand::rng();
        let sent = message_encrypt(
            body,
            &self.bob_addr,
            &mut self.alice.session_store,
            &mut self.alice.identity_store,
            SystemTime::now(),
            &mut rng,
        )
        .await
        .unwrap();
        let message = reparse(&sent);
        message_decrypt(
            &message,
            &self.alice_addr,
            &mut self.bob.session_store,
            &mut self.bob.identity_store,
            &mut self.bob.pre_key_store,
            &self.bob.signed_pre_key_store,
            &mut self.bob.kyber_pre_key_store,
            &mut rng,
        )
        .await
        .unwrap()
    }
}

/// As received from the wire: parsed back from its bytes.
fn reparse(message: &CiphertextMessage) -> CiphertextMessage {
    match message {
        CiphertextMessage::PreKeySignalMessage(_) => CiphertextMessage::PreKeySignalMessage(
            PreKeySignalMessage::try_from(message.serialize()).unwrap(),
        ),
        _ => {
            CiphertextMessage::SignalMessage(SignalMessage::try_from(message.serialize()).unwrap())
        }
    }
}

fn encrypt_and_decrypt(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    let mut group = c.benchmark_group("encrypt+decrypt 512 B");
    group.throughput(Throughput::Elements(1));

    let mut raw = rt.block_on(Raw::new());
    group.bench_function("libsignal, in-memory stores", |b| {
        b.iter(|| rt.block_on(raw.round_trip(&BODY)));
    });

    let memory = rt
        .block_on(CryptoPair::new(
            Arc::new(MemoryStore::new()),
            Arc::new(MemoryStore::new()),
        ))
        .unwrap();
    group.bench_function("SDK, memory store", |b| {
        b.iter(|| rt.block_on(memory.round_trip(&BODY)).unwrap());
    });

    let dir = tempfile::tempdir().unwrap();
    let open = |name: &str| -> Arc<dyn Store> {
        Arc::new(SqliteStore::open(&dir.path().join(name), &[7; 32]).unwrap())
    };
    let sqlite = rt
        .block_on(CryptoPair::new(open("alice.db"), open("bob.db")))
        .unwrap();
    group.bench_function("SDK, SQLite store", |b| {
        b.iter(|| rt.block_on(sqlite.round_trip(&BODY)).unwrap());
    });
    group.finish();
}

criterion_group!(benches, encrypt_and_decrypt);
criterion_main!(benches);
