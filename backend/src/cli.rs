//! Commands run from the host: migrate the database, create staff accounts.

use kinbridge_protocol::StaffRole;
use kinbridge_protocol::api::EnrolmentCodeResponse;

use crate::StartError;
use crate::accounts::{self, AccountsError, DisplayName};
use crate::platform::audit::{self, Actor};
use crate::platform::clock::Clock;
use crate::platform::config::Settings;
use crate::platform::db::Db;
use crate::platform::server_keys::ServerKeys;

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Start(#[from] StartError),
    #[error("the display name must be 1 to 80 characters, without control characters")]
    DisplayName,
    #[error("could not create the account: {0}")]
    Accounts(AccountsError),
}

/// Opens the database and applies pending migrations.
pub fn migrate(settings: &Settings) -> Result<(), CliError> {
    Db::open(&settings.database().map_err(StartError::from)?, 2).map_err(StartError::from)?;
    Ok(())
}

/// Creates a staff account and returns its one-time enrolment code. This is how the first
/// admin comes to exist: from the host, with no account needed.
pub fn create_staff(
    settings: &Settings,
    clock: &Clock,
    role: StaffRole,
    name: &str,
) -> Result<EnrolmentCodeResponse, CliError> {
    let name = DisplayName::parse(name).map_err(|_| CliError::DisplayName)?;
    let db =
        Db::open(&settings.database().map_err(StartError::from)?, 2).map_err(StartError::from)?;
    let (keys, _) = ServerKeys::load_or_create(&settings.keys_path()).map_err(StartError::from)?;
    let ttl = settings.enrolment_code_ttl();
    db.write_blocking(|tx| {
        accounts::create_staff(tx, &keys, role, &name, Actor::System, clock.now(), ttl)
    })
    .map_err(CliError::Accounts)
}

/// Re-walks the audit chain (`kinbridge audit verify`).
pub fn audit_verify(
    settings: &Settings,
) -> Result<kinbridge_protocol::api::AuditVerifyReport, CliError> {
    let db =
        Db::open(&settings.database().map_err(StartError::from)?, 2).map_err(StartError::from)?;
    let (keys, _) = ServerKeys::load_or_create(&settings.keys_path()).map_err(StartError::from)?;
    let public = keys.signing().public_key;
    let published = audit::published::read(&settings.audit_checkpoint_path());
    db.run_blocking(|conn| audit::verify(conn, &public, published.as_ref().map(Option::as_ref)))
        .map_err(|e| CliError::Start(StartError::Storage(e)))
}

/// Runs the retention policy once (`kinbridge retention run [--dry-run]`), then checkpoints
/// the audit chain (unless dry).
pub fn retention_run(
    settings: &Settings,
    clock: &Clock,
    dry_run: bool,
) -> Result<crate::retention::Report, CliError> {
    let db =
        Db::open(&settings.database().map_err(StartError::from)?, 2).map_err(StartError::from)?;
    let (keys, _) = ServerKeys::load_or_create(&settings.keys_path()).map_err(StartError::from)?;
    let policy = crate::retention::Policy::from_settings(settings);
    let now = clock.now();
    let report = db
        .write_blocking(|tx| crate::retention::run(tx, policy, now, dry_run))
        .map_err(|e| CliError::Start(StartError::Storage(e)))?;
    if !dry_run {
        db.write_blocking(|tx| audit::checkpoint(tx, &keys, now))
            .map_err(|e| CliError::Start(StartError::Storage(e)))?;
        let path = settings.audit_checkpoint_path();
        db.run_blocking(|c| audit::published::publish_latest(c, &path))
            .map_err(|e| CliError::Start(StartError::Storage(e)))?;
    }
    Ok(report)
}
