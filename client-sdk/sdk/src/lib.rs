#![doc = include_str!("../README.md")]

pub mod alerts;
#[doc(hidden)]
pub mod bench;
mod client;
pub mod complaints;
mod consent;
mod crypto;
mod error;
mod events;
mod messaging;
mod signal;
pub mod store;
mod views;

pub use client::{Client, ClientConfig, Enrolment, Freshness, StatusView};
pub use consent::{InPerson, verify_notice, verify_receipt};
pub use crypto::{EnrolmentKeys, ONE_TIME_PREKEYS};
pub use error::SdkError;
pub use events::{Event, EventStream};
pub use kinbridge_protocol as protocol;
pub use messaging::{LOW_PREKEYS, ReceivedMessage, SendOutcome, TOP_UP};
pub use store::{MemoryStore, Namespace, SqliteStore, Store, StoreError};
pub use views::View;
