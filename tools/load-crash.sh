#!/usr/bin/env bash
# A node killed with SIGKILL under load, and started again at once (issue 12's crash test).
#
#   tools/load-crash.sh sqlite  [RUNS]   # one node on its embedded SQLite
#   tools/load-crash.sh cluster [RUNS]   # three nodes on PostgreSQL + Redis (tools/cluster.sh);
#                                        # node 2 is killed
#
# Each run: kinbridge-load --encrypt at 1,000 msgs/s, 50 pairs x 400 messages (20,000),
# senders and receivers spread over the nodes; 12 s into the measured phase the node gets
# SIGKILL and is started again at once. The load generator waits up to 120 s for outboxes
# to drain and deliveries to reach what the server took, then prints one JSON line:
# "lost" and "duplicated" must be 0. Needs the release build:
#   cargo build --release -p kinbridge-server -p kinbridge-tests --bins
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:?sqlite or cluster}
runs=${2:-1}
bin=target/release
[ -x "$bin/kinbridge" ] && [ -x "$bin/kinbridge-load" ] ||
  { echo "build first: cargo build --release -p kinbridge-server -p kinbridge-tests --bins" >&2; exit 1; }
# Limits a load run passes (one person sends far more than a person would).
export KINBRIDGE_SENDER_MESSAGES_PER_MINUTE=1000000
export KINBRIDGE_PREKEY_FETCHES_PER_HOUR=100000
export KINBRIDGE_LOG=warn
work=target/crash
load_args=(--encrypt --pairs 50 --messages 400 --rate 1000 --wait-secs 120 --json)

wait_ready() {
  for _ in $(seq 1 100); do
    curl -sf "$1/v1/ready" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  echo "$1 did not become ready" >&2
  return 1
}

# Runs the load generator; when it starts measuring, sleeps 12 s and runs "$@" (the kill).
load_and_kill() {
  local log=$work/load.err
  : >"$log"
  "$bin/kinbridge-load" "${load_args[@]}" "${servers[@]}" 2>"$log" &
  local load=$!
  until grep -q "measuring from now" "$log"; do
    kill -0 "$load" 2>/dev/null || { cat "$log" >&2; return 1; }
    sleep 0.1
  done
  sleep 12
  "$@"
  wait "$load"
}

sqlite_run() {
  local url=http://127.0.0.1:8090 data=$work/sqlite
  rm -rf "$data"
  mkdir -p "$data"
  export KINBRIDGE_DATA_DIR=$data KINBRIDGE_BIND=127.0.0.1:8090
  "$bin/kinbridge" serve >"$data/log" 2>&1 &
  echo $! >"$data/pid"
  wait_ready "$url"
  local code
  code=$("$bin/kinbridge" admin create-staff --role caseworker --name Load | sed -n 's/^One-time enrolment code: //p')
  servers=(--server "$url" --staff-code "$code")
  crash() {
    kill -9 "$(cat "$data/pid")"
    "$bin/kinbridge" serve >>"$data/log" 2>&1 &
    echo $! >"$data/pid"
  }
  load_and_kill crash
  kill "$(cat "$data/pid")" 2>/dev/null || true
  wait 2>/dev/null || true
  unset KINBRIDGE_DATA_DIR KINBRIDGE_BIND
}

cluster_run() {
  tools/cluster.sh start --release --nodes 3 >/dev/null
  local code urls
  code=$(tools/cluster.sh cli admin create-staff --role caseworker --name Load | sed -n 's/^One-time enrolment code: //p')
  urls=http://127.0.0.1:8081,http://127.0.0.1:8082,http://127.0.0.1:8083
  servers=(--server "$urls" --staff-code "$code")
  crash() { tools/cluster.sh kill 2 >/dev/null && tools/cluster.sh restart 2 >/dev/null; }
  load_and_kill crash
  tools/cluster.sh stop >/dev/null
}

mkdir -p "$work"
for run in $(seq 1 "$runs"); do
  echo "run $run ($mode)" >&2
  "${mode}_run"
done
