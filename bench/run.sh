#!/usr/bin/env bash
# Tadamun's benchmark. Builds in release mode, seeds 10,000 organisations (plus the demo) into a
# fresh SQLite database, then measures with oha, in the same run:
#   - requests/s and p50/p99 latency of the directory (first page, a filtered page, a search)
#     and of a profile, for Tadamun and for a hand-written axum baseline (bench/baseline) that
#     writes the same documents (but for hydration markers) from the same queries without Leptos; Tadamun as % of baseline.
#     Tadamun twice: as it runs (anonymous readers' pages kept for a moment, so a repeated
#     address is mostly a kept page) and a second instance with TADAMUN_PAGE_CACHE_SECONDS=0
#     that renders every request, as the baseline does;
#   - the same for an event's page (/events/{slug}), against the baseline's hand-written one;
#   - RSVPs written per second through the real write path (bench/writes), on the same SQLite
#     file with synchronous=FULL;
#   - a letter shared widely: its page read by 64 at once while signatures are confirmed at
#     500/s (bench/writes/src/bin/tadamun-signature-load.rs), against the same reads alone;
#   - the same pages uncompressed (Accept-Encoding: identity): oha otherwise asks as browsers
#     do, for brotli, which every rendered page then also pays (a kept page was compressed once);
#   - p99 latency at a fixed 500 requests/s;
#   - the brotli size of the first HTML of /, /organisations and a profile, and of the wasm/JS;
#   - instructions per request, Tadamun and the baseline, counted by callgrind
#     (bench/instructions.sh): repeatable where req/s wobbles with the machine's other load.
# Prints the figures and writes them to bench/results/latest.txt. Loopback only; every load
# run is bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${BENCH_SECONDS:-10}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
ORGS=${BENCH_ORGANISATIONS:-10000}
APP_PORT=3300
BASE_PORT=3301
RENDER_PORT=3302
out=bench/results
mkdir -p "$out"

command -v oha >/dev/null || cargo install oha --locked

echo "== release build"
# Both servers as deployed: no debug flags from scripts/cargo-env.sh (erased components).
unset RUSTFLAGS
scripts/build-release.sh
# The baseline shares the release artifacts when built with the environment cargo-leptos uses.
LEPTOS_OUTPUT_NAME=tadamun cargo build --release -p tadamun-baseline -p tadamun-rsvp-writes --bins

db="$PWD/$out/bench.db"
rm -f "$db" "$db-wal" "$db-shm"
export DATABASE_URL="sqlite:$db" RUST_LOG=warn
echo "== seeding $ORGS organisations"
target/release/tadamun seed-demo
target/release/tadamun seed-synthetic --organisations "$ORGS"

# Each page names its own address (canonical, og:url) from the public URL, as the baseline does.
TADAMUN_PUBLIC_URL=http://127.0.0.1:$APP_PORT LEPTOS_SITE_ADDR=127.0.0.1:$APP_PORT LEPTOS_SITE_ROOT=target/site LEPTOS_ENV=PROD \
  target/release/tadamun serve &
app_pid=$!
TADAMUN_PAGE_CACHE_SECONDS=0 TADAMUN_PUBLIC_URL=http://127.0.0.1:$RENDER_PORT LEPTOS_SITE_ADDR=127.0.0.1:$RENDER_PORT LEPTOS_SITE_ROOT=target/site LEPTOS_ENV=PROD \
  target/release/tadamun serve &
render_pid=$!
target/release/tadamun-baseline "sqlite:$db" 127.0.0.1:$BASE_PORT &
base_pid=$!
trap 'kill $app_pid $render_pid $base_pid 2>/dev/null || true' EXIT
for port in $APP_PORT $RENDER_PORT $BASE_PORT; do
  for _ in $(seq 50); do curl -sf -o /dev/null "http://127.0.0.1:$port/organisations" && break; sleep 0.2; done
done

# The pages both servers serve, measured by load here and by instruction count below.
pages=("/organisations" "/organisations?country=PS&theme=youth" "/organisations?q=youth+peace" "/organisations/ccivs" "/events/icsgp-global-call-2024-03" "/events/ras-al-auja-monthly-call-1")

load() { # url [extra oha args] -> "rps p50_ms p99_ms"
  local url=$1; shift
  oha -z "${DURATION}s" -c "$CONNECTIONS" -w --no-tui --output-format json "$@" "$url" 2>/dev/null | python3 bench/oha_summary.py
}

{
echo "Tadamun benchmark — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $ORGS synthetic organisations + demo, SQLite"
echo "oha -z ${DURATION}s -c $CONNECTIONS, loopback; server and load generator share the machine"
echo "oha asks for compressed pages as browsers do (Accept-Encoding: gzip, compress, deflate, br)"
echo
echo "Tadamun as it runs (kept pages) | the baseline | Tadamun rendering every request (page cache off)"
printf '%-40s %8s %7s %7s | %8s %7s %7s | %6s | %8s %7s %6s\n' "page" "rps" "p50 ms" "p99 ms" "base rps" "p50 ms" "p99 ms" "ratio" "rendered" "p99 ms" "ratio"
pct() { python3 -c "print(f'{100*$1/max($2,1):.0f}%')"; }
# One page on the three servers: "path [extra oha args]" -> a row of the table.
row() {
  local path=$1; shift
  read -r a_rps a_p50 a_p99 a_bad < <(load "http://127.0.0.1:$APP_PORT$path" "$@")
  read -r b_rps b_p50 b_p99 b_bad < <(load "http://127.0.0.1:$BASE_PORT$path" "$@")
  read -r r_rps r_p50 r_p99 r_bad < <(load "http://127.0.0.1:$RENDER_PORT$path" "$@")
  printf '%-40s %8s %7s %7s | %8s %7s %7s | %6s | %8s %7s %6s\n' "$path" "$a_rps" "$a_p50" "$a_p99" "$b_rps" "$b_p50" "$b_p99" \
    "$(pct "$a_rps" "$b_rps")" "$r_rps" "$r_p99" "$(pct "$r_rps" "$b_rps")"
  [ "$a_bad" = 0 ] && [ "$r_bad" = 0 ] || echo "  !! $a_bad / $r_bad failed or non-2xx responses from Tadamun"
}
for path in "${pages[@]}"; do row "$path"; done
# Every page above repeats one address, which the read cache answers after the first request.
# Here every request searches for a different random term, so each one runs its SQL and is
# rendered (no kept page matches it).
# (oha's regex syntax: dots are literal, `?` must be escaped.)
uncached() { printf 'http://127.0.0.1:%s/organisations\\?q=[a-z]{3}' "$1"; }
read -r a_rps a_p50 a_p99 a_bad < <(load "$(uncached $APP_PORT)" --rand-regex-url)
read -r b_rps b_p50 b_p99 b_bad < <(load "$(uncached $BASE_PORT)" --rand-regex-url)
printf '%-40s %8s %7s %7s | %8s %7s %7s | %6s\n' "/organisations?q=<random>" "$a_rps" "$a_p50" "$a_p99" "$b_rps" "$b_p50" "$b_p99" "$(pct "$a_rps" "$b_rps")"
[ "$a_bad" = 0 ] && [ "$b_bad" = 0 ] || echo "  !! $a_bad / $b_bad failed or non-2xx responses"
# oha asks as browsers do (Accept-Encoding: gzip, compress, deflate, br), so every load above
# is of pages compressed with brotli, by both servers alike. Here the same pages uncompressed:
# what rendering alone costs, as the instruction counts below measure it.
echo
echo "Uncompressed (Accept-Encoding: identity): Tadamun as it runs | the baseline | Tadamun rendering every request"
for path in "/organisations" "/organisations/ccivs" "/events/icsgp-global-call-2024-03"; do
  row "$path" -H "Accept-Encoding: identity"
done
echo
echo "p99 at a fixed 500 requests/s (target < 10 ms), as it runs | rendering every request:"
for path in "/organisations" "/organisations?country=PS&theme=youth" "/organisations/ccivs" "/events/icsgp-global-call-2024-03"; do
  read -r rps p50 p99 bad < <(load "http://127.0.0.1:$APP_PORT$path" -q 500)
  read -r r_rps r_p50 r_p99 r_bad < <(load "http://127.0.0.1:$RENDER_PORT$path" -q 500)
  printf '  %-40s p50 %6s ms   p99 %6s ms | p50 %6s ms   p99 %6s ms\n' "$path" "$p50" "$p99" "$r_p50" "$r_p99"
done
echo
echo "Transfer sizes, brotli as served (targets: first HTML <= 14 KB, wasm <= 200 KB):"
size() { curl -s -H 'Accept-Encoding: br' -o /dev/null -w '%{size_download}' "http://127.0.0.1:$APP_PORT$1"; }
# The bundle's names carry content hashes, listed in the hash file beside the binary.
bundle() { sed -n "s/^$1: *//p" target/release/hash.txt | sed "s|^|/pkg/tadamun.|; s|\$|.$1|"; }
for path in "/" "/organisations" "/organisations/ccivs" "/ar/organisations" "/events" "/events/icsgp-global-call-2024-03" "/ar/events/icsgp-global-call-2024-03" "$(bundle wasm)" "$(bundle js)" "$(bundle css)"; do
  printf '  %-28s %8s bytes\n' "$path" "$(size "$path")"
done
echo
# Work per request, not time: the same count whatever else the machine is doing. Before the
# RSVPs, whose queued mails the counted server would otherwise be writing out meanwhile.
bench/instructions.sh "$db" "${pages[@]}"
echo
# Last of the loads: the RSVPs queue thousands of mails, which the server's mail worker then
# writes out for a minute or more, and that would weigh on any measurement taken after it.
# The writes go straight into the file, from their own process; the servers are stopped first.
# Left running, their mail workers claimed the mails the writes queue, from two more processes,
# and one of them waited past SQLite's busy timeout ("database is locked"): a contention of
# this bench's making, since one Tadamun instance owns an SQLite file and queues its own
# writes on one connection (README, "PostgreSQL and several instances").
kill $app_pid $render_pid $base_pid 2>/dev/null || true
while kill -0 $app_pid 2>/dev/null || kill -0 $render_pid 2>/dev/null || kill -0 $base_pid 2>/dev/null; do sleep 0.1; done
echo "RSVPs written per second (target >= 500), ${DURATION}s, $CONNECTIONS at once, SQLite synchronous=FULL:"
read -r w_rps w_p50 w_p99 w_n w_seated w_waiting < <(target/release/tadamun-rsvp-writes "sqlite:$db" "$DURATION" "$CONNECTIONS")
printf '  %s RSVPs/s   p50 %s ms   p99 %s ms   (%s written: %s seated, %s waitlisted)\n' "$w_rps" "$w_p50" "$w_p99" "$w_n" "$w_seated" "$w_waiting"
echo
# A letter shared widely: its page read by 64 at once while signatures are confirmed at 500 a
# second, in one process through Tadamun's own router and signing code, on a fresh SQLite file
# (synchronous=FULL). The same reads alone first, in the same run, are the yardstick.
sig_db="$PWD/$out/signatures.db"
rm -f "$sig_db" "$sig_db-wal" "$sig_db-shm"
echo "A letter's page read by 64 while signatures are confirmed at 500/s, ${DURATION}s (targets: read p99 < 50 ms, write p99 < 200 ms, figure at most 2 s behind, or 4; none lost or counted twice):"
read -r a_rps a_p50 a_p99 b_rps b_p50 b_p99 s_rate s_p50 s_p99 s_n s_err s_behind s_shown s_told s_db \
  < <(target/release/tadamun-signature-load "sqlite:$sig_db" "$DURATION" 64 500)
printf '  reads alone:         %s req/s   p50 %s ms   p99 %s ms\n' "$a_rps" "$a_p50" "$a_p99"
printf '  reads while signing: %s req/s   p50 %s ms   p99 %s ms   (%s%% of alone)\n' "$b_rps" "$b_p50" "$b_p99" "$(( ${b_rps%.*} * 100 / (${a_rps%.*} > 0 ? ${a_rps%.*} : 1) ))"
printf '  signatures confirmed: %s/s   p50 %s ms   p99 %s ms   (%s confirmed, %s errors)\n' "$s_rate" "$s_p50" "$s_p99" "$s_n" "$s_err"
printf '  the figure at most %s ms behind; at the end the page shows %s, the writers were told %s, the database holds %s\n' "$s_behind" "$s_shown" "$s_told" "$s_db"
} | tee "$out/latest.txt"
