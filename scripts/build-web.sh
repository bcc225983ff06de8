#!/usr/bin/env bash
# Release build of the browser wizard into dist/ (trunk, wasm-bindgen 0.2.130, wasm-opt -Oz from binaryen 132).
# Usage: scripts/build-web.sh [extra trunk build arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

# binaryen 132 from npm must come first: Debian's wasm-opt 108 silently breaks the app.
export PATH="$PWD/node_modules/.bin:$PATH"
if [ ! -x node_modules/.bin/wasm-opt ]; then
  npm ci --no-audit --no-fund
fi
for tool in trunk wasm-bindgen; do
  command -v "$tool" >/dev/null 2>&1 || { echo "$tool is missing: run scripts/setup.sh first" >&2; exit 1; }
done
rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

trunk build --release "$@"
echo "built dist/ ($(du -sh dist | cut -f1))"
