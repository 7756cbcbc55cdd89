//! End-to-end tests: the real server, the real SDK, a real database (SQLite, or PostgreSQL
//! when KINBRIDGE_TEST_DATABASE_URL is set).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail by panicking"
)]

mod abuse;
mod alerts;
mod api_contract;
mod audit;
mod bad_input;
mod cases;
mod circles;
mod cluster;
mod complaints;
mod consent;
mod enrolment;
mod messaging;
mod migrations;
mod permissions;
mod phone;
mod retention;
mod scenario;
mod sealed;
mod status;
