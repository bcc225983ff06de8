#!/usr/bin/env bash
# Lighthouse 12.8 (npm, node 20) with Debian's chromium against the release build in dist-measure/, served the way
# the README's "Hosting" section serves it: pre-compressed brotli, a year's cache for hashed files, the CSP header.
# Mobile profile (Lighthouse's default: Moto G Power screen, 4x CPU slowdown, simulated slow 4G).
# Writes reports/lighthouse.json (the median run by Performance when RUNS > 1) and prints Performance,
# Accessibility, Best Practices, LCP and TBT against the targets; exits 1 when a target is missed.
# Then (APPLIED=0 skips it) one run with applied throttling (--throttling-method=devtools: the page really is
# slowed down, so LCP and the rest are measured instead of estimated), reports/lighthouse-applied.json, for
# information: the simulation estimates the paint from a fast unthrottled load, see README "Measuring".
# Usage: measure/lighthouse.sh          RUNS=5 measure/lighthouse.sh          APPLIED=0 measure/lighthouse.sh
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
status=0
node measure/lighthouse-summary.mjs reports/lighthouse.json "${reports[@]}" || status=$?

if [ "${APPLIED:-1}" = 1 ]; then
  echo
  echo "applied throttling (the same mobile profile, really slowed down; measured, not estimated; not judged):"
  lighthouse "$MEASURE_URL/" --quiet --form-factor=mobile --throttling-method=devtools --output=json \
    --output-path=reports/lighthouse-applied.json --chrome-flags="$flags" --only-categories=performance
  node measure/lighthouse-summary.mjs --info reports/lighthouse-applied.json reports/lighthouse-applied.json
fi
exit "$status"
