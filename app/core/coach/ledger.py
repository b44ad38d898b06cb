"""The give/ask ledger — Always Be Giving (PLAYBOOK): what I gave someone, what I asked of them, what I received.

A healthy relationship gives before it asks. :class:`Balance` counts each direction for a contact and says, in
plain words, whether the account is in credit (given more than asked) or overdrawn.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from peewee import chunked, fn

from app.core.clock import SYSTEM_CLOCK, Clock
from app.db import MAX_SQL_PARAMETERS, database
from app.errors import RapportError
from app.models import LEDGER_DIRECTIONS, Contact, Interaction, LedgerEntry

MAX_WHAT = 500


class LedgerError(RapportError, ValueError):
    """The entry cannot be stored as given (unknown direction, empty text, unknown contact). Nothing was written."""


@dataclass(frozen=True)
class Balance:
    gave: int = 0
    asked: int = 0
    received: int = 0
    open_asks: int = 0  # asks not yet answered
    open_gives: int = 0  # offers not yet delivered

    @property
    def net(self) -> int:
        """Gave minus asked: above zero I have given more than I asked."""
        return self.gave - self.asked

    @property
    def total(self) -> int:
        return self.gave + self.asked + self.received

    def verdict(self) -> str:
        """One friendly line about the balance."""
        if self.total == 0:
            return "Nothing given or asked yet. Look for a way to help before you ask."
        if self.net > 0:
            return "You have given more than you asked — a good footing."
        if self.net == 0:
            return "Even: give again before the next ask."
        return "You have asked more than you gave. Find a way to help them next."


@dataclass(frozen=True)
class EntrySnapshot:
    """Everything needed to put a deleted entry back exactly where it was (undo)."""

    id: int
    contact_id: int
    direction: str
    what: str
    occurred_at: dt.datetime
    done: bool
    interaction_id: int | None
    notes: str
    created_at: dt.datetime


def balance(contact_id: int) -> Balance:
    return balances_for([contact_id]).get(contact_id, Balance())


def balances_for(ids: Sequence[int]) -> dict[int, Balance]:
    """The balance of each contact in ``ids`` (contacts without entries are left out)."""
    counts: dict[int, dict[str, int]] = {}
    ids = list(ids)
    for chunk in chunked(ids, MAX_SQL_PARAMETERS):
        rows = (
            LedgerEntry.select(LedgerEntry.contact, LedgerEntry.direction, LedgerEntry.done, fn.COUNT(LedgerEntry.id))
            .where(LedgerEntry.contact.in_(chunk))
            .group_by(LedgerEntry.contact, LedgerEntry.direction, LedgerEntry.done)
            .tuples()
        )
        for cid, direction, done, n in rows:
            bucket = counts.setdefault(cid, {})
            bucket[direction] = bucket.get(direction, 0) + n
            if not done:
                bucket[f"open_{direction}"] = bucket.get(f"open_{direction}", 0) + n
    return {
        cid: Balance(
            gave=c.get("gave", 0),
            asked=c.get("asked", 0),
            received=c.get("received", 0),
            open_asks=c.get("open_asked", 0),
            open_gives=c.get("open_gave", 0),
        )
        for cid, c in counts.items()
    }


def entries(contact_id: int) -> list[LedgerEntry]:
    """The contact's entries, newest first."""
    return list(
        LedgerEntry.select()
        .where(LedgerEntry.contact == contact_id)
        .order_by(LedgerEntry.occurred_at.desc(), LedgerEntry.id.desc())
    )


def add_entry(
    contact_id: int,
    direction: str,
    what: str,
    *,
    when: dt.datetime | None = None,
    done: bool = False,
    notes: str = "",
    clock: Clock = SYSTEM_CLOCK,
) -> LedgerEntry:
    """Record something given, asked or received."""
    what = (what or "").replace("\x00", "").strip()[:MAX_WHAT]
    if direction not in LEDGER_DIRECTIONS:
        raise LedgerError(f"unknown direction {direction!r}; use one of {', '.join(LEDGER_DIRECTIONS)}")
    if not what:
        raise LedgerError("say what was given, asked or received")
    if not Contact.select().where(Contact.id == contact_id).exists():
        raise LedgerError(f"no contact with id {contact_id}")
    now = clock.now()
    return LedgerEntry.create(
        contact=contact_id,
        direction=direction,
        what=what,
        occurred_at=(when or now).replace(microsecond=0),
        done=done,
        notes=(notes or "").replace("\x00", ""),
        created_at=now,
    )


def set_done(entry_id: int, done: bool) -> bool:
    """Mark an entry done or open; returns the previous state."""
    entry = LedgerEntry.get_by_id(entry_id)
    previous = bool(entry.done)
    LedgerEntry.update(done=done).where(LedgerEntry.id == entry_id).execute()
    return previous


def snapshot(entry_id: int) -> EntrySnapshot:
    e = LedgerEntry.get_by_id(entry_id)
    return EntrySnapshot(
        e.id, e.contact_id, e.direction, e.what, e.occurred_at, bool(e.done), e.interaction_id, e.notes, e.created_at
    )


def delete_entry(entry_id: int) -> EntrySnapshot:
    """Delete an entry; returns what :func:`restore_entry` needs to put it back."""
    with database.atomic():
        saved = snapshot(entry_id)
        LedgerEntry.delete().where(LedgerEntry.id == entry_id).execute()
    return saved


def restore_entry(saved: EntrySnapshot) -> LedgerEntry:
    """Put a deleted entry back with its original id."""
    interaction = saved.interaction_id
    if interaction is not None and not Interaction.select().where(Interaction.id == interaction).exists():
        interaction = None
    return LedgerEntry.create(
        id=saved.id,
        contact=saved.contact_id,
        direction=saved.direction,
        what=saved.what,
        occurred_at=saved.occurred_at,
        done=saved.done,
        interaction=interaction,
        notes=saved.notes,
        created_at=saved.created_at,
    )
