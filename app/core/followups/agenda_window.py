"""Today's agenda read a block at a time (issue 21): the first rows for the first paint, the rest as the list scrolls.

The 50,000-contact demo set has 3,000+ overdue follow-ups; reading and rendering every one of them before the window
first painted was the largest share of Today's start (~40 ms of SQL and titles, ~17 ms to lay the tree out) for the
~15 rows a screen shows. :func:`counts` gives each group's size (the group headers show it) from the same rows in one
pass over the (status, due) index, and :func:`block` the rows from ``offset`` in the agenda's order.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from peewee import fn

from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.followups.service import (
    AgendaItem,
    WeekCounts,
    followup_query,
    in_agenda_order,
    open_to_count,
    read_items,
)
from app.models import FollowUp


class AgendaCounts(NamedTuple):
    """How many open follow-ups each of Today's groups holds (the agenda of ``days`` days)."""

    overdue: int = 0
    today: int = 0
    later: int = 0

    @property
    def total(self) -> int:
        return self.overdue + self.today + self.later


def _agenda_query(days: int, today: dt.date):
    return followup_query().where(FollowUp.due <= today + dt.timedelta(days=max(0, days)))


def counts(days: int = 7, *, clock: Clock = SYSTEM_CLOCK, known: WeekCounts | None = None) -> AgendaCounts:
    """The sizes of Today's groups: overdue, due today, due in the next ``days`` days (the rows of ``agenda(days)``).

    ``known``: this week's counts (:func:`service.week_counts`, which Today reads anyway) give the overdue and today
    counts, so that only the next days are counted here, instead of every overdue follow-up a second time."""
    today = clock.today()
    last = today + dt.timedelta(days=max(0, days))
    if known is not None:
        later = open_to_count(FollowUp.id).where(FollowUp.due > today, FollowUp.due <= last).count()
        return AgendaCounts(known.overdue, known.due_today, later)
    overdue, due_today, later = (
        open_to_count(fn.SUM(FollowUp.due < today), fn.SUM(FollowUp.due == today), fn.SUM(FollowUp.due > today))
        .where(FollowUp.due <= last)
        .tuples()
        .get()
    )
    return AgendaCounts(overdue or 0, due_today or 0, later or 0)


def block(days: int = 7, *, offset: int = 0, limit: int = 200, clock: Clock = SYSTEM_CLOCK) -> list[AgendaItem]:
    """``limit`` rows of ``agenda(days)`` from ``offset``, in its order (overdue first, then by day and time)."""
    today = clock.today()
    return read_items(in_agenda_order(_agenda_query(days, today)).limit(max(0, limit)).offset(max(0, offset)), today)
