"""What the merge dialog and the duplicates list show besides the two records (:mod:`.duplicates` finds and
merges): the facts that tell two same-named records apart, what a merge moves over, and the pairs the user said
are not the same person."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.core.contacts.contact_data import ContactData
from app.models import Contact, ContactEmail, FollowUp, Interaction, LedgerEntry, Setting

IGNORED_SETTING = "duplicates_not_the_same"


@dataclass(frozen=True)
class RecordFacts:
    """When a record was added, where from, how much history, its first two addresses."""

    created_at: dt.datetime
    source: str
    interactions: int
    emails: list[str]


@dataclass(frozen=True)
class History:
    """What a contact carries that a merge moves to the one kept."""

    interactions: int
    followups: int
    ledger_entries: int
    referrals: int


def record_facts(contact_id: int) -> RecordFacts:
    contact = Contact.get_by_id(contact_id)
    emails = [
        e.value for e in ContactEmail.select(ContactEmail.value).where(ContactEmail.contact == contact_id).limit(2)
    ]
    return RecordFacts(
        created_at=contact.created_at,
        source=contact.source,
        interactions=Interaction.select().where(Interaction.contact == contact_id).count(),
        emails=emails,
    )


def contact_data(contact_id: int) -> ContactData:
    """The contact as stored (raises when there is no such contact)."""
    return ContactData.from_contact(Contact.get_by_id(contact_id))


def history(contact_id: int) -> History:
    return History(
        interactions=Interaction.select().where(Interaction.contact == contact_id).count(),
        followups=FollowUp.select().where(FollowUp.contact == contact_id).count(),
        ledger_entries=LedgerEntry.select().where(LedgerEntry.contact == contact_id).count(),
        referrals=Contact.select().where(Contact.referred_by == contact_id).count(),
    )


def not_the_same() -> set[tuple[int, int]]:
    """The pairs (smaller id first) the user said are different people."""
    value = Setting.read(IGNORED_SETTING, [])
    return {tuple(sorted(p)) for p in value if isinstance(p, list) and len(p) == 2}  # type: ignore[misc]


def mark_not_the_same(a: int, b: int) -> None:
    """Remember that these two are different people (the duplicate finder's list leaves them out; no page shows
    this, so there is nothing to refresh)."""
    pairs = not_the_same() | {tuple(sorted((a, b)))}
    Setting.write(IGNORED_SETTING, [list(p) for p in pairs])
