#!/usr/bin/env bash
# Other programs must read what Rapport syncs (issue 20): Rapport syncs a demo data folder to a real Radicale on
# loopback; vdirsyncer (Debian's) syncs the same account into local folders; khard reads every contact there, khal
# lists the planned meetings and todoman the open follow-ups. Then a card edited in vdirsyncer's folder and a task
# ticked off there go back through vdirsyncer and the server, and the next `rapport sync` brings both in.
# Installs vdirsyncer, khard, khal and todoman with apt if missing; Radicale comes from .venv (the dev extra).
# Usage: scripts/check-sync-vdirsyncer.sh   (after `make test` built .venv)
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
for tool in vdirsyncer khard khal todoman; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; elif sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
    echo "${missing[*]} missing; install with: sudo apt-get install ${missing[*]}" >&2; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null 2>&1 || {
    $SUDO apt-get update -q >/dev/null && $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null; }
fi
ROOT=$(pwd)
PY="$ROOT/.venv/bin/python"
RAPPORT="$ROOT/.venv/bin/rapport"
work=$(mktemp -d "${TMPDIR:-/tmp}/rapport-vdirsyncer.XXXXXX")
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/data" \
  XDG_CACHE_HOME="$work/home/cache"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$work/status" "$work/contacts" "$work/calendar" \
  "$work/todo"
user=ada
password="vdirsyncer-check"
printf '%s:%s\n' "$user" "$password" > "$work/users"
printf '%s\n' "$password" > "$work/password"
port=$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$PY" -m radicale --server-hosts "127.0.0.1:$port" --storage-filesystem-folder "$work/collections" \
  --auth-type htpasswd --auth-htpasswd-filename "$work/users" --auth-htpasswd-encryption plain \
  --logging-level warning >"$work/radicale.log" 2>&1 &
server_pid=$!
for _ in $(seq 200); do
  "$PY" -c "import socket; socket.create_connection(('127.0.0.1', $port), 1)" 2>/dev/null && break
  sleep 0.1
done
url="http://127.0.0.1:$port/"
data="$work/data"
field() { "$PY" -c "import json, sys; print(json.load(sys.stdin)$1)"; }

"$RAPPORT" --data-dir "$data" demo-data --contacts 60 --seed 3 >/dev/null
"$RAPPORT" --data-dir "$data" import tests/data/import/apple_30.vcf >/dev/null
"$RAPPORT" --data-dir "$data" sync setup "$url" --username "$user" --password-command "cat $work/password" >/dev/null
"$RAPPORT" --data-dir "$data" sync --json > "$work/first.json"
contacts=$(field '["contacts"]["uploaded"]' <"$work/first.json")
book=$("$RAPPORT" --data-dir "$data" sync status --json | field '["addressbook_url"]')
tasks_url=$("$PY" -c '
import json, sqlite3, sys
row = sqlite3.connect(sys.argv[1]).execute("SELECT value FROM setting WHERE key = ?", ("sync.account",)).fetchone()
print(json.loads(json.loads(row[0]) if row[0].startswith("\"") else row[0])["tasks_url"])
' "$data/rapport.sqlite3")

{
  printf '[general]\nstatus_path = "%s/status/"\n\n' "$work"
  for pair in contacts calendar; do
    if [ "$pair" = contacts ]; then kind=carddav; ext=.vcf; remote=$book; else kind=caldav; ext=.ics; remote=$tasks_url; fi
    printf '[pair %s]\na = "%s_local"\nb = "%s_remote"\ncollections = null\nconflict_resolution = "b wins"\n\n' \
      "$pair" "$pair" "$pair"
    printf '[storage %s_local]\ntype = "filesystem"\npath = "%s/%s/"\nfileext = "%s"\n\n' "$pair" "$work" "$pair" "$ext"
    printf '[storage %s_remote]\ntype = "%s"\nurl = "%s"\nusername = "%s"\n' "$pair" "$kind" "$remote" "$user"
    printf 'password.fetch = ["command", "cat", "%s/password"]\n\n' "$work"
  done
} > "$work/vdirsyncer.conf"
vds() { vdirsyncer -c "$work/vdirsyncer.conf" "$@"; }
vds discover </dev/null >"$work/discover.log" 2>&1 || { cat "$work/discover.log" >&2; exit 1; }
vds sync >"$work/vds.log" 2>&1 || { cat "$work/vds.log" >&2; exit 1; }
cards=$(find "$work/contacts" -name '*.vcf' | wc -l)
[ "$cards" = "$contacts" ] || { echo "vdirsyncer brought $cards of $contacts contacts" >&2; exit 1; }

# --- khard reads every synced card and shows a known contact ---------------------------------------------------
printf '[addressbooks]\n[[rapport]]\npath = %s\n[general]\ndefault_action = list\neditor = true\nmerge_editor = true\n' \
  "$work/contacts" > "$work/khard.conf"
listed=$(khard -c "$work/khard.conf" list --parsable | wc -l)
[ "$listed" = "$contacts" ] || { echo "khard listed $listed of $contacts synced contacts" >&2; exit 1; }
shown=$(khard -c "$work/khard.conf" show --format yaml "Ada Okafor")
for want in "Okafor" "Example Freight, Ltd." "ada@example-freight.example.com"; do
  grep -qF -- "$want" <<<"$shown" || { echo "khard does not show '$want' for Ada Okafor:" >&2; echo "$shown" >&2; exit 1; }
done
echo "vdirsyncer + khard: all $contacts synced contacts read"

# --- khal lists the planned meetings (VEVENT), todoman the open follow-ups (VTODO) -----------------------------
printf '[calendars]\n[[rapport]]\npath = %s/calendar\n[locale]\n' "$work" > "$work/khal.conf"
printf 'dateformat = %%Y-%%m-%%d\nlongdateformat = %%Y-%%m-%%d\ntimeformat = %%H:%%M\n' >> "$work/khal.conf"
printf 'datetimeformat = %%Y-%%m-%%d %%H:%%M\nlongdatetimeformat = %%Y-%%m-%%d %%H:%%M\n' >> "$work/khal.conf"
printf 'local_timezone = UTC\ndefault_timezone = UTC\n' >> "$work/khal.conf"
read -r events todos < <("$PY" -c '
import sys
from pathlib import Path
texts = [p.read_text() for p in Path(sys.argv[1]).glob("*.ics")]
print(sum("BEGIN:VEVENT" in t for t in texts), sum("BEGIN:VTODO" in t for t in texts))
' "$work/calendar")
[ "$todos" -gt 0 ] || { echo "no follow-ups reached vdirsyncer's folder" >&2; exit 1; }
[ "$events" -gt 0 ] || { echo "no planned meetings reached vdirsyncer's folder" >&2; exit 1; }
found=$(khal -c "$work/khal.conf" list --format "{title}" --day-format "" 2000-01-01 36500d | grep -c " with " || true)
[ "$found" = "$events" ] || { echo "khal lists $found of $events planned meetings" >&2; exit 1; }
ln -s "$work/calendar" "$work/todo/rapport"
printf 'path = "%s/todo/*"\ndate_format = "%%Y-%%m-%%d"\ntime_format = "%%H:%%M"\ndefault_list = "rapport"\n' \
  "$work" > "$work/todoman.py"
listed=$(todoman --config "$work/todoman.py" --porcelain list --status ANY | field '.__len__()')
[ "$listed" = "$todos" ] || { echo "todoman lists $listed of $todos synced follow-ups" >&2; exit 1; }
echo "vdirsyncer + khal + todoman: $events planned meetings and $todos open follow-ups read"

# --- back the other way: a card edited and a task done in vdirsyncer's folder reach Rapport --------------------
"$PY" -c '
import sys
from pathlib import Path
card = next(p for p in Path(sys.argv[1]).glob("*.vcf") if "Okafor" in p.read_text())
lines = [l for l in card.read_text().replace("\r\n", "\n").split("\n") if l and not l.startswith("TITLE:")]
lines.insert(len(lines) - 1, "TITLE:Chief Synchroniser")
card.write_text("\r\n".join(lines) + "\r\n")
todo = next(p for p in Path(sys.argv[2]).glob("*.ics") if "BEGIN:VTODO" in p.read_text())
todo.write_text(todo.read_text().replace("STATUS:NEEDS-ACTION", "STATUS:COMPLETED"))
' "$work/contacts" "$work/calendar"
vds sync >"$work/vds2.log" 2>&1 || { cat "$work/vds2.log" >&2; exit 1; }
back=$("$RAPPORT" --data-dir "$data" sync --json)
[ "$(field '["contacts"]["downloaded"]' <<<"$back")" = 1 ] || { echo "the card edit did not come back: $back" >&2; exit 1; }
[ "$(field '["followups"]["downloaded"]' <<<"$back")" = 1 ] || { echo "the done task did not come back: $back" >&2; exit 1; }
"$RAPPORT" --data-dir "$data" search "Okafor" | grep -qF "Chief Synchroniser" || {
  echo "the title edited in vdirsyncer's folder is not in Rapport" >&2; exit 1; }
echo "vdirsyncer -> Rapport: a card edit and a completed task came back"
