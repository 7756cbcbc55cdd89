//! `kinbridge-load`: drives a running Kinbridge server with pairs of enrolled devices that
//! message each other, and reports throughput, latency, losses and duplicates.
//!
//! ```text
//! kinbridge admin create-staff --role caseworker --name Load   # prints CODE
//! kinbridge-load --server http://127.0.0.1:8080 --staff-code CODE \
//!     [--pairs 50 --messages 200 --body-bytes 512 --concurrency 50 --encrypt]
//!     [--warmup 5] [--rate R] [--status-reads S --status-connections 10] [--json]
//! ```
//!
//! It bootstraps its own accounts from the one caseworker code: a case per pair, a child
//! and a guardian invited into each and enrolled through the SDK. Each sender then sends
//! `messages` messages to its partner, at most `concurrency` sends in flight overall, while
//! every receiver is connected over its WebSocket and acknowledges each envelope.
//!
//! By default bodies are opaque bytes (the server's cost: it never looks inside anyway);
//! `--encrypt` uses the SDK with real libsignal sessions (the whole system's cost).
//! Latency is send-start to arrival at the receiver, from a timestamp inside the body.
//!
//! Without `--rate` every sender sends as fast as the concurrency allows (the throughput
//! the server sustains). With `--rate R` sends are offered at R messages/s overall, each at
//! its scheduled time, and latency counts from that time, so a send that had to wait for a
//! free slot is not reported as fast (no coordinated omission): the latency at that load.
//!
//! `--status-reads S` adds one child's app reading its case status (an audited read) at S
//! reads/s over `--status-connections` connections for as long as messages are sent, and
//! reports the reads served per second and their latency, beside the message figures.
//!
//! Several nodes: `--server` takes a comma-separated list. The caseworker enrols on the
//! first; pair i's sender uses node i mod n and its receiver node i+1 mod n, so every
//! message crosses nodes (`--same-node` keeps each pair on one node instead, to tell the
//! bus's share from the rest). `--server-pid` (same order, comma-separated) adds each node's
//! CPU time per delivered message over the measured phase, read from `/proc`.
//!
//! Accounting that holds across a crash: a send counts as accepted only once the server
//! took it. With `--encrypt`, a send the SDK kept in its outbox (`Queued`: the request
//! died) counts once the outbox has drained; an opaque send whose request failed is tried
//! again with the same message id (the server stores it once), as the SDK's outbox would.
//! The final wait (`--wait-secs`, default 30) lasts until the unique deliveries reach the
//! accepted sends. Receivers reconnect after a lost socket, like real clients, and an
//! envelope delivered again (its acknowledgement was lost) is acknowledged and counted as
//! `redelivered`, not shown twice — what the SDK does; `duplicated` counts messages an app
//! would have shown twice.
//!
//! `--idle-sockets N` measures instead what idle connections cost a node: it enrols N
//! devices, opens their sockets (answering the server's pings), waits for them to settle,
//! and reports the node's RSS and CPU (with `--server-pid`) per 10,000 sockets.
#![allow(
    clippy::expect_used,
    reason = "a command-line tool: setup failures stop it with their reason"
)]

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use clap::Parser;
use futures_util::{SinkExt, StreamExt};
use kinbridge_protocol::api::{
    ClientFrame, InviteRequest, OutgoingEnvelope, PreKeyBundles, SendRequest, ServerFrame,
};
use kinbridge_protocol::{AccountId, AgeBand, B64, CaseId, EnvelopeKind};
use kinbridge_sdk::{Client, ClientConfig, Event, MemoryStore, SendOutcome};
use tokio::sync::{Mutex, Semaphore};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

#[derive(Debug, Parser)]
#[command(
    name = "kinbridge-load",
    about = "Load generator for a Kinbridge server"
)]
struct Args {
    /// The node(s), comma-separated.
    #[arg(long, value_delimiter = ',', required = true)]
    server: Vec<String>,
    /// The nodes' process ids, comma-separated, in the same order (CPU and memory figures).
    #[arg(long, value_delimiter = ',')]
    server_pid: Vec<u32>,
    /// How long the final wait for deliveries (and for outboxes to drain) may last.
    #[arg(long, default_value_t = 30)]
    wait_secs: u64,
    /// With several nodes: each pair's sender and receiver on the same node, so no message
    /// crosses nodes (what three nodes cost without the bus's share).
    #[arg(long)]
    same_node: bool,
    /// Measure N idle sockets instead of sending messages.
    #[arg(long, default_value_t = 0)]
    idle_sockets: usize,
    /// With `--idle-sockets`: seconds to measure CPU while the sockets are idle.
    #[arg(long, default_value_t = 60)]
    idle_secs: u64,
    /// A one-time caseworker enrolment code (`kinbridge admin create-staff --role caseworker`).
    #[arg(long)]
    staff_code: String,
    #[arg(long, default_value_t = 50)]
    pairs: usize,
    #[arg(long, default_value_t = 200)]
    messages: usize,
    #[arg(long, default_value_t = 512)]
    body_bytes: usize,
    #[arg(long, default_value_t = 50)]
    concurrency: usize,
    /// Real libsignal encryption through the SDK instead of opaque bodies.
    #[arg(long)]
    encrypt: bool,
    /// Messages each sender sends (and waits to see delivered) before the clock starts, so
    /// the measurement is of a warm server: connections open, caches filled.
    #[arg(long, default_value_t = 5)]
    warmup: usize,
    /// Offer sends at this many messages/s overall (0: as fast as `concurrency` allows).
    #[arg(long, default_value_t = 0.0)]
    rate: f64,
    /// Beside the messages, one child reads their case status at this many reads/s
    /// overall (0: no reads).
    #[arg(long, default_value_t = 0.0)]
    status_reads: f64,
    /// The connections those reads are spread over.
    #[arg(long, default_value_t = 10)]
    status_connections: usize,
    /// One JSON object instead of text.
    #[arg(long)]
    json: bool,
}

/// What the status readers measured.
#[derive(Default)]
struct Reads {
    ok: AtomicU64,
    failed: AtomicU64,
    latencies_us: Mutex<Vec<u64>>,
}

/// One child's app reading its case status at `rate` reads/s over `connections`
/// connections, each read at its scheduled time (latency from that time), until `stop`.
async fn read_statuses(
    url: String,
    authorization: String,
    rate: f64,
    connections: usize,
    started: Instant,
    stop: Arc<std::sync::atomic::AtomicBool>,
    reads: Arc<Reads>,
) {
    let connections = connections.max(1);
    let mut tasks = Vec::new();
    for k in 0..connections {
        let http = reqwest::Client::builder()
            .pool_max_idle_per_host(1)
            .build()
            .expect("http");
        let (url, authorization, stop, reads) = (
            url.clone(),
            authorization.clone(),
            stop.clone(),
            reads.clone(),
        );
        tasks.push(tokio::spawn(async move {
            for i in 0u64.. {
                let slot = (i * connections as u64 + k as u64) as f64;
                let at = started + Duration::from_secs_f64(slot / rate);
                tokio::time::sleep_until(at.into()).await;
                if stop.load(Ordering::Relaxed) {
                    break;
                }
                let ok = http
                    .get(&url)
                    .header("authorization", &authorization)
                    .send()
                    .await
                    .is_ok_and(|r| r.status().is_success());
                if ok {
                    let took = at.elapsed().as_micros();
                    reads.ok.fetch_add(1, Ordering::Relaxed);
                    reads
                        .latencies_us
                        .lock()
                        .await
                        .push(u64::try_from(took).unwrap_or(u64::MAX));
                } else {
                    reads.failed.fetch_add(1, Ordering::Relaxed);
                }
            }
        }));
    }
    for t in tasks {
        let _ = t.await;
    }
}

fn now_micros() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_micros()).unwrap_or(u64::MAX))
}

/// A body: 8 bytes of send time, 8 bytes of message number, then padding.
fn body(sent_micros: u64, number: u64, size: usize) -> Vec<u8> {
    let mut b = Vec::with_capacity(size.max(16));
    b.extend_from_slice(&sent_micros.to_be_bytes());
    b.extend_from_slice(&number.to_be_bytes());
    b.resize(size.max(16), 0x5a);
    b
}

fn read_body(b: &[u8]) -> Option<(u64, u64)> {
    let sent = u64::from_be_bytes(b.get(0..8)?.try_into().ok()?);
    let number = u64::from_be_bytes(b.get(8..16)?.try_into().ok()?);
    Some((sent, number))
}

/// Message numbers from here on are warm-up messages, counted apart.
const WARMUP_BASE: u64 = 1 << 62;

#[derive(Default)]
struct Tally {
    warm: AtomicU64,
    /// message number → times an app would have shown it
    seen: Mutex<HashMap<u64, u32>>,
    latencies_us: Mutex<Vec<u64>>,
    delivered: AtomicU64,
    /// Envelopes delivered again after their acknowledgement was lost (acknowledged again,
    /// not shown).
    redelivered: AtomicU64,
    last_delivery: Mutex<Option<Instant>>,
}

impl Tally {
    async fn arrived(&self, b: &[u8]) {
        let Some((sent, number)) = read_body(b) else {
            return;
        };
        if number >= WARMUP_BASE {
            self.warm.fetch_add(1, Ordering::Relaxed);
            return;
        }
        let latency = now_micros().saturating_sub(sent);
        let first = {
            let mut seen = self.seen.lock().await;
            let n = seen.entry(number).or_default();
            *n += 1;
            *n == 1
        };
        if first {
            self.latencies_us.lock().await.push(latency);
            self.delivered.fetch_add(1, Ordering::Relaxed);
        }
        *self.last_delivery.lock().await = Some(Instant::now());
    }
}

struct Pair {
    case: CaseId,
    sender: Client,
    sender_server: String,
    receiver: Client,
    receiver_server: String,
    receiver_registration: u32,
}

fn config(server: &str) -> ClientConfig {
    ClientConfig::new(server, Arc::new(MemoryStore::new()))
}

async fn bootstrap(args: &Args) -> Vec<Pair> {
    let n = args.server.len();
    let cw = Client::enrol(config(&args.server[0]), &args.staff_code)
        .await
        .expect("the caseworker code enrols");
    let mut pairs = Vec::new();
    for i in 0..args.pairs {
        let sender_server = args.server[i % n].clone();
        let receiver_server = match args.same_node {
            true => sender_server.clone(),
            false => args.server[(i + 1) % n].clone(),
        };
        let case = cw.create_case().await.expect("open a case").case_id;
        let child_code = cw
            .invite(
                case,
                InviteRequest::Child {
                    age_band: AgeBand::Band13To15,
                    locale: None,
                    grammatical_form: None,
                },
            )
            .await
            .expect("invite");
        let guardian_code = cw
            .invite(
                case,
                InviteRequest::Guardian {
                    display_name: "Load guardian".into(),
                    locale: None,
                },
            )
            .await
            .expect("invite");
        let sender = Client::enrol(config(&sender_server), &child_code.code)
            .await
            .expect("enrol");
        let receiver = Client::enrol(config(&receiver_server), &guardian_code.code)
            .await
            .expect("enrol");
        let receiver_registration = if args.encrypt {
            0
        } else {
            // The device's registration id, as a sender learns it: from a bundle.
            let url = format!("{}/v1/keys/{}/1", sender_server, receiver.account_id());
            let bundles: PreKeyBundles = reqwest::Client::new()
                .get(url)
                .header("authorization", sender.enrolment().authorization())
                .send()
                .await
                .expect("bundle")
                .json()
                .await
                .expect("bundle json");
            bundles.devices[0].registration_id
        };
        pairs.push(Pair {
            case,
            sender,
            sender_server,
            receiver,
            receiver_server,
            receiver_registration,
        });
    }
    pairs
}

/// An opaque receiver: a raw WebSocket that records and acknowledges every envelope, and
/// connects again (after 200 ms) whenever its socket is lost, as an app does. An envelope
/// it already acknowledged is acknowledged again and counted as redelivered.
async fn receive_opaque(
    server: String,
    authorization: String,
    tally: Arc<Tally>,
    ready: Arc<Semaphore>,
) {
    let url = format!("{}/v1/websocket", server.replacen("http", "ws", 1));
    let mut signalled = false;
    let mut acked: std::collections::HashSet<String> = std::collections::HashSet::new();
    loop {
        let mut req = url.clone().into_client_request().expect("ws url");
        req.headers_mut()
            .insert("authorization", authorization.parse().expect("header"));
        let Ok((mut socket, _)) = tokio_tungstenite::connect_async(req).await else {
            tokio::time::sleep(Duration::from_millis(200)).await;
            continue;
        };
        while let Some(Ok(msg)) = socket.next().await {
            let Message::Text(text) = msg else { continue };
            match serde_json::from_str::<ServerFrame>(&text) {
                Ok(ServerFrame::Envelope { envelope }) => {
                    if !acked.insert(envelope.guid.clone()) {
                        tally.redelivered.fetch_add(1, Ordering::Relaxed);
                    } else if envelope.kind != EnvelopeKind::DeliveryReceipt {
                        tally.arrived(envelope.content.as_ref()).await;
                    }
                    let ack = serde_json::to_string(&ClientFrame::Ack {
                        guid: envelope.guid,
                    })
                    .expect("json");
                    if socket.send(Message::text(ack)).await.is_err() {
                        break;
                    }
                }
                Ok(ServerFrame::QueueEmpty) if !signalled => {
                    signalled = true;
                    ready.add_permits(1);
                }
                _ => {}
            }
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

async fn receive_sdk(client: Client, tally: Arc<Tally>, ready: Arc<Semaphore>) {
    let mut events = client.events();
    let mut signalled = false;
    while let Some(e) = events.next().await {
        match e {
            Event::MessageReceived(m) => tally.arrived(&m.body).await,
            Event::Synced if !signalled => {
                signalled = true;
                ready.add_permits(1);
            }
            _ => {}
        }
    }
}

/// Where a send goes.
struct Target<'a> {
    sender: &'a Client,
    to: AccountId,
    registration_id: u32,
    server: &'a str,
    http: &'a reqwest::Client,
}

/// What became of a send.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    /// The server answered 200.
    Accepted,
    /// The SDK kept it in the outbox (the request died); it goes when the outbox drains.
    Queued,
    /// Refused, or never taken before the deadline.
    Failed,
}

/// Sends one message (opaque body over HTTP, or through the SDK with `encrypt`). An opaque
/// send whose request fails is tried again with the same message id until `deadline`.
async fn send(t: &Target<'_>, payload: Vec<u8>, encrypt: bool, deadline: Instant) -> Outcome {
    if encrypt {
        return match t.sender.send_message(t.to, &payload).await {
            Ok(SendOutcome::Sent { .. }) => Outcome::Accepted,
            Ok(SendOutcome::Queued { .. }) => Outcome::Queued,
            Err(_) => Outcome::Failed,
        };
    }
    let request = SendRequest {
        client_message_id: uuid::Uuid::new_v4().to_string(),
        ephemeral: false,
        messages: vec![OutgoingEnvelope {
            device_number: 1,
            registration_id: t.registration_id,
            kind: EnvelopeKind::Ciphertext,
            content: B64(payload),
        }],
    };
    loop {
        let res = t
            .http
            .put(format!("{}/v1/messages/{}", t.server, t.to))
            .header("authorization", t.sender.enrolment().authorization())
            .json(&request)
            .send()
            .await;
        match res {
            Ok(r) if r.status().is_success() => return Outcome::Accepted,
            // Refused for good (4xx but a rate limit): not retried.
            Ok(r) if r.status().is_client_error() && r.status().as_u16() != 429 => {
                return Outcome::Failed;
            }
            _ if Instant::now() >= deadline => return Outcome::Failed,
            _ => tokio::time::sleep(Duration::from_millis(200)).await,
        }
    }
}

fn percentile(sorted: &[u64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)] as f64 / 1000.0
}

/// A process's CPU time (user + system) in seconds and its resident memory in KiB.
fn process_stats(pid: u32) -> Option<(f64, u64)> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // Fields after the command name (which may hold spaces) in parentheses.
    let rest = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let rss = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    // Clock ticks are 100 per second on Linux.
    Some(((utime + stime) / 100.0, rss))
}

fn all_stats(pids: &[u32]) -> Vec<Option<(f64, u64)>> {
    pids.iter().map(|p| process_stats(*p)).collect()
}

/// `--idle-sockets N`: enrols N devices, opens their sockets spread over the nodes, and
/// reports what the nodes hold per 10,000 idle sockets.
async fn idle_sockets(args: &Args) {
    let n = args.idle_sockets;
    let before = all_stats(&args.server_pid);
    let cw = Client::enrol(config(&args.server[0]), &args.staff_code)
        .await
        .expect("the caseworker code enrols");
    let http = reqwest::Client::new();
    let mut auths = Vec::with_capacity(n);
    let mut case = cw.create_case().await.expect("open a case").case_id;
    let enrolled_at = Instant::now();
    for i in 0..n {
        if i % 500 == 499 {
            case = cw.create_case().await.expect("open a case").case_id;
        }
        let code = cw
            .invite(
                case,
                InviteRequest::Guardian {
                    display_name: "Idle guardian".into(),
                    locale: None,
                },
            )
            .await
            .expect("invite")
            .code;
        let server = &args.server[i % args.server.len()];
        // The smallest honest enrolment: no one-time prekeys (the sockets are the point).
        let res: kinbridge_protocol::api::EnrolResponse = http
            .post(format!("{server}/v1/enrolment"))
            .json(&kinbridge_tests::enrolment_body(&code))
            .send()
            .await
            .expect("enrol")
            .json()
            .await
            .expect("enrolment answer");
        auths.push((
            server.clone(),
            format!(
                "{} {}",
                kinbridge_protocol::AUTHORIZATION_SCHEME,
                res.credential
            ),
        ));
        if (i + 1) % 1000 == 0 {
            eprintln!(
                "enrolled {} in {:.0} s",
                i + 1,
                enrolled_at.elapsed().as_secs_f64()
            );
        }
    }
    let enrolled = all_stats(&args.server_pid);
    let ready = Arc::new(Semaphore::new(0));
    let open = Arc::new(AtomicU64::new(0));
    // At most 256 handshakes at a time, each tried up to 10 times: a burst of thousands
    // overflows the listen backlog, which says nothing about what idle sockets cost.
    let opening = Arc::new(Semaphore::new(256));
    for (server, auth) in auths {
        let (ready, open, opening) = (ready.clone(), open.clone(), opening.clone());
        tokio::spawn(async move {
            let url = format!("{}/v1/websocket", server.replacen("http", "ws", 1));
            let mut socket = None;
            {
                let Ok(_slot) = opening.acquire().await else {
                    return;
                };
                for _ in 0..10 {
                    let mut req = url.clone().into_client_request().expect("ws url");
                    req.headers_mut()
                        .insert("authorization", auth.parse().expect("header"));
                    if let Ok((s, _)) = tokio_tungstenite::connect_async(req).await {
                        socket = Some(s);
                        break;
                    }
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
            }
            let Some(mut socket) = socket else {
                ready.add_permits(1);
                return;
            };
            open.fetch_add(1, Ordering::Relaxed);
            let mut signalled = false;
            // Reading answers the server's pings (tungstenite replies on the next read).
            while let Some(Ok(msg)) = socket.next().await {
                if let Message::Text(t) = msg
                    && !signalled
                    && t.contains("queue_empty")
                {
                    signalled = true;
                    ready.add_permits(1);
                }
            }
            if !signalled {
                ready.add_permits(1);
            }
            open.fetch_sub(1, Ordering::Relaxed);
        });
    }
    let _ = ready
        .acquire_many(u32::try_from(n).unwrap_or(u32::MAX))
        .await
        .expect("sockets ready");
    // Settle (allocators, the first ping round), then measure CPU while idle.
    tokio::time::sleep(Duration::from_secs(35)).await;
    let settled = all_stats(&args.server_pid);
    tokio::time::sleep(Duration::from_secs(args.idle_secs)).await;
    let after = all_stats(&args.server_pid);
    let sockets = open.load(Ordering::Relaxed);
    let per10k = |kib: f64| kib * 10_000.0 / sockets.max(1) as f64;
    let mut nodes = Vec::new();
    for (i, pid) in args.server_pid.iter().enumerate() {
        let (Some(b), Some(e), Some(s), Some(a)) = (before[i], enrolled[i], settled[i], after[i])
        else {
            continue;
        };
        let share = sockets as f64 / args.server_pid.len() as f64;
        nodes.push(serde_json::json!({
            "pid": pid,
            "rss_start_kib": b.1, "rss_enrolled_kib": e.1, "rss_sockets_kib": s.1,
            "rss_per_socket_kib": (s.1 as f64 - e.1 as f64) / share.max(1.0),
            "rss_per_10k_sockets_mib": per10k((s.1 as f64 - e.1 as f64) * args.server_pid.len() as f64) / 1024.0,
            "idle_cpu_percent_of_a_core": (a.0 - s.0) / args.idle_secs as f64 * 100.0,
        }));
    }
    println!(
        "{}",
        serde_json::json!({"idle_sockets": sockets, "asked": n, "idle_secs": args.idle_secs, "nodes": nodes})
    );
}

#[tokio::main]
async fn main() {
    let args = Args::parse();
    if args.idle_sockets > 0 {
        return idle_sockets(&args).await;
    }
    let pairs = bootstrap(&args).await;
    let tally = Arc::new(Tally::default());
    let ready = Arc::new(Semaphore::new(0));
    for p in &pairs {
        if args.encrypt {
            tokio::spawn(receive_sdk(
                p.receiver.clone(),
                tally.clone(),
                ready.clone(),
            ));
            // Senders listen too, so receipts and replies do not pile up.
            let sender = p.sender.clone();
            tokio::spawn(async move {
                let mut events = sender.events();
                while events.next().await.is_some() {}
            });
        } else {
            tokio::spawn(receive_opaque(
                p.receiver_server.clone(),
                p.receiver.enrolment().authorization(),
                tally.clone(),
                ready.clone(),
            ));
            tokio::spawn(receive_opaque(
                p.sender_server.clone(),
                p.sender.enrolment().authorization(),
                Arc::new(Tally::default()),
                Arc::new(Semaphore::new(0)),
            ));
        }
    }
    // Every receiver connected and synced before the clock starts.
    let _ = ready
        .acquire_many(u32::try_from(pairs.len()).unwrap_or(u32::MAX))
        .await
        .expect("receivers ready");

    let in_flight = Arc::new(Semaphore::new(args.concurrency.max(1)));
    let accepted = Arc::new(AtomicU64::new(0));
    let queued = Arc::new(AtomicU64::new(0));
    let failed = Arc::new(AtomicU64::new(0));
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(args.concurrency.max(1))
        .build()
        .expect("http");
    // Warm-up, not measured: every sender sends a few messages and they all arrive.
    let warm_total = (args.warmup * pairs.len()) as u64;
    let warm_deadline = Instant::now() + Duration::from_secs(30);
    for w in 0..args.warmup {
        let mut sends = Vec::new();
        for (pi, p) in pairs.iter().enumerate() {
            let target = Target {
                sender: &p.sender,
                to: p.receiver.account_id(),
                registration_id: p.receiver_registration,
                server: &p.sender_server,
                http: &http,
            };
            let number = WARMUP_BASE + (w * pairs.len() + pi) as u64;
            let payload = body(now_micros(), number, args.body_bytes);
            sends.push(async move { send(&target, payload, args.encrypt, warm_deadline).await });
        }
        futures_util::future::join_all(sends).await;
    }
    while tally.warm.load(Ordering::Relaxed) < warm_total && Instant::now() < warm_deadline {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }

    let cpu_before = all_stats(&args.server_pid);
    // For scripts that act at a time into the run (a crash test kills a node 12 s in).
    eprintln!("kinbridge-load: measuring from now");
    let started = Instant::now();
    let started_micros = now_micros();
    let stop_reads = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let reads = Arc::new(Reads::default());
    let readers = (args.status_reads > 0.0).then(|| {
        let child = &pairs[0];
        tokio::spawn(read_statuses(
            format!("{}/v1/cases/{}/status", child.sender_server, child.case),
            child.sender.enrolment().authorization(),
            args.status_reads,
            args.status_connections,
            started,
            stop_reads.clone(),
            reads.clone(),
        ))
    });
    let mut tasks = Vec::new();
    // Round-robin over the pairs, each pair's messages in order.
    for m in 0..args.messages {
        for (pi, p) in pairs.iter().enumerate() {
            let number = (pi * args.messages + m) as u64;
            let slot = (m * pairs.len() + pi) as f64;
            let scheduled = (args.rate > 0.0).then(|| Duration::from_secs_f64(slot / args.rate));
            let permit_pool = in_flight.clone();
            let (accepted, queued, failed, http) = (
                accepted.clone(),
                queued.clone(),
                failed.clone(),
                http.clone(),
            );
            let sender = p.sender.clone();
            let to: AccountId = p.receiver.account_id();
            let registration_id = p.receiver_registration;
            let (server, size, encrypt) = (p.sender_server.clone(), args.body_bytes, args.encrypt);
            let wait = Duration::from_secs(args.wait_secs);
            tasks.push(tokio::spawn(async move {
                if let Some(at) = scheduled {
                    tokio::time::sleep_until((started + at).into()).await;
                }
                let Ok(_permit) = permit_pool.acquire_owned().await else {
                    return;
                };
                let sent_micros = match scheduled {
                    Some(at) => started_micros + u64::try_from(at.as_micros()).unwrap_or(0),
                    None => now_micros(),
                };
                let payload = body(sent_micros, number, size);
                let target = Target {
                    sender: &sender,
                    to,
                    registration_id,
                    server: &server,
                    http: &http,
                };
                let counter = match send(&target, payload, encrypt, Instant::now() + wait).await {
                    Outcome::Accepted => accepted,
                    Outcome::Queued => queued,
                    Outcome::Failed => failed,
                };
                counter.fetch_add(1, Ordering::Relaxed);
            }));
        }
    }
    for t in tasks {
        let _ = t.await;
    }
    let send_secs = started.elapsed().as_secs_f64();
    stop_reads.store(true, Ordering::Relaxed);
    if let Some(readers) = readers {
        let _ = readers.await;
    }
    let read_secs = started.elapsed().as_secs_f64();
    let mut read_lat = reads.latencies_us.lock().await.clone();
    read_lat.sort_unstable();
    // The outboxes drain (the SDK's event streams flush them when they reconnect; this
    // flushes too), then deliveries are awaited until they reach what the server took.
    let deadline = Instant::now() + Duration::from_secs(args.wait_secs);
    let mut left = 0u64;
    if args.encrypt {
        loop {
            left = 0;
            for p in &pairs {
                if p.sender.outbox_len().unwrap_or(0) > 0 {
                    let _ = p.sender.flush_outbox().await;
                }
                left += p.sender.outbox_len().unwrap_or(0) as u64;
            }
            if left == 0 || Instant::now() >= deadline {
                break;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }
    let drained = queued.load(Ordering::Relaxed).saturating_sub(left);
    let taken = accepted.load(Ordering::Relaxed) + drained;
    while tally.delivered.load(Ordering::Relaxed) < taken && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let cpu_after = all_stats(&args.server_pid);
    let last = tally
        .last_delivery
        .lock()
        .await
        .unwrap_or_else(Instant::now);
    let deliver_secs = last.duration_since(started).as_secs_f64().max(send_secs);
    let seen = tally.seen.lock().await;
    let unique = seen.len() as u64;
    let duplicated: u64 = seen.values().map(|n| u64::from(n.saturating_sub(1))).sum();
    let lost = taken.saturating_sub(unique);
    let mut lat = tally.latencies_us.lock().await.clone();
    lat.sort_unstable();
    let accepted_n = accepted.load(Ordering::Relaxed);
    let nodes: Vec<_> = args
        .server_pid
        .iter()
        .enumerate()
        .filter_map(|(i, pid)| {
            let (b, a) = (cpu_before.get(i).copied()??, cpu_after.get(i).copied()??);
            Some(serde_json::json!({
                "pid": pid,
                "cpu_secs": a.0 - b.0,
                "cpu_us_per_delivered": (a.0 - b.0) * 1e6 / unique.max(1) as f64,
                "rss_kib": a.1,
            }))
        })
        .collect();
    let cpu_total: f64 = nodes.iter().filter_map(|n| n["cpu_secs"].as_f64()).sum();
    let report = serde_json::json!({
        "mode": if args.encrypt { "encrypt" } else { "opaque" },
        "nodes": args.server.len(),
        "pairs": args.pairs, "messages": args.messages, "warmup": args.warmup, "body_bytes": args.body_bytes, "concurrency": args.concurrency, "rate": args.rate,
        "accepted": accepted_n, "queued": queued.load(Ordering::Relaxed), "drained_from_outboxes": drained, "left_in_outboxes": left,
        "failed": failed.load(Ordering::Relaxed),
        "accepted_per_s": accepted_n as f64 / send_secs,
        "delivered_per_s": unique as f64 / deliver_secs,
        "p50_ms": percentile(&lat, 0.50), "p95_ms": percentile(&lat, 0.95), "p99_ms": percentile(&lat, 0.99),
        "delivered": unique, "lost": lost, "duplicated": duplicated,
        "redelivered": tally.redelivered.load(Ordering::Relaxed),
        "server_cpu_us_per_delivered": cpu_total * 1e6 / unique.max(1) as f64,
        "server_nodes": nodes,
        "status_reads_offered_per_s": args.status_reads,
        "status_reads_per_s": reads.ok.load(Ordering::Relaxed) as f64 / read_secs,
        "status_reads_failed": reads.failed.load(Ordering::Relaxed),
        "status_p50_ms": percentile(&read_lat, 0.50), "status_p99_ms": percentile(&read_lat, 0.99),
    });
    if args.json {
        println!("{report}");
    } else {
        println!(
            "{} mode on {} node(s): {} pairs x {} messages of {} bytes, concurrency {}{}\naccepted {:.0} msgs/s, delivered {:.0} msgs/s\nlatency p50 {:.1} ms, p95 {:.1} ms, p99 {:.1} ms\ntaken by the server {taken} ({accepted_n} at once, {drained} from outboxes, {left} left in outboxes), delivered {unique}, lost {lost}, duplicated {duplicated}, redelivered {}, failed sends {}",
            report["mode"].as_str().unwrap_or(""),
            args.server.len(),
            args.pairs,
            args.messages,
            args.body_bytes,
            args.concurrency,
            if args.rate > 0.0 {
                format!(", offered {} msgs/s", args.rate)
            } else {
                String::new()
            },
            report["accepted_per_s"].as_f64().unwrap_or(0.0),
            report["delivered_per_s"].as_f64().unwrap_or(0.0),
            report["p50_ms"].as_f64().unwrap_or(0.0),
            report["p95_ms"].as_f64().unwrap_or(0.0),
            report["p99_ms"].as_f64().unwrap_or(0.0),
            tally.redelivered.load(Ordering::Relaxed),
            failed.load(Ordering::Relaxed),
        );
        if !nodes.is_empty() {
            println!(
                "server CPU {:.1} µs per delivered message ({})",
                report["server_cpu_us_per_delivered"]
                    .as_f64()
                    .unwrap_or(0.0),
                nodes
                    .iter()
                    .map(|n| format!("{:.1} s", n["cpu_secs"].as_f64().unwrap_or(0.0)))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
        if args.status_reads > 0.0 {
            println!(
                "status reads {:.0}/s (offered {}), p50 {:.1} ms, p99 {:.1} ms, failed {}",
                report["status_reads_per_s"].as_f64().unwrap_or(0.0),
                args.status_reads,
                report["status_p50_ms"].as_f64().unwrap_or(0.0),
                report["status_p99_ms"].as_f64().unwrap_or(0.0),
                reads.failed.load(Ordering::Relaxed),
            );
        }
    }
}
