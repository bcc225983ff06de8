#!/usr/bin/env bash
# The engine's own speed, natively: criterion's benchmark of load, evaluate and next question on the full
# regulations.toml (benches/engine.rs). Prints criterion's report, then one line per benchmark with the median
# and its 95% interval, and writes reports/bench.json. Extra arguments go to criterion (e.g. a name filter).
# Usage: measure/bench.sh [criterion arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p reports
command -v cargo >/dev/null 2>&1 || { echo "cargo is missing: install Rust 1.95 (rustup)" >&2; exit 2; }

cargo bench --bench engine -- "$@"
node measure/bench-summary.mjs target/criterion reports/bench.json
