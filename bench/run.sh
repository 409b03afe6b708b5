#!/usr/bin/env bash
# Load benchmark of the published API (Release) on 127.0.0.1 with wrk: five representative URLs and a
# fixed-bytes baseline endpoint in the same run. Prints req/s, latency percentiles and the ratio to the baseline.
# Usage: bench/run.sh [seconds per URL, default 20] [connections, default 32]
#        BENCH_CACHE=off bench/run.sh ...   measures every request through the database (response cache off)
# Needs wrk (apt-get install -y wrk). Not part of CI: timings belong here, not in dotnet test.
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-20}"
connections="${2:-32}"
port=5099
base="http://127.0.0.1:${port}"
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 1; }

out=$(mktemp -d)
. bench/lib.sh
trap 'kill ${server:-} 2>/dev/null; wait ${server:-} 2>/dev/null; rm -rf "$out"' EXIT
publish_api
import_store "$out/childservices.db"
start_api "$out/childservices.db" "$port" Benchmark__Baseline=true ResponseCache__Enabled="$([ "${BENCH_CACHE:-on}" = off ] && echo false || echo true)"

urls=(
  "/bench/baseline"
  "/api/v1/authorities/barnet"
  "/api/v1/authorities"
  "/api/v1/indicators/children-in-need/values?year=2025&level=authority&pageSize=200"
  "/api/v1/authorities/barnet/indicators/child-protection-plans"
  "/api/v1/authorities/barnet/inspections"
)

for url in "${urls[@]}"; do
  curl -sf -o /dev/null "$base$url" || { echo "warm-up failed for $url" >&2; exit 1; }
  wrk -t2 -c16 -d3s "$base$url" >/dev/null   # warm the JIT and caches
done

printf '%-82s %10s %8s %8s %8s %8s %8s %7s\n' "URL" "req/s" "p50 ms" "p75 ms" "p90 ms" "p99 ms" "non-2xx" "ratio"
baseline_rps=""
for url in "${urls[@]}"; do
  result=$(wrk -t2 -c"$connections" -d"${duration}s" --latency "$base$url")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$result")
  ms() { awk -v p="$1" '$1 == p {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v*=1000}; printf "%.2f", v}' <<<"$result"; }
  errors=$(awk '/Non-2xx or 3xx responses/ {print $5}' <<<"$result")
  [ -z "$baseline_rps" ] && baseline_rps="$rps"
  ratio=$(awk -v a="$rps" -v b="$baseline_rps" 'BEGIN {printf "%.0f%%", 100*a/b}')
  printf '%-82s %10s %8s %8s %8s %8s %8s %7s\n' "$url" "$rps" "$(ms 50%)" "$(ms 75%)" "$(ms 90%)" "$(ms 99%)" "${errors:-0}" "$ratio"
done
