"""Interviews of an opportunity: schedule (or log) a round with its interviewers, change it, delete it and put it back.

Every function is one transaction, takes the clock, validates before writing (:class:`~.service.OpportunityError`
names the field) and lets the follow-up rules react. Scheduling an interview for an opportunity not yet at
"interviewing" moves it there (on the day it was scheduled, or the interview's day when that is earlier), as part of
the same change; the :class:`~.service.Move` is returned so that undo takes both back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.opportunities import rules
from app.core.opportunities.service import (
    MAX_INTERVIEWS,
    MAX_NOTES,
    MAX_SHORT,
    Move,
    OpportunityError,
    _get,
    _text,
    redo_move,
    undo_move,
)
from app.core.translated import QT_TRANSLATE_NOOP, said
from app.db import database
from app.models import INTERVIEW_FORMATS, Contact, Interview, Opportunity, OpportunityContact, OpportunityStage


@dataclass
class InterviewData:
    """One round of interviews. ``round`` None: the next number."""

    starts_at: dt.datetime
    round: int | None = None
    duration_minutes: int = 60
    format: str = "video"
    location: str = ""
    notes: str = ""


@dataclass
class InterviewSnapshot:
    """A deleted interview with its interviewers (and the stage move scheduling it made, if any)."""

    row: dict[str, Any]
    people: list[dict[str, Any]] = field(default_factory=list)


# --- writes ------------------------------------------------------------------------------------------------------
def check_interview(data: InterviewData) -> InterviewData:
    if not isinstance(data.starts_at, dt.datetime):
        raise OpportunityError("starts_at", f"{data.starts_at!r} is not a date and time")
    if data.format not in INTERVIEW_FORMATS:
        raise OpportunityError("format", f"{data.format!r} is not one of {', '.join(INTERVIEW_FORMATS)}")
    if not 5 <= int(data.duration_minutes) <= 24 * 60:
        raise OpportunityError(
            "duration_minutes",
            said(
                "OpportunityProblem", QT_TRANSLATE_NOOP("OpportunityProblem", "an interview lasts 5 minutes to a day")
            ),
        )
    if data.round is not None and not 1 <= int(data.round) <= MAX_INTERVIEWS:
        raise OpportunityError(
            "round",
            said(
                "OpportunityProblem",
                QT_TRANSLATE_NOOP("OpportunityProblem", "a round is 1–{most}"),
                most=MAX_INTERVIEWS,
            ),
        )
    return InterviewData(
        starts_at=data.starts_at.replace(second=0, microsecond=0, tzinfo=None),
        round=data.round,
        duration_minutes=int(data.duration_minutes),
        format=data.format,
        location=_text(data.location, MAX_SHORT, "location"),
        notes=_text(data.notes, MAX_NOTES, "notes", one_line=False),
    )


@dataclass(frozen=True)
class ScheduledInterview:
    """An interview added, and the move to "interviewing" it made (None if none)."""

    interview_id: int
    uid: str
    move: Move | None


def add_interview(
    opportunity_id: int,
    data: InterviewData,
    interviewers: Sequence[int] = (),
    *,
    clock: Clock = SYSTEM_CLOCK,
    interview_id: int | None = None,
    uid: str | None = None,
    move_again: Move | None = None,
) -> ScheduledInterview:
    """Schedule (or log) a round of interviews with ``interviewers`` (contact ids). Redo passes the ids it had and
    the move to "interviewing" it made (``move_again``), made again first in the same transaction."""
    data = check_interview(data)
    today, now = clock.today(), clock.now()
    with database.atomic():
        if move_again is not None:
            redo_move(move_again, clock=clock)
        row = _get(opportunity_id)
        count = Interview.select().where(Interview.opportunity == opportunity_id).count()
        if count >= MAX_INTERVIEWS:
            raise OpportunityError(
                "round",
                said(
                    "OpportunityProblem",
                    QT_TRANSLATE_NOOP("OpportunityProblem", "at most {most} interviews"),
                    most=MAX_INTERVIEWS,
                ),
            )
        extra: dict[str, Any] = {"id": interview_id} if interview_id is not None else {}
        if uid:
            extra["uid"] = uid
        interview = Interview.create(
            **extra,
            opportunity=opportunity_id,
            round=data.round or count + 1,
            starts_at=data.starts_at,
            duration_minutes=data.duration_minutes,
            format=data.format,
            location=data.location,
            notes=data.notes,
            created_at=now,
        )
        _set_interviewers(opportunity_id, interview.id, interviewers, now)
        moved = None
        if row.stage in ("interested", "applied", "screening"):
            day = max(row.stage_since, min(today, data.starts_at.date()))
            history = OpportunityStage.create(
                opportunity=opportunity_id, stage="interviewing", day=day, note="interview scheduled", created_at=now
            )
            Opportunity.update(stage="interviewing", stage_since=day, updated_at=now).where(
                Opportunity.id == opportunity_id
            ).execute()
            moved = Move(opportunity_id, history.id, "interviewing", day, row.stage, row.stage_since)
        else:
            Opportunity.update(updated_at=now).where(Opportunity.id == opportunity_id).execute()
        rules.sync([opportunity_id], clock=clock)
    return ScheduledInterview(interview.id, interview.uid, moved)


def _set_interviewers(opportunity_id: int, interview_id: int, contact_ids: Sequence[int], now: dt.datetime) -> None:
    wanted = list(dict.fromkeys(contact_ids))
    live = {c for (c,) in Contact.select(Contact.id).where(Contact.id.in_(wanted or [0])).tuples()}
    missing = [c for c in wanted if c not in live]
    if missing:
        raise OpportunityError("interviewers", f"no contact with id {missing[0]}")
    OpportunityContact.delete().where(
        OpportunityContact.interview == interview_id, OpportunityContact.role == "interviewer"
    ).execute()
    rows = [
        {
            "opportunity": opportunity_id,
            "contact": c,
            "role": "interviewer",
            "interview": interview_id,
            "note": "",
            "created_at": now,
        }
        for c in wanted
    ]
    if rows:
        OpportunityContact.insert_many(rows).execute()


def interviewers_of(interview_id: int) -> list[int]:
    query = OpportunityContact.select(OpportunityContact.contact).where(
        OpportunityContact.interview == interview_id, OpportunityContact.role == "interviewer"
    )
    return [c for (c,) in query.order_by(OpportunityContact.id).tuples()]


def interview_data(interview_id: int) -> InterviewData:
    row = Interview.get_by_id(interview_id)
    return InterviewData(row.starts_at, row.round, row.duration_minutes, row.format, row.location, row.notes)


def update_interview(
    interview_id: int, data: InterviewData, interviewers: Sequence[int], *, clock: Clock = SYSTEM_CLOCK
) -> tuple[InterviewData, list[int]]:
    """Change an interview and its interviewers; returns what they were (for undo)."""
    data = check_interview(data)
    now = clock.now()
    with database.atomic():
        row = Interview.get_or_none(Interview.id == interview_id)
        if row is None:
            raise OpportunityError("id", f"no interview with id {interview_id}")
        before = (interview_data(interview_id), interviewers_of(interview_id))
        Interview.update(
            round=data.round or row.round,
            starts_at=data.starts_at,
            duration_minutes=data.duration_minutes,
            format=data.format,
            location=data.location,
            notes=data.notes,
        ).where(Interview.id == interview_id).execute()
        _set_interviewers(row.opportunity_id, interview_id, interviewers, now)
        Opportunity.update(updated_at=now).where(Opportunity.id == row.opportunity_id).execute()
        rules.sync([row.opportunity_id], clock=clock)
    return before


def delete_interview(
    interview_id: int, *, clock: Clock = SYSTEM_CLOCK, take_back: Move | None = None
) -> InterviewSnapshot:
    """Delete an interview (snapshot for undo); ``take_back``: the move its scheduling made, undone in the same
    transaction (undo of scheduling)."""
    with database.atomic():
        row = Interview.get_or_none(Interview.id == interview_id)
        if row is None:
            raise OpportunityError("id", f"no interview with id {interview_id}")
        snapshot = InterviewSnapshot(
            dict(row.__data__),
            [dict(p.__data__) for p in OpportunityContact.select().where(OpportunityContact.interview == interview_id)],
        )
        OpportunityContact.delete().where(
            OpportunityContact.interview == interview_id, OpportunityContact.role == "interviewer"
        ).execute()
        row.delete_instance()
        rules.sync([snapshot.row["opportunity"]], clock=clock)
        if take_back is not None:
            undo_move(take_back, clock=clock)
    return snapshot


def restore_interview(snapshot: InterviewSnapshot, *, clock: Clock = SYSTEM_CLOCK) -> None:
    with database.atomic():
        Interview.insert(snapshot.row).execute()
        ids = {p["id"] for p in snapshot.people}
        OpportunityContact.delete().where(OpportunityContact.id.in_(ids or [0])).execute()
        live = {c for (c,) in Contact.select(Contact.id).tuples()} if snapshot.people else set()
        people = [p for p in snapshot.people if p["contact"] in live]
        if people:
            OpportunityContact.insert_many(people).execute()
        rules.sync([snapshot.row["opportunity"]], clock=clock)
