#!/usr/bin/env bash
# Target 2: is the cost of a page independent of the data's size (embedded default store)?
# Starts the stack with ./run (rate limit off) plus a gateway with its view cache off, creates 499
# published articles besides the sample one (500 in all), seeds 200 comments on the sample article
# and 800 over the others (1,000 in all), measures the uncached article view and the uncached list
# page, then seeds up to 100,000 comments (the sample article keeps its 200: the page shown is the
# same) and measures again. Each scenario is warmed up first (WARMUP seconds, default 30).
#   bench/run-data-size.sh [duration-seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${1:-20}"
CONNECTIONS="${2:-32}"
WARMUP="${WARMUP:-30}"
SMALL=1000
LARGE=100000
SAMPLE_COMMENTS=200
SLUG=israeli-defense-minister-visits-us-amid-tensions-over-gaza-war
WORK=$(mktemp -d)
export DATA_DIR="$WORK/data" RATE_LIMIT_PER_SECOND=0 ADMIN_PASSWORD=bench-admin-password
export GATEWAY_PORT="${BENCH_PORT_BASE:-28000}" ARTICLES_PORT=$((${BENCH_PORT_BASE:-28000} + 1)) COMMENTS_PORT=$((${BENCH_PORT_BASE:-28000} + 2))
NOCACHE_PORT=$((GATEWAY_PORT + 10))
source bench/lib.sh

start_stack_and_cache_off_gateway

TOKEN=$(curl -fsS -XPOST "http://localhost:$GATEWAY_PORT/api/login" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$ADMIN_PASSWORD\"}" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
echo "Creating 499 articles..."
seq 1 499 | xargs -P 4 -I{} curl -fsS -o /dev/null -XPOST "http://localhost:$ARTICLES_PORT/articles" \
  -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"title":"Benchmark article {}","body":"## Article {}\n\nSome *Markdown* text for the benchmark.","tags":["bench"],"status":"published"}'
curl -fsS "http://localhost:$ARTICLES_PORT/articles/$SLUG" | sed -E 's/^\{"id":"([0-9a-f]{24})".*/\1/' >"$WORK/sample.ids"
: >"$WORK/others.ids"
for page in 1 2 3 4 5; do
  curl -fsS "http://localhost:$ARTICLES_PORT/articles?size=100&page=$page" | grep -oE '"id":"[0-9a-f]{24}"' | cut -d'"' -f4 >>"$WORK/others.ids"
done
grep -v -x -f "$WORK/sample.ids" "$WORK/others.ids" >"$WORK/rest.ids" || true
echo "articles: $(($(wc -l <"$WORK/rest.ids") + 1))"
MONGO_URI=$(grep -oE 'mongodb://127\.0\.0\.1:[0-9]+/[a-z]+' "$DATA_DIR/logs/comments-service.log" | head -1)
seed() {  # ids-file count
  java -cp comments-service/target/comments-service-1.0.0-SNAPSHOT.jar bench/SeedComments.java "$MONGO_URI" "$1" "$2"
}
seed "$WORK/sample.ids" "$SAMPLE_COMMENTS"
seed "$WORK/rest.ids" $((SMALL - SAMPLE_COMMENTS))

print_header
measure "view-uncached-$SMALL" "http://localhost:$NOCACHE_PORT/api/articles/$SLUG"
measure "list-uncached-$SMALL" "http://localhost:$NOCACHE_PORT/api/articles"
echo "Seeding up to $LARGE comments..."
seed "$WORK/rest.ids" $((LARGE - SMALL))
measure "view-uncached-$LARGE" "http://localhost:$NOCACHE_PORT/api/articles/$SLUG"
measure "list-uncached-$LARGE" "http://localhost:$NOCACHE_PORT/api/articles"

echo
echo "view at $LARGE / at $SMALL comments: $(ratio "view-uncached-$LARGE" "view-uncached-$SMALL")   (target >= 0.7)"
echo "list at $LARGE / at $SMALL comments: $(ratio "list-uncached-$LARGE" "list-uncached-$SMALL")   (target >= 0.7)"
echo "comments-service RSS with $LARGE comments: $(rss_mb "$(pid_on_port "$COMMENTS_PORT")") MB"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
