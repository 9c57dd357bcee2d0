#!/usr/bin/env bash
# Target 3: start-up time of each service alone, as Micronaut reports it ("Startup completed in")
# and until /health/readiness answers, in three set-ups: plain JVM 17, JVM 17 with the
# class-data-sharing archive ./run makes (made here if missing), and JDK 25 with its AOT cache
# (JEP 483/514; skipped when JAVA25 does not exist). Prints the median of RUNS starts per cell.
#   bench/run-startup.sh [runs]     (build the jars first, e.g. by ./run)
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS="${1:-3}"
JAVA25="${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
PORT="${BENCH_PORT_BASE:-29000}"
WORK=$(mktemp -d)
# start_once runs in a subshell: its pid is not known here (and "kill 0" would stop the caller's whole group)
trap 'rm -rf "$WORK"' EXIT INT TERM
SERVICES=(articles-service comments-service gateway)
jar_of() { echo "$1/target/$1-1.0.0-SNAPSHOT.jar"; }

start_once() {  # service java extra-flags... -> "completed-ms ready-ms"
  local service=$1 java=$2; shift 2
  local data="$WORK/data-$RANDOM" log="$WORK/$service.log"
  local began; began=$(date +%s%N)
  env DATA_DIR="$data" ARTICLES_SEED_DEMO=true GATEWAY_PORT="$PORT" ARTICLES_PORT="$PORT" COMMENTS_PORT="$PORT" \
    "$java" @jvm.options "$@" -jar "$(jar_of "$service")" >"$log" 2>&1 &
  pid=$!
  trap 'kill "$pid" 2>/dev/null || true' EXIT   # this subshell's own service, should it stop early
  until curl -fsS -o /dev/null "http://localhost:$PORT/health/readiness" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "$service did not start; log:" >&2; tail -5 "$log" >&2; exit 1; }
    sleep 0.05
  done
  local ready=$(( ($(date +%s%N) - began) / 1000000 ))
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
  local completed; completed=$(grep -oE 'Startup completed in [0-9]+ms' "$log" | grep -oE '[0-9]+' | head -1)
  echo "$completed $ready"
}

median_of() {  # service java flags... -> "median-completed median-ready"
  local results=() i
  for i in $(seq 1 "$RUNS"); do results+=("$(start_once "$@")"); done
  local c r
  c=$(printf '%s\n' "${results[@]}" | cut -d' ' -f1 | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  r=$(printf '%s\n' "${results[@]}" | cut -d' ' -f2 | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$c $r"
}

echo "median of $RUNS starts, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-18s %-28s %16s %12s\n' service set-up "'Startup completed'" ready
for service in "${SERVICES[@]}"; do
  read -r c r <<<"$(median_of "$service" java)"
  printf '%-18s %-28s %13s ms %9s ms\n' "$service" "JVM 17" "$c" "$r"
  archive="$service/target/$service.jsa"
  if [[ ! -s "$archive" || "$(jar_of "$service")" -nt "$archive" ]]; then
    start_once "$service" java -XX:ArchiveClassesAtExit="$archive" -Dstartup.training-run=true >/dev/null || true
  fi
  read -r c r <<<"$(median_of "$service" java -XX:SharedArchiveFile="$archive")"
  printf '%-18s %-28s %13s ms %9s ms\n' "$service" "JVM 17 + AppCDS archive" "$c" "$r"
  if [[ -x "$JAVA25" ]]; then
    aot="$WORK/$service.aot"
    env DATA_DIR="$WORK/train-$service" GATEWAY_PORT="$PORT" ARTICLES_PORT="$PORT" COMMENTS_PORT="$PORT" \
      "$JAVA25" @jvm.options -XX:AOTCacheOutput="$aot" -Dstartup.training-run=true -jar "$(jar_of "$service")" \
      >"$WORK/$service-aot.log" 2>&1 || true
    if [[ -s "$aot" ]]; then
      read -r c r <<<"$(median_of "$service" "$JAVA25" -XX:AOTCache="$aot")"
      printf '%-18s %-28s %13s ms %9s ms\n' "$service" "JDK 25 + AOT cache" "$c" "$r"
    else
      printf '%-18s %-28s %s\n' "$service" "JDK 25 + AOT cache" "(no cache made: $(tail -1 "$WORK/$service-aot.log"))"
    fi
  fi
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
