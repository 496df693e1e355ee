#!/usr/bin/env bash
# Times the account forms for known and unknown addresses (bench/account_timing.py) against the
# debug build, or TADAMUN_BIN=target/release/tadamun after `cargo leptos build --release`.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${BENCH_PORT:-3300}
E2E_PORT=$port E2E_OUTBOX=$(mktemp -d) end2end/serve.sh >/tmp/tadamun-account-timing.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
BENCH_ADDR=127.0.0.1:$port python3 bench/account_timing.py
