#!/usr/bin/env bash
# Cache misses: how fast does the service render a page that is not in its page cache?
#
# Two copies of the packaged app side by side, both on an in-memory H2: one started with the `bench` Quarkus profile,
# which bypasses the page cache (PageCache: every page request renders: database read, template, JSON-LD, gzip,
# ETag), and one as shipped, which answers from the cache (the baseline). wrk runs on the seed page with
# `Accept-Encoding: gzip`, alternating the two in every round. Prints renders/s, p99 and the app's CPU time per request
# (user and system, from /proc: what a change to the rendering moves, whatever share of the 2 cores wrk took in that
# round) per round, the medians, the miss/hit ratio and PASS/MISS against the targets (issue 16):
#   renders/s >= 5,000   and   p99 of a miss < 20 ms   (wrk -t2 -c64)
# Then one JFR recording of the bypassed app under the same load: bytes allocated per render (total allocation of
# all threads over the window / requests in the window) and the top allocating frames (jdk.ObjectAllocationSample,
# by weight). Then async-profiler's CPU samples of it under the same load: the CPU per render by part (database
# read, template, structured data, gzip, HTTP, JIT, GC) and the top frames. async-profiler comes from the Maven
# repository, as the app's libraries do (mvn dependency:copy), and is loaded through the attach API.
# A benchmark reports; it exits 0 whether the targets are met or not (non-zero only when it cannot run).
#
# Builds nothing: it expects the packaged app at target/quarkus-app/quarkus-run.jar (`mvn -B -DskipTests package`).
#
# Settings (environment):
#   ROUNDS=5          rounds; each runs the bypassed and the cached app once, who goes first alternating
#   DURATION=10       seconds per wrk run
#   WARMUP=90         untimed seconds of wrk against each app before measuring: the JIT needs about 80 s of this
#                     load to compile the rendering with 8 worker threads, over 3 minutes with 32
#   THREADS=2 CONNECTIONS=64   wrk -t / -c
#   JFR=1 JFR_DURATION=20      the allocation profile of the bypassed app (JFR=0: none)
#   PROFILE=1 PROFILE_DURATION=20 PROFILE_EVENT=cpu   its CPU profile (PROFILE=0: none; PROFILE_EVENT=itimer where
#                     perf events are not allowed); ASYNC_PROFILER_VERSION=4.2
#   APP_PORT=18300    first port tried; the apps and their management interfaces take the next free ones
#   JAVA=java JAVA_OPTS=       the JVM and its options (default: none)
#   KEEP=dir          keep the app logs, the JFR recording and the collapsed CPU stacks there
#   JAR=...           another build's quarkus-run.jar
#   BASE_JAR=...      a baseline build's quarkus-run.jar: its misses are measured in the same rounds (a third app,
#                     also bypassing its cache); the median of the rounds' ratios compares this build's misses to its
#
# Usage: src/bench/miss-render.sh
#        ROUNDS=1 DURATION=3 WARMUP=5 JFR_DURATION=5 PROFILE_DURATION=5 src/bench/miss-render.sh     (a quick trial)
set -euo pipefail
export LC_ALL=C

ROUNDS=${ROUNDS:-5}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-90}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-64}
JFR=${JFR:-1}
JFR_DURATION=${JFR_DURATION:-20}
PROFILE=${PROFILE:-1}
PROFILE_DURATION=${PROFILE_DURATION:-20}
PROFILE_EVENT=${PROFILE_EVENT:-cpu}
ASYNC_PROFILER_VERSION=${ASYNC_PROFILER_VERSION:-4.2}
APP_PORT=${APP_PORT:-18300}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-}
KEEP=${KEEP:-}
STARTUP_TIMEOUT=${STARTUP_TIMEOUT:-90}

PAGE=/topics/what-is-occupational-therapy-for-kids
HOST=127.0.0.1
MIN_RENDERS=5000
MAX_P99_MS=20
GZIP_HEADER='Accept-Encoding: gzip'

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
JAR=${JAR:-target/quarkus-app/quarkus-run.jar}
BASE_JAR=${BASE_JAR:-}

. src/bench/lib.sh # log, die, stop, median (the working directory is the repository root by now)

command -v wrk >/dev/null 2>&1 || apt-get install -y -q wrk >/dev/null \
    || { apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null; } || die "could not install wrk"
for tool in curl awk sort timeout python3 "$JAVA"; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool not found"
done
JAVA_BIN=$(dirname "$(readlink -f "$(command -v "$JAVA")")")
JFR_TOOL=$JAVA_BIN/jfr
JCMD=$JAVA_BIN/jcmd
if [ "$JFR" = 1 ]; then
    [ -x "$JFR_TOOL" ] && [ -x "$JCMD" ] || die "jfr and jcmd not found next to $JAVA (JFR=0 skips the profile)"
fi
[ -f "$JAR" ] || die "$JAR not found: package the app first (mvn -B -DskipTests package)"
[ -z "$BASE_JAR" ] || [ -f "$BASE_JAR" ] || die "$BASE_JAR not found"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/miss-render.XXXXXX")
MISS_PID=
HIT_PID=
BASE_PID=
cleanup() {
    stop "$MISS_PID"
    stop "$HIT_PID"
    stop "$BASE_PID"
    if [ -n "$KEEP" ]; then
        mkdir -p "$KEEP" && cp -r "$WORK"/. "$KEEP"/ && log "kept: $KEEP"
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_in_use() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }
NEXT_PORT=$APP_PORT
take_port() { # sets PORT to the next free port from NEXT_PORT
    while port_in_use "$NEXT_PORT"; do
        NEXT_PORT=$((NEXT_PORT + 1))
        [ "$NEXT_PORT" -lt $((APP_PORT + 200)) ] || die "no free port from $APP_PORT"
    done
    PORT=$NEXT_PORT
    NEXT_PORT=$((NEXT_PORT + 1))
}
take_port; MISS_PORT=$PORT
take_port; MISS_MANAGEMENT=$PORT
take_port; HIT_PORT=$PORT
take_port; HIT_MANAGEMENT=$PORT
if [ -n "$BASE_JAR" ]; then
    take_port; BASE_PORT=$PORT
    take_port; BASE_MANAGEMENT=$PORT
    BASE_URL="http://$HOST:$BASE_PORT$PAGE"
fi
MISS_URL="http://$HOST:$MISS_PORT$PAGE"
HIT_URL="http://$HOST:$HIT_PORT$PAGE"

cpu_model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
log "== Machine"
log "cores:  $(nproc)${cpu_model:+ ($cpu_model)}"
log "memory: $(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || echo ?)"
log "load:   $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo ?) (1/5/15 min, before the run)"
log "java:   $("$JAVA" -version 2>&1 | head -n 1)   JAVA_OPTS=${JAVA_OPTS:-(none)}"
log "wrk:    $(wrk -v 2>&1 | head -n 1 || true)"
APPS="miss hit"; [ -z "$BASE_JAR" ] || APPS="miss base hit"
log "run:    $ROUNDS rounds x {${APPS// /, }}, wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s, $GZIP_HEADER," \
    "warm-up ${WARMUP}s each$([ "$JFR" = 1 ] && echo ", then ${JFR_DURATION}s under JFR")$(
        [ "$PROFILE" = 1 ] && echo ", then ${PROFILE_DURATION}s under async-profiler")"
log ""

# Samples are taken between safepoints too, or the profile leans on the frames where safepoints fall. Every app gets
# the same options, so the comparisons stay like for like.
PROFILE_OPTS=
[ "$PROFILE" = 1 ] && PROFILE_OPTS="-XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints"
# start name port management-port [options...]: starts the app, prints its pid
start() {
    local name=$1 port=$2 management=$3 jar=$JAR
    shift 3
    [ "$name" = base ] && jar=$BASE_JAR
    # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
    "$JAVA" $JAVA_OPTS $PROFILE_OPTS "$@" \
        -Dquarkus.http.host=$HOST -Dquarkus.http.port="$port" \
        -Dquarkus.management.host=$HOST -Dquarkus.management.port="$management" \
        "-Dquarkus.datasource.jdbc.url=jdbc:h2:mem:$name;DB_CLOSE_DELAY=-1" \
        -jar "$jar" >"$WORK/$name.log" 2>&1 &
    echo $!
}
await() { # name pid url
    local started
    started=$(date +%s)
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "$3" || true)" = 200 ]; do
        kill -0 "$2" 2>/dev/null || { tail -n 30 "$WORK/$1.log" >&2; die "$1 exited during startup"; }
        [ $(($(date +%s) - started)) -lt "$STARTUP_TIMEOUT" ] \
            || { tail -n 30 "$WORK/$1.log" >&2; die "$1 did not answer 200 within ${STARTUP_TIMEOUT}s"; }
        sleep 0.5
    done
}
log "== Apps: miss (the bench profile: page cache bypassed) on $MISS_PORT, hit (as shipped) on $HIT_PORT"
MISS_PID=$(start miss "$MISS_PORT" "$MISS_MANAGEMENT" -Dquarkus.profile=bench)
HIT_PID=$(start hit "$HIT_PORT" "$HIT_MANAGEMENT")
await miss "$MISS_PID" "$MISS_URL"
await hit "$HIT_PID" "$HIT_URL"
if [ -n "$BASE_JAR" ]; then
    log "      and base ($BASE_JAR, the bench profile too) on $BASE_PORT"
    BASE_PID=$(start base "$BASE_PORT" "$BASE_MANAGEMENT" -Dquarkus.profile=bench)
    await base "$BASE_PID" "$BASE_URL"
fi
grep -q 'page cache is bypassed' "$WORK/miss.log" || die "the miss app did not say its page cache is bypassed"

# Both send the same page: the comparison is of one page rendered and the same page served from memory.
curl -sS -H "$GZIP_HEADER" -D "$WORK/miss.headers" -o "$WORK/miss.gz" "$MISS_URL"
curl -sS -H "$GZIP_HEADER" -D "$WORK/hit.headers" -o "$WORK/hit.gz" "$HIT_URL"
[ -z "$BASE_JAR" ] || curl -sS -H "$GZIP_HEADER" -o "$WORK/base.gz" "$BASE_URL"
grep -qi '^content-encoding: gzip' "$WORK/miss.headers" || die "the miss app did not answer gzip"
python3 - "$WORK"/*.gz <<'PY' || die "the apps sent different pages"
import gzip, sys
pages = {gzip.decompress(open(path, 'rb').read()) for path in sys.argv[1:]}
sys.exit(0 if len(pages) == 1 else 1)
PY
log "seed page: $(gzip -dc "$WORK/miss.gz" | wc -c) bytes plain, $(wc -c <"$WORK/miss.gz") bytes gzip; the same page from every app"

misses() { # [management port]: a bypassed app's rendered requests so far (the miss app's by default)
    curl -s "http://$HOST:${1:-$MISS_MANAGEMENT}/q/metrics" \
        | awk '/^explainers_page_cache_requests_total\{.*result="miss"/ { printf "%d\n", $NF; found = 1 } END { if (!found) print 0 }'
}

cpu_ticks() { # pid: the CPU the process has used so far, user and system, in clock ticks
    awk '{ print $14 + $15 }' "/proc/$1/stat"
}

# run_wrk url seconds: prints "requests_per_s p99_ms requests problems"
run_wrk() {
    local out
    out=$(timeout $(($2 + 60)) wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2s" --latency -H "$GZIP_HEADER" "$1" 2>&1) || true
    awk '
        function ms(v) {
            if (v ~ /us$/) return substr(v, 1, length(v) - 2) / 1000
            if (v ~ /ms$/) return substr(v, 1, length(v) - 2) + 0
            if (v ~ /m$/)  return substr(v, 1, length(v) - 1) * 60000
            if (v ~ /s$/)  return substr(v, 1, length(v) - 1) * 1000
            return -1
        }
        /^Requests\/sec:/ { rps = $2 }
        / requests in / { requests = $1 }
        $1 == "99%" { p99 = ms($2) }
        /Non-2xx or 3xx responses:/ { bad += $NF }
        /Socket errors:/ { gsub(/,/, ""); bad += $4 + $6 + $8 + $10 }
        END {
            if (rps == "" || p99 == "") { print "NaN NaN 0 -1"; exit }
            printf "%.1f %.3f %d %d\n", rps, p99, requests, bad + 0
        }' <<<"$out"
}

log "== Warm-up (untimed): ${WARMUP}s each"
run_wrk "$MISS_URL" "$WARMUP" >/dev/null
run_wrk "$HIT_URL" "$WARMUP" >/dev/null
[ -z "$BASE_JAR" ] || run_wrk "$BASE_URL" "$WARMUP" >/dev/null
log ""

RESULTS=$WORK/results.tsv
: >"$RESULTS"
log "== Rounds (wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency, $GZIP_HEADER)"
printf '%-7s %-5s %10s %9s %10s %10s  %s\n' round app 'req/s' 'p99 ms' 'renders' 'CPU ms/req' ''
for r in $(seq 1 "$ROUNDS"); do
    if [ $((r % 2)) = 1 ]; then order=$APPS; else order=$(tr ' ' '\n' <<<"$APPS" | tac | xargs); fi
    for app in $order; do
        url=$MISS_URL management=$MISS_MANAGEMENT pid=$MISS_PID
        [ "$app" = hit ] && url=$HIT_URL pid=$HIT_PID
        [ "$app" = base ] && url=$BASE_URL management=$BASE_MANAGEMENT pid=$BASE_PID
        before=$(misses "$management")
        cpu_before=$(cpu_ticks "$pid")
        read -r rps p99 requests bad <<<"$(run_wrk "$url" "$DURATION")"
        cpu_ms=$(awk -v t=$(($(cpu_ticks "$pid") - cpu_before)) -v hz="$(getconf CLK_TCK)" -v n="$requests" \
            'BEGIN { if (n > 0) printf "%.3f", t * 1000 / hz / n; else print "NaN" }')
        rendered=$(($(misses "$management") - before))
        note=
        [ "$bad" = -1 ] && note="(could not read wrk's output)"
        [ "$bad" -gt 0 ] 2>/dev/null && note="($bad errors or non-2xx/3xx responses)"
        # Every request to the bypassed app must have been a rendering, or it measured something else.
        [ "$app" != hit ] && [ "$rendered" -lt "$requests" ] && note="$note (only $rendered renders for $requests requests)"
        printf '%-7s %-5s %10s %9s %10s %10s  %s\n' "$r/$ROUNDS" "$app" "$rps" "$p99" \
            "$([ "$app" != hit ] && echo "$rendered" || echo -)" "$cpu_ms" "$note"
        printf '%s\t%s\t%s\t%s\t%s\n' "$app" "$rps" "$p99" "$cpu_ms" "$r" >>"$RESULTS"
    done
done
log ""

result_median() { # app column (2 = req/s, 3 = p99, 4 = CPU ms a request)
    awk -F'\t' -v a="$1" -v c="$2" '$1 == a && $c != "NaN" { print $c }' "$RESULTS" | median
}
miss_rps=$(result_median miss 2); miss_p99=$(result_median miss 3)
hit_rps=$(result_median hit 2); hit_p99=$(result_median hit 3)
miss_cpu=$(result_median miss 4)
log "== Medians over $ROUNDS round(s); targets: renders/s >= $MIN_RENDERS, p99 of a miss < $MAX_P99_MS ms"
awk -v mr="$miss_rps" -v mp="$miss_p99" -v mc="$miss_cpu" -v hr="$hit_rps" -v hp="$hit_p99" -v minr=$MIN_RENDERS -v maxp=$MAX_P99_MS 'BEGIN {
    printf "miss (renders): %10.0f req/s  p99 %7.2f ms  CPU %.3f ms a render\n", mr, mp, mc
    printf "hit (cached):   %10.0f req/s  p99 %7.2f ms\n", hr, hp
    if (hr > 0) printf "miss/hit:       %10.3f\n", mr / hr
    why = ""
    if (!(mr >= minr)) why = why " renders/s"
    if (!(mp < maxp)) why = why " p99"
    printf "verdict:        %s%s\n", (why == "" ? "PASS" : "MISS"), (why == "" ? "" : " (" substr(why, 2) ")")
}'
round_ratios() { # column: this build's figure over the baseline's in each round, one line a round
    awk -F'\t' -v c="$1" '$c != "NaN" && $1 == "miss" { m[$5] = $c } $c != "NaN" && $1 == "base" { b[$5] = $c }
        END { for (r in m) if ((r in b) && b[r] > 0) printf "%.4f\n", m[r] / b[r] }' "$RESULTS"
}
if [ -n "$BASE_JAR" ]; then
    base_rps=$(result_median base 2); base_p99=$(result_median base 3); base_cpu=$(result_median base 4)
    awk -v mr="$miss_rps" -v mp="$miss_p99" -v mc="$miss_cpu" -v br="$base_rps" -v bp="$base_p99" -v bc="$base_cpu" 'BEGIN {
        printf "base (renders): %10.0f req/s  p99 %7.2f ms  CPU %.3f ms a render\n", br, bp, bc
        if (br > 0 && bp > 0 && bc > 0) printf "miss/base:      %10.2f req/s, %.2f p99, %.2f CPU a render (ratio of the medians)\n", mr / br, mp / bp, mc / bc
    }'
    # The machine drifts from round to round more than a small change moves the figures, and the medians of two
    # series may come from different rounds: a run of the same jar twice gave 0.90 by the medians, 0.98 this way.
    printf 'miss/base:      %10s req/s, %s p99, %s CPU a render (median of the ratios round by round: what decides)\n' \
        "$(round_ratios 2 | median)" "$(round_ratios 3 | median)" "$(round_ratios 4 | median)"
fi
log ""

# --- Allocation per render, JFR ----------------------------------------------------------------------------------
if [ "$JFR" = 1 ]; then
log "== JFR: the miss app under the same load for ${JFR_DURATION}s (settings=profile)"
RECORDING=$WORK/miss.jfr
"$JCMD" "$MISS_PID" JFR.start name=miss settings=profile >/dev/null
before=$(misses)
read -r rps p99 requests bad <<<"$(run_wrk "$MISS_URL" "$JFR_DURATION")"
rendered=$(($(misses) - before))
"$JCMD" "$MISS_PID" JFR.stop name=miss filename="$RECORDING" >/dev/null
log "under JFR: $rps renders/s, p99 $p99 ms, $rendered renders"
"$JFR_TOOL" summary "$RECORDING" \
    | awk '/jdk.ObjectAllocationSample|jdk.ThreadAllocationStatistics|jdk.GarbageCollection /'
"$JFR_TOOL" print --json --events jdk.ThreadAllocationStatistics,jdk.ObjectAllocationSample \
    --stack-depth 64 "$RECORDING" >"$WORK/events.json"
python3 - "$WORK/events.json" "$rendered" <<'PY'
import collections, json, sys

events = json.load(open(sys.argv[1]))["recording"]["events"]
renders = int(sys.argv[2])

def frames(event):
    trace = event["values"].get("stackTrace") or {}
    for frame in trace.get("frames", []):
        method = frame["method"]
        yield (method["type"]["name"] + "." + method["name"]).replace("/", ".")

# Each thread's allocation is a running total, sampled at the start and the end of the recording.
by_thread = collections.defaultdict(list)
for e in events:
    if e["type"] == "jdk.ThreadAllocationStatistics":
        by_thread[e["values"]["thread"]["javaThreadId"]].append(e["values"]["allocated"])
total = sum(max(v) - min(v) for v in by_thread.values())
print(f"allocated: {total / 1e6:.1f} MB over the window, {renders} renders: "
      f"{total / max(renders, 1) / 1024:.1f} KiB per render")

def top(kind, weight, pick, n=12, title=""):
    counts = collections.Counter()
    for e in events:
        if e["type"] == kind:
            names = list(frames(e))
            if names:
                counts[pick(names)] += weight(e)
    whole = sum(counts.values()) or 1
    print(title)
    for name, value in counts.most_common(n):
        print(f"  {100 * value / whole:5.1f}%  {name}")

jdk = ("java.", "jdk.", "sun.", "com.sun.")
first_ours = lambda names: next((n for n in names if n.startswith("io.explainers.")), names[0])
first_not_jdk = lambda names: next((n for n in names if not n.startswith(jdk)), names[0])
top("jdk.ObjectAllocationSample", lambda e: e["values"]["weight"], lambda names: names[0],
    title="allocation by top frame (jdk.ObjectAllocationSample, by weight):")
top("jdk.ObjectAllocationSample", lambda e: e["values"]["weight"], first_not_jdk,
    title="allocation by the first frame outside the JDK:")
top("jdk.ObjectAllocationSample", lambda e: e["values"]["weight"], first_ours,
    title="allocation by the first io.explainers frame:")
PY
fi

# --- CPU per part of a render, async-profiler -----------------------------------------------------------------------
# A JFR recording slowed the app about tenfold under this load, so its CPU shares were rough; async-profiler samples
# the CPU (perf events, kernel and native frames included) for about a fifth of the app's rate.
[ "$PROFILE" = 1 ] || exit 0
log ""
log "== async-profiler $ASYNC_PROFILER_VERSION: the miss app's CPU under the same load for ${PROFILE_DURATION}s"
case $(uname -m) in
    x86_64) platform=linux-x64 ;;
    aarch64) platform=linux-arm64 ;;
    *) die "no async-profiler build for $(uname -m) (PROFILE=0 skips the profile)" ;;
esac
# From the Maven repository, as every other library here: the jar carries the agent for each platform.
profiler_jar=$WORK/async-profiler-$ASYNC_PROFILER_VERSION.jar
mvn -B -q dependency:copy "-Dartifact=tools.profiler:async-profiler:$ASYNC_PROFILER_VERSION" "-DoutputDirectory=$WORK" \
    >/dev/null 2>&1 && [ -f "$profiler_jar" ] || die "could not fetch async-profiler $ASYNC_PROFILER_VERSION with Maven"
python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extract(sys.argv[2], sys.argv[3])' \
    "$profiler_jar" "$platform/libasyncProfiler.so" "$WORK" || die "no $platform agent in $profiler_jar"
# jcmd's JVMTI.agent_load reads "event=cpu" in the options as an argument of its own, so the agent is loaded through
# the attach API, from a one-file program.
cat >"$WORK/LoadAgent.java" <<'JAVA'
public class LoadAgent {
    public static void main(String[] args) throws Exception {
        var vm = com.sun.tools.attach.VirtualMachine.attach(args[0]);
        try {
            vm.loadAgentPath(args[1], args[2]);
        } finally {
            vm.detach();
        }
    }
}
JAVA
profiler() { "$JAVA" "$WORK/LoadAgent.java" "$MISS_PID" "$WORK/$platform/libasyncProfiler.so" "$1"; }
profiler "start,event=$PROFILE_EVENT,interval=1000000" || die "could not start async-profiler in the miss app"
before=$(misses)
read -r rps p99 requests bad <<<"$(run_wrk "$MISS_URL" "$PROFILE_DURATION")"
rendered=$(($(misses) - before))
profiler "stop,collapsed,file=$WORK/miss.collapsed" || die "could not stop async-profiler"
log "under async-profiler: $rps renders/s, p99 $p99 ms, $rendered renders"
python3 - "$WORK/miss.collapsed" "$rendered" <<'PY'
import collections, sys

stacks = []
for line in open(sys.argv[1]):
    stack, count = line.rstrip("\n").rsplit(" ", 1)
    stacks.append((stack.split(";"), int(count)))
samples = sum(count for _, count in stacks)
renders = max(int(sys.argv[2]), 1)
print(f"{samples} samples of 1 ms over the window: {samples / renders:.3f} ms of CPU per render, all threads")

# The parts of a render, each with what it calls; the first that matches a sample takes it.
parts = [
    # The transaction's interceptor (its begin and commit) runs in the CDI subclass, around PublishedTopics.find.
    ("the database read (PublishedTopics.find: Hibernate, H2, the transaction)", "PublishedTopics_Subclass.find"),
    ("gzip (CachedPage.gzip)", "CachedPage.gzip"),
    ("the structured data (StructuredData.forTopic)", "StructuredData.forTopic"),
    ("the template (PageRenderer.renderIn)", "PageRenderer.renderIn"),
    ("the ETag and the rest of the cached form (CachedPage.of)", "CachedPage.of"),
    ("the rest of the request on a worker (REST, the response)", "EnhancedQueueExecutor"),
    ("the event loops (Netty, Vert.x: reading, writing, HTTP)", "io/netty/"),
    ("the JIT compilers", "CompileBroker::"),
    ("the garbage collector (G1's threads; another collector's land in anything else)", "G1"),
]
shares = collections.Counter()
for frames, count in stacks:
    joined = ";".join(frames)
    shares[next((name for name, frame in parts if frame in joined), "anything else")] += count
print("CPU by part of a render (share of the samples, CPU per render):")
for name, _ in parts + [("anything else", None)]:
    print(f"  {100 * shares[name] / samples:5.1f}%  {shares[name] / renders:6.3f} ms  {name}")
self_time = collections.Counter()
for frames, count in stacks:
    self_time[frames[-1]] += count
print("CPU samples by top frame:")
for frame, count in self_time.most_common(15):
    print(f"  {100 * count / samples:5.1f}%  {frame}")
PY
exit 0
