#!/usr/bin/env bash
# Installs the non-VS Code LSP clients the editor tests drive: Debian's Neovim, and Emacs with
# eglot (elpa-eglot; built into Emacs only from 29). Idempotent.
set -euo pipefail
PACKAGES=(neovim emacs-nox elpa-eglot)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo -n"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" >&2 ||
    { $SUDO apt-get update -q >&2 && $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" >&2; }
fi
nvim --version | head -1
emacs --version | head -1
