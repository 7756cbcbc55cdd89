//! The end-to-end harness: the real Kinbridge server on `127.0.0.1:0`, with a fresh
//! database per test, driven by the real SDK.
//!
//! The database is SQLite in a temporary folder, or a fresh PostgreSQL database when
//! `KINBRIDGE_TEST_DATABASE_URL` is set (an admin URL such as
//! `postgres://postgres@127.0.0.1:5432/postgres`); the database is dropped afterwards.
#![allow(
    clippy::expect_used,
    reason = "test harness: a failed setup step must stop the test with its reason"
)]

use std::collections::BTreeMap;
use std::sync::Arc;

use diesel::connection::SimpleConnection;
use diesel::pg::PgConnection;
use diesel::{Connection, RunQueryDsl};
use kinbridge_protocol::StaffRole;
use kinbridge_protocol::api::EnrolmentCodeResponse;
use kinbridge_sdk::{Client, ClientConfig, MemoryStore, Store};
use kinbridge_server::Application;
use kinbridge_server::platform::clock::Clock;
use kinbridge_server::platform::config::Settings;
use kinbridge_server::platform::db::{Backend, DatabaseUrl, Db, TABLES, count_rows};
use secrecy::SecretString;

pub use kinbridge_protocol as protocol;
pub use kinbridge_sdk as sdk;

/// Every row of a database but the audit chain's, and the audit head's sequence number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct State {
    pub rows: std::collections::BTreeSet<String>,
    pub audit_seq: i64,
}

/// The environment variable that switches the suite to PostgreSQL.
pub const PG_ENV: &str = "KINBRIDGE_TEST_DATABASE_URL";

/// A database of its own for one test: a SQLite file in a temporary folder, or a fresh
/// PostgreSQL database that is dropped when this value is.
pub struct ScratchDatabase {
    pub url: String,
    postgres: Option<(String, String)>,
    dir: tempfile::TempDir,
}

impl std::fmt::Debug for ScratchDatabase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ScratchDatabase").finish_non_exhaustive()
    }
}

impl ScratchDatabase {
    pub fn new() -> ScratchDatabase {
        let dir = tempfile::tempdir().expect("temporary data folder");
        match backend_under_test() {
            Backend::Sqlite => ScratchDatabase {
                url: format!("sqlite://{}", dir.path().join("kinbridge.db").display()),
                postgres: None,
                dir,
            },
            Backend::Postgres => {
                let admin_url = std::env::var(PG_ENV).expect("PG url");
                let name = format!("kb_test_{}", uuid::Uuid::new_v4().simple());
                let mut admin = PgConnection::establish(&admin_url)
                    .expect("connect to PostgreSQL with KINBRIDGE_TEST_DATABASE_URL");
                admin
                    .batch_execute(&format!("CREATE DATABASE {name}"))
                    .expect("create the test database");
                ScratchDatabase {
                    url: with_database(&admin_url, &name),
                    postgres: Some((admin_url, name)),
                    dir,
                }
            }
        }
    }

    /// A folder that lives as long as the database (the server's data folder).
    pub fn dir(&self) -> &std::path::Path {
        self.dir.path()
    }

    pub fn database_url(&self) -> DatabaseUrl {
        DatabaseUrl::parse(&self.url).expect("scratch database URL")
    }
}

impl Default for ScratchDatabase {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for ScratchDatabase {
    fn drop(&mut self) {
        // The server this database served is told to stop, not awaited: its pool may still
        // open a connection between the forced disconnect and the drop, and PostgreSQL then
        // refuses the drop. Closing the database to new connections first, and trying again
        // for a few seconds, leaves nothing behind (the CI step counts leftovers).
        let Some((admin_url, name)) = &self.postgres else {
            return;
        };
        let mut last_error = String::new();
        for _ in 0..50 {
            match PgConnection::establish(admin_url) {
                Ok(mut admin) => {
                    let _ = admin.batch_execute(&format!(
                        "ALTER DATABASE {name} WITH ALLOW_CONNECTIONS false"
                    ));
                    match admin
                        .batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                    {
                        Ok(()) => return,
                        Err(e) => last_error = e.to_string(),
                    }
                }
                Err(e) => last_error = e.to_string(),
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        eprintln!("the test database {name} could not be dropped: {last_error}");
    }
}

/// The phone's real store, failing on demand as a full disk or a busy file would: while
/// `fail(true)`, every write is refused (reads still work).
pub struct FailingStore {
    inner: Arc<dyn Store>,
    failing: std::sync::atomic::AtomicBool,
    refused: std::sync::atomic::AtomicUsize,
}

impl std::fmt::Debug for FailingStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FailingStore").finish_non_exhaustive()
    }
}

impl FailingStore {
    pub fn new(inner: Arc<dyn Store>) -> Arc<FailingStore> {
        Arc::new(FailingStore {
            inner,
            failing: std::sync::atomic::AtomicBool::new(false),
            refused: std::sync::atomic::AtomicUsize::new(0),
        })
    }

    pub fn fail(&self, on: bool) {
        self.failing.store(on, std::sync::atomic::Ordering::SeqCst);
    }

    /// How many writes were refused so far.
    pub fn refused(&self) -> usize {
        self.refused.load(std::sync::atomic::Ordering::SeqCst)
    }

    fn check(&self) -> Result<(), kinbridge_sdk::StoreError> {
        if self.failing.load(std::sync::atomic::Ordering::SeqCst) {
            self.refused
                .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            return Err(kinbridge_sdk::StoreError::Other(
                "database or disk is full (injected by the test)".into(),
            ));
        }
        Ok(())
    }
}

impl Store for FailingStore {
    fn get(
        &self,
        ns: kinbridge_sdk::Namespace,
        key: &str,
    ) -> Result<Option<Vec<u8>>, kinbridge_sdk::StoreError> {
        self.inner.get(ns, key)
    }

    fn put_many(
        &self,
        records: &[(kinbridge_sdk::Namespace, String, Vec<u8>)],
    ) -> Result<(), kinbridge_sdk::StoreError> {
        self.check()?;
        self.inner.put_many(records)
    }

    fn delete(
        &self,
        ns: kinbridge_sdk::Namespace,
        key: &str,
    ) -> Result<(), kinbridge_sdk::StoreError> {
        self.check()?;
        self.inner.delete(ns, key)
    }

    fn keys(&self, ns: kinbridge_sdk::Namespace) -> Result<Vec<String>, kinbridge_sdk::StoreError> {
        self.inner.keys(ns)
    }

    fn wipe(&self) -> Result<(), kinbridge_sdk::StoreError> {
        self.check()?;
        self.inner.wipe()
    }
}

/// A running server with its own database and data folder.
pub struct TestServer {
    pub url: String,
    pub clock: Clock,
    settings: Settings,
    handle: actix_web::dev::ServerHandle,
    maintenance: kinbridge_server::Maintenance,
    db: Db,
    // Dropped last: the server is stopped first.
    _database: ScratchDatabase,
}

impl std::fmt::Debug for TestServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TestServer")
            .field("url", &self.url)
            .finish()
    }
}

/// The backend this test run uses.
pub fn backend_under_test() -> Backend {
    if std::env::var_os(PG_ENV).is_some_and(|v| !v.is_empty()) {
        Backend::Postgres
    } else {
        Backend::Sqlite
    }
}

/// `postgres://u@h:5432/admin?x` with the database replaced by `name`.
fn with_database(admin_url: &str, name: &str) -> String {
    let (base, query) = match admin_url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (admin_url, None),
    };
    let scheme_end = base.find("://").map_or(0, |i| i + 3);
    let root = match base[scheme_end..].find('/') {
        Some(i) => &base[..scheme_end + i],
        None => base,
    };
    match query {
        Some(q) => format!("{root}/{name}?{q}"),
        None => format!("{root}/{name}"),
    }
}

impl TestServer {
    pub async fn start() -> TestServer {
        Self::start_with(|_| {}).await
    }

    /// Starts a server; `tweak` may change settings before it starts.
    pub async fn start_with(tweak: impl FnOnce(&mut Settings)) -> TestServer {
        let database = ScratchDatabase::new();
        let mut settings = Settings {
            bind: "127.0.0.1:0".parse().expect("address"),
            data_dir: database.dir().to_path_buf(),
            database_url: Some(SecretString::from(database.url.clone())),
            db_pool_size: 4,
            workers: 1,
            ..Settings::default()
        };
        tweak(&mut settings);
        let clock = Clock::system();
        let app = Application::build(settings.clone(), clock.clone()).expect("server starts");
        let url = format!("http://{}", app.local_addr());
        let handle = app.handle();
        let maintenance = app.maintenance();
        tokio::spawn(async move {
            let _ = app.run_until_stopped().await;
        });
        let db = Db::open(&settings.database().expect("database url"), 2).expect("test db pool");
        TestServer {
            url,
            clock,
            settings,
            handle,
            maintenance,
            db,
            _database: database,
        }
    }

    pub fn backend(&self) -> Backend {
        self.db.backend()
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Creates a staff account the way the host CLI does, and returns its code.
    pub fn create_staff(&self, role: StaffRole, name: &str) -> EnrolmentCodeResponse {
        kinbridge_server::cli::create_staff(&self.settings, &self.clock, role, name)
            .expect("create staff")
    }

    /// A client configuration for a fresh in-memory store.
    pub fn config(&self) -> ClientConfig {
        self.config_with(Arc::new(MemoryStore::new()))
    }

    /// Apps carry the sealed-sender trust root; test clients get this server's.
    pub fn config_with(&self, store: Arc<dyn Store>) -> ClientConfig {
        ClientConfig::new(self.url.clone(), store).trust_root(self.trust_root())
    }

    /// The trust root public key of the server's sealed-sender certificate (the server made
    /// a development chain at its first start).
    pub fn trust_root(&self) -> Vec<u8> {
        let path = self.settings.sealed_sender_path();
        let (certificates, _) =
            kinbridge_server::sealed::certificates::Certificates::load_or_create_development(&path)
                .expect("sealed-sender certificate");
        certificates.trust_root().serialize().to_vec()
    }

    /// Enrols a new device with `code` through the SDK.
    pub async fn enrol(&self, code: &str) -> Client {
        Client::enrol(self.config(), code).await.expect("enrolment")
    }

    /// Someone `cw` invites into `case`, enrolled through the SDK with the code.
    pub async fn join(
        &self,
        cw: &Client,
        case: kinbridge_protocol::CaseId,
        invite: kinbridge_protocol::api::InviteRequest,
    ) -> Client {
        let code = cw.invite(case, invite).await.expect("invitation").code;
        self.enrol(&code).await
    }

    /// An admin created from the CLI, then a caseworker created by that admin, both
    /// enrolled through the SDK.
    pub async fn admin_and_caseworker(&self) -> (Client, Client) {
        let admin_code = self.create_staff(StaffRole::Admin, "Admin One");
        let admin = self.enrol(&admin_code.code).await;
        let cw_code = admin
            .create_staff(StaffRole::Caseworker, "Caseworker Ana")
            .await
            .expect("admin creates a caseworker");
        let caseworker = self.enrol(&cw_code.code).await;
        (admin, caseworker)
    }

    /// The number of rows of every table: compare before and after a refused request to
    /// show that nothing changed.
    pub fn snapshot(&self) -> BTreeMap<&'static str, i64> {
        TABLES
            .iter()
            .map(|&t| {
                let n = self
                    .db
                    .run_blocking(|c| count_rows(c, t))
                    .expect("count rows");
                (t, n)
            })
            .collect()
    }

    /// Stops the server (finishing requests in flight); the database stays until drop.
    pub async fn stop(&self) {
        self.handle.stop(true).await;
    }

    /// Stops the server and starts it again on the same address, database and keys: what
    /// a crash and restart look like to clients.
    pub async fn restart(&mut self) {
        self.handle.stop(true).await;
        let mut settings = self.settings.clone();
        let addr: std::net::SocketAddr = self
            .url
            .trim_start_matches("http://")
            .parse()
            .expect("server address");
        settings.bind = addr;
        let app = Application::build(settings, self.clock.clone()).expect("server restarts");
        self.handle = app.handle();
        self.maintenance = app.maintenance();
        tokio::spawn(async move {
            let _ = app.run_until_stopped().await;
        });
    }

    /// Another server node on the same database, keys and data folder, on its own port:
    /// what a second process behind a load balancer is. It stops when dropped.
    pub async fn second_node(&self) -> Node {
        let mut settings = self.settings.clone();
        settings.bind = "127.0.0.1:0".parse().expect("address");
        let app = Application::build(settings, self.clock.clone()).expect("second node starts");
        let url = format!("http://{}", app.local_addr());
        let handle = app.handle();
        tokio::spawn(async move {
            let _ = app.run_until_stopped().await;
        });
        Node { url, handle }
    }

    /// Runs the background job (retention, audit checkpoint) once, at the test clock's now.
    pub async fn maintenance(&self) -> kinbridge_server::retention::Report {
        self.maintenance.run_once().await.expect("maintenance pass")
    }

    /// Runs SQL directly against the server's database: for tampering tests, which act as
    /// someone with write access to the database and nothing else.
    pub fn tamper(&self, sql: &str) {
        self.db
            .run_blocking(|c| {
                c.batch_execute(sql)
                    .map_err(kinbridge_server::platform::db::StorageError::from)
            })
            .expect("tampering SQL");
    }

    /// Runs a query returning one text column per row.
    pub fn query_texts(&self, sql: &str) -> Vec<String> {
        #[derive(diesel::QueryableByName)]
        struct Row {
            #[diesel(sql_type = diesel::sql_types::Text)]
            s: String,
        }
        self.db
            .run_blocking(|c| {
                diesel::sql_query(sql)
                    .load::<Row>(c)
                    .map_err(kinbridge_server::platform::db::StorageError::from)
            })
            .expect("query")
            .into_iter()
            .map(|r| r.s)
            .collect()
    }

    /// Everything the database holds, as text to search: the bytes of every file of the
    /// SQLite database (main file, write-ahead log, shared memory), or every row of every
    /// table on PostgreSQL (binary columns as hex, so search for the hex form too).
    pub fn database_contents(&self) -> String {
        match self.backend() {
            Backend::Sqlite => {
                let mut out = Vec::new();
                for entry in std::fs::read_dir(self._database.dir()).expect("data folder") {
                    let path = entry.expect("entry").path();
                    if path.is_file() {
                        out.extend(std::fs::read(&path).expect("read file"));
                    }
                }
                String::from_utf8_lossy(&out).into_owned()
            }
            Backend::Postgres => TABLES
                .iter()
                .flat_map(|t| self.query_texts(&format!("SELECT t::text AS s FROM {t} t")))
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }

    /// A device's queued envelopes as the server holds them (the sender's device number is
    /// read back too): what a phone would receive, for tests that hand them around.
    pub fn queued_envelopes(
        &self,
        device: kinbridge_protocol::DeviceId,
    ) -> Vec<kinbridge_protocol::api::Envelope> {
        use kinbridge_protocol::{AccountId, B64, EnvelopeKind};
        let hex = match self.backend() {
            Backend::Sqlite => "hex(content)",
            Backend::Postgres => "encode(content, 'hex')",
        };
        self.query_texts(&format!(
            "SELECT guid || ' ' || kind || ' ' || COALESCE(source_account, '-') || ' ' || \
             COALESCE(CAST(source_device AS TEXT), '-') || ' ' || {hex} AS s \
             FROM envelopes WHERE device_id = '{device}' ORDER BY seq"
        ))
        .into_iter()
        .map(|row| {
            let parts: Vec<&str> = row.split(' ').collect();
            let hex = parts[4];
            kinbridge_protocol::api::Envelope {
                guid: parts[0].to_owned(),
                kind: EnvelopeKind::parse(parts[1]).expect("stored kind"),
                source_account: AccountId::parse(parts[2]).ok(),
                source_device: parts[3].parse().ok(),
                server_ts: chrono::Utc::now(),
                content: B64((0..hex.len())
                    .step_by(2)
                    .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("hex"))
                    .collect()),
            }
        })
        .collect()
    }

    /// Every row of every table, one text line per row (binary columns as hex, upper or
    /// lower case by backend): to see exactly which rows an action added.
    pub fn all_rows(&self) -> std::collections::BTreeSet<String> {
        let mut out = std::collections::BTreeSet::new();
        for table in TABLES {
            let rows = match self.backend() {
                Backend::Postgres => {
                    self.query_texts(&format!("SELECT t::text AS s FROM {table} t"))
                }
                Backend::Sqlite => {
                    let columns = self.query_texts(&format!(
                        "SELECT name AS s FROM pragma_table_info('{table}')"
                    ));
                    let row = columns
                        .iter()
                        .map(|c| format!("quote({c})"))
                        .collect::<Vec<_>>()
                        .join(" || '|' || ");
                    self.query_texts(&format!("SELECT {row} AS s FROM {table}"))
                }
            };
            out.extend(rows.into_iter().map(|r| format!("{table}: {r}")));
        }
        out
    }

    /// Everything a refused request must leave as it was: every row of every table (their
    /// contents, not only how many), and where the audit chain stood. See
    /// [`TestServer::assert_unchanged`].
    pub fn state(&self) -> State {
        let rows = self
            .all_rows()
            .into_iter()
            .filter(|r| !r.starts_with("audit_events: ") && !r.starts_with("audit_head: "))
            .collect();
        State {
            rows,
            audit_seq: self.audit_seq(),
        }
    }

    /// [`TestServer::state`] once the server has settled: the same for 200 ms (5 s at
    /// most). Work a test did not ask for may still be landing (the acknowledgements of
    /// what a socket delivered before "synced"), and must not count as a change.
    pub async fn settled_state(&self) -> State {
        let started = std::time::Instant::now();
        let mut last = self.state();
        loop {
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
            let now = self.state();
            if now == last || started.elapsed() > std::time::Duration::from_secs(5) {
                return now;
            }
            last = now;
        }
    }

    /// Asserts that nothing changed since `before`: every row is as it was, and the audit
    /// chain grew only by records of refused attempts to reach a case's data (which are
    /// recorded on purpose). Returns how many such records were added.
    pub fn assert_unchanged(&self, before: &State, what: &str) -> usize {
        let now = self.state();
        let added: Vec<_> = now.rows.difference(&before.rows).collect();
        let removed: Vec<_> = before.rows.difference(&now.rows).collect();
        assert!(
            added.is_empty() && removed.is_empty(),
            "{what} changed rows: added {added:?}, removed {removed:?}"
        );
        let actions = self.query_texts(&format!(
            "SELECT action AS s FROM audit_events WHERE seq > {} ORDER BY seq",
            before.audit_seq
        ));
        assert!(
            actions.iter().all(|a| a == "case.access.refused"),
            "{what} recorded {actions:?}"
        );
        actions.len()
    }

    /// The sequence number of the newest audit event.
    pub fn audit_seq(&self) -> i64 {
        self.query_texts("SELECT CAST(seq AS TEXT) AS s FROM audit_head")
            .first()
            .and_then(|s| s.parse().ok())
            .unwrap_or(0)
    }

    /// Waits, up to 10 s, until `check` holds on the database; for effects that happen
    /// after a response, like acknowledgements processed behind a closed socket.
    pub async fn eventually(&self, what: &str, check: impl Fn(&TestServer) -> bool) {
        let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(10);
        while !check(self) {
            assert!(
                tokio::time::Instant::now() < deadline,
                "timed out waiting: {what}"
            );
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    }

    /// How many envelopes wait for a device.
    pub fn queued_for(&self, device: kinbridge_protocol::DeviceId) -> usize {
        self.query_texts(&format!(
            "SELECT guid AS s FROM envelopes WHERE device_id = '{device}'"
        ))
        .len()
    }

    /// An enrolled supervisor, created from the host.
    pub async fn supervisor(&self) -> Client {
        let code = self.create_staff(StaffRole::Supervisor, "Supervisor Sam");
        self.enrol(&code.code).await
    }

    /// The database the server uses, as a URL (for direct checks).
    pub fn database_url(&self) -> DatabaseUrl {
        self.settings.database().expect("database url")
    }

    /// A raw HTTP client for requests the SDK would never send.
    pub fn http(&self) -> reqwest::Client {
        reqwest::Client::new()
    }
}

/// A second server node (see [`TestServer::second_node`]).
pub struct Node {
    pub url: String,
    handle: actix_web::dev::ServerHandle,
}

impl std::fmt::Debug for Node {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Node").field("url", &self.url).finish()
    }
}

impl Drop for Node {
    fn drop(&mut self) {
        drop(self.handle.stop(false));
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        // Sends the stop command at once; the scratch database is dropped after this.
        // `stop` sends the command when called; the returned future only waits for it.
        drop(self.handle.stop(false));
    }
}

/// Log lines captured from the whole test process (see [`capture_logs`]).
#[derive(Clone, Default)]
pub struct CapturedLogs(Arc<std::sync::Mutex<Vec<u8>>>);

impl std::fmt::Debug for CapturedLogs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CapturedLogs")
    }
}

impl std::io::Write for CapturedLogs {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl CapturedLogs {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap_or_else(|p| p.into_inner())).into_owned()
    }
}

/// The filter of [`capture_logs`]: the server at its most verbose level, the HTTP stack at
/// debug, the SQL layer at trace, everything else at warn.
pub const CAPTURE_FILTER: &str =
    "kinbridge_server=trace,actix_web=debug,actix_server=debug,actix_http=debug,diesel=trace,warn";

/// Installs, once per test binary, the server's own subscriber
/// (`kinbridge_server::platform::telemetry::subscriber`) at [`CAPTURE_FILTER`], writing
/// into memory. Test binaries that search the logs call this first and run one scenario
/// each.
pub fn capture_logs() -> &'static CapturedLogs {
    use tracing_subscriber::util::SubscriberInitExt;
    static LOGS: std::sync::OnceLock<CapturedLogs> = std::sync::OnceLock::new();
    LOGS.get_or_init(|| {
        let logs = CapturedLogs::default();
        let writer = logs.clone();
        kinbridge_server::platform::telemetry::subscriber(
            CAPTURE_FILTER,
            move || writer.clone(),
            false,
        )
        .init();
        logs
    })
}

/// A WebSocket upgrade request to the server at `base` (`http://…`) with these headers
/// (the device's `authorization` among them).
pub fn websocket_request(
    base: &str,
    headers: &[(&'static str, &str)],
) -> tokio_tungstenite::tungstenite::handshake::client::Request {
    use tokio_tungstenite::tungstenite::client::IntoClientRequest;
    let url = format!("{}/v1/websocket", base.replacen("http://", "ws://", 1));
    let mut request = url.into_client_request().expect("a WebSocket URL");
    for (name, value) in headers {
        request
            .headers_mut()
            .insert(*name, value.parse().expect("a header value"));
    }
    request
}

/// The JSON error of a raw response: `(status, code, message)`.
pub async fn error_of(res: reqwest::Response) -> (u16, String, String) {
    let status = res.status().as_u16();
    let body: serde_json::Value = res.json().await.expect("error body is JSON");
    let code = body["error"]["code"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let message = body["error"]["message"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    (status, code, message)
}

/// A well-formed enrolment body for raw requests, whose prekeys are signed by the signers
/// given (the device's own identity when honest).
pub fn enrol_request(
    code: &str,
    identity: &libsignal_protocol::IdentityKeyPair,
    ec_signer: &libsignal_protocol::IdentityKeyPair,
    kyber_signer: &libsignal_protocol::IdentityKeyPair,
) -> kinbridge_protocol::api::EnrolRequest {
    let mut rng = rand::rng();
    let signed = libsignal_protocol::KeyPair::generate(&mut rng);
    let signed_sig = ec_signer
        .private_key()
        .calculate_signature(&signed.public_key.serialize(), &mut rng)
        .expect("signing with a fresh key");
    let kyber = libsignal_protocol::kem::KeyPair::generate(
        libsignal_protocol::kem::KeyType::Kyber1024,
        &mut rng,
    );
    let kyber_sig = kyber_signer
        .private_key()
        .calculate_signature(&kyber.public_key.serialize(), &mut rng)
        .expect("signing with a fresh key");
    kinbridge_protocol::api::EnrolRequest {
        code: code.to_owned(),
        registration_id: 42,
        identity_key: kinbridge_protocol::B64(identity.identity_key().serialize().to_vec()),
        signed_prekey: kinbridge_protocol::api::SignedPreKey {
            key_id: 7,
            public_key: kinbridge_protocol::B64(signed.public_key.serialize().to_vec()),
            signature: kinbridge_protocol::B64(signed_sig.to_vec()),
        },
        kyber_last_resort_prekey: kinbridge_protocol::api::SignedPreKey {
            key_id: 8,
            public_key: kinbridge_protocol::B64(kyber.public_key.serialize().to_vec()),
            signature: kinbridge_protocol::B64(kyber_sig.to_vec()),
        },
    }
}

/// An honest enrolment body for raw requests: a fresh identity that signs its own prekeys.
pub fn enrolment_body(code: &str) -> kinbridge_protocol::api::EnrolRequest {
    let identity = libsignal_protocol::IdentityKeyPair::generate(&mut rand::rng());
    enrol_request(code, &identity, &identity, &identity)
}

/// Counts the rows of a PostgreSQL test database directly (proof that the suite ran there).
pub fn postgres_count(url: &str, table: &str) -> i64 {
    #[derive(diesel::QueryableByName)]
    struct N {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let mut c = PgConnection::establish(url).expect("connect");
    let row: N = diesel::sql_query(format!("SELECT COUNT(*) AS n FROM {table}"))
        .get_result(&mut c)
        .expect("count");
    row.n
}

/// The next event `want` accepts, within 10 s; other events are skipped.
pub async fn wait_for(
    stream: &mut kinbridge_sdk::EventStream,
    want: impl Fn(&kinbridge_sdk::Event) -> bool,
) -> kinbridge_sdk::Event {
    loop {
        let e = tokio::time::timeout(std::time::Duration::from_secs(10), stream.next())
            .await
            .expect("the event within 10 s")
            .expect("the stream is open");
        if want(&e) {
            return e;
        }
    }
}

/// The next message received, within 10 s.
pub async fn next_received(
    stream: &mut kinbridge_sdk::EventStream,
) -> kinbridge_sdk::ReceivedMessage {
    match wait_for(stream, |e| {
        matches!(e, kinbridge_sdk::Event::MessageReceived(_))
    })
    .await
    {
        kinbridge_sdk::Event::MessageReceived(m) => m,
        _ => unreachable!("only messages are accepted"),
    }
}

/// Waits until the stream has connected and delivered everything queued; returns what
/// came before (connection events aside).
pub async fn synced(stream: &mut kinbridge_sdk::EventStream) -> Vec<kinbridge_sdk::Event> {
    use kinbridge_sdk::Event;
    let mut before = Vec::new();
    loop {
        match wait_for(stream, |_| true).await {
            Event::Synced => return before,
            Event::Connected | Event::Disconnected => {}
            other => before.push(other),
        }
    }
}

/// Records the consent that contact between a child and a relative needs, the simplest
/// way: the caseworker records the child's age as 16 (the child decides alone under the
/// default rules) and the child consents in the app, answering the English notice for
/// their band.
pub async fn consent_to_contact(
    cw: &kinbridge_sdk::Client,
    case: kinbridge_protocol::CaseId,
    child: &kinbridge_sdk::Client,
    relative: kinbridge_protocol::AccountId,
) {
    cw.set_consent_age(
        case,
        child.account_id(),
        16,
        kinbridge_protocol::AgeSource::Assessment,
    )
    .await
    .expect("the caseworker records the age");
    let band = child
        .me()
        .await
        .expect("profile")
        .age_band
        .expect("a child has a band");
    let notice = child
        .consent_notice("contact-relative", "en", band, None)
        .await
        .expect("the notice");
    child
        .decide_consent(
            case,
            child.account_id(),
            &notice,
            kinbridge_protocol::ConsentChoice::Given,
            Some(relative),
            None,
        )
        .await
        .expect("the child consents");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn database_names_replace_the_admin_database() {
        assert_eq!(
            with_database("postgres://postgres@127.0.0.1:5432/postgres", "kb_x"),
            "postgres://postgres@127.0.0.1:5432/kb_x"
        );
        assert_eq!(
            with_database("postgres://u@h/db?sslmode=disable", "kb_x"),
            "postgres://u@h/kb_x?sslmode=disable"
        );
        assert_eq!(
            with_database("postgres://u@h", "kb_x"),
            "postgres://u@h/kb_x"
        );
    }
}
