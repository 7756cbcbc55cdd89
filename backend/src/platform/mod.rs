//! The foundations every capability stands on: storage and write transactions, who is
//! calling, the audit sink, who may reach whom, notices after commit, caches, limits, keys,
//! settings and the clock. Nothing here imports a capability (a test in `crate::layers`
//! reads the sources to keep it so); capabilities import from here.

pub mod audit;
pub mod bus;
pub mod cache;
pub mod clock;
pub mod config;
pub mod db;
pub mod identity;
pub mod limits;
pub mod notify;
pub mod oncall;
pub mod proof;
pub mod reach;
pub mod server_keys;
pub mod signal;
pub mod telemetry;

use std::sync::Arc;

use audit::{AuditWriter, Recorded};
use bus::{Bus, ClusterNotify};
use cache::Caches;
use clock::Clock;
use config::Settings;
use db::{AfterCommit, Db, DbConn, Effects, StorageError};
use limits::Limiters;
use notify::{Notify, Sockets};
use server_keys::ServerKeys;

/// What every handler can reach: the node's shared state.
#[derive(Debug, Clone)]
pub struct Platform {
    /// The pool; its writes apply their effects to `caches` and `notify` once committed.
    pub db: Db,
    pub clock: Clock,
    pub keys: Arc<ServerKeys>,
    pub settings: Arc<Settings>,
    pub caches: Arc<Caches>,
    pub limits: Arc<Limiters>,
    /// The WebSockets connected to this node.
    pub sockets: Sockets,
    /// Where notices and committed envelopes go: `sockets`, and among several nodes the
    /// other nodes' too (through `bus`).
    pub notify: Arc<dyn Notify>,
    /// Redis, when this node is one of several (`redis_url`).
    pub bus: Option<Bus>,
    /// The proxies whose `X-Forwarded-For` is believed (address, prefix length).
    pub trusted_proxies: Arc<[(std::net::IpAddr, u8)]>,
    /// Appends the events that record reads (group commit).
    pub audit: AuditWriter,
    /// Consent purposes and notices: the built-in ones and `consent_content_dir`'s.
    pub consent: &'static kinbridge_l10n::ConsentCatalog,
    /// Proofs of work for calls without an account (complaints).
    pub gate: Arc<proof::Gate>,
    /// Argon2id over receipt lookups.
    pub slow_hash: Arc<proof::SlowHash>,
}

/// Applies a committed transaction's effects: caches first (a notice may make an app ask
/// again at once), then the notices.
#[derive(Debug)]
struct Committed {
    caches: Arc<Caches>,
    notify: Arc<dyn Notify>,
    bus: Option<Bus>,
}

impl AfterCommit for Committed {
    fn committed(&self, effects: Effects) {
        for change in &effects.changes {
            self.caches.apply(change);
            if let Some(bus) = &self.bus {
                bus.invalidate(change);
            }
        }
        for notice in effects.notices {
            self.notify.send(notice);
        }
    }
}

impl Platform {
    /// The state of a node serving on `db` (starts the audit writer's thread).
    pub fn new(
        db: Db,
        clock: Clock,
        keys: ServerKeys,
        settings: Settings,
        consent: &'static kinbridge_l10n::ConsentCatalog,
    ) -> std::io::Result<Platform> {
        let caches = Arc::new(Caches::default());
        let sockets = Sockets::new(settings.socket_queue_max).max_sockets(settings.max_sockets);
        let bus = settings
            .redis()
            .map_err(std::io::Error::other)?
            .map(|url| Bus::new(url, &settings.redis_prefix))
            .transpose()
            .map_err(std::io::Error::other)?;
        let notify: Arc<dyn Notify> = match &bus {
            Some(bus) => Arc::new(ClusterNotify {
                local: sockets.clone(),
                bus: bus.clone(),
            }),
            None => Arc::new(sockets.clone()),
        };
        let db = db.with_after_commit(Arc::new(Committed {
            caches: caches.clone(),
            notify: notify.clone(),
            bus: bus.clone(),
        }));
        // Validated when the settings were loaded; a value that no longer parses trusts
        // nobody.
        let trusted_proxies = settings.proxies().unwrap_or_default().into();
        let audit = AuditWriter::start(&db)?;
        let limit_keys = bus.clone().map(|b| (b, keys.derive("redis-limit-keys")));
        let slow_hash = proof::SlowHash::new(&settings, &keys).map_err(std::io::Error::other)?;
        Ok(Platform {
            gate: Arc::new(proof::Gate::new(&settings, &keys).with_bus(bus.clone())),
            slow_hash: Arc::new(slow_hash),
            consent,
            audit,
            db,
            clock,
            trusted_proxies,
            keys: Arc::new(keys),
            limits: Arc::new(Limiters::from_settings(&settings, limit_keys)),
            settings: Arc::new(settings),
            caches,
            sockets,
            notify,
            bus,
        })
    }

    /// Relays between this node and the others for as long as it runs (never ends); on a
    /// single node, waits for ever.
    pub async fn run_bus(&self) {
        match &self.bus {
            Some(bus) => {
                bus.clone()
                    .run(self.sockets.clone(), self.caches.clone())
                    .await;
            }
            None => std::future::pending().await,
        }
    }

    /// Runs an audited read on a pooled connection (no lock held while it reads), then
    /// records its event through the audit writer; the value is returned once the event is
    /// durable, and not at all if it could not be recorded.
    pub async fn recorded<T, E, F>(&self, read: F) -> Result<T, E>
    where
        F: FnOnce(&mut DbConn) -> Result<Recorded<T>, E> + Send + 'static,
        T: Send + 'static,
        E: From<StorageError> + Send + 'static,
    {
        let read = self.db.run(read).await?;
        self.audit.record(read.event, read.at).await?;
        Ok(read.value)
    }
}
