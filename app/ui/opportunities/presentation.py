"""How opportunities read in the window: translated stage, source and role words, and short dates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from app.core.opportunities import labels
from app.ui.widgets.text import clock_time, short_day, weekday_name


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("", text, disambiguation, n)  # the empty context: lupdate files a bare tr() there


def stage_text(stage: str) -> str:
    return tr(labels.stage_label(stage))


def source_text(source: str) -> str:
    return tr(labels.source_label(source))


def role_text(role: str) -> str:
    return tr(labels.role_label(role))


def format_text(kind: str) -> str:
    return tr(labels.FORMAT_LABELS.get(kind, kind))


def days_text(days: int) -> str:
    return tr("today") if days == 0 else tr("%n day(s)", "", days)


def when_text(moment: dt.datetime, today: dt.date) -> str:
    """An interview's moment as people say it: "today 14:00", "Thu 14:00", "3 Apr 14:00"."""
    delta = (moment.date() - today).days
    if delta == 0:
        day = tr("today")
    elif delta == 1:
        day = tr("tomorrow")
    elif 1 < delta < 7:
        day = weekday_name(moment.date(), short=True)
    elif moment.year == today.year:
        day = short_day(moment.date())
    else:
        day = short_day(moment.date(), year=True)
    return f"{day} {clock_time(moment)}"
