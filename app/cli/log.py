"""`rapport log CONTACT --kind KIND [--when ISO] [--summary TEXT]`: log an interaction from a script.

CONTACT is a contact id or a name that matches exactly one contact (ignoring case). Prints the id of the new
interaction and one line per follow-up the networking rules created.
"""

from __future__ import annotations

import argparse
import datetime as dt

from app.cli.common import EXIT_OK, EXIT_REJECTED, CliError, open_data
from app.core.interactions import InteractionError, log_interaction
from app.models import INTERACTION_KINDS, Contact


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "log",
        help="log a call, coffee, email… with a contact",
        description="Log an interaction with a contact. CONTACT is an id or a unique name.",
    )
    p.add_argument("contact", metavar="CONTACT", help="contact id, or a name matching exactly one contact")
    p.add_argument("--kind", required=True, choices=INTERACTION_KINDS, help="what happened")
    p.add_argument("--when", metavar="ISO", help="date or date-time, e.g. 2026-03-16 or 2026-03-16T10:30 (default now)")
    p.add_argument("--summary", default="", metavar="TEXT", help="one line about it")
    p.set_defaults(handler=run)


def parse_when(text: str | None) -> dt.datetime | None:
    text = (text or "").strip()
    if not text:
        return None
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        raise CliError(f"--when: {text!r} is not an ISO date or date-time (e.g. 2026-03-16T10:30)") from None
    if value.tzinfo is not None:
        value = value.astimezone().replace(tzinfo=None)
    return value


def resolve_contact(text: str) -> Contact:
    """A contact by id or by unique display name; CliError (exit 2) otherwise."""
    text = text.strip()
    live = Contact.select().where(Contact.deleted_at.is_null())
    if text.isdigit():
        contact = live.where(Contact.id == int(text)).first()
        if contact is None:
            raise CliError(f"no contact with id {text}", EXIT_REJECTED)
        return contact
    matches = list(live.where(Contact.display_name == text).limit(6))  # display_name is NOCASE
    if not matches:
        raise CliError(f"no contact named {text!r} (use `rapport search` to find the id)", EXIT_REJECTED)
    if len(matches) > 1:
        ids = ", ".join(str(c.id) for c in matches[:5])
        raise CliError(f"{text!r} matches several contacts (ids {ids}); give the id instead", EXIT_REJECTED)
    return matches[0]


def run(args: argparse.Namespace) -> int:
    when = parse_when(args.when)
    open_data(args)
    contact = resolve_contact(args.contact)
    try:
        logged = log_interaction(contact.id, args.kind, when=when, summary=args.summary)
    except InteractionError as exc:
        raise CliError(str(exc), EXIT_REJECTED) from exc
    print(logged.interaction.id)
    for followup in logged.followups:
        print(f"follow-up {followup.id}: {followup.title} (due {followup.due.isoformat()})")
    return EXIT_OK
