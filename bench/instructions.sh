#!/usr/bin/env bash
# Instructions per request, Tadamun against the baseline, counted by valgrind's callgrind.
#
# Requests per second move with whatever else the two cores are doing (the load generator
# shares them); an instruction count does not: the same binary, data and requests give the
# same count. So this says exactly how much more work a Tadamun page is than the baseline's,
# and whether a change made it less, where the req/s ratio can only suggest it.
#
# The counts repeat to within a few percent (the async runtime's idle threads are counted too,
# and how long they look for work before sleeping depends on timing).
#
# Usage: bench/instructions.sh DATABASE_FILE PATH...   (a database seeded as bench/run.sh seeds
# it, with no mail waiting to be sent: the counted server's mail worker would send it meanwhile;
# the pages both servers serve. The release binaries must be built: run.sh builds them, then
# calls this with its own pages before its writes.)
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { echo "usage: bench/instructions.sh DATABASE_FILE PATH..." >&2; exit 2; }
db=$1; shift
REQUESTS=${BENCH_REQUESTS:-200}
WARM_UP=30
APP_PORT=3320
BASE_PORT=3321
KEPT_PORT=3322

command -v valgrind >/dev/null || {
  echo "[bench] installing valgrind" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind >/dev/null
}

work=$(mktemp -d)
pids=()
# Waits for the killed servers before removing their folder: valgrind writes a last dump as it
# exits, and a file written meanwhile made `rm` fail, and with it the whole run.
trap 'kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT

# Starts a server under callgrind, counting nothing until asked (callgrind_control -z).
under_callgrind() { # name port command...
  local name=$1 port=$2; shift 2
  valgrind --tool=callgrind --callgrind-out-file="$work/dump.%p" "$@" >"$work/$name.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 120); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/organisations" && return
    sleep 0.5
  done
  echo "[bench] $name did not start under valgrind:" >&2
  tail -5 "$work/$name.log" >&2
  exit 1
}

# Instructions per request for one address: warm up (caches, lazy statics), zero the counters,
# send REQUESTS one after another, dump, and divide the dump's total. Prints "count status".
per_request() { # pid port path [accept-encoding]
  local pid=$1 url="http://127.0.0.1:$2$3" before file status
  local -a asks=()
  [ -n "${4:-}" ] && asks=(-H "Accept-Encoding: $4")
  for _ in $(seq $WARM_UP); do curl -s -o /dev/null "${asks[@]}" "$url"; done
  before=$(dumps_of "$pid" | wc -l)
  callgrind_control -z "$pid" >/dev/null 2>&1
  status=$(curl -s -o /dev/null -w '%{http_code}' "${asks[@]}" "$url")
  for _ in $(seq $((REQUESTS - 1))); do curl -s -o /dev/null "${asks[@]}" "$url"; done
  callgrind_control -d "$pid" >/dev/null 2>&1
  # Dumps are numbered .1, .2, ...; the new one is complete once its closing totals are written.
  file="$work/dump.$pid.$((before + 1))"
  for _ in $(seq 100); do
    grep -qs '^totals:' "$file" && break
    sleep 0.2
  done
  awk -v n="$REQUESTS" -v s="$status" '/^summary:/ { printf "%d %s\n", $2 / n, s }' "$file"
}
dumps_of() { ls "$work"/dump."$1".* 2>/dev/null || true; }
n() { python3 -c "print(f'{int($1):,}')"; } # 1234567 -> 1,234,567

export RUST_LOG=warn
# Tadamun rendering every request (page cache off), the work the baseline does too; and, for
# the last column, an instance that keeps pages long enough that every counted request is a
# kept page (as it runs, a repeated address is one for all but one request every 2 s).
DATABASE_URL="sqlite:$db" TADAMUN_PAGE_CACHE_SECONDS=0 LEPTOS_SITE_ADDR=127.0.0.1:$APP_PORT LEPTOS_SITE_ROOT=target/site \
  LEPTOS_ENV=PROD under_callgrind tadamun $APP_PORT target/release/tadamun serve
app_pid=${pids[0]}
under_callgrind baseline $BASE_PORT target/release/tadamun-baseline "sqlite:$db" 127.0.0.1:$BASE_PORT
base_pid=${pids[1]}
DATABASE_URL="sqlite:$db" TADAMUN_PAGE_CACHE_SECONDS=3600 LEPTOS_SITE_ADDR=127.0.0.1:$KEPT_PORT LEPTOS_SITE_ROOT=target/site \
  LEPTOS_ENV=PROD under_callgrind kept $KEPT_PORT target/release/tadamun serve
kept_pid=${pids[2]}

echo "Instructions per request (callgrind; $REQUESTS requests each, one at a time, after $WARM_UP to warm up):"
printf '  %-40s %12s %12s %9s | %12s\n' "page" "rendered" "baseline" "ratio" "kept page"
# One page on the three servers: "path [accept-encoding]" -> a row of the table.
row() {
  local path=$1 a a_status b b_status k k_status
  read -r a a_status < <(per_request "$app_pid" $APP_PORT "$path" "${2:-}")
  read -r b b_status < <(per_request "$base_pid" $BASE_PORT "$path" "${2:-}")
  read -r k k_status < <(per_request "$kept_pid" $KEPT_PORT "$path" "${2:-}")
  printf '  %-40s %12s %12s %9s | %12s\n' "$path" "$(n "$a")" "$(n "$b")" "$(python3 -c "print(f'{100*$b/$a:.0f}%')")" "$(n "$k")"
  [ "$a_status" = 200 ] && [ "$b_status" = 200 ] && [ "$k_status" = 200 ] || echo "  !! status $a_status / $b_status / $k_status"
}
for path in "$@"; do row "$path"; done
echo "  (ratio: the baseline's instructions as % of Tadamun's rendering, what the req/s ratio"
echo "   would be if only instructions counted)"
# Browsers ask for a compressed page (as oha does in run.sh): then each rendered page,
# Tadamun's and the baseline's alike, is also compressed, while a kept page was compressed once.
echo "As browsers ask (Accept-Encoding: br):"
for path in "$1" "/organisations/ccivs"; do row "$path" br; done
echo "What every Tadamun page pays before its own content:"
read -r h _ < <(per_request "$app_pid" $APP_PORT "/healthz")
printf '  %-40s %12s\n' "/healthz (middleware, a database ping)" "$(n "$h")"
read -r floor n_status < <(per_request "$app_pid" $APP_PORT "/no-such-page")
printf '  %-40s %12s   (status %s)\n' "/no-such-page (the layout around a 404)" "$(n "$floor")" "$n_status"
