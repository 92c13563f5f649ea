#!/usr/bin/env bash
# Probes while the database swallows every packet: does the replica stay ready?
#
# The PostgreSQL build behind a TCP proxy, with the `bench` profile (the page cache bypassed, so every page request
# needs the database and holds a worker thread while it waits). After a warm-up the proxy becomes a black hole: it
# keeps every connection open and forwards nothing, as a network partition does. Page requests keep coming (wrk -t2
# -c64 on the seed page) and the probes are asked in turn, each with the Kubernetes manifest's timeout (10 s). A
# readiness that waits behind the worker threads never answers, and after three misses Kubernetes takes the replica
# out of the Service, on every replica at once, though hits (cached pages) need no database. Prints, for readiness
# and liveness: probes answered 200 in time, probes that failed, the slowest; when readiness first reported the
# database DOWN; what the page requests got during the outage (count, not 2xx, latency); and, once the proxy forwards
# again, how long until the page renders again.
# A benchmark reports; it exits 0 whatever the probes did (non-zero only when it cannot run).
#
# Builds nothing: it expects the PostgreSQL build at target/quarkus-app (`mvn -B -DskipTests package -Dpostgresql`),
# and a database it may fill, empty or not (the schema is migrated at start).
#
# Settings (environment):
#   PG_HOST=127.0.0.1 PG_PORT=5432 PG_DATABASE=explainers_bench PG_USER=explainers PG_PASSWORD=explainers
#   WARMUP=20         seconds of page requests before the black hole
#   OUTAGE=40         seconds of page requests and probes during it
#   PROBE_TIMEOUT=10  seconds a probe may take (the manifest's timeoutSeconds)
#   SOCKET_TIMEOUT=   the PostgreSQL driver's socketTimeout in seconds, added to the JDBC URL (default: none, so the
#                     build's own: 10 s in application.properties since the gate for misses, none before)
#   APP_PORT=18700 PROXY_PORT=15432   the app takes APP_PORT and APP_PORT+1 (management)
#   JAR=target/quarkus-app/quarkus-run.jar   another build's jar, to compare
#
# Usage: src/bench/probes-outage.sh
set -euo pipefail
export LC_ALL=C

PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_DATABASE=${PG_DATABASE:-explainers_bench}
PG_USER=${PG_USER:-explainers}
PG_PASSWORD=${PG_PASSWORD:-explainers}
WARMUP=${WARMUP:-20}
OUTAGE=${OUTAGE:-40}
PROBE_TIMEOUT=${PROBE_TIMEOUT:-10}
SOCKET_TIMEOUT=${SOCKET_TIMEOUT:-}
APP_PORT=${APP_PORT:-18700}
PROXY_PORT=${PROXY_PORT:-15432}
PAGE=/topics/what-is-occupational-therapy-for-kids

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
JAR=${JAR:-target/quarkus-app/quarkus-run.jar}
. src/bench/lib.sh # log, die, stop

command -v wrk >/dev/null 2>&1 || apt-get install -y -q wrk >/dev/null || die "could not install wrk"
for tool in curl python3 java; do command -v "$tool" >/dev/null 2>&1 || die "$tool not found"; done
[ -f "$JAR" ] || die "no $JAR: build it first (mvn -B -DskipTests package -Dpostgresql)"
WORK=$(mktemp -d)
HOLE=$WORK/black-hole
PROXY_PID= APP_PID= WRK_PID=
cleanup() {
    stop "$WRK_PID"
    stop "$APP_PID"
    stop "$PROXY_PID"
    rm -rf "$WORK"
}
trap cleanup EXIT

# The proxy: forwards both ways until the file $HOLE exists; from then on it holds every connection open, old and
# new, and forwards nothing.
cat >"$WORK/proxy.py" <<'PY'
import asyncio, os, sys
listen, host, port, hole = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4]
async def pump(reader, writer):
    try:
        while data := await reader.read(65536):
            while os.path.exists(hole):
                await asyncio.sleep(3600)
            writer.write(data)
            await writer.drain()
    except OSError:
        pass
    finally:
        writer.close()
async def connect(client_reader, client_writer):
    while os.path.exists(hole):
        await asyncio.sleep(3600)
    server_reader, server_writer = await asyncio.open_connection(host, port)
    await asyncio.gather(pump(client_reader, server_writer), pump(server_reader, client_writer))
async def main():
    async with await asyncio.start_server(connect, "127.0.0.1", listen) as server:
        await server.serve_forever()
asyncio.run(main())
PY
python3 "$WORK/proxy.py" "$PROXY_PORT" "$PG_HOST" "$PG_PORT" "$HOLE" &
PROXY_PID=$!

URL_OPTIONS=${SOCKET_TIMEOUT:+?socketTimeout=$SOCKET_TIMEOUT}
MANAGEMENT=$((APP_PORT + 1))
java -Dquarkus.profile=bench -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$APP_PORT" \
    -Dquarkus.management.host=127.0.0.1 -Dquarkus.management.port="$MANAGEMENT" \
    "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:$PROXY_PORT/$PG_DATABASE$URL_OPTIONS" \
    "-Dquarkus.datasource.username=$PG_USER" "-Dquarkus.datasource.password=$PG_PASSWORD" \
    -Dexplainers.site.base-url=https://explainers.probes.internal -jar "$JAR" >"$WORK/app.log" 2>&1 &
APP_PID=$!
PAGE_URL=http://127.0.0.1:$APP_PORT$PAGE
for _ in $(seq 1 180); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$PAGE_URL" || true)" = 200 ] && break
    kill -0 "$APP_PID" 2>/dev/null || { tail -n 20 "$WORK/app.log" >&2; die "the app exited during startup"; }
    sleep 0.5
done
[ "$(curl -s -o /dev/null -w '%{http_code}' "$PAGE_URL" || true)" = 200 ] || die "the app did not serve the seed page"

log "== $JAR${SOCKET_TIMEOUT:+, socketTimeout=$SOCKET_TIMEOUT s}: ${WARMUP}s of page requests, then the database black-holed for ${OUTAGE}s"
wrk -t2 -c64 -d"${WARMUP}s" "$PAGE_URL" | awk '/Requests\/sec/ { print "before: " $2 " renders/s" }'

touch "$HOLE"
hole_at=$(date +%s.%N)
wrk -t2 -c64 -d"${OUTAGE}s" --timeout 60s --latency "$PAGE_URL" >"$WORK/wrk.txt" &
WRK_PID=$!
sleep 2
: >"$WORK/probes"
deadline=$(($(date +%s) + OUTAGE - 4))
while [ "$(date +%s)" -lt "$deadline" ]; do
    for probe in ready live; do
        answer=$(curl -s -o "$WORK/body" --max-time "$PROBE_TIMEOUT" -w '%{http_code} %{time_total}' \
            "http://127.0.0.1:$MANAGEMENT/q/health/$probe" || true)
        database=$(grep -o '"database": *"[A-Z]*"' "$WORK/body" 2>/dev/null | tr -dc 'A-Z' || true)
        printf '%s %s %s %s\n' "$probe" "$answer" "$(awk -v a="$(date +%s.%N)" -v b="$hole_at" 'BEGIN { print a - b }')" "${database:--}" >>"$WORK/probes"
        rm -f "$WORK/body"
    done
    sleep 0.5
done
wait "$WRK_PID" || true
WRK_PID=
for probe in ready live; do
    awk -v p="$probe" '$1 == p { if ($2 == 200) ok++; else failed++; if ($3 > worst) worst = $3 }
        END { printf "%-5s answered %d, failed %d (timeout %s s), slowest %.3f s\n", p, ok, failed, '"$PROBE_TIMEOUT"', worst }' \
        "$WORK/probes"
done
awk '$1 == "ready" && $5 == "DOWN" && !seen { printf "readiness reported the database DOWN %.1f s into the outage\n", $4; seen = 1 }
    END { if (!seen) print "readiness never reported the database DOWN" }' "$WORK/probes"
awk '/requests in/ { printf "page requests completed during the outage: %s", $1 } /Non-2xx/ { printf ", %s not 2xx", $5 }
    /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 } END { print ", latency p50 " p50 ", p99 " p99 }' "$WORK/wrk.txt"

rm -f "$HOLE"
back_at=$(date +%s.%N)
deadline=$(($(date +%s) + 60))
while [ "$(date +%s)" -lt "$deadline" ]; do
    [ "$(curl -s -o /dev/null --max-time 5 -w '%{http_code}' "$PAGE_URL" || true)" = 200 ] && break
    sleep 0.1
done
if [ "$(curl -s -o /dev/null --max-time 5 -w '%{http_code}' "$PAGE_URL" || true)" = 200 ]; then
    echo "the page rendered again $(awk -v a="$(date +%s.%N)" -v b="$back_at" 'BEGIN { printf "%.1f", a - b }') s after the proxy forwarded again"
else
    echo "the page did not render again within a minute of the proxy forwarding again"
fi
