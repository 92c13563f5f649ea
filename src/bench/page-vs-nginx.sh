#!/usr/bin/env bash
# Page vs nginx: how close does the service come to nginx serving the very same bytes as a static file?
#
# Runs wrk on loopback against the seed explainer page, served once by the packaged service (from its in-memory
# page cache) and once by nginx (Debian package) from a temporary config with `gzip_static on`, alternating service
# and nginx rounds, without and with `Accept-Encoding: gzip`. Prints requests/s and p99 latency per round, then the
# medians, the service/nginx ratios and PASS/MISS against the targets:
#   service req/s >= 1.0 x nginx req/s   and   service p99 <= 1.5 x nginx p99   (in both variants; issue 16).
# A benchmark reports; it does not fail CI: the exit status is 0 whether the targets are met or missed (it is
# non-zero only when the benchmark itself cannot run).
#
# Builds nothing by default: it expects the packaged app at target/quarkus-app/quarkus-run.jar
# (`mvn -B -DskipTests package`, or run this script with BUILD=1).
#
# Settings (environment):
#   ROUNDS=5          service/nginx round pairs per variant
#   DURATION=10       seconds per wrk round
#   WARMUP=15         seconds of untimed wrk against the service per variant before measuring (JIT)
#   THREADS=2 CONNECTIONS=64   wrk -t / -c
#   APP_PORT=18080 NGINX_PORT=18081   first port tried for each; the next free one is used
#   BUILD=1           package the app first (mvn -B -q -DskipTests package)
#   JAVA=java JAVA_OPTS=   the JVM and its options (default: none, JVM ergonomics)
#   MATCH_HEADERS=1   make nginx also send the service's extra response headers (Cache-Control, security
#                     headers), so both send about the same number of header bytes
#   JAR=...           another build's quarkus-run.jar (to compare two builds, one run each)
#   QUERY=            a query to ask the page with, as a shared link carries one (utm_source=newsletter); nginx
#                     serves the same file whatever the query
#   PROFILE=1         after the rounds, record the service with JFR under the gzip load for PROFILE_DURATION (20)
#                     seconds and print where its CPU went: the machine's user/system/softirq split and the top
#                     Java frames, by the frame on top and inclusive
#
# Usage: src/bench/page-vs-nginx.sh            (from anywhere; it works in the repository root)
#        ROUNDS=1 DURATION=3 WARMUP=5 src/bench/page-vs-nginx.sh   (a quick trial)
set -euo pipefail
export LC_ALL=C

ROUNDS=${ROUNDS:-5}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-15}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-64}
APP_PORT=${APP_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
BUILD=${BUILD:-0}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-}
MATCH_HEADERS=${MATCH_HEADERS:-0}
STARTUP_TIMEOUT=${STARTUP_TIMEOUT:-90}

PAGE=/topics/what-is-occupational-therapy-for-kids
HOST=127.0.0.1
MIN_RPS_RATIO=1.0
MAX_P99_RATIO=1.5

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
JAR=${JAR:-target/quarkus-app/quarkus-run.jar}
PROFILE=${PROFILE:-0}
PROFILE_DURATION=${PROFILE_DURATION:-20}

. src/bench/lib.sh # log, die, stop, median (the working directory is the repository root by now)

# --- Tools ------------------------------------------------------------------------------------------------------
find_nginx() { command -v nginx 2>/dev/null || { [ -x /usr/sbin/nginx ] && echo /usr/sbin/nginx; } || true; }

missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
[ -n "$(find_nginx)" ] || missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then
    log "Installing ${missing[*]} (apt-get) ..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q "${missing[@]}" >/dev/null \
        || { apt-get update -q >/dev/null && apt-get install -y -q "${missing[@]}" >/dev/null; } \
        || die "could not install ${missing[*]}; install them and run again"
fi
NGINX=$(find_nginx)
[ -n "$NGINX" ] || die "nginx not found"
for tool in curl gzip cmp awk sort timeout "$JAVA"; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool not found"
done

# --- The app ----------------------------------------------------------------------------------------------------
if [ "$BUILD" = 1 ]; then
    log "Packaging the app (mvn -B -q -DskipTests package) ..."
    mvn -B -q -DskipTests package
fi
[ -f "$JAR" ] || die "$JAR not found: this script builds nothing by default. Package the app first
  (mvn -B -DskipTests package) or run it with BUILD=1."

# --- Temp dir, cleanup ------------------------------------------------------------------------------------------
WORK=$(mktemp -d "${TMPDIR:-/tmp}/page-vs-nginx.XXXXXX")
APP_PID=
NGINX_PID=
cleanup() {
    stop "$APP_PID"
    stop "$NGINX_PID"
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_in_use() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }
free_port() { # first port from $1 that nobody listens on and is not $2
    local port=$1 tries=0
    while port_in_use "$port" || [ "$port" = "${2:-}" ]; do
        port=$((port + 1)); tries=$((tries + 1))
        [ $tries -lt 200 ] || die "no free port from $1"
    done
    echo "$port"
}
APP_PORT=$(free_port "$APP_PORT")
NGINX_PORT=$(free_port "$NGINX_PORT" "$APP_PORT")
APP_URL="http://$HOST:$APP_PORT$PAGE${QUERY:+?$QUERY}"
NGINX_URL="http://$HOST:$NGINX_PORT$PAGE${QUERY:+?$QUERY}"

# --- Machine ----------------------------------------------------------------------------------------------------
cpu_model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
mem_total=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || true)
log "== Machine"
log "cores:  $(nproc)${cpu_model:+ ($cpu_model)}"
log "memory: ${mem_total:-?}"
log "kernel: $(uname -sr)"
log "load:   $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo ?) (1/5/15 min, before the run)"
log "java:   $("$JAVA" -version 2>&1 | head -n 1)"
log "        JAVA_OPTS=${JAVA_OPTS:-(none)}"
log "wrk:    $(wrk -v 2>&1 | head -n 1 || true)"
log "nginx:  $("$NGINX" -v 2>&1 | head -n 1 | sed 's/^nginx version: //')"
log "run:    $ROUNDS rounds x {service, nginx} x {plain, gzip}, wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s," \
    "warm-up ${WARMUP}s per variant; about $((2 * WARMUP + 4 + ROUNDS * 4 * DURATION + 30)) s"
log ""

# --- Start the service ------------------------------------------------------------------------------------------
log "== Service: $JAR on $HOST:$APP_PORT (in-memory H2)"
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
"$JAVA" $JAVA_OPTS \
    -Dquarkus.http.host=$HOST \
    -Dquarkus.http.port="$APP_PORT" \
    '-Dquarkus.datasource.jdbc.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1' \
    -jar "$JAR" >"$WORK/app.log" 2>&1 &
APP_PID=$!

started=$(date +%s)
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$APP_URL" || true)" = 200 ]; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
        tail -n 30 "$WORK/app.log" >&2
        die "the service exited during startup"
    fi
    if [ $(($(date +%s) - started)) -ge "$STARTUP_TIMEOUT" ]; then
        tail -n 30 "$WORK/app.log" >&2
        die "the service did not answer 200 at $APP_URL within ${STARTUP_TIMEOUT}s"
    fi
    sleep 0.5
done
log "answers 200 after $(($(date +%s) - started)) s"

# --- The same bytes for nginx -----------------------------------------------------------------------------------
WWW=$WORK/www
mkdir -p "$WWW"
curl -sS -o "$WWW/index.html" -D "$WORK/service.plain.headers" "$APP_URL"
curl -sS -H 'Accept-Encoding: gzip' -o "$WWW/index.html.gz" -D "$WORK/service.gzip.headers" "$APP_URL"

header() { # file name: the value of header `name` in a curl -D dump
    awk -v name="$2" '{ sub(/\r$/, "") }
        tolower($0) ~ "^" tolower(name) ":" { sub(/^[^:]*:[ \t]*/, ""); print; exit }' "$1"
}
[ "$(header "$WORK/service.gzip.headers" Content-Encoding)" = gzip ] \
    || die "the service did not answer gzip to Accept-Encoding: gzip"
[ -z "$(header "$WORK/service.plain.headers" Content-Encoding)" ] \
    || die "the service compressed a response to a request without Accept-Encoding"
gzip -t "$WWW/index.html.gz" || die "the gzip body is not valid gzip"
gzip -dc "$WWW/index.html.gz" | cmp -s - "$WWW/index.html" \
    || die "the gzip body does not decompress to the plain body"
for v in plain gzip; do
    f=$WWW/index.html; [ $v = gzip ] && f=$WWW/index.html.gz
    len=$(header "$WORK/service.$v.headers" Content-Length)
    [ -z "$len" ] || [ "$len" = "$(wc -c <"$f")" ] || die "$v: Content-Length $len but $(wc -c <"$f") bytes saved"
done
# The same Last-Modified as the service: nginx takes it (and its ETag) from the file's mtime.
last_modified=$(header "$WORK/service.plain.headers" Last-Modified)
if [ -n "$last_modified" ]; then
    touch -d "$last_modified" "$WWW/index.html" "$WWW/index.html.gz" 2>/dev/null || true
fi
# When run as root, nginx workers run as an unprivileged user: they must be able to read the files.
chmod 0755 "$WORK" "$WWW"
chmod 0644 "$WWW/index.html" "$WWW/index.html.gz"
log "seed page: $(wc -c <"$WWW/index.html") bytes plain, $(wc -c <"$WWW/index.html.gz") bytes gzip (saved, checked)"

# --- nginx ------------------------------------------------------------------------------------------------------
extra_headers=
if [ "$MATCH_HEADERS" = 1 ]; then
    # Every header the service sends that nginx would not send on its own, as add_header lines.
    extra_headers=$(awk '{ sub(/\r$/, "") }
        NR > 1 && /^[A-Za-z0-9-]+:/ {
            name = $0; sub(/:.*/, "", name); value = $0; sub(/^[^:]*:[ \t]*/, "", value)
            if (tolower(name) ~ /^(date|server|connection|keep-alive|content-type|content-length|content-encoding|transfer-encoding|etag|last-modified|vary)$/) next
            if (value ~ /[$"\\]/) next
            printf "            add_header %s \"%s\";\n", name, value
        }' "$WORK/service.plain.headers")
fi
mkdir -p "$WORK/nginx/logs" "$WORK/nginx/tmp"
cat >"$WORK/nginx/nginx.conf" <<EOF
# Temporary config written by page-vs-nginx.sh; nothing here touches the system nginx.
daemon off;
worker_processes ${NGINX_WORKERS:-auto};
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;

events {
    worker_connections 1024;
}

http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    # Keep wrk's connections open for the whole round, as the service does (nginx closes after 1000 by default).
    keepalive_requests 10000000;
    keepalive_timeout 75s;
    open_file_cache max=16 inactive=60s;
    open_file_cache_valid 60s;

    client_body_temp_path $WORK/nginx/tmp/client_body;
    proxy_temp_path $WORK/nginx/tmp/proxy;
    fastcgi_temp_path $WORK/nginx/tmp/fastcgi;
    uwsgi_temp_path $WORK/nginx/tmp/uwsgi;
    scgi_temp_path $WORK/nginx/tmp/scgi;

    types {
        text/html html;
    }
    default_type text/html;
    charset utf-8;

    # The pre-compressed copy (index.html.gz) for clients that accept gzip; Vary as the service sends it.
    gzip off;
    gzip_static on;
    gzip_vary on;

    server {
        listen $HOST:$NGINX_PORT;
        server_name localhost;

        location = $PAGE {
            alias $WWW/index.html;
$extra_headers
        }
        location / {
            return 404;
        }
    }
}
EOF
"$NGINX" -t -q -p "$WORK/nginx" -e "$WORK/nginx/logs/error.log" -c "$WORK/nginx/nginx.conf" \
    || die "nginx rejected the temporary config"
"$NGINX" -p "$WORK/nginx" -e "$WORK/nginx/logs/error.log" -c "$WORK/nginx/nginx.conf" &
NGINX_PID=$!
for i in $(seq 1 50); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$NGINX_URL" || true)" = 200 ] && break
    kill -0 "$NGINX_PID" 2>/dev/null || { cat "$WORK/nginx/logs/error.log" >&2; die "nginx exited"; }
    sleep 0.2
done
log "== nginx: $HOST:$NGINX_PORT, worker_processes ${NGINX_WORKERS:-auto}, gzip_static on$(
    [ "$MATCH_HEADERS" = 1 ] && echo ", with the service's extra headers (MATCH_HEADERS=1)")"

# Both servers must send the same bodies, or the comparison means nothing.
curl -sS -o "$WORK/nginx.plain.body" -D "$WORK/nginx.plain.headers" "$NGINX_URL"
curl -sS -H 'Accept-Encoding: gzip' -o "$WORK/nginx.gzip.body" -D "$WORK/nginx.gzip.headers" "$NGINX_URL"
cmp -s "$WORK/nginx.plain.body" "$WWW/index.html" || die "nginx's plain body differs from the service's"
cmp -s "$WORK/nginx.gzip.body" "$WWW/index.html.gz" || die "nginx's gzip body differs from the service's"
[ "$(header "$WORK/nginx.gzip.headers" Content-Encoding)" = gzip ] || die "nginx did not serve the gzip copy"
log "identical bodies from both servers, both variants"
log ""

# --- Response headers: what else goes over the wire -------------------------------------------------------------
log "== Response headers (bytes, status line to blank line)"
for v in plain gzip; do
    log "$v: service $(wc -c <"$WORK/service.$v.headers"), nginx $(wc -c <"$WORK/nginx.$v.headers")"
done
names() { awk 'NR > 1 && /:/ { sub(/:.*/, ""); print tolower($0) }' "$1" | sort; }
only_service=$(comm -23 <(names "$WORK/service.gzip.headers") <(names "$WORK/nginx.gzip.headers") | paste -sd' ' -)
only_nginx=$(comm -13 <(names "$WORK/service.gzip.headers") <(names "$WORK/nginx.gzip.headers") | paste -sd' ' -)
log "only the service sends: ${only_service:-(none)}"
log "only nginx sends:       ${only_nginx:-(none)}"
for s in service nginx; do
    log "-- $s, gzip:"
    tr -d '\r' <"$WORK/$s.gzip.headers" | sed -e '/^$/d' -e 's/^/   /'
done
log ""

# --- wrk ----------------------------------------------------------------------------------------------------------
# run_wrk url seconds [header]: prints "req_per_s p99_ms problems" (problems: non-2xx/3xx + socket errors)
run_wrk() {
    local url=$1 seconds=$2 out
    local args=(-t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency)
    [ -n "${3:-}" ] && args+=(-H "$3")
    out=$(timeout $((seconds + 60)) wrk "${args[@]}" "$url" 2>&1) || true
    awk '
        function ms(v) {
            if (v ~ /us$/) return substr(v, 1, length(v) - 2) / 1000
            if (v ~ /ms$/) return substr(v, 1, length(v) - 2) + 0
            if (v ~ /m$/)  return substr(v, 1, length(v) - 1) * 60000
            if (v ~ /h$/)  return substr(v, 1, length(v) - 1) * 3600000
            if (v ~ /s$/)  return substr(v, 1, length(v) - 1) * 1000
            return -1
        }
        /^Requests\/sec:/ { rps = $2 }
        $1 == "99%" { p99 = ms($2) }
        /Non-2xx or 3xx responses:/ { bad += $NF }
        /Socket errors:/ { gsub(/,/, ""); bad += $4 + $6 + $8 + $10 }
        END {
            if (rps == "" || p99 == "") { print "NaN NaN -1"; exit }
            printf "%.1f %.3f %d\n", rps, p99, bad
        }' <<<"$out"
}

GZIP_HEADER='Accept-Encoding: gzip'
variant_header() { [ "$1" = gzip ] && echo "$GZIP_HEADER" || true; }

log "== Warm-up (untimed): service ${WARMUP}s per variant, nginx 2s per variant"
for v in plain gzip; do
    run_wrk "$APP_URL" "$WARMUP" "$(variant_header $v)" >/dev/null
    run_wrk "$NGINX_URL" 2 "$(variant_header $v)" >/dev/null
done
log ""

RESULTS=$WORK/results.tsv
: >"$RESULTS"
log "== Rounds (wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency)"
printf '%-9s %-6s %-8s %12s %11s\n' round variant server 'req/s' 'p99 ms'
for r in $(seq 1 "$ROUNDS"); do
    # Alternate who goes first, so neither server always runs on the heels of the other.
    if [ $((r % 2)) = 1 ]; then order="service nginx"; else order="nginx service"; fi
    for v in plain gzip; do
        for s in $order; do
            url=$APP_URL; [ "$s" = nginx ] && url=$NGINX_URL
            read -r rps p99 bad <<<"$(run_wrk "$url" "$DURATION" "$(variant_header $v)")"
            note=
            [ "$bad" = -1 ] && note="  (could not read wrk's output)"
            [ "$bad" -gt 0 ] 2>/dev/null && note="  ($bad errors or non-2xx/3xx responses)"
            printf '%-9s %-6s %-8s %12s %11s%s\n' "$r/$ROUNDS" "$v" "$s" "$rps" "$p99" "$note"
            printf '%s\t%s\t%s\t%s\t%s\n' "$v" "$s" "$rps" "$p99" "$bad" >>"$RESULTS"
        done
    done
done
log ""

# --- Medians, ratios, verdict -------------------------------------------------------------------------------------
result_median() { # variant server column (3 = req/s, 4 = p99)
    awk -F'\t' -v v="$1" -v s="$2" -v c="$3" '$1 == v && $2 == s && $c != "NaN" { print $c }' "$RESULTS" | median
}
log "== Medians over $ROUNDS round(s); targets: req/s ratio >= $MIN_RPS_RATIO, p99 ratio <= $MAX_P99_RATIO"
printf '%-7s %14s %12s %9s %15s %13s %10s  %s\n' \
    variant 'service req/s' 'nginx req/s' 'ratio' 'service p99 ms' 'nginx p99 ms' 'p99 ratio' verdict
all=PASS
for v in plain gzip; do
    line=$(awk -v v="$v" -v sr="$(result_median "$v" service 3)" -v nr="$(result_median "$v" nginx 3)" \
        -v sp="$(result_median "$v" service 4)" -v np="$(result_median "$v" nginx 4)" \
        -v minr="$MIN_RPS_RATIO" -v maxp="$MAX_P99_RATIO" 'BEGIN {
            if (sr == "NaN" || nr == "NaN" || sp == "NaN" || np == "NaN" || nr <= 0 || np <= 0) {
                printf "%-7s %14s %12s %9s %15s %13s %10s  %s\n", v, sr, nr, "-", sp, np, "-", "MISS (no data)"; exit
            }
            rr = sr / nr; pr = sp / np
            verdict = (rr >= minr && pr <= maxp) ? "PASS" : "MISS"
            why = ""
            if (rr < minr) why = why " req/s"
            if (pr > maxp) why = why " p99"
            printf "%-7s %14.0f %12.0f %9.2f %15.2f %13.2f %10.2f  %s%s\n", v, sr, nr, rr, sp, np, pr, verdict,
                (why == "" ? "" : " (" substr(why, 2) ")")
        }')
    log "$line"
    case $line in *PASS*) ;; *) all=MISS ;; esac
done
log ""
log "overall: $all"
if [ -s "$WORK/nginx/logs/error.log" ]; then
    log "(nginx error log not empty:)"
    tail -n 5 "$WORK/nginx/logs/error.log"
fi
[ "$PROFILE" = 1 ] || exit 0

# --- Where the service's time goes, JFR ---------------------------------------------------------------------------
JAVA_BIN=$(dirname "$(readlink -f "$(command -v "$JAVA")")")
[ -x "$JAVA_BIN/jcmd" ] && [ -x "$JAVA_BIN/jfr" ] || die "jfr and jcmd not found next to $JAVA (PROFILE=0 skips this)"
log ""
log "== Profile: the service under the gzip load for ${PROFILE_DURATION}s (JFR, settings=profile)"
cpu_times() { awk '/^cpu / { print $2 + $3, $4, $7 + $8, $2 + $3 + $4 + $5 + $6 + $7 + $8 }' /proc/stat; }
"$JAVA_BIN/jcmd" "$APP_PID" JFR.start name=hits settings=profile >/dev/null
read -r user0 system0 irq0 total0 <<<"$(cpu_times)"
read -r rps p99 bad <<<"$(run_wrk "$APP_URL" "$PROFILE_DURATION" "$GZIP_HEADER")"
read -r user1 system1 irq1 total1 <<<"$(cpu_times)"
"$JAVA_BIN/jcmd" "$APP_PID" JFR.stop name=hits filename="$WORK/hits.jfr" >/dev/null
log "under JFR: $rps req/s, p99 $p99 ms"
awk -v u=$((user1 - user0)) -v s=$((system1 - system0)) -v i=$((irq1 - irq0)) -v t=$((total1 - total0)) 'BEGIN {
    printf "the whole machine (wrk and the JVM): user %.0f%%, system %.0f%%, (soft)irq %.0f%%, idle %.0f%%\n",
        100 * u / t, 100 * s / t, 100 * i / t, 100 * (t - u - s - i) / t }'
"$JAVA_BIN/jfr" print --json --events jdk.ExecutionSample --stack-depth 64 "$WORK/hits.jfr" >"$WORK/hits.json"
python3 - "$WORK/hits.json" <<'PY'
import collections, json, sys

events = [e for e in json.load(open(sys.argv[1]))["recording"]["events"] if e["type"] == "jdk.ExecutionSample"]
def frames(event):
    for frame in (event["values"].get("stackTrace") or {}).get("frames", []):
        method = frame["method"]
        yield (method["type"]["name"] + "." + method["name"]).replace("/", ".")
top, inclusive = collections.Counter(), collections.Counter()
for e in events:
    names = list(frames(e))
    if names:
        top[names[0]] += 1
        inclusive.update(set(names))
n = sum(top.values()) or 1
print(f"{n} execution samples (Java code only: time in the kernel, in socket reads and writes, is not sampled)")
print("by the frame on top:")
for name, count in top.most_common(12):
    print(f"  {100 * count / n:5.1f}%  {name}")
print("inclusive (the frame anywhere in the stack), without the event loop's own frames:")
loop = ("io.netty.util.concurrent.", "io.netty.util.internal.ThreadExecutorMap", "io.netty.channel.nio.NioEventLoop.run",
        "io.netty.channel.epoll.EpollEventLoop.run", "java.lang.Thread.run", "io.vertx.core.impl.VertxThread.run")
shown = 0
for name, count in inclusive.most_common():
    if not name.startswith(loop):
        print(f"  {100 * count / n:5.1f}%  {name}")
        shown += 1
        if shown == 25:
            break
PY
exit 0
