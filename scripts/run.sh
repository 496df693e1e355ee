#!/usr/bin/env bash
# Runs the site at http://127.0.0.1:3000 on SQLite (data/tadamun.db, created and migrated on
# start) with the demo directory loaded. Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export TADAMUN_DEMO=1
# Plain http on this machine: the session cookie cannot be Secure here.
export TADAMUN_INSECURE_COOKIES=1
exec cargo leptos serve "$@"
