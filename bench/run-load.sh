#!/usr/bin/env bash
# Load measurement of GutSkin.Bot against a plain echo bot on the same Bot Framework SDK.
# Builds Release, starts each bot on a free loopback port, runs the same concurrency levels against each, runs the
# signup storm on GutSkin and counts the leads with the GutSkin CLI, then repeats GutSkin on PostgreSQL when one is
# given (GUTSKIN_LOAD_POSTGRES=<Npgsql connection string>) or can be started from Debian's packages.
# Prints a Markdown table. Every process it starts is stopped on exit. About 6-8 minutes on 2 cores.
#
# Prints each bot's resident memory (VmRSS, VmHWM from /proc) after start-up and after its load.
#
# The echo bot and GutSkin run side by side and are measured in alternating rounds (echo then GutSkin, GutSkin then
# echo, ...): a single level of one bot swings by +-20 % with whatever else the machine runs, so the figure to quote is the
# median over the rounds of GutSkin's share of the echo bot's throughput in the same round (the report's second table).
#
# Settings (environment): LOAD_ROUNDS (3), LOAD_DURATION (5s: each level of each round), LOAD_CONCURRENCY (1,8,64),
# LOAD_MIX (mixed), LOAD_STORM (1000),
# LOAD_WARMUP (30s of unmeasured traffic before each bot's first round), LOAD_ARTIFACTS (/tmp/art-load),
# GUTSKIN_LOAD_POSTGRES, LOAD_SKIP_POSTGRES=1, LOAD_SKIP_BUILD=1, LOAD_SKIP_ECHO=1, LOAD_SKIP_STORM=1,
# LOAD_KNOWLEDGE (the knowledge folder, default the repository's), LOAD_BOT_DLL (another build of GutSkin.Bot.dll, for
# an A/B run against a local patch).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
artifacts=${LOAD_ARTIFACTS:-/tmp/art-load}
duration=${LOAD_DURATION:-5s}
rounds=${LOAD_ROUNDS:-3}
levels=${LOAD_CONCURRENCY:-1,8,64}
mix=${LOAD_MIX:-mixed}
storm=${LOAD_STORM:-1000}
warmup=${LOAD_WARMUP:-30s}
work=$(mktemp -d /tmp/gutskin-load.XXXXXX)
results="$work/results.jsonl"
pids=()
pg_ctl=""
pg_data=""

log() { printf '\n== %s  [%s]\n' "$*" "$(uptime | sed 's/.*load average/load average/')"; }

cleanup() {
  local pid
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  if [ -n "$pg_ctl" ]; then
    runuser -u postgres -- "$pg_ctl" -D "$pg_data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work/pg" "$work/sqlite"
  echo "Results and server logs kept in $work"
}
trap cleanup EXIT

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# Starts a bot dll on a free port in the background; sets $port and appends the pid to $pids.
start_bot() {
  local dll=$1 name=$2
  port=$(free_port)
  shift 2
  # From the build's folder, as a deployed app runs: its appsettings.json is found there (content root = cwd).
  (cd "$(dirname "$dll")" && exec env "$@" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    dotnet "$dll" --urls "http://127.0.0.1:$port") >"$work/$name.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 120); do
    if curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then
      return 0
    fi
    sleep 0.5
  done
  echo "$name did not start; its log:" >&2
  cat "$work/$name.log" >&2
  return 1
}

# VmRSS and VmHWM of a bot (its pid), in MB.
memory() {
  awk '/^VmRSS|^VmHWM/ {printf "%s %.0f MB  ", $1, $2 / 1024}' "/proc/$1/status"
}

stop_bot() {
  local pid=$1 kept=() p
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  for p in "${pids[@]}"; do
    [ "$p" = "$pid" ] || kept+=("$p")
  done
  pids=("${kept[@]}")
}

load() {
  dotnet "$artifacts/bin/GutSkin.LoadTest/release/GutSkin.LoadTest.dll" --results "$results" "$@" || true
}

log "Machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(free -h | awk '/^Mem:/ {print $2}') memory; $(date -u)"

if [ "${LOAD_SKIP_BUILD:-}" != 1 ]; then
  log "Building Release into $artifacts"
  for project in src/GutSkin.Bot src/GutSkin.Cli bench/GutSkin.EchoBot bench/GutSkin.LoadTest; do
    dotnet build "$root/$project" -c Release --artifacts-path "$artifacts" --nologo -v q -clp:ErrorsOnly
  done
fi

bot_dll=${LOAD_BOT_DLL:-$artifacts/bin/GutSkin.Bot/release/GutSkin.Bot.dll}
echo_dll="$artifacts/bin/GutSkin.EchoBot/release/GutSkin.EchoBot.dll"
cli_dll="$artifacts/bin/GutSkin.Cli/release/GutSkin.Cli.dll"
# Every simulated user comes from 127.0.0.1, so the per-address limit (RateLimits:PerClientPerMinute, 600 by default)
# would answer 429 after ten seconds; the per-conversation limit stays as configured (a script has at most 12 turns).
gutskin_env=(Knowledge__Directory="${LOAD_KNOWLEDGE:-$root/knowledge}" RateLimits__PerClientPerMinute=100000000)
common=(--concurrency "$levels" --duration "$duration" --mix "$mix")

# One round of a bot's levels; the first round of each bot starts with the unmeasured warm-up traffic.
measure() {
  local round=$1 url=$2
  shift 2
  local warm=0s
  [ "$round" = 1 ] && warm=$warmup
  load --url "$url" "$@" "${common[@]}" --round "$round" --warmup-duration "$warm"
}

echo_url=""
if [ "${LOAD_SKIP_ECHO:-}" != 1 ]; then
  log "Echo bot (baseline)"
  start_bot "$echo_dll" echo
  echo_url="http://127.0.0.1:$port/api/messages"
  echo_pid=${pids[-1]}
fi

log "GutSkin on SQLite"
mkdir -p "$work/sqlite"
start_bot "$bot_dll" gutskin-sqlite "${gutskin_env[@]}" Storage__DataDirectory="$work/sqlite"
gutskin_url="http://127.0.0.1:$port/api/messages"
gutskin_pid=${pids[-1]}
log "GutSkin on SQLite started: $(memory "$gutskin_pid")"
for round in $(seq 1 "$rounds"); do
  # Echo first in odd rounds, GutSkin first in even ones, so that a drifting machine does not favour either.
  order=(echo gutskin)
  [ $((round % 2)) = 0 ] && order=(gutskin echo)
  for target in "${order[@]}"; do
    if [ "$target" = echo ] && [ -n "$echo_url" ]; then
      log "Echo bot, round $round of $rounds"
      measure "$round" "$echo_url" --bot echo --label "Echo bot" --store none
    elif [ "$target" = gutskin ]; then
      log "GutSkin on SQLite, round $round of $rounds"
      measure "$round" "$gutskin_url" --bot gutskin --label GutSkin --store sqlite
    fi
  done
done
[ -n "$echo_url" ] && stop_bot "$echo_pid"
log "GutSkin on SQLite after its levels: $(memory "$gutskin_pid")"
if [ "${LOAD_SKIP_STORM:-}" != 1 ]; then
  log "GutSkin on SQLite: signup storm of $storm"
  load --url "$gutskin_url" --bot gutskin --label GutSkin --store sqlite \
    --signup-storm "$storm" --warmup 0 --cli "$cli_dll" --data-dir "$work/sqlite"
fi
stop_bot "$gutskin_pid"

postgres=${GUTSKIN_LOAD_POSTGRES:-}
if [ -z "$postgres" ] && [ "${LOAD_SKIP_POSTGRES:-}" != 1 ] && compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
  log "Starting a throw-away PostgreSQL"
  bin=$(dirname "$(compgen -G "/usr/lib/postgresql/*/bin/initdb" | sort -V | tail -n 1)")
  pg_port=$(free_port)
  pg_data="$work/pg/data"
  mkdir -p "$work/pg"
  chown postgres "$work/pg"
  chmod 755 "$work"
  runuser -u postgres -- "$bin/initdb" -D "$pg_data" -U postgres --auth=trust -E UTF8 --locale=C >"$work/pg-init.log" 2>&1
  # Production-like durability (fsync and synchronous commit on), as SQLite's WAL keeps its own.
  runuser -u postgres -- "$bin/pg_ctl" -D "$pg_data" -l "$work/pg/server.log" -w \
    -o "-k $work/pg -p $pg_port -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null
  pg_ctl="$bin/pg_ctl"
  runuser -u postgres -- "$bin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres gutskin
  postgres="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=gutskin"
fi

if [ -n "$postgres" ]; then
  log "GutSkin on PostgreSQL"
  if start_bot "$bot_dll" gutskin-postgres "${gutskin_env[@]}" Storage__ConnectionString="$postgres" \
      && curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null; then
    for round in $(seq 1 "$rounds"); do
      measure "$round" "http://127.0.0.1:$port/api/messages" --bot gutskin --label GutSkin --store postgres
    done
    log "GutSkin on PostgreSQL: signup storm of $storm"
    load --url "http://127.0.0.1:$port/api/messages" --bot gutskin --label GutSkin --store postgres \
      --signup-storm "$storm" --warmup 0 --cli "$cli_dll" --connection-string "$postgres"
    stop_bot "${pids[-1]}"
  else
    echo "GutSkin did not come up on PostgreSQL (see $work/gutskin-postgres.log); PostgreSQL figures skipped." >&2
  fi
fi

log "Results"
dotnet "$artifacts/bin/GutSkin.LoadTest/release/GutSkin.LoadTest.dll" report --results "$results" | tee "$work/table.md"
