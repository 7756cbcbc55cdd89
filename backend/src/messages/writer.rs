//! Group commit for the message relay. Sends and acknowledgements from every connection
//! go to one writer thread, which runs whatever has queued up — up to 256 jobs — in one
//! transaction, each job in its own savepoint so one refused send does not undo another.
//! One commit (one fsync on PostgreSQL) then serves many messages, and SQLite's single
//! writer lock is never fought over.

use std::sync::mpsc;

use chrono::{DateTime, Utc};
use diesel::Connection;
use kinbridge_protocol::api::SendRequest;
use kinbridge_protocol::{AccountId, DeviceId};
use tokio::sync::oneshot;

use super::{Delivery, Limits, MessagesError, acknowledge_in, send_in};
use crate::accounts::Caller;
use crate::db::{Db, StorageError, write_tx};

const MAX_BATCH: usize = 256;

enum Job {
    Send {
        caller: Caller,
        target: AccountId,
        request: Box<SendRequest>,
        now: DateTime<Utc>,
        reply: oneshot::Sender<Result<Delivery, MessagesError>>,
    },
    Ack {
        caller: Caller,
        guids: Vec<String>,
        now: DateTime<Utc>,
        reply: oneshot::Sender<Result<Vec<DeviceId>, MessagesError>>,
    },
}

/// A handle to the writer thread; cheap to clone.
#[derive(Debug, Clone)]
pub struct Writer {
    tx: mpsc::Sender<Job>,
}

impl std::fmt::Debug for Job {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Job::Send { .. } => "Job::Send",
            Job::Ack { .. } => "Job::Ack",
        })
    }
}

fn gone() -> MessagesError {
    MessagesError::Storage(StorageError::Task("the message writer stopped".into()))
}

impl Writer {
    /// Starts the writer thread. It ends when every handle is dropped.
    pub fn start(db: Db, limits: Limits) -> std::io::Result<Writer> {
        let (tx, rx) = mpsc::channel::<Job>();
        std::thread::Builder::new()
            .name("kinbridge-writer".to_owned())
            .spawn(move || {
                while let Ok(first) = rx.recv() {
                    let mut jobs = vec![first];
                    while jobs.len() < MAX_BATCH {
                        match rx.try_recv() {
                            Ok(job) => jobs.push(job),
                            Err(_) => break,
                        }
                    }
                    run_batch(&db, &limits, jobs);
                }
            })?;
        Ok(Writer { tx })
    }

    pub async fn send(
        &self,
        caller: Caller,
        target: AccountId,
        request: SendRequest,
        now: DateTime<Utc>,
    ) -> Result<Delivery, MessagesError> {
        let (reply, rx) = oneshot::channel();
        self.tx
            .send(Job::Send {
                caller,
                target,
                request: Box::new(request),
                now,
                reply,
            })
            .map_err(|_| gone())?;
        rx.await.map_err(|_| gone())?
    }

    pub async fn acknowledge(
        &self,
        caller: Caller,
        guids: Vec<String>,
        now: DateTime<Utc>,
    ) -> Result<Vec<DeviceId>, MessagesError> {
        if guids.is_empty() {
            return Ok(Vec::new());
        }
        let (reply, rx) = oneshot::channel();
        self.tx
            .send(Job::Ack {
                caller,
                guids,
                now,
                reply,
            })
            .map_err(|_| gone())?;
        rx.await.map_err(|_| gone())?
    }
}

enum Outcome {
    Sent(Result<Delivery, MessagesError>),
    Acked(Result<Vec<DeviceId>, MessagesError>),
}

fn run_batch(db: &Db, limits: &Limits, jobs: Vec<Job>) {
    let outcomes = db.run_blocking(|conn| {
        write_tx(conn, |conn| {
            let mut out = Vec::with_capacity(jobs.len());
            for job in &jobs {
                // Each job in a savepoint: its refusal undoes only its own writes.
                out.push(match job {
                    Job::Send {
                        caller,
                        target,
                        request,
                        now,
                        ..
                    } => Outcome::Sent(
                        conn.transaction(|c| send_in(c, caller, *target, request, limits, *now)),
                    ),
                    Job::Ack {
                        caller, guids, now, ..
                    } => Outcome::Acked(
                        conn.transaction(|c| acknowledge_in(c, caller, guids, limits, *now)),
                    ),
                });
            }
            Ok::<_, StorageError>(out)
        })
    });
    match outcomes {
        Ok(outcomes) => {
            for (job, outcome) in jobs.into_iter().zip(outcomes) {
                match (job, outcome) {
                    (Job::Send { reply, .. }, Outcome::Sent(r)) => drop(reply.send(r)),
                    (Job::Ack { reply, .. }, Outcome::Acked(r)) => drop(reply.send(r)),
                    (job, _) => reply_failed(job, "mismatched outcome"),
                }
            }
        }
        Err(e) => {
            tracing::error!(error = %e, jobs = jobs.len(), "a message batch failed");
            for job in jobs {
                reply_failed(job, "the batch failed");
            }
        }
    }
}

fn reply_failed(job: Job, why: &str) {
    let err = || MessagesError::Storage(StorageError::Task(why.to_owned()));
    match job {
        Job::Send { reply, .. } => drop(reply.send(Err(err()))),
        Job::Ack { reply, .. } => drop(reply.send(Err(err()))),
    }
}
