#!/usr/bin/env bash
# `make dist-check`: validate the .deb that `make dist` built, install it, smoke-test the installed program, remove it.
#
#   1. lintian (no error, no warning that packaging/linux/lintian-overrides does not justify), desktop-file-validate
#      and appstreamcli validate on the files as packaged; size ≤ 90 MB (DESIGN §8)
#   2. dpkg -i (apt-get -f install for missing dependencies)
#   3. the installed /usr/bin/rapport: --version, self-test (offscreen), import a vCard + export JSON, demo data +
#      export JSON, each in a temporary data folder; the desktop entry and icons in place
#   4. start-up time of the installed program against the development venv (.venv, if there is one)
#   5. dpkg --purge, and nothing left behind
# Needs root or password-less sudo (dpkg). The package is removed even when a step fails.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DEBIAN_FRONTEND=noninteractive

version=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
deb="dist/rapport_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || { echo "dist-check: $deb does not exist (run make dist)" >&2; exit 1; }
if [ "$(id -u)" = 0 ]; then SUDO=""; elif sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
  echo "dist-check: installing the package needs root or password-less sudo" >&2; exit 1; fi
APP_ID=io.github.rapport.Rapport
MAX_BYTES=90000000
started=$(date +%s)
step() { printf '\n== %s\n' "$*"; }

packaging/linux/apt-deps.sh check
work=$(mktemp -d "${TMPDIR:-/tmp}/rapport-dist-check.XXXXXX")
cleanup() {
  if dpkg-query -W -f='${Status}' rapport 2>/dev/null | grep -q installed; then $SUDO dpkg --purge rapport >/dev/null; fi
  rm -rf "$work"
}
trap cleanup EXIT

step "package contents"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
size=$(stat -c %s "$deb")
awk -v s="$size" -v m="$MAX_BYTES" 'BEGIN { printf "size: %d bytes = %.1f MB (limit %.0f MB)\n", s, s / 1e6, m / 1e6 }'
[ "$size" -le "$MAX_BYTES" ] || { echo "dist-check: $deb is larger than 90 MB (DESIGN §8)" >&2; exit 1; }
dpkg-deb -x "$deb" "$work/tree"
for f in usr/bin/rapport usr/lib/rapport/rapport "usr/share/applications/$APP_ID.desktop" \
         "usr/share/metainfo/$APP_ID.metainfo.xml" "usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" \
         "usr/share/icons/hicolor/48x48/apps/$APP_ID.png" usr/share/doc/rapport/copyright \
         usr/share/doc/rapport/changelog.gz usr/share/man/man1/rapport.1.gz; do
  [ -e "$work/tree/$f" ] || { echo "dist-check: /$f is missing from the package" >&2; exit 1; }
done
echo "files in place: executable, /usr/bin link, desktop entry, metainfo, icons, copyright, changelog, manual"

step "lintian"
lint_rc=0
lintian --fail-on error,warning "$deb" >"$work/lintian.txt" 2>&1 || lint_rc=$?
grep -v 'running with root privileges' "$work/lintian.txt" || true
[ "$lint_rc" = 0 ] || { echo "dist-check: lintian found problems (exit $lint_rc)" >&2; exit 1; }
echo "lintian: no errors, no warnings left unjustified (packaging/linux/lintian-overrides)"

step "desktop-file-validate"
desktop-file-validate "$work/tree/usr/share/applications/$APP_ID.desktop"
echo "$APP_ID.desktop: valid"

step "appstreamcli validate"
appstreamcli validate --no-net "$work/tree/usr/share/metainfo/$APP_ID.metainfo.xml"

step "install"
if dpkg-query -W -f='${Status}' rapport 2>/dev/null | grep -q installed; then
  echo "removing the rapport package installed before this check"; $SUDO dpkg --purge rapport >/dev/null
fi
if ! $SUDO dpkg -i "$deb"; then
  echo "dpkg -i needs dependencies: apt-get -f install"
  $SUDO apt-get install -f -y -q --no-install-recommends
fi
dpkg-query -W -f='${Status}\n' rapport | grep -q "install ok installed"
[ "$(command -v rapport)" = /usr/bin/rapport ] || { echo "dist-check: rapport is not /usr/bin/rapport" >&2; exit 1; }

step "installed smoke test"
export QT_QPA_PLATFORM=offscreen
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_STATE_HOME="$work/state" XDG_CACHE_HOME="$work/cache"
got=$(rapport --version)
[ "$got" = "Rapport $version" ] || { echo "dist-check: rapport --version printed '$got'" >&2; exit 1; }
echo "rapport --version: $got"
rapport --data-dir "$work/selftest" self-test 2>&1 | grep -v propagateSizeHints
desktop-file-validate "/usr/share/applications/$APP_ID.desktop"
grep -q "^Exec=rapport" "/usr/share/applications/$APP_ID.desktop"
[ -f "/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" ]
echo "desktop entry installed and valid; its icon is in the hicolor theme"

if rapport import --help >/dev/null 2>&1; then
  out=$(rapport --data-dir "$work/import" import packaging/linux/smoke/contacts.vcf)
  echo "rapport import contacts.vcf: $out"
  case "$out" in *"imported 2"*) ;; *) echo "dist-check: expected 'imported 2'" >&2; exit 1 ;; esac
  rapport --data-dir "$work/import" export --format json -o "$work/import.json"
  python3 packaging/linux/smoke/check_export.py "$work/import.json" --contacts 2 \
    --name "Zoë Ångström" --name "Chidi Okafor" --email zoe.angstrom@example.org
else
  echo "SKIPPED: vCard import (this build has no 'rapport import' command yet; the step runs once it exists)"
fi
rapport --data-dir "$work/demo" demo-data --contacts 25 --seed 3
rapport --data-dir "$work/demo" export --format json -o "$work/demo.json"
python3 packaging/linux/smoke/check_export.py "$work/demo.json" --contacts 25
# The installed window itself: it opens over the demo folder, paints and quits 0 (the start-up probe, issue 21).
painted=$(RAPPORT_STARTUP_PROBE=1 rapport --data-dir "$work/demo" 2>/dev/null | grep '^painted ' || true)
[ -n "$painted" ] || { echo "dist-check: the installed window did not paint (RAPPORT_STARTUP_PROBE=1)" >&2; exit 1; }
echo "installed window over the demo folder: $painted"

step "start-up time (median of 5 runs)"
timing=packaging/linux/smoke/timing.py
installed_version=$(python3 "$timing" 5 rapport --version)
installed_selftest=$(python3 "$timing" 5 rapport --data-dir "$work/selftest" self-test)
printf '%-34s %8s s\n' "installed: rapport --version" "$installed_version" "installed: rapport self-test" "$installed_selftest"
if [ -x .venv/bin/rapport ]; then
  venv_version=$(python3 "$timing" 5 .venv/bin/rapport --version)
  venv_selftest=$(python3 "$timing" 5 .venv/bin/rapport --data-dir "$work/selftest" self-test)
  printf '%-34s %8s s\n' "venv: rapport --version" "$venv_version" "venv: rapport self-test" "$venv_selftest"
else
  echo "(no .venv: run make test first to compare with the development venv)"
fi

step "remove"
$SUDO dpkg --purge rapport
[ ! -e /usr/bin/rapport ] && [ ! -e /usr/lib/rapport ] && [ ! -e "/usr/share/applications/$APP_ID.desktop" ] \
  || { echo "dist-check: files left behind after dpkg --purge" >&2; exit 1; }
echo "removed; nothing left in /usr/bin, /usr/lib/rapport, /usr/share/applications"
echo
echo "dist-check: ok ($deb, $(( $(date +%s) - started )) s)"
