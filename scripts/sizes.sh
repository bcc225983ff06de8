#!/usr/bin/env bash
# Kept for old habits: the size table now lives in measure/sizes.sh (see README "Measuring").
# Usage: scripts/sizes.sh [DIST]     (default dist)
set -euo pipefail
cd "$(dirname "$0")/.."
exec measure/sizes.sh "${1:-dist}"
