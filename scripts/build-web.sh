#!/usr/bin/env bash
# Release build of the browser wizard into dist/ (trunk, wasm-bindgen 0.2.130, wasm-opt -Oz from binaryen 132),
# then the policy officer's workbench: beheer.html next to index.html, its own WebAssembly in dist/beheer/ (a
# second Trunk build, Trunk.beheer.toml). The wizard never downloads anything of the workbench.
# Usage: scripts/build-web.sh [extra trunk build arguments, e.g. --dist DIR]
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

dist=dist
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  [ "${args[i]}" = --dist ] && dist="${args[i + 1]:-dist}"
done

trunk build --release "$@"
# After the wizard's build (which empties $dist), so the wizard's offline list (sw.js) does not name these files.
trunk --config Trunk.beheer.toml build --release --dist "$dist/beheer"
mv "$dist/beheer/index.html" "$dist/beheer.html"
echo "built $dist/ ($(du -sh "$dist" | cut -f1)), the workbench in $dist/beheer/ ($(du -sh "$dist/beheer" | cut -f1))"
