//! Logging. Lines carry ids, sizes, codes and durations only: never message or complaint
//! content, names, enrolment codes, credentials, client addresses or user agents.

use std::io::IsTerminal;

use tracing_subscriber::EnvFilter;

/// Installs the process-wide subscriber, writing to standard error.
pub fn init(filter: &str) {
    let filter = EnvFilter::try_new(filter).unwrap_or_else(|_| EnvFilter::new("info"));
    // A second call (tests) keeps the first subscriber.
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(std::io::stderr().is_terminal())
        .with_writer(std::io::stderr)
        .try_init();
}
