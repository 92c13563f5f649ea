#!/usr/bin/env bash
# Startup and memory of the packaged application: time from process start to the first 200 of the seed page, and the
# resident memory (RSS) after 10,000 requests, for several JVM set-ups side by side. A benchmark reports; it exits 0
# whatever the numbers, and non-zero only when it cannot run.
#
#   mvn -B -DskipTests package        # the JVM build (embedded H2)
#   src/bench/startup-memory.sh       # RUNS=5 by default
#
# Set-ups (each skipped when its JDK or build is missing):
#   jdk17            java -jar, defaults
#   shipped          the JAVA_OPTS of src/main/docker/Dockerfile.jvm (JDK 17), with -XX:MaxRAM=320m standing in for
#                    the Kubernetes memory limit its percentages are taken of
#   shipped-appcds   + an AppCDS archive (-XX:SharedArchiveFile) made by a training run of this script
#   jdk25-shipped    the same options on JDK 25
#   jdk25-aot        + an AOT cache (-XX:AOTCache, JEP 483/514) made by a training run that serves the page
#   quarkus-aot      Quarkus's own AOT packaging (AOT_APP: a target/quarkus-app built with JDK 25 and
#                    -Dquarkus.package.jar.aot.enabled=true, its app.aot recorded while the integration tests ran)
# Every run starts from the same pre-migrated H2 file database (a copy), as a restarted replica would.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
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

# wrk stops each thread after its share of REQUESTS responses.
cat > "$work/count.lua" <<LUA
local done = 0
local limit = $REQUESTS
function setup(thread) thread:set("limit", limit) end
function response(status, headers, body)
  done = done + 1
  if done >= limit then wrk.thread:stop() end
end
LUA

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

stop() {
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
  while curl -s -o /dev/null "http://127.0.0.1:$PORT/"; do sleep 0.1; done
}

rss_after_load() {
  wrk -t2 -c16 -d60s -s "$work/count.lua" "http://127.0.0.1:$PORT$PAGE" >/dev/null
  kill -0 "$app_pid" 2>/dev/null || { echo "the app died under load; see its log:" >&2; tail -30 "$work/run/app.log" >&2; exit 1; }
  awk '/VmRSS/{print int($2/1024)}' "/proc/$app_pid/status"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

echo "== Preparing a migrated database and the training runs"
mkdir -p "$work/prep"
(cd "$work/prep" && exec "$JDK17/bin/java" -Dquarkus.http.port=$PORT -jar "$JAR" >"$work/prep.log" 2>&1) &
app_pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$PORT$PAGE"; do sleep 0.1; done
stop
mv "$work/prep/data" "$work/data"

# AppCDS for JDK 17: dump the classes a run loads when it exits.
start "$JDK17" "$JAR" $SHIPPED -XX:ArchiveClassesAtExit="$work/app17.jsa"
curl -sf -o /dev/null "http://127.0.0.1:$PORT/"
stop
setups=("jdk17|$JDK17|$JAR|" "shipped|$JDK17|$JAR|$SHIPPED"
  "shipped-appcds|$JDK17|$JAR|$SHIPPED -XX:SharedArchiveFile=$work/app17.jsa")
if [ -n "$JDK25" ]; then
  # AOT cache for JDK 25: one training run that serves the page, written when the JVM exits.
  start "$JDK25" "$JAR" $SHIPPED -XX:AOTCacheOutput="$work/app25.aot"
  wrk -t1 -c4 -d3s "http://127.0.0.1:$PORT$PAGE" >/dev/null
  stop
  # The JVM writes the cache in a second process after it exits: wait for it.
  for _ in $(seq 1 240); do [ -s "$work/app25.aot" ] && ! pgrep -f "AOTCacheOutput=$work" >/dev/null && break; sleep 0.5; done
  setups+=("jdk25-shipped|$JDK25|$JAR|$SHIPPED")
  [ -f "$work/app25.aot" ] && setups+=("jdk25-aot|$JDK25|$JAR|$SHIPPED -XX:AOTCache=$work/app25.aot")
  [ -n "$AOT_APP" ] && [ -f "$AOT_APP/app.aot" ] &&
    setups+=("quarkus-aot|$JDK25|$AOT_APP/quarkus-run.jar|$SHIPPED -XX:AOTCache=$AOT_APP/app.aot")
fi

echo "== Runs ($RUNS per set-up): ms to first 200, MB RSS after $REQUESTS requests"
printf '%-14s %s\n' "set-up" "first-200 ms per run / RSS MB per run"
summary=()
for setup in "${setups[@]}"; do
  IFS='|' read -r name java_home jar opts <<<"$setup"
  times=(); rss=()
  for _ in $(seq 1 "$RUNS"); do
    # shellcheck disable=SC2086
    start "$java_home" "$jar" $opts
    times+=("$(cat "$work/elapsed")")
    rss+=("$(rss_after_load)")
    stop
  done
  printf '%-14s %s / %s\n' "$name" "${times[*]}" "${rss[*]}"
  summary+=("$(printf '%-14s %8s %8s' "$name" "$(printf '%s\n' "${times[@]}" | median)" "$(printf '%s\n' "${rss[@]}" | median)")")
done

echo
echo "== Medians; targets: JVM first 200 <= 1000 ms, RSS < 150 MB"
printf '%-14s %8s %8s\n' "set-up" "ms" "RSS MB"
printf '%s\n' "${summary[@]}"
