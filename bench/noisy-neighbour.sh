#!/usr/bin/env bash
# Noisy neighbour (issue 11): with the rate limits as shipped, one abusive client cannot hurt the others.
# The published API (Release) on 127.0.0.1 with rate limits ON; load generators in Node (bench/noisy-neighbour.mjs),
# each role from its own loopback address, since the limiter partitions by client address:
#   127.0.0.1        normal client: 1 keep-alive connection, 8 req/s over five representative URLs
#   127.0.0.2        attacker: 32 connections hammering aggregates, CSV and 1000-row pages with cache-busting
#                    parameters and 4-8 KB Accept headers; at its start, 64 identical concurrent requests for one
#                    uncached costly URL (from 127.0.2.1-64, so no limit masks the coalescing)
#   127.0.0.3        discovery of indicator, authority and region ids; reference timings
#   127.0.3.1-64     after the quiet phase: 64 identical concurrent uncached requests, then 64 distinct ones (contrast)
#   127.0.0.4        30,000 distinct cache-busting URLs from one address during the attack (mostly 429s)
#   127.0.1.1-50     the same 30,000 spread over 50 addresses, paced under each one's limit, on a fresh server:
#                    the RSS growth of a cache that must stay bounded
# Phases: quiet (fresh server, normal client alone), attack (fresh server), spread cache busting (fresh server).
# Usage: bench/noisy-neighbour.sh [attack seconds, default 60]
#   NOISY_QUIET_SECONDS (20), NOISY_BUST_COUNT (30000); NOISY_SPREAD_ENV="VAR=value ..." configures the spread phase's
#   server only (diagnostics, e.g. DOTNET_gcServer=0 or ResponseCache__Enabled=false; the targets assume the defaults).
#   NOISY_SERVER_ENV="VAR=value ..." configures every phase's server (e.g. a GC setting under evaluation).
#   NOISY_ONLY=memory: only the spread cache-busting phase (ids discovered on a separate fresh server first) and its
#   targets (RSS growth, no 5xx, slowest response); the quiet and attack phases are skipped.
# Exits 1 if a target is missed (after printing everything). Not part of CI.
set -euo pipefail
cd "$(dirname "$0")/.."
attack="${1:-60}"
quiet="${NOISY_QUIET_SECONDS:-20}"
port=5097
count="${NOISY_BUST_COUNT:-30000}"
only="${NOISY_ONLY:-}"
case "$only" in "" | memory) ;; *) echo "NOISY_ONLY must be unset or memory" >&2; exit 2 ;; esac
mjs=bench/noisy-neighbour.mjs
command -v node >/dev/null || { echo "node is not installed" >&2; exit 1; }

out=$(mktemp -d)
. bench/lib.sh
results="$out/results"
mkdir -p "$results"
sampler=""
stop_sampler() { [ -n "$sampler" ] && { kill "$sampler" 2>/dev/null || true; wait "$sampler" 2>/dev/null || true; }; sampler=""; }
stop_api() { [ -n "${server:-}" ] && { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; }; server=""; }
trap 'stop_sampler; stop_api; rm -rf "$out"' EXIT

# sample PID SECONDS FILE: once a second (bounded by SECONDS), "unix-time VmRSS-kB utime+stime-ticks RssAnon-kB RssFile-kB" of PID.
sample() {
  local pid="$1" n="$2" file="$3"
  for _ in $(seq 1 "$n"); do
    [ -r "/proc/$pid/status" ] || break
    echo "$(date +%s.%N) $(awk '/^VmRSS/ {print $2}' "/proc/$pid/status") $(awk '{print $14 + $15}' "/proc/$pid/stat")" \
      "$(awk '/^RssAnon/ {print $2}' "/proc/$pid/status") $(awk '/^RssFile/ {print $2}' "/proc/$pid/status")" >>"$file"
    sleep 1
  done
}

# fresh_api [VAR=value ...]: a new server process on the same store, rate limits as shipped (on), plus NOISY_SERVER_ENV.
fresh_api() {
  stop_api
  # shellcheck disable=SC2086 # NOISY_SERVER_ENV: space-separated VAR=value words
  start_api "$out/childservices.db" "$port" RateLimits__Enabled=true ${NOISY_SERVER_ENV:-} "$@"
}

echo "publishing and building the store..."
publish_api
import_store "$out/childservices.db"

[ -n "${NOISY_SERVER_ENV:-}" ] && echo "every server with: $NOISY_SERVER_ENV"
if [ "$only" = memory ]; then
  echo "memory only: discovery on a fresh server"
  fresh_api
  node "$mjs" discover --port="$port" --out="$results/targets.json"
else
  echo "quiet phase: ${quiet} s, normal client alone (fresh server)"
  fresh_api
  node "$mjs" normal --port="$port" --seconds="$quiet" --out="$results/quiet.json"
  node "$mjs" discover --port="$port" --out="$results/targets.json"
  node "$mjs" coalesce --port="$port" --out="$results/coalesce.json"

  echo "attack phase: ${attack} s, normal client + attacker + one-address cache buster (fresh server)"
  fresh_api
  sample "$server" 1 "$results/rss-attack.txt"
  sample "$server" $((attack + 15)) "$results/rss-attack.txt" &
  sampler=$!
  pids=()
  node "$mjs" normal --port="$port" --seconds="$attack" --out="$results/under-attack.json" & pids+=($!)
  node "$mjs" attacker --port="$port" --seconds="$attack" --targets="$results/targets.json" --out="$results/attacker.json" & pids+=($!)
  node "$mjs" buster --port="$port" --seconds="$attack" --targets="$results/targets.json" --out="$results/buster-single.json" \
    --addresses=127.0.0.4 --count="$count" --conns=4 & pids+=($!)
  for pid in "${pids[@]}"; do wait "$pid"; done
  stop_sampler
  grep -E '^(fail|crit):' "$out/server.log" | head -5 || true
fi

echo "spread cache busting: $count distinct URLs from 127.0.1.1-50 (fresh server, at most 300 s) ${NOISY_SPREAD_ENV:-}"
# shellcheck disable=SC2086 # NOISY_SPREAD_ENV: diagnostics only, e.g. "DOTNET_gcServer=0" or "ResponseCache__Enabled=false"
fresh_api ${NOISY_SPREAD_ENV:-}
sample "$server" 1 "$results/rss-spread.txt"
sample "$server" 320 "$results/rss-spread.txt" &
sampler=$!
node "$mjs" buster --port="$port" --seconds=300 --targets="$results/targets.json" --out="$results/buster-spread.json" \
  --addresses=127.0.1.1-50 --count="$count" --conns=8 --pace=1
stop_sampler
sample "$server" 1 "$results/rss-spread.txt"   # one last sample once the load has stopped
grep -E '^(fail|crit):' "$out/server.log" | head -5 || true
stop_api

echo
echo "noisy neighbour, $(date), $(nproc) cores, bench/noisy-neighbour.sh $attack${only:+ (NOISY_ONLY=$only)}" \
  "${NOISY_SERVER_ENV:+every server: $NOISY_SERVER_ENV; }${NOISY_SPREAD_ENV:+spread server: $NOISY_SPREAD_ENV}"
node "$mjs" report --dir="$results" ${only:+--only="$only"}
