# Shell helpers the benchmark scripts share; sourced from the repository root: . src/bench/lib.sh

log() { printf '%s\n' "$*"; }
die() { printf '%s: %s\n' "$(basename "$0" .sh)" "$*" >&2; exit 1; }

stop() { # pid: TERM, wait up to 10 s, then KILL
    local pid=$1 i
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 1 100); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

median() { # reads numbers, one a line (blank lines ignored); prints their median, NaN if there are none
    sort -g | awk 'NF { v[++n] = $1 } END {
        if (n == 0) print "NaN"; else if (n % 2) print v[(n + 1) / 2]; else print (v[n / 2] + v[n / 2 + 1]) / 2 }'
}

wrk_count_script() { # file requests: a wrk script whose two threads stop sending after half the requests each
    # wrk itself only returns at the end of its duration: wrk_requests keeps that short and checks the count.
    cat >"$1" <<LUA
local done = 0
local limit = $(($2 / 2))
function setup(thread) thread:set("limit", limit) end
function response(status, headers, body)
  done = done + 1
  if done >= limit then wrk.thread:stop() end
end
LUA
}

wrk_requests() { # script url requests: sends a wrk_count_script's requests to url; says so if some were not sent
    local sent
    sent=$(wrk -t2 -c16 -d15s -s "$1" "$2" | awk '/requests in/ { print $1 }')
    [ "${sent:-0}" -ge "$3" ] || echo "only ${sent:-0} of $3 requests in 15 s" >&2
}
