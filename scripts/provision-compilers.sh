#!/usr/bin/env bash
# Installs the compilers the generated-constants tests hand their files to, beyond what the
# machine has (tsc comes from npm; javac and python3 are on the image): Debian's Go. Kotlin, Swift
# and Dart are not installed (Debian's kotlin pulls in 74 packages; swiftc and dart are not in
# Debian 12): their tests skip and say so. Idempotent.
set -euo pipefail
PACKAGES=(golang-go)
# shellcheck source=lib/apt-install.sh
source "$(dirname "$0")/lib/apt-install.sh"
apt_install "${PACKAGES[@]}"
go version
javac -version 2>&1 || echo "javac: not installed (the Java compile test will skip)"
