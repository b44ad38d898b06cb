"""Helpers for text people read, in the user's language: relative dates ("today", "in 3 days", "3 Mar"), dates,
times, counts and percentages through QLocale and the translations, and headings."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from app.ui.i18n import tr


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def relative_day(day: dt.date, today: dt.date) -> str:
    """A date as people say it, relative to ``today``."""
    delta = (day - today).days
    if delta == 0:
        return tr("today")
    if delta == 1:
        return tr("tomorrow")
    if delta == -1:
        return tr("yesterday")
    if 1 < delta < 7:
        return tr("in %n day(s)", "", delta)
    if -7 < delta < -1:
        return tr("%n day(s) ago", "", -delta)
    return short_day(day, year=day.year != today.year)


def number(n: int) -> str:
    """A count with the locale's grouping: "1,204" (English), "1.204" (German), "1 204" (French); grouped in the C
    locale too, which leaves it out by default."""
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(n)


def percent(share: float) -> str:
    """A share (0.35) as the interface's language writes a percentage: "35%" in English, "35 %" in German and
    Spanish (a no-break space), "35 %" in French (a narrow no-break space); the number through :func:`number`. Halves
    round to even, as Python's own percent format rounds."""
    return tr("{value}%", "a whole percentage: write the space and sign as your language does").format(
        value=number(round(share * 100))
    )


def sentence(text: str) -> str:
    """``text`` with its first letter made upper case and the rest left as written (``str.capitalize`` lowers the
    rest: "such as “Operations lead”" became "such as “operations lead”"); after Spanish "¿"/"¡" or opening
    quotes the letter that follows."""
    start = len(text) - len(text.lstrip("¿¡«“„‚‹ "))
    return text[:start] + text[start : start + 1].upper() + text[start + 1 :]


def labelled(label: str, text: str) -> str:
    """``text`` after its ``label`` as the language puts them: "Overdue: 3" in English, "En retard : 3" in French
    (a no-break space before the colon)."""
    return tr("{label}: {value}").format(label=label, value=text)


def short_day(day: dt.date, *, year: bool = False) -> str:
    """A day with a short month in the locale's order and words: "3 Mar", "Mar 3", "3. März", "3 mars"; with the
    year when ``year``."""
    from app.ui.widgets.date_format import day_month_format

    locale = QLocale()
    return locale.toString(_qdate(day), day_month_format(locale, with_year=year).replace("MMMM", "MMM"))


def day_month(day: dt.date, *, year: bool = False) -> str:
    """A day with the month in full: "3 March", "March 3", "3. März" (with the year when ``year``)."""
    from app.ui.widgets.date_format import day_month_format

    locale = QLocale()
    return locale.toString(_qdate(day), day_month_format(locale, with_year=year))


def month_year(day: dt.date) -> str:
    """The month of ``day`` and its year: "March 2026", "März 2026"."""
    return f"{QLocale().standaloneMonthName(day.month, QLocale.FormatType.LongFormat)} {day.year}"


def month_name(day: dt.date, *, short: bool = False) -> str:
    """The month of ``day`` on its own: "March" ("Mar" when ``short``), "März", "mars"."""
    kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().standaloneMonthName(day.month, kind)


def weekday_name(day: dt.date, *, short: bool = False) -> str:
    """The weekday of ``day``: "Monday" ("Mon" when ``short``), "Montag", "lundi"."""
    kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().standaloneDayName(day.isoweekday(), kind)


def clock_time(when: dt.time | dt.datetime) -> str:
    """A time of day as the locale writes it: "14:30", "2:30 PM"."""
    return QLocale().toString(QTime(when.hour, when.minute), QLocale.FormatType.ShortFormat)


def full_date(day: dt.date) -> str:
    """The tooltip form, the locale's long date: "Monday, November 23, 2026" (en_US), "Montag, 23. November 2026";
    "Monday 23 November 2026" in the C locale, Rapport's own English (the C locale's long form has a comma)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return locale.toString(_qdate(day), "dddd d MMMM yyyy")
    return locale.toString(_qdate(day), QLocale.FormatType.LongFormat)


def date_and_time(when: dt.datetime) -> str:
    """A moment in full: "Monday, 23 November 2026, 14:30"."""
    return tr("{date}, {time}").format(date=full_date(when.date()), time=clock_time(when))


def heading(text: str, parent: QWidget | None = None, *, level: int = 1) -> QLabel:
    """A bold section heading (no boxes around sections: UI.md)."""
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * {1: 1.6, 2: 1.2, 3: 1.0}.get(level, 1.0))
    label.setFont(font)
    label.setAccessibleName(text)
    return label
