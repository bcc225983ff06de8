#!/usr/bin/env bash
# All tests, on a fresh machine too: installs what is missing (scripts/setup.sh), then
#   1. formatting and clippy (native and wasm32),
#   2. native unit, scenario and CLI tests (plain `cargo test`: no web crates are compiled),
#   3. `regels check regulations.toml` (validates the file, runs the example households of voorbeelden.toml and
#      the B1 guard on every resident-facing text),
#   4. a short fuzz smoke run of every cargo-fuzz target,
#   5. browser tests in headless Chromium (scripts/e2e.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s\n' "$*"; }

# Every step has a time limit (seconds): a step that hangs fails with its name instead of stalling CI.
limit() {
  local seconds="$1"
  shift
  local status=0
  timeout --kill-after=30 "$seconds" "$@" || status=$?
  if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
    echo "test.sh: '$*' did not finish within $seconds s" >&2
  fi
  return "$status"
}

step "setup"
limit 2400 scripts/setup.sh

step "cargo fmt --check"
limit 300 cargo fmt --all -- --check

step "cargo clippy (native, then wasm32: the wizard's web feature and the workbench's beheer feature)"
limit 1200 cargo clippy --all-targets -- -D warnings
limit 1200 cargo clippy --target wasm32-unknown-unknown --features web --lib --bin potjeswijzer -- -D warnings
limit 1200 cargo clippy --target wasm32-unknown-unknown --features beheer --lib --bin beheer -- -D warnings

step "cargo test (engine, scenarios, CLI)"
limit 1200 cargo test

step "regels check regulations.toml"
limit 900 cargo run --release --quiet --bin regels -- check regulations.toml

step "fuzz smoke run (10 s per target; scripts/fuzz.sh 600 for the real run)"
limit 1500 scripts/fuzz.sh 10

step "browser tests"
limit 3000 scripts/e2e.sh
