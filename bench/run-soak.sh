#!/usr/bin/env bash
# Target 5: a soak. Starts the stack with ./run (rate limit off, flood window 0 so that one client
# may post often), warms it up for WARMUP seconds (default 60, not counted: a cold JIT at full load
# exceeds the gateway's budgets and sheds load with 503s), then drives the gateway for MINUTES
# minutes (default 10) with a reader's mix (bench/soak-mix.lua: 10 % list pages, one comment post
# in POST_EVERY requests, default 100, the rest article views) at CONNECTIONS connections. After
# each minute it prints that minute's req/s, p50, p99, errors and each service's resident memory:
# neither p99 nor RSS may trend upward, and there must be no error. To tell where a trend comes
# from, each row also gives the p99 of the comment posts alone (from the gateway's access log),
# comments-service's full collections and its store file's size.
#   bench/run-soak.sh [minutes] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."

MINUTES="${1:-10}"
CONNECTIONS="${2:-16}"
DURATION=60 WARMUP="${WARMUP:-60}" POST_EVERY="${POST_EVERY:-100}"
WORK=$(mktemp -d)
export DATA_DIR="$WORK/data" RATE_LIMIT_PER_SECOND=0 COMMENT_FLOOD_SECONDS=0
export GATEWAY_PORT="${BENCH_PORT_BASE:-27000}" ARTICLES_PORT=$((${BENCH_PORT_BASE:-27000} + 1)) COMMENTS_PORT=$((${BENCH_PORT_BASE:-27000} + 2))
source bench/lib.sh

./run >"$WORK/run.log" 2>&1 &
pids+=($!)
wait_ready "$GATEWAY_PORT"
wait_ready "$ARTICLES_PORT"
wait_ready "$COMMENTS_PORT"
gateway_pid=$(pid_on_port "$GATEWAY_PORT") articles_pid=$(pid_on_port "$ARTICLES_PORT") comments_pid=$(pid_on_port "$COMMENTS_PORT")

wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s bench/soak-mix.lua "http://localhost:$GATEWAY_PORT" -- "$POST_EVERY" >/dev/null 2>&1 || true
echo "soak: ${WARMUP} s warm-up, then $MINUTES × 60 s, one post in $POST_EVERY requests, $CONNECTIONS connections, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%6s %9s %9s %9s %8s %10s %10s %10s %9s %6s %9s\n' minute req/s p50 p99 errors "gateway MB" "articles MB" "comments MB" \
  "post p99" "FGCs" "store MB"
failures=0
post_p99() {  # the p99 of the gateway's comment posts logged after line $1 of its access log
  tail -n +"$(($1 + 1))" "$DATA_DIR/logs/gateway.log" | grep -o '"POST /api/articles/[^ ]*/comments HTTP/1.1\\" 201 [0-9]* [0-9]* ms' \
    | awk '{print $(NF - 1)}' | sort -n | awk '{v[NR] = $1} END {if (!NR) {print "-"; exit} i = int(NR * 0.99); print v[i < 1 ? 1 : i] "ms"}'
}
JSTAT=$(dirname "$(command -v "$JAVA")")/jstat
full_gcs() { "$JSTAT" -gcutil "$1" 2>/dev/null | awk 'NR == 2 {print $9}' || true; }
gcs_since() { local now; now=$(full_gcs "$comments_pid"); [[ -n "$now" && -n "$1" ]] && echo $((now - $1)) || echo "?"; }
store_mb() { du -sm "$DATA_DIR/comments" | cut -f1; }
for minute in $(seq 1 "$MINUTES"); do
  logged=$(wc -l <"$DATA_DIR/logs/gateway.log") gcs_before=$(full_gcs "$comments_pid")
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/soak-mix.lua "http://localhost:$GATEWAY_PORT" -- "$POST_EVERY")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx/ {n += $NF} /Socket errors/ {for (i = 3; i <= NF; i += 2) n += $(i + 1)} END {print n + 0}' <<<"$out")
  failures=$((failures + errors))
  printf '%6s %9s %9s %9s %8s %10s %10s %10s %9s %6s %9s\n' "$minute" "$rps" "$p50" "$p99" "$errors" \
    "$(rss_mb "$gateway_pid")" "$(rss_mb "$articles_pid")" "$(rss_mb "$comments_pid")" \
    "$(post_p99 "$logged")" "$(gcs_since "$gcs_before")" "$(store_mb)"
done
echo "errors in all: $failures; load after: $(cut -d' ' -f1-3 /proc/loadavg)"
