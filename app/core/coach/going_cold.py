"""Insights' "going cold" panel (DESIGN §4 keep-in-touch): how many people I have been in touch with are due or
past their maximum interval, and the few who went cold most recently. Counted by (day, cadence) in SQL from the
covering index of migration 0120 (issue 21 item 5); :func:`statuses` is the person-by-person answer the "contacts
behind a number" lists use. Split from :mod:`app.core.coach.insights`, which re-exports it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.contacts import keep_in_touch
from app.db import database

COLD_SHOWN = 6


def _rows(sql: str, params: tuple = ()) -> list[tuple]:
    return database.execute_sql(sql, params).fetchall()


@dataclass(frozen=True)
class ColdPerson:
    contact_id: int
    name: str
    last: dt.date
    days_past_max: int


@dataclass(frozen=True)
class ColdStats:
    in_touch: int  # people with at least one interaction
    due: int  # yellow
    cold: int  # red
    coldest: list[ColdPerson]  # the ones that went cold most recently (easiest to save) first


_CADENCE_SQL = """
SELECT c.id, c.display_name, c.last_interaction_at, c.keep_in_touch_days, c.keep_in_touch_max_days,
       (SELECT MIN(ci.keep_in_touch_days) FROM contact_circle AS cc JOIN circle AS ci ON ci.id = cc.circle_id
         WHERE cc.contact_id = c.id AND ci.keep_in_touch_days IS NOT NULL),
       (SELECT MIN(ci.keep_in_touch_max_days) FROM contact_circle AS cc JOIN circle AS ci ON ci.id = cc.circle_id
         WHERE cc.contact_id = c.id AND ci.keep_in_touch_days IS NOT NULL AND ci.keep_in_touch_max_days IS NOT NULL)
FROM contact AS c
WHERE c.deleted_at IS NULL AND c.last_interaction_at IS NOT NULL
"""
# Everyone in touch counted by (day, own cadence, circles' cadence as "ideal,max"): the status depends on nothing
# else. the covering index of migration 0120 answers it from the index; the circles are asked only for people
# without a cadence of their own, in one subquery.
_GROUPED_SQL = """
SELECT substr(c.last_interaction_at, 1, 10), c.keep_in_touch_days, c.keep_in_touch_max_days,
       CASE WHEN c.keep_in_touch_days THEN NULL ELSE {circles} END,
       COUNT(*)
FROM contact AS c
WHERE c.deleted_at IS NULL AND c.last_interaction_at IS NOT NULL
GROUP BY 1, 2, 3, 4
"""


# A person's circles' cadence: "ideal,max" — or, while no circle has a maximum of its own (the usual case), just the
# ideal days, a number (a quarter cheaper per person than building the text). The circles' cadences (a dozen
# circles) are written into the statement as a CASE on the circle id, so each person costs one search of their
# circles, not one more of the circle table per circle (207 -> ~150 ms CPU at 200k contacts); read in the same
# transaction as the counts.
def _circles_sql() -> str:
    rows = _rows(
        "SELECT id, keep_in_touch_days, keep_in_touch_max_days FROM circle WHERE keep_in_touch_days IS NOT NULL"
    )
    if not rows:
        return "NULL"  # no circle has a cadence: nobody's circles are read
    ideal = "MIN(CASE cc.circle_id " + " ".join(f"WHEN {int(i)} THEN {int(d)}" for i, d, _m in rows) + " END)"
    maxed = [(i, m) for i, _d, m in rows if m is not None]
    if maxed:
        most = "MIN(CASE cc.circle_id " + " ".join(f"WHEN {int(i)} THEN {int(m)}" for i, m in maxed) + " END)"
        ideal = f"{ideal} || ',' || ifnull({most}, '')"
    return f"(SELECT {ideal} FROM contact_circle AS cc WHERE cc.contact_id = c.id)"


def _circles(value) -> tuple[int | None, int | None]:
    """(ideal, max) of a person's circles from :func:`_circles_sql`'s value (None: no circle with a cadence)."""
    if value is None or isinstance(value, int):
        return value, None
    circle, _, circle_max = str(value).partition(",")
    return (int(circle) if circle else None, int(circle_max) if circle_max else None)


def _key(own, own_max, circle, circle_max) -> tuple:
    """What a cadence depends on: a contact's own cadence hides its circles'."""
    return (own, own_max, None, None) if own else (own, own_max, circle, circle_max)


def _cadence_of(
    default: keep_in_touch.Cadence, cadences: dict[tuple, keep_in_touch.Cadence], key: tuple
) -> keep_in_touch.Cadence:
    cadence = cadences.get(key)
    if cadence is None:
        own, own_max, circle, circle_max = key
        if own:
            cadence = keep_in_touch.Cadence.of(own, own_max)
        elif circle:
            cadence = keep_in_touch.Cadence.of(circle, circle_max)
        else:
            cadence = default
        cadences[key] = cadence
    return cadence


def _status(cadence: keep_in_touch.Cadence, elapsed: int) -> tuple[str, int]:
    if elapsed > cadence.max_days:
        return keep_in_touch.RED, elapsed - cadence.max_days
    if elapsed >= cadence.ideal_days:
        return keep_in_touch.YELLOW, 0
    return keep_in_touch.GREEN, 0


def statuses(today: dt.date):
    """(id, name, last day, status, days past the maximum) of everyone I have been in touch with."""
    default = keep_in_touch.default_cadence()
    cadences: dict[tuple, keep_in_touch.Cadence] = {}
    for cid, name, last, own, own_max, circle, circle_max in _rows(_CADENCE_SQL + " ORDER BY c.id"):
        cadence = _cadence_of(default, cadences, _key(own, own_max, circle, circle_max))
        day = dt.date.fromisoformat(str(last)[:10])
        yield cid, name, day, *_status(cadence, (today - day).days)


# Everyone in touch with what their status depends on, from the covering index and one circle subquery each (no
# contact rows, no names): the people behind the "due" and "going cold" numbers.
_IDS_SQL = """
SELECT c.id, substr(c.last_interaction_at, 1, 10), c.keep_in_touch_days, c.keep_in_touch_max_days,
       CASE WHEN c.keep_in_touch_days THEN NULL ELSE {circles} END
FROM contact AS c
WHERE c.deleted_at IS NULL AND c.last_interaction_at IS NOT NULL
ORDER BY +c.id
"""


def ids_with_status(today: dt.date, wanted: str) -> list[int]:
    """The ids (in id order) of everyone in touch whose status is ``wanted`` — what :func:`statuses` says, with the
    status worked out once per (day, cadence) instead of once per person."""
    default = keep_in_touch.default_cadence()
    cadences: dict[tuple, keep_in_touch.Cadence] = {}
    by_group: dict[tuple, str] = {}
    found: list[int] = []
    with database.atomic():  # the circles' cadences and the people read in one snapshot
        rows = _rows(_IDS_SQL.format(circles=_circles_sql()))
    for cid, day_text, own, own_max, circles in rows:
        group = (day_text, own, own_max, circles)
        status = by_group.get(group)
        if status is None:
            key = _key(own, own_max, *_circles(circles))
            elapsed = (today - dt.date.fromisoformat(day_text)).days
            status = by_group[group] = _status(_cadence_of(default, cadences, key), elapsed)[0]
        if status == wanted:
            found.append(cid)
    return found


def going_cold(*, clock: Clock = SYSTEM_CLOCK, shown: int = COLD_SHOWN) -> ColdStats:
    """Counted by (day, cadence) in SQL; only the days of the ``shown`` coldest are read person by person."""
    today = clock.today()
    default = keep_in_touch.default_cadence()
    cadences: dict[tuple, keep_in_touch.Cadence] = {}
    in_touch = due = cold = 0
    red: list[tuple[int, str, tuple, int]] = []  # (days past the maximum, day, cadence key, people) per cold group
    with database.atomic():  # the circles' cadences and the counts read in one snapshot
        groups = _rows(_GROUPED_SQL.format(circles=_circles_sql()))
    for day_text, own, own_max, circles, count in groups:
        key = _key(own, own_max, *_circles(circles))
        status, past = _status(_cadence_of(default, cadences, key), (today - dt.date.fromisoformat(day_text)).days)
        in_touch += count
        if status == keep_in_touch.YELLOW:
            due += count
        elif status == keep_in_touch.RED:
            cold += count
            red.append((past, day_text, key, count))
    red.sort()
    wanted: set[tuple[str, tuple]] = set()
    taken, limit = 0, None
    for past, day_text, key, count in red:
        if limit is not None and past > limit:
            break
        wanted.add((day_text, key))
        taken += count
        if taken >= shown and limit is None:
            limit = past  # every group as cold as the last one taken still competes on the id
    coldest: list[tuple[int, int, str, dt.date]] = []
    for day_text in sorted({day for day, _ in wanted}):
        next_day = (dt.date.fromisoformat(day_text) + dt.timedelta(days=1)).isoformat()
        rows = _rows(
            _CADENCE_SQL + " AND c.last_interaction_at >= ? AND c.last_interaction_at < ?", (day_text, next_day)
        )
        for cid, name, last, own, own_max, circle, circle_max in rows:
            key = _key(own, own_max, circle, circle_max)
            if (str(last)[:10], key) in wanted:
                day = dt.date.fromisoformat(day_text)
                past = _status(_cadence_of(default, cadences, key), (today - day).days)[1]
                coldest.append((past, cid, name, day))
    coldest.sort(key=lambda row: (row[0], -row[1]))
    people = [ColdPerson(cid, name, day, past) for past, cid, name, day in coldest[:shown]]
    return ColdStats(in_touch, due, cold, people)
