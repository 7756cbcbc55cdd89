//! A write transaction in progress, and what it means once it commits.
//!
//! Capability functions that write take a [`Tx`]: the type says they run inside one
//! transaction (with the audit event that records them). A repository function that changes
//! a fact the caches hold says so with [`Tx::changed`]; a capability that must tell people's
//! apps says what with [`Tx::notify`]. Nothing is applied until the transaction commits
//! ([`super::Db::write`]): a rolled-back change invalidates nothing and tells nobody.

use std::ops::{Deref, DerefMut};

use super::DbConn;
use crate::platform::cache::Change;
use crate::platform::notify::Notice;

/// What a committed transaction changed for the caches, and the notices it produced.
#[derive(Debug, Default)]
pub struct Effects {
    pub changes: Vec<Change>,
    pub notices: Vec<Notice>,
}

/// Applies the effects of each committed transaction (the caches and the notifier).
pub trait AfterCommit: Send + Sync + std::fmt::Debug {
    fn committed(&self, effects: Effects);
}

/// A connection inside a write transaction. Derefs to the connection for queries.
pub struct Tx<'c> {
    conn: &'c mut DbConn,
    effects: Effects,
}

impl std::fmt::Debug for Tx<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tx")
            .field("effects", &self.effects)
            .finish_non_exhaustive()
    }
}

impl<'c> Tx<'c> {
    pub(super) fn new(conn: &'c mut DbConn) -> Self {
        Tx {
            conn,
            effects: Effects::default(),
        }
    }

    pub(super) fn into_effects(self) -> Effects {
        self.effects
    }

    /// The connection, for diesel calls that take it by name.
    pub fn conn(&mut self) -> &mut DbConn {
        self.conn
    }

    /// Records that this transaction changed a cached fact.
    pub fn changed(&mut self, change: Change) {
        self.effects.changes.push(change);
    }

    /// Queues a notice to send once this transaction has committed.
    pub fn notify(&mut self, notice: Notice) {
        self.effects.notices.push(notice);
    }
}

impl Deref for Tx<'_> {
    type Target = DbConn;
    fn deref(&self) -> &DbConn {
        self.conn
    }
}

impl DerefMut for Tx<'_> {
    fn deref_mut(&mut self) -> &mut DbConn {
        self.conn
    }
}
