#!/usr/bin/env bash
# All tests, on a fresh machine too: installs what is missing (scripts/setup.sh), then
#   1. formatting and clippy (native and wasm32),
#   2. native unit, scenario and CLI tests (plain `cargo test`: no web crates are compiled),
#   3. `regels check regulations.toml` (validates the file and runs the example households of voorbeelden.toml),
#   4. the B1 guard on every resident-facing text in regulations.toml,
#   5. a short fuzz smoke run of every cargo-fuzz target,
#   6. browser tests in headless Chromium (scripts/e2e.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s\n' "$*"; }

step "setup"
scripts/setup.sh

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (native, then wasm32 with the web feature)"
cargo clippy --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --features web --lib --bin potjeswijzer -- -D warnings

step "cargo test (engine, scenarios, CLI)"
cargo test

step "cargo test --features web --lib app:: (the UI's pure logic, natively)"
cargo test --features web --lib app::

step "regels check regulations.toml"
cargo run --release --quiet --bin regels -- check regulations.toml

step "b1check regulations.toml"
b1check=../shared/tools/b1check
if [ -x "$b1check" ]; then
  "$b1check" regulations.toml | tail -n 1
else
  echo "b1check not found next to this repository (../shared/tools/b1check); skipped" >&2
fi

step "fuzz smoke run (10 s per target; scripts/fuzz.sh 600 for the real run)"
scripts/fuzz.sh 10

step "browser tests"
scripts/e2e.sh
