"""What one row of the contact list shows, fetched for a window of ids at a time (one query per window).

The list model keeps only ids; when the view paints rows it asks for the :class:`ContactRow` of the ~100 ids
around them. Everything a row shows — company and whether it is a target, circles, stage, last and next dates,
keep-in-touch status, give/ask balance — comes from one SELECT plus the batched cadence lookup.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from app.core import keep_in_touch
from app.db import database


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
    status: str  # keep_in_touch.GREEN / YELLOW / RED
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


_SQL = """
SELECT c.id, c.display_name, COALESCE(co.name, ''), COALESCE(co.is_target, 0), c.title,
       (SELECT group_concat(circle_id) FROM (SELECT cc.circle_id FROM contact_circle AS cc
            JOIN circle AS ci ON ci.id = cc.circle_id WHERE cc.contact_id = c.id ORDER BY ci.position, ci.name)),
       c.stage, c.invitation_status, c.last_interaction_at, c.next_followup_due, c.created_at, c.deleted_at,
       (SELECT count(*) FROM ledger_entry AS l WHERE l.contact_id = c.id AND l.direction = 'gave'),
       (SELECT count(*) FROM ledger_entry AS l WHERE l.contact_id = c.id AND l.direction = 'asked'),
       (SELECT count(*) FROM ledger_entry AS l WHERE l.contact_id = c.id AND l.direction = 'received'),
       c.photo IS NOT NULL
FROM contact AS c LEFT JOIN company AS co ON co.id = c.company_id
WHERE c.id IN ({marks})
"""


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


def rows_for(ids: Sequence[int], today: dt.date) -> dict[int, ContactRow]:
    """The rows of ``ids`` (at most a few hundred: one window of the list). Unknown ids are left out."""
    ids = list(ids)
    result: dict[int, ContactRow] = {}
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        cursor = database.execute_sql(_SQL.format(marks=",".join("?" * len(chunk))), chunk)
        fetched = cursor.fetchall()
        cadences = keep_in_touch.cadences_for([row[0] for row in fetched])
        default = keep_in_touch.default_cadence()
        for row in fetched:
            (cid, name, company, target, title, circles, stage, invitation, last, nxt, created, deleted) = row[:12]
            last_at = _datetime(last)
            created_at = _datetime(created) or dt.datetime.combine(today, dt.time())
            cadence = cadences.get(cid, default)
            result[cid] = ContactRow(
                id=cid,
                name=name,
                company=company,
                company_is_target=bool(target),
                title=title,
                circle_ids=tuple(int(x) for x in circles.split(",")) if circles else (),
                stage=stage,
                invitation_status=invitation,
                last_interaction_at=last_at,
                next_followup_due=_date(nxt),
                status=keep_in_touch.status(last_at, created_at, cadence, today),
                reconnect_by=keep_in_touch.due_day(last_at, created_at, cadence),
                gave=row[12],
                asked=row[13],
                received=row[14],
                trashed_at=_datetime(deleted),
                has_photo=bool(row[15]),
            )
    return result
