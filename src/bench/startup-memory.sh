#!/usr/bin/env bash
# Startup and memory of the packaged application: time from process start to the first 200 of the seed page, and the
# resident memory (RSS) after 10,000 requests, for several JVM set-ups side by side, in alternating rounds. A benchmark
# reports; it exits 0 whatever the numbers, and non-zero only when it cannot run.
#
#   mvn -B -DskipTests package -Dquarkus.package.jar.appcds.enabled=true   # the JVM build, as the image wants it
#   src/bench/startup-memory.sh                                            # RUNS=5 by default
#
# Set-ups (each skipped when its JDK or build is missing):
#   jdk17            java -jar, defaults
#   no-archive       the JAVA_OPTS of src/main/docker/Dockerfile.jvm (JDK 17), with -XX:MaxRAM=320m standing in for
#                    the Kubernetes memory limit its percentages are taken of: the image before it had an archive
#   shipped          + the AppCDS archive the Dockerfile writes: the classes of Quarkus's static initialisation
#                    (-Dquarkus.appcds.generate=true; needs the build above)
#   training-appcds  + instead an AppCDS archive written by a run that started, served the page and stopped
#   jdk25-shipped    the Dockerfile's options on JDK 25
#   jdk25-static-aot + an AOT cache (-XX:AOTCache, JEP 483/514) of the static initialisation, written as above
#   jdk25-aot        + instead an AOT cache written by a run that served the page
#   quarkus-aot      Quarkus's own AOT packaging (AOT_APP: a target/quarkus-app built with JDK 25 and
#                    -Dquarkus.package.jar.aot.enabled=true, its app.aot recorded while the integration tests ran)
# Every run starts from the same pre-migrated H2 file database (a copy), as a restarted replica would.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/src/bench/lib.sh" # median, wrk_count_script, wrk_requests
JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
RUNS=${RUNS:-5}
REQUESTS=${REQUESTS:-10000}
PORT=${PORT:-18090}
JDK17=${JDK17:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
JDK25=${JDK25:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)}
PAGE=/topics/what-is-occupational-therapy-for-kids
AOT_APP=${AOT_APP:-}
# The options the JVM image ships, as its Dockerfile sets them.
SHIPPED="$(sed -n 's/^ENV JAVA_OPTS="\(.*\)"$/\1/p' "$ROOT/src/main/docker/Dockerfile.jvm") -XX:MaxRAM=320m"

[ -f "$JAR" ] || { echo "no $JAR: run mvn -B -DskipTests package first" >&2; exit 1; }
command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null
work=$(mktemp -d)
app_pid=""
cleanup() { [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

wrk_count_script "$work/count.lua" "$REQUESTS"

echo "== Machine"
echo "cores: $(nproc) ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))  memory: $(free -g | awk '/Mem:/{print $2}') GiB  load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "jdk17: $("$JDK17/bin/java" -version 2>&1 | head -1)"
[ -n "$JDK25" ] && echo "jdk25: $("$JDK25/bin/java" -version 2>&1 | head -1)"

# start JAVA_HOME JAR OPTS...: starts the app in $work/run on a fresh copy of the migrated database; sets app_pid and
# writes the milliseconds from the start of the process to the first 200 of the seed page to $work/elapsed.
start() {
  local java_home=$1 jar=$2; shift 2
  rm -rf "$work/run"; mkdir -p "$work/run"; cp -r "$work/data" "$work/run/data"
  local t0; t0=$(date +%s%N)
  (cd "$work/run" && exec "$java_home/bin/java" "$@" -Dquarkus.http.port=$PORT -jar "$jar" >"$work/run/app.log" 2>&1) &
  app_pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT$PAGE"; do
    kill -0 "$app_pid" 2>/dev/null || { echo "the app stopped; see its log:" >&2; tail -20 "$work/run/app.log" >&2; exit 1; }
    sleep 0.005
  done
  echo $(( ($(date +%s%N) - t0) / 1000000 )) >"$work/elapsed"
}

stop_app() {
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
  while curl -s -o /dev/null "http://127.0.0.1:$PORT/"; do sleep 0.1; done
}

rss_after_load() {
  wrk_requests "$work/count.lua" "http://127.0.0.1:$PORT$PAGE" "$REQUESTS"
  kill -0 "$app_pid" 2>/dev/null || { echo "the app died under load; see its log:" >&2; tail -30 "$work/run/app.log" >&2; exit 1; }
  awk '/VmRSS/{print int($2/1024)}' "/proc/$app_pid/status"
}

echo "== Preparing a migrated database and the training runs"
mkdir -p "$work/prep"
(cd "$work/prep" && exec "$JDK17/bin/java" -Dquarkus.http.port=$PORT -jar "$JAR" >"$work/prep.log" 2>&1) &
app_pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$PORT$PAGE"; do sleep 0.1; done
stop_app
mv "$work/prep/data" "$work/data"

# archive JAVA_HOME OPTS...: writes the archive or AOT cache that OPTS name the way the Dockerfile does, with the
# classes of Quarkus's static initialisation; false when the build cannot stop there (built without AppCDS).
archive() {
  local java_home=$1; shift
  (cd "$work/prep" && exec timeout 120 "$java_home/bin/java" $SHIPPED -Xlog:cds=off -Xlog:cds+dynamic=off "$@" -Dquarkus.http.port=$PORT \
    -Dquarkus.appcds.generate=true -jar "$JAR" >"$work/archive.log" 2>&1)
}

# AppCDS for JDK 17: as the Dockerfile writes it, and from a run that serves a page (dumped when the JVM exits).
setups=("jdk17|$JDK17|$JAR|" "no-archive|$JDK17|$JAR|$SHIPPED")
if archive "$JDK17" -XX:ArchiveClassesAtExit="$work/static17.jsa"; then
  setups+=("shipped|$JDK17|$JAR|$SHIPPED -XX:SharedArchiveFile=$work/static17.jsa")
else
  echo "no shipped set-up: build with -Dquarkus.package.jar.appcds.enabled=true for the Dockerfile's archive" >&2
fi
start "$JDK17" "$JAR" $SHIPPED -XX:ArchiveClassesAtExit="$work/train17.jsa"
curl -sf -o /dev/null "http://127.0.0.1:$PORT/"
stop_app
setups+=("training-appcds|$JDK17|$JAR|$SHIPPED -XX:SharedArchiveFile=$work/train17.jsa")
if [ -n "$JDK25" ]; then
  setups+=("jdk25-shipped|$JDK25|$JAR|$SHIPPED")
  # The JVM writes an AOT cache in a second process after it exits: wait for it.
  wait_for_cache() { for _ in $(seq 1 240); do [ -s "$1" ] && ! pgrep -f "AOTCacheOutput=$1" >/dev/null && return; sleep 0.5; done; }
  if archive "$JDK25" -XX:AOTCacheOutput="$work/static25.aot"; then
    wait_for_cache "$work/static25.aot"
    setups+=("jdk25-static-aot|$JDK25|$JAR|$SHIPPED -XX:AOTCache=$work/static25.aot")
  fi
  # A run that serves the page loads more classes than the image's 96 MB of metaspace leave room for while the JVM
  # writes the cache at exit (it stops with an OutOfMemoryError and writes nothing), so the training run gets more.
  start "$JDK25" "$JAR" $SHIPPED -XX:MaxMetaspaceSize=256m -XX:AOTCacheOutput="$work/app25.aot"
  wrk -t1 -c4 -d3s "http://127.0.0.1:$PORT$PAGE" >/dev/null
  stop_app
  wait_for_cache "$work/app25.aot"
  [ -f "$work/app25.aot" ] && setups+=("jdk25-aot|$JDK25|$JAR|$SHIPPED -XX:AOTCache=$work/app25.aot")
  [ -n "$AOT_APP" ] && [ -f "$AOT_APP/app.aot" ] &&
    setups+=("quarkus-aot|$JDK25|$AOT_APP/quarkus-run.jar|$SHIPPED -XX:AOTCache=$AOT_APP/app.aot")
fi

echo "== Runs ($RUNS rounds, each set-up once a round): ms to first 200, MB RSS after $REQUESTS requests"
declare -A times rss
for round in $(seq 1 "$RUNS"); do
  for setup in "${setups[@]}"; do
    IFS='|' read -r name java_home jar opts <<<"$setup"
    # shellcheck disable=SC2086
    start "$java_home" "$jar" $opts
    times[$name]+="$(cat "$work/elapsed") "
    rss[$name]+="$(rss_after_load) "
    stop_app
  done
  echo "round $round done"
done
printf '%-17s %s\n' "set-up" "first-200 ms per round / RSS MB per round"
summary=()
for setup in "${setups[@]}"; do
  name=${setup%%|*}
  printf '%-17s %s/ %s\n' "$name" "${times[$name]}" "${rss[$name]}"
  summary+=("$(printf '%-17s %8s %8s' "$name" "$(tr ' ' '\n' <<<"${times[$name]}" | median)" \
    "$(tr ' ' '\n' <<<"${rss[$name]}" | median)")")
done

echo
echo "== Medians; targets: JVM first 200 <= 1000 ms, RSS < 150 MB"
printf '%-17s %8s %8s\n' "set-up" "ms" "RSS MB"
printf '%s\n' "${summary[@]}"
