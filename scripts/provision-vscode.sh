#!/usr/bin/env bash
# Provision a real VS Code for the tests with no internet beyond npm + Debian apt:
# code-server (VS Code's workbench and extension host, from npm) driven by Debian chromium.
# Idempotent: finished steps are skipped. Prints the code-server path as its last line.
#
# env: STATUS_CODES_VSCODE_CACHE  install dir (default ~/.cache/status-codes-vscode; outside the repo)
#      CODE_SERVER_VERSION        default 4.100.3 (the last release that runs on Node 20)
set -euo pipefail

CS_VERSION="${CODE_SERVER_VERSION:-4.100.3}"
CACHE="${STATUS_CODES_VSCODE_CACHE:-$HOME/.cache/status-codes-vscode}"
DEST="$CACHE/code-server-$CS_VERSION"
BIN="$DEST/node_modules/.bin/code-server"
RIPGREP_PKG_VERSION=1.15.11 # the @vscode/ripgrep version code-server 4.100.3 depends on
RIPGREP_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz

t0=$SECONDS
log() { echo "[provision +$((SECONDS - t0))s] $*" >&2; }
# shellcheck source=lib/apt-install.sh
source "$(dirname "$0")/lib/apt-install.sh"

# --- 1. Debian packages -------------------------------------------------------------
# chromium: the browser that hosts the workbench; ripgrep: seeds @vscode/ripgrep (see 3);
# libkrb5-dev: headers for code-server's native 'kerberos' module; the rest build native modules.
APT_PACKAGES=(chromium ripgrep libkrb5-dev build-essential python3 pkg-config)
apt_install "${APT_PACKAGES[@]}"

# --- 2. already installed? ------------------------------------------------------------
# keep code-server's default config.yaml out of $HOME
export CODE_SERVER_CONFIG="$CACHE/config.yaml"
if [ -x "$BIN" ] && [ -f "$DEST/.provisioned" ] && "$BIN" --version 2>/dev/null | grep -q "^$CS_VERSION "; then
  log "code-server $CS_VERSION already in $DEST"
  echo "$BIN"
  exit 0
fi

# --- 3. install code-server from npm ---------------------------------------------------
mkdir -p "$DEST" "$CACHE/tmp"
export TMPDIR="$CACHE/tmp"
# @vscode/ripgrep's postinstall downloads rg from GitHub, but looks in
# $TMPDIR/vscode-ripgrep-cache-<version>/ first: seed it with Debian's rg under the asset name.
rg_cache="$TMPDIR/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION"
if [ ! -f "$rg_cache/$RIPGREP_ASSET" ]; then
  staging="$(mktemp -d)"
  cp "$(command -v rg)" "$staging/rg"
  mkdir -p "$rg_cache"
  tar czf "$rg_cache/$RIPGREP_ASSET" -C "$staging" rg
  rm -rf "$staging"
fi

# node-gyp must build against the local Node headers (it cannot download them offline)
node_prefix="$(dirname "$(dirname "$(command -v node)")")"
if [ -z "${npm_config_nodedir:-}" ] && [ -f "$node_prefix/include/node/node.h" ]; then
  export npm_config_nodedir="$node_prefix"
fi

log "npm: installing code-server@$CS_VERSION into $DEST (takes ~1-2 min)"
cd "$DEST"
[ -f package.json ] || echo '{ "name": "status-codes-vscode-cache", "private": true }' > package.json
# unsafe_perm: code-server's postinstall refuses to run as root without it.
# yes: node-pty's install runs `npx node-gyp`, which aborts when npx may not install.
npm_config_unsafe_perm=true npm_config_yes=true \
  npm install --no-audit --no-fund --loglevel=error "code-server@$CS_VERSION" >&2

"$BIN" --version >&2
touch "$DEST/.provisioned"
log "done"
echo "$BIN"
