#!/usr/bin/env bash
# Other programs must read Rapport's calendar export (DESIGN §7): khal, a real calendar client from Debian, finds
# every event of the ICS export (follow-ups, planned meetings, a repeating follow-up's RRULE), imports them all into a
# calendar folder, lists each on its due day (a repeating one on a later occurrence too), and a second export imported
# on top replaces rather than doubles them (stable UIDs). todoman, Debian's to-do client, reads every to-do of the
# `--ics-todo` export with its due date. Installs khal and todoman with apt if missing.
# Usage: scripts/check-ics-khal.sh   (after `make test` built .venv)
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
command -v khal >/dev/null 2>&1 || missing+=(khal)
command -v todoman >/dev/null 2>&1 || missing+=(todoman)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; elif sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
    echo "${missing[*]} missing; install with: sudo apt-get install ${missing[*]}" >&2; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null 2>&1 || {
    $SUDO apt-get update -q >/dev/null && $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null; }
fi
RAPPORT=.venv/bin/rapport
work=$(mktemp -d "${TMPDIR:-/tmp}/rapport-khal.XXXXXX")
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/data" \
  XDG_CACHE_HOME="$work/home/cache"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$work/calendar" "$work/todo/rapport"
"$RAPPORT" --data-dir "$work/data" demo-data --contacts 150 --seed 3 >/dev/null
# A repeating follow-up (an RRULE with COUNT) whose first occurrence was snoozed a day (EXDATE + an event of its own).
read -r moved_day third_day < <(.venv/bin/python - "$work/data" <<'PY'
import datetime as dt
import sys
from pathlib import Path

from app.core.followups import writes as followups
from app.db import close_database, open_database

open_database(Path(sys.argv[1]) / "rapport.sqlite3")
first = dt.date.today() + dt.timedelta(days=1)
row = followups.create("Check the job boards", first, repeat="FREQ=WEEKLY;COUNT=6")
followups.snooze([row.id], first + dt.timedelta(days=1))
close_database()
print(first + dt.timedelta(days=1), first + dt.timedelta(days=14))
PY
)
"$RAPPORT" --data-dir "$work/data" export --format ics -o "$work/events.ics" 2>/dev/null
"$RAPPORT" --data-dir "$work/data" export --format ics --ics-todo -o "$work/todos.ics" 2>/dev/null
expected=$(grep -c '^BEGIN:VEVENT' "$work/events.ics")
[ "$expected" -gt 0 ] || { echo "the demo data exported no follow-ups" >&2; exit 1; }

# --- khal: VEVENT + VALARM ------------------------------------------------------------------------------------
cat > "$work/khal.conf" <<EOF
[calendars]
[[rapport]]
path = $work/calendar
[locale]
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
timeformat = %H:%M
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = UTC
default_timezone = UTC
EOF
khal_() { khal -c "$work/khal.conf" "$@"; }
khal_ printics "$work/events.ics" > "$work/printics.txt"
found=$(head -1 "$work/printics.txt")
[ "$found" = "$expected events found in $work/events.ics" ] || {
  echo "khal printics: '$found' (expected $expected events)" >&2; exit 1; }
khal_ import --batch -a rapport "$work/events.ics"
stored=$(find "$work/calendar" -name '*.ics' | wc -l)
[ "$stored" = "$expected" ] || { echo "khal imported $stored of $expected events" >&2; exit 1; }
# The first event, by its own fields, is listed by khal on its day.
read -r day summary < <(.venv/bin/python - "$work/events.ics" <<'PY'
import sys
import icalendar
event = next(iter(icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read()).walk("VEVENT")))
print(event.decoded("DTSTART").isoformat()[:10], event["SUMMARY"])
PY
)
listed=$(khal_ list --format "{start-date} {title}" --day-format "" "$day" 1d)
grep -qxF -- "$day $summary" <<<"$listed" || { echo "khal does not list '$summary' on $day:" >&2; echo "$listed" >&2; exit 1; }
"$RAPPORT" --data-dir "$work/data" export --format ics -o "$work/again.ics" 2>/dev/null
khal_ import --batch -a rapport "$work/again.ics"
stored=$(find "$work/calendar" -name '*.ics' | wc -l)
[ "$stored" = "$expected" ] || { echo "a second export doubled events in khal: $stored, not $expected" >&2; exit 1; }
# khal expands the repeating follow-up: the moved occurrence on its new day, the series on a later week's day.
for day in "$moved_day" "$third_day"; do
  listed=$(khal_ list --format "{start-date} {title}" --day-format "" "$day" 1d)
  grep -qxF -- "$day Check the job boards" <<<"$listed" || {
    echo "khal does not list the repeating follow-up on $day:" >&2; echo "$listed" >&2; exit 1; }
done
echo "khal reads, imports and lists all $expected events of the ICS export (a second import replaces them)"

# --- todoman: VTODO ---------------------------------------------------------------------------------------------
# todoman reads a folder with one to-do per file (vdir), as CalDAV sync tools write it.
.venv/bin/python - "$work/todos.ics" "$work/todo/rapport" <<'PY'
import sys
from pathlib import Path
import icalendar
calendar = icalendar.Calendar.from_ical(Path(sys.argv[1]).read_bytes())
for todo in calendar.walk("VTODO"):
    single = icalendar.Calendar()
    for key, value in calendar.items():
        single.add(key, value)
    single.add_component(todo)
    Path(sys.argv[2], f"{todo['UID']}.ics").write_bytes(single.to_ical())
PY
printf 'path = "%s/todo/*"\ndate_format = "%%Y-%%m-%%d"\ntime_format = "%%H:%%M"\ndefault_list = "rapport"\n' \
  "$work" > "$work/todoman.py"
todoman --config "$work/todoman.py" --porcelain list --status ANY > "$work/todos.json"
.venv/bin/python - "$work/todos.json" "$work/todos.ics" <<'PY'
import datetime as dt
import json
import sys
import icalendar
listed = json.load(open(sys.argv[1]))
todos = list(icalendar.Calendar.from_ical(open(sys.argv[2], "rb").read()).walk("VTODO"))
assert todos and not [item for item in listed if item["completed"]], listed
# Two people may share a name (demo data has namesakes): compare (summary, due day) pairs as multisets.
seen = sorted((i["summary"], dt.datetime.fromtimestamp(i["due"], dt.timezone.utc).date()) for i in listed)
wanted = sorted((str(t["SUMMARY"]), t.decoded("DUE")) for t in todos)
assert seen == wanted, sorted(set(seen) ^ set(wanted))[:5]
print(f"todoman reads all {len(todos)} to-dos of the --ics-todo export with their due dates")
PY
