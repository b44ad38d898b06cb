"""Interviews in the ICS export: events at their time, with their own UID, read back by icalendar."""

import io

import icalendar

from app.core.formats.exporters.ics import export_ics
from app.core.opportunities import interviews as interview_writes
from app.core.opportunities.interviews import InterviewData
from tests.unit.core.opportunities.helpers import at, opportunity, person


def test_interviews_are_exported_as_events_with_their_time_place_and_people(db, clock):
    ada = person(clock)
    opp = opportunity(clock, "Fabrikam", "Planner", stage="applied")
    scheduled = interview_writes.add_interview(
        opp.id,
        InterviewData(at("2026-03-19T14:00"), duration_minutes=90, format="onsite", location="Fabrikam HQ"),
        [ada.id],
        clock=clock,
    )
    interview_writes.add_interview(opp.id, InterviewData(at("2026-01-05T09:00")), [], clock=clock)  # too long ago
    out = io.StringIO()
    export_ics(out, clock=clock)
    calendar = icalendar.Calendar.from_ical(out.getvalue())
    interviews = [e for e in calendar.walk("VEVENT") if "Interview" in [str(c) for c in e["categories"].cats]]
    assert len(interviews) == 1
    event = interviews[0]
    assert str(event["uid"]) == scheduled.uid
    assert str(event["summary"]) == "Interview: Planner at Fabrikam (round 1)"
    assert event.decoded("dtstart").isoformat() == "2026-03-19T14:00:00"
    assert event.decoded("dtend").isoformat() == "2026-03-19T15:30:00"
    assert str(event["location"]) == "Fabrikam HQ"
    assert "Interviewers: Ada Okafor" in str(event["description"])
    assert event.walk("VALARM")


def test_the_todo_variant_holds_follow_ups_only(db, clock):
    opp = opportunity(clock, stage="applied")
    interview_writes.add_interview(opp.id, InterviewData(at("2026-03-19T14:00")), [], clock=clock)
    out = io.StringIO()
    export_ics(out, todo=True, clock=clock)
    calendar = icalendar.Calendar.from_ical(out.getvalue())
    assert not list(calendar.walk("VEVENT"))
    assert any("Prepare for the Northwind interview" in str(t["summary"]) for t in calendar.walk("VTODO"))
