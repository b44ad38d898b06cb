#!/usr/bin/env bash
# Install the Debian/Ubuntu packages Rapport needs, only those missing.
#   scripts/system-deps.sh test   what `make test` needs: the venv, Qt's offscreen libraries and every program a
#                                 test runs (PulseAudio for the recording test, desktop-file-utils, strace…)
#   scripts/system-deps.sh run    what `make run` needs: Qt's libraries and those of its xcb plugin on a desktop
#   scripts/system-deps.sh --list MODE   print the packages of MODE, one a line, and install nothing
# Uses apt-get as root, or sudo without a password; otherwise prints the command to run.
set -eu
list=no
if [ "${1:-}" = --list ]; then list=yes; shift; fi
mode=${1:-test}

pkgs=(libgl1 libegl1 libxkbcommon0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3
      libpulse0)  # QtMultimedia links against it: without it the module does not load (Record is disabled)
if [ "$mode" = test ]; then
  # What the tests use beyond the program itself, so that no test is skipped for a missing package:
  pkgs+=(strace                          # the privacy test proves self-test opens no network socket
         poppler-utils                   # pdftoppm: the business-card test scans the QR codes of a printed sheet
         pulseaudio pulseaudio-utils     # a null source as the microphone of the recording test (pactl too)
         desktop-file-utils appstream    # desktop-file-validate and appstreamcli check the Linux metadata
         dbus-daemon gnome-keyring       # a Secret Service the installed bundle's keyring reaches (packaging tests)
         khard)                          # a real address book reads the vCard export (test_vcard_export.py)
fi
if [ "$mode" = run ]; then
  pkgs+=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-randr0
         libxcb-shape0 libxcb-sync1 libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1 libxkbcommon-x11-0)
fi
if [ "$list" = yes ]; then printf '%s\n' "${pkgs[@]}"; exit 0; fi
command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian-like: nothing we can do here

# A Python without ensurepip (Debian's python3 without python3-venv) cannot create the virtualenv.
py=${PYTHON:-python3}
if ! "$py" -c 'import ensurepip, venv' >/dev/null 2>&1; then
  ver=$("$py" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
  pkgs+=("python${ver}-venv")
fi

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ]; then
  SUDO=""
elif sudo -n true 2>/dev/null; then
  SUDO="sudo -n"
else
  echo "Rapport needs these system packages: ${missing[*]}" >&2
  echo "Install them with: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null 2>&1 || {
  $SUDO apt-get update -q >/dev/null
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
}
