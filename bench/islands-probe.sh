#!/usr/bin/env bash
# What Leptos islands could buy, measured before anyone converts the app to them.
#
# Builds this commit twice in release mode: as it is (every page hydrated whole) and as a probe
# with Leptos's `islands` feature on and not one island, so no page carries hydration data and
# the wasm holds no view. Every page still works (they all work without JavaScript), so the
# probe is the upper bound of what islands can give: a real conversion adds back the islands
# it needs (the directory's filter form, RSVP forms, account forms). Both are measured in one
# run against the hand-written baseline (bench/baseline) on the same seeded SQLite file, with
# wrk (installed by scripts/setup.sh). Prints requests/s, Tadamun as % of the baseline, the
# brotli size of the directory page and of the wasm. Nothing is committed or left behind: the
# probe lives in a temporary git worktree.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${BENCH_SECONDS:-8}
ORGS=${BENCH_ORGANISATIONS:-10000}
PORTS=(3310 3311 3312)
out=bench/results
mkdir -p "$out"

scripts/setup.sh
export PATH="$PWD/tools/node_modules/.bin:$PATH"
# Both builds share this target directory: only the crates above leptos build twice.
export CARGO_TARGET_DIR="$PWD/target"
probe=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  git worktree remove --force "$probe/src" 2>/dev/null || true
  rm -rf "$probe"
}
trap cleanup EXIT

# Replaces `from` by `to` in a file, and fails if `from` is not there (the app changed and this
# probe must be brought up to date), rather than measuring something else.
edit() {
  python3 - "$@" <<'EOF'
import sys
path, old, new = sys.argv[1:]
text = open(path).read()
if old not in text:
    sys.exit(f"islands-probe: '{old}' not found in {path}")
open(path, "w").write(text.replace(old, new, 1))
EOF
}

echo "== the probe: islands on, no island"
git worktree add --detach "$probe/src" HEAD >/dev/null
edit "$probe/src/Cargo.toml" 'leptos = "0.8"' 'leptos = { version = "0.8", features = ["islands"] }'
edit "$probe/src/app/src/app.rs" '<HydrationScripts options/>' '<HydrationScripts options islands=true/>'
edit "$probe/src/frontend/src/lib.rs" 'leptos::mount::hydrate_body(app::App);' 'leptos::mount::hydrate_islands();'
(cd "$probe/src" && cargo leptos build --release)
# The server reads its bundle's hashed names from hash.txt beside its binary.
mkdir "$probe/bin"
cp target/release/tadamun target/release/hash.txt "$probe/bin/"

echo "== as built"
cargo leptos build --release
LEPTOS_OUTPUT_NAME=tadamun cargo build --release -p tadamun-baseline

db="$probe/bench.db"
export DATABASE_URL="sqlite:$db" RUST_LOG=warn
target/release/tadamun seed-demo
target/release/tadamun seed-synthetic --organisations "$ORGS"

LEPTOS_SITE_ADDR=127.0.0.1:${PORTS[0]} LEPTOS_SITE_ROOT=target/site LEPTOS_ENV=PROD target/release/tadamun serve &
pids+=($!)
LEPTOS_SITE_ADDR=127.0.0.1:${PORTS[1]} LEPTOS_SITE_ROOT="$probe/src/target/site" LEPTOS_ENV=PROD "$probe/bin/tadamun" serve &
pids+=($!)
target/release/tadamun-baseline "sqlite:$db" 127.0.0.1:${PORTS[2]} &
pids+=($!)
for port in "${PORTS[@]}"; do
  for _ in $(seq 50); do curl -sf -o /dev/null "http://127.0.0.1:$port/organisations" && break; sleep 0.2; done
done
# Let both servers finish precompressing their bundles (a core's work for some seconds).
sleep 15

# Requests/s; wrk's count of non-2xx answers goes to stderr, so an error page is never counted silently.
rps() {
  local report
  report=$(wrk -t1 -c32 -d"${DURATION}s" -H 'Accept-Encoding: br' "$1")
  grep 'Non-2xx' <<<"$report" | sed "s|^|  !! $1: |" >&2 || true
  sed -n 's/^Requests\/sec: *//p' <<<"$report"
}
size() { curl -s -H 'Accept-Encoding: br' -o /dev/null -w '%{size_download}' "$1"; }
wasm() { # port hash-file -> brotli bytes of the wasm as served
  local name
  name=$(sed -n 's/^wasm: *//p' "$2")
  size "http://127.0.0.1:$1/pkg/tadamun.$name.wasm"
}
pct() { python3 -c "print(f'{100*$1/max($2,1):.0f}%')"; }

{
echo "Islands probe — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $ORGS synthetic organisations + demo, SQLite"
echo "wrk -t1 -c32 -d${DURATION}s, brotli accepted; servers and load generator share the machine"
echo
printf '%-28s %12s %12s %12s %10s %10s\n' "page" "as built" "no islands" "baseline" "built/base" "probe/base"
for path in "/organisations" "/organisations?country=PS&theme=youth" "/organisations/ccivs" "/events/icsgp-global-call-2024-03"; do
  a=$(rps "http://127.0.0.1:${PORTS[0]}$path")
  b=$(rps "http://127.0.0.1:${PORTS[1]}$path")
  c=$(rps "http://127.0.0.1:${PORTS[2]}$path")
  printf '%-28s %12s %12s %12s %10s %10s\n' "${path:0:28}" "$a" "$b" "$c" "$(pct "$a" "$c")" "$(pct "$b" "$c")"
done
echo
echo "Brotli bytes as served:"
printf '  %-22s %10s %10s %10s\n' "" "as built" "no islands" "baseline"
printf '  %-22s %10s %10s %10s\n' "/organisations" "$(size "http://127.0.0.1:${PORTS[0]}/organisations")" \
  "$(size "http://127.0.0.1:${PORTS[1]}/organisations")" "$(size "http://127.0.0.1:${PORTS[2]}/organisations")"
printf '  %-22s %10s %10s\n' "wasm" "$(wasm "${PORTS[0]}" target/release/hash.txt)" "$(wasm "${PORTS[1]}" "$probe/bin/hash.txt")"
} | tee "$out/islands-probe.txt"
