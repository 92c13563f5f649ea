#!/usr/bin/env bash
# Startup of the JVM image itself (src/main/docker/Dockerfile.jvm), with the AppCDS archive it writes and without it:
# milliseconds from `docker start` to the first 200 of the seed page, and RSS after 10,000 requests, in alternating
# rounds, inside the manifest's 320 MiB limit. The archive is only worth shipping if it helps in the image, on the
# image's own JVM; this measures exactly that. Needs Docker and a JVM build:
#
#   mvn -B -DskipTests package -Dquarkus.package.jar.appcds.enabled=true
#   JRE_IMAGE=<an image with a Java 17 runtime> src/bench/image-startup.sh     # ROUNDS=5 by default
#
# JRE_IMAGE is passed to the Dockerfile's build argument of that name (default: the Dockerfile's own). A benchmark
# reports; it exits 0 whatever the numbers.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/src/bench/lib.sh" # median, wrk_count_script, wrk_requests
ROUNDS=${ROUNDS:-5}
REQUESTS=${REQUESTS:-10000}
PORT=${PORT:-18095}
IMAGE=explainers-jvm:bench
PAGE=/topics/what-is-occupational-therapy-for-kids
NAME=explainers-image-startup
# The image's own command less the archive: what "without" runs.
WITHOUT=$(sed -n 's/^ENTRYPOINT \["sh", "-c", "\(.*\)"\]$/\1/p' "$ROOT/src/main/docker/Dockerfile.jvm" \
  | sed 's/ -XX:SharedArchiveFile=[^ ]*//')

command -v docker >/dev/null || { echo "needs docker" >&2; exit 1; }
command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null
work=$(mktemp -d)
cleanup() { docker rm -f "$NAME" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT

wrk_count_script "$work/count.lua" "$REQUESTS"

echo "== Machine"
echo "cores: $(nproc) ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))  load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== Building $IMAGE"
(cd "$ROOT" && docker build -q -f src/main/docker/Dockerfile.jvm ${JRE_IMAGE:+--build-arg JRE_IMAGE=$JRE_IMAGE} \
  -t "$IMAGE" .) >/dev/null
echo "image JVM: $(docker run --rm --entrypoint java "$IMAGE" -version 2>&1 | head -1)"

# run with|without DATA: creates the container (which copies the image's files, not timed), then times its start to the
# first 200 of the seed page, into $work/elapsed.
run() {
  local args=(--name "$NAME" --network host -m 320m --memory-swap 320m -e QUARKUS_HTTP_PORT=$PORT
    -e QUARKUS_MANAGEMENT_PORT=$((PORT + 1)) -v "$2:/deployments/data")
  if [ "$1" = with ]; then
    docker create "${args[@]}" "$IMAGE" >/dev/null
  else
    docker create "${args[@]}" --entrypoint sh "$IMAGE" -c "$WITHOUT" >/dev/null
  fi
  local t0; t0=$(date +%s%N)
  docker start "$NAME" >/dev/null
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT$PAGE"; do
    [ "$(docker inspect -f '{{.State.Running}}' "$NAME")" = true ] ||
      { echo "the container stopped:" >&2; docker logs "$NAME" 2>&1 | tail -20 >&2; exit 1; }
    sleep 0.01
  done
  echo $(( ($(date +%s%N) - t0) / 1000000 )) >"$work/elapsed"
}

rss_after_load() {
  wrk_requests "$work/count.lua" "http://127.0.0.1:$PORT$PAGE" "$REQUESTS"
  docker exec "$NAME" sh -c "awk '/VmRSS/{print int(\$2/1024)}' /proc/1/status"
}

echo "== A migrated database (the first start migrates it; every run starts from a copy, as a restarted replica would)"
mkdir -p "$work/data" && chown 185 "$work/data"
run with "$work/data"
docker rm -f "$NAME" >/dev/null

declare -A times rss
for round in $(seq 1 "$ROUNDS"); do
  for mode in with without; do
    rm -rf "$work/run" && cp -a "$work/data" "$work/run"
    run "$mode" "$work/run"
    times[$mode]+="$(cat "$work/elapsed") "
    rss[$mode]+="$(rss_after_load) "
    docker rm -f "$NAME" >/dev/null
  done
  echo "round $round: with $(awk '{print $NF}' <<<"${times[with]}") ms, without $(awk '{print $NF}' <<<"${times[without]}") ms"
done

echo "== Medians of $ROUNDS rounds: ms from docker start to the first 200, MB RSS after $REQUESTS requests"
for mode in with without; do
  printf '%-8s %6s ms %5s MB   (%s/ %s)\n' "$mode" "$(tr ' ' '\n' <<<"${times[$mode]}" | median)" \
    "$(tr ' ' '\n' <<<"${rss[$mode]}" | median)" "${times[$mode]}" "${rss[$mode]}"
done
