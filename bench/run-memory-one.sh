#!/usr/bin/env bash
# One service alone, with ./run's JVM flags: its own main read under load, then RSS, classes loaded,
# and the heap live after a full collection (target 4). Any jar may be given, e.g. one of an older
# build, to compare before and after in one run:
#   bench/run-memory-one.sh articles-service [jar] [seconds]   (BENCH_PORT_BASE picks the port)
# Also RssAnon / RssFile (the start-up cache and jars are file-backed), threads by name and, with
# JAVA_OPTS=-XX:NativeMemoryTracking=summary, native memory by JVM category; JAVA_OPTS may also add
# the start-up cache: JAVA_OPTS=-XX:AOTCache=articles-service/target/articles-service-jdk25.0.3.aot
set -euo pipefail
cd "$(dirname "$0")/.."
SERVICE=$1
VERSION=1.0.0-SNAPSHOT
source ./jvm.sh
JAR="${2:-$(jar_of "$SERVICE")}"
SECONDS_OF_LOAD="${3:-20}"
PORT="${BENCH_PORT_BASE:-18180}"
WORK=$(mktemp -d)
SLUG=israeli-defense-minister-visits-us-amid-tensions-over-gaza-war
case $SERVICE in
  articles-service) PATH_UNDER_LOAD="/articles/$SLUG" ;;
  comments-service) PATH_UNDER_LOAD="/articles/000000000000000000000001/comments?page=1&size=20" ;;
  *) PATH_UNDER_LOAD=/health ;;
esac
# shellcheck disable=SC2086
env DATA_DIR="$WORK" ARTICLES_PORT="$PORT" COMMENTS_PORT="$PORT" GATEWAY_PORT="$PORT" ARTICLES_SEED_DEMO=true \
  "$JAVA" @jvm.options "${JVM_MEMORY[@]}" ${JAVA_OPTS:-} -Xlog:class+load=info:file="$WORK/classes.txt" -jar "$JAR" >"$WORK/log" 2>&1 &
pid=$!
trap 'kill -TERM $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 600); do curl -fs -o /dev/null "http://localhost:$PORT/health/readiness" && break; sleep 0.2; done
rss() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$pid/status"; }
echo "$SERVICE ($JAR): RSS when ready $(rss) MB"
wrk -t2 -c16 -d"${SECONDS_OF_LOAD}s" "http://localhost:$PORT$PATH_UNDER_LOAD" | awk '/Requests\/sec|Non-2xx/'
sleep 2
echo "RSS after load $(rss) MB; classes loaded $(grep -c 'source:' "$WORK/classes.txt")"
"${JAVA%/java}/jcmd" "$pid" GC.class_histogram 2>/dev/null | awk '/^Total/ {printf "heap live after a full GC: %.1f MB in %d objects\n", $3 / 1048576, $2}'
echo "RSS after the full GC $(rss) MB ($(awk '/^Rss(Anon|File):/ {printf "%s %d MB  ", $1, $2 / 1024}' "/proc/$pid/status"))"
echo "threads $(ls "/proc/$pid/task" | wc -l):" $(sed -E 's/[0-9]+/N/g' /proc/"$pid"/task/*/comm | sort | uniq -c | sort -rn | awk '{n = $1; $1 = ""; printf "%s x%d,", $0, n}')
if [[ "${JAVA_OPTS:-}" == *NativeMemoryTracking* ]]; then
  echo "native memory (committed):"
  "${JAVA%/java}/jcmd" "$pid" VM.native_memory summary scale=MB | grep -E '^-? *[A-Za-z ]+ \(reserved=' | grep -v 'committed=0MB' |
    sed -E 's/^-? *([A-Za-z ]+) \(reserved=[0-9]+MB, committed=([0-9]+MB).*/  \1 \2/'
fi
echo "classes by package (top 12):"
grep -oE '\] [a-zA-Z0-9_.$]+ source' "$WORK/classes.txt" |
  awk '{n = split($2, p, "."); k = p[1] "." p[2] "." p[3]; c[k]++} END {for (k in c) print c[k], k}' | sort -rn | head -12
