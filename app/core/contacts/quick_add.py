"""Adding people fast (brainstorm wizard, "ask for referrals"): a typed name becomes a contact in one step.

:func:`split_name` reads how people write names — "Ada Okafor", "Okafor, Ada", "Ludwig van Beethoven" — and
:func:`add_all` stores several new contacts in one transaction after validating every one of them.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.contacts.contact_data import ContactData, EmailEntry
from app.core.contacts.service import ContactValidationError, FieldProblem, create_contact, validate
from app.db import database

# Lower-case words that start a family name ("van der Berg", "de la Cruz", "bin Salman").
PARTICLES = {
    "van",
    "von",
    "der",
    "den",
    "de",
    "del",
    "della",
    "di",
    "da",
    "dos",
    "das",
    "du",
    "la",
    "le",
    "bin",
    "ibn",
    "al",
    "ter",
    "ten",
    "st",
}


def split_name(text: str) -> tuple[str, str]:
    """(given, family) of a typed name. One word is a given name; "Family, Given" is understood."""
    text = " ".join((text or "").replace("\x00", "").split())
    if not text:
        return "", ""
    if "," in text:
        family, _, given = text.partition(",")
        return given.strip(), family.strip()
    parts = text.split(" ")
    if len(parts) == 1:
        return parts[0], ""
    for i, word in enumerate(parts[1:], start=1):
        if word.lower() in PARTICLES and i < len(parts) - 1:
            return " ".join(parts[:i]), " ".join(parts[i:])
    return " ".join(parts[:-1]), parts[-1]


def quick_contact(
    name: str,
    *,
    company: str = "",
    note: str = "",
    email: str = "",
    circle: str | None = None,
    how_met: str = "",
    referred_by_id: int | None = None,
) -> ContactData:
    """The ContactData of a quickly typed person."""
    given, family = split_name(name)
    return ContactData(
        given_name=given,
        family_name=family,
        company=company,
        notes=note,
        how_met=how_met,
        emails=[EmailEntry(email.strip(), "", True)] if email.strip() else [],
        circles=[circle] if circle else [],
        referred_by_id=referred_by_id,
    )


def add_all(people: Sequence[ContactData], *, clock: Clock = SYSTEM_CLOCK) -> list[int]:
    """Validate every entry, then create them all in one transaction; returns the new ids in order.

    A problem in any entry refuses the whole batch; ``problems`` name the entry as ``row N <field>``.
    """
    problems: list[FieldProblem] = []
    for row, data in enumerate(people, start=1):
        try:
            validate(data)
        except ContactValidationError as exc:
            problems += [FieldProblem(f"row {row} {p.field}", p.message) for p in exc.problems]
    if problems:
        raise ContactValidationError(problems)
    with database.atomic():
        return [create_contact(data, clock=clock).id for data in people]
