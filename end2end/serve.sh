#!/usr/bin/env bash
# Started by Playwright: the built server on a fresh SQLite database with the demo directory.
# The release build by default (scripts/build-release.sh), run as deployed (LEPTOS_ENV=PROD):
# the browser tests check what people run. TADAMUN_BIN=target/debug/tadamun runs a debug build
# instead (after `cargo leptos build`, which writes its own bundle into target/site).
set -euo pipefail
cd "$(dirname "$0")/.."
db_dir=$(mktemp -d /tmp/tadamun-e2e.XXXXXX)
export DATABASE_URL="sqlite:$db_dir/tadamun.db"
export LEPTOS_SITE_ADDR="127.0.0.1:${E2E_PORT:-3100}"
# The tests compare the pages' whole addresses with the address they reach the server at.
export TADAMUN_PUBLIC_URL="http://$LEPTOS_SITE_ADDR"
export LEPTOS_SITE_ROOT=target/site
export RUST_LOG=${RUST_LOG:-warn}
# Plain http on this machine: the session cookie cannot be Secure here.
# Mail goes to the outbox folder the tests read (playwright.config.ts names it).
outbox=${E2E_OUTBOX:-$db_dir/outbox}
rm -rf "$outbox"
export TADAMUN_INSECURE_COOKIES=1 TADAMUN_OUTBOX="$outbox"
# Every browser test signs up from 127.0.0.1: more than a person would in five minutes.
export TADAMUN_SIGN_UPS_PER_ADDRESS=100 TADAMUN_MAILS_PER_ADDRESS=100
bin=${TADAMUN_BIN:-target/release/tadamun}
if [ "$bin" = target/release/tadamun ]; then export LEPTOS_ENV=${LEPTOS_ENV:-PROD}; fi
# An administrator per browser project (tests/admin.spec.ts), as an operator would make one.
for project in js nojs; do
  TADAMUN_ADMIN_PASSWORD="administer the network $project" \
    "$bin" create-admin --email "admin-$project@example.org" --name "Admin $project" >/dev/null
done
# An editor of an organisation per project (tests/events.spec.ts creates events as them); the
# organisation must exist first.
"$bin" seed-demo >/dev/null
for project in js nojs; do
  TADAMUN_ADMIN_PASSWORD="edit the events $project" \
    "$bin" create-editor --email "editor-$project@example.org" --name "Editor $project" --organisation uawc >/dev/null
done
exec "$bin" serve --demo
