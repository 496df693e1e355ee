# Sourced by the project's scripts: the environment cargo-leptos gives its debug builds, so
# that `cargo test` and `cargo clippy` reuse the same compiled artifacts instead of rebuilding
# everything (a cold rebuild takes many minutes on 2 cores).
export LEPTOS_OUTPUT_NAME=tadamun LEPTOS_SITE_ROOT=target/site LEPTOS_SITE_PKG_DIR=pkg \
  LEPTOS_SITE_ADDR=${LEPTOS_SITE_ADDR:-127.0.0.1:3000} LEPTOS_RELOAD_PORT=3001 LEPTOS_LIB_DIR=frontend \
  LEPTOS_BIN_DIR=server LEPTOS_JS_MINIFY=false LEPTOS_HASH_FILES=true
# Debug builds only: a release build with erased components renders a page with about 45% more
# instructions (bench/README.md); bench/run.sh and `cargo leptos build --release` go without it.
export RUSTFLAGS="--cfg erase_components"
