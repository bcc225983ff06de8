#!/usr/bin/env bash
# What a visitor downloads. Prints every served file of a build raw, gzip -9 and brotli -q 11 (bytes), marks the
# files of the first visit (index.html and what it loads: its scripts, stylesheet, icon, the WebAssembly, the
# regulations file, and sw.js when the page works offline), and totals them. Exits 1 when that first-load total
# in brotli is above the budget (default 220 KB = 225,280 bytes, issue 13; BUDGET_KB=... to change it).
# Usage: measure/sizes.sh [DIST]     (default dist-measure; build it with scripts/build-web.sh --dist dist-measure)
set -euo pipefail
cd "$(dirname "$0")/.."
dist="${1:-dist-measure}"
budget_kb="${BUDGET_KB:-220}"
[ -f "$dist/index.html" ] || { echo "no $dist/index.html: run scripts/build-web.sh --dist $dist first" >&2; exit 2; }
command -v brotli >/dev/null 2>&1 || { echo "brotli is missing: run scripts/setup.sh (apt-get install brotli)" >&2; exit 2; }

# The first visit: index.html, every local file it names (src, href, data-js, data-wasm), the regulations file
# (data-regels, default regulations.toml) and sw.js when data-offline asks for the service worker.
declare -A first=([index.html]=1)
html="$dist/index.html"
# (An apple-touch-icon is fetched only when the page is added to an iPhone's home screen.)
while IFS= read -r tag; do
  case "$tag" in *apple-touch-icon*) continue ;; esac
  while IFS= read -r ref; do
    ref="${ref#*=\"}"; ref="${ref%\"}"; ref="${ref#./}"; ref="${ref%%[?#]*}"
    case "$ref" in ''|*:*|/*|../*) continue ;; esac
    [ -f "$dist/$ref" ] && first[$ref]=1
  done < <(grep -oE '(src|href|data-js|data-wasm|data-regels)="[^"]*"' <<<"$tag")
done < <(tr '\n' ' ' <"$html" | grep -oE '<[a-zA-Z][^>]*>')
grep -q 'data-regels=' "$html" || first[regulations.toml]=1
grep -q 'data-offline' "$html" && [ -f "$dist/sw.js" ] && first[sw.js]=1

printf '%-52s %10s %10s %10s  %s\n' file raw gzip-9 brotli-11 first-visit
total_raw=0; total_gz=0; total_br=0; all_br=0
while IFS= read -r f; do
  rel="${f#"$dist"/}"
  raw=$(wc -c <"$f")
  gz=$(gzip -9 -n -c "$f" | wc -c)
  br=$(brotli -q 11 -c "$f" | wc -c)
  all_br=$((all_br + br))
  mark=""
  if [ -n "${first[$rel]:-}" ]; then
    mark="yes"
    total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz)); total_br=$((total_br + br))
  fi
  printf '%-52s %10d %10d %10d  %s\n' "$rel" "$raw" "$gz" "$br" "$mark"
done < <(find "$dist" -type f ! -name '*.br' ! -name '*.gz' | LC_ALL=C sort)
printf '%-52s %10d %10d %10d\n' "FIRST VISIT (${#first[@]} files)" "$total_raw" "$total_gz" "$total_br"
printf '%-52s %10s %10s %10d\n' "all files" "" "" "$all_br"

budget=$((budget_kb * 1024))
kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1024 }'; }
if [ "$total_br" -le "$budget" ]; then
  echo "first visit, brotli: $total_br bytes ($(kb "$total_br")) <= budget $budget bytes (${budget_kb} KB): OK"
else
  echo "first visit, brotli: $total_br bytes ($(kb "$total_br")) > budget $budget bytes (${budget_kb} KB): OVER BUDGET by $((total_br - budget)) bytes"
  exit 1
fi
