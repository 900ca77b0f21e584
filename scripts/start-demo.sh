#!/usr/bin/env bash
# Demo: builds and packages the extension, installs the .vsix into a local code-server and serves
# a fresh copy of demo/ in the browser (edits, quick fixes and new catalogues land in the copy: the
# repository stays clean and the next start shows the demo as it was). Stays in the foreground;
# Ctrl+C stops code-server (its whole process group) and deletes the copy.
# env: PORT (default 8080), HOST (default 127.0.0.1), DEMO_FOLDER (default demo/),
#      VSIX (an already packaged .vsix: skips the build), STATUS_CODES_VSCODE_CACHE (where code-server
#      and the demo profile live)
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${PORT:-8080}"
HOST="${HOST:-127.0.0.1}"
SOURCE="$(cd "${DEMO_FOLDER:-demo}" && pwd)"
CACHE="${STATUS_CODES_VSCODE_CACHE:-$HOME/.cache/status-codes-vscode}"
STATE="$CACHE/demo-profile" # outside the repo: settings and extensions of the demo window
t0=$SECONDS
step() { echo "[demo +$((SECONDS - t0))s] $*"; }

if [ -n "${VSIX:-}" ]; then
  step "using $VSIX"
else
  step "build and package"
  npm run --silent package >/dev/null
  VSIX=status-codes.vsix
fi
step "provision code-server"
BIN="$(bash scripts/provision-vscode.sh | tail -n 1)"

# keep code-server's config.yaml and XDG state out of $HOME
export CODE_SERVER_CONFIG="$STATE/config.yaml"
for kind in CONFIG DATA CACHE STATE; do export "XDG_${kind}_HOME=$STATE/xdg-${kind,,}"; done

step "install status-codes.vsix"
node -e 'require("./test/vscode/lib/code-server").writeUserSettings(process.argv[1])' "$STATE/user-data"
"$BIN" --install-extension "$VSIX" --force \
  --extensions-dir "$STATE/extensions" --user-data-dir "$STATE/user-data" >/dev/null

# A fresh copy per start, named like the original (the window title says "demo").
WORK="$(mktemp -d "${TMPDIR:-/tmp}/status-codes-demo-XXXXXX")"
FOLDER="$WORK/$(basename "$SOURCE")"
cp -R "$SOURCE" "$FOLDER"
step "serving a fresh copy of $SOURCE: $FOLDER"

step "start code-server"
# setsid: code-server and its children (file watcher, extension host) get their own process group,
# which the trap below kills as a whole.
setsid "$BIN" --bind-addr "$HOST:$PORT" --auth none --disable-telemetry --disable-update-check \
  --disable-workspace-trust --disable-getting-started-override --ignore-last-opened \
  --extensions-dir "$STATE/extensions" --user-data-dir "$STATE/user-data" "$FOLDER" &
pid=$!
stop() {
  trap - EXIT INT TERM
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$WORK"
  step "code-server stopped, demo copy removed"
}
trap stop EXIT
trap 'exit 130' INT TERM

url="http://$HOST:$PORT/?folder=$FOLDER"
for _ in $(seq 1 150); do
  if node -e 'fetch(process.argv[1]).then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "http://$HOST:$PORT/healthz"; then
    break
  fi
  kill -0 "$pid" 2>/dev/null || { echo "code-server exited (is port $PORT free? set PORT=...)" >&2; exit 1; }
  sleep 0.2
done
echo
echo "  Status Codes demo: $url"
echo "  (open TRY-ME.md for things to try; edits stay in the copy; Ctrl+C to stop)"
echo
wait "$pid"
