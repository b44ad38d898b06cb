"""Open follow-ups and planned meetings as an iCalendar file (DESIGN §7) that Google, Apple, Outlook, Thunderbird and
khal read.

By default each follow-up is a VEVENT on its day (all-day, or at its time when it has one) with a VALARM, because
many calendars ignore VTODO; ``todo=True`` writes VTODOs instead. The UID is the follow-up's own ``uid``, so
importing a newer export updates the same entries instead of doubling them.

Repeating follow-ups (:mod:`app.core.followups.series`) are one event per series with its RRULE, starting at the
open occurrence (a COUNT counts the occurrences left), under a UID of the series' own (``<series uid>-repeat``) that
stays the same from one occurrence to the next; an occurrence snoozed or dragged off its day is left out of the
series (EXDATE) and written as an event of its own on the day it moved to. The monthly update is made by its rule one
month at a time, so it is exported as those events, never as an RRULE: nothing shows twice.

Planned meetings (conversations still to come, :mod:`app.core.followups.planned_meetings`) are events at their time,
DTSTART to DTEND, busy (OPAQUE), with a reminder 15 minutes before, under the interaction's UID. Their length is the
meeting's kind's (:data:`app.core.followups.planned_meetings.MEETING_MINUTES`: call 30 min, coffee 45, lunch and meeting
60, event 120). The ``todo`` variant holds the follow-ups only: a meeting is an event, not a task.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING, TextIO

from app import APP_NAME, __version__
from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.followups import planned_meetings, recurrence, titles
from app.core.followups import series as followup_series
from app.core.followups import service as followups
from app.core.followups.planned_meetings import Meeting
from app.core.followups.service import AgendaItem

if TYPE_CHECKING:  # icalendar is imported when an export runs: it costs ~50 ms at start-up otherwise
    from icalendar import Alarm, Calendar, Event, Todo

PRODID = f"-//{APP_NAME}//{APP_NAME} {__version__}//EN"
ALL_DAY_ALARM = dt.timedelta(hours=9)  # 09:00 on the day
TIMED_ALARM = dt.timedelta(minutes=-15)
TIMED_MINUTES = 30  # a follow-up with a time of day is blocked for half an hour
MEETINGS = "meetings"  # the kinds filter's name for planned meetings (the calendar's "Meetings" choice)
SERIES_UID_SUFFIX = "-repeat"


def _kind(kind: str, wording: titles.Wording) -> str:
    return titles.phrase(followups.KIND_LABELS.get(kind, kind), wording)


def _description(item: AgendaItem, wording: titles.Wording = titles.ENGLISH) -> str:
    parts = []
    if item.contact_name:
        parts.append(titles.phrase("Contact: {name}", wording, name=item.contact_name))
    parts.append(titles.phrase("Kind: {kind}", wording, kind=_kind(item.kind, wording)))
    if item.original_due and item.original_due != item.due:
        parts.append(titles.phrase("First due: {day}", wording, day=item.original_due.isoformat()))
    if item.notes:
        parts.append("")
        parts.append(item.notes)
    return "\n".join(parts)


def _alarm(title: str, trigger: dt.timedelta) -> Alarm:
    from icalendar import Alarm

    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", title)
    alarm.add("trigger", trigger)
    return alarm


def _start(day: dt.date, time: dt.time | None) -> dt.date | dt.datetime:
    return dt.datetime.combine(day, time) if time else day  # floating local time, as the app stores it


def _followup(
    item: AgendaItem,
    stamp: dt.datetime,
    *,
    todo: bool,
    uid: str | None = None,
    wording: titles.Wording = titles.ENGLISH,
) -> Event | Todo:
    from icalendar import Event, Todo

    component = Todo() if todo else Event()
    component.add("uid", uid or item.uid)
    component.add("dtstamp", stamp)
    component.add("summary", item.title)
    component.add("description", _description(item, wording))
    component.add("categories", [_kind(item.kind, wording)])
    start = _start(item.due, item.due_time)
    component.add("dtstart", start)
    if todo:
        component.add("due", start)
        component.add("status", "NEEDS-ACTION")
    else:
        if item.due_time:
            component.add("dtend", start + dt.timedelta(minutes=TIMED_MINUTES))
        else:
            component.add("dtend", item.due + dt.timedelta(days=1))
        component.add("transp", "TRANSPARENT")
    component.add_component(_alarm(item.title, TIMED_ALARM if item.due_time else ALL_DAY_ALARM))
    return component


def _rrule(rule: str, start: dt.date | dt.datetime):
    """The RRULE property value; a per-day UNTIL becomes the end of that day when the events have a time (RFC 5545:
    UNTIL has DTSTART's value type)."""
    from icalendar import vRecur

    value = vRecur.from_ical(rule)
    if isinstance(start, dt.datetime) and "UNTIL" in value:
        until = value["UNTIL"][0]
        day = until.date() if isinstance(until, dt.datetime) else until
        value["UNTIL"] = [dt.datetime.combine(day, dt.time(23, 59, 59))]
    return value


def _series(
    item: AgendaItem,
    occurrence: followup_series.Occurrence,
    stamp: dt.datetime,
    *,
    todo: bool,
    wording: titles.Wording = titles.ENGLISH,
) -> list[Event | Todo]:
    """A repeating follow-up's open occurrence: the series from its day on, and the occurrence itself apart when it
    was moved off that day."""
    on_its_day = item.due == occurrence.day
    series = _followup(
        item._replace(due=occurrence.day),
        stamp,
        todo=todo,
        uid=f"{occurrence.series}{SERIES_UID_SUFFIX}",
        wording=wording,
    )
    start = _start(occurrence.day, item.due_time)
    rule = recurrence.remaining(occurrence.rule, followup_series.anchor(occurrence), occurrence.day)
    series.add("rrule", _rrule(rule, start))
    description = f"Repeats {recurrence.describe(occurrence.rule, occurrence.day)}.\n" + str(series["description"])
    series["description"] = description
    if on_its_day:
        return [series]
    series.add("exdate", [start])
    return [series, _followup(item, stamp, todo=todo, wording=wording)]


def _meeting(meeting: Meeting, stamp: dt.datetime, wording: titles.Wording = titles.ENGLISH) -> Event:
    from icalendar import Event

    label = meeting.kind.capitalize()
    named = planned_meetings.meeting_title(meeting)
    title = titles.render(named.key, named.params, named, wording)
    full = planned_meetings.meeting_title(meeting, with_summary=True)
    event = Event()
    event.add("uid", meeting.uid)
    event.add("dtstamp", stamp)
    event.add("summary", titles.render(full.key, full.params, full, wording))
    label = titles.phrase(label, wording)
    lines = [
        titles.phrase("Contact: {name}", wording, name=meeting.contact_name),
        titles.phrase("Kind: {kind}", wording, kind=label),
    ]
    if meeting.notes:
        lines += ["", meeting.notes]
    event.add("description", "\n".join(lines))
    event.add("categories", [titles.phrase("Meeting", wording), label])
    event.add("dtstart", meeting.start)
    event.add("dtend", meeting.end)
    event.add("transp", "OPAQUE")
    event.add_component(_alarm(title, TIMED_ALARM))
    return event


def build_calendar(
    items: Sequence[AgendaItem],
    *,
    todo: bool = False,
    clock: Clock = SYSTEM_CLOCK,
    meetings: Sequence[Meeting] = (),
    wording: titles.Wording = titles.ENGLISH,
) -> Calendar:
    """The calendar of ``items``; the titles the rules made are written in ``wording``'s language (English unless
    the caller, the UI, passes its own)."""
    from icalendar import Calendar

    items = [
        item._replace(title=titles.render(item.title_key, item.title_params, item.title, wording)) for item in items
    ]

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", titles.phrase("{app} follow-ups", wording, app=APP_NAME))
    stamp = clock.now().astimezone(dt.UTC)
    series = followup_series.occurrences_of([item.id for item in items if item.recurrence and item.rule is None])
    # One event per series: its latest open occurrence (another one still open is an event of its own).
    latest: dict[str, int] = {}
    for occurrence in series.values():
        if occurrence.series not in latest or occurrence.day > series[latest[occurrence.series]].day:
            latest[occurrence.series] = occurrence.id
    chosen = set(latest.values())
    for item in items:
        if item.id in chosen:
            for component in _series(item, series[item.id], stamp, todo=todo, wording=wording):
                cal.add_component(component)
        else:
            cal.add_component(_followup(item, stamp, todo=todo, wording=wording))
    for meeting in meetings:
        cal.add_component(_meeting(meeting, stamp, wording))
    if not todo:  # the job search's interviews are events at their time (issue 22)
        from app.core.opportunities.calendar import interview_events

        for event in interview_events(stamp, clock=clock):
            cal.add_component(event)
    return cal


def export_ics(
    out: TextIO,
    *,
    todo: bool = False,
    clock: Clock = SYSTEM_CLOCK,
    kinds: Collection[str] | None = None,
    wording: titles.Wording = titles.ENGLISH,
) -> int:
    """Write every open follow-up and (unless ``todo``) every planned meeting to ``out``; returns how many (a
    repeating follow-up counts once). ``kinds`` filters by follow-up kind; :data:`MEETINGS` in it keeps meetings.
    ``wording``: the language of the rules' titles (the UI passes the interface's, the command line English)."""
    followup_kinds = None if kinds is None else [k for k in kinds if k != MEETINGS]
    items = followups.all_open(clock=clock, kinds=followup_kinds)
    with_meetings = not todo and (kinds is None or MEETINGS in kinds)
    meetings = planned_meetings.planned(clock=clock) if with_meetings else []
    cal = build_calendar(items, todo=todo, clock=clock, meetings=meetings, wording=wording)
    out.write(cal.to_ical().decode("utf-8"))
    return len(items) + len(meetings)


def export_ics_todo(out: TextIO) -> int:
    """The ``--ics-todo`` variant: VTODO components."""
    return export_ics(out, todo=True)
