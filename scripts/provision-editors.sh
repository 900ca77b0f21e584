#!/usr/bin/env bash
# Installs the non-VS Code LSP clients the editor tests drive: Debian's Neovim, and Emacs with
# eglot (elpa-eglot; built into Emacs only from 29). Idempotent.
set -euo pipefail
PACKAGES=(neovim emacs-nox elpa-eglot)
# shellcheck source=lib/apt-install.sh
source "$(dirname "$0")/lib/apt-install.sh"
apt_install "${PACKAGES[@]}"
nvim --version | head -1
emacs --version | head -1
