"""Repeating follow-ups the user asked for ("every 2 weeks", "every month on the first Monday"): a series of
``FollowUp`` rows, one per occurrence, each carrying the series' RRULE in ``recurrence``.

A series holds one open occurrence at a time. Closing it (done, or let go of this one) makes the next: the first day
of the rule after this occurrence's day that is today or later (so a late one never makes an overdue one). The
occurrence's ``rule_key`` is ``repeat:<series uid>:<day>`` — the series uid is the first occurrence's uid, the day the
rule's own day for it (snoozing or dragging an occurrence moves ``due`` only, never the series) — so making the same
occurrence twice is impossible: the key is unique. Letting go of the series closes the open occurrence without making
another. Later occurrences are not rows yet; calendars show them through :func:`projected`, bounded per view.

Rules' own repeating follow-ups (the monthly update) are made by their rule (``rule`` is set) and are not series here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from peewee import JOIN, chunked

from app.core.followups import recurrence
from app.db import MAX_SQL_PARAMETERS
from app.models import Contact, FollowUp
from app.models.base import new_uid, unindexed

KEY_PREFIX = "repeat:"
KEY_END = "repeat;"  # the first text after every "repeat:…" key: the range of the unique rule_key index
MAX_AHEAD_DAYS = 3650
PER_SERIES = 60  # occurrences one series may show in one view (a daily one over a month view: 42)
PER_VIEW = 500  # occurrences all series together may show in one view


def key(series: str, day: dt.date) -> str:
    return f"{KEY_PREFIX}{series}:{day.isoformat()}"


def parse_key(rule_key: str | None) -> tuple[str, dt.date] | None:
    """(series uid, occurrence day) of a series key, or None for any other key."""
    if not rule_key or not rule_key.startswith(KEY_PREFIX):
        return None
    series, _, day = rule_key[len(KEY_PREFIX) :].rpartition(":")
    try:
        return series, dt.date.fromisoformat(day)
    except ValueError:
        return None


@dataclass(frozen=True)
class Occurrence:
    """Where one row stands in its series."""

    id: int
    series: str
    day: dt.date  # the rule's day for this occurrence (not moved by a snooze)
    rule: str


def _as_date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def occurrences_of(ids: Iterable[int]) -> dict[int, Occurrence]:
    """The rows among ``ids`` that belong to a user's series (the rule makes no follow-ups of its own)."""
    ids = list(ids)
    found: dict[int, Occurrence] = {}
    for chunk in chunked(ids, MAX_SQL_PARAMETERS):
        rows = FollowUp.select(
            FollowUp.id, FollowUp.uid, FollowUp.rule_key, FollowUp.original_due, FollowUp.due, FollowUp.recurrence
        ).where(FollowUp.id.in_(chunk), FollowUp.recurrence.is_null(False), FollowUp.rule.is_null())
        for fid, uid, rule_key, original, due, rule in rows.tuples():
            parsed = parse_key(rule_key)
            if parsed is None and rule_key is not None:
                continue  # someone else's key: not a series
            series, day = parsed or (uid, _as_date(original or due))
            found[fid] = Occurrence(fid, series, day, rule)
    return found


def series_start(series: str, fallback: dt.date) -> dt.date:
    """The first day of the series still on record (for a rule with COUNT, which counts from there)."""
    first = (
        FollowUp.select(FollowUp.rule_key)
        .where(FollowUp.rule_key >= f"{KEY_PREFIX}{series}:", FollowUp.rule_key < f"{KEY_PREFIX}{series};")
        .order_by(FollowUp.rule_key)
        .scalar()
    )
    parsed = parse_key(first)
    return min(parsed[1], fallback) if parsed else fallback


def anchor(occurrence: Occurrence) -> dt.date:
    """Where to expand the rule from: the occurrence itself, or the series' start when the rule counts (COUNT)."""
    if recurrence.has_count(occurrence.rule):
        return series_start(occurrence.series, occurrence.day)
    return occurrence.day


def next_day(occurrence: Occurrence, today: dt.date) -> dt.date | None:
    """The day of the occurrence after this one: after its day, and today or later. None when the series ended."""
    try:
        day = recurrence.next_after(occurrence.rule, anchor(occurrence), max(occurrence.day, today - dt.timedelta(1)))
    except recurrence.RecurrenceError:
        return None  # a rule stored by an older version or another program that cannot be read: stop here
    if day is None or (day - today).days > MAX_AHEAD_DAYS:
        return None
    return day


def make_next(ids: Iterable[int], *, today: dt.date, now: dt.datetime) -> list[int]:
    """For each closed occurrence among ``ids``, make the series' next occurrence unless it exists (by its key).
    Runs inside the caller's transaction; returns the ids made."""
    made: list[int] = []
    for occurrence in occurrences_of(ids).values():
        row = FollowUp.get_by_id(occurrence.id)
        if row.status == "open":
            continue
        own_key = key(occurrence.series, occurrence.day)
        if row.rule_key is None and not FollowUp.select().where(FollowUp.rule_key == own_key).exists():
            FollowUp.update(rule_key=own_key).where(FollowUp.id == row.id).execute()  # e.g. imported without one
        day = next_day(occurrence, today)
        if day is None:
            continue
        next_key = key(occurrence.series, day)
        if FollowUp.select().where(FollowUp.rule_key == next_key).exists():
            continue
        made.append(
            FollowUp.insert(
                uid=new_uid(),
                contact=row.contact_id,
                title=row.title,
                kind=row.kind,
                due=day,
                due_time=row.due_time,
                original_due=day,
                status="open",
                rule=None,
                rule_key=next_key,
                recurrence=row.recurrence,
                notes=row.notes,
                created_at=now,
                updated_at=now,
            ).execute()
        )
    return made


def unmake_next(followup_id: int) -> int:
    """Delete the occurrences made after this one that nobody touched since (open, never changed): undoing the
    close that made them, where the caller kept no list of what it made. Returns how many."""
    occurrence = occurrences_of([followup_id]).get(followup_id)
    if occurrence is None:
        return 0
    return (
        FollowUp.delete()
        .where(
            FollowUp.rule_key > key(occurrence.series, occurrence.day),
            FollowUp.rule_key < f"{KEY_PREFIX}{occurrence.series};",
            unindexed(FollowUp.status) == "open",
            FollowUp.updated_at == FollowUp.created_at,
        )
        .execute()
    )


@dataclass(frozen=True)
class Projected:
    """A later occurrence of an open series, not a row yet: ``source_id`` is the open occurrence it follows."""

    source_id: int
    day: dt.date


def open_series_rows():
    """The open occurrences of every series (through the unique rule_key index), contacts in the trash left out."""
    return (
        FollowUp.select(FollowUp.id, FollowUp.rule_key, FollowUp.recurrence, FollowUp.kind)
        .join(Contact, JOIN.LEFT_OUTER, on=(FollowUp.contact == Contact.id))
        .where(
            FollowUp.rule_key >= KEY_PREFIX,
            FollowUp.rule_key < KEY_END,
            # The rule_key range is the index to use: a month of 10,000 open follow-ups holds few series.
            unindexed(FollowUp.status) == "open",
            FollowUp.recurrence.is_null(False),
            FollowUp.contact.is_null() | Contact.deleted_at.is_null(),
        )
    )


def projected(
    start: dt.date,
    end: dt.date,
    *,
    today: dt.date,
    kinds=None,
    per_series: int = PER_SERIES,
    limit: int = PER_VIEW,
) -> list[Projected]:
    """The occurrences still to come of the open series, from ``start`` to ``end``, after each series' open
    occurrence and from today on (what closing them will make), at most ``per_series`` per series and ``limit`` in
    all, by day."""
    latest: dict[str, Occurrence] = {}
    query = open_series_rows()
    if kinds is not None:
        query = query.where(FollowUp.kind.in_(list(kinds)))
    for fid, rule_key, rule, _kind in query.tuples():
        parsed = parse_key(rule_key)
        if parsed is None:
            continue
        occurrence = Occurrence(fid, parsed[0], parsed[1], rule)
        if occurrence.series not in latest or occurrence.day > latest[occurrence.series].day:
            latest[occurrence.series] = occurrence
    found: list[Projected] = []
    after_floor = max(start, today) - dt.timedelta(days=1)
    for occurrence in latest.values():
        try:
            days = recurrence.occurrences(
                occurrence.rule,
                anchor(occurrence),
                after=max(occurrence.day, after_floor),
                until=min(end, today + dt.timedelta(days=MAX_AHEAD_DAYS)),
                limit=per_series,
            )
        except recurrence.RecurrenceError:
            continue
        found += [Projected(occurrence.id, day) for day in days]
    found.sort(key=lambda p: (p.day, p.source_id))
    return found[:limit]
