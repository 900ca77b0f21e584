#!/usr/bin/env bash
# Installs the non-VS Code LSP clients the editor tests drive (Debian's Neovim). Idempotent.
set -euo pipefail
if command -v nvim >/dev/null 2>&1; then echo "nvim present: $(nvim --version | head -1)"; exit 0; fi
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo -n"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y -q --no-install-recommends neovim >&2 ||
  { $SUDO apt-get update -q >&2 && $SUDO apt-get install -y -q --no-install-recommends neovim >&2; }
nvim --version | head -1
