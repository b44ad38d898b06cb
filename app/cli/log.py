"""`rapport log CONTACT --kind KIND [--when ISO] [--summary TEXT]`: log an interaction from a script.

CONTACT is a contact id, or a name that only one contact answers to (ignoring case and accents: "Ada", "ada oka",
"Ada Okafor"); when several do, nothing is logged and they are listed with their ids (exit 2). Prints the new
interaction's id followed by what was logged, for whom and when; the stage the conversation moved the contact to;
and one line per follow-up the networking rules created.
"""

from __future__ import annotations

import argparse
import datetime as dt
import unicodedata

from app.cli.common import EXIT_OK, EXIT_REJECTED, CliError, open_data
from app.core.contacts.interactions import InteractionError, log_interaction
from app.core.contacts.search import search_ids, words
from app.models import INTERACTION_KINDS, Contact


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "log",
        help="log a call, coffee, email… with a contact",
        description="Log an interaction with a contact. CONTACT is an id or a name only one contact answers to "
        "(several: they are listed with their ids, exit 2).",
    )
    p.add_argument("contact", metavar="CONTACT", help="contact id, or a name only one contact answers to")
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


def _plain_words(text: str) -> list[str]:
    """The words of a name, lower-cased and without accents ("José Müller" → ["jose", "muller"])."""
    plain = unicodedata.normalize("NFKD", text)
    return words("".join(ch for ch in plain if not unicodedata.combining(ch)))


def _describe(contact: Contact) -> str:
    company = contact.company.name if contact.company_id is not None and contact.company else ""
    return f"{contact.id}\t{contact.display_name}" + (f" — {company}" if company else "")


def resolve_contact(text: str) -> Contact:
    """A contact by id, by its whole name, or by a name only one contact answers to ("Ada", "ada oka");
    CliError (exit 2) otherwise — listing the candidates with their ids when several answer."""
    text = text.strip()
    live = Contact.select().where(Contact.deleted_at.is_null())
    if text.isdigit():
        contact = live.where(Contact.id == int(text)).first()
        if contact is None:
            raise CliError(f"no contact with id {text}", EXIT_REJECTED)
        return contact
    matches = list(live.where(Contact.display_name == text).order_by(Contact.id).limit(21))  # NOCASE
    if not matches:
        wanted = _plain_words(text)
        candidates = Contact.select().where(Contact.id.in_(search_ids(text, limit=200))) if wanted else []
        matches = [
            c
            for c in candidates
            if all(any(word.startswith(part) for word in _plain_words(c.display_name)) for part in wanted)
        ]
        matches.sort(key=lambda c: (c.display_name.casefold(), c.id))
    if not matches:
        raise CliError(f"no contact named {text!r} (use `rapport search` to find the id)", EXIT_REJECTED)
    if len(matches) > 1:
        listed = "\n".join(f"  {_describe(c)}" for c in matches[:20])
        more = f"\n  … and {len(matches) - 20} more" if len(matches) > 20 else ""
        raise CliError(
            f"{text!r} could be {len(matches)} contacts; give the id of the one you mean:\n{listed}{more}",
            EXIT_REJECTED,
        )
    return matches[0]


def run(args: argparse.Namespace) -> int:
    when = parse_when(args.when)
    open_data(args)
    contact = resolve_contact(args.contact)
    try:
        logged = log_interaction(contact.id, args.kind, when=when, summary=args.summary)
    except InteractionError as exc:
        raise CliError(str(exc), EXIT_REJECTED) from exc
    item = logged.interaction
    what = KIND_WORDS.get(item.kind, item.kind)
    about = f": {item.summary}" if item.summary else ""
    # The interaction's id comes first, for scripts; then what was logged, for whom and when.
    print(
        f"{item.id}\tlogged {what} with {contact.display_name} (contact {contact.id}) "
        f"on {item.occurred_at:%a %d %b %Y, %H:%M}{about}"
    )
    if logged.stage_change is not None:
        print(f"stage: {contact.display_name} is now at {logged.stage_change.after} (was {logged.stage_change.before})")
    for followup in logged.followups:
        print(f"follow-up {followup.id}: {followup.title} (due {followup.due.isoformat()})")
    return EXIT_OK


# How a kind reads after "logged" ("logged a coffee with Ada").
KIND_WORDS = {
    "call": "a call",
    "coffee": "a coffee",
    "meeting": "a meeting",
    "lunch": "a lunch",
    "event": "an event",
    "email": "an email",
    "message": "a message",
    "sent": "something sent",
    "introduction": "an introduction",
    "referral_given": "a referral given",
    "other": "an interaction",
}
