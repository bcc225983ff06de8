#!/usr/bin/env bash
# Lighthouse 12.8 (npm, node 20) with Debian's chromium against the release build in dist-measure/, served by
# Debian's nginx with the README's configuration file itself (docs/nginx/potjeswijzer.conf: pre-compressed brotli,
# a year's cache for hashed files, the CSP header), at /potjeswijzer/.
# Mobile profile (Lighthouse's default: Moto G Power screen, 4x CPU slowdown, simulated slow 4G), RUNS times
# (default 5). Writes reports/lighthouse.json (the median run by Performance) and prints the median Performance
# and total blocking time against the budgets (>= 95, <= 150 ms), Accessibility (100) and LCP; exits 1 when a
# budget is missed.
# Then (APPLIED=0 skips it) one run with applied throttling (--throttling-method=devtools: the page really is
# slowed down, so LCP and the rest are measured instead of estimated), reports/lighthouse-applied.json, for
# information: the simulation estimates the paint from a fast unthrottled load, see README "Measuring".
# Usage: measure/lighthouse.sh          RUNS=1 measure/lighthouse.sh          APPLIED=0 measure/lighthouse.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source measure/lib.sh
runs="${RUNS:-5}"

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
  timeout --kill-after=10 180 lighthouse "$MEASURE_URL/" --quiet --form-factor=mobile --output=json --output-path="$out" \
    --chrome-flags="$flags" --only-categories=performance,accessibility,best-practices,seo
  reports+=("$out")
done
status=0
node measure/lighthouse-summary.mjs reports/lighthouse.json "${reports[@]}" || status=$?

if [ "${APPLIED:-1}" = 1 ]; then
  echo
  echo "applied throttling (the same mobile profile, really slowed down; measured, not estimated; not judged):"
  timeout --kill-after=10 180 lighthouse "$MEASURE_URL/" --quiet --form-factor=mobile --throttling-method=devtools --output=json \
    --output-path=reports/lighthouse-applied.json --chrome-flags="$flags" --only-categories=performance
  node measure/lighthouse-summary.mjs --info reports/lighthouse-applied.json reports/lighthouse-applied.json
fi
exit "$status"
