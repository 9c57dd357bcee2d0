# The JVM ./run and the benchmarks start the services with, and its start-up cache (sourced, not run).
# A JDK 25 or newer is preferred when one is found (RUN_JAVA, JAVA_HOME, the java on the PATH, then
# /usr/lib/jvm/*-25*): its ahead-of-time cache (JEP 483) holds the classes loaded and linked by a
# start-up rehearsal. Any other JDK (17) gets a class-data-sharing
# archive made the same way. Either is made once per build and JDK (see make_start_cache).
# Expects VERSION, DATA_DIR and the jvm.options file in the current directory.

JVM_MEMORY=(-XX:MaxRAM=256m -XX:MaxRAMPercentage=50)   # the containers' 256 MB limit and heap share
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"       # as the images (glibc's per-thread arenas hold memory)

java_feature() {  # java -> its feature version (17, 25), 0 if it does not answer
  "$1" -version 2>&1 | awk -F'"' '/version "/ {split($2, v, "."); print (v[1] == 1 ? v[2] : v[1]) + 0; found = 1; exit} END {if (!found) print 0}'
}

pick_java() {  # RUN_JAVA if set, else the first JDK >= 25 found, else JAVA_HOME's or the PATH's java
  if [[ -n "${RUN_JAVA:-}" ]]; then echo "$RUN_JAVA"; return; fi
  local candidate
  for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} "$(command -v java || true)" /usr/lib/jvm/*-25*/bin/java; do
    if [[ -x "$candidate" ]] && (($(java_feature "$candidate") >= 25)); then echo "$candidate"; return; fi
  done
  echo "${JAVA_HOME:+$JAVA_HOME/bin/}java"
}

JAVA=$(pick_java)
JAVA_VERSION=$("$JAVA" -version 2>&1 | awk -F'"' '/version "/ {print $2; exit}')
JAVA_FEATURE=$(java_feature "$JAVA")
# JDK 25+: 8-byte object headers instead of 12 (JEP 519), a smaller heap for the same objects
((JAVA_FEATURE >= 25)) && JVM_MEMORY+=(-XX:+UseCompactObjectHeaders)

jar_of() { echo "$1/target/$1-${VERSION}.jar"; }

# JDK 25+: an AOT cache; older: a CDS archive. Named after the JDK's version, so that another JDK
# makes its own rather than being refused one made by a different build.
start_cache_of() {
  if ((JAVA_FEATURE >= 25)); then echo "$1/target/$1-jdk${JAVA_VERSION}.aot"; else echo "$1/target/$1-jdk${JAVA_VERSION}.jsa"; fi
}

# JDK 25's AOT cache would also keep the adapters between interpreted and compiled code; 25.0.3
# cannot link some of them back and prints four warnings at every start (it makes them again
# anyway), so the caches leave them out. They leave out the rehearsal's method profiles too
# (JEP 515): replayed, they let the JIT compile early from the few seconds of load the rehearsal
# sends, and the uncached view settled about 20 % dearer (docs/measurements.md, 2026-11-28 16:52).
AOT_CACHE_FLAGS="-XX:+UnlockDiagnosticVMOptions -XX:-AOTAdapterCaching -XX:-AOTRecordTraining"

start_cache_flags() {  # service -> the flags that use its cache, none while it has none
  local cache; cache=$(start_cache_of "$1")
  [[ -s "$cache" ]] || return 0
  if [[ "$cache" == *.aot ]]; then echo "-XX:AOTCache=$cache $AOT_CACHE_FLAGS"; else echo "-XX:SharedArchiveFile=$cache"; fi
}

needs_start_cache() {  # service: true when it has none, or one older than its jar or the JVM flags
  local cache; cache=$(start_cache_of "$1")
  [[ ! -s "$cache" || "$(jar_of "$1")" -nt "$cache" || jvm.options -nt "$cache" || jvm.sh -nt "$cache" ]]
}

# The paths a rehearsal sends to itself once ready (TrainingRun), so that the cache also holds the
# classes serving them loads: the hot paths of the uncached view and the list page.
# comments-service's is the page of an article its scratch store has no comment for.
# START_CACHE_TRAINING_SECONDS (default 10) bounds each rehearsal's requests; 0 sends none (a
# rehearsal up to readiness only). Remove target/*.aot|.jsa to remake the caches after changing it.
DEMO_SLUG=israeli-defense-minister-visits-us-amid-tensions-over-gaza-war
TRAINING_SECONDS="${START_CACHE_TRAINING_SECONDS:-10}"
training_paths() {
  local no_comments=000000000000000000000001
  case $1 in
    articles-service) echo "/articles/$DEMO_SLUG,/articles?page=1&size=20" ;;
    comments-service) echo "/articles/$no_comments/comments?page=1&size=20,/counts?articleIds=$no_comments" ;;
    gateway) echo "/api/articles/$DEMO_SLUG,/api/articles,/articles/$DEMO_SLUG" ;;
  esac
}

# A start-up rehearsal (the service exits once ready and after its training requests,
# -Dstartup.training-run=true) on a scratch embedded store (never MONGODB_URI's database), with the flags of a real start; the JVM writes
# the cache as it exits. The gateway's requests go to real services: articles-service and
# comments-service, started from their own caches on a scratch store and ports of their own.
make_start_cache() {
  local service=$1 cache; cache=$(start_cache_of "$service")
  local scratch log="$DATA_DIR/logs/$service-training.log" record=() backends=() urls=()
  scratch=$(mktemp -d)
  # shellcheck disable=SC2206
  if [[ "$cache" == *.aot ]]; then record=(-XX:AOTCacheOutput="$cache" $AOT_CACHE_FLAGS); else record=(-XX:ArchiveClassesAtExit="$cache"); fi
  rm -f "$cache"
  if [[ "$service" == gateway ]] && ((TRAINING_SECONDS > 0)); then
    start_rehearsal_backends "$scratch" || echo "(the gateway's rehearsal runs without its services: see $scratch)" >&2
  fi
  if env -u MONGODB_URI DATA_DIR="$scratch" GATEWAY_PORT=-1 ARTICLES_PORT=-1 COMMENTS_PORT=-1 ARTICLES_SEED_DEMO=true \
       GATEWAY_CACHE_ENABLED=false RATE_LIMIT_PER_SECOND=0 "${urls[@]}" \
       "$JAVA" @jvm.options "${JVM_MEMORY[@]}" "${record[@]}" -Dstartup.training-run=true \
       "-Dstartup.training-run.paths=$(training_paths "$service")" "-Dstartup.training-run.max-duration=${TRAINING_SECONDS}s" -jar "$(jar_of "$service")" \
       >"$log" 2>&1 && [[ -s "$cache" ]]; then
    rm -f "$log"
  else
    rm -f "$cache"
    echo "(no start-up cache for $service: see $log; starting without)" >&2
  fi
  if ((${#backends[@]})); then
    kill -TERM "${backends[@]}" 2>/dev/null || true
    wait "${backends[@]}" 2>/dev/null || true
  fi
  rm -rf "$scratch"
}

# For make_start_cache: starts articles-service and comments-service on $1 and random ports, adds
# their pids to `backends` and their URLs to `urls`, and waits until both are ready.
start_rehearsal_backends() {
  local scratch=$1 backend url
  for backend in articles-service comments-service; do
    # at most 5 minutes: a background job ignores the Ctrl-C that stops ./run while caches are made
    # shellcheck disable=SC2046
    timeout 300 env -u MONGODB_URI DATA_DIR="$scratch/$backend" ARTICLES_PORT=-1 COMMENTS_PORT=-1 ARTICLES_SEED_DEMO=true \
      "$JAVA" @jvm.options "${JVM_MEMORY[@]}" $(start_cache_flags "$backend") -jar "$(jar_of "$backend")" \
      >"$scratch/$backend.log" 2>&1 &
    backends+=($!)
  done
  for backend in articles-service comments-service; do
    url=$(url_once_ready "$scratch/$backend.log") || return 1
    if [[ "$backend" == articles-service ]]; then urls+=(ARTICLES_URL="$url"); else urls+=(COMMENTS_URL="$url"); fi
  done
}

url_once_ready() {  # a service's log -> the URL it serves on, once /health/readiness answers (60 s at most)
  local url=""
  for _ in $(seq 1 600); do
    [[ -n "$url" ]] || url=$(grep -oE 'Server Running: http://[^"]+' "$1" 2>/dev/null | head -1 | cut -d' ' -f3)
    if [[ -n "$url" ]] && curl -fsS -o /dev/null "$url/health/readiness" 2>/dev/null; then echo "$url"; return 0; fi
    sleep 0.1
  done
  return 1
}

# Makes the start-up caches that are missing or stale: the services' first (at once), then the
# gateway's, whose rehearsal starts the services from theirs.
make_start_caches() {
  local service training=()
  for service in articles-service comments-service; do
    if needs_start_cache "$service"; then
      make_start_cache "$service" &
      training+=($!)
    fi
  done
  if ((${#training[@]})) || needs_start_cache gateway; then
    echo "Making the start-up caches for $JAVA (once per build)..."
  fi
  ((${#training[@]})) && { wait "${training[@]}" || true; }
  if needs_start_cache gateway; then make_start_cache gateway; fi
  return 0
}
