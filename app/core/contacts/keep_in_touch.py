"""Keep-in-touch cadence and status (DESIGN §4): how often to reconnect with someone, and whether it is time.

A contact's cadence is its own when set, else the shortest cadence of its circles, else the default (365 days,
or the ``keep_in_touch_default_days`` setting). Each cadence is a pair: the *ideal* interval (status turns yellow
and a "Reconnect" follow-up falls due) and the *maximum* (status red: going cold), 1.5 × ideal unless set.
The clock starts at the last interaction; any logged interaction restarts it. A contact with no interaction yet is
*not in touch yet* (status ``none``): there is nothing to keep warm, so an imported address book does not turn red
by itself — unless the user gave that person a cadence of their own, which starts the clock on the day they were
added. The follow-up rule (app.core.followups.time_rules.keep_in_touch_rule) uses the same condition.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from peewee import chunked, fn

from app.db import id_list
from app.models import DEFAULT_KEEP_IN_TOUCH_DAYS, Circle, Contact, ContactCircle, Setting

DEFAULT_SETTING = "keep_in_touch_default_days"
MAX_FACTOR = 1.5
GREEN, YELLOW, RED, NONE = "green", "yellow", "red", "none"


@dataclass(frozen=True)
class Cadence:
    ideal_days: int
    max_days: int

    @classmethod
    def of(cls, ideal: int, maximum: int | None = None) -> Cadence:
        return cls(ideal, maximum if maximum and maximum >= ideal else round(ideal * MAX_FACTOR))


def default_cadence() -> Cadence:
    days = Setting.read(DEFAULT_SETTING, DEFAULT_KEEP_IN_TOUCH_DAYS)
    return Cadence.of(days if isinstance(days, int) and days > 0 else DEFAULT_KEEP_IN_TOUCH_DAYS)


_CHUNK = 10_000


def cadences_for(ids: Sequence[int]) -> dict[int, Cadence]:
    """The effective cadence of each contact in ``ids`` (batched: a few queries for any number of contacts)."""
    default = default_cadence()
    result: dict[int, Cadence] = {}
    ids = list(ids)
    for chunk in chunked(ids, _CHUNK):
        listed = id_list(chunk)
        own = {
            cid: (ideal, maximum)
            for cid, ideal, maximum in Contact.select(
                Contact.id, Contact.keep_in_touch_days, Contact.keep_in_touch_max_days
            )
            .where(Contact.id.in_(listed))
            .tuples()
        }
        circle_rows = (
            ContactCircle.select(
                ContactCircle.contact, fn.MIN(Circle.keep_in_touch_days), fn.MIN(Circle.keep_in_touch_max_days)
            )
            .join(Circle)
            .where(ContactCircle.contact.in_(listed), Circle.keep_in_touch_days.is_null(False))
            .group_by(ContactCircle.contact)
            .tuples()
        )
        by_circle = {cid: (ideal, maximum) for cid, ideal, maximum in circle_rows}
        for cid in chunk:
            if cid not in own:
                continue
            ideal, maximum = own[cid]
            if ideal:
                result[cid] = Cadence.of(ideal, maximum)
            elif cid in by_circle:
                result[cid] = Cadence.of(*by_circle[cid])
            else:
                result[cid] = default
    return result


def cadence_for(contact_id: int) -> Cadence:
    return cadences_for([contact_id]).get(contact_id, default_cadence())


def reference_day(last_interaction: dt.datetime | dt.date | None, created: dt.datetime | dt.date) -> dt.date:
    """The day the keep-in-touch clock last started."""
    when = last_interaction or created
    return when.date() if isinstance(when, dt.datetime) else when


def due_day(last_interaction, created, cadence: Cadence) -> dt.date:
    """When a reconnect is ideally due."""
    return reference_day(last_interaction, created) + dt.timedelta(days=cadence.ideal_days)


def is_tracked(last_interaction, own_cadence_days: int | None) -> bool:
    """Whether the keep-in-touch clock runs for a contact: after a first interaction, or with a cadence of its own."""
    return last_interaction is not None or bool(own_cadence_days)


def status(last_interaction, created, cadence: Cadence, today: dt.date, *, tracked: bool = True) -> str:
    """``green`` (in touch), ``yellow`` (ideal interval reached), ``red`` (past the maximum: going cold), or
    ``none`` when the clock does not run (``tracked`` False, see :func:`is_tracked`)."""
    if not tracked:
        return NONE
    elapsed = (today - reference_day(last_interaction, created)).days
    if elapsed > cadence.max_days:
        return RED
    if elapsed >= cadence.ideal_days:
        return YELLOW
    return GREEN
