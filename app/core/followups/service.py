"""Reading follow-ups: the agenda queries (Today, the calendar, a contact's list, the notifier, the ICS export), week
counts and the snooze choices. Changing them is :mod:`app.core.followups.writes` (done, snooze, dismiss, reschedule,
create, delete, each undoable).

Qt-free; every function that depends on "today" takes a clock. ``due`` is always the day an item shows on:
snoozing or dragging moves ``due`` and records the chosen day in ``snoozed_until`` (so the rules leave it there),
while ``original_due`` keeps the day the rule chose. Overdue means open with ``due`` before today. Follow-ups of
contacts in the trash are hidden from every query here (they come back with the contact).

Repeating follow-ups (:mod:`app.core.followups.series`): closing an occurrence — done, or let go of this one — makes the
next; snoozing or dragging moves one occurrence only; :func:`repeats_between` projects the later ones.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from typing import NamedTuple

from peewee import JOIN, fn

from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.followups import titles
from app.core.translated import QT_TRANSLATE_NOOP, Labels
from app.db import data_version, database
from app.errors import RapportError
from app.models import FOLLOWUP_KINDS as FOLLOWUP_KINDS  # the kinds, for the screens that show them
from app.models import Contact, FollowUp, Interaction

MAX_AHEAD_DAYS = 3650
MAX_TITLE = 300
KEEP_TIME = object()  # writes.reschedule(): leave the time of day as it is (here, so screens need not load writes)

# The interaction that usually *is* doing the follow-up: offered when it is marked done.
MATCHING_INTERACTION = {
    "thank_you": "email",
    "call_referral": "call",
    "update_referrer": "email",
    "reminder": "email",
    "thank_connection": "message",
    "review_invitation": None,
    "keep_in_touch": "call",
    "monthly_update": None,
    "introduction": "message",
    "birthday": "message",
    "application_check_in": "email",
    "interview_thank_you": "email",
    "opportunity_update": "message",
    "interview_prep": None,
    "opportunity_nudge": None,
    "custom": None,
}

KIND_LABELS = Labels(
    "Labels",
    {
        "thank_you": QT_TRANSLATE_NOOP("Labels", "Thank-you"),
        "call_referral": QT_TRANSLATE_NOOP("Labels", "Contact referral"),
        "update_referrer": QT_TRANSLATE_NOOP("Labels", "Update referrer"),
        "reminder": QT_TRANSLATE_NOOP("Labels", "Friendly reminder"),
        "thank_connection": QT_TRANSLATE_NOOP("Labels", "Thank connection"),
        "review_invitation": QT_TRANSLATE_NOOP("Labels", "Review invitation"),
        "monthly_update": QT_TRANSLATE_NOOP("Labels", "Monthly update"),
        "keep_in_touch": QT_TRANSLATE_NOOP("Labels", "Reconnect"),
        "introduction": QT_TRANSLATE_NOOP("Labels", "Introduction check-in"),
        "birthday": QT_TRANSLATE_NOOP("Labels", "Birthday"),
        "application_check_in": QT_TRANSLATE_NOOP("Labels", "Application check-in"),
        "interview_thank_you": QT_TRANSLATE_NOOP("Labels", "Interview thank-you"),
        "opportunity_update": QT_TRANSLATE_NOOP("Labels", "Job news for referrer"),
        "interview_prep": QT_TRANSLATE_NOOP("Labels", "Interview prep"),
        "opportunity_nudge": QT_TRANSLATE_NOOP("Labels", "Quiet opportunity"),
        "custom": QT_TRANSLATE_NOOP("Labels", "Reminder (mine)"),
    },
)


class FollowUpError(RapportError, ValueError):
    """A follow-up change was refused (unknown item, a day out of range, an empty title). Nothing was written."""


class AgendaItem(NamedTuple):
    """One follow-up as lists, calendars, the CLI and the ICS export show it."""

    id: int
    uid: str
    kind: str
    title: str
    due: dt.date
    due_time: dt.time | None
    contact_id: int | None
    contact_name: str
    status: str
    original_due: dt.date | None
    snoozed_until: dt.date | None
    rule: str | None
    notes: str
    overdue: bool
    recurrence: str | None = None  # the RRULE of a repeating follow-up (RFC 5545 text)
    projected: bool = False  # a later occurrence of a repeating one, not made yet (calendars only)
    title_key: str | None = None  # a rule's title: its template and parameters (``title`` is it in the reader's
    title_params: str | None = None  # language, app.core.followups.titles); None when the user wrote it
    meeting: bool = False  # a planned conversation (app.core.followups.planned_meetings), not a follow-up
    minutes: int = 0  # how long a timed item lasts (meetings by kind; 0 for follow-ups)

    @property
    def repeats(self) -> bool:
        return bool(self.recurrence)

    def as_json(self) -> dict:
        """The ``agenda --json`` shape (DESIGN §6) plus a few useful extras."""
        return {
            "id": self.id,
            "kind": self.kind,
            "title": self.title,
            "due": self.due.isoformat(),
            "contact_id": self.contact_id,
            "contact_name": self.contact_name,
            "status": self.status,
            "overdue": self.overdue,
            "uid": self.uid,
            "due_time": self.due_time.isoformat(timespec="minutes") if self.due_time else None,
            "original_due": self.original_due.isoformat() if self.original_due else None,
            "snoozed_until": self.snoozed_until.isoformat() if self.snoozed_until else None,
            "recurrence": self.recurrence,
        }


_COLUMNS = (
    FollowUp.id,
    FollowUp.uid,
    FollowUp.kind,
    FollowUp.title,
    FollowUp.due,
    FollowUp.due_time,
    FollowUp.contact,
    Contact.display_name,
    FollowUp.status,
    FollowUp.original_due,
    FollowUp.snoozed_until,
    FollowUp.rule,
    FollowUp.notes,
    FollowUp.recurrence,
    FollowUp.title_key,
    FollowUp.title_params,
)


# The agenda's read API, also for :mod:`app.core.followups.agenda_window` (Today read a block at a time): which
# follow-ups, counted how, in what order, read into what.


def followup_query(kinds: Collection[str] | None = None, statuses: Collection[str] = ("open",)):
    """Follow-ups of live contacts (or of none) with ``statuses`` (all with an empty one) and ``kinds`` (all with
    None), selecting the columns :func:`read_items` reads."""
    query = (
        FollowUp.select(*_COLUMNS)
        .join(Contact, JOIN.LEFT_OUTER, on=(FollowUp.contact == Contact.id))
        .where(FollowUp.contact.is_null() | Contact.deleted_at.is_null())
    )
    if statuses:
        query = query.where(FollowUp.status.in_(list(statuses)))
    if kinds is not None:
        query = query.where(FollowUp.kind.in_(list(kinds)))
    return query


def open_to_count(*columns):
    """Open follow-ups of live contacts (or of none), as :func:`followup_query` finds them, for counting only: a
    trashed contact's follow-ups are left out by the trashed contacts' ids (few, read once from the deleted_at index),
    not by reading each follow-up's contact row. With migration 0140's (status, due, contact_id) index no table row is
    read at all: this week's counts on a cold connection (the first query before the first paint) 10 -> 1.4 ms at
    50k contacts. A follow-up whose contact row is missing counts, as with the outer join."""
    trashed = Contact.select(Contact.id).where(Contact.deleted_at.is_null(False))
    return FollowUp.select(*columns).where(
        FollowUp.status == "open", FollowUp.contact.is_null() | FollowUp.contact.not_in(trashed)
    )


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _time(value) -> dt.time | None:
    if value is None or isinstance(value, dt.time):
        return value
    return dt.time.fromisoformat(str(value))


def read_items(query, today: dt.date) -> list[AgendaItem]:
    """Run ``query`` (the columns of _COLUMNS) into AgendaItems. Rows are read raw and only the date columns are
    converted: peewee's per-column conversion was most of the time of loading a busy month."""
    items = []
    for (
        fid,
        uid,
        kind,
        title,
        due,
        due_time,
        cid,
        name,
        status,
        original,
        snoozed,
        rule,
        notes,
        repeat,
        title_key,
        title_params,
    ) in database.execute(query):
        due = _date(due)
        items.append(
            AgendaItem(
                fid,
                uid,
                kind,
                titles.render(title_key, title_params, title),
                due,
                _time(due_time),
                cid,
                name or ("" if cid is None else "(no name)"),
                status,
                _date(original),
                _date(snoozed),
                rule,
                notes or "",
                status == "open" and due < today,
                repeat,
                title_key=title_key,
                title_params=title_params,
            )
        )
    return items


def in_agenda_order(query):
    """``query`` in the agenda's order: by day, the untimed ones of a day first, then by time and id."""
    return query.order_by(FollowUp.due, FollowUp.due_time.is_null(False), FollowUp.due_time, FollowUp.id)


def agenda(
    days: int = 7, *, clock: Clock = SYSTEM_CLOCK, kinds: Collection[str] | None = None, overdue: bool = True
) -> list[AgendaItem]:
    """Open follow-ups due up to ``days`` days from today (and the overdue ones unless ``overdue`` is False):
    overdue first, then by due day and time (DESIGN §6 ``agenda``)."""
    today = clock.today()
    query = followup_query(kinds).where(FollowUp.due <= today + dt.timedelta(days=max(0, days)))
    if not overdue:
        query = query.where(FollowUp.due >= today)
    return read_items(in_agenda_order(query), today)


def all_open(*, clock: Clock = SYSTEM_CLOCK, kinds: Collection[str] | None = None) -> list[AgendaItem]:
    """Every open follow-up, overdue first then by day (the agenda list and the ICS export)."""
    return read_items(in_agenda_order(followup_query(kinds)), clock.today())


def between(
    start: dt.date,
    end: dt.date,
    *,
    clock: Clock = SYSTEM_CLOCK,
    kinds: Collection[str] | None = None,
    statuses: Collection[str] = ("open",),
) -> list[AgendaItem]:
    """Follow-ups (open ones unless ``statuses`` says otherwise) due from ``start`` to ``end`` inclusive (a
    calendar month or week), by day; within a day open ones first."""
    query = followup_query(kinds, statuses).where(FollowUp.due.between(start, end))
    query = query.order_by(
        FollowUp.due, FollowUp.status != "open", FollowUp.due_time.is_null(False), FollowUp.due_time, FollowUp.id
    )
    return read_items(query, clock.today())


def on_day(day: dt.date, *, clock: Clock = SYSTEM_CLOCK, kinds: Collection[str] | None = None) -> list[AgendaItem]:
    """Everything due on ``day``: open items first, then the ones done or dismissed that day."""
    query = followup_query(kinds, statuses=()).where(FollowUp.due == day)
    query = query.order_by(
        (FollowUp.status != "open"), FollowUp.due_time.is_null(False), FollowUp.due_time, FollowUp.id
    )
    return read_items(query, clock.today())


def get(followup_id: int, *, clock: Clock = SYSTEM_CLOCK) -> AgendaItem:
    rows = read_items(followup_query(statuses=()).where(FollowUp.id == followup_id), clock.today())
    if not rows:
        raise FollowUpError(f"no follow-up with id {followup_id}")
    return rows[0]


def for_contact(contact_id: int, *, clock: Clock = SYSTEM_CLOCK) -> list[AgendaItem]:
    """A contact's open follow-ups, earliest first (for a contact's detail pane)."""
    return read_items(in_agenda_order(followup_query().where(FollowUp.contact == contact_id)), clock.today())


AGENDA_GROUPS = ("Overdue", "Today", "Tomorrow", "This week", "Later")


def group_agenda(items: Sequence[AgendaItem], today: dt.date) -> list[tuple[str, list[AgendaItem]]]:
    """The agenda's groups (UI.md): Overdue, Today, Tomorrow, This week (to Sunday), Later — empty ones dropped,
    order inside each group kept."""
    sunday = today + dt.timedelta(days=6 - today.weekday())
    tomorrow = today + dt.timedelta(days=1)
    buckets: dict[str, list[AgendaItem]] = {name: [] for name in AGENDA_GROUPS}
    for item in items:
        if item.due < today:
            buckets["Overdue"].append(item)
        elif item.due == today:
            buckets["Today"].append(item)
        elif item.due == tomorrow:
            buckets["Tomorrow"].append(item)
        elif item.due <= sunday:
            buckets["This week"].append(item)
        else:
            buckets["Later"].append(item)
    return [(name, rows) for name, rows in buckets.items() if rows]


def referred_contact(followup_id: int) -> int | None:
    """For "Tell Y how it went with X": X, the contact of the interaction that made the follow-up."""
    source = FollowUp.select(FollowUp.source_interaction).where(FollowUp.id == followup_id).scalar()
    if source is None:
        return None
    return Interaction.select(Interaction.contact).where(Interaction.id == source).scalar()


class WeekCounts(NamedTuple):
    """The numbers Today shows for the current week (Monday to Sunday)."""

    overdue: int
    due_today: int
    due_rest_of_week: int
    done_this_week: int


_week_counts_kept: tuple[tuple, WeekCounts] | None = None


def _unchanged_key(today: dt.date) -> tuple:
    """What must stay the same for counts read earlier to still be right: the day, this thread's connection (the
    object itself, kept with the answer, so that a database opened again — a restore, the next test — never passes
    for it) and its own writes (``total_changes``), and the other connections' commits (``PRAGMA data_version``)."""
    connection = database.connection()
    return (today, connection, connection.total_changes, data_version())


def week_counts(*, clock: Clock = SYSTEM_CLOCK) -> WeekCounts:
    """One pass over the open follow-ups up to Sunday (the (status, due) index), one count of this week's done.

    The answer is kept until the day or the data changes: the status bar (:func:`app.core.overview.counts`) and
    Today ask for the same numbers in turn, and at 200k contacts one pass over the overdue follow-ups is ~30 ms."""
    global _week_counts_kept
    key = _unchanged_key(clock.today())
    if _week_counts_kept is not None and _week_counts_kept[0] == key:
        return _week_counts_kept[1]
    counts = _week_counts(clock)
    _week_counts_kept = (key, counts)
    return counts


def _week_counts(clock: Clock) -> WeekCounts:
    today = clock.today()
    monday = today - dt.timedelta(days=today.weekday())
    sunday = monday + dt.timedelta(days=6)
    overdue, due_today, rest = (
        open_to_count(fn.SUM(FollowUp.due < today), fn.SUM(FollowUp.due == today), fn.SUM(FollowUp.due > today))
        .where(FollowUp.due <= sunday)
        .tuples()
        .get()
    )
    done = (
        FollowUp.select()
        .where(FollowUp.status == "done", FollowUp.completed_at >= dt.datetime.combine(monday, dt.time()))
        .count()
    )
    return WeekCounts(overdue=overdue or 0, due_today=due_today or 0, due_rest_of_week=rest or 0, done_this_week=done)


def due_now(*, clock: Clock = SYSTEM_CLOCK) -> list[AgendaItem]:
    """Open follow-ups whose moment has come: due before today, or today (and, with a time, that time passed)."""
    now = clock.now()
    today = now.date()
    items = read_items(in_agenda_order(followup_query().where(FollowUp.due <= today)), today)
    return [i for i in items if i.due < today or i.due_time is None or i.due_time <= now.time()]


def newly_due(known: Collection[int], *, clock: Clock = SYSTEM_CLOCK) -> list[AgendaItem]:
    """What became due since ``known`` (the ids already due, or already announced) was taken."""
    return [item for item in due_now(clock=clock) if item.id not in known]


# --- snooze choices ----------------------------------------------------------------------------------------------
SNOOZE_CHOICES = ("tomorrow", "in_3_days", "next_week")


def snooze_day(choice: str, today: dt.date, due: dt.date | None = None) -> dt.date:
    """The day a snooze choice means: tomorrow, in three days, or next Monday (always a later week) — counted from
    the later of ``today`` and the follow-up's ``due`` day, so that snoozing never brings one forward ("in 3 days"
    on a follow-up due in ten days is three days after those ten)."""
    if due is not None and due > today:
        today = due
    if choice == "tomorrow":
        return today + dt.timedelta(days=1)
    if choice == "in_3_days":
        return today + dt.timedelta(days=3)
    if choice == "next_week":
        return today + dt.timedelta(days=7 - today.weekday())
    raise FollowUpError(f"unknown snooze choice {choice!r}; use one of {', '.join(SNOOZE_CHOICES)}")


def overdue_ids(*, clock: Clock = SYSTEM_CLOCK, kinds: Collection[str] | None = None) -> list[int]:
    return [item.id for item in read_items(followup_query(kinds).where(FollowUp.due < clock.today()), clock.today())]


def repeats_between(
    start: dt.date,
    end: dt.date,
    *,
    clock: Clock = SYSTEM_CLOCK,
    kinds: Collection[str] | None = None,
    per_series: int | None = None,
    limit: int | None = None,
) -> list[AgendaItem]:
    """The later occurrences of open repeating follow-ups from ``start`` to ``end`` — the ones closing the current
    occurrence will make — as :class:`AgendaItem` with ``projected`` set and a negative ``id`` of their own (they are
    not rows: nothing can be done to them yet). At most ``per_series`` per series and ``limit`` in all (by default
    :data:`app.core.followups.series.PER_SERIES` and ``PER_VIEW``)."""
    from app.core.followups import series as followup_series  # not before Today's first paint (issue 21)

    per_series = followup_series.PER_SERIES if per_series is None else per_series
    limit = followup_series.PER_VIEW if limit is None else limit
    today = clock.today()
    found = followup_series.projected(start, end, today=today, kinds=kinds, per_series=per_series, limit=limit)
    if not found:
        return []
    sources = {
        item.id: item
        for item in read_items(followup_query(kinds).where(FollowUp.id.in_({p.source_id for p in found})), today)
    }
    items = []
    for number, p in enumerate(found, start=1):
        item = sources.get(p.source_id)
        if item is None:
            continue
        items.append(
            item._replace(
                id=-number,
                due=p.day,
                original_due=p.day,
                snoozed_until=None,
                overdue=False,
                projected=True,
            )
        )
    return items


def day_counts(start: dt.date, end: dt.date, *, kinds: Collection[str] | None = None) -> dict[dt.date, int]:
    """How many open follow-ups fall on each day from ``start`` to ``end`` (for badges and summaries)."""
    query = (
        followup_query(kinds)
        .select(FollowUp.due, fn.COUNT(FollowUp.id))
        .where(FollowUp.due.between(start, end))
        .group_by(FollowUp.due)
    )
    return {due: count for due, count in query.tuples()}
