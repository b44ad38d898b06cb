#!/usr/bin/env bash
# Install the Debian/Ubuntu packages that building and checking the .deb need, only those missing.
#   packaging/linux/apt-deps.sh build   dpkg-dev (dpkg-shlibdeps), patchelf, and every library the bundled Qt
#                                       plugins link to (dpkg-shlibdeps must find them to compute Depends)
#   packaging/linux/apt-deps.sh check   lintian, desktop-file-validate, appstreamcli
# Uses apt-get as root, or sudo without a password (GitHub runners); otherwise prints the command to run.
set -eu
mode=${1:?usage: apt-deps.sh build|check}
command -v dpkg-query >/dev/null 2>&1 || { echo "apt-deps.sh: not a Debian-like system" >&2; exit 1; }

case "$mode" in
  build)
    "$(dirname "$0")/../../scripts/system-deps.sh" run   # Qt's xcb libraries and python3-venv
    pkgs=(dpkg-dev patchelf binutils file xz-utils
          libgtk-3-0 libcups2 libwayland-client0 libwayland-cursor0 libwayland-egl1 libxcb-glx0 libxcb-util1
          libpulse0) ;;  # libpulse0: QtMultimedia (rehearsal recording) links it
  check)
    pkgs=(lintian desktop-file-utils appstream) ;;
  *) echo "usage: apt-deps.sh build|check" >&2; exit 1 ;;
esac

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ]; then SUDO=""
elif sudo -n true 2>/dev/null; then SUDO="sudo -n"
else
  echo "Building the package needs: ${missing[*]}" >&2
  echo "Install them with: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null 2>&1 || {
  $SUDO apt-get update -q >/dev/null
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
}
