#!/usr/bin/env bash
# Start-up in the browser with the CPU 4x slower and Lighthouse's mobile network, on the release build in
# dist-measure/ served by nginx (see measure/startup.mjs): the app's performance marks and the time from the
# WebAssembly arriving to the first screen being interactive; the same without the network throttling, for
# information. Prints each run and the medians; writes reports/startup.json; exits 1 when the median on the mobile
# network is over the budget of 100 ms.
# Usage: measure/startup.sh          RUNS=9 measure/startup.sh          CPU_SLOWDOWN=6 measure/startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source measure/lib.sh
measure_setup
measure_build
timeout --kill-after=10 600 node measure/startup.mjs
