"""`rapport agenda [--days N] [--json]`: open follow-ups, overdue first, then the next N days (DESIGN §6).

The time-based rules (monthly update, keep in touch, pending invitations) run first, as they do when the window
starts, so a script sees the same agenda the app would show.
"""

from __future__ import annotations

import argparse
import json
import sys

from peewee import PeeweeException

from app.cli.common import EXIT_OK, CliError, open_data
from app.core.clock import SYSTEM_CLOCK
from app.core.followups import rules as followup_rules
from app.core.followups import service as followups
from app.db import database

MAX_DAYS = 3650


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "agenda",
        help="list open follow-ups: overdue and the next days",
        description="List open follow-ups: the overdue ones, then those due in the next N days (default 7).",
    )
    p.add_argument("--days", type=int, default=7, metavar="N", help="how many days ahead (default 7; 0 = today)")
    p.add_argument("--json", action="store_true", help="print a JSON list (DESIGN §6) instead of text")
    p.set_defaults(handler=run)


def _relative(days: int) -> str:
    if days == 0:
        return "today"
    if days == 1:
        return "tomorrow"
    if days == -1:
        return "yesterday"
    return f"in {days} days" if days > 0 else f"{-days} days ago"


def run(args: argparse.Namespace) -> int:
    if not 0 <= args.days <= MAX_DAYS:
        raise CliError(f"--days must be between 0 and {MAX_DAYS}")
    open_data(args)
    try:
        with database.atomic():
            followup_rules.run_all(SYSTEM_CLOCK)
    except PeeweeException as exc:  # read-only or locked: still show what is there
        print(f"rapport: could not bring the follow-ups up to date ({exc}); showing them as stored", file=sys.stderr)
    items = followups.agenda(args.days, clock=SYSTEM_CLOCK)
    if args.json:
        json.dump([item.as_json() for item in items], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    if not items:
        print(f"nothing due in the next {args.days} days")
        return EXIT_OK
    today = SYSTEM_CLOCK.today()
    heading = None
    for item in items:
        group = "Overdue" if item.overdue else ("Today" if item.due == today else "Coming up")
        if group != heading:
            print(("" if heading is None else "\n") + group)
            heading = group
        who = f" — {item.contact_name}" if item.contact_name and item.contact_name not in item.title else ""
        when = _relative((item.due - today).days)
        print(f"  {item.due.isoformat()}  {item.title}{who}  ({when}, id {item.id})")
    return EXIT_OK
