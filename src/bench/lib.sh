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

median() { # reads numbers, one a line (blank lines ignored); prints their median
    grep . | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'
}

wrk_count_script() { # file requests: a wrk script whose two threads stop sending after half the requests each
    # wrk itself only returns at the end of its duration: callers keep that short and check the count it prints.
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
