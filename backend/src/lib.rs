#![doc = include_str!("../README.md")]

pub mod accounts;
pub mod alerts;
pub mod cases;
pub mod cli;
pub mod complaints;
pub mod consent;
pub mod devices;
pub mod http;
pub mod keys;
#[cfg(test)]
mod layers;
pub mod messages;
pub mod platform;
pub mod retention;
pub mod sealed;

use std::net::{SocketAddr, TcpListener};
use std::path::PathBuf;
use std::time::Duration;

use actix_http::{HttpService, KeepAlive};
use actix_service::{IntoServiceFactory, ServiceFactoryExt, map_config};
use actix_web::dev::AppConfig;
use actix_web::dev::{Server, ServerHandle};
use actix_web::{App, middleware, web};

use crate::http::{Api, OpenApiDoc};
use crate::messages::Writer;
use crate::platform::Platform;
use crate::platform::audit::{self, Action, Event};
use crate::platform::clock::Clock;
use crate::platform::config::{ConfigError, Settings};
use crate::platform::db::{Backend, DatabaseUrl, Db, StorageError};
use crate::platform::server_keys::{KeysError, ServerKeys};
use crate::sealed::Certificates;

/// The full route table: every capability adds its routes here, in one place.
pub fn api() -> Api {
    let mut api = Api::new();
    http::service::routes(&mut api);
    accounts::http::routes(&mut api);
    devices::http::routes(&mut api);
    cases::http::routes(&mut api);
    consent::http::routes(&mut api);
    complaints::http::routes(&mut api);
    alerts::http::routes(&mut api);
    retention::http::routes(&mut api);
    keys::http::routes(&mut api);
    messages::http::routes(&mut api);
    messages::realtime::routes(&mut api);
    sealed::http::routes(&mut api);
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
    #[error("sealed sender: {0}")]
    Certificates(#[from] sealed::certificates::CertificateError),
    #[error("consent content: {0}")]
    Consent(String),
    #[error("cannot start the message and audit writers: {0}")]
    Writers(std::io::Error),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
}

/// The background job: retention, then a signed checkpoint of the audit chain.
#[derive(Debug, Clone)]
pub struct Maintenance {
    platform: Platform,
}

impl Maintenance {
    /// One pass, now.
    pub async fn run_once(&self) -> Result<retention::Report, StorageError> {
        let p = &self.platform;
        let (keys, now) = (p.keys.clone(), p.clock.now());
        let policy = retention::Policy::from_settings(&p.settings);
        let mut report =
            p.db.write(move |tx| retention::run(tx, policy, now, false))
                .await?;
        p.db.write(move |tx| audit::checkpoint(tx, &keys, now))
            .await?;
        let path = p.settings.audit_checkpoint_path();
        p.db.run(move |c| audit::published::publish_latest(c, &path))
            .await?;
        // After the checkpoint, so a failure here never holds it back.
        report.complaints = self.complaint_clocks().await?;
        report.alerts = self.alert_clocks().await?;
        let rules = consent::Rules::of(p);
        report.consent_prompts =
            p.db.write(move |tx| consent::prompt_at_own_age(tx, rules, now))
                .await
                .map_err(|e| match e {
                    consent::ConsentError::Storage(s) => s,
                    other => StorageError::Task(other.to_string()),
                })?;
        Ok(report)
    }

    /// The complaint clocks alone: urgent escalation, deadline warnings, expiry.
    pub async fn complaint_clocks(&self) -> Result<complaints::TickReport, StorageError> {
        let p = &self.platform;
        let (clocks, now) = (complaints::Clocks::of(&p.settings), p.clock.now());
        p.db.write(move |tx| complaints::tick(tx, clocks, now))
            .await
            .map_err(|e| match e {
                complaints::ComplaintsError::Storage(s) => s,
                other => StorageError::Task(other.to_string()),
            })
    }

    /// The alert clocks alone: escalation of alerts nobody took, check-in invitations.
    pub async fn alert_clocks(&self) -> Result<alerts::TickReport, StorageError> {
        let p = &self.platform;
        let (clocks, now) = (alerts::Clocks::of(&p.settings), p.clock.now());
        p.db.write(move |tx| alerts::tick(tx, clocks, now))
            .await
            .map_err(|e| match e {
                alerts::AlertsError::Storage(s) => s,
                other => StorageError::Task(other.to_string()),
            })
    }

    /// Runs a pass every `maintenance_interval_secs`, for ever, and the complaint clocks
    /// every 30 seconds (an urgent complaint cannot wait for the hourly pass).
    async fn run_forever(self) {
        let every =
            std::time::Duration::from_secs(self.platform.settings.maintenance_interval_secs);
        // The first pass one interval after start: a start is not a reason to delete.
        let mut ticks = tokio::time::interval_at(tokio::time::Instant::now() + every, every);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let often = std::time::Duration::from_secs(30);
        let mut clock_ticks = tokio::time::interval_at(tokio::time::Instant::now() + often, often);
        clock_ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                _ = ticks.tick() => {}
                _ = clock_ticks.tick() => {
                    if let Err(e) = self.complaint_clocks().await {
                        tracing::error!(error = %e, "complaint clocks failed");
                    }
                    if let Err(e) = self.alert_clocks().await {
                        tracing::error!(error = %e, "alert clocks failed");
                    }
                    continue;
                }
            }
            match self.run_once().await {
                Ok(r) => tracing::info!(
                    retention.codes = r.enrolment_codes,
                    retention.cases = r.closed_cases.len(),
                    retention.audit_stripped = r.audit_events_stripped,
                    "maintenance pass"
                ),
                Err(e) => tracing::error!(error = %e, "maintenance pass failed"),
            }
        }
    }
}

/// A short fingerprint of the settings that shape behaviour (never secrets), recorded in
/// the audit chain at every start so a configuration change leaves a trace.
fn settings_fingerprint(s: &Settings, backend: Backend) -> String {
    use sha2::{Digest, Sha256};
    let text = format!(
        "bind={} backend={:?} code_ttl_h={} enrol_failures={}/{}s body={} maintenance={}s closed_case_days={} code_grace_h={} sender={}/min,{}B/h mailbox={},{}B sealed={}/min,{}/min/source proxies={:?} consent_ages={}/{} consent_content={:?}",
        s.bind,
        backend,
        s.enrolment_code_ttl_hours,
        s.enrolment_max_failures,
        s.enrolment_failure_window_secs,
        s.max_json_body_bytes,
        s.maintenance_interval_secs,
        s.retention_closed_case_days,
        s.retention_code_grace_hours,
        s.sender_messages_per_minute,
        s.sender_bytes_per_hour,
        s.mailbox_max_envelopes,
        s.mailbox_max_bytes,
        s.sealed_messages_per_minute,
        s.sealed_messages_per_minute_per_source,
        s.trusted_proxies,
        s.consent_own_from_age,
        s.consent_assent_from_age,
        s.consent_content_dir,
    );
    let text = format!(
        "{text} complaints=ack:{}d,feedback:{}m,urgent:{}min,keep:{}d,argon2id:{}KiB/{}/{},proof:{}/{}",
        s.complaint_acknowledge_days,
        s.complaint_feedback_months,
        s.complaint_urgent_minutes,
        s.complaint_retention_days,
        s.complaint_receipt_memory_kib,
        s.complaint_receipt_iterations,
        s.complaint_receipt_parallelism,
        s.complaint_proof_bits_file,
        s.complaint_proof_bits_lookup,
    );
    let text = format!("{text} alerts=escalate:{}min", s.alert_escalate_minutes);
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// A listening socket on `addr` with room for `backlog` connections waiting to be accepted
/// (thousands of apps reconnect at once when a node restarts).
fn listen(addr: SocketAddr, backlog: u32) -> std::io::Result<TcpListener> {
    use socket2::{Domain, Socket, Type};
    let socket = Socket::new(Domain::for_address(addr), Type::STREAM, None)?;
    socket.set_reuse_address(true)?;
    socket.bind(&addr.into())?;
    socket.listen(i32::try_from(backlog).unwrap_or(i32::MAX))?;
    Ok(socket.into())
}

/// A server bound to its address, with its database migrated and its keys loaded.
pub struct Application {
    maintenance: Maintenance,
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
        // Also checked when settings load; settings made in code (tests, embedders) are
        // checked here, so a weak receipt hash never starts.
        settings.check_complaints()?;
        let database = settings.database()?;
        let db = Db::open(&database, settings.db_pool_size)?;
        let keys_path = settings.keys_path();
        let (keys, keys_created) = ServerKeys::load_or_create(&keys_path)?;
        let sealed_path = settings.sealed_sender_path();
        let (certificates, _) = Certificates::load_or_create_development(&sealed_path)?;
        if certificates.is_development() {
            tracing::warn!(
                file = %sealed_path.display(),
                "sealed sender uses a development trust root this server made for itself (its private key was discarded); apps must be given its public key. For production, make the trust root offline with `kinbridge admin certificate root` and install a server certificate from `kinbridge admin certificate server`"
            );
        }
        let listener =
            listen(settings.bind, settings.listen_backlog).map_err(|source| StartError::Bind {
                addr: settings.bind,
                source,
            })?;
        let addr = listener.local_addr().map_err(|source| StartError::Bind {
            addr: settings.bind,
            source,
        })?;
        let fingerprint = settings_fingerprint(&settings, db.backend());
        let consent = consent::catalog_for(&settings).map_err(StartError::Consent)?;
        let platform = Platform::new(db.clone(), clock, keys, settings, consent)
            .map_err(StartError::Writers)?;
        let now = platform.clock.now();
        platform.db.write_blocking(|tx| {
            audit::record(
                tx,
                Event::new(audit::Actor::System, Action::ServerStart)
                    .detail(format!("settings:{fingerprint}")),
                now,
            )
        })?;
        let writer = Writer::start(&platform).map_err(StartError::Writers)?;
        let maintenance = Maintenance {
            platform: platform.clone(),
        };
        let doc = OpenApiDoc(http::api::openapi(api().ops()));
        let body_limit = platform.settings.max_json_body_bytes;
        let large_limit = platform.settings.max_message_request_bytes;
        let workers = match platform.settings.workers {
            0 => std::thread::available_parallelism().map_or(1, usize::from),
            n => n,
        };
        // actix counts connections per worker; the setting is per node.
        let per_worker = platform.settings.max_connections.div_ceil(workers).max(1);
        let data = web::Data::new(platform);
        let writer = web::Data::new(writer);
        let certificates = web::Data::new(certificates);
        let doc = web::Data::new(doc);
        let app = move || {
            App::new()
                .app_data(data.clone())
                .app_data(writer.clone())
                .app_data(certificates.clone())
                .app_data(doc.clone())
                .app_data(http::json::payload_config(body_limit))
                .wrap(middleware::from_fn(http::edge::edge))
                .configure(|cfg| api().mount(cfg, large_limit))
                .default_service(web::to(http::unknown_route))
        };
        // actix-web's HttpServer, built by hand for one addition: WebSocket upgrades take
        // their connection over (`http::upgrade`). Its settings are HttpServer's defaults.
        let builder = actix_server::Server::build();
        let shutdown = builder.graceful_shutdown_signal();
        let server = builder
            .workers(workers)
            .max_concurrent_connections(per_worker)
            .shutdown_timeout(10)
            .listen("kinbridge", listener, move || {
                let shutdown = shutdown.clone();
                // The application's host and address are only a fallback for URLs it
                // builds (it builds none); HttpServer's own values are not public.
                let config = AppConfig::default();
                let main_config = config.clone();
                HttpService::build()
                    .graceful_shutdown_signal(move || {
                        let signal = shutdown.clone();
                        async move { signal.notified().await }
                    })
                    .keep_alive(KeepAlive::default())
                    .client_request_timeout(Duration::from_secs(5))
                    .client_disconnect_timeout(Duration::from_secs(1))
                    .local_addr(addr)
                    .upgrade(http::upgrade::upgrades(app().into_factory(), config))
                    .finish(map_config(
                        app()
                            .into_factory()
                            .map_err(|e: actix_web::Error| e.error_response()),
                        move |()| main_config.clone(),
                    ))
                    .tcp()
            })
            .map_err(|source| StartError::Bind { addr, source })?
            .run();
        Ok(Application {
            maintenance,
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

    /// The background job, to run a pass on demand (tests, host commands).
    pub fn maintenance(&self) -> Maintenance {
        self.maintenance.clone()
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
        let platform = self.maintenance.platform.clone();
        let result = tokio::select! {
            result = self.server => result,
            () = self.maintenance.run_forever() => Ok(()),
            () = platform.run_bus() => Ok(()),
        };
        self.db.checkpoint();
        tracing::info!("server stopped");
        result
    }
}
