#!/usr/bin/env bash
# How fast the uncached view warms up on a fresh stack: ./run plus a cache-off gateway, then the
# cache-off view under wrk in consecutive slices (SLICES of SLICE seconds, default 8 x 10 s) from
# the first request on, with req/s and CPU milliseconds per request in each JVM per slice. The CPU
# includes the JIT's compiler threads, so it shows when each JVM has compiled the path; unlike
# req/s it hardly moves when other work shares the cores. Compares start-up caches whose rehearsal
# did or did not exercise the request paths (TrainingRun).
#   bench/run-warm-up.sh [connections]
set -euo pipefail
cd "$(dirname "$0")/.."

CONNECTIONS="${1:-32}"
SLICES="${SLICES:-8}"
SLICE="${SLICE:-10}"
SLUG=israeli-defense-minister-visits-us-amid-tensions-over-gaza-war
WORK=$(mktemp -d)
export DATA_DIR="$WORK/data" RATE_LIMIT_PER_SECOND=0
export GATEWAY_PORT="${BENCH_PORT_BASE:-18080}" ARTICLES_PORT=$((${BENCH_PORT_BASE:-18080} + 1)) COMMENTS_PORT=$((${BENCH_PORT_BASE:-18080} + 2))
NOCACHE_PORT=$((GATEWAY_PORT + 10))
DURATION=$SLICE WARMUP=0
source bench/lib.sh

start_stack_and_cache_off_gateway
find_measured_jvms

echo "wrk: $THREADS threads, $CONNECTIONS connections, $SLICES slices of ${SLICE}s on the cache-off view from a fresh start, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "${CPU_HEADER/path   /seconds}"
echo "                     (CPU ms per request in each JVM)"
for slice in $(seq 1 "$SLICES"); do
  cpu_per_request "$((slice * SLICE))" "http://localhost:$NOCACHE_PORT/api/articles/$SLUG"
done
