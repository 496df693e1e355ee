#!/usr/bin/env bash
# Started by Playwright: the built server on a fresh SQLite database with the demo directory.
set -euo pipefail
cd "$(dirname "$0")/.."
db_dir=$(mktemp -d /tmp/tadamun-e2e.XXXXXX)
export DATABASE_URL="sqlite:$db_dir/tadamun.db"
export LEPTOS_SITE_ADDR="127.0.0.1:${E2E_PORT:-3100}"
export LEPTOS_SITE_ROOT=target/site
export RUST_LOG=${RUST_LOG:-warn}
# Plain http on this machine: the session cookie cannot be Secure here.
export TADAMUN_INSECURE_COOKIES=1 TADAMUN_OUTBOX="$db_dir/outbox"
exec "${TADAMUN_BIN:-target/debug/tadamun}" serve --demo
