#!/usr/bin/env bash
# Target 3: start-up time of each service alone, as Micronaut reports it ("Startup completed in"),
# until /health/readiness answers, and the CPU time the JVM spent until then (steadier than times on
# a busy machine), in three set-ups: plain JVM 17, JVM 17 with the class-data-sharing archive ./run
# makes, and JDK 25 with the AOT cache ./run makes (both made here if missing, with jvm.sh; the JDK 25
# row is skipped when JAVA25 does not exist). Prints the median of RUNS starts per cell.
#   bench/run-startup.sh [runs]     (build the jars first, e.g. by ./run)
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS="${1:-3}"
JAVA17="${JAVA17:-java}"
JAVA25="${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
PORT="${BENCH_PORT_BASE:-29000}"
WORK=$(mktemp -d)
# start_once runs in a subshell: its pid is not known here (and "kill 0" would stop the caller's whole group)
trap 'rm -rf "$WORK"' EXIT INT TERM
SERVICES=(articles-service comments-service gateway)
VERSION=1.0.0-SNAPSHOT
export DATA_DIR="$WORK" ARTICLES_SEED_DEMO=true
mkdir -p "$WORK/logs"

start_once() {  # service java extra-flags... -> "completed-ms ready-ms cpu-ms"
  local service=$1 java=$2; shift 2
  local data="$WORK/data-$RANDOM" log="$WORK/$service.log"
  local began; began=$(date +%s%N)
  env DATA_DIR="$data" GATEWAY_PORT="$PORT" ARTICLES_PORT="$PORT" COMMENTS_PORT="$PORT" \
    "$java" @jvm.options "$@" -jar "$(jar_of "$service")" >"$log" 2>&1 &
  pid=$!
  trap 'kill "$pid" 2>/dev/null || true' EXIT   # this subshell's own service, should it stop early
  until curl -fsS -o /dev/null "http://localhost:$PORT/health/readiness" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "$service did not start; log:" >&2; tail -5 "$log" >&2; exit 1; }
    sleep 0.05
  done
  local ready=$(( ($(date +%s%N) - began) / 1000000 ))
  local cpu; cpu=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$pid/stat")
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
  local completed; completed=$(grep -oE 'Startup completed in [0-9]+ms' "$log" | grep -oE '[0-9]+' | head -1)
  echo "$completed $ready $cpu"
}

median_of() {  # service java flags... -> "median-completed median-ready median-cpu"
  local results=() i column medians=()
  for i in $(seq 1 "$RUNS"); do results+=("$(start_once "$@")"); done
  for column in 1 2 3; do
    medians+=("$(printf '%s\n' "${results[@]}" | cut -d' ' -f"$column" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')")
  done
  echo "${medians[*]}"
}

row() {  # service set-up java flags...
  local service=$1 setup=$2 c r u; shift 2
  read -r c r u <<<"$(median_of "$service" "$@")"
  printf '%-18s %-26s %16s ms %9s ms %10s ms\n' "$service" "$setup" "$c" "$r" "$u"
}

echo "median of $RUNS starts, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-18s %-26s %19s %12s %13s\n' service set-up "'Startup completed'" ready "CPU to ready"
for service in "${SERVICES[@]}"; do
  RUN_JAVA="$JAVA17" source ./jvm.sh
  row "$service" "JVM 17" "$JAVA" "${JVM_MEMORY[@]}"
  if needs_start_cache "$service"; then make_start_cache "$service"; fi
  # shellcheck disable=SC2046
  row "$service" "JVM 17 + AppCDS archive" "$JAVA" "${JVM_MEMORY[@]}" $(start_cache_flags "$service")
  if [[ -x "$JAVA25" ]]; then
    RUN_JAVA="$JAVA25" source ./jvm.sh
    if needs_start_cache "$service"; then make_start_cache "$service"; fi
    if [[ -n "$(start_cache_flags "$service")" ]]; then
      # shellcheck disable=SC2046
      row "$service" "JDK 25 + AOT cache" "$JAVA" "${JVM_MEMORY[@]}" $(start_cache_flags "$service")
    else
      printf '%-18s %-26s %s\n' "$service" "JDK 25 + AOT cache" "(no cache made: see the lines above)"
    fi
  fi
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
