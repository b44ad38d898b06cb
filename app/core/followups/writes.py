"""Changing follow-ups: complete, dismiss, let go, reopen, snooze, reschedule, create and delete (reading them is
:mod:`.service`). Each write runs in one transaction and returns the previous state of what it changed
(:class:`FollowUpState`), which is all the UI needs to undo it with :func:`restore`; a follow-up a write made (the
next occurrence of a repeating one) has the previous state :data:`ABSENT`, so undo deletes it. Closing an occurrence of
a repeating follow-up makes the next (:mod:`.series`); :func:`let_go_series` closes it without a next."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from peewee import chunked

from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.followups import recurrence
from app.core.followups import series as followup_series
from app.core.followups.service import KEEP_TIME, MAX_AHEAD_DAYS, MAX_TITLE, FollowUpError, overdue_ids, snooze_day
from app.db import MAX_SQL_PARAMETERS, database
from app.models import FOLLOWUP_KINDS, Contact, FollowUp
from app.models.base import new_uid

# --- changes (each returns the previous state, for undo) -----------------------------------------------------
ABSENT = "absent"  # the "previous status" of a follow-up a change made: undo deletes it


@dataclass(frozen=True)
class FollowUpState:
    """The mutable part of a follow-up, to put back on undo (``status`` :data:`ABSENT`: it did not exist)."""

    id: int
    status: str
    due: dt.date
    snoozed_until: dt.date | None
    completed_at: dt.datetime | None
    notes: str
    due_time: dt.time | None = None
    recurrence: str | None = None


def snapshot(ids: Iterable[int]) -> list[FollowUpState]:
    ids = list(ids)
    states: list[FollowUpState] = []
    for chunk in chunked(ids, MAX_SQL_PARAMETERS):
        query = FollowUp.select(
            FollowUp.id,
            FollowUp.status,
            FollowUp.due,
            FollowUp.snoozed_until,
            FollowUp.completed_at,
            FollowUp.notes,
            FollowUp.due_time,
            FollowUp.recurrence,
        ).where(FollowUp.id.in_(chunk))
        states += [FollowUpState(*row) for row in query.tuples()]
    return states


def _made(ids: Iterable[int], today: dt.date) -> list[FollowUpState]:
    """The undo states of follow-ups a change made."""
    return [FollowUpState(i, ABSENT, today, None, None, "") for i in ids]


def restore(states: Sequence[FollowUpState], *, clock: Clock = SYSTEM_CLOCK) -> None:
    """Put follow-ups back as :func:`snapshot` saw them (undo); the ones a change made are deleted."""
    now = clock.now()
    with database.atomic():
        made = [s.id for s in states if s.status == ABSENT]
        if made:
            FollowUp.delete().where(FollowUp.id.in_(made)).execute()
        for s in states:
            if s.status == ABSENT:
                continue
            FollowUp.update(
                status=s.status,
                due=s.due,
                snoozed_until=s.snoozed_until,
                completed_at=s.completed_at,
                notes=s.notes,
                due_time=s.due_time,
                recurrence=s.recurrence,
                updated_at=now,
            ).where(FollowUp.id == s.id).execute()


def _existing(ids: Iterable[int]) -> list[int]:
    ids = sorted(set(ids))
    found = {fid for (fid,) in FollowUp.select(FollowUp.id).where(FollowUp.id.in_(ids)).tuples()}
    missing = [i for i in ids if i not in found]
    if missing:
        raise FollowUpError(f"no follow-up with id {', '.join(map(str, missing))}")
    return ids


def _check_day(day: dt.date, today: dt.date, what: str) -> None:
    if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
        raise FollowUpError(f"{what}: {day!r} is not a date")
    if day < today:
        raise FollowUpError(f"{what}: {day.isoformat()} is in the past; pick today or a later day")
    if (day - today).days > MAX_AHEAD_DAYS:
        raise FollowUpError(f"{what}: {day.isoformat()} is more than ten years ahead")


@dataclass(frozen=True)
class Completed:
    """What :func:`complete` did: the previous states (the next occurrences of repeating ones it made included, as
    :data:`ABSENT`), and the ids of interactions it logged."""

    previous: list[FollowUpState]
    interaction_ids: list[int]


def complete(
    ids: Iterable[int],
    *,
    clock: Clock = SYSTEM_CLOCK,
    log_kind: str | None = None,
    summary: str = "",
) -> Completed:
    """Mark follow-ups done; a repeating one's next occurrence is made (once). With ``log_kind``, also log that
    interaction with each one's contact (e.g. an ``email`` for a thank-you), which lets the rules react (a logged call
    restarts keep-in-touch…)."""
    ids = _existing(ids)
    now = clock.now()
    with database.atomic():
        previous = [s for s in snapshot(ids) if s.status != "done"]
        changing = [s.id for s in previous]
        logged: list[int] = []
        targets: list[tuple[int, str]] = []
        if log_kind:
            rows = FollowUp.select(FollowUp.contact, FollowUp.title).where(
                FollowUp.id.in_(changing), FollowUp.contact.is_null(False)
            )
            targets = list(rows.tuples())
        FollowUp.update(status="done", completed_at=now, updated_at=now).where(FollowUp.id.in_(changing)).execute()
        previous += _made(followup_series.make_next(changing, today=clock.today(), now=now), clock.today())
        if log_kind:
            # logging runs the follow-up rules: loaded with the first log, not with every window (issue 21)
            from app.core.contacts.interactions import log_interaction

            for contact_id, title in targets:
                text = summary or title
                logged.append(log_interaction(contact_id, log_kind, when=now, summary=text, clock=clock).interaction.id)
    return Completed(previous, logged)


def dismiss(ids: Iterable[int], *, clock: Clock = SYSTEM_CLOCK) -> list[FollowUpState]:
    """Let follow-ups go without doing them (kept as history; a rule never makes the same one again). For a
    repeating one this lets go of this occurrence only: the next is made (see :func:`let_go_series`)."""
    return _set_status(ids, "dismissed", closed=True, clock=clock, next_occurrence=True)


def let_go_series(ids: Iterable[int], *, clock: Clock = SYSTEM_CLOCK) -> list[FollowUpState]:
    """Let repeating follow-ups go for good: the open occurrence is dismissed and no next one is made (reopening
    it starts the series again)."""
    return _set_status(ids, "dismissed", closed=True, clock=clock)


def reopen(ids: Iterable[int], *, clock: Clock = SYSTEM_CLOCK) -> list[FollowUpState]:
    """Open done or dismissed follow-ups again."""
    return _set_status(ids, "open", closed=False, clock=clock)


def _set_status(
    ids: Iterable[int], status: str, *, closed: bool, clock: Clock, next_occurrence: bool = False
) -> list[FollowUpState]:
    """Give the follow-ups not yet in ``status`` that status (``closed``: completed now; else not completed), and with
    ``next_occurrence`` make the next occurrence of repeating ones. Returns the states before, for undo."""
    ids = _existing(ids)
    now = clock.now()
    with database.atomic():
        previous = [s for s in snapshot(ids) if s.status != status]
        changing = [s.id for s in previous]
        FollowUp.update(status=status, completed_at=now if closed else None, updated_at=now).where(
            FollowUp.id.in_(changing)
        ).execute()
        if next_occurrence:
            previous += _made(followup_series.make_next(changing, today=clock.today(), now=now), clock.today())
    return previous


def snooze(ids: Iterable[int], until: dt.date, *, clock: Clock = SYSTEM_CLOCK) -> list[FollowUpState]:
    """Show follow-ups again on ``until`` (today or later). Closed ones are reopened there: snoozing says "not
    yet", not "done"."""
    ids = _existing(ids)
    _check_day(until, clock.today(), "snooze")
    now = clock.now()
    with database.atomic():
        previous = snapshot(ids)
        FollowUp.update(due=until, snoozed_until=until, status="open", completed_at=None, updated_at=now).where(
            FollowUp.id.in_(ids)
        ).execute()
    return previous


def snooze_by(ids: Iterable[int], choice: str, *, clock: Clock = SYSTEM_CLOCK) -> list[FollowUpState]:
    """Snooze each follow-up by a :data:`SNOOZE_CHOICES` choice counted from the later of today and its own due day
    (see :func:`snooze_day`); closed ones are reopened, as :func:`snooze` does."""
    ids = _existing(ids)
    today = clock.today()
    snooze_day(choice, today)  # an unknown choice is refused before anything changes
    now = clock.now()
    with database.atomic():
        previous = snapshot(ids)
        by_day: dict[dt.date, list[int]] = {}
        for state in previous:
            by_day.setdefault(snooze_day(choice, today, state.due), []).append(state.id)
        for until, same in by_day.items():
            FollowUp.update(due=until, snoozed_until=until, status="open", completed_at=None, updated_at=now).where(
                FollowUp.id.in_(same)
            ).execute()
    return previous


def snooze_days(ids: Iterable[int], choice: str, *, clock: Clock = SYSTEM_CLOCK) -> set[dt.date]:
    """The days :func:`snooze_by` would move these follow-ups to (for the menu's labels)."""
    ids = list(ids)
    today = clock.today()
    dues = [due for (due,) in FollowUp.select(FollowUp.due).where(FollowUp.id.in_(ids[:500])).tuples()]
    return {snooze_day(choice, today, due) for due in dues} or {snooze_day(choice, today)}


def snooze_all_overdue(until: dt.date, *, clock: Clock = SYSTEM_CLOCK) -> list[FollowUpState]:
    """Snooze every overdue follow-up to ``until``: the "I'm back from holiday" button."""
    ids = overdue_ids(clock=clock)
    if not ids:
        return []
    return snooze(ids, until, clock=clock)


def reschedule(
    followup_id: int, day: dt.date, *, time: dt.time | object | None = KEEP_TIME, clock: Clock = SYSTEM_CLOCK
) -> list[FollowUpState]:
    """Move one follow-up to ``day`` (dragged on the calendar), and to ``time`` when given (None: no time, all
    day). Moving it back to the rule's own day clears the snooze mark, so the rules may move it again. Of a repeating
    follow-up only this occurrence moves."""
    ids = _existing([followup_id])
    _check_day(day, clock.today(), "reschedule")
    changes: dict = {}
    if time is not KEEP_TIME:
        if time is not None and (not isinstance(time, dt.time) or time.tzinfo is not None):
            raise FollowUpError(f"reschedule: {time!r} is not a time of day")
        changes["due_time"] = time.replace(second=0, microsecond=0) if isinstance(time, dt.time) else None
    with database.atomic():
        previous = snapshot(ids)
        original = FollowUp.select(FollowUp.original_due).where(FollowUp.id == followup_id).scalar()
        FollowUp.update(
            due=day, snoozed_until=None if day == original else day, updated_at=clock.now(), **changes
        ).where(FollowUp.id == followup_id).execute()
    return previous


def create(
    title: str,
    due: dt.date,
    *,
    contact_id: int | None = None,
    kind: str = "custom",
    notes: str = "",
    due_time: dt.time | None = None,
    repeat: str | None = None,
    uid: str | None = None,
    clock: Clock = SYSTEM_CLOCK,
) -> FollowUp:
    """A follow-up the user asks for ("remind me in N days"). Not a rule's. With ``repeat`` (an RRULE value, RFC
    5545) it is the first occurrence of a series: on ``due``, or on the rule's first day after it when ``due`` is not
    one of its days (every Monday, asked for on a Wednesday: the Monday after). ``uid`` keeps the calendar UID of a
    redo."""
    title = " ".join((title or "").replace("\x00", "").split())[:MAX_TITLE]
    if not title:
        raise FollowUpError("a follow-up needs a title")
    if kind not in FOLLOWUP_KINDS:
        raise FollowUpError(f"unknown kind {kind!r}")
    _check_day(due, clock.today(), "due")
    if due_time is not None and not isinstance(due_time, dt.time):
        raise FollowUpError(f"{due_time!r} is not a time of day")
    if contact_id is not None and not Contact.select().where(Contact.id == contact_id).exists():
        raise FollowUpError(f"no contact with id {contact_id}")
    rule_key = None
    uid = uid or new_uid()
    if repeat:
        try:
            repeat = recurrence.normalise(repeat, due)
        except recurrence.RecurrenceError as exc:
            raise FollowUpError(f"repeat: {exc}") from None
        due = recurrence.first_on_or_after(repeat, due, due) or due
        _check_day(due, clock.today(), "due")
        rule_key = followup_series.key(uid, due)
    now = clock.now()
    with database.atomic():
        return FollowUp.create(
            uid=uid,
            contact=contact_id,
            title=title,
            kind=kind,
            due=due,
            due_time=due_time.replace(second=0, microsecond=0) if due_time else None,
            original_due=due,
            status="open",
            rule_key=rule_key,
            recurrence=repeat or None,
            notes=(notes or "").replace("\x00", ""),
            created_at=now,
            updated_at=now,
        )


def delete(ids: Iterable[int]) -> int:
    """Delete follow-ups for good (the user's own; rule ones are better dismissed)."""
    ids = list(ids)
    with database.atomic():
        return FollowUp.delete().where(FollowUp.id.in_(ids)).execute()
