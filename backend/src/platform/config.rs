//! Settings, layered: built-in defaults, then a TOML file (`--config`, `KINBRIDGE_CONFIG`,
//! or `./kinbridge.toml` when it exists), then `KINBRIDGE_*` environment variables, then
//! command-line flags. Every key:
//!
//! | key | default | meaning |
//! |---|---|---|
//! | `bind` | `127.0.0.1:8080` | address to listen on |
//! | `data_dir` | `./kinbridge-data` | SQLite database and server keys |
//! | `database_url` | SQLite in `data_dir` | `sqlite://<path>` or `postgres://…` |
//! | `db_pool_size` | 8 | database connections shared by requests (the message and audit writers have one each besides) |
//! | `workers` | 0 (one per core) | HTTP worker threads |
//! | `max_connections` | 100000 | HTTP connections this node serves at once (a WebSocket stops counting here once upgraded); past it, new ones wait in the backlog. Each needs a file descriptor: raise `LimitNOFILE` to match (`docs/deploy.md`) |
//! | `max_sockets` | 100000 | device WebSockets this node holds at once; past it, a new one is refused with 503 `server.unavailable` (the app tries again later). Each needs a file descriptor too |
//! | `listen_backlog` | 4096 | connections waiting to be accepted (the kernel caps it at `net.core.somaxconn`) |
//! | `enrolment_code_ttl_hours` | 72 | lifetime of an enrolment code |
//! | `enrolment_max_failures` | 10 | failed enrolments per client address per window |
//! | `enrolment_failure_window_secs` | 900 | the window of that limit |
//! | `max_json_body_bytes` | 65536 | largest JSON body accepted |
//! | `log` | `info` | log filter (`tracing` syntax) |
//! | `keys_file` | `<data_dir>/server-keys.json` | the server's secret keys |
//! | `audit_checkpoint_file` | `<data_dir>/audit-checkpoint.json` | where the newest signed audit checkpoint is published outside the database (verification requires the database to still hold it); best on storage the database's administrators cannot rewrite |
//! | `maintenance_interval_secs` | 3600 | how often retention runs and the audit chain is checkpointed |
//! | `retention_closed_case_days` | 365 | a closed case is deleted this long after closing |
//! | `retention_code_grace_hours` | 24 | used or expired enrolment codes are deleted after this |
//! | `prekey_fetches_per_hour` | 30 | key bundles one person may fetch for another per hour |
//! | `message_ttl_days` | 30 | undelivered envelopes expire after this |
//! | `max_envelope_bytes` | 65536 | largest ciphertext per device |
//! | `max_message_request_bytes` | 1048576 | largest send request (all devices' ciphertexts) |
//! | `sealed_sender_file` | `<data_dir>/sealed-sender.json` | the server certificate for sealed sender (`kinbridge admin certificate server`); a development chain is made when missing |
//! | `sender_certificate_hours` | 24 | lifetime of a sender certificate (1–168) |
//! | `sealed_messages_per_minute` | 120 | sealed-sender messages one person may receive per minute |
//! | `sealed_messages_per_minute_per_source` | 30 | of those, from one client address |
//! | `access_key_max_failures` | 20 | wrong sealed-sender access keys one client address may present per 15 minutes |
//! | `enrolment_code_max_failures` | 5 | failed tries of one code per enrolment window |
//! | `prekey_fetches_per_hour_per_requester` | 300 | key bundles one person may fetch per hour, whoever for |
//! | `sender_messages_per_minute` | 120 | identified and circle messages one person may send per minute |
//! | `sender_bytes_per_hour` | 67108864 | bytes of ciphertext one person may send per hour (64 MiB) |
//! | `mailbox_max_envelopes` | 2000 | undelivered envelopes one device may hold; past it senders get `messages.mailbox_full` |
//! | `mailbox_max_bytes` | 33554432 | undelivered bytes one device may hold (32 MiB) |
//! | `socket_queue_max` | 1024 | frames waiting for one WebSocket; a client that lets more pile up is disconnected (its messages stay queued) |
//! | `consent_own_from_age` | 16 | the age from which a child's own consent suffices (GDPR Art 8: 16 unless the state set 13–15); below it a guardian's consent and the child's assent are both needed |
//! | `consent_assent_from_age` | 6 | the age from which a child's assent is asked for; below it the assent is recorded as not sought |
//! | `consent_content_dir` | none | a folder of consent purposes' new versions (`<purpose>/v<N>/purpose.toml`, `<purpose>/v<N>/<locale>/notice.ftl`), published beside the built-in ones without a new release; a built-in version cannot be replaced |
//! | `redis_url` | none | `redis://[:password@]host:6379/`: this node is one of several on one PostgreSQL database, and Redis carries wake-ups, revocations and cache invalidations between them and holds the shared rate limits; refused with SQLite (one node only) |
//! | `redis_prefix` | `kinbridge` | the prefix of every Redis key and channel of this deployment (several deployments may share one Redis) |
//! | `trusted_proxies` | none | addresses (or CIDR ranges) of the proxies in front of the server whose `X-Forwarded-For` is believed |

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use figment::Figment;
use figment::providers::{Env, Format, Toml};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;

use crate::platform::db::{DatabaseUrl, UnsupportedDatabaseUrl, default_sqlite_path};

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    pub bind: SocketAddr,
    pub data_dir: PathBuf,
    pub database_url: Option<SecretString>,
    pub db_pool_size: u32,
    pub workers: usize,
    pub max_connections: usize,
    pub max_sockets: usize,
    pub listen_backlog: u32,
    pub enrolment_code_ttl_hours: u32,
    pub enrolment_max_failures: u32,
    pub enrolment_failure_window_secs: u64,
    pub max_json_body_bytes: usize,
    pub log: String,
    pub keys_file: Option<PathBuf>,
    pub audit_checkpoint_file: Option<PathBuf>,
    pub maintenance_interval_secs: u64,
    pub retention_closed_case_days: u32,
    pub retention_code_grace_hours: u32,
    pub prekey_fetches_per_hour: u32,
    pub message_ttl_days: u32,
    pub max_envelope_bytes: usize,
    pub max_message_request_bytes: usize,
    pub sealed_sender_file: Option<PathBuf>,
    pub sender_certificate_hours: u32,
    pub sealed_messages_per_minute: u32,
    pub sealed_messages_per_minute_per_source: u32,
    pub access_key_max_failures: u32,
    pub enrolment_code_max_failures: u32,
    pub prekey_fetches_per_hour_per_requester: u32,
    pub sender_messages_per_minute: u32,
    pub sender_bytes_per_hour: u64,
    pub mailbox_max_envelopes: u64,
    pub mailbox_max_bytes: u64,
    pub trusted_proxies: Vec<String>,
    pub redis_url: Option<SecretString>,
    pub redis_prefix: String,
    pub socket_queue_max: usize,
    pub consent_own_from_age: u8,
    pub consent_assent_from_age: u8,
    pub consent_content_dir: Option<PathBuf>,
    /// Days a complaint may wait for a person to acknowledge it (EU directive: 7).
    pub complaint_acknowledge_days: u32,
    /// Months from acknowledgement (or from the end of the acknowledgement period, if
    /// none) within which the reporter is owed feedback (EU directive: 3).
    pub complaint_feedback_months: u32,
    /// Minutes an urgent complaint may wait for acknowledgement before the next on-call
    /// tier is alerted.
    pub complaint_urgent_minutes: u32,
    /// Days a closed complaint is kept; then a warning, then deletion.
    pub complaint_retention_days: u32,
    /// Minutes a child's call for help or a missing-child alert may wait for someone on
    /// call to take it before the next tier is alerted.
    pub alert_escalate_minutes: u32,
    /// Days between the expiry warning and deletion.
    pub complaint_expiry_warning_days: u32,
    /// A complaint the reporter wrote to within this many days never expires.
    pub complaint_reporter_grace_days: u32,
    /// Argon2id over the receipt lookups: memory (KiB), passes, lanes. Checked at start
    /// against the minimums (19 MiB, 2 passes: OWASP's floor for Argon2id).
    pub complaint_receipt_memory_kib: u32,
    pub complaint_receipt_iterations: u32,
    pub complaint_receipt_parallelism: u32,
    /// Leading zero bits a proof of work needs to file, and to read with a receipt.
    pub complaint_proof_bits_file: u8,
    pub complaint_proof_bits_lookup: u8,
    /// Filings per hour, and failed receipt lookups per 15 minutes, after which proofs
    /// get harder (4 bits more for each doubling, at most 8).
    pub complaint_busy_filings_per_hour: u32,
    pub complaint_busy_lookup_failures: u32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            bind: SocketAddr::from(([127, 0, 0, 1], 8080)),
            data_dir: PathBuf::from("kinbridge-data"),
            database_url: None,
            db_pool_size: 8,
            workers: 0,
            max_connections: 100_000,
            max_sockets: 100_000,
            listen_backlog: 4096,
            enrolment_code_ttl_hours: 72,
            enrolment_max_failures: 10,
            enrolment_failure_window_secs: 900,
            max_json_body_bytes: 64 * 1024,
            log: "info".to_owned(),
            keys_file: None,
            audit_checkpoint_file: None,
            maintenance_interval_secs: 3600,
            retention_closed_case_days: 365,
            retention_code_grace_hours: 24,
            prekey_fetches_per_hour: 30,
            message_ttl_days: 30,
            max_envelope_bytes: 64 * 1024,
            max_message_request_bytes: 1024 * 1024,
            sealed_sender_file: None,
            sender_certificate_hours: 24,
            sealed_messages_per_minute: 120,
            sealed_messages_per_minute_per_source: 30,
            access_key_max_failures: 20,
            enrolment_code_max_failures: 5,
            prekey_fetches_per_hour_per_requester: 300,
            sender_messages_per_minute: 120,
            sender_bytes_per_hour: 64 * 1024 * 1024,
            mailbox_max_envelopes: 2000,
            mailbox_max_bytes: 32 * 1024 * 1024,
            trusted_proxies: Vec::new(),
            redis_url: None,
            redis_prefix: "kinbridge".to_owned(),
            socket_queue_max: 1024,
            consent_own_from_age: 16,
            consent_assent_from_age: 6,
            consent_content_dir: None,
            complaint_acknowledge_days: 7,
            complaint_feedback_months: 3,
            complaint_urgent_minutes: 60,
            complaint_retention_days: 365,
            alert_escalate_minutes: 15,
            complaint_expiry_warning_days: 14,
            complaint_reporter_grace_days: 30,
            complaint_receipt_memory_kib: 64 * 1024,
            complaint_receipt_iterations: 3,
            complaint_receipt_parallelism: 1,
            complaint_proof_bits_file: 18,
            complaint_proof_bits_lookup: 16,
            complaint_busy_filings_per_hour: 200,
            complaint_busy_lookup_failures: 50,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("configuration: {0}")]
    Invalid(Box<figment::Error>),
    #[error("configuration: {0}")]
    DatabaseUrl(#[from] UnsupportedDatabaseUrl),
    #[error("configuration: the config file {0} does not exist")]
    MissingFile(PathBuf),
    #[error("configuration: {0}")]
    Value(String),
}

impl From<figment::Error> for ConfigError {
    fn from(e: figment::Error) -> Self {
        ConfigError::Invalid(Box::new(e))
    }
}

impl Settings {
    /// Defaults → file → environment. `file` is the explicit `--config`; without it,
    /// `KINBRIDGE_CONFIG`, then `./kinbridge.toml` if present.
    pub fn load(file: Option<&Path>) -> Result<Settings, ConfigError> {
        let explicit = file
            .map(Path::to_path_buf)
            .or_else(|| std::env::var_os("KINBRIDGE_CONFIG").map(PathBuf::from));
        let mut figment = Figment::new();
        match explicit {
            Some(path) if !path.is_file() => return Err(ConfigError::MissingFile(path)),
            Some(path) => figment = figment.merge(Toml::file_exact(path)),
            None if Path::new("kinbridge.toml").is_file() => {
                figment = figment.merge(Toml::file_exact("kinbridge.toml"));
            }
            None => {}
        }
        // KINBRIDGE_CONFIG names the file itself, and KINBRIDGE_TEST_* belong to the test
        // suites; neither is a setting.
        let env = Env::prefixed("KINBRIDGE_").filter(|key| {
            let key = key.as_str().to_ascii_lowercase();
            key != "config" && !key.starts_with("test_")
        });
        let settings: Settings = figment.merge(env).extract()?;
        settings.validate()?;
        Ok(settings)
    }

    fn validate(&self) -> Result<(), ConfigError> {
        if !(13..=18).contains(&self.consent_own_from_age)
            || !(1..=self.consent_own_from_age).contains(&self.consent_assent_from_age)
        {
            return Err(ConfigError::Value(
                "consent_own_from_age must be between 13 and 18, and consent_assent_from_age between 1 and it".into(),
            ));
        }
        self.database()?;
        if self.enrolment_code_ttl_hours == 0 {
            return Err(ConfigError::Value(
                "enrolment_code_ttl_hours must be at least 1".into(),
            ));
        }
        if self.maintenance_interval_secs == 0 {
            return Err(ConfigError::Value(
                "maintenance_interval_secs must be at least 1".into(),
            ));
        }
        if !(1..=168).contains(&self.sender_certificate_hours) {
            return Err(ConfigError::Value(
                "sender_certificate_hours must be between 1 and 168 (7 days)".into(),
            ));
        }
        self.proxies()?;
        self.redis()?;
        self.check_complaints()?;
        if self.max_json_body_bytes < 1024 {
            return Err(ConfigError::Value(
                "max_json_body_bytes must be at least 1024".into(),
            ));
        }
        Ok(())
    }

    /// The complaint settings: Argon2id no weaker than the floor, clocks that run.
    pub fn check_complaints(&self) -> Result<(), ConfigError> {
        if self.complaint_receipt_memory_kib < 19 * 1024
            || self.complaint_receipt_memory_kib > 4 * 1024 * 1024
            || !(2..=16).contains(&self.complaint_receipt_iterations)
            || !(1..=8).contains(&self.complaint_receipt_parallelism)
        {
            return Err(ConfigError::Value(
                "complaint receipts need Argon2id with at least 19456 KiB (at most 4 GiB), 2 to 16 passes and 1 to 8 lanes (complaint_receipt_memory_kib, complaint_receipt_iterations, complaint_receipt_parallelism)".into(),
            ));
        }
        if !(8..=28).contains(&self.complaint_proof_bits_file)
            || !(8..=28).contains(&self.complaint_proof_bits_lookup)
        {
            return Err(ConfigError::Value(
                "complaint_proof_bits_file and complaint_proof_bits_lookup must be between 8 and 28".into(),
            ));
        }
        let within = |v: u32, max: u32| (1..=max).contains(&v);
        if !within(self.complaint_acknowledge_days, 365)
            || !within(self.complaint_feedback_months, 24)
            || !within(self.complaint_urgent_minutes, 7 * 24 * 60)
            || !within(self.complaint_retention_days, 36_500)
            || !within(self.complaint_expiry_warning_days, 365)
            || !within(self.complaint_reporter_grace_days, 3_650)
            || !within(self.alert_escalate_minutes, 24 * 60)
            || self.complaint_busy_filings_per_hour == 0
            || self.complaint_busy_lookup_failures == 0
        {
            return Err(ConfigError::Value(
                "complaint settings out of range: complaint_acknowledge_days 1-365, complaint_feedback_months 1-24, complaint_urgent_minutes 1-10080, complaint_retention_days 1-36500, complaint_expiry_warning_days 1-365, complaint_reporter_grace_days 1-3650, alert_escalate_minutes 1-1440, busy thresholds at least 1".into(),
            ));
        }
        Ok(())
    }

    /// The trusted proxies, parsed: single addresses or CIDR ranges.
    pub fn proxies(&self) -> Result<Vec<(std::net::IpAddr, u8)>, ConfigError> {
        self.trusted_proxies
            .iter()
            .map(|raw| {
                let bad = || {
                    ConfigError::Value(format!(
                        "trusted_proxies: `{raw}` is not an address or a CIDR range"
                    ))
                };
                let (addr, bits) = match raw.split_once('/') {
                    Some((a, b)) => (a, Some(b.parse::<u8>().map_err(|_| bad())?)),
                    None => (raw.as_str(), None),
                };
                let addr: std::net::IpAddr = addr.trim().parse().map_err(|_| bad())?;
                let max = if addr.is_ipv4() { 32 } else { 128 };
                let bits = bits.unwrap_or(max);
                if bits > max {
                    return Err(bad());
                }
                Ok((addr, bits))
            })
            .collect()
    }

    /// Redis, when this node is one of several: refused on SQLite, which is one node's
    /// embedded database (several processes writing one file would lose wake-ups and
    /// serialise every write).
    pub fn redis(&self) -> Result<Option<&str>, ConfigError> {
        let Some(url) = &self.redis_url else {
            return Ok(None);
        };
        if let DatabaseUrl::Sqlite(_) = self.database()? {
            return Err(ConfigError::Value(
                "redis_url is set, but the database is SQLite: several nodes need PostgreSQL (set database_url to postgres://…), and a single node on SQLite needs no Redis (remove redis_url)".into(),
            ));
        }
        let url = url.expose_secret();
        if url.starts_with("rediss://") {
            return Err(ConfigError::Value(
                "redis_url: TLS to Redis (rediss://) is not built in; reach Redis over a private network, or through a TLS tunnel on the node, with redis://".into(),
            ));
        }
        if !url.starts_with("redis://") {
            return Err(ConfigError::Value(
                "redis_url must start with redis://".into(),
            ));
        }
        if self.redis_prefix.is_empty()
            || !self
                .redis_prefix
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
        {
            return Err(ConfigError::Value(
                "redis_prefix must be letters, digits, '-', '_' or '.'".into(),
            ));
        }
        Ok(Some(url))
    }

    /// The database to use: `database_url`, or SQLite inside the data folder.
    pub fn database(&self) -> Result<DatabaseUrl, ConfigError> {
        match &self.database_url {
            Some(url) => Ok(DatabaseUrl::parse(url.expose_secret())?),
            None => Ok(DatabaseUrl::Sqlite(default_sqlite_path(&self.data_dir))),
        }
    }

    pub fn sealed_sender_path(&self) -> PathBuf {
        self.sealed_sender_file
            .clone()
            .unwrap_or_else(|| self.data_dir.join("sealed-sender.json"))
    }

    /// How long a new enrolment code works.
    pub fn enrolment_code_ttl(&self) -> chrono::Duration {
        chrono::Duration::hours(i64::from(self.enrolment_code_ttl_hours))
    }

    /// How long an undelivered envelope waits before it expires.
    pub fn message_ttl(&self) -> chrono::Duration {
        chrono::Duration::days(i64::from(self.message_ttl_days))
    }

    /// Where the newest signed audit checkpoint is published outside the database.
    pub fn audit_checkpoint_path(&self) -> PathBuf {
        self.audit_checkpoint_file
            .clone()
            .unwrap_or_else(|| self.data_dir.join("audit-checkpoint.json"))
    }

    pub fn keys_path(&self) -> PathBuf {
        self.keys_file
            .clone()
            .unwrap_or_else(|| self.data_dir.join("server-keys.json"))
    }
}

#[cfg(test)]
#[allow(
    clippy::result_large_err,
    reason = "figment's Jail closures return figment::Error by design"
)]
mod tests {
    use super::*;
    use figment::Jail;

    #[test]
    fn layers_defaults_file_and_environment() {
        Jail::expect_with(|jail| {
            jail.create_file(
                "kinbridge.toml",
                "bind = \"127.0.0.1:9000\"\nlog = \"debug\"",
            )?;
            jail.set_env("KINBRIDGE_LOG", "warn");
            jail.set_env("KINBRIDGE_TEST_DATABASE_URL", "postgres://ignored");
            let s = Settings::load(None).map_err(|e| e.to_string())?;
            assert_eq!(s.bind.port(), 9000);
            assert_eq!(s.log, "warn");
            assert_eq!(s.enrolment_code_ttl_hours, 72);
            assert!(matches!(s.database().unwrap(), DatabaseUrl::Sqlite(_)));
            Ok(())
        });
    }

    #[test]
    fn several_nodes_need_postgresql() {
        Jail::expect_with(|jail| {
            jail.set_env("KINBRIDGE_REDIS_URL", "redis://127.0.0.1:6379/");
            let err = Settings::load(None).unwrap_err().to_string();
            assert!(
                err.contains("redis_url is set, but the database is SQLite"),
                "{err}"
            );
            jail.set_env("KINBRIDGE_DATABASE_URL", "postgres://u@127.0.0.1/k");
            let s = Settings::load(None).map_err(|e| e.to_string())?;
            assert_eq!(s.redis().unwrap(), Some("redis://127.0.0.1:6379/"));
            jail.set_env("KINBRIDGE_REDIS_URL", "http://127.0.0.1:6379/");
            let err = Settings::load(None).unwrap_err().to_string();
            assert!(err.contains("redis://"), "{err}");
            jail.set_env("KINBRIDGE_REDIS_URL", "rediss://127.0.0.1:6379/");
            let err = Settings::load(None).unwrap_err().to_string();
            assert!(err.contains("TLS to Redis"), "{err}");
            Ok(())
        });
    }

    #[test]
    fn unknown_keys_and_schemes_are_configuration_errors() {
        Jail::expect_with(|jail| {
            jail.set_env("KINBRIDGE_DATABSE_URL", "postgres://typo");
            let err = Settings::load(None).unwrap_err().to_string();
            assert!(err.contains("databse_url"), "{err}");
            Ok(())
        });
        Jail::expect_with(|jail| {
            jail.set_env("KINBRIDGE_DATABASE_URL", "mysql://root@localhost/k");
            let err = Settings::load(None).unwrap_err().to_string();
            assert!(
                err.contains("unsupported database URL scheme `mysql`"),
                "{err}"
            );
            Ok(())
        });
        Jail::expect_with(|_jail| {
            let err = Settings::load(Some(Path::new("nope.toml")))
                .unwrap_err()
                .to_string();
            assert!(err.contains("nope.toml"), "{err}");
            Ok(())
        });
    }
}
