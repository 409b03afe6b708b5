#!/usr/bin/env bash
# 60-second load at saturation on the published build: wrk, 32 connections, a mixed URL set (bench/mixed.lua),
# with a fixed-bytes baseline measured in the same run. Reports req/s, p50/p99 and non-2xx responses.
# Usage: bench/soak.sh [seconds, default 60]. Needs wrk. Not part of CI.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
port=5096
base="http://127.0.0.1:${port}"
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 1; }
out=$(mktemp -d)
. bench/lib.sh
trap 'kill ${server:-} 2>/dev/null; wait ${server:-} 2>/dev/null; rm -rf "$out"' EXIT
publish_api
import_store "$out/childservices.db"
start_api "$out/childservices.db" "$port" Benchmark__Baseline=true
wrk -t2 -c32 -d5s -s bench/mixed.lua "$base" >/dev/null   # warm-up: JIT and response cache

report() {
  local name="$1" result="$2"
  awk -v name="$name" '
    function ms(v) { if (v ~ /us$/) { sub(/us/, "", v); return v / 1000 } if (v ~ /ms$/) { sub(/ms/, "", v); return v } sub(/s/, "", v); return v * 1000 }
    /Requests\/sec/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /requests in/ { total = $1 }
    /Non-2xx or 3xx responses/ { bad = $5 }
    END { printf "%-10s %10s req/s  p50 %6.2f ms  p99 %6.2f ms  requests %9s  non-2xx %s\n", name, rps, p50, p99, total, (bad == "" ? 0 : bad) }
  ' <<<"$result"
}
baseline=$(wrk -t2 -c32 -d20s --latency "$base/bench/baseline")
mixed=$(wrk -t2 -c32 -d"${seconds}s" --latency -s bench/mixed.lua "$base")
report baseline "$baseline"
report mixed "$mixed"
