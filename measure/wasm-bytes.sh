#!/usr/bin/env bash
# Where the bytes of the WebAssembly go (README "Measuring", the table under "Where the bytes go"). Builds the
# release wasm as trunk does (cargo, wasm-bindgen 0.2.130, wasm-opt -Oz from binaryen 132) but keeps the function
# names (wasm-opt -g), runs twiggy on it and sums the bytes per crate with measure/wasm-bytes.mjs. Writes
# reports/wasm-names.wasm and reports/wasm-top.json. twiggy: `cargo install twiggy` (crates.io) when missing.
# Usage: measure/wasm-bytes.sh [N]      (N rows, default 25)
set -euo pipefail
cd "$(dirname "$0")/.."
source measure/lib.sh
measure_setup
command -v twiggy >/dev/null 2>&1 || timeout 1800 cargo install twiggy --version 0.8.0 --locked >&2
target="${CARGO_TARGET_DIR:-target}"
timeout 1800 cargo build --release --target wasm32-unknown-unknown --features web --bin potjeswijzer >&2
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
timeout 300 wasm-bindgen --target web --keep-debug --out-dir "$tmp" "$target/wasm32-unknown-unknown/release/potjeswijzer.wasm"
# The features trunk's wasm-opt run allows (as in the shipped build), and -g to keep the names.
timeout 600 wasm-opt -Oz -g --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals "$tmp/potjeswijzer_bg.wasm" -o reports/wasm-names.wasm
timeout 300 twiggy top -n 1000000 --format json reports/wasm-names.wasm >reports/wasm-top.json
node measure/wasm-bytes.mjs reports/wasm-top.json "${1:-25}"
