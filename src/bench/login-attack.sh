#!/usr/bin/env bash
# Login attack: do public pages keep their latency while someone guesses passwords at full speed?
#
# Starts the packaged service (in-memory H2) with an administrator whose password this script makes up and forgets,
# then measures the seed explainer page with wrk: first on an idle service, then while a second wrk sends wrong
# passwords for that administrator to the API on ATTACK_CONNECTIONS connections. Each phase runs ROUNDS times, idle and
# attacked alternating; the medians of the page's p99 latency are compared: target attacked p99 <= 2 x idle p99.
# Runs the whole thing twice: with the login throttle as configured (the default: 10 failures per address and per
# username, then 429 before any password is checked) and, for comparison, with the throttle's allowance made so large
# that every guess costs a bcrypt hash (what the service did before it had a throttle).
# A benchmark reports; it does not fail CI: it exits 0 whether the target is met or missed (non-zero only when it
# cannot run).
#
# Builds nothing by default: it expects the packaged app at target/quarkus-app/quarkus-run.jar
# (`mvn -B -DskipTests package`, or run this script with BUILD=1).
#
# Settings (environment):
#   ROUNDS=3              idle/attacked pairs per configuration
#   DURATION=10           seconds per wrk measurement
#   WARMUP=10             seconds of untimed wrk against the page before measuring (JIT)
#   PAGE_CONNECTIONS=8    wrk -c for the page (one thread)
#   ATTACK_CONNECTIONS=64 wrk -c for the attack (one thread)
#   APP_PORT=18090        first port tried; the next free one is used
#   BUILD=1               package the app first
#   JAVA=java JAVA_OPTS=  the JVM and its options
#
# Usage: src/bench/login-attack.sh          (from anywhere; it works in the repository root)
set -euo pipefail
export LC_ALL=C

ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-10}
PAGE_CONNECTIONS=${PAGE_CONNECTIONS:-8}
ATTACK_CONNECTIONS=${ATTACK_CONNECTIONS:-64}
APP_PORT=${APP_PORT:-18090}
BUILD=${BUILD:-0}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-}
STARTUP_TIMEOUT=${STARTUP_TIMEOUT:-90}

PAGE=/topics/what-is-occupational-therapy-for-kids
API=/api/topics
HOST=127.0.0.1
ADMIN=bench-admin
MAX_P99_RATIO=2

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
JAR=target/quarkus-app/quarkus-run.jar

. src/bench/lib.sh # log, die, stop, median (the working directory is the repository root by now)

for tool in wrk curl awk sort base64 timeout "$JAVA"; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool not found (wrk: apt-get install wrk)"
done
if [ "$BUILD" = 1 ]; then
    log "Packaging the app (mvn -B -q -DskipTests package) ..."
    mvn -B -q -DskipTests package
fi
[ -f "$JAR" ] || die "$JAR not found: package the app first (mvn -B -DskipTests package) or run with BUILD=1."

WORK=$(mktemp -d "${TMPDIR:-/tmp}/login-attack.XXXXXX")
APP_PID=
ATTACK_PID=
cleanup() {
    stop "$ATTACK_PID"
    stop "$APP_PID"
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_in_use() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }
while port_in_use "$APP_PORT"; do APP_PORT=$((APP_PORT + 1)); done
BASE=http://$HOST:$APP_PORT

# Made up for this run only, never written anywhere.
PASSWORD=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
WRONG="Authorization: Basic $(printf '%s:%s' "$ADMIN" "not-the-password" | base64 | tr -d '\n')"

log "== Machine"
log "cores:  $(nproc) ($(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || echo ?))"
log "load:   $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min, before the run)"
log "java:   $("$JAVA" -version 2>&1 | head -n 1)"
log "wrk:    $(wrk -v 2>&1 | head -n 1 || true)"
log "run:    $ROUNDS x {idle, attacked} x {throttled, unthrottled}; page: wrk -t1 -c$PAGE_CONNECTIONS -d${DURATION}s;" \
    "attack: wrk -t1 -c$ATTACK_CONNECTIONS on $API with a wrong password"
log ""

# run_wrk connections seconds url [header]: prints "req_per_s p99_ms non_2xx"
run_wrk() {
    local connections=$1 seconds=$2 url=$3 out
    local args=(-t1 -c"$connections" -d"${seconds}s" --latency)
    [ -n "${4:-}" ] && args+=(-H "$4")
    out=$(timeout $((seconds + 60)) wrk "${args[@]}" "$url" 2>&1) || true
    awk '
        function ms(v) {
            if (v ~ /us$/) return substr(v, 1, length(v) - 2) / 1000
            if (v ~ /ms$/) return substr(v, 1, length(v) - 2) + 0
            if (v ~ /m$/)  return substr(v, 1, length(v) - 1) * 60000
            if (v ~ /s$/)  return substr(v, 1, length(v) - 1) * 1000
            return -1
        }
        /^Requests\/sec:/ { rps = $2 }
        $1 == "99%" { p99 = ms($2) }
        /Non-2xx or 3xx responses:/ { bad += $NF }
        END {
            if (rps == "" || p99 == "") { print "NaN NaN -1"; exit }
            printf "%.1f %.3f %d\n", rps, p99, bad
        }' <<<"$out"
}

# configuration name + extra JVM options
measure() {
    local name=$1; shift
    log "== $name"
    # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
    EXPLAINERS_ADMIN_USERNAME=$ADMIN EXPLAINERS_ADMIN_PASSWORD=$PASSWORD "$JAVA" $JAVA_OPTS "$@" \
        -Dquarkus.http.host=$HOST -Dquarkus.http.port="$APP_PORT" \
        '-Dquarkus.datasource.jdbc.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1' \
        -jar "$JAR" >"$WORK/$name.log" 2>&1 &
    APP_PID=$!
    local started i
    started=$(date +%s)
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE$PAGE" || true)" = 200 ]; do
        kill -0 "$APP_PID" 2>/dev/null || { tail -n 30 "$WORK/$name.log" >&2; die "the service exited during startup"; }
        [ $(($(date +%s) - started)) -lt "$STARTUP_TIMEOUT" ] || die "the service did not start within ${STARTUP_TIMEOUT}s"
        sleep 0.5
    done
    [ "$(curl -s -o /dev/null -w '%{http_code}' -u "$ADMIN:$PASSWORD" "$BASE$API")" = 200 ] \
        || die "the administrator cannot log in"
    run_wrk "$PAGE_CONNECTIONS" "$WARMUP" "$BASE$PAGE" >/dev/null
    printf '%-7s %-9s %10s %10s %14s %16s\n' round phase 'page req/s' 'page p99' 'attack req/s' 'attack answers'
    : >"$WORK/$name.idle"; : >"$WORK/$name.attacked"
    for i in $(seq 1 "$ROUNDS"); do
        read -r rps p99 _ <<<"$(run_wrk "$PAGE_CONNECTIONS" "$DURATION" "$BASE$PAGE")"
        printf '%-7s %-9s %10s %8s ms %14s %16s\n' "$i/$ROUNDS" idle "$rps" "$p99" - -
        echo "$p99" >>"$WORK/$name.idle"

        wrk -t1 -c"$ATTACK_CONNECTIONS" -d"$((DURATION + 4))s" -H "$WRONG" "$BASE$API" >"$WORK/attack.out" 2>&1 &
        ATTACK_PID=$!
        sleep 2 # the attack is under way before the page is measured
        read -r rps p99 _ <<<"$(run_wrk "$PAGE_CONNECTIONS" "$DURATION" "$BASE$PAGE")"
        wait "$ATTACK_PID" 2>/dev/null || true
        ATTACK_PID=
        local attack_rps answers
        attack_rps=$(awk '/^Requests\/sec:/ { print $2 }' "$WORK/attack.out")
        answers=$(grep -c 'Failed login' "$WORK/$name.log" || true)
        printf '%-7s %-9s %10s %8s ms %14s %16s\n' "$i/$ROUNDS" attacked "$rps" "$p99" "${attack_rps:-?}" "$answers 401 so far"
        echo "$p99" >>"$WORK/$name.attacked"
    done
    stop "$APP_PID"; APP_PID=
    local idle attacked
    idle=$(median <"$WORK/$name.idle")
    attacked=$(median <"$WORK/$name.attacked")
    awk -v n="$name" -v i="$idle" -v a="$attacked" -v max="$MAX_P99_RATIO" 'BEGIN {
        r = (i > 0) ? a / i : 0
        printf "median page p99: idle %.3f ms, attacked %.3f ms, ratio %.2f (target <= %s): %s\n\n", i, a, r, max, (r <= max ? "PASS" : "MISS")
    }'
}

measure throttled
measure unthrottled -Dexplainers.login.failures-per-address=1000000000 -Dexplainers.login.failures-per-username=1000000000
