"""The ICS export read back with icalendar: follow-ups as events, planned meetings with DTSTART/DTEND, repeating
follow-ups as one event with its RRULE (and an occurrence moved off its day as an event of its own)."""

import datetime as dt
import io

import icalendar
import pytest

from app.core.contacts.contact_data import ContactData
from app.core.contacts.interactions import log_interaction
from app.core.contacts.service import create_contact
from app.core.followups import service as followups
from app.core.followups import writes as followup_writes
from app.core.formats.exporters import ics

D = dt.date
T = dt.datetime


@pytest.fixture
def astrid(db, clock):
    return create_contact(ContactData(given_name="Astrid", family_name="Lindqvist"), clock=clock)


def export(clock, **kwargs) -> tuple[int, icalendar.Calendar]:
    out = io.StringIO()
    count = ics.export_ics(out, clock=clock, **kwargs)
    return count, icalendar.Calendar.from_ical(out.getvalue().encode())


def events(cal, kind="VEVENT"):
    return {str(c["uid"]): c for c in cal.walk(kind)}


def test_planned_meetings_are_events_with_a_start_an_end_and_a_reminder(astrid, clock):
    coffee = log_interaction(astrid.id, "coffee", when=T(2026, 3, 17, 9, 30), summary="Logistics", clock=clock)
    lunch = log_interaction(astrid.id, "lunch", when=T(2026, 3, 20, 12, 0), clock=clock)
    log_interaction(astrid.id, "call", when=T(2026, 3, 16, 8, 0), clock=clock)  # over already: not exported
    count, cal = export(clock)
    found = events(cal)
    event = found[coffee.interaction.uid]
    assert event.decoded("dtstart") == T(2026, 3, 17, 9, 30)  # floating local time, as the app stores it
    assert event.decoded("dtend") == T(2026, 3, 17, 10, 15)  # a coffee: 45 minutes
    assert str(event["summary"]) == "Coffee with Astrid Lindqvist: Logistics"
    assert str(event["transp"]) == "OPAQUE"
    assert [a.decoded("trigger") for a in event.walk("VALARM")] == [dt.timedelta(minutes=-15)]
    assert found[lunch.interaction.uid].decoded("dtend") - found[lunch.interaction.uid].decoded("dtstart") == (
        dt.timedelta(hours=1)
    )
    meetings = [e for e in found.values() if "Meeting" in str(e.get("categories").to_ical())]
    assert len(meetings) == 2 and count == len(found)  # the thank-yous the meetings made are there too
    # Filtered to follow-up kinds only, or as to-dos: no meetings.
    assert not [u for u in events(export(clock, kinds=["thank_you"])[1]) if u == coffee.interaction.uid]
    assert coffee.interaction.uid in events(export(clock, kinds=["thank_you", ics.MEETINGS])[1])
    todo = io.StringIO()
    ics.export_ics(todo, todo=True, clock=clock)
    todo_cal = icalendar.Calendar.from_ical(todo.getvalue().encode())
    assert not list(todo_cal.walk("VEVENT")) and list(todo_cal.walk("VTODO"))


def test_a_repeating_follow_up_is_one_event_with_its_rrule_under_a_stable_uid(astrid, clock):
    row = followup_writes.create(
        "Check the job boards", D(2026, 3, 16), repeat="FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20260601", clock=clock
    )
    count, cal = export(clock)
    series_uid = f"{row.uid}-repeat"
    event = events(cal)[series_uid]
    assert event.decoded("dtstart") == D(2026, 3, 16)
    rule = event["rrule"]
    assert rule["FREQ"] == ["WEEKLY"] and rule["BYDAY"] == ["MO", "TH"] and rule["UNTIL"] == [D(2026, 6, 1)]
    assert "EXDATE" not in event and count == 1
    assert "Repeats every week on Monday and Thursday" in str(event["description"])
    # Done: the next occurrence carries the series on, under the same UID, from its own day.
    followup_writes.complete([row.id], clock=clock)
    _, cal = export(clock)
    assert list(events(cal)) == [series_uid]
    assert events(cal)[series_uid].decoded("dtstart") == D(2026, 3, 19)


def test_an_occurrence_moved_off_its_day_is_an_event_of_its_own(astrid, clock):
    row = followup_writes.create(
        "Call the recruiter", D(2026, 3, 16), due_time=dt.time(9, 0), repeat="FREQ=DAILY;UNTIL=20260331", clock=clock
    )
    followup_writes.snooze([row.id], D(2026, 3, 18), clock=clock)
    count, cal = export(clock)
    found = events(cal)
    series = found[f"{row.uid}-repeat"]
    assert series.decoded("dtstart") == T(2026, 3, 16, 9, 0)
    assert series["rrule"]["UNTIL"] == [T(2026, 3, 31, 23, 59, 59)]  # UNTIL takes DTSTART's type (RFC 5545)
    assert [d.dt for d in series["exdate"].dts] == [T(2026, 3, 16, 9, 0)]
    moved = found[row.uid]
    assert moved.decoded("dtstart") == T(2026, 3, 18, 9, 0) and "RRULE" not in moved
    assert count == 1 and len(found) == 2  # one follow-up, two events, every UID once


def test_a_counted_series_exports_the_occurrences_left(astrid, clock):
    row = followup_writes.create("Five calls", D(2026, 3, 16), repeat="FREQ=DAILY;COUNT=5", clock=clock)
    followup_writes.complete([row.id], clock=clock)
    clock.advance(days=1)
    (current,) = [i for i in followups.all_open(clock=clock) if i.title == "Five calls"]
    followup_writes.complete([current.id], clock=clock)
    _, cal = export(clock)
    event = events(cal)[f"{row.uid}-repeat"]
    assert event.decoded("dtstart") == D(2026, 3, 18) and event["rrule"]["COUNT"] == [3]
