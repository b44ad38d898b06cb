"""Check a `rapport export --format json` file from the installed-package smoke test.

    python3 check_export.py EXPORT.json --contacts N [--name "Given Family" ...]

Exits 1 with a message naming what is missing; standard library only (runs with the system Python).
"""

import argparse
import json
import sys


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("export")
    parser.add_argument("--contacts", type=int, required=True, help="expected number of contacts")
    parser.add_argument("--name", action="append", default=[], help="a 'given family' that must be present")
    parser.add_argument("--email", action="append", default=[], help="an email address that must be present")
    args = parser.parse_args()
    with open(args.export, encoding="utf-8") as handle:
        data = json.load(handle)
    problems = []
    if data.get("format") != "rapport-export":
        problems.append(f"format is {data.get('format')!r}, not 'rapport-export'")
    contacts = data.get("contacts", [])
    if len(contacts) != args.contacts:
        problems.append(f"{len(contacts)} contacts, expected {args.contacts}")
    names = {f"{c.get('given_name', '')} {c.get('family_name', '')}" for c in contacts}
    problems += [f"no contact named {name!r} (have {sorted(names)[:5]})" for name in args.name if name not in names]
    emails = {e.get("value") for c in contacts for e in c.get("emails", [])}
    problems += [f"no email {email!r}" for email in args.email if email not in emails]
    for problem in problems:
        print(f"{args.export}: {problem}", file=sys.stderr)
    if not problems:
        print(f"{args.export}: {len(contacts)} contacts, as expected")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
