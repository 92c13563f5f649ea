#!/usr/bin/env bash
# Article intake under volume: imports COUNT generated trend articles into the packaged application (embedded H2 in a
# fresh folder), one request each as an editor's script would, then again in multipart batches; reports articles per
# second and the latency of one import (median and p99), next to the cost of an authenticated request that imports
# nothing (HTTP Basic checks a bcrypt hash on every request). Then it publishes a sample and checks their pages.
# A benchmark reports; it exits 0 whatever the numbers, and non-zero only when it cannot run or a sampled page is wrong.
#
#   mvn -B -DskipTests package
#   src/bench/import-articles.sh            # COUNT=1000 BATCH=50 SAMPLE=25 PORT=18095
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
COUNT=${COUNT:-1000}
BATCH=${BATCH:-50}
SAMPLE=${SAMPLE:-25}
PORT=${PORT:-18095}
BASE="http://127.0.0.1:$PORT"
USER_NAME=bench-editor
PASSWORD="bench-only-passphrase-$$"

[ -f "$JAR" ] || { echo "no $JAR: run mvn -B -DskipTests package first" >&2; exit 1; }
work=$(mktemp -d)
app_pid=""
cleanup() { [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

echo "== Machine"
echo "cores: $(nproc) ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))  load: $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -1

# article N SUBJECT: one trend article in the seed's format, each with its own title, sections, steps and FAQ.
subjects=("occupational therapy" "speech therapy" "physical therapy" "sensory play" "fine motor skills" "handwriting help"
  "sleep routines" "picky eating" "screen time" "toilet training")
ages=("kids" "toddlers" "babies" "preschoolers" "teens")
article() {
  local n=$1 subject=${subjects[$(( $1 % 10 ))]} age=${ages[$(( $1 / 10 % 5 ))]}
  cat <<ARTICLE
US Trends

what is ${subject} for ${age} number ${n}

${subject^} for ${age} helps children build everyday skills through play, practice, and small steps that fit family life. Article ${n} explains what it is and how it helps.

What ${subject} for ${age} is

  • It focuses on the skills a child needs at home, at school, and with friends.
  • At home: short games and routines practise one skill at a time.
  • At school: teachers can adapt tasks so the child can take part.

In simple terms: ${subject} helps ${age} do everyday things more easily.

How to start

  1. Talk with your child's doctor about what you notice.
  2. Write down when the difficulty shows up during the day.
  3. Ask about an evaluation and what the goals would be.

Quick FAQ style wrap-up

  • Is it only for severe problems? No; it helps with mild difficulties too.
  • How long does it take? It depends on the child and the goals.

SEO notes for your post

  • Natural focus phrase to repeat: "what is ${subject} for ${age} number ${n}" in title, intro, and one subheading.
  • Good meta description example: "Learn what ${subject} for ${age} is, how it helps at home and school, and how to start (article ${n})."

Bottom note line you requested:
Information gathered from public forums or data available on the internet and portrayed here.
ARTICLE
}

median_p99() { # reads milliseconds, one a line; prints "median p99"
  sort -n | awk '{a[NR]=$1} END {m=(NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2); i=int(NR*0.99+0.999); if (i>NR) i=NR; printf "%.1f %.1f\n", m, a[i]}'
}

echo "== Starting the application on an empty database"
mkdir -p "$work/run" "$work/articles"
(cd "$work/run" && EXPLAINERS_ADMIN_USERNAME=$USER_NAME EXPLAINERS_ADMIN_PASSWORD=$PASSWORD \
  exec java -Dquarkus.http.port=$PORT -jar "$JAR" >"$work/run/app.log" 2>&1) &
app_pid=$!
until curl -sf -o /dev/null "$BASE/topics/what-is-occupational-therapy-for-kids"; do
  kill -0 "$app_pid" 2>/dev/null || { echo "the app stopped; see its log:" >&2; tail -20 "$work/run/app.log" >&2; exit 1; }
  sleep 0.2
done

for n in $(seq 1 "$((COUNT * 2))"); do article "$n" >"$work/articles/$n.txt"; done

echo "== An authenticated request that imports nothing (the bcrypt check every Basic request pays), 50 times"
for _ in $(seq 1 50); do
  curl -s -o /dev/null -w '%{time_total}\n' -u "$USER_NAME:$PASSWORD" "$BASE/api/topics/what-is-occupational-therapy-for-kids"
done | awk '{print $1*1000}' | median_p99 >"$work/auth"
read -r auth_median auth_p99 <"$work/auth"

echo "== $COUNT imports, one article a request"
t0=$(date +%s%N)
for n in $(seq 1 "$COUNT"); do
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -u "$USER_NAME:$PASSWORD" \
    -H 'Content-Type: text/plain; charset=utf-8' --data-binary @"$work/articles/$n.txt" "$BASE/api/imports"
done >"$work/single"
single_seconds=$(( ($(date +%s%N) - t0) / 1000000 ))
created=$(grep -c '^201 ' "$work/single" || true)
read -r single_median single_p99 < <(awk '{print $2*1000}' "$work/single" | median_p99)

echo "== $COUNT more in multipart batches of $BATCH"
t0=$(date +%s%N)
for start in $(seq "$((COUNT + 1))" "$BATCH" "$((COUNT * 2))"); do
  parts=()
  for n in $(seq "$start" "$((start + BATCH - 1))"); do
    [ "$n" -le "$((COUNT * 2))" ] && parts+=(-F "article=@$work/articles/$n.txt;type=text/plain")
  done
  curl -s -u "$USER_NAME:$PASSWORD" "${parts[@]}" -w '\n%{time_total}\n' "$BASE/api/imports" >"$work/batch.json"
  head -1 "$work/batch.json" | grep -o '"succeeded":[0-9]*' | cut -d: -f2 >>"$work/batch-succeeded"
  tail -1 "$work/batch.json" >>"$work/batch-times"
done
batch_seconds=$(( ($(date +%s%N) - t0) / 1000000 ))
batch_created=$(awk '{s += $1} END {print s + 0}' "$work/batch-succeeded")
read -r batch_median batch_p99 < <(awk '{print $1*1000}' "$work/batch-times" | median_p99)

echo "== Checking $SAMPLE sampled pages"
bad=0
for n in $(shuf -i 1-"$((COUNT * 2))" -n "$SAMPLE"); do
  subject=${subjects[$(( n % 10 ))]} age=${ages[$(( n / 10 % 5 ))]}
  slug=$(echo "what is ${subject} for ${age} number ${n}" | tr ' ' '-')
  curl -sf -o /dev/null -u "$USER_NAME:$PASSWORD" -X POST "$BASE/api/topics/$slug/publish" || { echo "cannot publish $slug"; bad=$((bad + 1)); continue; }
  page=$(curl -sf "$BASE/topics/$slug") || { echo "no page for $slug"; bad=$((bad + 1)); continue; }
  title="What is ${subject} for ${age} number ${n}?"
  grep -qF "<h1>${title}</h1>" <<<"$page" || { echo "$slug: wrong h1"; bad=$((bad + 1)); }
  [ "$(grep -o '<div class="faq-entry">' <<<"$page" | wc -l)" -eq 2 ] || { echo "$slug: FAQ entries"; bad=$((bad + 1)); }
  [ "$(grep -o '<ol class="steps">' <<<"$page" | wc -l)" -eq 1 ] || { echo "$slug: steps"; bad=$((bad + 1)); }
  ! grep -qE 'US Trends|SEO notes|Bottom note line' <<<"$page" || { echo "$slug: scaffolding on the page"; bad=$((bad + 1)); }
done

echo
echo "| how | articles | created | wall time | articles/s | one request: median | p99 |"
echo "|---|---|---|---|---|---|---|"
awk -v n="$COUNT" -v c="$created" -v ms="$single_seconds" -v m="$single_median" -v p="$single_p99" \
  'BEGIN {printf "| one a request | %d | %d | %.1f s | %.1f | %.1f ms | %.1f ms |\n", n, c, ms/1000, n/(ms/1000), m, p}'
awk -v n="$COUNT" -v c="$batch_created" -v ms="$batch_seconds" -v m="$batch_median" -v p="$batch_p99" -v b="$BATCH" \
  'BEGIN {printf "| batches of %d | %d | %d | %.1f s | %.1f | %.1f ms (batch) | %.1f ms (batch) |\n", b, n, c, ms/1000, n/(ms/1000), m, p}'
echo "| authenticated GET, no import | 50 | - | - | - | ${auth_median} ms | ${auth_p99} ms |"
echo
echo "sampled pages: $SAMPLE checked, $bad problems"
[ "$bad" -eq 0 ]
