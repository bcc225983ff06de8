#!/usr/bin/env bash
# Browser tests in real headless Chromium (playwright-core + Debian's chromium, axe-core).
# Builds the release app when dist/ is missing or older than its sources, builds the `regels` command line
# (the tests compare the list in the browser with `regels evaluate`), writes the .br/.gz files beside dist/'s
# files, serves dist/ on a free localhost port and runs `node --test tests/e2e/`. hosting.test.mjs and
# security.test.mjs serve dist/ with Debian's nginx and Apache and the README's configuration files themselves.
# Usage: scripts/e2e.sh [extra node --test arguments, e.g. --test-name-pattern=wissen]
set -euo pipefail
cd "$(dirname "$0")/.."
# DIST_DIR lets two builds live side by side (e.g. a measurement build next to a development one).
DIST_DIR="${DIST_DIR:-dist}"
export DIST_DIR
export PATH="$PWD/node_modules/.bin:$PATH"

[ -d node_modules/playwright-core ] && [ -d node_modules/@axe-core/playwright ] || npm ci --no-audit --no-fund
command -v chromium >/dev/null 2>&1 || { echo "chromium is missing: run scripts/setup.sh first" >&2; exit 1; }

stale=""
if [ ! -f "$DIST_DIR/index.html" ] || [ ! -f "$DIST_DIR/beheer.html" ]; then
  stale=yes
elif [ -n "$(find src index.html beheer.html public Trunk.toml Trunk.beheer.toml Cargo.toml Cargo.lock regulations.toml gemeenten.toml gemeenten talen scripts/trunk-post-build.mjs -newer "$DIST_DIR/index.html" -print -quit 2>/dev/null)" ]; then
  stale=yes
fi
if [ -n "$stale" ]; then
  scripts/build-web.sh --dist "$DIST_DIR"
fi
# FILE.br and FILE.gz beside each file, as the hosting configurations expect (tests/e2e/hosting.test.mjs).
scripts/precompress.sh "$DIST_DIR"

cargo build --release --bin regels
export PW_REGELS_BIN="${CARGO_TARGET_DIR:-$PWD/target}/release/regels"

# A small static server on a free port; stopped when this script ends.
port_file="$(mktemp)"
node tests/e2e/server.mjs "$DIST_DIR" 0 >"$port_file" &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true; rm -f "$port_file"' EXIT
for _ in $(seq 1 50); do
  grep -q '^http' "$port_file" 2>/dev/null && break
  sleep 0.1
done
PW_BASE_URL="$(grep -m1 '^http' "$port_file")"
export PW_BASE_URL
echo "serving $DIST_DIR/ at $PW_BASE_URL"

# Every test has a time limit and so has the whole run: a hang fails with a message instead of waiting for ever.
E2E_TEST_LIMIT_MS="${E2E_TEST_LIMIT_MS:-180000}"
E2E_RUN_LIMIT_S="${E2E_RUN_LIMIT_S:-2400}"
status=0
timeout --kill-after=30 "$E2E_RUN_LIMIT_S" \
  node --test --test-concurrency=1 --test-timeout="$E2E_TEST_LIMIT_MS" "$@" tests/e2e/ || status=$?
if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
  echo "browser tests: stopped after ${E2E_RUN_LIMIT_S} s (time limit of the whole run)" >&2
fi
exit "$status"
