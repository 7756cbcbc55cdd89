//! The audit writer: group commit for the events that record reads.
//!
//! A change records its event in its own transaction (`record`). A read changes nothing,
//! so it need not hold the chain's lock while it reads: the request reads on a pooled
//! connection, hands its event to this writer, and is answered once the event is durable.
//! One thread appends whatever events have queued up (up to 256) at once, moving the
//! chain's head once, so a child refreshing their status costs the chain one row, not a
//! transaction, and never holds the lock the message relay waits on.
//!
//! On SQLite a batch is one transaction (the database's one write lock is taken in turn
//! with the other writers of this process). On PostgreSQL, where every statement is a
//! round trip to another process, a batch is one statement: the writer remembers the head
//! it last wrote, moves it and inserts the batch only if it is still there, and reads the
//! head again when another transaction appended in between.

use std::sync::mpsc;

use chrono::{DateTime, Utc};
use tokio::sync::oneshot;

use super::{Event, Head, append_after, current_head, record_all};
use crate::platform::db::{Backend, Db, StorageError};

const MAX_BATCH: usize = 256;

/// A read's result with the event that records it; see [`AuditWriter::record`].
#[derive(Debug)]
pub struct Recorded<T> {
    pub value: T,
    pub event: Event,
    pub at: DateTime<Utc>,
}

impl<T> Recorded<T> {
    pub fn new(value: T, event: Event, at: DateTime<Utc>) -> Self {
        Recorded { value, event, at }
    }
}

type Reply = oneshot::Sender<Result<i64, StorageError>>;

/// A handle to the audit writer thread; cheap to clone.
#[derive(Debug, Clone)]
pub struct AuditWriter {
    tx: mpsc::Sender<(Event, DateTime<Utc>, Reply)>,
}

fn gone() -> StorageError {
    StorageError::Task("the audit writer stopped".into())
}

impl AuditWriter {
    /// Starts the writer thread, on a connection of its own (`Db::with_own_connection`).
    /// It ends when every handle is dropped.
    pub fn start(db: &Db) -> std::io::Result<AuditWriter> {
        let db = db.with_own_connection().map_err(std::io::Error::other)?;
        let (tx, rx) = mpsc::channel::<(Event, DateTime<Utc>, Reply)>();
        std::thread::Builder::new()
            .name("kinbridge-audit".to_owned())
            .spawn(move || {
                let mut head = None;
                while let Ok(first) = rx.recv() {
                    let mut jobs = vec![first];
                    while jobs.len() < MAX_BATCH {
                        match rx.try_recv() {
                            Ok(job) => jobs.push(job),
                            Err(_) => break,
                        }
                    }
                    write(&db, &mut head, jobs);
                }
            })?;
        Ok(AuditWriter { tx })
    }

    /// Appends an event to the chain and waits until it is durable.
    pub async fn record(&self, event: Event, at: DateTime<Utc>) -> Result<i64, StorageError> {
        let (reply, rx) = oneshot::channel();
        self.tx.send((event, at, reply)).map_err(|_| gone())?;
        rx.await.map_err(|_| gone())?
    }
}

/// The head this writer last wrote (PostgreSQL), if it still believes it current.
type Believed = Option<Head>;

/// Tries to append after the head this writer believes current, this many times, before
/// it appends in a transaction that locks the head.
const OPTIMISTIC_TRIES: usize = 3;

/// Appends events in order; their sequence numbers.
fn append(
    db: &Db,
    head: &mut Believed,
    events: Vec<(Event, DateTime<Utc>)>,
) -> Result<Vec<i64>, StorageError> {
    if db.backend() == Backend::Sqlite {
        return db.write_blocking(|tx| record_all(tx, events));
    }
    let appended = db.run_blocking(|conn| {
        for _ in 0..OPTIMISTIC_TRIES {
            let believed = match head.take() {
                Some(h) => h,
                None => current_head(conn)?,
            };
            if let Some((seqs, new_head)) = append_after(conn, &events, believed)? {
                *head = Some(new_head);
                return Ok(Some(seqs));
            }
        }
        Ok::<_, StorageError>(None)
    });
    match appended {
        Ok(Some(seqs)) => Ok(seqs),
        // Others keep appending: take the head's lock like they do.
        Ok(None) => db.write_blocking(|tx| record_all(tx, events)),
        Err(e) => {
            *head = None;
            Err(e)
        }
    }
}

/// Appends a batch at once; if that fails, each event on its own, so one bad event fails
/// alone.
fn write(db: &Db, head: &mut Believed, jobs: Vec<(Event, DateTime<Utc>, Reply)>) {
    let events: Vec<(Event, DateTime<Utc>)> =
        jobs.iter().map(|(e, at, _)| (e.clone(), *at)).collect();
    match append(db, head, events) {
        Ok(seqs) => {
            for ((_, _, reply), seq) in jobs.into_iter().zip(seqs) {
                drop(reply.send(Ok(seq)));
            }
        }
        Err(e) if jobs.len() > 1 => {
            tracing::warn!(error = %e, events = jobs.len(), "an audit batch failed; writing its events one by one");
            for job in jobs {
                write(db, head, vec![job]);
            }
        }
        Err(e) => {
            tracing::error!(error = %e, "an audit event could not be written");
            for (_, _, reply) in jobs {
                drop(reply.send(Err(StorageError::Task(
                    "the audit event was not written".into(),
                ))));
            }
        }
    }
}
