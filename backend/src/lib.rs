#![doc = include_str!("../README.md")]

pub mod accounts;
pub mod cases;
pub mod cli;
pub mod clock;
pub mod config;
pub mod db;
pub mod error;
pub mod http;
pub mod keys;
pub mod telemetry;

use std::net::{SocketAddr, TcpListener};
use std::path::PathBuf;
use std::sync::Arc;

use actix_web::dev::{Server, ServerHandle};
use actix_web::{App, HttpServer, middleware, web};

use crate::accounts::limiter::FailureLimiter;
use crate::clock::Clock;
use crate::config::{ConfigError, Settings};
use crate::db::{Backend, DatabaseUrl, Db, StorageError};
use crate::http::{Api, OpenApiDoc};
use crate::keys::{KeysError, ServerKeys};

/// What every handler can reach.
#[derive(Debug, Clone)]
pub struct AppState {
    pub db: Db,
    pub clock: Clock,
    pub keys: Arc<ServerKeys>,
    pub settings: Arc<Settings>,
    pub enrol_limiter: Arc<FailureLimiter>,
}

/// The full route table: every capability adds its routes here, in one place.
pub fn api() -> Api {
    let mut api = Api::new();
    http::routes(&mut api);
    accounts::http::routes(&mut api);
    cases::http::routes(&mut api);
    api
}

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error("{0}")]
    Storage(#[from] StorageError),
    #[error(transparent)]
    Keys(#[from] KeysError),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
}

/// A server bound to its address, with its database migrated and its keys loaded.
pub struct Application {
    server: Server,
    addr: SocketAddr,
    db: Db,
    database: DatabaseUrl,
    keys_path: PathBuf,
    keys_created: bool,
}

impl std::fmt::Debug for Application {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Application")
            .field("addr", &self.addr)
            .finish()
    }
}

impl Application {
    /// Opens the database (running migrations), loads or creates the server keys, binds
    /// the address (port 0 picks a free one) and prepares the HTTP server.
    pub fn build(settings: Settings, clock: Clock) -> Result<Application, StartError> {
        let database = settings.database()?;
        let db = Db::open(&database, settings.db_pool_size)?;
        let keys_path = settings.keys_path();
        let (keys, keys_created) = ServerKeys::load_or_create(&keys_path)?;
        let listener = TcpListener::bind(settings.bind).map_err(|source| StartError::Bind {
            addr: settings.bind,
            source,
        })?;
        let addr = listener.local_addr().map_err(|source| StartError::Bind {
            addr: settings.bind,
            source,
        })?;
        let state = AppState {
            db: db.clone(),
            clock,
            keys: Arc::new(keys),
            enrol_limiter: Arc::new(FailureLimiter::new(
                settings.enrolment_max_failures,
                chrono::Duration::seconds(
                    i64::try_from(settings.enrolment_failure_window_secs).unwrap_or(i64::MAX),
                ),
            )),
            settings: Arc::new(settings),
        };
        let doc = OpenApiDoc(http::api::openapi(api().ops()));
        let body_limit = state.settings.max_json_body_bytes;
        let workers = state.settings.workers;
        let data = web::Data::new(state);
        let doc = web::Data::new(doc);
        let mut server = HttpServer::new(move || {
            App::new()
                .app_data(data.clone())
                .app_data(doc.clone())
                .app_data(http::json::payload_config(body_limit))
                .wrap(middleware::from_fn(http::edge::edge))
                .configure(|cfg| api().mount(cfg))
                .default_service(web::to(http::unknown_route))
        })
        .shutdown_timeout(10);
        if workers > 0 {
            server = server.workers(workers);
        }
        let server = server
            .listen(listener)
            .map_err(|source| StartError::Bind { addr, source })?
            .run();
        Ok(Application {
            server,
            addr,
            db,
            database,
            keys_path,
            keys_created,
        })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    pub fn backend(&self) -> Backend {
        self.db.backend()
    }

    /// Stops the server from elsewhere (tests; signals are handled by actix itself).
    pub fn handle(&self) -> ServerHandle {
        self.server.handle()
    }

    /// What a person starting the server needs to know: where it listens and where its
    /// data is. Never contains a database password.
    pub fn describe(&self) -> String {
        let abs = |p: &std::path::Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
        let database = match &self.database {
            DatabaseUrl::Sqlite(p) => format!("SQLite at {}", abs(p).display()),
            DatabaseUrl::Postgres(_) => "PostgreSQL (from the configured database_url)".to_owned(),
        };
        let keys_note = if self.keys_created {
            " (created now: keep it private and backed up)"
        } else {
            ""
        };
        format!(
            "Kinbridge {version}\n  listening on http://{addr}\n  database:    {database}\n  server keys: {keys}{keys_note}\n  health:      http://{addr}/v1/health\nStop with Ctrl-C.",
            version = env!("CARGO_PKG_VERSION"),
            addr = self.addr,
            keys = abs(&self.keys_path).display(),
        )
    }

    /// Serves until stopped (SIGINT or SIGTERM, or the handle), finishing requests in
    /// flight, then folds the SQLite write-ahead log back into the database file.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let result = self.server.await;
        self.db.checkpoint();
        tracing::info!("server stopped");
        result
    }
}
