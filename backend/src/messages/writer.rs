//! Group commit for the message relay. Sends are checked on the pool, concurrently
//! ([`super::prepare`]); what is left — recording the client message id and inserting the
//! envelopes — and acknowledgements from every connection go to one writer thread, which
//! writes whatever has queued up (up to 256 jobs) in one transaction and a handful of
//! statements. One commit (one fsync on PostgreSQL) then serves many messages, and
//! SQLite's single writer lock is never fought over.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, mpsc};

use chrono::{DateTime, Utc};
use kinbridge_protocol::DeviceId;
use tokio::sync::oneshot;

use super::repo::{EnvelopeRow, OwnedEnvelope};
use super::{
    Delivery, Limits, MessagesError, Prepared, Written, commit_sends, receipts_for, store_receipts,
    take_acked,
};
use crate::platform::Platform;
use crate::platform::cache::Caches;
use crate::platform::clock::Clock;
use crate::platform::db::{Db, StorageError, Tx};
use crate::platform::identity::Caller;
use crate::platform::notify::Notify;

const MAX_BATCH: usize = 256;

enum Job {
    Send {
        prepared: Box<Prepared>,
        reply: oneshot::Sender<Result<Delivery, MessagesError>>,
    },
    Ack {
        caller: Caller,
        guids: Vec<String>,
        now: DateTime<Utc>,
        reply: oneshot::Sender<Result<Vec<OwnedEnvelope>, MessagesError>>,
    },
    StoreReceipts {
        receipts: Vec<OwnedEnvelope>,
        reply: oneshot::Sender<Result<(), MessagesError>>,
    },
}

/// A handle to the writer thread; cheap to clone.
#[derive(Debug, Clone)]
pub struct Writer {
    tx: mpsc::Sender<Job>,
    notify: Arc<dyn Notify>,
}

impl std::fmt::Debug for Job {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Job::Send { .. } => "Job::Send",
            Job::Ack { .. } => "Job::Ack",
            Job::StoreReceipts { .. } => "Job::StoreReceipts",
        })
    }
}

fn gone() -> MessagesError {
    MessagesError::Storage(StorageError::Task("the message writer stopped".into()))
}

/// What the writer thread works with.
struct Context {
    db: Db,
    caches: Arc<Caches>,
    notify: Arc<dyn Notify>,
    limits: Limits,
    clock: Clock,
}

impl Writer {
    /// Starts the writer thread for a node, on a connection of its own
    /// (`Db::with_own_connection`). It ends when every handle is dropped. Envelopes it writes go to their devices through the node's notifier once committed.
    pub fn start(platform: &Platform) -> std::io::Result<Writer> {
        let (tx, rx) = mpsc::channel::<Job>();
        let notify = platform.notify.clone();
        let context = Context {
            db: platform
                .db
                .with_own_connection()
                .map_err(std::io::Error::other)?,
            caches: platform.caches.clone(),
            notify: notify.clone(),
            limits: super::http::limits(platform),
            clock: platform.clock.clone(),
        };
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
                    run_batch(&context, jobs);
                }
            })?;
        Ok(Writer { tx, notify })
    }

    /// Writes a send checked by [`super::prepare`] (at once when there is nothing to
    /// write: a retry already accepted, or ephemeral envelopes).
    pub async fn send(&self, prepared: Prepared) -> Result<Delivery, MessagesError> {
        if !prepared.has_writes() {
            return Ok(prepared.delivery);
        }
        let (reply, rx) = oneshot::channel();
        self.tx
            .send(Job::Send {
                prepared: Box::new(prepared),
                reply,
            })
            .map_err(|_| gone())?;
        rx.await.map_err(|_| gone())?
    }

    /// Deletes acknowledged envelopes; delivery receipts go live to connected senders and
    /// are stored (and pushed if their device connected meanwhile) for the others.
    pub async fn acknowledge(
        &self,
        caller: Caller,
        guids: Vec<String>,
        now: DateTime<Utc>,
    ) -> Result<(), MessagesError> {
        if guids.is_empty() {
            return Ok(());
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
        let receipts = rx.await.map_err(|_| gone())??;
        let waiting = super::push_receipts(self.notify.as_ref(), receipts);
        if waiting.is_empty() {
            return Ok(());
        }
        let (reply, rx) = oneshot::channel();
        self.tx
            .send(Job::StoreReceipts {
                receipts: waiting,
                reply,
            })
            .map_err(|_| gone())?;
        rx.await.map_err(|_| gone())?
    }
}

enum Outcome {
    Sent(Result<Delivery, MessagesError>),
    Acked(Result<Vec<OwnedEnvelope>, MessagesError>),
    Stored(Result<(), MessagesError>),
}

/// Writes a batch in one transaction. If the transaction fails, each job is written again
/// on its own, so one bad job (a device deleted between its checks and its write) fails
/// alone and never takes the others with it.
fn run_batch(context: &Context, jobs: Vec<Job>) {
    let started = std::time::Instant::now();
    let outcomes = context.db.write_blocking(|tx| write(tx, context, &jobs));
    match outcomes {
        Ok((outcomes, mut queued)) => {
            tracing::trace!(
                jobs = jobs.len(),
                envelopes = queued.len(),
                micros = started.elapsed().as_micros(),
                "message batch committed"
            );
            // Committed: hand each new envelope to its device if it is connected here,
            // in queue order (the connection skips what it already read from the queue).
            queued.sort_by_key(|q| q.seq);
            for q in queued {
                context.notify.deliver(q.device, q.seq, q.envelope);
            }
            for (job, outcome) in jobs.into_iter().zip(outcomes) {
                match (job, outcome) {
                    (Job::Send { reply, .. }, Outcome::Sent(r)) => drop(reply.send(r)),
                    (Job::Ack { reply, .. }, Outcome::Acked(r)) => drop(reply.send(r)),
                    (Job::StoreReceipts { reply, .. }, Outcome::Stored(r)) => drop(reply.send(r)),
                    (job, _) => reply_failed(job, "mismatched outcome"),
                }
            }
        }
        Err(e) if jobs.len() > 1 => {
            tracing::warn!(error = %e, jobs = jobs.len(), "a message batch failed; writing its jobs one by one");
            for job in jobs {
                run_batch(context, vec![job]);
            }
        }
        Err(e) => {
            tracing::error!(error = %e, "a message job failed");
            for job in jobs {
                reply_failed(job, "the write failed");
            }
        }
    }
}

/// The batch's statements, in the writer's transaction.
fn write(
    tx: &mut Tx<'_>,
    context: &Context,
    jobs: &[Job],
) -> Result<(Vec<Outcome>, Vec<super::Queued>), MessagesError> {
    let sends: Vec<&Prepared> = jobs
        .iter()
        .filter_map(|j| match j {
            Job::Send { prepared, .. } => Some(prepared.as_ref()),
            Job::Ack { .. } | Job::StoreReceipts { .. } => None,
        })
        .collect();
    let (written, mut queued) = commit_sends(
        tx,
        &context.caches,
        &sends,
        &context.limits,
        context.clock.now(),
    )?;
    let acks: Vec<(DeviceId, &[String])> = jobs
        .iter()
        .filter_map(|j| match j {
            Job::Ack { caller, guids, .. } => Some((caller.device_id, guids.as_slice())),
            Job::Send { .. } | Job::StoreReceipts { .. } => None,
        })
        .collect();
    let gone = if acks.is_empty() {
        Vec::new()
    } else {
        take_acked(tx, &context.caches, &acks)?
    };
    // The deleted rows by device, looked up once per acknowledgement below.
    let mut gone_by_device: HashMap<DeviceId, Vec<&EnvelopeRow>> = HashMap::new();
    for row in &gone {
        gone_by_device.entry(row.device_id).or_default().push(row);
    }
    let mut written = written.into_iter();
    let mut out = Vec::with_capacity(jobs.len());
    for job in jobs {
        out.push(match job {
            Job::Send { prepared, .. } => Outcome::Sent(match written.next() {
                Some(Written::MailboxFull) => Err(MessagesError::MailboxFull),
                // Not new: the same id was accepted before (a retry raced it).
                w => Ok(Delivery {
                    duplicate: w != Some(Written::New),
                    ..prepared.delivery.clone()
                }),
            }),
            // Acknowledgements cannot be refused; an error fails the batch.
            Job::Ack {
                caller, guids, now, ..
            } => {
                // The same device may have acknowledged twice in one batch.
                let asked: HashSet<&str> = guids.iter().map(String::as_str).collect();
                let mine: Vec<&EnvelopeRow> = gone_by_device
                    .get(&caller.device_id)
                    .map(|rows| {
                        rows.iter()
                            .copied()
                            .filter(|r| asked.contains(r.guid.as_str()))
                            .collect()
                    })
                    .unwrap_or_default();
                Outcome::Acked(Ok(receipts_for(
                    tx,
                    &context.caches,
                    caller,
                    &mine,
                    &context.limits,
                    *now,
                )?))
            }
            Job::StoreReceipts { receipts, .. } => {
                queued.extend(store_receipts(tx, receipts)?);
                Outcome::Stored(Ok(()))
            }
        });
    }
    Ok((out, queued))
}

fn reply_failed(job: Job, why: &str) {
    let err = || MessagesError::Storage(StorageError::Task(why.to_owned()));
    match job {
        Job::Send { reply, .. } => drop(reply.send(Err(err()))),
        Job::Ack { reply, .. } => drop(reply.send(Err(err()))),
        Job::StoreReceipts { reply, .. } => drop(reply.send(Err(err()))),
    }
}
