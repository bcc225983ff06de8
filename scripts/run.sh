#!/usr/bin/env bash
# Sets up everything on a fresh machine, builds the wizard (release) and serves it on http://127.0.0.1:8080.
# Usage: scripts/run.sh [PORT]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build-web.sh
echo "Potjeswijzer: open http://127.0.0.1:${1:-8080}/ (Ctrl+C stops)"
exec node tests/e2e/server.mjs dist "${1:-8080}"
