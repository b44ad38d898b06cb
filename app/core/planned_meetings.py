"""Meetings still ahead: a conversation (call, coffee, meeting, lunch, event) logged with a time not yet reached —
how a coffee next Thursday is entered. Today lists them, each one click from its prep sheet
(:mod:`app.core.meeting_prep`). Kept apart from the prep sheet so that Today can load without its dependencies.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, fn

from app.core.clock import SYSTEM_CLOCK, Clock
from app.models import CONVERSATION_KINDS, Contact, Interaction, unindexed


@dataclass(frozen=True)
class UpcomingMeeting:
    interaction_id: int
    contact_id: int
    contact_name: str
    kind: str
    when: dt.datetime
    summary: str


def upcoming_meetings(days: int = 7, *, clock: Clock = SYSTEM_CLOCK, limit: int = 20) -> list[UpcomingMeeting]:
    """Planned conversations from now to ``days`` days ahead (live contacts only), soonest first."""
    now = clock.now()
    end = dt.datetime.combine(clock.today() + dt.timedelta(days=max(0, days)), dt.time.max)
    rows = (
        Interaction.select(
            Interaction.id,
            Interaction.contact,
            Contact.display_name,
            Interaction.kind,
            Interaction.occurred_at,
            Interaction.summary,
        )
        .join(Contact, JOIN.INNER, on=(Interaction.contact == Contact.id))
        .where(
            # The (occurred_at, kind, contact) index answers the week ahead; kind and deleted_at match most rows.
            unindexed(Interaction.kind).in_(CONVERSATION_KINDS),
            Interaction.occurred_at > now,
            Interaction.occurred_at <= end,
            unindexed(Contact.deleted_at).is_null(),
        )
        .order_by(Interaction.occurred_at, Interaction.id)
        .limit(limit)
        .tuples()
    )
    return [UpcomingMeeting(*row) for row in rows]


def planned_count(contact_id: int, *, clock: Clock = SYSTEM_CLOCK) -> int:
    """How many conversations with the contact are still ahead."""
    return (
        Interaction.select(fn.COUNT(Interaction.id))
        .where(
            Interaction.contact == contact_id,
            Interaction.kind.in_(CONVERSATION_KINDS),
            Interaction.occurred_at > clock.now(),
        )
        .scalar()
        or 0
    )
