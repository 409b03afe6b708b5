#!/usr/bin/env bash
# Crash safety of the importer: 40 times, start an import into the live store and SIGKILL it at a random moment,
# while a reader polls the API serving that store. Imports alternate between two seeds with different data versions,
# so each run shows whether the store kept the old data or took the new. After each kill the store file must pass
# SQLite's integrity check and hold exactly one complete import.
# Usage: bench/crash-safety.sh [runs, default 40]. Needs sqlite3 and curl. Not part of CI.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-40}"
port=5097
base="http://127.0.0.1:${port}"
out=$(mktemp -d)
. bench/lib.sh
publish_api
# Seed B differs from seed A (the repository's) by one published cell, so the two imports have different versions.
cp -r seed "$out/seed-b"
awk -F, -v OFS=, 'NR == 2 { $18 = $18 + 1 } { print }' seed/children-in-need/b1_children_in_need_2013_to_2025.csv \
  > "$out/seed-b/children-in-need/b1_children_in_need_2013_to_2025.csv"
live="$out/live/childservices.db"
mkdir -p "$out/live"
import_store "$live" seed
version() { sqlite3 "file:$1?mode=ro" "SELECT DataVersion FROM ImportRecords;" 2>/dev/null; }
version_a=$(version "$live")
import_store "$out/b.db" "$out/seed-b"
version_b=$(version "$out/b.db")
echo "data versions: A $version_a, B $version_b"

start_api "$live" "$port"
# The reader: polls the API throughout, counting answers that are not 200.
( ok=0; bad=0
  while [ ! -f "$out/stop" ]; do
    code=$(curl -s -o /dev/null -w "%{http_code}" "$base/api/v1/indicators/children-in-need/values?year=2025&level=national&release=all&page=$((RANDOM % 3 + 1))")
    if [ "$code" = 200 ]; then ok=$((ok + 1)); else bad=$((bad + 1)); fi
  done
  echo "$ok $bad" > "$out/reader" ) &
reader=$!
trap 'touch "$out/stop"; kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$out"' EXIT

kept_old=0; took_new=0; torn=0
for run in $(seq 1 "$runs"); do
  before=$(version "$live")
  seed_dir=$([ "$before" = "$version_a" ] && echo "$out/seed-b" || echo seed)
  dotnet "$out/app/ChildServicesApi.dll" import --seed "$seed_dir" --database "$live" >/dev/null 2>&1 &
  importer=$!
  sleep "$(awk -v r="$RANDOM" 'BEGIN { printf "%.2f", 0.3 + (r / 32767) * 15 }')"
  kill -9 "$importer" 2>/dev/null || true
  wait "$importer" 2>/dev/null || true
  integrity=$(sqlite3 "file:$live?mode=ro" "PRAGMA integrity_check;" 2>&1 || true)
  after=$(version "$live")
  if [ "$integrity" != "ok" ] || { [ "$after" != "$version_a" ] && [ "$after" != "$version_b" ]; }; then
    torn=$((torn + 1)); echo "run $run: TORN ($integrity / $after)"
  elif [ "$after" = "$before" ]; then
    kept_old=$((kept_old + 1))
  else
    took_new=$((took_new + 1))
  fi
done
touch "$out/stop"; wait "$reader"
read -r ok bad < "$out/reader"
leftovers=$(find "$out/live" -name '*.building*' | wc -l)
echo "runs: $runs; kept the old data: $kept_old; took the new data: $took_new; torn or unreadable: $torn"
echo "reader: $ok answers 200, $bad other; half-built files left (removed by the next import): $leftovers"
[ "$torn" -eq 0 ]
