"""What one row of the contact list shows, fetched for a window of ids at a time (one query per window).

The list model keeps only ids; when the view paints rows it asks for the :class:`ContactRow` of the ~100 ids
around them. Everything a row shows — company and whether it is a target, circles, stage, last and next dates,
keep-in-touch status, give/ask balance — comes from one SELECT plus the batched cadence lookup.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from peewee import chunked

from app.core.contacts import keep_in_touch
from app.db import MAX_SQL_PARAMETERS, database


@dataclass(frozen=True, slots=True)
class ContactRow:
    id: int
    name: str
    company: str
    company_is_target: bool
    title: str
    circle_ids: tuple[int, ...]
    stage: str
    invitation_status: str
    last_interaction_at: dt.datetime | None
    next_followup_due: dt.date | None
    status: str  # keep_in_touch.GREEN / YELLOW / RED / NONE
    reconnect_by: dt.date
    gave: int
    asked: int
    received: int
    trashed_at: dt.datetime | None
    has_photo: bool

    @property
    def balance(self) -> int:
        """Gave minus asked: positive means I have given more than I asked (Always Be Giving)."""
        return self.gave - self.asked


# Two correlated subqueries per row (circles with their cadences; ledger directions), parsed in Python: on a cold
# page cache every subquery is another B-tree descent, and this runs on the first paint after each keystroke.
_SQL = """
SELECT c.id, c.display_name, COALESCE(co.name, ''), COALESCE(co.is_target, 0), c.title,
       (SELECT group_concat(ci.id || ':' || ci.position || ':' || ifnull(ci.keep_in_touch_days, '') || ':'
                            || ifnull(ci.keep_in_touch_max_days, ''), ';')
            FROM contact_circle AS cc JOIN circle AS ci ON ci.id = cc.circle_id WHERE cc.contact_id = c.id),
       c.stage, c.invitation_status, c.last_interaction_at, c.next_followup_due, c.created_at, c.deleted_at,
       (SELECT group_concat(substr(l.direction, 1, 1), '') FROM ledger_entry AS l WHERE l.contact_id = c.id),
       c.photo IS NOT NULL, c.keep_in_touch_days, c.keep_in_touch_max_days
FROM contact AS c LEFT JOIN company AS co ON co.id = c.company_id
WHERE c.id IN ({marks})
"""


def _circles(text: str | None) -> tuple[tuple[int, ...], int | None, int | None]:
    """(circle ids in circle order, shortest cadence, shortest maximum) from the circles subquery."""
    if not text:
        return (), None, None
    parsed = []
    for part in text.split(";"):
        cid, position, days, max_days = part.split(":")
        parsed.append((int(position), int(cid), int(days) if days else None, int(max_days) if max_days else None))
    parsed.sort()
    with_days = [(days, max_days) for _position, _cid, days, max_days in parsed if days is not None]
    ideal = min((days for days, _max in with_days), default=None)
    maximum = min((max_days for _days, max_days in with_days if max_days is not None), default=None)
    return tuple(p[1] for p in parsed), ideal, maximum


def _cadence(own: int | None, own_max: int | None, circle: int | None, circle_max: int | None, default):
    """The effective cadence, by the same rule as :func:`app.core.contacts.keep_in_touch.cadences_for`."""
    if own:
        return keep_in_touch.Cadence.of(own, own_max)
    if circle:
        return keep_in_touch.Cadence.of(circle, circle_max)
    return default


def _datetime(value) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    text = str(value)
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def rows_for(ids: Sequence[int], today: dt.date, default: keep_in_touch.Cadence | None = None) -> dict[int, ContactRow]:
    """The rows of ``ids`` (at most a few hundred: one window of the list). Unknown ids are left out.

    ``default`` is the default keep-in-touch cadence (read from the settings when not given).
    """
    ids = list(ids)
    result: dict[int, ContactRow] = {}
    default = default or keep_in_touch.default_cadence()
    for chunk in chunked(ids, MAX_SQL_PARAMETERS):
        cursor = database.execute_sql(_SQL.format(marks=",".join("?" * len(chunk))), chunk)
        for row in cursor.fetchall():
            (cid, name, company, target, title, circles, stage, invitation, last, nxt, created, deleted) = row[:12]
            last_at = _datetime(last)
            created_at = _datetime(created) or dt.datetime.combine(today, dt.time())
            circle_ids, circle_days, circle_max = _circles(circles)
            cadence = _cadence(row[14], row[15], circle_days, circle_max, default)
            ledger = row[12] or ""
            result[cid] = ContactRow(
                id=cid,
                name=name,
                company=company,
                company_is_target=bool(target),
                title=title,
                circle_ids=circle_ids,
                stage=stage,
                invitation_status=invitation,
                last_interaction_at=last_at,
                next_followup_due=_date(nxt),
                status=keep_in_touch.status(
                    last_at, created_at, cadence, today, tracked=keep_in_touch.is_tracked(last_at, row[14])
                ),
                reconnect_by=keep_in_touch.due_day(last_at, created_at, cadence),
                gave=ledger.count("g"),
                asked=ledger.count("a"),
                received=ledger.count("r"),
                trashed_at=_datetime(deleted),
                has_photo=bool(row[13]),
            )
    return result
