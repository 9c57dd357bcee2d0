# Shared by the benchmark scripts: process bookkeeping, readiness, wrk runs and ratios.
# Expects WORK, DURATION, CONNECTIONS, WARMUP and ARTICLES_PORT to be set by the caller.
THREADS=2
pids=()
VERSION=1.0.0-SNAPSHOT
source ./jvm.sh   # the JVM, flags and start-up cache ./run uses
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

cleanup() {
  local status=$?
  kill -TERM "${pids[@]}" 2>/dev/null || true
  wait "${pids[@]}" 2>/dev/null || true
  if ((status)); then
    rm -rf "$WORK/data/articles" "$WORK/data/comments"
    echo "failed: logs kept in $WORK" >&2
  else
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT INT TERM

start_gateway() {  # port, then extra environment assignments; the JVM flags ./run uses
  local port=$1; shift
  # shellcheck disable=SC2046,SC2086
  # its own store (sign-in counts) beside the others, the same JWT secret
  env GATEWAY_PORT="$port" ARTICLES_URL="http://localhost:$ARTICLES_PORT" DATA_DIR="$WORK/gateway-$port-data" \
    JWT_SECRET="${JWT_SECRET:-$(cat "$DATA_DIR/jwt-secret")}" "$@" \
    "$JAVA" @jvm.options "${JVM_MEMORY[@]}" $(start_cache_flags gateway) ${JAVA_OPTS:-} -jar "$(jar_of gateway)" >"$WORK/gateway-$port.log" 2>&1 &
  pids+=($!)
}

wait_ready() {  # port; ./run may build first, so up to 15 minutes
  for _ in $(seq 1 1800); do
    curl -fsS -o /dev/null "http://localhost:$1/health/readiness" 2>/dev/null && return 0
    kill -0 "${pids[0]}" 2>/dev/null || { echo "./run stopped; logs in $WORK" >&2; exit 1; }
    sleep 0.5
  done
  echo "port $1 not ready; logs in $WORK" >&2; exit 1
}

print_header() {
  echo
  echo "wrk: $THREADS threads, $CONNECTIONS connections, ${WARMUP}s warm-up + ${DURATION}s per scenario, loopback, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
  printf '%-34s %10s %10s %10s   %s\n' scenario req/s p50 p99 errors
}

measure() {  # name url -> "name rps p50 p99 errors"; keeps req/s in $WORK/name.rps. SCENARIOS (names) picks some
  local name=$1 url=$2 out
  [[ -z "${SCENARIOS:-}" || " $SCENARIOS " == *" $name "* ]] || return 0
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "$url" >/dev/null 2>&1 || true   # warm-up: let the JIT settle
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$url")
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx|Socket errors/ {sub(/^ +/, ""); printf "%s; ", $0}' <<<"$out")
  printf '%-34s %10s %10s %10s   %s\n' "$name" "$rps" "$p50" "$p99" "${errors:-none}"
  echo "$rps" >"$WORK/$name.rps"
}

# Two scenarios measured in turns: both warmed up (WARMUP seconds each), then SLICES (default 4)
# alternating slices of DURATION/SLICES seconds each, so that a machine whose speed drifts during a
# run slows both alike (on this one the same view cost 1.8x more after 5 minutes of other load).
# req/s over all slices, the median slice's p50 and the worst slice's p99; errors summed.
measure_alternating() {  # name-a url-a name-b url-b
  local names=("$1" "$3") urls=("$2" "$4") i slice out
  for i in 0 1; do [[ -z "${SCENARIOS:-}" || " $SCENARIOS " == *" ${names[$i]} "* ]] || { measure "$1" "$2"; measure "$3" "$4"; return 0; }; done
  local slices="${SLICES:-4}" seconds; seconds=$(((DURATION + slices - 1) / slices))
  for i in 0 1; do wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "${urls[$i]}" >/dev/null 2>&1 || true; done
  for slice in $(seq 1 "$slices"); do
    for i in 0 1; do
      out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency "${urls[$i]}")
      awk -v slice="$slice" '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v + 0 }
        /requests in/ {n = $1; t = $4; sub(/s,?$/, "", t)}
        $1 == "50%" {p50 = ms($2)} $1 == "99%" {p99 = ms($2)}
        /Non-2xx/ {e += $NF} /Socket errors/ {for (f = 4; f <= NF; f += 2) e += $f}
        END {printf "%s %s %s %.2f %.2f %d\n", slice, n, t, p50, p99, e}' <<<"$out" >>"$WORK/${names[$i]}.slices"
    done
  done
  for i in 0 1; do
    sort -k4,4n "$WORK/${names[$i]}.slices" | awk -v name="${names[$i]}" -v rpsfile="$WORK/${names[$i]}.rps" '
      {n += $2; t += $3; p50[NR] = $4; if ($5 > p99) p99 = $5; e += $6}
      END {rps = n / t; printf "%-34s %10.2f %8.2fms %8.2fms   %s (%d alternating slices)\n", name, rps, p50[int((NR + 1) / 2)], p99, (e ? e " errors" : "none"), NR
           printf "%.2f\n", rps > rpsfile}'
  done
}

ratio() {  # a b -> req/s of a divided by req/s of b ("-" when either was not measured)
  [[ -s "$WORK/$1.rps" && -s "$WORK/$2.rps" ]] || { echo "-"; return; }
  awk -v a="$(cat "$WORK/$1.rps")" -v b="$(cat "$WORK/$2.rps")" 'BEGIN {printf "%.2f", a / b}'
}

pid_on_port() {
  ss -ltnpH "sport = :$1" 2>/dev/null | grep -oE 'pid=[0-9]+' | head -1 | cut -d= -f2
}

rss_mb() {
  awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$1/status" 2>/dev/null || echo "?"
}

start_stack_and_cache_off_gateway() {  # ./run, then a gateway on NOCACHE_PORT with its view cache off
  ./run >"$WORK/run.log" 2>&1 &
  pids+=($!)
  wait_ready "$GATEWAY_PORT"
  # generous budgets: on a busy machine a budget exceeded opens the circuit, and 503s measure nothing
  start_gateway "$NOCACHE_PORT" COMMENTS_URL="http://localhost:$COMMENTS_PORT" GATEWAY_CACHE_ENABLED=false \
    ARTICLES_TIMEOUT_MS="${BENCH_TIMEOUT_MS:-3000}" COMMENTS_TIMEOUT_MS="${BENCH_TIMEOUT_MS:-3000}"
  wait_ready "$NOCACHE_PORT"
}

ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }   # user + system, in clock ticks
TICK_MS=$((1000 / $(getconf CLK_TCK)))

find_measured_jvms() {  # after start_stack_and_cache_off_gateway: the PIDs whose CPU is counted, the sample article's id
  ARTICLES_PID=$(pid_on_port "$ARTICLES_PORT") COMMENTS_PID=$(pid_on_port "$COMMENTS_PORT") GATEWAY_PID=$(pid_on_port "$NOCACHE_PORT")
  ARTICLE_ID=$(curl -fsS "http://localhost:$ARTICLES_PORT/articles/$SLUG" | grep -oE '"id":"[0-9a-f]{24}"' | head -1 | cut -d'"' -f4)
}

# After a WARMUP-second warm-up, DURATION seconds of wrk on url (with a wrk script and its arguments,
# if given): req/s, p99, CPU ms per request in the JVMs of ARTICLES_PID, COMMENTS_PID and
# GATEWAY_PID and in all three, and the non-2xx answers. CPU_HEADER is the matching header line.
CPU_HEADER=$(printf '%-22s %9s %9s %9s %9s %9s %9s %7s' path req/s p99 articles comments gateway total errors)
cpu_per_request() {  # name url [wrk script and its arguments...]
  local name=$1 url=$2 a c g out requests target; shift 2
  if (($#)); then target=(-s "$1" "$url" -- "${@:2}"); else target=("$url"); fi
  ((WARMUP > 0)) && { wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "${target[@]}" >/dev/null 2>&1 || true; }
  a=$(ticks "$ARTICLES_PID") c=$(ticks "$COMMENTS_PID") g=$(ticks "$GATEWAY_PID")
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "${target[@]}")
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  awk -v n="$requests" -v ms="$TICK_MS" -v name="$name" -v rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
    -v p99="$(awk '$1=="99%" {print $2}' <<<"$out")" -v errors="$(awk '/Non-2xx/ {print $NF}' <<<"$out")" \
    -v a=$(($(ticks "$ARTICLES_PID") - a)) -v c=$(($(ticks "$COMMENTS_PID") - c)) -v g=$(($(ticks "$GATEWAY_PID") - g)) \
    'BEGIN {printf "%-22s %9s %9s %9.2f %9.2f %9.2f %9.2f %7s\n", name, rps, p99, a*ms/n, c*ms/n, g*ms/n, (a+c+g)*ms/n, errors + 0}'
}
