#!/usr/bin/env bash
# Target 5's cause, reproduced in minutes: does a view, the list page or a comment post cost more
# once ONE article holds many comments (as the soak's sample article does by its tenth minute)?
# Starts the stack with ./run (rate limit off, flood window 0) plus a gateway with its view cache
# off, measures CPU milliseconds per request in each JVM (from /proc, steady on a busy machine) and
# p99 for comments-service's page and counts, the cache-off view and list page, and comment posts
# through the gateway (bench/soak-mix.lua posting every request); then seeds COMMENTS comments
# (default 30,000) on the sample article with bench/SeedComments.java, in STATUS (default pending:
# the soak's unique authors are first-time authors, so their comments are held) and measures again.
# After the posts, DURATION seconds more of posts give the KB comments-service writes per post.
# The first round needs a long warm-up (WARMUP=60 or more): with less, it measures the JIT.
#   bench/run-comment-growth.sh [duration-seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${1:-20}"
CONNECTIONS="${2:-16}"
WARMUP="${WARMUP:-30}" COMMENTS="${COMMENTS:-30000}" STATUS="${STATUS:-pending}"
SLUG=israeli-defense-minister-visits-us-amid-tensions-over-gaza-war
WORK=$(mktemp -d)
export DATA_DIR="$WORK/data" RATE_LIMIT_PER_SECOND=0 COMMENT_FLOOD_SECONDS=0
export GATEWAY_PORT="${BENCH_PORT_BASE:-29000}" ARTICLES_PORT=$((${BENCH_PORT_BASE:-29000} + 1)) COMMENTS_PORT=$((${BENCH_PORT_BASE:-29000} + 2))
NOCACHE_PORT=$((GATEWAY_PORT + 10))
source bench/lib.sh

start_stack_and_cache_off_gateway

find_measured_jvms
echo "$ARTICLE_ID" >"$WORK/sample.ids"
MONGO_URI=$(grep -oE 'mongodb://127\.0\.0\.1:[0-9]+/[a-z]+' "$DATA_DIR/logs/comments-service.log" | head -1)

stored() {  # the sample article's comments, shown or not, as comments-service's store holds them
  java -cp comments-service/target/comments-service-1.0.0-SNAPSHOT.jar bench/CountComments.java "$MONGO_URI" "$ARTICLE_ID"
}

measure_all() {
  echo "-- the sample article holds $(stored) comments"
  cpu_per_request comments-page "http://localhost:$COMMENTS_PORT/articles/$ARTICLE_ID/comments?page=1&size=20"
  cpu_per_request comments-counts "http://localhost:$COMMENTS_PORT/counts?articleIds=$ARTICLE_ID"
  cpu_per_request view-cache-off "http://localhost:$NOCACHE_PORT/api/articles/$SLUG"
  cpu_per_request list-cache-off "http://localhost:$NOCACHE_PORT/api/articles"
  cpu_per_request post "http://localhost:$NOCACHE_PORT" bench/soak-mix.lua 1
  written_per_post
}

written_of_comments() { awk '/^wchar/ {print $2}' "/proc/$COMMENTS_PID/io"; }
written_per_post() {  # DURATION seconds more of posts: what comments-service wrote (write calls: store file and log) per post
  local before out requests
  before=$(written_of_comments)
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" -s bench/soak-mix.lua "http://localhost:$NOCACHE_PORT" -- 1)
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  awk -v n="$requests" -v bytes=$(($(written_of_comments) - before)) \
    'BEGIN {printf "%-22s %9.1f KB written by comments-service per post (%d posts)\n", "post writes", bytes / n / 1024, n}'
}

echo "wrk: $THREADS threads, $CONNECTIONS connections, ${WARMUP}s warm-up + ${DURATION}s per path, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$CPU_HEADER"
echo "                                   (CPU ms per request in each JVM)"
measure_all
echo "-- seeding $COMMENTS $STATUS comments on the sample article..."
java -cp comments-service/target/comments-service-1.0.0-SNAPSHOT.jar bench/SeedComments.java "$MONGO_URI" "$WORK/sample.ids" "$COMMENTS" "$STATUS"
measure_all
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
