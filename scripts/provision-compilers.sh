#!/usr/bin/env bash
# Installs the compilers the generated-constants tests hand their files to, beyond what the
# machine has (tsc comes from npm; javac and python3 are on the image): Debian's Go. Kotlin, Swift
# and Dart are not installed (Debian's kotlin pulls in 74 packages; swiftc and dart are not in
# Debian 12): their tests skip and say so. Idempotent.
set -euo pipefail
PACKAGES=(golang-go)
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
go version
javac -version 2>&1 || echo "javac: not installed (the Java compile test will skip)"
