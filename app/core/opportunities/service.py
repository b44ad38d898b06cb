"""Writing opportunities: the one write path for opportunities, their people and stage moves (interviews:
:mod:`.interviews`; deleting and putting back: :mod:`.deletion`).

Every function is one transaction, takes the clock, validates before writing (:class:`OpportunityError` names the
field and writes nothing) and lets the follow-up rules react (:func:`app.core.opportunities.rules.sync`). What a
change replaced is returned, so the UI can undo it: :class:`Move` for a stage move, the previous
:class:`OpportunityData` or people for an edit. Every write changes the opportunities and, through the rules, the
follow-ups: :data:`CHANGES`, which the UI publishes.

Decisions where the issue is silent:
- A move happens on a day: today by default, never in the future, and never before the day the opportunity reached
  its current stage (so the time spent in each stage is never negative). Moving to the stage it is at changes
  nothing (:func:`move` returns None).
- The company is a name: found in the company list (ignoring case) or added to it; ``make_target`` also puts it on
  the target list.
- An interviewer added without naming the round is linked to the latest round that has taken place (else the next
  one), so the thank-you rule knows which day to thank them on.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlparse

from app.core.changes import Changes
from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.contacts.service import company_for_name
from app.core.opportunities import rules
from app.core.translated import QT_TRANSLATE_NOOP, said
from app.db import database
from app.errors import RapportError
from app.models import (
    OPPORTUNITY_ROLES,
    OPPORTUNITY_SOURCES,
    OPPORTUNITY_STAGES,
    Company,
    Contact,
    Interview,
    Opportunity,
    OpportunityContact,
    OpportunityStage,
)

MAX_ROLE = 300
MAX_COMPANY = 300
MAX_URL = 2_000
MAX_SHORT = 2_000
MAX_NOTES = 100_000
MAX_PEOPLE = 200
MAX_INTERVIEWS = 50
CHANGES = Changes.of("opportunities", "followups")  # what every write of an opportunity changes


def _said(template: str, **params) -> str:
    """A refusal in English that the window says in its language (app.core.translated.shown)."""
    return said("OpportunityProblem", template, **params)


class OpportunityError(RapportError, ValueError):
    """A change was refused; ``field`` names what to fix. Nothing was written."""

    def __init__(self, field_name: str, reason: str):
        super().__init__(f"{field_name}: {reason}")
        self.field = field_name
        self.reason = reason


@dataclass
class OpportunityData:
    """What the opportunity form edits. ``company`` is a name (found or added in the company list)."""

    company: str
    role: str
    posting_url: str = ""
    location: str = ""
    source: str = "cold"
    salary_notes: str = ""
    notes: str = ""

    @classmethod
    def of(cls, row: Opportunity) -> OpportunityData:
        return cls(
            row.company.name,
            row.role,
            row.posting_url,
            row.location,
            row.source,
            row.salary_notes,
            row.notes,
        )


@dataclass(frozen=True)
class Person:
    """A contact in a role on an opportunity (an interviewer may name the interview round)."""

    contact_id: int
    role: str
    interview_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class Move:
    """A stage move, with what it replaced (for undo)."""

    opportunity_id: int
    history_id: int
    stage: str
    day: dt.date
    before_stage: str
    before_since: dt.date


# --- validation --------------------------------------------------------------------------------------------------
def _text(value: str | None, limit: int, name: str, *, one_line: bool = True) -> str:
    text = (value or "").replace("\x00", "")
    text = " ".join(text.split()) if one_line else text.strip()
    if len(text) > limit:
        raise OpportunityError(
            name, _said(QT_TRANSLATE_NOOP("OpportunityProblem", "at most {limit} characters"), limit=f"{limit:,}")
        )
    return text


def _url(value: str) -> str:
    url = _text(value, MAX_URL, "posting_url")
    if not url:
        return ""
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", url):
        if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:(?!\d)", url):  # mailto:, javascript:… (not host:port)
            raise OpportunityError(
                "posting_url",
                _said(
                    QT_TRANSLATE_NOOP("OpportunityProblem", "{value!r} is not a web address (https://…)"), value=value
                ),
            )
        url = f"https://{url}"
    parts = urlparse(url)
    try:
        ok = parts.scheme.lower() in ("http", "https") and bool(parts.hostname) and parts.port != 0
    except ValueError:
        ok = False
    if not ok or " " in url:
        raise OpportunityError(
            "posting_url",
            _said(QT_TRANSLATE_NOOP("OpportunityProblem", "{value!r} is not a web address (https://…)"), value=value),
        )
    return url


def validate(data: OpportunityData) -> OpportunityData:
    """A cleaned copy of ``data`` or :class:`OpportunityError` naming the first bad field."""
    company = _text(data.company, MAX_COMPANY, "company")
    if not company:
        raise OpportunityError("company", _said(QT_TRANSLATE_NOOP("OpportunityProblem", "which company is it at?")))
    role = _text(data.role, MAX_ROLE, "role")
    if not role:
        raise OpportunityError(
            "role", _said(QT_TRANSLATE_NOOP("OpportunityProblem", "what is the role, such as “Operations lead”?"))
        )
    if data.source not in OPPORTUNITY_SOURCES:
        raise OpportunityError("source", f"{data.source!r} is not one of {', '.join(OPPORTUNITY_SOURCES)}")
    return OpportunityData(
        company=company,
        role=role,
        posting_url=_url(data.posting_url),
        location=_text(data.location, MAX_ROLE, "location"),
        source=data.source,
        salary_notes=_text(data.salary_notes, MAX_SHORT, "salary_notes", one_line=False),
        notes=_text(data.notes, MAX_NOTES, "notes", one_line=False),
    )


def check_stage(stage: str) -> str:
    if stage not in OPPORTUNITY_STAGES:
        raise OpportunityError("stage", f"{stage!r} is not one of {', '.join(OPPORTUNITY_STAGES)}")
    return stage


def _check_day(day: dt.date, today: dt.date, *, not_before: dt.date | None = None) -> dt.date:
    if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
        raise OpportunityError("date", f"{day!r} is not a date")
    if day > today:
        raise OpportunityError(
            "date",
            _said(
                QT_TRANSLATE_NOOP("OpportunityProblem", "{day} is in the future; a move is dated the day it happened"),
                day=day.isoformat(),
            ),
        )
    if not_before is not None and day < not_before:
        raise OpportunityError(
            "date",
            _said(
                QT_TRANSLATE_NOOP("OpportunityProblem", "{day} is before {first}, when it got here"),
                day=day.isoformat(),
                first=not_before.isoformat(),
            ),
        )
    if day.year < 1970:
        raise OpportunityError(
            "date", _said(QT_TRANSLATE_NOOP("OpportunityProblem", "{day} is too long ago"), day=day.isoformat())
        )
    return day


def _check_people(people: Sequence[Person], opportunity_id: int | None) -> list[Person]:
    if len(people) > MAX_PEOPLE:
        raise OpportunityError(
            "people", _said(QT_TRANSLATE_NOOP("OpportunityProblem", "at most {most} people"), most=MAX_PEOPLE)
        )
    seen: set[tuple[int, str, int | None]] = set()
    out = []
    live = {
        c for (c,) in Contact.select(Contact.id).where(Contact.id.in_([p.contact_id for p in people] or [0])).tuples()
    }
    interviews = set()
    if opportunity_id is not None:
        interviews = {
            i for (i,) in Interview.select(Interview.id).where(Interview.opportunity == opportunity_id).tuples()
        }
    for person in people:
        if person.role not in OPPORTUNITY_ROLES:
            raise OpportunityError("role", f"{person.role!r} is not one of {', '.join(OPPORTUNITY_ROLES)}")
        if person.contact_id not in live:
            raise OpportunityError("people", f"no contact with id {person.contact_id}")
        interview = person.interview_id if person.interview_id in interviews else None
        key = (person.contact_id, person.role, interview)
        if key in seen:
            continue
        seen.add(key)
        out.append(replace(person, interview_id=interview, note=_text(person.note, MAX_SHORT, "note")))
    return out


def _get(opportunity_id: int) -> Opportunity:
    row = Opportunity.get_or_none(Opportunity.id == opportunity_id)
    if row is None:
        raise OpportunityError("id", f"no opportunity with id {opportunity_id}")
    return row


def _company(name: str, make_target: bool, now: dt.datetime) -> Company:
    company = company_for_name(name)
    if make_target and not company.is_target:
        Company.update(is_target=True, updated_at=now).where(Company.id == company.id).execute()
    return company


# --- create and edit ---------------------------------------------------------------------------------------------
def create_opportunity(
    data: OpportunityData,
    *,
    stage: str = "interested",
    day: dt.date | None = None,
    people: Sequence[Person] = (),
    make_target: bool = False,
    clock: Clock = SYSTEM_CLOCK,
    opportunity_id: int | None = None,
    uid: str | None = None,
) -> Opportunity:
    """A new opportunity at ``stage`` since ``day`` (default today), with ``people``. ``opportunity_id`` and
    ``uid`` create it again exactly where it was (redo after an undo)."""
    data = validate(data)
    check_stage(stage)
    today, now = clock.today(), clock.now()
    day = _check_day(day or today, today)
    with database.atomic():
        people = _check_people(list(people), None)
        company = _company(data.company, make_target, now)
        extra: dict[str, Any] = {"id": opportunity_id} if opportunity_id is not None else {}
        if uid:
            extra["uid"] = uid
        row = Opportunity.create(
            **extra,
            company=company.id,
            role=data.role,
            posting_url=data.posting_url,
            location=data.location,
            source=data.source,
            stage=stage,
            stage_since=day,
            salary_notes=data.salary_notes,
            notes=data.notes,
            created_at=now,
            updated_at=now,
        )
        OpportunityStage.create(opportunity=row.id, stage=stage, day=day, created_at=now)
        _write_people(row.id, people, now)
        rules.sync([row.id], clock=clock)
    return row


def update_opportunity(
    opportunity_id: int, data: OpportunityData, *, make_target: bool = False, clock: Clock = SYSTEM_CLOCK
) -> OpportunityData:
    """Store the form's fields; returns what they were (for undo)."""
    data = validate(data)
    now = clock.now()
    with database.atomic():
        row = _get(opportunity_id)
        before = OpportunityData.of(row)
        company = _company(data.company, make_target, now)
        Opportunity.update(
            company=company.id,
            role=data.role,
            posting_url=data.posting_url,
            location=data.location,
            source=data.source,
            salary_notes=data.salary_notes,
            notes=data.notes,
            updated_at=now,
        ).where(Opportunity.id == opportunity_id).execute()
        rules.sync([opportunity_id], clock=clock)
    return before


def edit_opportunity(
    opportunity_id: int,
    data: OpportunityData,
    people: Sequence[Person],
    *,
    make_target: bool = False,
    clock: Clock = SYSTEM_CLOCK,
) -> tuple[OpportunityData, list[Person]]:
    """The edit form's save: the fields and the people in one transaction (a refused person leaves the fields as
    they were). Returns both as they were, for undo."""
    with database.atomic():
        before = update_opportunity(opportunity_id, data, make_target=make_target, clock=clock)
        return before, set_people(opportunity_id, people, clock=clock)


def set_notes(opportunity_id: int, notes: str, *, clock: Clock = SYSTEM_CLOCK) -> str:
    """Replace the notes alone (typed in the detail pane); returns the previous notes."""
    notes = _text(notes, MAX_NOTES, "notes", one_line=False)
    with database.atomic():
        row = _get(opportunity_id)
        before = row.notes
        Opportunity.update(notes=notes, updated_at=clock.now()).where(Opportunity.id == opportunity_id).execute()
    return before


# --- people ------------------------------------------------------------------------------------------------------
def people_of(opportunity_id: int) -> list[Person]:
    query = (
        OpportunityContact.select(
            OpportunityContact.contact, OpportunityContact.role, OpportunityContact.interview, OpportunityContact.note
        )
        .where(OpportunityContact.opportunity == opportunity_id)
        .order_by(OpportunityContact.id)
        .tuples()
    )
    return [Person(c, r, i, n) for c, r, i, n in query]


def _latest_round(opportunity_id: int, now: dt.datetime) -> int | None:
    past = (
        Interview.select(Interview.id)
        .where(Interview.opportunity == opportunity_id, Interview.starts_at <= now)
        .order_by(Interview.starts_at.desc())
        .scalar()
    )
    if past is not None:
        return past
    return (
        Interview.select(Interview.id)
        .where(Interview.opportunity == opportunity_id)
        .order_by(Interview.starts_at)
        .scalar()
    )


def _write_people(opportunity_id: int, people: Iterable[Person], now: dt.datetime) -> None:
    rows = []
    latest = None
    for person in people:
        interview = person.interview_id
        if person.role == "interviewer" and interview is None:
            latest = latest if latest is not None else _latest_round(opportunity_id, now)
            interview = latest
        rows.append(
            {
                "opportunity": opportunity_id,
                "contact": person.contact_id,
                "role": person.role,
                "interview": interview,
                "note": person.note,
                "created_at": now,
            }
        )
    if rows:
        OpportunityContact.insert_many(rows).execute()


def set_people(opportunity_id: int, people: Sequence[Person], *, clock: Clock = SYSTEM_CLOCK) -> list[Person]:
    """Make the opportunity's people exactly ``people``; returns who they were (for undo)."""
    now = clock.now()
    with database.atomic():
        _get(opportunity_id)
        people = _check_people(list(people), opportunity_id)
        before = people_of(opportunity_id)
        OpportunityContact.delete().where(OpportunityContact.opportunity == opportunity_id).execute()
        _write_people(opportunity_id, people, now)
        Opportunity.update(updated_at=now).where(Opportunity.id == opportunity_id).execute()
        rules.sync([opportunity_id], clock=clock)
    return before


def add_person(opportunity_id: int, person: Person, *, clock: Clock = SYSTEM_CLOCK) -> list[Person]:
    """Add one person in a role (kept once); returns the people before (for undo)."""
    return set_people(opportunity_id, [*people_of(opportunity_id), person], clock=clock)


# --- stages ------------------------------------------------------------------------------------------------------
def move(
    opportunity_id: int,
    stage: str,
    *,
    day: dt.date | None = None,
    note: str = "",
    clock: Clock = SYSTEM_CLOCK,
) -> Move | None:
    """Move the opportunity to ``stage`` on ``day`` (default today) and log the move. None when it is at that
    stage already (nothing written)."""
    check_stage(stage)
    today, now = clock.today(), clock.now()
    note = _text(note, MAX_SHORT, "note")
    with database.atomic():
        row = _get(opportunity_id)
        if row.stage == stage:
            return None
        day = _check_day(day or today, today, not_before=row.stage_since)
        history = OpportunityStage.create(opportunity=opportunity_id, stage=stage, day=day, note=note, created_at=now)
        Opportunity.update(stage=stage, stage_since=day, updated_at=now).where(
            Opportunity.id == opportunity_id
        ).execute()
        rules.sync([opportunity_id], clock=clock)
    return Move(opportunity_id, history.id, stage, day, row.stage, row.stage_since)


def move_many(ids: Sequence[int], stage: str, *, day: dt.date | None = None, clock: Clock = SYSTEM_CLOCK) -> list[Move]:
    """Move several opportunities to ``stage`` on ``day`` (a drop of selected cards, the menu): all or none, in one
    transaction. Returns the moves made (those already at the stage are left out)."""
    with database.atomic():
        moves = [move(i, stage, day=day, clock=clock) for i in ids]
    return [m for m in moves if m is not None]


def undo_move(done: Move, *, clock: Clock = SYSTEM_CLOCK) -> None:
    """Take a move back: its history entry goes, the stage and its day are what they were."""
    with database.atomic():
        OpportunityStage.delete().where(OpportunityStage.id == done.history_id).execute()
        Opportunity.update(stage=done.before_stage, stage_since=done.before_since, updated_at=clock.now()).where(
            Opportunity.id == done.opportunity_id
        ).execute()
        rules.sync([done.opportunity_id], clock=clock)


def redo_move(done: Move, *, clock: Clock = SYSTEM_CLOCK) -> Move:
    """Make a move taken back again, on its own day and with the same history id."""
    with database.atomic():
        OpportunityStage.insert(
            id=done.history_id, opportunity=done.opportunity_id, stage=done.stage, day=done.day, created_at=clock.now()
        ).execute()
        Opportunity.update(stage=done.stage, stage_since=done.day, updated_at=clock.now()).where(
            Opportunity.id == done.opportunity_id
        ).execute()
        rules.sync([done.opportunity_id], clock=clock)
    return done


def undo_moves(done: Sequence[Move], *, clock: Clock = SYSTEM_CLOCK) -> None:
    """Take back several moves (:func:`move_many`'s), the last first, in one transaction."""
    with database.atomic():
        for move_done in reversed(done):
            undo_move(move_done, clock=clock)


def redo_moves(done: Sequence[Move], *, clock: Clock = SYSTEM_CLOCK) -> None:
    """Make several moves taken back again, in one transaction."""
    with database.atomic():
        for move_done in done:
            redo_move(move_done, clock=clock)


def edit_history_day(history_id: int, day: dt.date, *, clock: Clock = SYSTEM_CLOCK) -> dt.date:
    """Correct the day of a logged move (it stays between the moves before and after it); returns the old day."""
    today = clock.today()
    with database.atomic():
        row = OpportunityStage.get_or_none(OpportunityStage.id == history_id)
        if row is None:
            raise OpportunityError("id", f"no stage move with id {history_id}")
        entries = list(
            OpportunityStage.select()
            .where(OpportunityStage.opportunity == row.opportunity_id)
            .order_by(OpportunityStage.day, OpportunityStage.id)
        )
        index = next(i for i, e in enumerate(entries) if e.id == history_id)
        low = entries[index - 1].day if index > 0 else None
        high = entries[index + 1].day if index + 1 < len(entries) else today
        day = _check_day(day, today, not_before=low)
        if day > high:
            raise OpportunityError(
                "date",
                _said(
                    QT_TRANSLATE_NOOP("OpportunityProblem", "{day} is after the next move ({next})"),
                    day=day.isoformat(),
                    next=high.isoformat(),
                ),
            )
        before = row.day
        OpportunityStage.update(day=day).where(OpportunityStage.id == history_id).execute()
        if index == len(entries) - 1:
            Opportunity.update(stage_since=day, updated_at=clock.now()).where(
                Opportunity.id == row.opportunity_id
            ).execute()
        rules.sync([row.opportunity_id], clock=clock)
    return before
