#!/usr/bin/env bash
# Soak: the packaged PostgreSQL build under steady load for DURATION seconds, with an editor changing a topic every
# second, a burst of wrong-password logins, and the database stopped for OUTAGE seconds in the middle.
#
# What it does:
#   1. Creates a throwaway PostgreSQL cluster of its own (initdb into a temp dir, as the postgres user, on a free port,
#      listening on 127.0.0.1 only) with a role and database for the run. The machine's own PostgreSQL is not touched.
#   2. Starts target/quarkus-app/quarkus-run.jar (build it with `mvn -B package -DskipTests -Dpostgresql`) on the
#      production profile against it, with the Dockerfile's JVM options (heap fixed at 77 MiB, what 30% of
#      the 256 MiB limit of the time gave: tighter than a replica's 96 MiB today), an administrator whose password
#      the script makes up, and a base URL under `.internal` (a private-use name; StartupChecks refuses localhost and
#      the names reserved for examples and tests).
#   3. Publishes a few topics besides the seed: OTHER_TOPICS that nobody edits and one the editor edits.
#   4. Load, all on 127.0.0.1: CONNECTIONS wrk connections split over four kinds of page, each its own wrk process
#      counting status codes (and 5xx by second): the seed page, the other topic pages, the home page (dropped from
#      the cache on every edit), and the edited topic's page (dropped on every edit).
#   5. The editor: every second GET the topic, write "Soak edit N." into its intro, PUT it back with If-Match. Every
#      attempt's outcome and N is logged. It connects from 127.0.0.2, so the wrong-password burst (from 127.0.0.1,
#      for another username) does not use up its login allowance.
#   6. At ATTACK_AT: ATTACK seconds of wrk with a wrong Basic password on /api/topics (expect 401, then 429).
#   7. At OUTAGE_AT: `pg_ctl stop -m fast`, OUTAGE seconds, start again. A prober asks every 0.25 s for the sitemap
#      (never cached: it needs the database), the edited page and the database health group, until all are back.
#   8. Afterwards: every revision the edited topic has (paged list, then each revision's document) is matched to the
#      editor's log: each edit answered 200 must be exactly one revision, no failed edit may have left one.
#   9. Reports requests and status classes per kind (5xx inside and outside the outage), edits, RSS at the start
#      (after warm-up) and the end, recovery times, login counters and the application's ERROR lines.
#
# A soak reports; it exits 0 whether targets are met or not, non-zero only when it cannot run. Run as root (it uses
# runuser to run PostgreSQL as postgres).
#
# Settings (environment): DURATION=600 OUTAGE_AT=240 OUTAGE=60 ATTACK_AT=120 ATTACK=30 CONNECTIONS=64
#   ATTACK_CONNECTIONS=16 WARMUP=15 OTHER_TOPICS=4 APP_PORT=18100 MANAGEMENT_PORT=19100 PG_PORT=15500 (first tried)
#   JAVA=java JAVA_OPTS=<the Dockerfile's, heap 77m> KEEP=<dir to copy logs into>
set -euo pipefail
export LC_ALL=C

DURATION=${DURATION:-600}
OUTAGE=${OUTAGE:-60}
OUTAGE_AT=${OUTAGE_AT:-$((DURATION * 2 / 5))}
ATTACK=${ATTACK:-30}
ATTACK_AT=${ATTACK_AT:-$((DURATION / 5))}
CONNECTIONS=${CONNECTIONS:-64}
ATTACK_CONNECTIONS=${ATTACK_CONNECTIONS:-16}
WARMUP=${WARMUP:-15}
OTHER_TOPICS=${OTHER_TOPICS:-4}
APP_PORT=${APP_PORT:-18100}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-19100}
PG_PORT=${PG_PORT:-15500}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-"-XX:+UseSerialGC -Xms77m -Xmx77m -XX:MaxMetaspaceSize=96m -XX:ReservedCodeCacheSize=32m -XX:TieredStopAtLevel=1 -XX:MaxDirectMemorySize=16m -Xss512k -XX:+ExitOnOutOfMemoryError -Djava.util.logging.manager=org.jboss.logmanager.LogManager"}
STARTUP_TIMEOUT=${STARTUP_TIMEOUT:-120}
KEEP=${KEEP:-}

HOST=127.0.0.1
EDITOR_FROM=127.0.0.2
SEED=what-is-occupational-therapy-for-kids
EDITED=soak-edited-topic
ADMIN=soak-admin
BASE_URL=https://explainers.soak.internal

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
JAR=target/quarkus-app/quarkus-run.jar

log() { printf '%s\n' "$*"; }
die() { printf 'soak: %s\n' "$*" >&2; exit 1; }
now() { date +%s.%N | cut -c1-14; }   # epoch seconds with 3 decimals

[ "$(id -u)" = 0 ] || die "run as root (PostgreSQL runs as the postgres user through runuser)"
for tool in wrk curl jq awk runuser timeout "$JAVA"; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool not found"
done
[ -f "$JAR" ] || die "$JAR not found: mvn -B -q package -DskipTests -Dpostgresql"
ls target/quarkus-app/lib/main | grep -q '^org.postgresql' \
    || die "$JAR is not the PostgreSQL build: mvn -B -q package -DskipTests -Dpostgresql"
PGVERSION=$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -n 1)
[ -n "$PGVERSION" ] || die "no PostgreSQL server binaries under /usr/lib/postgresql (apt-get install postgresql)"
PGBIN=/usr/lib/postgresql/$PGVERSION/bin
[ $((OUTAGE_AT + OUTAGE)) -lt "$DURATION" ] || die "OUTAGE_AT + OUTAGE must end before DURATION"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/soak.XXXXXX")
PGW=$(mktemp -d "${TMPDIR:-/tmp}/soak-pg.XXXXXX")
chown postgres: "$PGW"
PIDS=()
APP_PID=
pg() { runuser -u postgres -- "$@"; }
pg_start() {
    pg "$PGBIN/pg_ctl" -D "$PGW/data" -l "$PGW/postgres.log" -w -t 60 \
        -o "-p $PG_PORT -k $PGW -c listen_addresses=$HOST" start >/dev/null
}
stop_pid() {
    local pid=$1 i
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}
cleanup() {
    local pid
    for pid in "${PIDS[@]}"; do stop_pid "$pid"; done
    stop_pid "$APP_PID"
    [ -f "$PGW/data/postmaster.pid" ] && pg "$PGBIN/pg_ctl" -D "$PGW/data" -m immediate stop >/dev/null 2>&1 || true
    if [ -n "$KEEP" ]; then
        mkdir -p "$KEEP" && cp -r "$WORK"/. "$KEEP"/ && cp "$PGW/postgres.log" "$KEEP"/ 2>/dev/null || true
    fi
    rm -rf "$WORK" "$PGW"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_in_use() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }
free_port() { local p=$1; while port_in_use "$p"; do p=$((p + 1)); done; echo "$p"; }
APP_PORT=$(free_port "$APP_PORT")
MANAGEMENT_PORT=$(free_port "$MANAGEMENT_PORT")
PG_PORT=$(free_port "$PG_PORT")
BASE=http://$HOST:$APP_PORT
MGMT=http://$HOST:$MANAGEMENT_PORT

# Made up for this run, never written to a file outside the temp dir.
DB_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
ADMIN_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
WRONG="Authorization: Basic $(printf '%s:%s' soak-guesser not-the-password | base64 | tr -d '\n')"

log "== Machine"
log "cores:      $(nproc) ($(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || echo ?))"
log "memory:     $(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
log "load:       $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min, before the run)"
log "java:       $("$JAVA" -version 2>&1 | head -n 1)"
log "postgresql: $("$PGBIN/postgres" --version)"
log "wrk:        $(wrk -v 2>&1 | head -n 1 || true)"
log "plan:       ${DURATION}s; $CONNECTIONS page connections; an edit a second; ${ATTACK}s of wrong passwords at" \
    "${ATTACK_AT}s ($ATTACK_CONNECTIONS connections); database stopped at ${OUTAGE_AT}s for ${OUTAGE}s"
log ""

log "== Setup"
pg "$PGBIN/initdb" -D "$PGW/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 >"$WORK/initdb.log" 2>&1 \
    || { cat "$WORK/initdb.log" >&2; die "initdb failed"; }
pg_start || { tail -n 20 "$PGW/postgres.log" >&2; die "PostgreSQL did not start"; }
pg "$PGBIN/psql" -q -h "$PGW" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE explainers LOGIN PASSWORD '$DB_PASSWORD'" -c "CREATE DATABASE explainers OWNER explainers" >/dev/null
log "PostgreSQL $PGVERSION on $HOST:$PG_PORT (throwaway cluster)"

# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
MALLOC_ARENA_MAX=2 \
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$HOST:$PG_PORT/explainers" \
QUARKUS_DATASOURCE_USERNAME=explainers QUARKUS_DATASOURCE_PASSWORD="$DB_PASSWORD" \
EXPLAINERS_SITE_BASE_URL=$BASE_URL \
EXPLAINERS_ADMIN_USERNAME=$ADMIN EXPLAINERS_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
QUARKUS_HTTP_HOST=$HOST QUARKUS_HTTP_PORT=$APP_PORT \
QUARKUS_MANAGEMENT_HOST=$HOST QUARKUS_MANAGEMENT_PORT=$MANAGEMENT_PORT \
    "$JAVA" $JAVA_OPTS -jar "$JAR" >"$WORK/app.log" 2>&1 &
APP_PID=$!
started=$(date +%s)
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/topics/$SEED" || true)" = 200 ]; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -n 30 "$WORK/app.log" >&2; die "the application exited during startup"; }
    [ $(($(date +%s) - started)) -lt "$STARTUP_TIMEOUT" ] || die "the application did not start within ${STARTUP_TIMEOUT}s"
    sleep 0.5
done
log "application pid $APP_PID on $BASE (management $MGMT), first page after $(($(date +%s) - started))s"

# The editor's curl: from 127.0.0.2, as the administrator, bounded in time.
api() { curl -s --interface "$EDITOR_FROM" --max-time 15 -u "$ADMIN:$ADMIN_PASSWORD" "$@"; }

api "$BASE/api/topics/$SEED" >"$WORK/seed.json"
jq -e .slug "$WORK/seed.json" >/dev/null || die "the administrator cannot read the seed topic: $(head -c 300 "$WORK/seed.json")"
new_topic() { # slug title
    jq --arg slug "$1" --arg title "$2" \
        '.slug = $slug | .title = $title | .focusPhrase = ($title | ascii_downcase | rtrimstr("?"))
         | del(.status, .publishedAt, .modifiedAt, .lastReviewedOn, .reviewedBy, .version)' \
        "$WORK/seed.json" >"$WORK/new.json"
    local code
    code=$(api -o "$WORK/created.json" -w '%{http_code}' -H 'Content-Type: application/json' --data @"$WORK/new.json" \
        "$BASE/api/topics")
    [ "$code" = 201 ] || die "creating $1: $code $(head -c 500 "$WORK/created.json")"
    code=$(api -o /dev/null -w '%{http_code}' -X POST "$BASE/api/topics/$1/publish")
    [ "$code" = 200 ] || die "publishing $1: $code"
}
OTHER_PATHS=()
for i in $(seq 1 "$OTHER_TOPICS"); do
    new_topic "soak-topic-$i" "Soak topic number $i for kids"
    OTHER_PATHS+=("/topics/soak-topic-$i")
done
new_topic "$EDITED" "The topic the soak editor changes"
api "$BASE/api/topics/$EDITED" >"$WORK/edited.json"
jq -r .intro "$WORK/edited.json" >"$WORK/intro.txt"
log "published $OTHER_TOPICS other topics and /topics/$EDITED"

cat >"$WORK/count.lua" <<'LUA'
-- Cycles through the paths given after --, counts responses by status and 5xx by epoch second.
local paths, n = {}, 0
statuses, fivexx = {}, {}
init = function(args)
    for _, a in ipairs(args) do paths[#paths + 1] = a end
end
request = function()
    n = n + 1
    return wrk.format("GET", paths[(n % #paths) + 1])
end
response = function(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
    if status >= 500 then
        local t = os.time()
        fivexx[t] = (fivexx[t] or 0) + 1
    end
end
local threads = {}
setup = function(thread) threads[#threads + 1] = thread end
done = function(summary, latency, requests)
    for _, t in ipairs(threads) do
        for s, c in pairs(t:get("statuses")) do io.write(string.format("STATUS %d %d\n", s, c)) end
        for s, c in pairs(t:get("fivexx")) do io.write(string.format("FIVEXX %d %d\n", s, c)) end
    end
    io.write(string.format("ERRORS connect=%d read=%d write=%d timeout=%d status=%d\n", summary.errors.connect,
        summary.errors.read, summary.errors.write, summary.errors.timeout, summary.errors.status))
end
LUA

# kind connections seconds paths...
load() {
    local kind=$1 connections=$2 seconds=$3; shift 3
    timeout $((seconds + 60)) wrk -t1 -c"$connections" -d"${seconds}s" --timeout 5s --latency \
        -H 'Accept-Encoding: gzip' -s "$WORK/count.lua" "$BASE$1" -- "$@" >"$WORK/wrk-$kind.txt" 2>&1 || true
}

log "warm-up: ${WARMUP}s"
load warmup 16 "$WARMUP" "/topics/$SEED" / "${OTHER_PATHS[@]}" "/topics/$EDITED"
rss() { awk '/^VmRSS/ { print int($2 / 1024) }' "/proc/$APP_PID/status"; }
RSS_START=$(rss)
log "RSS after warm-up: $RSS_START MB"
log ""

# ---------------------------------------------------------------------------------------------------------------------
log "== Soak: ${DURATION}s from $(date -u +%H:%M:%S) UTC"
T0=$(date +%s)
echo "$T0" >"$WORK/t0"
# 64 connections by default: 3/8 the seed page, 2/8 other topic pages, 2/8 the home page, 1/8 the edited topic.
C_SEED=$((CONNECTIONS * 3 / 8)); C_OTHER=$((CONNECTIONS * 2 / 8)); C_HOME=$((CONNECTIONS * 2 / 8))
C_EDITED=$((CONNECTIONS - C_SEED - C_OTHER - C_HOME))
load seed "$C_SEED" "$DURATION" "/topics/$SEED" & PIDS+=($!)
load other "$C_OTHER" "$DURATION" "${OTHER_PATHS[@]}" & PIDS+=($!)
load home "$C_HOME" "$DURATION" / & PIDS+=($!)
load edited "$C_EDITED" "$DURATION" "/topics/$EDITED" & PIDS+=($!)

editor() { # one line per attempt: n start end get_status put_status version_after
    local n=0 next=$T0 end=$((T0 + DURATION)) t1 get put etag
    while [ "$(date +%s)" -lt "$end" ]; do
        n=$((n + 1)); t1=$(now); put=-
        get=$(api -o "$WORK/doc.json" -D "$WORK/doc.headers" -w '%{http_code}' "$BASE/api/topics/$EDITED" || true)
        if [ "$get" = 200 ]; then
            etag=$(awk 'tolower($1) == "etag:" { print $2 }' "$WORK/doc.headers" | tr -d '\r')
            jq --rawfile intro "$WORK/intro.txt" --arg n "$n" '.intro = ($intro | rtrimstr("\n")) + "\n\nSoak edit " + $n + "."' \
                "$WORK/doc.json" >"$WORK/put.json"
            put=$(api -o "$WORK/put.out" -w '%{http_code}' -X PUT -H 'Content-Type: application/json' \
                -H "If-Match: $etag" --data @"$WORK/put.json" "$BASE/api/topics/$EDITED" || true)
        fi
        echo "$n $t1 $(now) $get $put" >>"$WORK/edits.txt"
        next=$((next + 1))
        while [ "$(date +%s)" -lt "$next" ]; do sleep 0.05; done
    done
}
editor & PIDS+=($!)

attack() {
    sleep "$ATTACK_AT"
    echo "$(now)" >"$WORK/attack.start"
    timeout $((ATTACK + 60)) wrk -t1 -c"$ATTACK_CONNECTIONS" -d"${ATTACK}s" --timeout 5s -H "$WRONG" \
        -s "$WORK/count.lua" "$BASE/api/topics" -- /api/topics >"$WORK/wrk-attack.txt" 2>&1 || true
    echo "$(now)" >"$WORK/attack.end"
}
attack & PIDS+=($!)

prober() { # every 0.25 s until the sitemap, the edited page and the health group are back, at most OUTAGE + 180 s
    local until=$(($(date +%s) + OUTAGE + 180)) sitemap edited health
    while [ "$(date +%s)" -lt "$until" ]; do
        sitemap=$(curl -s -o /dev/null --max-time 5 -w '%{http_code}' "$BASE/sitemap.xml" || true)
        edited=$(curl -s -o /dev/null --max-time 5 -w '%{http_code}' "$BASE/topics/$EDITED" || true)
        health=$(curl -s -o /dev/null --max-time 5 -w '%{http_code}' "$MGMT/q/health/group/database" || true)
        echo "$(now) $sitemap $edited $health" >>"$WORK/probe.txt"
        if [ -f "$WORK/db.up" ] && [ "$sitemap" = 200 ] && [ "$edited" = 200 ] && [ "$health" = 200 ]; then
            break
        fi
        sleep 0.25
    done
}
outage() {
    sleep "$OUTAGE_AT"
    prober & local probe=$!
    sleep 1
    echo "$(now)" >"$WORK/db.stopping"
    pg "$PGBIN/pg_ctl" -D "$PGW/data" -m fast -w stop >/dev/null
    echo "$(now)" >"$WORK/db.down"
    sleep "$OUTAGE"
    echo "$(now)" >"$WORK/db.starting"
    pg_start
    echo "$(now)" >"$WORK/db.up"
    wait "$probe" || true
}
outage & PIDS+=($!)

rss_sampler() {
    while kill -0 "$APP_PID" 2>/dev/null && [ "$(date +%s)" -lt $((T0 + DURATION)) ]; do
        echo "$(($(date +%s) - T0)) $(rss)" >>"$WORK/rss.txt"
        sleep 10
    done
}
rss_sampler & PIDS+=($!)

for pid in "${PIDS[@]}"; do wait "$pid" || true; done
PIDS=()
T_END=$(date +%s)
kill -0 "$APP_PID" 2>/dev/null || die "the application died during the soak (log: tail of app.log below)"$'\n'"$(tail -n 40 "$WORK/app.log")"
RSS_END=$(rss)
log "load ended after $((T_END - T0))s; load average now $(cut -d' ' -f1-3 /proc/loadavg)"
log ""

# ---------------------------------------------------------------------------------------------------------------------
DB_DOWN_FROM=$(cat "$WORK/db.stopping"); DB_UP=$(cat "$WORK/db.up")
log "== Pages (wrk, status codes over the whole run; 5xx split by whether the second fell in the outage)"
printf '%-8s %5s %10s %10s %8s %8s %12s %12s %s\n' kind conns requests req/s 2xx+3xx 4xx '5xx outside' '5xx outage' 'socket errors'
page_row() { # kind connections
    awk -v kind="$1" -v conns="$2" -v from="$DB_DOWN_FROM" -v to="$DB_UP" '
        /^Requests\/sec:/ { rps = $2 }
        $1 == "STATUS" { total += $3; if ($2 < 400) ok += $3; else if ($2 < 500) c4 += $3; else c5 += $3 }
        $1 == "FIVEXX" { if ($2 >= int(from) && $2 <= to + 1) inside += $3; else outside += $3 }
        $1 == "ERRORS" { errors = $2 " " $3 " " $4 " " $5 }
        END { printf "%-8s %5d %10d %10.0f %8d %8d %12d %12d %s\n", kind, conns, total, rps, ok, c4, outside + 0, inside + 0, errors }
    ' "$WORK/wrk-$1.txt"
}
page_row seed "$C_SEED"; page_row other "$C_OTHER"; page_row home "$C_HOME"; page_row edited "$C_EDITED"
for kind in seed other home edited; do
    awk -v kind="$kind" '$1 == "STATUS" && $2 >= 500 { printf "  %s: %d x %s\n", kind, $3, $2 }' "$WORK/wrk-$kind.txt"
    awk -v kind="$kind" -v t0="$T0" '$1 == "FIVEXX" { s[$2 - t0] = $3; n++ }
        END { if (n) { printf "  %s 5xx by second of the run:", kind; for (t = 0; t < 100000; t++) if (t in s) printf " +%d:%d", t, s[t]; print "" } }' \
        "$WORK/wrk-$kind.txt"
done
CACHED_5XX=$(cat "$WORK"/wrk-{seed,other}.txt | awk '$1 == "STATUS" && $2 >= 500 { s += $3 } END { print s + 0 }')
HOME_5XX=$(awk '$1 == "STATUS" && $2 >= 500 { s += $3 } END { print s + 0 }' "$WORK/wrk-home.txt")
TOTAL_REQUESTS=$(cat "$WORK"/wrk-{seed,other,home,edited}.txt | awk '$1 == "STATUS" { s += $3 } END { print s + 0 }')
log "requests in all: $TOTAL_REQUESTS; 5xx on never-edited cached pages (seed, other): $CACHED_5XX; on the home page: $HOME_5XX"
log "p99 seed page: $(awk '$1 == "99%" { print $2 }' "$WORK/wrk-seed.txt")"
log ""

log "== Wrong-password burst ($(awk '{ printf "%.0f", $1 }' "$WORK/attack.start" 2>/dev/null | xargs -I{} expr {} - "$T0")s to +${ATTACK}s)"
awk '$1 == "STATUS" { printf "  %s x %s\n", $3, $2 } $1 == "ERRORS" { print "  " $0 }' "$WORK/wrk-attack.txt"
log ""

log "== Edits"
total_edits=$(wc -l <"$WORK/edits.txt")
awk '{ k = $4 "/" $5; c[k]++ } END { for (k in c) printf "  GET/PUT %s: %d\n", k, c[k] }' "$WORK/edits.txt" | sort
# Every revision of the edited topic, then the counter each one wrote.
page=1; : >"$WORK/revisions.txt"
while :; do
    api "$BASE/api/topics/$EDITED/revisions?page=$page&size=200" >"$WORK/rev-page.json"
    count=$(jq 'length' "$WORK/rev-page.json") || die "revisions: $(head -c 300 "$WORK/rev-page.json")"
    jq -r '.[] | "\(.number) \(.action)"' "$WORK/rev-page.json" >>"$WORK/revisions.txt"
    [ "$count" -eq 200 ] || break
    page=$((page + 1)); [ "$page" -le 100 ] || break
done
: >"$WORK/revision-counters.txt"
while read -r number _; do
    n=$(api "$BASE/api/topics/$EDITED/revisions/$number" | jq -r '.document.intro' | sed -n 's/.*Soak edit \([0-9]*\)\.$/\1/p' | tail -n 1)
    [ -n "$n" ] && echo "$n $number" >>"$WORK/revision-counters.txt"
done <"$WORK/revisions.txt"
read -r EDITS_OK EDITS_FAILED LOST DUPLICATED PHANTOM < <(awk '
    FNR == NR { rev[$1]++; next }
    { if ($5 == 200) { ok++; if (!rev[$1]) { lost++; lostlist = lostlist " " $1 } else if (rev[$1] > 1) dup++ }
      else { failed++; if (rev[$1]) { phantom++; phantomlist = phantomlist " " $1 "(" $4 "/" $5 ")" } } }
    END { printf "%d %d %d %d %d\n", ok, failed, lost, dup, phantom
          if (lostlist != "") print "lost:" lostlist > "/dev/stderr"
          if (phantomlist != "") print "failed but stored:" phantomlist > "/dev/stderr" }
' "$WORK/revision-counters.txt" "$WORK/edits.txt")
log "attempts $total_edits: ok (200) $EDITS_OK, failed $EDITS_FAILED; revisions of the topic $(wc -l <"$WORK/revisions.txt")," \
    "of them soak edits $(wc -l <"$WORK/revision-counters.txt")"
log "lost (200 but no revision): $LOST; duplicated (200, more than one revision): $DUPLICATED; failed but stored: $PHANTOM"
log "failed edits by second of the run:"
awk -v t0="$T0" '$5 != 200 { s = int($2 - t0); printf "  +%ds %s/%s\n", s, $4, $5 }' "$WORK/edits.txt" \
    | awk '{ k = $2; if (k != last) { if (last != "") printf "  %s .. %s: %d x %s\n", first, prev, c, last; first = $1; c = 0 } c++; prev = $1; last = k }
           END { if (last != "") printf "  %s .. %s: %d x %s\n", first, prev, c, last }'
log ""

log "== Database outage and recovery"
rel() { awk -v t="$1" -v t0="$T0" 'BEGIN { printf "+%.1fs", t - t0 }'; }
log "stop issued $(rel "$DB_DOWN_FROM"), down $(rel "$(cat "$WORK/db.down")"), start issued $(rel "$(cat "$WORK/db.starting")")," \
    "accepting connections $(rel "$DB_UP")"
first_after() { # file column value: first time after DB_UP the column has the value
    awk -v up="$DB_UP" -v col="$2" -v want="$3" '$1 >= up && $col == want { printf "%.2f", $1 - up; found = 1; exit } END { if (!found) print "never" }' "$1"
}
log "first 200 after the database is back: sitemap (never cached) $(first_after "$WORK/probe.txt" 2 200)s;" \
    "health group database $(first_after "$WORK/probe.txt" 4 200)s; edited page $(first_after "$WORK/probe.txt" 3 200)s" \
    "(that page stays cached through the outage unless an edit had just dropped it: see below)"
FIRST_EDIT=$(awk -v up="$DB_UP" '$2 >= up && $5 == 200 { printf "%.2f", $3 - up; f = 1; exit } END { if (!f) print "never" }' "$WORK/edits.txt")
log "first successful edit after the database is back (its PUT answered): ${FIRST_EDIT}s"
log "during the outage the prober saw (status of: sitemap, edited page, database health group; count):"
awk -v from="$DB_DOWN_FROM" -v up="$DB_UP" '$1 >= from && $1 < up { c[$2 " " $3 " " $4]++ } END { for (k in c) printf "  %s: %d\n", k, c[k] }' \
    "$WORK/probe.txt" | sort
log ""

log "== Memory"
log "RSS start (after warm-up): $RSS_START MB; end: $RSS_END MB; change $(awk -v a="$RSS_START" -v b="$RSS_END" 'BEGIN { printf "%+.1f%%", (b - a) * 100 / a }')"
log "RSS from the first sample after 60 s to the end: $(awk '$1 >= 60 { if (!a) a = $2; b = $2 } END { printf "%d MB -> %d MB (%+.1f%%)", a, b, (b - a) * 100 / a }' "$WORK/rss.txt")"
log "samples (s MB): $(awk '{ printf "%s:%s ", $1, $2 }' "$WORK/rss.txt")"
log ""

log "== Application"
curl -s "$MGMT/q/metrics" | grep -E '^explainers_(logins_total|page_cache_requests_total|database_up)' | sed 's/^/  /' || true
log "ERROR lines in the log: $(grep -c ' ERROR ' "$WORK/app.log" || true); WARN lines: $(grep -c ' WARN ' "$WORK/app.log" || true)"
log "distinct ERROR/WARN messages (count, logger and the start of the message):"
grep -E ' (ERROR|WARN) ' "$WORK/app.log" | sed -E 's/^[0-9-]+ [0-9:,]+ +//; s/\(([^)]*)\)//; s/[0-9]+/N/g' | cut -c1-150 \
    | sort | uniq -c | sort -rn | head -n 15 || true
log ""

log "== Summary"
log "requests: $TOTAL_REQUESTS"
log "5xx on cached pages (seed + other topics): $CACHED_5XX (target 0); home page: $HOME_5XX"
log "edits: ok $EDITS_OK, failed $EDITS_FAILED, lost $LOST, duplicated $DUPLICATED, failed but stored $PHANTOM (target 0)"
log "RSS: $RSS_START MB -> $RSS_END MB (target: within 10%)"
log "recovery after the database returned: first edit ${FIRST_EDIT}s, sitemap $(first_after "$WORK/probe.txt" 2 200)s"
