#!/usr/bin/env bash
# Demo: builds and packages the extension, installs the .vsix into a local code-server and serves
# demo/ in the browser. Stays in the foreground; Ctrl+C stops code-server (its whole process group).
# env: PORT (default 8080), HOST (default 127.0.0.1), DEMO_FOLDER (default demo/),
#      STATUS_CODES_VSCODE_CACHE (where code-server and the demo profile live)
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${PORT:-8080}"
HOST="${HOST:-127.0.0.1}"
FOLDER="$(cd "${DEMO_FOLDER:-demo}" && pwd)"
CACHE="${STATUS_CODES_VSCODE_CACHE:-$HOME/.cache/status-codes-vscode}"
STATE="$CACHE/demo-profile" # outside the repo: settings and extensions of the demo window
t0=$SECONDS
step() { echo "[demo +$((SECONDS - t0))s] $*"; }

step "build and package"
npm run --silent package >/dev/null
step "provision code-server"
BIN="$(bash scripts/provision-vscode.sh | tail -n 1)"

# keep code-server's config.yaml and XDG state out of $HOME
export CODE_SERVER_CONFIG="$STATE/config.yaml"
for kind in CONFIG DATA CACHE STATE; do export "XDG_${kind}_HOME=$STATE/xdg-${kind,,}"; done

step "install status-codes.vsix"
node -e 'require("./test/vscode/lib/code-server").writeUserSettings(process.argv[1])' "$STATE/user-data"
"$BIN" --install-extension status-codes.vsix --force \
  --extensions-dir "$STATE/extensions" --user-data-dir "$STATE/user-data" >/dev/null

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
  step "code-server stopped"
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
echo "  (open demo/TRY-ME.md for things to try; Ctrl+C to stop)"
echo
wait "$pid"
