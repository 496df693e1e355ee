# Sourced by the project's scripts: the environment cargo-leptos gives its debug builds, so
# that `cargo test` and `cargo clippy` reuse the same compiled artifacts instead of rebuilding
# everything (a cold rebuild takes many minutes on 2 cores).
export LEPTOS_OUTPUT_NAME=tadamun LEPTOS_SITE_ROOT=target/site LEPTOS_SITE_PKG_DIR=pkg \
  LEPTOS_SITE_ADDR=${LEPTOS_SITE_ADDR:-127.0.0.1:3000} LEPTOS_RELOAD_PORT=3001 LEPTOS_LIB_DIR=frontend \
  LEPTOS_BIN_DIR=server LEPTOS_JS_MINIFY=false LEPTOS_HASH_FILES=true
# Debug builds only, and always for both halves (cargo-leptos gives it to the server and to the
# wasm alike). A release build goes without it, on both halves too (scripts/build-release.sh):
# a server and a wasm built one with it and one without disagree on the markup and the
# directory's live search died hydrating (issue 21); the wasm now checks (app::ui::VIEWS).
# Without it a release page also renders in about 30% fewer instructions (bench/README.md).
export RUSTFLAGS="--cfg erase_components"
