#!/usr/bin/env bash
# Where the uncached view's time goes: CPU milliseconds each JVM spends per request (from
# /proc/PID/stat), for articles-service's own GET, comments-service's page of threads, and the
# gateway's view with its cache off (which calls both). Unlike req/s, CPU per request hardly moves
# when other work shares the cores, so it also tells a busy machine's story. Starts the stack with
# ./run plus a cache-off gateway, warms each path up (WARMUP seconds, default 60), then measures.
#   bench/run-cpu-per-request.sh [duration-seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${1:-20}"
CONNECTIONS="${2:-32}"
WARMUP="${WARMUP:-60}"
SLUG=israeli-defense-minister-visits-us-amid-tensions-over-gaza-war
WORK=$(mktemp -d)
export DATA_DIR="$WORK/data" RATE_LIMIT_PER_SECOND=0
export GATEWAY_PORT="${BENCH_PORT_BASE:-18080}" ARTICLES_PORT=$((${BENCH_PORT_BASE:-18080} + 1)) COMMENTS_PORT=$((${BENCH_PORT_BASE:-18080} + 2))
NOCACHE_PORT=$((GATEWAY_PORT + 10))
source bench/lib.sh

start_stack_and_cache_off_gateway

find_measured_jvms

echo "wrk: $THREADS threads, $CONNECTIONS connections, ${WARMUP}s warm-up + ${DURATION}s per path, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$CPU_HEADER"
echo "                                (CPU ms per request in each JVM)"
cpu_per_request articles-own-get "http://localhost:$ARTICLES_PORT/articles/$SLUG"
cpu_per_request comments-page "http://localhost:$COMMENTS_PORT/articles/$ARTICLE_ID/comments?page=1&size=20"
cpu_per_request view-cache-off "http://localhost:$NOCACHE_PORT/api/articles/$SLUG"
