//! The Kinbridge SDK for apps written in Kotlin, Swift or Python: UniFFI bindings over
//! [`kinbridge_sdk`].
//!
//! - Everything a screen acts on crosses typed (records, enums, objects); ids and the
//!   closed vocabularies (stages, age bands, roles) cross as their wire spellings
//!   (`"tracing"`, `"10-12"`, `"guardian"`), checked here, so a typo is an
//!   [`KinbridgeError::InvalidInput`] naming the field, never a panic.
//! - Documents the app only shows or saves (exports, the consent record) cross as the
//!   JSON of their documented wire types.
//! - Every error is one [`KinbridgeError`] with a stable `code` (the server's, such as
//!   `auth.forbidden`, or the SDK's own, `sdk.…`) and a `message` in the person's
//!   language. A panic inside an async call comes out as `sdk.internal`; in a
//!   synchronous one UniFFI catches it (its own internal error). None crosses the
//!   boundary.
//! - Async calls run on the SDK's own Tokio runtime (two worker threads); the foreign
//!   side awaits them with its own coroutines, `async`/`await` or `asyncio`.

mod client;
mod convert;
mod error;
mod events;

use std::future::Future;
use std::sync::{Arc, LazyLock, Mutex};

pub use client::{ClientSettings, KinbridgeClient, enrol, open};
pub use error::KinbridgeError;
pub use events::{Event, EventStream};

uniffi::setup_scaffolding!();

/// The runtime every call of the SDK runs on (its sockets, timers and background tasks),
/// until [`shutdown`].
static RUNTIME: LazyLock<Mutex<Option<tokio::runtime::Runtime>>> = LazyLock::new(|| {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("kinbridge-sdk")
        .enable_all()
        .build();
    if let Err(e) = &runtime {
        tracing::error!(error = %e, "the SDK's runtime did not start");
    }
    Mutex::new(runtime.ok())
});

fn handle() -> Option<tokio::runtime::Handle> {
    RUNTIME
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .as_ref()
        .map(|r| r.handle().clone())
}

/// Runs `fut` on the SDK's runtime and waits for it from whatever executor the foreign
/// side drives; a panic in it becomes `sdk.internal`.
pub(crate) async fn on_runtime<T, F>(
    languages: Arc<Vec<String>>,
    fut: F,
) -> Result<T, KinbridgeError>
where
    T: Send + 'static,
    F: Future<Output = Result<T, kinbridge_sdk::SdkError>> + Send + 'static,
{
    let handle = handle().ok_or_else(|| KinbridgeError::internal(&languages))?;
    match handle.spawn(fut).await {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(e)) => Err(KinbridgeError::from_sdk(e, &languages)),
        Err(join) => {
            tracing::error!(panicked = join.is_panic(), "an SDK call did not finish");
            Err(KinbridgeError::internal(&languages))
        }
    }
}

/// Runs blocking SDK work (opening a store) inside the runtime, so the SDK can start its
/// worker threads and tasks.
pub(crate) fn enter_runtime<T>(
    languages: &[String],
    f: impl FnOnce() -> Result<T, KinbridgeError>,
) -> Result<T, KinbridgeError> {
    let handle = handle().ok_or_else(|| KinbridgeError::internal(languages))?;
    let _guard = handle.enter();
    f()
}

/// Stops the SDK: closes its connections and waits (up to 5 s) for its threads to finish.
/// A program that ends by itself (a script, a test run) calls it last, so no SDK thread is
/// still handing a result to the foreign side while that side shuts down. Phone apps,
/// which the system stops, need not. Every call after it fails with `sdk.internal`.
#[uniffi::export]
pub fn shutdown() {
    let runtime = RUNTIME.lock().unwrap_or_else(|p| p.into_inner()).take();
    if let Some(runtime) = runtime {
        runtime.shutdown_timeout(std::time::Duration::from_secs(5));
    }
}

/// Which version of the SDK (and of its texts) this library is.
#[uniffi::export]
pub fn sdk_version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
