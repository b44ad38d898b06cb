"""Where the rules keep their follow-ups: create-or-refresh by rule key, remove the open ones, insert in bulk.

Shared by the event rules (:mod:`app.core.followups.rules`) and the time-based rules
(:mod:`app.core.followups.time_rules`). A rule follow-up is identified by its unique ``rule_key``; see
:mod:`app.core.followups.rules` for the contract.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from peewee import chunked

from app.core.followups import titles
from app.db import MAX_SQL_PARAMETERS
from app.models import Contact, FollowUp

STALE_DAYS = 30  # an event rule does not make a follow-up already this many days overdue
CHUNK = MAX_SQL_PARAMETERS


@dataclass(frozen=True)
class RuleRun:
    """What :func:`run_all` changed."""

    created: int = 0
    updated: int = 0
    removed: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated or self.removed)

    def __add__(self, other: RuleRun) -> RuleRun:
        return RuleRun(self.created + other.created, self.updated + other.updated, self.removed + other.removed)


def day_of(value: dt.datetime | dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def is_stale(due: dt.date, today: dt.date) -> bool:
    """Too late to be worth doing: more than STALE_DAYS overdue already."""
    return (today - due).days > STALE_DAYS


def name_of(contact_id: int | None) -> str:
    if contact_id is None:
        return ""
    name = Contact.select(Contact.display_name).where(Contact.id == contact_id).scalar()
    return name or "(no name)"


def ensure(
    rule: str,
    key: str,
    *,
    contact_id: int | None,
    title: str,
    due: dt.date,
    now: dt.datetime,
    source_interaction: int | None = None,
    recurrence: str | None = None,
) -> FollowUp | None:
    """Create the follow-up for ``key`` (returned), or refresh the open one; a closed one is left alone."""
    existing = FollowUp.get_or_none(FollowUp.rule_key == key)
    if existing is None:
        return FollowUp.create(
            contact=contact_id,
            **titles.columns(title),
            kind=rule,
            due=due,
            original_due=due,
            status="open",
            rule=rule,
            rule_key=key,
            source_interaction=source_interaction,
            recurrence=recurrence,
            created_at=now,
            updated_at=now,
        )
    if existing.status != "open":
        return None
    changes: dict = {}
    if (existing.title, existing.title_key) != (title, getattr(title, "key", None)):
        changes.update(titles.columns(title))
    if existing.original_due != due:
        changes["original_due"] = due
    if existing.snoozed_until is None and existing.due != due:
        changes["due"] = due
    if source_interaction is not None and existing.source_interaction_id != source_interaction:
        changes["source_interaction"] = source_interaction
    if existing.contact_id != contact_id:
        changes["contact"] = contact_id
    if changes:
        changes["updated_at"] = now
        FollowUp.update(**changes).where(FollowUp.id == existing.id).execute()
    return None


def remove_open(*conditions) -> int:
    """Delete open rule follow-ups matching ``conditions`` (closed ones stay as history)."""
    return FollowUp.delete().where(FollowUp.status == "open", *conditions).execute()


def in_chunks(values: list, size: int = CHUNK) -> Iterable[list]:
    yield from chunked(values, size)


def sql_value(value):
    if isinstance(value, dt.datetime):
        return value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def insert_rows(rows: list[dict]) -> None:
    """Insert many follow-up rows fast (one prepared statement; peewee's insert_many spends its time building SQL).
    Every row must have the same keys, named like the columns (``contact`` for ``contact_id``…)."""
    if not rows:
        return
    names = list(rows[0])
    columns = [FollowUp._meta.fields[name].column_name for name in names]
    sql = f"INSERT INTO follow_up ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    FollowUp._meta.database.cursor().executemany(sql, [tuple(sql_value(row[name]) for name in names) for row in rows])


def bulk_create(rows: list[dict]) -> list[FollowUp]:
    """Insert follow-ups; returns model instances only for small batches (the hooks), none in bulk."""
    if len(rows) <= 20:
        return [FollowUp.create(**row) for row in rows]
    insert_rows(rows)
    return []
