#!/usr/bin/env bash
# The release build: what is deployed, what bench/ measures and what the browser tests run.
#   target/release/tadamun    the server (copy hash.txt from beside it too)
#   target/site/              the site folder: pkg/ (hashed css, js, wasm) and public/'s files
# Installs what is missing first (scripts/setup.sh), and puts wasm-opt (npm's binaryen, in
# tools/) on PATH, which cargo-leptos needs for a release build. Extra arguments go to
# `cargo leptos build` (e.g. --server-only).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/tools/node_modules/.bin:$PATH"
# Both halves are built with the same flags: scripts/cargo-env.sh's RUSTFLAGS (erased
# components, for debug builds) must not reach one of them, or the wasm refuses to hydrate
# the server's pages (app::ui::VIEWS).
unset RUSTFLAGS
cargo leptos build --release "$@"
echo "release build: target/release/tadamun (+ hash.txt beside it) and target/site/"
