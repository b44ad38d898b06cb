"""Meetings still ahead: a conversation (call, coffee, meeting, lunch, event) logged with a time not yet reached —
how a coffee next Thursday is entered. Today lists them, each one click from its prep sheet
(:mod:`app.core.coach.meeting_prep`). Kept apart from the prep sheet so that Today can load without its dependencies.

The calendar shows them at their time, as long as their kind usually lasts (:data:`MEETING_MINUTES`), and moves one
dragged to another time with :func:`move`; the ICS export writes them as events (:func:`planned`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from peewee import JOIN, fn

from app.core.changes import Changes
from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.followups import titles
from app.errors import RapportError
from app.models import CONVERSATION_KINDS, Contact, Interaction, unindexed

if TYPE_CHECKING:
    from app.core.followups.service import AgendaItem

# What moving a planned meeting changes: the meeting, the thank-you on its day, the contact's next date.
CHANGES = Changes.of("interactions", "followups", "contacts")


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


# --- on the calendar and in the ICS export ------------------------------------------------------------------------
# How long a planned conversation lasts when nothing says otherwise (minutes): what a calendar blocks for it and
# the DTEND of its ICS event. A coffee is about 45 minutes, lunch an hour, a call half an hour.
MEETING_MINUTES = {"call": 30, "coffee": 45, "lunch": 60, "meeting": 60, "event": 120}
DEFAULT_MINUTES = 60
MAX_AHEAD_DAYS = 3650


class MeetingError(RapportError, ValueError):
    """A planned meeting cannot be moved as asked (gone, already happened, a time in the past). Nothing changed."""


@dataclass(frozen=True)
class Meeting:
    """A conversation on the calendar: from its start for ``minutes`` (by kind, :data:`MEETING_MINUTES`)."""

    interaction_id: int
    uid: str
    contact_id: int
    contact_name: str
    kind: str
    start: dt.datetime
    summary: str
    notes: str

    @property
    def minutes(self) -> int:
        return minutes_for(self.kind)

    @property
    def end(self) -> dt.datetime:
        return self.start + dt.timedelta(minutes=self.minutes)


def minutes_for(kind: str) -> int:
    return MEETING_MINUTES.get(kind, DEFAULT_MINUTES)


def _as_datetime(value) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def between(start: dt.datetime, end: dt.datetime, *, kinds=None, limit: int = 2000) -> list[Meeting]:
    """Conversations (call, coffee, meeting, lunch, event) of live contacts from ``start`` to ``end`` (exclusive),
    soonest first, at most ``limit``: the calendar asks for what is ahead (from the start of today), the export for
    what is still to come."""
    wanted = [k for k in CONVERSATION_KINDS if kinds is None or k in kinds]
    if not wanted or end <= start:
        return []
    rows = (
        Interaction.select(
            Interaction.id,
            Interaction.uid,
            Interaction.contact,
            Contact.display_name,
            Interaction.kind,
            Interaction.occurred_at,
            Interaction.summary,
            Interaction.notes,
        )
        .join(Contact, JOIN.INNER, on=(Interaction.contact == Contact.id))
        .where(
            unindexed(Interaction.kind).in_(wanted),
            Interaction.occurred_at >= start,
            Interaction.occurred_at < end,
            unindexed(Contact.deleted_at).is_null(),
        )
        .order_by(Interaction.occurred_at, Interaction.id)
        .limit(limit)
        .tuples()
    )
    return [
        Meeting(iid, uid, cid, name or "(no name)", kind, _as_datetime(when), summary or "", notes or "")
        for iid, uid, cid, name, kind, when, summary, notes in rows
    ]


def planned(*, clock: Clock = SYSTEM_CLOCK, kinds=None, limit: int = 5000) -> list[Meeting]:
    """Every conversation still to come (after now, up to ten years ahead), soonest first: the ICS export's events."""
    now = clock.now()
    return between(now + dt.timedelta(seconds=1), now + dt.timedelta(days=MAX_AHEAD_DAYS), kinds=kinds, limit=limit)


def move(interaction_id: int, when: dt.datetime, *, clock: Clock = SYSTEM_CLOCK, check: bool = True) -> dt.datetime:
    """Move a planned conversation to ``when`` (dragged on the calendar) in one transaction; the rules move what
    hangs on its day (its thank-you) as they do for any edit. Returns the time it had, for undo. With ``check``
    (the default) a meeting that already happened, or a time not ahead of now, is refused."""
    from app.core.contacts.interactions import InteractionError, update_interaction

    row = Interaction.get_or_none(Interaction.id == interaction_id)
    if row is None:
        raise MeetingError(f"no interaction with id {interaction_id}")
    if row.kind not in CONVERSATION_KINDS:
        raise MeetingError("only a call, coffee, meeting, lunch or event is a meeting on the calendar")
    if not isinstance(when, dt.datetime) or when.tzinfo is not None:
        raise MeetingError(f"{when!r} is not a local date and time")
    when = when.replace(second=0, microsecond=0)
    previous = _as_datetime(row.occurred_at)
    now = clock.now()
    if check and previous <= now:
        raise MeetingError("this meeting has already happened; edit it in the contact's timeline")
    if check and when <= now:
        raise MeetingError(f"{when:%d %b %H:%M} has passed; pick a later time")
    if (when.date() - clock.today()).days > MAX_AHEAD_DAYS:
        raise MeetingError("that is more than ten years ahead")
    if when == previous:
        return previous
    try:
        update_interaction(
            interaction_id,
            kind=row.kind,
            when=when,
            summary=row.summary,
            notes=row.notes,
            other_contact_id=row.other_contact_id,
            clock=clock,
        )
    except InteractionError as exc:
        raise MeetingError(str(exc)) from None
    return previous


def meeting_title(meeting: Meeting, *, with_summary: bool = False) -> titles.Title:
    """What a planned meeting is called: "Coffee with Ada" (": its summary" when ``with_summary`` and it has one)."""
    kind, name = meeting.kind.capitalize(), meeting.contact_name
    if with_summary and meeting.summary:
        return titles.title("meeting_about", kind=kind, name=name, summary=meeting.summary)
    return titles.title("meeting", kind=kind, name=name)


def as_items(meetings: list[Meeting], today: dt.date) -> list[AgendaItem]:
    """Meetings as :class:`app.core.followups.service.AgendaItem` rows (``meeting`` set, ``id`` the interaction's), for
    the calendar's lists next to the follow-ups: the title says what and with whom, the time is the meeting's."""
    from app.core.followups.service import AgendaItem  # at run time: followups loads the rules

    items = []
    for m in meetings:
        made = meeting_title(m, with_summary=True)
        title = titles.render(made.key, made.params, made)  # in the interface's language
        items.append(
            AgendaItem(
                id=m.interaction_id,
                uid=m.uid,
                kind=m.kind,
                title=title,
                due=m.start.date(),
                due_time=m.start.time(),
                contact_id=m.contact_id,
                contact_name=m.contact_name,
                status="open",
                original_due=None,
                snoozed_until=None,
                rule=None,
                notes=m.notes,
                overdue=False,
                meeting=True,
                minutes=m.minutes,
            )
        )
    return items


def items_between(first: dt.date, last: dt.date, *, clock: Clock = SYSTEM_CLOCK, limit: int = 2000) -> list[AgendaItem]:
    """The calendar's meetings from ``first`` to ``last`` (days, inclusive) as agenda items: the ones ahead, from the
    start of today (what already happened is in each contact's timeline, not on the calendar)."""
    today = clock.today()
    start = dt.datetime.combine(max(first, today), dt.time())
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time())
    return as_items(between(start, end, limit=limit), today)
