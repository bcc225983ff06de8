#!/usr/bin/env bash
# Lighthouse 12.8 (npm, node 20) with Debian's chromium against the release build in dist-measure/, served the way
# the README's "Hosting" section serves it: pre-compressed brotli, a year's cache for hashed files, the CSP header.
# Mobile profile (Lighthouse's default: Moto G Power screen, 4x CPU slowdown, simulated slow 4G).
# Writes reports/lighthouse.json (the median run by Performance when RUNS > 1) and prints Performance,
# Accessibility, Best Practices, LCP and TBT against the targets; exits 1 when a target is missed.
# Usage: measure/lighthouse.sh          RUNS=3 measure/lighthouse.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source measure/lib.sh
runs="${RUNS:-1}"

measure_setup
measure_build
measure_serve

export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
# Chromium itself contacts nothing (shared/reference/toolchain.md); Lighthouse adds its own fresh profile.
flags='--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking'
flags+=' --disable-component-update --disable-sync --disable-dev-shm-usage'
flags+=' --host-resolver-rules="MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"'

reports=()
for i in $(seq 1 "$runs"); do
  out="reports/lighthouse-run$i.json"
  [ "$runs" -eq 1 ] && out="reports/lighthouse.json"
  echo "lighthouse run $i of $runs ..." >&2
  lighthouse "$MEASURE_URL/" --quiet --form-factor=mobile --output=json --output-path="$out" \
    --chrome-flags="$flags" --only-categories=performance,accessibility,best-practices,seo
  reports+=("$out")
done
node measure/lighthouse-summary.mjs reports/lighthouse.json "${reports[@]}"
