#!/usr/bin/env bash
# Installs everything the app, its tests and its measurements need, on a fresh machine of this kind.
# Skips every step whose tool is already there at the right version, so a kept ~/.cargo costs nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# must equal the wasm-bindgen version pinned in Cargo.toml / Cargo.lock and Trunk.toml
WASM_BINDGEN_VERSION=0.2.130

log() { printf '\n== %s\n' "$*"; }

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need_apt+=(chromium-driver)
command -v brotli >/dev/null 2>&1 || need_apt+=(brotli)
# The web servers municipalities use: the browser tests and measure/ serve the build with them (tests/e2e/hosting.mjs).
[ -x /usr/sbin/nginx ] || need_apt+=(nginx)
[ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || need_apt+=(libnginx-mod-http-brotli-static)
[ -x /usr/sbin/apache2ctl ] || need_apt+=(apache2)
if [ ${#need_apt[@]} -gt 0 ]; then
  log "apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Installing nginx or Apache would start it as a system service on port 80 (and the second one would fail on
  # the taken port). The tests start their own, unprivileged; so, as Debian's Docker images do, tell the package
  # scripts not to start services (invoke-rc.d, policy-rc.d exit 101) while this installs, unless a policy is set.
  policy=/usr/sbin/policy-rc.d
  own_policy=""
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\n# written by potjeswijzer scripts/setup.sh while it installs packages\nexit 101\n' >"$policy"
    chmod 755 "$policy"
    own_policy=yes
    trap 'rm -f "$policy"' EXIT
  fi
  apt-get update -qq
  apt-get install -y -qq "${need_apt[@]}" >/dev/null
  if [ -n "$own_policy" ]; then
    rm -f "$policy"
    trap - EXIT
  fi
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  log "cargo install trunk $TRUNK_VERSION (about 11 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  log "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes)"
  # without --locked: its lock file wants a webpki-roots version this registry lacks
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ ! -x node_modules/.bin/lighthouse ]; then
  log "npm ci (binaryen for wasm-opt, playwright-core, axe-core, lighthouse)"
  npm ci --no-audit --no-fund
fi

log "setup done"
