# Shared by the measure/*.sh scripts (sourced, not run): set-up, a fresh release build in its own folder, and
# nginx serving it as a municipality does. The measurements run on DIST_DIR (default dist-measure), never on dist/.

DIST_DIR="${DIST_DIR:-dist-measure}"
export DIST_DIR
export PATH="$PWD/node_modules/.bin:$PATH"
mkdir -p reports

# Everything a fresh machine lacks (chromium, brotli, trunk, wasm-bindgen, the npm packages incl. lighthouse).
measure_setup() {
  scripts/setup.sh >&2
  [ -x node_modules/.bin/lighthouse ] && [ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund
}

# A release build in $DIST_DIR when it is missing or older than its sources (NO_BUILD=1: measure the build that
# is there), then FILE.br / FILE.gz beside it.
measure_build() {
  if [ ! -f "$DIST_DIR/index.html" ] || { [ "${NO_BUILD:-0}" != 1 ] && [ -n "$(find src index.html public \
      Trunk.toml Cargo.toml Cargo.lock regulations.toml gemeenten.toml gemeenten talen -newer "$DIST_DIR/index.html" -print -quit 2>/dev/null)" ]; }; then
    scripts/build-web.sh --dist "$DIST_DIR" >&2
  fi
  scripts/precompress.sh "$DIST_DIR" >&2
}

# Serves $DIST_DIR with Debian's nginx and the README's configuration file itself (docs/nginx/potjeswijzer.conf:
# pre-compressed brotli, a year's cache for hashed files, the CSP header), at /potjeswijzer/ on a free port, for at
# most an hour; sets MEASURE_URL. The server stops when the calling script exits.
measure_serve() {
  local url_file
  url_file="$(mktemp)"
  node tests/e2e/hosting.mjs nginx "$DIST_DIR" --limit 3600 >"$url_file" &
  MEASURE_SERVER_PID=$!
  # shellcheck disable=SC2064
  trap "kill $MEASURE_SERVER_PID 2>/dev/null || true; wait $MEASURE_SERVER_PID 2>/dev/null || true; rm -f '$url_file'" EXIT
  for _ in $(seq 1 150); do
    grep -q '^http' "$url_file" 2>/dev/null && break
    kill -0 "$MEASURE_SERVER_PID" 2>/dev/null || break
    sleep 0.1
  done
  MEASURE_URL="$(grep -m1 '^http' "$url_file" || true)"
  [ -n "$MEASURE_URL" ] || { echo "nginx did not start (see above)" >&2; exit 2; }
  echo "serving $DIST_DIR/ with nginx and docs/nginx/potjeswijzer.conf at $MEASURE_URL/" >&2
}
