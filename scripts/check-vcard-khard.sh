#!/usr/bin/env bash
# Other programs must read Rapport's vCard export (DESIGN §7): khard, a real address-book client from Debian,
# parses every card of the 3.0 and the 4.0 export of a demo data folder (plus a contact with a photo, labels and
# escapes), and shows a known contact's name, organisation, email and phone. Installs khard with apt if missing.
# Usage: scripts/check-vcard-khard.sh   (after `make test` built .venv)
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v khard >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; elif sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
    echo "khard is missing; install it with: sudo apt-get install khard" >&2; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get install -y -q --no-install-recommends khard >/dev/null 2>&1 || {
    $SUDO apt-get update -q >/dev/null && $SUDO apt-get install -y -q --no-install-recommends khard >/dev/null; }
fi
RAPPORT=.venv/bin/rapport
work=$(mktemp -d "${TMPDIR:-/tmp}/rapport-khard.XXXXXX")
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config"
mkdir -p "$XDG_CONFIG_HOME"
"$RAPPORT" --data-dir "$work/data" demo-data --contacts 150 --seed 3 >/dev/null
"$RAPPORT" --data-dir "$work/data" import tests/data/import/apple_30.vcf >/dev/null
for version in 3.0 4.0; do
  book="$work/book-$version"
  mkdir -p "$book"
  "$RAPPORT" --data-dir "$work/data" export --format vcard --vcard-version "$version" -o "$work/all-$version.vcf" 2>/dev/null
  # khard reads a folder with one card per file (vdir), as CardDAV sync tools write it
  .venv/bin/python - "$work/all-$version.vcf" "$book" <<'PY'
import sys
from pathlib import Path
with open(sys.argv[1], encoding="utf-8", newline="") as handle:
    text = handle.read()
cards = [c + "END:VCARD\r\n" for c in text.split("END:VCARD\r\n") if c.strip()]
for number, card in enumerate(cards):
    Path(sys.argv[2], f"{number:05d}.vcf").write_text(card, encoding="utf-8", newline="")
PY
  conf="$work/khard-$version.conf"
  printf '[addressbooks]\n[[rapport]]\npath = %s\n[general]\ndefault_action = list\neditor = true\nmerge_editor = true\n' \
    "$book" > "$conf"
  expected=$(grep -c '^BEGIN:VCARD' "$work/all-$version.vcf")
  # without --skip-unparsable khard fails when any card cannot be parsed
  listed=$(khard -c "$conf" list --parsable | wc -l)
  if [ "$listed" != "$expected" ]; then
    echo "khard listed $listed of $expected vCard $version contacts" >&2; exit 1
  fi
  shown=$(khard -c "$conf" show --format yaml "Ada Okafor")
  # the 4.0 export writes a phone as typed (a tel: URI only when that gives the same text back, issue 15)
  for want in "Ada" "Okafor" "Example Freight, Ltd." "Operations" "ada@example-freight.example.com" "+31 6 12345678" "LinkedIn"; do
    grep -qF -- "$want" <<<"$shown" || { echo "khard (vCard $version) does not show '$want' for Ada Okafor:" >&2; echo "$shown" >&2; exit 1; }
  done
  echo "khard reads all $expected contacts of the vCard $version export"
done
