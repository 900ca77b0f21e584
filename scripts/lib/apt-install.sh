# Sourced by the provision scripts: `apt_install PACKAGE...` installs the Debian packages not yet
# installed (through sudo when not root), without recommends; it updates the package lists only
# when an install from the current ones fails. Prints what it installs on stderr.
apt_install() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  ((${#missing[@]})) || return 0
  local SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo -n"
  echo "apt: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" >&2 ||
    { $SUDO apt-get update -q >&2 && $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" >&2; }
}
