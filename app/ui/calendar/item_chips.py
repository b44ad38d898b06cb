"""From what the calendar shows (follow-ups, later occurrences, planned meetings) to what its views draw: an item's
chip and tooltip, and the order of a day."""

from __future__ import annotations

import datetime as dt

from app.core.followups import recurrence
from app.core.followups.service import AgendaItem
from app.core.formats.exporters import ics
from app.ui.calendar.chips import Chip
from app.ui.followups.kinds import KIND_ICONS, kind_icon_name, kind_label, meeting_label
from app.ui.i18n import tr
from app.ui.widgets.text import clock_time, relative_day

TIMED_MINUTES = ics.TIMED_MINUTES  # a follow-up with a time of day takes half an hour on the hour grid


def chip_for(item: AgendaItem, labels: dict[str, str], now: dt.datetime | None = None) -> Chip:
    """The chip of a follow-up or a meeting; ``labels`` maps kinds to their labels (built once per refresh, not per
    chip). A meeting whose time has passed is drawn faded and stays where it is."""
    if item.meeting:
        passed = now is not None and dt.datetime.combine(item.due, item.due_time or dt.time()) <= now
        return Chip(
            item.id,
            item.kind,
            item.contact_name,
            "",
            done=passed,
            detail=meeting_label(item.kind),
            time=item.due_time,
            minutes=item.minutes,
            meeting=True,
            icon=kind_icon_name(item.kind, meeting=True),
        )
    label = item.contact_name or item.title
    done = item.status == "done"
    if done:
        label = f"✓ {label}"
    # Positional: a busy month makes ten thousand of these per refresh.
    return Chip(
        item.id,
        item.kind,
        label,
        "",
        item.overdue,
        done,
        labels[item.kind],
        item.due_time,
        TIMED_MINUTES if item.due_time else 0,
        False,
        item.recurrence is not None,
        item.projected,
        KIND_ICONS.get(item.kind, "followup"),
        bool(item.contact_name),
    )


def tooltip_for(item: AgendaItem, today: dt.date) -> str:
    if item.meeting:
        end = (dt.datetime.combine(item.due, item.due_time or dt.time()) + dt.timedelta(minutes=item.minutes)).time()
        start = clock_time(item.due_time or dt.time())
        tip = [item.title, f"{relative_day(item.due, today).capitalize()}, {start}–{clock_time(end)}"]
        tip.append(tr("Drag it to another time or day to move it; double-click to prepare for it."))
        return "\n".join(tip)
    tip = [tr("{title} (done)").format(title=item.title) if item.status == "done" else item.title]
    if item.contact_name and item.contact_name not in item.title:
        tip.append(item.contact_name)
    when = relative_day(item.due, today)
    if item.due_time:
        when = tr("{day} at {time}").format(day=when, time=clock_time(item.due_time))
    tip.append(tr("{kind} · due {when}").format(kind=kind_label(item.kind), when=when))
    if item.repeats:
        tip.append(
            tr("Repeats {rule}").format(rule=recurrence.describe(item.recurrence, item.original_due or item.due))
        )
    if item.projected:
        tip.append(tr("A later occurrence: it comes when the one before is done or let go."))
    return "\n".join(tip)


def by_time(items: list[AgendaItem]) -> list[AgendaItem]:
    """A day's (or an agenda's) items in the order people read a day: by day, untimed follow-ups first, then what
    has a time by its time (meetings with their follow-ups), real items before later occurrences."""
    return sorted(items, key=lambda i: (i.due, i.due_time is not None, i.due_time or dt.time(), i.projected))
