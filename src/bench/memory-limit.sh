#!/usr/bin/env bash
# Does the JVM image fit the Kubernetes memory limit? Runs the packaged application with the JVM options of
# src/main/docker/Dockerfile.jvm inside a memory cgroup limited like the manifest (320 MiB), on a site of 1,000
# published topics, and fetches their pages and share cards under load. It reports the cgroup's peak usage, whether
# the kernel had to reclaim or kill, and what the JVM says its memory went to. A benchmark reports; it exits 0
# whatever the numbers, and non-zero only when it cannot run.
#
#   mvn -B -DskipTests package        # the JVM build (embedded H2)
#   sudo src/bench/memory-limit.sh    # root, for the cgroup; see the README next to it
#
# Settings, from the environment: LIMIT_MB (320), CPUS (1, the processors the JVM is told it has), TOPICS (1000), DURATION (seconds of each load phase, 60),
# CONNECTIONS (32), PORT (the first free one from 18095; the management interface takes the next free one),
# JAVA_OPTS (default: the Dockerfile's),
# NMT (1: also run with -XX:NativeMemoryTracking=summary and print the JVM's own account; it costs about 8 MB, so
# the verdict run is NMT=0), KEEP_LOG (a file to copy the application's log to).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
JAR="${JAR:-$ROOT/target/quarkus-app/quarkus-run.jar}"
LIMIT_MB=${LIMIT_MB:-320}
# The manifest's CPU limit: the JVM in a pod sees one processor, and sizes its thread pools to it.
CPUS=${CPUS:-1}
TOPICS=${TOPICS:-1000}
DURATION=${DURATION:-60}
CONNECTIONS=${CONNECTIONS:-32}
# free_port FIRST: the first port from FIRST on that nothing listens on (other benchmarks may share the machine).
free_port() {
  local port=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}
PORT=$(free_port "${PORT:-18095}")
MANAGEMENT_PORT=$(free_port $((PORT + 1)))
NMT=${NMT:-1}
DOCKER_OPTS=$(sed -n 's/^ENV JAVA_OPTS="\(.*\)"$/\1/p' "$ROOT/src/main/docker/Dockerfile.jvm")
JAVA_OPTS=${JAVA_OPTS:-$DOCKER_OPTS}
# The image's other settings (ENV NAME=value lines), such as MALLOC_ARENA_MAX, unless set here already.
while IFS='=' read -r name value; do
  [ -z "${!name:-}" ] && export "$name=$value"
done < <(sed -n 's/^ENV \([A-Z_]*\)=\([^"]*\)$/\1=\2/p' "$ROOT/src/main/docker/Dockerfile.jvm")
H2_JAR=$(ls "$ROOT"/target/quarkus-app/lib/main/com.h2database.h2-*.jar 2>/dev/null | head -1)
CGROUP=/sys/fs/cgroup/memory/explainers-memory-limit-$$

[ -f "$JAR" ] && [ -n "$H2_JAR" ] || { echo "no packaged H2 build: run mvn -B -DskipTests package first" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is needed" >&2; exit 1; }
[ -d /sys/fs/cgroup/memory ] && [ -w /sys/fs/cgroup/memory ] \
  || { echo "needs a writable cgroup v1 memory controller (/sys/fs/cgroup/memory): run as root" >&2; exit 1; }

work=$(mktemp -d)
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
  [ -d "$CGROUP" ] && rmdir "$CGROUP" 2>/dev/null
  [ -n "${KEEP_LOG:-}" ] && cat "$work"/app.log* >"$KEEP_LOG" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

echo "== Machine"
echo "cores: $(nproc)  memory: $(free -g | awk '/Mem:/{print $2}') GiB  load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1)"
echo "JAVA_OPTS: $JAVA_OPTS"
env | grep -E '^(MALLOC_|EXPLAINERS_|QUARKUS_)' | sed 's/^/env: /' || true
echo "limit: $LIMIT_MB MiB (cgroup v1, no swap); the JVM is told it has $CPUS processor(s)"

# The application as the image runs it, on the prod profile with an H2 file database in $work.
start() {
  local extra=$1
  # shellcheck disable=SC2086
  (cd "$work" && exec java $JAVA_OPTS -XX:ActiveProcessorCount=$CPUS $extra -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=$PORT \
      -Dquarkus.management.host=127.0.0.1 -Dquarkus.management.port=$MANAGEMENT_PORT -jar "$JAR" >>"$work/app.log" 2>&1) &
  app_pid=$!
  until grep -q "Listening on" "$work/app.log" 2>/dev/null && curl -sf -o /dev/null "http://127.0.0.1:$PORT/"; do
    kill -0 "$app_pid" 2>/dev/null || { echo "the app stopped while starting; its log:" >&2; tail -30 "$work/app.log" >&2; exit 1; }
    sleep 0.2
  done
}

stop() {
  kill "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
  : >"$work/app.log.stopped"; cat "$work/app.log" >>"$work/app.log.stopped"; : >"$work/app.log"
}

echo "== Preparing $TOPICS published topics (copies of the seed) in a fresh H2 database"
start ""
stop
cat >"$work/topics.sql" <<SQL
insert into topic (slug, title, focus_phrase, meta_description, intro, in_simple_terms, faq_heading, audience_min_age,
                   audience_max_age, about_type, about_name, about_alternate_name, status, published_at, modified_at, version)
select 'bench-topic-' || x, left('Topic ' || x || ': ' || t.title, 70), t.focus_phrase, t.meta_description, t.intro,
       t.in_simple_terms, t.faq_heading, t.audience_min_age, t.audience_max_age, t.about_type, t.about_name,
       t.about_alternate_name, 'PUBLISHED', t.published_at, t.modified_at, 0
from topic t cross join system_range(1, $TOPICS) where t.slug = 'what-is-occupational-therapy-for-kids';
insert into topic_section (topic_id, position, heading)
select b.id, s.position, s.heading from topic b, topic seed, topic_section s
where b.slug like 'bench-topic-%' and seed.slug = 'what-is-occupational-therapy-for-kids' and s.topic_id = seed.id;
insert into section_item (section_id, position, kind, label, text)
select bs.id, i.position, i.kind, i.label, i.text from topic_section bs, topic b, topic seed, topic_section ss, section_item i
where bs.topic_id = b.id and b.slug like 'bench-topic-%' and seed.slug = 'what-is-occupational-therapy-for-kids'
  and ss.topic_id = seed.id and ss.position = bs.position and i.section_id = ss.id;
insert into faq_entry (topic_id, position, question, answer)
select b.id, f.position, f.question, f.answer from topic b, topic seed, faq_entry f
where b.slug like 'bench-topic-%' and seed.slug = 'what-is-occupational-therapy-for-kids' and f.topic_id = seed.id;
update content_version set version = version + 1;
SQL
java -cp "$H2_JAR" org.h2.tools.RunScript -url "jdbc:h2:file:$work/data/explainers" -user explainers -script "$work/topics.sql"

# Every page and every card, in a random order per connection: the cache cannot hold them all, so pages and cards
# are rendered again and again, which is the most memory a replica needs.
cat >"$work/paths.lua" <<LUA
local topics = $TOPICS
local cards = 0
math.randomseed(os.time())
request = function()
  local n = math.random(1, topics)
  if math.random() < CARD_SHARE then
    return wrk.format("GET", "/topics/bench-topic-" .. n .. "/card.png")
  end
  return wrk.format("GET", "/topics/bench-topic-" .. n, {["Accept-Encoding"] = "gzip"})
end
LUA

mkdir "$CGROUP"
echo $((LIMIT_MB * 1024 * 1024)) >"$CGROUP/memory.limit_in_bytes"
# Run the JVM in the cgroup: this shell joins it, and the JVM it starts inherits it.
echo $$ >"$CGROUP/cgroup.procs"
extra=""
[ "$NMT" = 1 ] && extra="-XX:NativeMemoryTracking=summary"
echo "== Starting in the cgroup"
t0=$(date +%s%N)
start "$extra"
echo "first 200 after $(( ($(date +%s%N) - t0) / 1000000 )) ms"
# This shell leaves the cgroup again; only the application stays in it.
echo $$ >/sys/fs/cgroup/memory/cgroup.procs
java_pid=$app_pid
echo "heap max: $(jcmd "$java_pid" VM.flags 2>/dev/null | tr ' ' '\n' | sed -n 's/^-XX:MaxHeapSize=//p' | awk '{print int($1/1048576)}') MiB (as the JVM sized it inside the cgroup)"

phase() {
  local name=$1 share=$2
  kill -0 "$app_pid" 2>/dev/null || return 0
  sed "s/CARD_SHARE/$share/" "$work/paths.lua" >"$work/phase.lua"
  echo "== Load: $name ($DURATION s, $CONNECTIONS connections)"
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" -s "$work/phase.lua" "http://127.0.0.1:$PORT" | grep -E "Requests/sec|Non-2xx|Socket errors|requests in"
  kill -0 "$app_pid" 2>/dev/null || { echo "THE APPLICATION DIED: $(tail -5 "$work/app.log")"; }
  report
}

report() {
  local usage peak failcnt oom_kill
  usage=$(( $(cat "$CGROUP/memory.usage_in_bytes") / 1048576 ))
  peak=$(( $(cat "$CGROUP/memory.max_usage_in_bytes") / 1048576 ))
  failcnt=$(cat "$CGROUP/memory.failcnt")
  oom_kill=$(awk '/oom_kill /{print $2}' "$CGROUP/memory.oom_control")
  echo "cgroup: now $usage MiB, peak $peak MiB of $LIMIT_MB; times the limit was hit: $failcnt; OOM kills: ${oom_kill:-0}"
  if kill -0 "$app_pid" 2>/dev/null; then
    echo "process RSS: $(awk '/VmRSS/{print int($2/1024)}' "/proc/$java_pid/status") MiB; anon $(( $(awk '/^total_rss /{print $2}' "$CGROUP/memory.stat") / 1048576 )) MiB, page cache $(( $(awk '/^total_cache /{print $2}' "$CGROUP/memory.stat") / 1048576 )) MiB"
    curl -s "http://127.0.0.1:$MANAGEMENT_PORT/q/metrics" \
      | grep -E '^(explainers_page_cache_pages|jvm_memory_used_bytes)' \
      | sed -E 's/^jvm_memory_used_bytes\{area="([a-z]+)",id="([^"]+)"\} (.*)$/\1 \2 \3/' \
      | awk '/^explainers/ {print "  cached pages and cards: " $2; next} {v=$NF; $NF=""; printf "  %s%.1f MiB\n", $0, v/1048576}'
  fi
}

phase "pages and cards (a quarter cards)" 0.25
phase "cards only" 1.0

if kill -0 "$app_pid" 2>/dev/null; then
  jcmd "$java_pid" GC.run >/dev/null 2>&1
  echo "== Heap after a full collection (the live set): $(curl -s "http://127.0.0.1:$MANAGEMENT_PORT/q/metrics" \
    | awk '/^jvm_memory_used_bytes\{area="heap"/ {sum += $NF} END {printf "%.1f MiB", sum/1048576}')"
fi
if [ "$NMT" = 1 ] && kill -0 "$app_pid" 2>/dev/null; then
  echo "== The JVM's own account (NMT, committed)"
  jcmd "$java_pid" VM.native_memory summary scale=MB 2>/dev/null \
    | grep -E "^(Total|-\s+(Java Heap|Class|Thread|Code|GC|Compiler|Internal|Other|Symbol|Native Memory Tracking|Arena Chunk|Metaspace))" \
    | sed -E 's/reserved=[0-9]+MB, //; s/^-\s+//'
fi
stop
echo "== Done: the application $(grep -q 'OutOfMemoryError' "$work/app.log.stopped" && echo "threw OutOfMemoryError" || echo "logged no OutOfMemoryError")"
echo "errors and warnings it logged, by kind:"
grep -E "^[0-9-]+ [0-9:,]+ (ERROR|WARN)" "$work/app.log.stopped" | sed -E 's/^[0-9-]+ [0-9:,]+ //; s/\(([^)]*)\)//' | cut -c1-160 | sort | uniq -c | sort -rn | head -8
