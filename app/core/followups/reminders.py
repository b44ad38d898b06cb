"""Follow-ups the user asks for by hand: "remind me in N days" when logging an interaction, or "add a follow-up" on a
contact. They are ``FollowUp`` rows of kind ``custom`` without a rule, so the rule engine never touches them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.followups import series as followup_series
from app.db import database
from app.errors import RapportError
from app.models import FOLLOWUP_KINDS as FOLLOWUP_KINDS  # the kinds, for the screens that show them
from app.models import FOLLOWUP_STATUSES, Contact, FollowUp

MAX_TITLE = 300
MAX_DAYS = 3650


class ReminderError(RapportError, ValueError):
    """The reminder cannot be created as given. Nothing was written."""


def add_reminder(
    contact_id: int | None,
    due: dt.date,
    title: str,
    *,
    source_interaction_id: int | None = None,
    notes: str = "",
    clock: Clock = SYSTEM_CLOCK,
    uid: str | None = None,
) -> FollowUp:
    """A custom follow-up due on ``due``; ``uid`` keeps the calendar UID it had (redo after an undo)."""
    title = (title or "").replace("\x00", "").strip()[:MAX_TITLE]
    if not title:
        raise ReminderError("say what the reminder is about")
    if contact_id is not None and not Contact.select().where(Contact.id == contact_id).exists():
        raise ReminderError(f"no contact with id {contact_id}")
    now = clock.now()
    extra = {"uid": uid} if uid else {}
    return FollowUp.create(
        **extra,
        contact=contact_id,
        title=title,
        kind="custom",
        due=due,
        original_due=due,
        status="open",
        source_interaction=source_interaction_id,
        notes=(notes or "").replace("\x00", ""),
        created_at=now,
        updated_at=now,
    )


def remind_in(days: int, clock: Clock = SYSTEM_CLOCK) -> dt.date:
    """The day ``days`` from today (1 … 3650)."""
    if not 1 <= int(days) <= MAX_DAYS:
        raise ReminderError(f"choose between 1 and {MAX_DAYS} days")
    return clock.today() + dt.timedelta(days=int(days))


def open_followups(contact_id: int) -> list[FollowUp]:
    """The contact's open follow-ups, soonest first."""
    return list(
        FollowUp.select()
        .where(FollowUp.contact == contact_id, FollowUp.status == "open")
        .order_by(FollowUp.due, FollowUp.id)
    )


def open_followup_count(contact_id: int) -> int:
    return FollowUp.select().where(FollowUp.contact == contact_id, FollowUp.status == "open").count()


def recent_done(contact_id: int, limit: int = 20) -> list[FollowUp]:
    return list(
        FollowUp.select()
        .where(FollowUp.contact == contact_id, FollowUp.status != "open")
        .order_by(FollowUp.completed_at.desc(nulls="LAST"), FollowUp.due.desc())
        .limit(limit)
    )


def set_status(followup_id: int, status: str, *, clock: Clock = SYSTEM_CLOCK) -> tuple[str, dt.datetime | None]:
    """Mark a follow-up open, done or dismissed; returns the previous (status, completed_at) for undo."""
    if status not in FOLLOWUP_STATUSES:
        raise ReminderError(f"unknown status {status!r}")
    item = FollowUp.get_by_id(followup_id)
    previous = (item.status, item.completed_at)
    completed = clock.now() if status == "done" else None
    with database.atomic():
        FollowUp.update(status=status, completed_at=completed, updated_at=clock.now()).where(
            FollowUp.id == followup_id
        ).execute()
        if status != "open":  # a repeating follow-up: closing this occurrence makes the next
            followup_series.make_next([followup_id], today=clock.today(), now=clock.now())
    return previous


def restore_status(followup_id: int, previous: tuple[str, dt.datetime | None]) -> None:
    """Undo :func:`set_status`; reopening an occurrence of a repeating follow-up takes back the next one it made."""
    with database.atomic():
        FollowUp.update(status=previous[0], completed_at=previous[1]).where(FollowUp.id == followup_id).execute()
        if previous[0] == "open":
            followup_series.unmake_next(followup_id)


def delete_followups(ids: Iterable[int]) -> int:
    ids = list(ids)
    with database.atomic():
        return FollowUp.delete().where(FollowUp.id.in_(ids)).execute()
