"""Open follow-ups as an iCalendar file (DESIGN §7) that Google, Apple, Outlook, Thunderbird and khal read.

By default each follow-up is a VEVENT on its day (all-day, or at its time when it has one) with a VALARM, because
many calendars ignore VTODO; ``todo=True`` writes VTODOs instead. The UID is the follow-up's own ``uid``, so
importing a newer export updates the same entries instead of doubling them. A monthly update is exported as its
materialised instances (one event per month), never as an RRULE, so nothing shows twice.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, TextIO

from app import APP_NAME, __version__
from app.core import followups
from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.followups import AgendaItem

if TYPE_CHECKING:  # icalendar is imported when an export runs: it costs ~50 ms at start-up otherwise
    from icalendar import Alarm, Calendar

PRODID = f"-//{APP_NAME}//{APP_NAME} {__version__}//EN"
ALL_DAY_ALARM = dt.timedelta(hours=9)  # 09:00 on the day
TIMED_ALARM = dt.timedelta(minutes=-15)


def _description(item: AgendaItem) -> str:
    parts = []
    if item.contact_name:
        parts.append(f"Contact: {item.contact_name}")
    parts.append(f"Kind: {followups.KIND_LABELS.get(item.kind, item.kind)}")
    if item.original_due and item.original_due != item.due:
        parts.append(f"First due: {item.original_due.isoformat()}")
    if item.notes:
        parts.append("")
        parts.append(item.notes)
    return "\n".join(parts)


def _alarm(item: AgendaItem) -> Alarm:
    from icalendar import Alarm

    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", item.title)
    alarm.add("trigger", TIMED_ALARM if item.due_time else ALL_DAY_ALARM)
    return alarm


def build_calendar(items: list[AgendaItem], *, todo: bool = False, clock: Clock = SYSTEM_CLOCK) -> Calendar:
    from icalendar import Calendar, Event, Todo

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", f"{APP_NAME} follow-ups")
    stamp = clock.now().astimezone(dt.UTC)
    for item in items:
        component = Todo() if todo else Event()
        component.add("uid", item.uid)
        component.add("dtstamp", stamp)
        component.add("summary", item.title)
        component.add("description", _description(item))
        component.add("categories", [followups.KIND_LABELS.get(item.kind, item.kind)])
        start: dt.date | dt.datetime = item.due
        if item.due_time:
            start = dt.datetime.combine(item.due, item.due_time)  # floating local time, as the app stores it
        if todo:
            component.add("dtstart", start)
            component.add("due", start)
            component.add("status", "NEEDS-ACTION")
        else:
            component.add("dtstart", start)
            if item.due_time:
                component.add("dtend", start + dt.timedelta(minutes=30))
            else:
                component.add("dtend", item.due + dt.timedelta(days=1))
            component.add("transp", "TRANSPARENT")
        component.add_component(_alarm(item))
        cal.add_component(component)
    if not todo:  # the job search's interviews are events at their time (issue 22)
        from app.core.opportunities.calendar import interview_events

        for event in interview_events(stamp, clock=clock):
            cal.add_component(event)
    return cal


def export_ics(out: TextIO, *, todo: bool = False, clock: Clock = SYSTEM_CLOCK, kinds=None) -> int:
    """Write every open follow-up to ``out``; returns how many."""
    items = followups.all_open(clock=clock, kinds=kinds)
    out.write(build_calendar(items, todo=todo, clock=clock).to_ical().decode("utf-8"))
    return len(items)


def export_ics_todo(out: TextIO) -> int:
    """The ``--ics-todo`` variant: VTODO components."""
    return export_ics(out, todo=True)
