#!/usr/bin/env bash
# Writes FILE.br (brotli -q 11) and FILE.gz (gzip -9) next to every text and WebAssembly file of a build, so the
# web server sends them as they are (nginx brotli_static/gzip_static, Apache rewrite rules; see README "Hosting")
# instead of compressing on every request, and with the best compression. Up-to-date variants are kept.
# Usage: scripts/precompress.sh [DIST]     (default dist)
set -euo pipefail
cd "$(dirname "$0")/.."
dist="${1:-dist}"
[ -f "$dist/index.html" ] || { echo "no $dist/index.html: run scripts/build-web.sh first" >&2; exit 1; }
command -v brotli >/dev/null 2>&1 || { echo "brotli is missing: run scripts/setup.sh (apt-get install brotli)" >&2; exit 1; }

n=0
while IFS= read -r -d '' f; do
  if [ ! -f "$f.br" ] || [ "$f" -nt "$f.br" ]; then
    brotli -q 11 -f -o "$f.br" "$f"
    n=$((n + 1))
  fi
  if [ ! -f "$f.gz" ] || [ "$f" -nt "$f.gz" ]; then
    gzip -9 -n -c "$f" >"$f.gz"
    touch -r "$f" "$f.gz"
  fi
done < <(find "$dist" -type f \( -name '*.html' -o -name '*.js' -o -name '*.mjs' -o -name '*.wasm' -o -name '*.css' \
  -o -name '*.toml' -o -name '*.svg' -o -name '*.json' -o -name '*.webmanifest' -o -name '*.txt' \) -print0)
echo "precompressed $dist/ ($n file(s) new or changed)"
