#!/usr/bin/env bash
# Runs every test: unit and integration tests on SQLite and then on PostgreSQL, and the
# browser tests in Debian's Chromium (JavaScript on and off, axe-core in English and Arabic)
# against the release build, the one people deploy (scripts/build-release.sh).
# Installs what is missing first (scripts/setup.sh --tests). This is what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --tests

PG_SERVER=${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}
pg() { psql "$PG_SERVER" -v ON_ERROR_STOP=1 -qtAc "$1"; }

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

# Disk space first: when a link fails with a bus error, this says whether the disk was full.
df -h . | tail -1

# The unit and integration tests build in debug, with cargo-leptos's debug settings (in a
# subshell: the release build below must not get them).
(
source scripts/cargo-env.sh

# The lints of [workspace.lints] (Cargo.toml), warnings as errors; per package set, so the
# server's features and the browser's are each checked as they are built.
step "clippy"
cargo clippy -p app -p tadamun -p tadamun-baseline -p tadamun-rsvp-writes --all-targets --features app/ssr -- -D warnings
cargo clippy -p frontend -p app --target wasm32-unknown-unknown -- -D warnings

# Integration tests run one at a time: each starts the Leptos app in its own runtime, and
# Leptos keeps some state per process (see server/tests/integration/common/mod.rs).
step "unit and integration tests on SQLite"
# tadamun-baseline: the benchmark's yardstick must write the same pages (bench/baseline/tests).
cargo test -p app -p tadamun -p tadamun-baseline --features app/ssr -- --test-threads=1

step "integration tests on PostgreSQL"
if ! pg "SELECT 1" >/dev/null 2>&1; then
  echo "PostgreSQL is not answering at $PG_SERVER; trying to start it"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
  sleep 2
fi
pg "SELECT 1" >/dev/null
# Each test creates its own database and drops it; this sweeps any left by an interrupted run.
drop_test_databases() {
  for db in $(pg "SELECT datname FROM pg_database WHERE datname LIKE 'tadamun\_test\_%'"); do
    pg "DROP DATABASE IF EXISTS $db WITH (FORCE)"
  done
}
drop_test_databases
TEST_DATABASE_URL="$PG_SERVER" cargo test -p tadamun --features app/ssr --tests -- --test-threads=1
drop_test_databases
)

step "release build (server and wasm, as deployed; the browser tests run it)"
scripts/build-release.sh

step "browser tests (Playwright, Debian's Chromium) against the release build"
(cd end2end && TADAMUN_BIN=target/release/tadamun npx playwright test)
