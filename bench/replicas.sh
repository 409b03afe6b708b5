#!/usr/bin/env bash
# Scale-out on one machine: builds ONE store artifact, copies it to two replica folders (each checked against its
# manifest), starts two replicas of the published API (127.0.0.1:5601 and :5602, Store__RequireManifest=true) and
# nginx on 127.0.0.1:5600 with deploy/nginx/childservices.conf (ports and cache path rewritten), then shows:
#   1. start-up to first 200 on an existing store, with and without the manifest check;
#   2. identical bodies and ETags from both replicas for a set of URLs (downloads included);
#   3. replica 1 killed (SIGKILL) ~5 s into 20 s of wrk load through nginx (cache bypassed, so every request reaches
#      a replica) and a sequential curl loop beside it: failed client requests counted;
#   4. throughput through nginx (cached, and uncached via the trusted X-Cache-Bypass header) beside direct to one replica.
# Prints the tables and appends them, dated, with machine notes, to docs/benchmarks.md.
# Usage: bench/replicas.sh [seconds per throughput run, default 8]. Needs wrk and nginx (apt-get install -y wrk nginx).
# Not part of CI.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-8}"
nginx_port=5600
ports=(5601 5602)
startup_port=5603
proxy="http://127.0.0.1:${nginx_port}"
for tool in wrk nginx curl jq sha256sum; do
  command -v "$tool" >/dev/null || { echo "$tool is not installed: apt-get install -y wrk nginx curl jq" >&2; exit 1; }
done

out=$(mktemp -d)
chmod 755 "$out"   # nginx's workers (nobody) read the config and write the cache below it
. bench/lib.sh
replicas=()
report="$out/report.md"
cleanup() {
  [ -f "$out/nginx/nginx.pid" ] && nginx -p "$out/nginx" -c "$out/nginx/nginx.conf" -s stop 2>/dev/null || true
  for pid in "${replicas[@]}" ${startup:-}; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$out"
}
trap cleanup EXIT
say() { printf '%s\n' "$*" | tee -a "$report"; }

publish_api
import_store "$out/build/childservices.db"
manifest="$out/build/childservices.db.manifest.json"
zip=$(jq -r .csvZip.file "$manifest")

# The artifact, copied whole to each replica and checked there against its manifest before anything serves it.
for i in 1 2; do
  mkdir -p "$out/replica$i"
  cp "$out/build/childservices.db" "$manifest" "$out/build/$zip" "$out/replica$i/"
  (cd "$out/replica$i" && jq -r '"\(.store.sha256)  \(.store.file)\n\(.csvZip.sha256)  \(.csvZip.file)"' childservices.db.manifest.json | sha256sum --check --quiet)
done
mkdir -p "$out/bare" && cp "$out/build/childservices.db" "$out/bare/"   # the same store with no manifest

# 1. Start-up to the first 200 of /api/v1/authorities/barnet, store already built (median of 5).
startup_ms() {
  local database="$1" t0 t1
  shift
  t0=$(date +%s%N)
  env Store__DatabasePath="$database" RateLimits__Enabled=false Logging__LogLevel__Default=Warning \
    Logging__LogLevel__ChildServicesApi=Information ASPNETCORE_URLS="http://127.0.0.1:${startup_port}" "$@" \
    dotnet "$out/app/ChildServicesApi.dll" >"$out/startup.log" 2>&1 &
  startup=$!
  until curl -sf -o /dev/null "http://127.0.0.1:${startup_port}/api/v1/authorities/barnet"; do
    kill -0 "$startup" 2>/dev/null || { cat "$out/startup.log" >&2; return 1; }
    sleep 0.01
  done
  t1=$(date +%s%N)
  checked=$(grep -o 'checked in [0-9]* ms' "$out/startup.log" | grep -o '[0-9]*' || echo "-")
  kill "$startup"; wait "$startup" 2>/dev/null || true; startup=""
  echo "$(( (t1 - t0) / 1000000 )) $checked"
}
median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
for run in 1 2 3 4 5; do
  startup_ms "$out/replica1/childservices.db" Store__RequireManifest=true >>"$out/startup-verified.txt"
  startup_ms "$out/bare/childservices.db" >>"$out/startup-bare.txt"
done

# The two replicas as deployed (docs/deploy.md): artifact checked, client addresses from nginx, the rate limiter on
# (with limits no bench reaches, so its headers and its cost are in the figures: the per-minute rates at the most the
# X-RateLimit-Limit contract allows, and a burst of 100 million), then nginx on the bench's ports.
replica_env=(Store__RequireManifest=true ASPNETCORE_FORWARDEDHEADERS_ENABLED=true RateLimits__Enabled=true
  RateLimits__PermitsPerMinute=1000000 RateLimits__Burst=100000000 RateLimits__ExpensivePermitsPerMinute=1000000)
for i in 1 2; do
  server_log="$out/replica$i.log" start_api "$out/replica$i/childservices.db" "${ports[$((i - 1))]}" "${replica_env[@]}"
  replicas+=("$server")
done
mkdir -p "$out/nginx/cache" "$out/nginx/temp"
sed -E \
  -e "s|^proxy_cache_path [^ ]+ |proxy_cache_path $out/nginx/cache |" \
  -e "s|server 127\.0\.0\.1:5001 |server 127.0.0.1:${ports[0]} |" \
  -e "s|server 127\.0\.0\.1:5002 |server 127.0.0.1:${ports[1]} |" \
  -e "s|listen 80; |listen 127.0.0.1:${nginx_port}; |" \
  deploy/nginx/childservices.conf >"$out/nginx/childservices.conf"
cat >"$out/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $out/nginx/nginx.pid;
error_log $out/nginx/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $out/nginx/temp/body;
  proxy_temp_path $out/nginx/temp/proxy;
  fastcgi_temp_path $out/nginx/temp/fastcgi;
  uwsgi_temp_path $out/nginx/temp/uwsgi;
  scgi_temp_path $out/nginx/temp/scgi;
  include $out/nginx/childservices.conf;
}
EOF
chown -R nobody "$out/nginx/cache" "$out/nginx/temp" 2>/dev/null || chmod -R 777 "$out/nginx/cache" "$out/nginx/temp"
nginx -t -q -p "$out/nginx" -c "$out/nginx/nginx.conf"
nginx -p "$out/nginx" -c "$out/nginx/nginx.conf"
for _ in $(seq 1 50); do curl -sf -o /dev/null "$proxy/nginx-health" && break; sleep 0.1; done
curl -sf -o /dev/null "$proxy/health/ready"

say "## Two replicas behind nginx (issue 14)"
say ""
say "\`bench/replicas.sh $seconds\`, $(date -u +%Y-%m-%d): $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)),"
say "$(free -g | awk '/Mem:/ {print $2}') GiB, $(. /etc/os-release && echo "$PRETTY_NAME"), .NET $(dotnet --list-runtimes | awk '/AspNetCore/ {v=$2} END {print v}'), $(nginx -v 2>&1 | sed 's|nginx version: ||'), wrk $(wrk -v 2>&1 | awk 'NR==1 {print $2}');"
say "wrk, nginx, both replicas and the load share the cores. Load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)."
say "One artifact: store $(jq -r .store.bytes "$manifest") bytes, sha256 $(jq -r .store.sha256 "$manifest" | cut -c1-16)..., data version $(jq -r .dataVersion "$manifest"); copied to both replica folders, \`sha256sum --check\` passed, and each replica verified it again at start (Store__RequireManifest=true)."
say ""
say "### Start-up to the first 200 of /api/v1/authorities/barnet on an existing store (published build, 5 runs)"
say ""
say '```'
say "$(printf '%-46s %10s %10s %s' 'store' 'median ms' 'min ms' 'manifest check ms (each run)')"
say "$(printf '%-46s %10s %10s %s' 'artifact, Store__RequireManifest=true' "$(cut -d' ' -f1 "$out/startup-verified.txt" | median)" "$(cut -d' ' -f1 "$out/startup-verified.txt" | sort -n | head -1)" "$(cut -d' ' -f2 "$out/startup-verified.txt" | paste -sd' ')")"
say "$(printf '%-46s %10s %10s %s' 'same store, no manifest (no check)' "$(cut -d' ' -f1 "$out/startup-bare.txt" | median)" "$(cut -d' ' -f1 "$out/startup-bare.txt" | sort -n | head -1)" "-")"
say '```'
say ""

# 2. The same answer from either replica: body SHA-256 and ETag, per URL.
identity_urls=(
  "/api/v1/meta"
  "/api/v1/authorities/barnet"
  "/api/v1/authorities?status=all&pageSize=1000"
  "/api/v1/indicators/children-in-need/values?year=2025&level=authority&pageSize=200"
  "/api/v1/authorities/barnet/indicators/child-protection-plans?format=csv"
  "/api/v1/indicators/children-in-need/rankings"
  "/api/v1/spending?year=2025&category=children-looked-after&sort=-amount"
  "/api/v1/downloads"
  "/api/v1/downloads/childservices.db"
  "/api/v1/downloads/childservices-csv.zip"
  "/openapi/v1.json"
)
differ=0
say "### The same answers from both replicas"
say ""
say '```'
say "$(printf '%-82s %-18s %-68s %s' 'URL' 'body sha256' 'ETag' 'replica 1 = replica 2')"
for url in "${identity_urls[@]}"; do
  declare -a bodies=() etags=()
  for port in "${ports[@]}"; do
    headers=$(curl -sf -D - -o "$out/body" "http://127.0.0.1:${port}${url}")
    bodies+=("$(sha256sum "$out/body" | cut -c1-16)")
    etags+=("$(tr -d '\r' <<<"$headers" | awk -F': ' 'tolower($1) == "etag" {print $2}')")
  done
  same="yes"
  if [ "${bodies[0]}" != "${bodies[1]}" ] || [ "${etags[0]}" != "${etags[1]}" ]; then same="NO"; differ=$((differ + 1)); fi
  say "$(printf '%-82s %-18s %-68s %s' "$url" "${bodies[0]}" "${etags[0]:-none}" "$same")"
done
say '```'
say ""

# What a client sees through nginx: the API's headers passed through, the cache filling and revalidating.
through() {
  curl -s -D - -o /dev/null "$@" | tr -d '\r' | awk -F': ' '
    NR == 1 { split($0, status, " "); printf "%s", status[2] }
    tolower($1) ~ /^(x-cache-status|x-ratelimit-limit|etag|cache-control|content-encoding)$/ { printf " | %s: %s", $1, $2 }
    END { print "" }'
}
say "### Through nginx: the API's headers pass through; the cache fills, answers 304 and never keeps errors"
say ""
say '```'
barnet="$proxy/api/v1/authorities/barnet"
say "GET (first):                    $(through "$barnet")"
say "GET (again):                    $(through "$barnet")"
etag=$(curl -s -D - -o /dev/null "$barnet" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" {print $2}')
say "GET If-None-Match: (its ETag):  $(through -H "If-None-Match: $etag" "$barnet")"
say "GET Accept-Encoding: br:        $(through -H 'Accept-Encoding: br' "$barnet")"
say "GET ?dataVersion=(gone):        $(through "$barnet?dataVersion=1.0000000000000000")"
say "GET ?dataVersion=(gone) again:  $(through "$barnet?dataVersion=1.0000000000000000")"
say '```'
say ""

# 3. Replica 1 killed under load through nginx (cache bypassed), plus a curl loop beside wrk.
warm() { wrk -t2 -c16 -d3s -s bench/mixed.lua "$@" >/dev/null; }
warm "$proxy" -H "X-Cache-Bypass: 1"
wrk -t2 -c32 -d20s --latency -s bench/mixed.lua -H "X-Cache-Bypass: 1" "$proxy" >"$out/failover.txt" &
wrk_pid=$!
(
  total=0 failed=0
  end=$((SECONDS + 20))
  while [ "$SECONDS" -lt "$end" ]; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "X-Cache-Bypass: 1" "$proxy/api/v1/authorities/barnet" || true)
    total=$((total + 1))
    [ "$code" = 200 ] || failed=$((failed + 1))
  done
  echo "$total $failed" >"$out/curl-loop.txt"
) &
loop_pid=$!
sleep 5
disown "${replicas[0]}"   # no "Killed" line from the shell
kill -9 "${replicas[0]}"
killed_at=$(date +%T)
wait "$wrk_pid" "$loop_pid"
read -r loop_total loop_failed <"$out/curl-loop.txt"
field() { awk "$1" "$out/failover.txt"; }
requests=$(field '/requests in/ {print $1}')
non2xx=$(field '/Non-2xx or 3xx responses/ {print $5}')
socket=$(field '/Socket errors/ {print $0}')
retried=$(grep -c -E 'connect\(\) failed|upstream prematurely closed|recv\(\) failed|reset by peer' "$out/nginx/error.log" || true)
say "### Replica 1 killed (SIGKILL) 5 s into 20 s of load through nginx, cache bypassed"
say ""
say '```'
say "wrk -t2 -c32 -d20s -s bench/mixed.lua (13 URLs) via nginx: $requests requests, $(field '/Requests\/sec/ {print $2}') req/s, p99 $(field '$1 == "99%" {print $2}'), non-2xx ${non2xx:-0}, socket errors: ${socket:-none}"
say "curl loop beside it (one request at a time):       $loop_total requests, $loop_failed not 200"
say "replica 1 killed at $killed_at; nginx logged $retried upstream failures, each request retried on replica 2 (proxy_next_upstream)"
say '```'
say ""

# Replica 1 back (nginx tries it again after fail_timeout), for the throughput runs.
server_log="$out/replica1.log" start_api "$out/replica1/childservices.db" "${ports[0]}" "${replica_env[@]}"
replicas[0]="$server"
sleep 6

# 4. Throughput: direct to one replica, and through nginx cached and uncached (bypass, both replicas). Other work on
# the machine moves single runs a lot, so the three paths are interleaved, three rounds, and the median is shown.
throughput_urls=(
  "/api/v1/authorities/barnet"
  "/api/v1/indicators/children-in-need/values?year=2025&level=authority&pageSize=200"
)
paths=("direct, replica 1" "nginx, cached" "nginx, bypass (2 replicas)")
target() {
  case "$1" in
    0) echo "http://127.0.0.1:${ports[0]}$2" ;;
    *) echo "${proxy}$2" ;;
  esac
}
bypass() { [ "$1" = 2 ] && echo "X-Cache-Bypass: 1" || echo "X-Cache-Bypass: 0"; }
for u in "${!throughput_urls[@]}"; do
  for p in 0 1 2; do
    wrk -t2 -c16 -d2s -H "$(bypass "$p")" "$(target "$p" "${throughput_urls[$u]}")" >/dev/null
  done
done
for round in 1 2 3; do
  for u in "${!throughput_urls[@]}"; do
    for p in 0 1 2; do
      wrk -t2 -c32 -d"${seconds}s" --latency -H "$(bypass "$p")" "$(target "$p" "${throughput_urls[$u]}")" >"$out/tp-$u-$p-$round.txt"
    done
  done
done
say "### Throughput: direct to one replica beside through nginx (wrk -t2 -c32 -d${seconds}s, median of 3 interleaved rounds)"
say ""
say '```'
say "$(printf '%-82s %-28s %10s %8s %8s %8s  %s' 'URL' 'path' 'req/s' 'p50 ms' 'p99 ms' 'non-2xx' 'req/s of each round')"
ms() { awk -v p="$1" '$1 == p {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v*=1000}; printf "%.2f\n", v}' "$2"; }
for u in "${!throughput_urls[@]}"; do
  for p in 0 1 2; do
    files=("$out"/tp-"$u"-"$p"-*.txt)
    rps=$(awk '/Requests\/sec/ {print $2}' "${files[@]}")
    bad=$(awk '/Non-2xx or 3xx responses/ {n += $5} END {print n + 0}' "${files[@]}")
    say "$(printf '%-82s %-28s %10s %8s %8s %8s  %s' "${throughput_urls[$u]}" "${paths[$p]}" "$(median <<<"$rps")" \
      "$(for f in "${files[@]}"; do ms 50% "$f"; done | median)" "$(for f in "${files[@]}"; do ms 99% "$f"; done | median)" "$bad" "$(paste -sd' ' <<<"$rps")")"
  done
done
say '```'
say ""
say "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."

{ echo ""; cat "$report"; } >>docs/benchmarks.md
echo "appended to docs/benchmarks.md"
if [ "$differ" -ne 0 ] || [ "${non2xx:-0}" -ne 0 ] || [ "$loop_failed" -ne 0 ] || [ -n "$socket" ]; then
  echo "FAILED: $differ URLs differ between replicas; ${non2xx:-0} non-2xx and ${socket:-no} socket errors under wrk; $loop_failed curl failures" >&2
  exit 1
fi
