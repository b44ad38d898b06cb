"""Birthdays: the next one, the age it brings, and the yearly "Wish X a happy birthday" follow-up (issue 15).

The rule (``birthday`` in the rule settings, on by default, due on the day or N days ahead):
- One open follow-up per person, keyed by the year of the birthday it is for (``birthday:contact:7:2026``), so a
  wish marked done or dismissed is not made again that year; the next year's one appears the day after the birthday.
- It is made for the next birthday on or after today, never already overdue: a contact added (or imported) three
  days after their birthday gets next year's, and with "3 days ahead" a birthday two days away is due today.
- A wish not yet sent stays open, overdue, for :data:`BELATED_DAYS` after the birthday (a belated wish is still
  welcome); then it moves on to the next year.
- Editing the birthday moves the open follow-up, removing it (or turning the rule off) removes it; trashed contacts
  get none (their follow-ups are hidden anyway, and :func:`birthday_rule` over everyone removes them).
- 29 February falls on 28 February in a year without it.
The clock is always passed in (``today``/``now``), as for the other rules.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence

from app.core.followups import titles
from app.core.followups.rule_store import RuleRun, day_of, in_chunks, insert_rows
from app.core.followups.time_rules import as_datetime, sync_per_contact
from app.models import Contact, ContactDate, FollowUp, new_uid

RULE = "birthday"
KEY_PREFIX = "birthday:contact:"
BELATED_DAYS = 7  # how long a missed birthday wish stays open before the rule moves on to next year


def occurrence(year: int, month: int, day: int) -> dt.date:
    """The birthday ``month``/``day`` in ``year``; 29 February is 28 February in a year without it."""
    if month == 2 and day == 29 and not calendar.isleap(year):
        return dt.date(year, 2, 28)
    return dt.date(year, month, day)


def next_occurrence(month: int, day: int, today: dt.date) -> dt.date:
    """The first birthday on or after ``today``."""
    this_year = occurrence(today.year, month, day)
    return this_year if this_year >= today else occurrence(today.year + 1, month, day)


def turns(year: int | None, month: int, day: int, today: dt.date) -> int | None:
    """The age reached at the next birthday (on or after ``today``), or None without a birth year."""
    if year is None:
        return None
    age = next_occurrence(month, day, today).year - year
    return age if age > 0 else None


def title(name: str) -> str:
    return titles.title("birthday", name=name)


def _key_year(key: str) -> int | None:
    tail = key.rsplit(":", 1)[-1]
    return int(tail) if tail.isdigit() else None


def birthday_rule(ids: Sequence[int] | None, settings, today: dt.date, now: dt.datetime) -> tuple[list, RuleRun]:
    """Make the open birthday follow-ups of ``ids`` (None: everyone) match their birthdays; see the module doc."""
    ids = list(ids) if ids is not None else None
    wanted: dict[int, tuple[str, dt.date, str]] = {}
    if settings.is_on(RULE):
        ahead = dt.timedelta(days=settings.birthday_days_ahead)
        current = _open_followups(ids)
        for cid, name, month, day in _birthdays(ids):
            upcoming = next_occurrence(month, day, today)
            target, made_on = upcoming, today
            if cid in current:
                key, created = current[cid]
                year = _key_year(key)
                made_on = day_of(as_datetime(created))
                if year is not None and year <= upcoming.year:
                    kept = occurrence(year, month, day)
                    if kept >= today - dt.timedelta(days=BELATED_DAYS):
                        target = kept  # still this year's wish, belated or not
            wanted[cid] = (f"{KEY_PREFIX}{cid}:{target.year}", _due(target, ahead, made_on), title(name))
    return sync_per_contact(RULE, ids, wanted, now, restart_clears_snooze=True)


def _due(birthday: dt.date, ahead: dt.timedelta, made_on: dt.date) -> dt.date:
    """N days ahead, but not before the day the follow-up was made (so it is never made overdue)."""
    return max(birthday - ahead, min(made_on, birthday))


def contacts_created(ids: Sequence[int], settings, today: dt.date, now: dt.datetime) -> list:
    """After a batch of new contacts (an import, a few hundred at a time): one range query finds those with a
    birthday, and only they get a follow-up. New contacts have none yet, so the wishes are simply inserted (and not
    returned: an import has no use for thousands of instances)."""
    if not settings.is_on(RULE) or not ids:
        return []
    new = set(ids)
    found = (
        ContactDate.select(ContactDate.contact, Contact.display_name, ContactDate.month, ContactDate.day)
        .join(Contact)
        .where(
            ContactDate.contact.between(min(new), max(new)),  # a range, not a list of 500 parameters to build
            ContactDate.kind == "birthday",
            Contact.deleted_at.is_null(),
        )
        .order_by(ContactDate.contact, ContactDate.position, ContactDate.id)
        .tuples()
    )
    ahead = dt.timedelta(days=settings.birthday_days_ahead)
    rows: dict[int, dict] = {}
    for cid, name, month, day in found:
        if cid in new and cid not in rows and _is_day(month, day):
            upcoming = next_occurrence(month, day, today)
            due = _due(upcoming, ahead, today)
            rows[cid] = {
                "uid": new_uid(),
                "contact": cid,
                **titles.columns(title(name)),
                "kind": RULE,
                "due": due,
                "original_due": due,
                "status": "open",
                "rule": RULE,
                "rule_key": f"{KEY_PREFIX}{cid}:{upcoming.year}",
                "notes": "",
                "created_at": now,
                "updated_at": now,
            }
    insert_rows(list(rows.values()))  # one executemany per batch; an import does not need the instances
    return []


def _birthdays(ids: list[int] | None) -> list[tuple[int, str, int, int]]:
    """(contact id, name, month, day) of each live contact's first birthday."""
    query = (
        ContactDate.select(ContactDate.contact, Contact.display_name, ContactDate.month, ContactDate.day)
        .join(Contact)
        .where(ContactDate.kind == "birthday", Contact.deleted_at.is_null())
        .order_by(ContactDate.contact, ContactDate.position, ContactDate.id)
    )
    rows: dict[int, tuple[int, str, int, int]] = {}
    for chunk in in_chunks(ids) if ids is not None else [None]:
        part = query if chunk is None else query.where(ContactDate.contact.in_(chunk))
        for cid, name, month, day in part.tuples():
            if cid not in rows and _is_day(month, day):
                rows[cid] = (cid, name, month, day)
    return list(rows.values())


def _is_day(month: int, day: int) -> bool:
    try:
        dt.date(2000, month, day)  # a leap year: 29 February is a birthday
    except (TypeError, ValueError):
        return False
    return True


def _open_followups(ids: list[int] | None) -> dict[int, tuple[str, dt.datetime]]:
    query = FollowUp.select(FollowUp.contact, FollowUp.rule_key, FollowUp.created_at).where(
        FollowUp.rule == RULE, FollowUp.status == "open", FollowUp.contact.is_null(False)
    )
    found: dict[int, tuple[str, dt.datetime]] = {}
    for chunk in in_chunks(ids) if ids is not None else [None]:
        part = query if chunk is None else query.where(FollowUp.contact.in_(chunk))
        for cid, key, created in part.tuples():
            found.setdefault(cid, (key or "", created))
    return found
