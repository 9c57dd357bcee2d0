#!/usr/bin/env bash
# Measures the gateway against articles-service serving the bare article, with wrk on loopback,
# and the rendered article page against the JSON view it is built from.
# Starts the stack with ./run (rate limit off), plus two extra gateways on the same services:
# one with its view cache off, one whose comments-service is unreachable. Prints req/s, the
# gateway/direct ratio, and p50/p99 latency for each scenario.
#   bench/run-benchmark.sh [duration-seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${1:-10}"
CONNECTIONS="${2:-32}"
WARMUP="${WARMUP:-15}"
THREADS=2
SLUG=israeli-defense-minister-visits-us-amid-tensions-over-gaza-war
WORK=$(mktemp -d)
export DATA_DIR="$WORK/data" RATE_LIMIT_PER_SECOND=0
export GATEWAY_PORT=18080 ARTICLES_PORT=18081 COMMENTS_PORT=18082
NOCACHE_PORT=18090 NOCOMMENTS_PORT=18091 DEAD_PORT=18099

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

pids=()
cleanup() {
  kill -TERM "${pids[@]}" 2>/dev/null || true
  wait "${pids[@]}" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

./run >"$WORK/run.log" 2>&1 &
pids+=($!)

extra_gateway() {  # port, then extra environment assignments
  local port=$1; shift
  env GATEWAY_PORT="$port" ARTICLES_URL="http://localhost:$ARTICLES_PORT" "$@" \
    java -jar gateway/target/gateway-1.0.0-SNAPSHOT.jar >"$WORK/gateway-$port.log" 2>&1 &
  pids+=($!)
}

wait_ready() {
  for _ in $(seq 1 360); do
    curl -fsS -o /dev/null "http://localhost:$1/health/readiness" 2>/dev/null && return 0
    sleep 0.5
  done
  echo "port $1 not ready; logs in $WORK" >&2; exit 1
}
wait_ready "$GATEWAY_PORT"
extra_gateway "$NOCACHE_PORT" COMMENTS_URL="http://localhost:$COMMENTS_PORT" GATEWAY_CACHE_ENABLED=false
extra_gateway "$NOCOMMENTS_PORT" COMMENTS_URL="http://localhost:$DEAD_PORT"
wait_ready "$NOCACHE_PORT"
wait_ready "$NOCOMMENTS_PORT"

measure() {  # name url -> "name rps p50 p99 errors"
  local name=$1 url=$2 out
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "$url" >/dev/null 2>&1 || true   # warm-up: let the JIT settle
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$url")
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx|Socket errors/ {sub(/^ +/, ""); printf "%s; ", $0}' <<<"$out")
  printf '%-34s %10s %10s %10s   %s\n' "$name" "$rps" "$p50" "$p99" "${errors:-none}"
  echo "$rps" >"$WORK/$name.rps"
}

echo
echo "wrk: $THREADS threads, $CONNECTIONS connections, ${DURATION}s per scenario, loopback, $(nproc) cores"
printf '%-34s %10s %10s %10s   %s\n' scenario req/s p50 p99 errors
measure direct-articles-service "http://localhost:$ARTICLES_PORT/articles/$SLUG"
measure gateway-cached "http://localhost:$GATEWAY_PORT/api/articles/$SLUG"
measure gateway-article-page "http://localhost:$GATEWAY_PORT/articles/$SLUG"
measure gateway-cache-off "http://localhost:$NOCACHE_PORT/api/articles/$SLUG"
measure gateway-list-page "http://localhost:$GATEWAY_PORT/api/articles"
measure gateway-comments-down "http://localhost:$NOCOMMENTS_PORT/api/articles/$SLUG"

ratio() { awk -v a="$(cat "$WORK/$1.rps")" -v b="$(cat "$WORK/direct-articles-service.rps")" 'BEGIN {printf "%.2f", a / b}'; }
echo
echo "gateway/direct with cache:    $(ratio gateway-cached)   (target >= 1.0)"
echo "gateway/direct cache off:     $(ratio gateway-cache-off)   (target >= 0.3)"
page_cost=$(awk -v json="$(cat "$WORK/gateway-cached.rps")" -v page="$(cat "$WORK/gateway-article-page.rps")" 'BEGIN {printf "%.2f", json / page}')
echo "rendered page/JSON view time: $page_cost   (target <= 1.5; both with the cache on)"
echo "comments-service down: see its p99 and errors above (target: no errors, p99 <= 600 ms)"
