#!/usr/bin/env bash
# What a visitor downloads: every file in dist/ raw, gzip -9 and brotli -q 11 (bytes), and the first-load total
# (html + js + wasm + css + regulations file). Target: first load <= 150 KB brotli.
# Usage: scripts/sizes.sh [DIST]
set -euo pipefail
cd "$(dirname "$0")/.."
dist="${1:-dist}"
[ -f "$dist/index.html" ] || { echo "no $dist/index.html: run scripts/build-web.sh first" >&2; exit 1; }
command -v brotli >/dev/null 2>&1 || { echo "brotli is missing: apt-get install brotli" >&2; exit 1; }

printf '%-48s %10s %10s %10s  %s\n' file raw gzip-9 brotli-11 first-load
total_raw=0; total_gz=0; total_br=0
while IFS= read -r f; do
  rel="${f#"$dist"/}"
  raw=$(wc -c <"$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  br=$(brotli -q 11 -c "$f" | wc -c)
  first=""
  case "$rel" in
    *.html|*.js|*.wasm|*.css|*.toml) first="yes"
      total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz)); total_br=$((total_br + br)) ;;
  esac
  printf '%-48s %10d %10d %10d  %s\n' "$rel" "$raw" "$gz" "$br" "$first"
done < <(find "$dist" -type f ! -name '*.br' ! -name '*.gz' | sort)
printf '%-48s %10d %10d %10d\n' "FIRST LOAD (html+js+wasm+css+toml)" "$total_raw" "$total_gz" "$total_br"
limit=$((150 * 1024))
if [ "$total_br" -le "$limit" ]; then
  echo "first load brotli: $total_br bytes <= 150 KB ($limit): OK"
else
  echo "first load brotli: $total_br bytes > 150 KB ($limit): OVER TARGET"
fi
