"""Helpers for text people read: relative dates ("today", "in 3 days", "3 Mar"), counts ("1 contact") and
headings."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget


def relative_day(day: dt.date, today: dt.date) -> str:
    """A date as people say it, relative to ``today``."""
    delta = (day - today).days
    if delta == 0:
        return "today"
    if delta == 1:
        return "tomorrow"
    if delta == -1:
        return "yesterday"
    if 1 < delta < 7:
        return f"in {delta} days"
    if -7 < delta < -1:
        return f"{-delta} days ago"
    if day.year == today.year:
        return f"{day.day} {day:%b}"
    return f"{day.day} {day:%b} {day.year}"


def count_of(n: int, one: str, many: str) -> str:
    """ "1 contact", "1,204 contacts": a count with the word that goes with it."""
    return f"{n:,} {one if n == 1 else many}"


def full_date(day: dt.date) -> str:
    """The tooltip form: "Monday 23 November 2026"."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def heading(text: str, parent: QWidget | None = None, *, level: int = 1) -> QLabel:
    """A bold section heading (no boxes around sections: UI.md)."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * {1: 1.6, 2: 1.2, 3: 1.0}.get(level, 1.0))
    label.setFont(font)
    label.setAccessibleName(text)
    return label
