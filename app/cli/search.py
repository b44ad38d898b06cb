"""`rapport search TEXT [--limit N] [--json] [--trash]`: find contacts with the same engine as the search box.

Without --json: one line per contact (id, name, company, title, primary email), best match first. With --json: a
list of contacts in the export's contact shape (DESIGN §6), best match first. Any text is safe to search for; an
empty TEXT is a usage error (exit 1), and a search that finds nobody says so on stderr (exit 0, nothing on stdout
but ``[]`` with --json).
"""

from __future__ import annotations

import argparse
import sys

from app.cli.common import EXIT_OK, EXIT_USAGE, CliError, open_data
from app.core.contacts.search import Scope, search_ids, words
from app.core.formats.exporters.json_export import contacts_as_dicts, write_json

DEFAULT_LIMIT = 50


def _limit(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "search",
        help="find contacts by name, company, title, notes or email",
        description="Find contacts whose words start with every word of TEXT (accents and case ignored), "
        "best match first.",
    )
    p.add_argument("text", metavar="TEXT", help="what to look for, e.g. 'jose mull'")
    p.add_argument(
        "--limit", type=_limit, default=DEFAULT_LIMIT, metavar="N", help=f"at most N contacts (default {DEFAULT_LIMIT})"
    )
    p.add_argument("--json", action="store_true", help="print a JSON list of contacts (the export's contact shape)")
    p.add_argument("--trash", action="store_true", help="search the trash instead of your live contacts")
    p.set_defaults(handler=run)


def _line(item: dict) -> str:
    email = item["emails"][0]["value"] if item["emails"] else ""
    where = " · ".join(part for part in (item["title"], item["company"]) if part)
    return "\t".join(str(part) for part in (item["id"], item["display_name"], where, email))


def run(args: argparse.Namespace) -> int:
    if not args.text.strip():
        raise CliError("search: TEXT is empty; give a name, company, title or email word to look for", EXIT_USAGE)
    open_data(args)
    scope = Scope.TRASH if args.trash else Scope.LIVE
    try:
        ids = search_ids(args.text, limit=args.limit, scope=scope)
    except Exception as exc:  # the engine never raises for text; this is the database (locked, damaged…)
        raise CliError(f"search failed: {exc}", 3) from exc
    found = contacts_as_dicts(ids)
    if args.json:
        write_json(found, sys.stdout)
    else:
        for item in found:
            print(_line(item))
    if not words(args.text):
        print(f"nothing to search for in {args.text!r}: type a name, company, title or email word", file=sys.stderr)
    elif not found:
        where = "in the trash" if args.trash else "among your contacts"
        print(f"no contact matches {args.text!r} {where}", file=sys.stderr)
    return EXIT_OK
