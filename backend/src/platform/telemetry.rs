//! Logging. Lines carry ids, sizes, codes and durations only: never message or complaint
//! content, names, enrolment codes, credentials, client addresses or user agents.

use std::io::IsTerminal;

use tracing_subscriber::EnvFilter;
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::util::SubscriberInitExt;

/// The subscriber the server logs through: `filter` in `EnvFilter` syntax (an invalid one
/// falls back to `info`), lines written to `writer`. The tests that search the logs for
/// what must never be there install this same subscriber, so they see the lines, fields
/// and format that production writes.
pub fn subscriber<W>(filter: &str, writer: W, ansi: bool) -> impl tracing::Subscriber + Send + Sync
where
    W: for<'w> MakeWriter<'w> + Send + Sync + 'static,
{
    let filter = EnvFilter::try_new(filter).unwrap_or_else(|_| EnvFilter::new("info"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(ansi)
        .with_writer(writer)
        .finish()
}

/// Installs the process-wide subscriber, writing to standard error.
pub fn init(filter: &str) {
    // A second call (tests) keeps the first subscriber.
    let _ = subscriber(filter, std::io::stderr, std::io::stderr().is_terminal()).try_init();
}
