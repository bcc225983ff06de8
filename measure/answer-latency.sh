#!/usr/bin/env bash
# Answer -> next question, in the browser, on the release build in dist-measure/ (see measure/answer-latency.mjs).
# Prints every step and median / p95 / max; writes reports/answer-latency.json; exits 1 when p95 > 16 ms.
# Usage: measure/answer-latency.sh          CPU_SLOWDOWNS=1,4,6 measure/answer-latency.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source measure/lib.sh
measure_setup
measure_build
timeout --kill-after=10 1200 node measure/answer-latency.mjs
