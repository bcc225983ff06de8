#!/usr/bin/env bash
# Fuzzes the engine with cargo-fuzz (libFuzzer): the regulations loader (raw bytes and structure-aware),
# evaluation and flow with arbitrary answers, and the Dutch money parser.
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 600; CI runs a short smoke run)
# Crashes are saved under fuzz/artifacts/<target>/; turn each into a regression test in tests/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz --locked
# cargo-fuzz passes -Z flags; the machine has only the stable toolchain, which allows them with this switch.
export RUSTC_BOOTSTRAP=1
mkdir -p fuzz/corpus/load_bytes
# seed the raw-bytes loader with real and broken files, so it starts from valid TOML
[ -n "$(ls -A fuzz/corpus/load_bytes)" ] || cp regulations.toml voorbeelden.toml tests/fixtures/*.toml fuzz/corpus/load_bytes/
for target in load_bytes load_structured evaluate_flow money; do
  mkdir -p "fuzz/corpus/$target"
  echo "== $target for ${seconds}s"
  cargo fuzz run --release "$target" "fuzz/corpus/$target" -- \
    -max_total_time="$seconds" -rss_limit_mb=4096 -print_final_stats=1 2>&1 \
    | grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ +DONE|==[0-9]+== ERROR|SUMMARY|Done)" || true
  if ls "fuzz/artifacts/$target"/crash-* >/dev/null 2>&1; then
    echo "$target: crash found, see fuzz/artifacts/$target/" >&2
    exit 1
  fi
done
