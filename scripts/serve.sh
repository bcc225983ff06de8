#!/usr/bin/env bash
# Serves dist/ on http://127.0.0.1:PORT (default 8080) with the right content types (.wasm as application/wasm).
# Builds first when dist/ is missing. For live reload while developing, use `trunk serve` instead.
# Usage: scripts/serve.sh [PORT]
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f dist/index.html ] || scripts/build-web.sh
exec node tests/e2e/server.mjs dist "${1:-8080}"
