#!/usr/bin/env bash
# National scale (issue 16): N = 3, 100 and 342 municipalities; see measure/gemeenten.mjs for what it reports.
# Exits 1 when a budget is missed. Usage: measure/gemeenten.sh [N...]   (RUNS=5 visits per page by default)
set -euo pipefail
cd "$(dirname "$0")/.."
source measure/lib.sh
measure_setup
measure_build
cargo build --release --bin regels >&2
timeout 3000 node measure/gemeenten.mjs "$DIST_DIR" "${CARGO_TARGET_DIR:-target}/release/regels" "$@"
