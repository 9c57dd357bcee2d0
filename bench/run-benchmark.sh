#!/usr/bin/env bash
# Measures the gateway against articles-service serving the bare article, with wrk on loopback,
# and the rendered article page against the JSON view it is built from.
# Starts the stack with ./run (rate limit off), plus two extra gateways on the same services:
# one with its view cache off, one whose comments-service is unreachable. Each scenario is warmed
# up first (WARMUP seconds, default 30: on 2 shared cores the JIT needs that long); target 1's two
# scenarios are then measured in alternating slices (SLICES, default 4; see bench/lib.sh). Prints req/s,
# p50/p99 latency and errors per scenario, and the ratios the targets are stated in. SCENARIOS
# (space-separated names) measures only those, e.g. target 1 after a long warm-up:
#   WARMUP=180 SCENARIOS="direct-articles-service gateway-cache-off" bench/run-benchmark.sh 20 32
#   bench/run-benchmark.sh [duration-seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${1:-10}"
CONNECTIONS="${2:-32}"
WARMUP="${WARMUP:-30}"
SLUG=israeli-defense-minister-visits-us-amid-tensions-over-gaza-war
WORK=$(mktemp -d)
export DATA_DIR="$WORK/data" RATE_LIMIT_PER_SECOND=0
export GATEWAY_PORT="${BENCH_PORT_BASE:-18080}" ARTICLES_PORT=$((${BENCH_PORT_BASE:-18080} + 1)) COMMENTS_PORT=$((${BENCH_PORT_BASE:-18080} + 2))
NOCACHE_PORT=$((GATEWAY_PORT + 10)) NOCOMMENTS_PORT=$((GATEWAY_PORT + 11)) DEAD_PORT=$((GATEWAY_PORT + 19))
source bench/lib.sh

start_stack_and_cache_off_gateway
start_gateway "$NOCOMMENTS_PORT" COMMENTS_URL="http://localhost:$DEAD_PORT"
wait_ready "$NOCOMMENTS_PORT"

print_header
# target 1: articles-service's own GET and the uncached view, in turns
measure_alternating direct-articles-service "http://localhost:$ARTICLES_PORT/articles/$SLUG" \
  gateway-cache-off "http://localhost:$NOCACHE_PORT/api/articles/$SLUG"
measure gateway-cached "http://localhost:$GATEWAY_PORT/api/articles/$SLUG"
measure gateway-article-page "http://localhost:$GATEWAY_PORT/articles/$SLUG"
measure gateway-list-page "http://localhost:$GATEWAY_PORT/api/articles"
measure gateway-list-page-cache-off "http://localhost:$NOCACHE_PORT/api/articles"
measure gateway-comments-down "http://localhost:$NOCOMMENTS_PORT/api/articles/$SLUG"

echo
echo "gateway/direct with cache:    $(ratio gateway-cached direct-articles-service)   (target >= 1.0)"
echo "gateway/direct cache off:     $(ratio gateway-cache-off direct-articles-service)   (target >= 0.35)"
echo "rendered page/JSON view time: $(ratio gateway-cached gateway-article-page)   (target <= 1.5; both with the cache on)"
echo "comments-service down: see its p99 and errors above (target: no errors, p99 <= 600 ms)"
for port in "$ARTICLES_PORT" "$COMMENTS_PORT" "$GATEWAY_PORT"; do
  echo "RSS of the service on port $port: $(rss_mb "$(pid_on_port "$port")") MB"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
