#!/usr/bin/env bash
# Measures ./import throughput (comments per second) on a generated export: starts the stack with
# ./run on a fresh DATA_DIR, generates POSTS posts of COMMENTS comments each (threaded, 10 % pending,
# 500-character texts with emoji), imports it, imports it again (all unchanged), and prints both rates.
#   bench/run-import-benchmark.sh [posts] [comments-per-post]
set -euo pipefail
cd "$(dirname "$0")/.."

POSTS="${1:-50}"
COMMENTS="${2:-100}"
WORK=$(mktemp -d)
export DATA_DIR="$WORK/data" RATE_LIMIT_PER_SECOND=0 ADMIN_PASSWORD=bench-admin-password
export GATEWAY_PORT=18180 ARTICLES_PORT=18181 COMMENTS_PORT=18182
export GATEWAY_URL="http://localhost:$GATEWAY_PORT"

pids=()
cleanup() {
  kill -TERM "${pids[@]}" 2>/dev/null || true
  wait "${pids[@]}" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

mvn -B -q -DskipTests -pl wordpress-import -am package
./run >"$WORK/run.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 240); do
  curl -fsS -o /dev/null "$GATEWAY_URL/health/readiness" 2>/dev/null && break
  sleep 0.5
done

java -cp wordpress-import/target/test-classes org.newsroom.wpimport.wxr.GeneratedExport "$WORK/export.xml" "$POSTS" "$COMMENTS" 500
total=$((POSTS * COMMENTS))
echo "Export: $POSTS posts, $total comments, $(du -h "$WORK/export.xml" | cut -f1)"

rate() {  # label, then the importer's output
  local seconds; seconds=$(grep -o 'Done in [0-9.]* s' <<<"$2" | grep -o '[0-9.]*' | head -1)
  awk -v label="$1" -v n="$total" -v s="$seconds" 'BEGIN { printf "%s: %d comments in %.1f s = %.0f comments/s\n", label, n, s, n / s }'
}
first=$(./import "$WORK/export.xml" 2>/dev/null)
rate "First import " "$first"
again=$(./import "$WORK/export.xml" 2>/dev/null)
rate "Second import (unchanged)" "$again"
