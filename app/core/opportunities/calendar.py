"""Interviews in the ICS export (issue 22): each round an event at its time, for as long as it lasts, busy, with a
reminder 15 minutes before, under the interview's own UID (a newer export updates the same event).

Exported: the interviews of the last :data:`PAST_DAYS` days and every one ahead, of opportunities still open and
of closed ones alike (the calendar keeps what happened). :mod:`app.core.formats.exporters.ics` adds them to its events.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.opportunities.labels import FORMAT_LABELS, stage_label
from app.models import Company, Contact, Interview, Opportunity, OpportunityContact

if TYPE_CHECKING:
    from icalendar import Event

PAST_DAYS = 30
REMINDER = dt.timedelta(minutes=-15)


def interview_rows(*, clock: Clock = SYSTEM_CLOCK) -> list[dict]:
    """The interviews to export, earliest first, with what an event says about them."""
    since = dt.datetime.combine(clock.today() - dt.timedelta(days=PAST_DAYS), dt.time())
    query = (
        Interview.select(Interview, Opportunity.role, Opportunity.stage, Company.name.alias("company_name"))
        .join(Opportunity, on=(Interview.opportunity == Opportunity.id))
        .join(Company, on=(Opportunity.company == Company.id))
        .where(Interview.starts_at >= since)
        .order_by(Interview.starts_at, Interview.id)
    )
    rows = list(query.objects())
    names: dict[int, list[str]] = {}
    if rows:
        people = (
            OpportunityContact.select(OpportunityContact.interview, Contact.display_name)
            .join(Contact, on=(OpportunityContact.contact == Contact.id))
            .where(OpportunityContact.interview.in_([r.id for r in rows]), Contact.deleted_at.is_null())
            .order_by(OpportunityContact.id)
        )
        for interview_id, name in people.tuples():
            names.setdefault(interview_id, []).append(name)
    return [
        {
            "uid": r.uid,
            "title": f"Interview: {r.role} at {r.company_name} (round {r.round})",
            "start": r.starts_at,
            "end": r.starts_at + dt.timedelta(minutes=r.duration_minutes),
            "location": r.location,
            "company": r.company_name,
            "role": r.role,
            "stage": r.stage,
            "format": r.format,
            "interviewers": names.get(r.id, []),
            "notes": r.notes,
        }
        for r in rows
    ]


def interview_events(stamp: dt.datetime, *, clock: Clock = SYSTEM_CLOCK) -> list[Event]:
    from icalendar import Alarm, Event

    events = []
    for row in interview_rows(clock=clock):
        event = Event()
        event.add("uid", row["uid"])
        event.add("dtstamp", stamp)
        event.add("summary", row["title"])
        lines = [
            f"Company: {row['company']}",
            f"Role: {row['role']} ({stage_label(row['stage']).lower()})",
            f"Format: {FORMAT_LABELS.get(row['format'], row['format'])}",
        ]
        if row["interviewers"]:
            lines.append(f"Interviewers: {', '.join(row['interviewers'])}")
        if row["notes"]:
            lines += ["", row["notes"]]
        event.add("description", "\n".join(lines))
        event.add("categories", ["Interview"])
        event.add("dtstart", row["start"])  # floating local time, as the app stores it
        event.add("dtend", row["end"])
        if row["location"]:
            event.add("location", row["location"])
        event.add("transp", "OPAQUE")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", row["title"])
        alarm.add("trigger", REMINDER)
        event.add_component(alarm)
        events.append(event)
    return events
