#!/usr/bin/env bash
# Several Kinbridge nodes on one machine, for benchmarks and demos: the topology of
# docs/deploy.md (nodes on one PostgreSQL database, Redis between them, HAProxy in front)
# with every process on 127.0.0.1. It builds nothing: build the server first.
#
#   tools/cluster.sh start [--release] [--nodes N]   # fresh database and folder, N nodes (3)
#   tools/cluster.sh status                          # each node's pid, URL and /v1/ready
#   tools/cluster.sh kill N                          # SIGKILL node N (a crash)
#   tools/cluster.sh restart N                       # start node N again, same settings
#   tools/cluster.sh cli ARGS...                     # `kinbridge ARGS...` on the cluster's
#                                                    # database and keys (admin create-staff, audit verify)
#   tools/cluster.sh stop                            # stop everything, drop the database
#
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust authentication), Redis on
# 127.0.0.1:6379 (without it the nodes still start and /v1/ready says redis: unreachable),
# and curl (or bash's /dev/tcp). HAProxy is used when installed (apt install haproxy):
# it listens on 127.0.0.1:8080, the nodes on 127.0.0.1:8081 and up.
#
# Everything lives in target/cluster/: node1..nodeN (each node's data folder, with its
# log, pid and the environment it was started with), shared/ (the one server keys file and
# sealed-sender file that every node uses; node 1 makes them at its first start), and
# haproxy.cfg. KINBRIDGE_* variables in your environment at `start` (limits for a load
# run, KINBRIDGE_LOG) are passed on to every node; the script sets bind, data_dir,
# database_url, redis_url, redis_prefix, keys_file and sealed_sender_file itself.
#
# CLUSTER_BIN=/path/to/kinbridge uses that binary instead of target/<profile>/kinbridge.
set -euo pipefail
start_dir=$PWD
cd "$(dirname "$0")/.."
root=$PWD

dir=$root/target/cluster
pg_host=127.0.0.1
pg_port=5432
pg_user=postgres
db=kinbridge_cluster
redis_host=127.0.0.1
redis_port=6379
redis_prefix=kinbridge-cluster
proxy_port=8080
stats_port=8404
first_port=8081
ready_timeout=90
stop_timeout=15

say() { printf '%s\n' "$*"; }
die() {
  printf 'cluster: %s\n' "$*" >&2
  exit 1
}

usage() {
  sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'
  exit "${1:-0}"
}

node_port() { echo $((first_port + $1 - 1)); }
node_dir() { echo "$dir/node$1"; }

# The node numbers that have a folder, in order.
nodes() {
  local d
  for d in "$dir"/node*; do
    [ -d "$d" ] || continue
    echo "${d##*/node}"
  done | sort -n
}

# Whether the pid in pid file $1 is alive and its command line contains $2 (a pid that
# was reused by something else is not ours).
alive() {
  local pid
  [ -f "$1" ] || return 1
  pid=$(cat "$1")
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  if [ -r "/proc/$pid/cmdline" ]; then
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$2" || return 1
  fi
}

# Whether something accepts connections on 127.0.0.1:$1.
listening() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# GET http://127.0.0.1:$1$2; prints "STATUS BODY", fails when nothing answers.
http_get() {
  local port=$1 path=$2 out code body
  if command -v curl >/dev/null; then
    out=$(curl -s -m 3 -w '\n%{http_code}' "http://127.0.0.1:$port$path" 2>/dev/null) || true
    code=${out##*$'\n'}
    body=${out%$'\n'*}
    [ "$out" != "$code" ] || body=
  else
    out=$({
      exec 3<>"/dev/tcp/127.0.0.1/$port" &&
        printf 'GET %s HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nConnection: close\r\n\r\n' "$path" "$port" >&3 &&
        timeout 3 cat <&3
    } 2>/dev/null) || true
    code=$(printf '%s\n' "$out" | head -n 1 | cut -d ' ' -f 2)
    body=${out#*$'\r\n\r\n'}
  fi
  [[ $code =~ ^[1-5][0-9][0-9]$ ]] || return 1
  printf '%s %s\n' "$code" "$body"
}

psql_q() {
  PGOPTIONS='-c client_min_messages=warning' psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres -v ON_ERROR_STOP=1 -Atqc "$1"
}

drop_database() {
  command -v psql >/dev/null || {
    say "psql is not installed: database $db was not dropped"
    return 0
  }
  if ! psql_q 'SELECT 1' >/dev/null 2>&1; then
    say "PostgreSQL does not answer on $pg_host:$pg_port: database $db was not dropped"
    return 0
  fi
  # WITH (FORCE) (PostgreSQL 13 and later) also ends connections a killed node left.
  if [ "$(psql_q 'SHOW server_version_num')" -ge 130000 ]; then
    psql_q "DROP DATABASE IF EXISTS $db WITH (FORCE)"
  else
    psql_q "DROP DATABASE IF EXISTS $db"
  fi
}

redis_up() {
  if command -v redis-cli >/dev/null; then
    [ "$(redis-cli -h "$redis_host" -p "$redis_port" ping 2>/dev/null)" = PONG ]
  else
    local out
    out=$({
      exec 3<>"/dev/tcp/$redis_host/$redis_port" && printf 'PING\r\n' >&3 && timeout 2 head -c 5 <&3
    } 2>/dev/null) || true
    [ "$out" = "+PONG" ]
  fi
}

# The rate-limit counters a previous run left under this cluster's prefix (they would
# still count against the new accounts' addresses and keys until their windows end).
forget_redis_keys() {
  command -v redis-cli >/dev/null && redis_up || return 0
  redis-cli -h "$redis_host" -p "$redis_port" --scan --pattern "$redis_prefix:*" |
    xargs -r -n 500 redis-cli -h "$redis_host" -p "$redis_port" del >/dev/null
}

# Raises the soft limit on open files to the hard one (each socket is a file).
raise_nofile() {
  local hard
  hard=$(ulimit -Hn)
  [ "$hard" = unlimited ] && hard=1048576
  ulimit -n "$hard" 2>/dev/null || true
}

# Starts node $1 from its saved environment, in the background, and records its pid.
start_node() {
  local i=$1 ndir bin
  ndir=$(node_dir "$i")
  bin=$(cat "$dir/bin")
  (
    cd "$ndir"
    raise_nofile
    # Only the saved settings: a KINBRIDGE_* of this shell must not slip in on a restart.
    while IFS= read -r name; do
      [[ $name == KINBRIDGE_* ]] && unset "$name"
    done < <(compgen -e)
    mapfile -t vars <"$ndir/env"
    # setsid: a Ctrl-C in this terminal later does not reach the node (its own session).
    if command -v setsid >/dev/null; then
      exec setsid env "${vars[@]}" "$bin" serve </dev/null >>"$ndir/log" 2>&1
    fi
    exec env "${vars[@]}" "$bin" serve </dev/null >>"$ndir/log" 2>&1
  ) &
  echo $! >"$ndir/pid"
}

# Waits until node $1 answers 200 on /v1/ready; on failure shows its log's end.
wait_ready() {
  local i=$1 ndir port waited=0 answer
  ndir=$(node_dir "$i")
  port=$(node_port "$i")
  while :; do
    # kill -0, not alive(): until the subshell has exec'd, its command line is this script's.
    if ! kill -0 "$(cat "$ndir/pid")" 2>/dev/null; then
      say "node $i stopped while starting; the end of $ndir/log:" >&2
      tail -n 20 "$ndir/log" >&2 || true
      return 1
    fi
    if answer=$(http_get "$port" /v1/ready) && [ "${answer%% *}" = 200 ]; then
      say "node $i ready: http://127.0.0.1:$port  ${answer#* }"
      return 0
    fi
    if [ "$waited" -ge $((ready_timeout * 2)) ]; then
      say "node $i did not become ready in ${ready_timeout} s; the end of $ndir/log:" >&2
      tail -n 20 "$ndir/log" >&2 || true
      return 1
    fi
    sleep 0.5
    waited=$((waited + 1))
  done
}

# SIGTERM to every process of the cluster, SIGKILL to those still running after
# $stop_timeout seconds.
stop_processes() {
  local f pids=() files=() left deadline
  for f in "$dir"/node*/pid "$dir/haproxy.pid"; do
    [ -f "$f" ] || continue
    if alive "$f" "$(pid_name "$f")"; then
      pids+=("$(cat "$f")")
      files+=("$f")
    else
      rm -f "$f"
    fi
  done
  if [ "${#pids[@]}" -eq 0 ]; then
    say "nothing was running"
    return 0
  fi
  kill -TERM "${pids[@]}" 2>/dev/null || true
  deadline=$((SECONDS + stop_timeout))
  while [ "$SECONDS" -lt "$deadline" ]; do
    left=0
    for f in "${files[@]}"; do
      if [ -f "$f" ] && alive "$f" "$(pid_name "$f")"; then left=1; fi
    done
    [ "$left" -eq 0 ] && break
    sleep 0.25
  done
  for f in "${files[@]}"; do
    if alive "$f" "$(pid_name "$f")"; then
      say "$(label "$f") did not stop in ${stop_timeout} s: SIGKILL"
      kill -KILL "$(cat "$f")" 2>/dev/null || true
    else
      say "$(label "$f") stopped"
    fi
    rm -f "$f"
  done
}

pid_name() { case $1 in */haproxy.pid) echo haproxy ;; *) echo kinbridge ;; esac; }
label() {
  case $1 in
    */haproxy.pid) echo "haproxy" ;;
    *) local d=${1%/pid} && echo "node ${d##*/node}" ;;
  esac
}

running_any() {
  local f
  for f in "$dir"/node*/pid "$dir/haproxy.pid"; do
    [ -f "$f" ] && alive "$f" "$(pid_name "$f")" && return 0
  done
  return 1
}

start_haproxy() {
  local n=$1 i maxconn nofile cfg=$dir/haproxy.cfg
  if ! command -v haproxy >/dev/null; then
    say "haproxy is not installed (apt install haproxy): use the node URLs directly"
    return 0
  fi
  if listening "$proxy_port"; then
    say "port $proxy_port is in use: HAProxy not started; use the node URLs directly"
    return 0
  fi
  local stats=1
  if listening "$stats_port"; then stats=0; fi
  nofile=$(raise_nofile && ulimit -n)
  # Each proxied connection holds two descriptors (client side and server side).
  maxconn=$(((nofile - 100) / 2))
  [ "$maxconn" -ge 256 ] || maxconn=256
  {
    say "# Written by tools/cluster.sh: $n nodes behind 127.0.0.1:$proxy_port."
    say "global"
    say "    maxconn $maxconn"
    say ""
    say "defaults"
    say "    mode http"
    say "    maxconn $maxconn"
    say "    option redispatch"
    say "    retries 2"
    say "    timeout connect 5s"
    say "    timeout client 60s"
    say "    timeout server 60s"
    say "    timeout http-request 10s"
    say "    timeout check 2s"
    say "    # WebSockets: the server pings every 30 s, so an idle socket stays under this."
    say "    timeout tunnel 1h"
    say ""
    say "frontend kinbridge"
    say "    bind 127.0.0.1:$proxy_port"
    say "    # The client's address, replacing whatever the client sent."
    say "    http-request set-header X-Forwarded-For %[src]"
    say "    default_backend nodes"
    say ""
    say "backend nodes"
    say "    balance roundrobin"
    say "    option httpchk GET /v1/ready"
    say "    http-check expect status 200"
    say "    default-server check inter 1s fall 2 rise 1"
    for i in $(seq 1 "$n"); do
      say "    server node$i 127.0.0.1:$(node_port "$i")"
    done
    if [ "$stats" -eq 1 ]; then
      say ""
      say "listen stats"
      say "    bind 127.0.0.1:$stats_port"
      say "    stats enable"
      say "    stats uri /"
      say "    stats refresh 2s"
    fi
  } >"$cfg"
  haproxy -c -q -f "$cfg" || die "haproxy refused $cfg"
  (
    raise_nofile
    if command -v setsid >/dev/null; then
      exec setsid haproxy -db -f "$cfg" </dev/null >>"$dir/haproxy.log" 2>&1
    fi
    exec haproxy -db -f "$cfg" </dev/null >>"$dir/haproxy.log" 2>&1
  ) &
  echo $! >"$dir/haproxy.pid"
  for i in $(seq 1 20); do
    listening "$proxy_port" && break
    sleep 0.25
  done
  if alive "$dir/haproxy.pid" haproxy && listening "$proxy_port"; then
    say "haproxy: http://127.0.0.1:$proxy_port (roundrobin over the nodes)"
    [ "$stats" -eq 0 ] || say "haproxy stats: http://127.0.0.1:$stats_port/"
  else
    say "haproxy did not start; see $dir/haproxy.log"
    rm -f "$dir/haproxy.pid"
  fi
}

cmd_start() {
  local profile=debug n=3 bin i port urls pids passed name value
  while [ $# -gt 0 ]; do
    case $1 in
      --release) profile=release ;;
      --nodes)
        [ $# -ge 2 ] || die "--nodes needs a number"
        n=$2
        shift
        ;;
      --nodes=*) n=${1#--nodes=} ;;
      -h | --help) usage ;;
      *) die "start: unknown argument $1 (start [--release] [--nodes N])" ;;
    esac
    shift
  done
  [[ $n =~ ^[1-9][0-9]?$ ]] || die "--nodes takes a number from 1 to 99"

  if [ -n "${CLUSTER_BIN:-}" ]; then
    bin=$CLUSTER_BIN
  else
    bin=${CARGO_TARGET_DIR:-$root/target}/$profile/kinbridge
  fi
  case $bin in /*) ;; *) bin=$start_dir/$bin ;; esac
  if [ ! -x "$bin" ]; then
    local flag=""
    [ "$profile" = release ] && flag="--release "
    die "no server binary at $bin; build it first: cargo build ${flag}--bin kinbridge"
  fi

  if [ -d "$dir" ] && running_any; then
    die "a cluster is running in $dir: tools/cluster.sh stop first"
  fi
  for i in $(seq 1 "$n"); do
    port=$(node_port "$i")
    if listening "$port"; then die "port $port (node $i) is in use"; fi
  done
  command -v psql >/dev/null || die "psql is not installed (apt install postgresql-client)"
  psql_q 'SELECT 1' >/dev/null 2>&1 ||
    die "PostgreSQL does not answer on $pg_host:$pg_port as $pg_user (trust authentication expected)"
  if ! redis_up; then
    say "Redis does not answer on $redis_host:$redis_port: the nodes start anyway, each on its own"
    say "  (queues read every 2 s, /v1/ready says redis: unreachable). To start it:"
    say "  redis-server --save '' --appendonly no --daemonize yes"
  fi

  # A fresh folder. Only one this script made is deleted.
  if [ -e "$dir" ]; then
    [ -f "$dir/.kinbridge-cluster" ] || die "$dir exists and was not made by this script: move it away"
    rm -rf "$dir"
  fi
  mkdir -p "$dir/shared"
  chmod 700 "$dir/shared"
  : >"$dir/.kinbridge-cluster"
  printf '%s\n' "$bin" >"$dir/bin"

  drop_database
  psql_q "CREATE DATABASE $db"
  forget_redis_keys
  say "database $db created; redis prefix $redis_prefix; binary $bin"

  # What the caller's environment adds (limits for a load run, the log filter).
  passed=()
  while IFS= read -r name; do
    case $name in
      KINBRIDGE_BIND | KINBRIDGE_DATA_DIR | KINBRIDGE_DATABASE_URL | KINBRIDGE_REDIS_URL | \
        KINBRIDGE_REDIS_PREFIX | KINBRIDGE_KEYS_FILE | KINBRIDGE_SEALED_SENDER_FILE | KINBRIDGE_TEST_*) ;;
      KINBRIDGE_*) passed+=("$name") ;;
    esac
  done < <(compgen -e)
  if [ "${#passed[@]}" -gt 0 ]; then
    say "passed on to every node: ${passed[*]}"
  fi

  for i in $(seq 1 "$n"); do
    mkdir -p "$(node_dir "$i")"
    {
      say "KINBRIDGE_BIND=127.0.0.1:$(node_port "$i")"
      say "KINBRIDGE_DATA_DIR=$(node_dir "$i")"
      say "KINBRIDGE_DATABASE_URL=postgres://$pg_user@$pg_host:$pg_port/$db?sslmode=disable"
      say "KINBRIDGE_REDIS_URL=redis://$redis_host:$redis_port/"
      say "KINBRIDGE_REDIS_PREFIX=$redis_prefix"
      say "KINBRIDGE_KEYS_FILE=$dir/shared/server-keys.json"
      say "KINBRIDGE_SEALED_SENDER_FILE=$dir/shared/sealed-sender.json"
      for name in "${passed[@]}"; do
        value=${!name}
        # A relative config file is relative to where this script was started.
        if [ "$name" = KINBRIDGE_CONFIG ] && [[ $value != /* ]]; then value=$start_dir/$value; fi
        say "$name=$value"
      done
    } >"$(node_dir "$i")/env"
  done

  # Node 1 alone first: it applies the migrations and makes the shared key files, which
  # the others then read.
  start_node 1
  if ! wait_ready 1; then
    stop_processes
    die "node 1 did not start (the database is kept; tools/cluster.sh stop drops it)"
  fi
  for i in $(seq 2 "$n"); do
    start_node "$i"
  done
  for i in $(seq 2 "$n"); do
    if ! wait_ready "$i"; then
      stop_processes
      die "node $i did not start (the database is kept; tools/cluster.sh stop drops it)"
    fi
  done

  start_haproxy "$n"

  urls=()
  pids=()
  for i in $(seq 1 "$n"); do
    urls+=("http://127.0.0.1:$(node_port "$i")")
    pids+=("$(cat "$(node_dir "$i")/pid")")
  done
  say ""
  say "nodes: ${urls[*]}"
  say "A caseworker code and a load run across the nodes:"
  say "  CODE=\$(tools/cluster.sh cli admin create-staff --role caseworker --name Load | sed -n 's/One-time enrolment code: //p')"
  say "  $(dirname "$bin")/kinbridge-load --server $(
    IFS=,
    echo "${urls[*]}"
  ) --server-pid $(
    IFS=,
    echo "${pids[*]}"
  ) --staff-code \"\$CODE\""
  say "tools/cluster.sh status | kill N | restart N | stop"
}

cmd_status() {
  local i ndir port answer state any=0
  [ -d "$dir" ] || die "no cluster in $dir (tools/cluster.sh start)"
  for i in $(nodes); do
    any=1
    ndir=$(node_dir "$i")
    port=$(node_port "$i")
    if alive "$ndir/pid" kinbridge; then
      state="pid $(cat "$ndir/pid")"
    else
      state="stopped"
    fi
    if answer=$(http_get "$port" /v1/ready); then
      printf 'node %-3s %-12s http://127.0.0.1:%s  %s\n' "$i" "$state" "$port" "$answer"
    else
      printf 'node %-3s %-12s http://127.0.0.1:%s  no answer\n' "$i" "$state" "$port"
    fi
  done
  [ "$any" -eq 1 ] || say "no nodes in $dir"
  if alive "$dir/haproxy.pid" haproxy; then
    if answer=$(http_get "$proxy_port" /v1/ready); then
      printf 'haproxy  %-12s http://127.0.0.1:%s  %s\n' "pid $(cat "$dir/haproxy.pid")" "$proxy_port" "$answer"
    else
      printf 'haproxy  %-12s http://127.0.0.1:%s  no answer\n' "pid $(cat "$dir/haproxy.pid")" "$proxy_port"
    fi
  fi
}

# The node number argument: it must name a node of the cluster.
node_arg() {
  if [ $# -ne 1 ] || ! [[ $1 =~ ^[1-9][0-9]*$ ]]; then die "give one node number"; fi
  [ -f "$(node_dir "$1")/env" ] || die "no node $1 in $dir"
  echo "$1"
}

cmd_kill() {
  local i ndir pid n
  i=$(node_arg "$@")
  ndir=$(node_dir "$i")
  alive "$ndir/pid" kinbridge || die "node $i is not running"
  pid=$(cat "$ndir/pid")
  kill -KILL "$pid"
  for ((n = 0; n < 40; n++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.25
  done
  rm -f "$ndir/pid"
  say "node $i (pid $pid) killed"
}

cmd_restart() {
  local i ndir
  i=$(node_arg "$@")
  ndir=$(node_dir "$i")
  if alive "$ndir/pid" kinbridge; then
    die "node $i is running (pid $(cat "$ndir/pid")): tools/cluster.sh kill $i first"
  fi
  if listening "$(node_port "$i")"; then die "port $(node_port "$i") is in use"; fi
  printf -- '--- restarted %s\n' "$(date -Is)" >>"$ndir/log"
  start_node "$i"
  wait_ready "$i" || die "node $i did not start again"
}

cmd_stop() {
  if [ -d "$dir" ]; then
    stop_processes
  else
    say "no cluster folder in $dir"
  fi
  drop_database
  forget_redis_keys
  say "database $db dropped; logs kept in $dir"
}

# `kinbridge ARGS...` with node 1's settings (same database, same key files).
cmd_cli() {
  local bin ndir=$dir/node1
  [ -f "$ndir/env" ] || die "no cluster in $dir (tools/cluster.sh start)"
  bin=$(cat "$dir/bin")
  while IFS= read -r name; do
    [[ $name == KINBRIDGE_* ]] && unset "$name"
  done < <(compgen -e)
  mapfile -t vars <"$ndir/env"
  cd "$ndir"
  exec env "${vars[@]}" "$bin" "$@"
}

[ $# -ge 1 ] || usage 1
command=$1
shift
case $command in
  start) cmd_start "$@" ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  kill) cmd_kill "$@" ;;
  restart) cmd_restart "$@" ;;
  cli) cmd_cli "$@" ;;
  -h | --help | help) usage ;;
  *)
    say "unknown command: $command" >&2
    usage 1
    ;;
esac
