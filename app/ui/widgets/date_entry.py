"""Date and time fields that take what people type, with a calendar (or a list of times) to pick from.

``QDateEdit`` and ``QDateTimeEdit`` make Tab walk through the day, the month and the year, so a user tabbing
through a form types into the date instead of the next field, and they accept digits only in their own order.
These fields are plain line edits: Tab leaves them; the text is read by :mod:`app.ui.widgets.typed_dates` as it is
typed ("12.3.", "3/12", "2027-03-12", "12 Mar", "tomorrow", "fri", "+3"; "9", "930", "2pm"), the day it means is
shown greyed at the right of the field, and the text becomes that day, written in the locale's words, when the
field is left (Enter or Tab). A text that is no date keeps the last good day, stays as typed and says so in red;
dialogs check :func:`first_invalid` before they save. Up/Down move a day (a quarter hour), Page Up/Down a month;
Alt+Down or F4 opens the calendar (the times); so does the icon in the field.

:class:`DateEdit`, :class:`TimeEdit` and :class:`DateTimeEdit` answer the calls of ``QDateEdit``, ``QTimeEdit`` and
``QDateTimeEdit`` that Rapport uses (``date()``, ``setDate()``, ``dateChanged``, ``setMinimumDate()``…), so a form
switches by changing the class. A :class:`DateTimeEdit` named ``logWhen`` holds ``logWhenDate`` and ``logWhenTime``.
The locale's words are :mod:`app.ui.widgets.date_words`, the calendar and the times to pick from
:mod:`app.ui.widgets.date_popups`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QDateTime, QLocale, QSize, Qt, QTime, Signal
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from app.ui.followups.kinds import overdue_colour
from app.ui.icons import ui_icon
from app.ui.widgets.date_popups import CalendarPopup, FieldPopup, TimesPopup, qdate
from app.ui.widgets.date_words import date_format, locale_words
from app.ui.widgets.text import labelled
from app.ui.widgets.typed_dates import add_months, parse_day, parse_time

EARLIEST = dt.date(1900, 1, 1)
LATEST = dt.date(2199, 12, 31)
TIME_STEP_MINUTES = 15


def _to_day(value: QDate | dt.date | dt.datetime) -> dt.date:
    if isinstance(value, QDate):
        return dt.date(value.year(), value.month(), value.day())
    if isinstance(value, dt.datetime):
        return value.date()
    return value


def _to_time(value: QTime | dt.time) -> dt.time:
    if isinstance(value, QTime):
        return dt.time(value.hour(), value.minute())
    return value.replace(second=0, microsecond=0)


# --- fields -------------------------------------------------------------------------------------------------------
class _TypedField(QLineEdit):
    """A line edit that reads its text as it is typed and shows what it understood, greyed, at its right."""

    popup_icon = ""
    popup_tip = ""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._locale = QLocale()
        self._hint = ""
        self._error = ""
        self._popup: FieldPopup | None = None
        self.popup_action = self.addAction(ui_icon(self.popup_icon), QLineEdit.ActionPosition.TrailingPosition)
        self.popup_action.setToolTip(self.tr(self.popup_tip))
        self.popup_action.setText(self.popup_action.toolTip())  # the button's name for a screen reader
        self.popup_action.triggered.connect(self.show_popup)
        self.textEdited.connect(self._edited)
        self.editingFinished.connect(self._finish)

    # subclasses: read the text, write a value
    def _read(self, text: str) -> tuple[object | None, str]:
        """(value, error): the value the text means, or None and why not."""
        raise NotImplementedError

    def _apply(self, value) -> bool:
        """Take ``value`` as the field's value; True when it changed."""
        raise NotImplementedError

    def _shown(self) -> str:
        """The field's value written out."""
        raise NotImplementedError

    def _make_popup(self) -> FieldPopup:
        raise NotImplementedError

    # state
    def is_valid(self) -> bool:
        """False while the text is not a date (time) in range: the value is then the last good one."""
        return not self._error

    def error_text(self) -> str:
        return self._error

    def show_popup(self) -> None:
        if self.isReadOnly() or not self.isEnabled():
            return
        if self._error:  # the calendar opens on the last good day; what was typed gives way to what is picked
            self._finish()
        self._popup = self._make_popup()
        self._popup.closed.connect(lambda: setattr(self, "_popup", None))
        self._popup.drop_down()

    def popup(self) -> FieldPopup | None:
        """The calendar or time list while it is open."""
        return self._popup

    def _edited(self, text: str) -> None:
        value, error = self._read(text)
        if value is None:
            self._error = error
            self._hint = ""  # no red while typing: "1" on the way to "12.3." is no mistake
        else:
            self._error = ""
            self._apply(value)
            shown = self._shown()
            self._hint = "" if shown.lower() == text.strip().lower() else shown
        self._describe()

    def _finish(self) -> None:
        if self._error:
            self._hint = self._error
        else:
            self._hint = ""
            if self.text() != self._shown():
                self.setText(self._shown())
        self._describe()

    def _show_value(self) -> None:
        self._error = ""
        self._hint = ""
        self.setText(self._shown())
        self._describe()

    def _describe(self) -> None:
        self.setAccessibleDescription(self._hint or self._shown())
        self.update()

    # keys and painting
    def keyPressEvent(self, event) -> None:
        key, mods = event.key(), event.modifiers()
        if (key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier) or key == Qt.Key.Key_F4:
            self.show_popup()
            return
        if mods == Qt.KeyboardModifier.NoModifier and not self.isReadOnly():
            steps = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1, Qt.Key.Key_PageUp: 10, Qt.Key.Key_PageDown: -10}
            if key in steps:
                self._step(steps[key])
                return
        super().keyPressEvent(event)

    def _step(self, steps: int) -> None:
        raise NotImplementedError

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._hint or not self.text():
            return
        metrics = self.fontMetrics()
        margins = self.textMargins()
        left = 6 + margins.left() + metrics.horizontalAdvance(self.text()) + metrics.horizontalAdvance("  ")
        right = self.width() - self.height() - 2  # the icon's room
        if right - left < metrics.horizontalAdvance("…") * 4:
            return
        painter = QPainter(self)
        palette = self.palette()
        colour = overdue_colour(palette) if self._error else palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(colour)
        text = metrics.elidedText(
            ("→ " if not self._error else "") + self._hint, Qt.TextElideMode.ElideRight, right - left
        )
        painter.drawText(left, 0, right - left, self.height(), Qt.AlignmentFlag.AlignVCenter, text)
        painter.end()


class DateEdit(_TypedField):
    """A day, typed in any usual way or picked from a calendar (see the module docstring).

    ``today``: where "today", "tomorrow" and dates without a year count from (a clock's ``today``).
    ``weekday_direction``: "future" reads "fri" as the coming Friday, "past" as the last one.
    """

    dateChanged = Signal(QDate)
    popup_icon = "calendar"
    popup_tip = QT_TRANSLATE_NOOP("DateEdit", "Choose from a calendar (Alt+Down)")  # self.tr: the class's context

    def __init__(
        self,
        day: QDate | dt.date | None = None,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        weekday_direction: str = "future",
    ):
        super().__init__(parent)
        self._today = today
        self._weekday_direction = weekday_direction
        self._words = locale_words(self._locale)
        self._format = date_format(self._locale, weekday=True)
        self._minimum, self._maximum = EARLIEST, LATEST
        self._day = _to_day(day) if day is not None else today()
        self.setToolTip(
            self.tr("Type a day — {example}, {iso}, “tomorrow”, “fri”, “+3” — or press Alt+Down for a calendar").format(
                example=self._example(self._day),
                iso=self._day.isoformat(),
            )
        )
        self._show_value()

    # QDateEdit's calls
    def date(self) -> QDate:
        return qdate(self._day)

    def setDate(self, value: QDate | dt.date) -> None:
        self._apply(min(max(_to_day(value), self._minimum), self._maximum))
        self._show_value()

    def minimumDate(self) -> QDate:
        return qdate(self._minimum)

    def maximumDate(self) -> QDate:
        return qdate(self._maximum)

    def setMinimumDate(self, value: QDate | dt.date) -> None:
        self._minimum = _to_day(value)
        self._maximum = max(self._maximum, self._minimum)
        if self._day < self._minimum:
            self.setDate(self._minimum)

    def setMaximumDate(self, value: QDate | dt.date) -> None:
        self._maximum = _to_day(value)
        self._minimum = min(self._minimum, self._maximum)
        if self._day > self._maximum:
            self.setDate(self._maximum)

    def setDateRange(self, low: QDate | dt.date, high: QDate | dt.date) -> None:
        self.setMinimumDate(low)
        self.setMaximumDate(high)

    def setDisplayFormat(self, fmt: str) -> None:
        """Only whether the weekday shows is taken from ``fmt``: order and words are the locale's."""
        self._format = date_format(self._locale, weekday="ddd" in fmt)
        self._show_value()

    def setCalendarPopup(self, _on: bool) -> None:
        """Always on (kept for QDateEdit's callers)."""

    # plain Python
    def day(self) -> dt.date:
        return self._day

    def minimum_day(self) -> dt.date:
        return self._minimum

    def maximum_day(self) -> dt.date:
        return self._maximum

    def text_for(self, day: dt.date) -> str:
        return self._locale.toString(qdate(day), self._format)

    def _example(self, day: dt.date) -> str:
        """A way to type ``day`` for the hints: the locale's short date ("04.12.26"), or "4 Dec" where that is just
        digits in a row (the C locale's "4 12 2026")."""
        short = self._locale.dateFormat(QLocale.FormatType.ShortFormat)
        if re.search(r"[./\-]", re.sub(r"'[^']*'", "", short)):
            return self._locale.toString(qdate(day), short)
        return self._locale.toString(qdate(day), date_format(self._locale, weekday=False))

    # _TypedField
    def _read(self, text: str):
        day = parse_day(
            text,
            self._today(),
            self._words,
            minimum=self._minimum if self._minimum > EARLIEST else None,
            maximum=self._maximum if self._maximum < LATEST else None,
            weekday_direction=self._weekday_direction,
        )
        if day is None or not EARLIEST <= day <= LATEST:
            example = self._example(self._today())
            return None, self.tr("not a day — try “{example}” or “tomorrow”").format(example=example)
        if day < self._minimum:
            return None, self.tr("{day} is too early: {first} or later").format(
                day=self.text_for(day), first=self.text_for(self._minimum)
            )
        if day > self._maximum:
            return None, self.tr("{day} is too late: {last} or earlier").format(
                day=self.text_for(day), last=self.text_for(self._maximum)
            )
        return day, ""

    def _apply(self, value) -> bool:
        if value == self._day:
            return False
        self._day = value
        self.dateChanged.emit(self.date())
        return True

    def _shown(self) -> str:
        return self.text_for(self._day)

    def _make_popup(self) -> FieldPopup:
        return CalendarPopup(self)

    def _step(self, steps: int) -> None:
        day = add_months(self._day, steps // 10) if abs(steps) >= 10 else self._day + dt.timedelta(days=steps)
        self.setDate(min(max(day, self._minimum), self._maximum))

    def sizeHint(self) -> QSize:
        return QSize(max(super().sizeHint().width(), self.minimumSizeHint().width()), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        """Room for the widest day in the chosen format and the popup icon (as wide as the field is high: the
        hint's height — a widget not yet laid out may be 480 px high, which made forms far too wide)."""
        height = super().sizeHint().height()
        widest = self.fontMetrics().horizontalAdvance(self.text_for(dt.date(2027, 9, 29)) + "  ")
        return QSize(widest + height + 12, height)


class TimeEdit(_TypedField):
    """A time of day, typed ("9", "930", "9:30", "2pm") or picked from a list of half hours."""

    timeChanged = Signal(QTime)
    popup_icon = "clock"
    popup_tip = QT_TRANSLATE_NOOP("TimeEdit", "Choose from a list of times (Alt+Down)")

    def __init__(self, value: QTime | dt.time | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._words = locale_words(self._locale)
        self._format = self._locale.timeFormat(QLocale.FormatType.ShortFormat)
        self._time = _to_time(value) if value is not None else dt.time(9, 0)
        self.setToolTip(self.tr("Type a time — 9, 930, 9:30, 14.30, 2pm — or press Alt+Down for a list"))
        self._show_value()

    def time(self) -> QTime:
        return QTime(self._time.hour, self._time.minute)

    def setTime(self, value: QTime | dt.time) -> None:
        self._apply(_to_time(value))
        self._show_value()

    def setDisplayFormat(self, _fmt: str) -> None:
        """The locale's short time format is used (kept for QTimeEdit's callers)."""

    def to_time(self) -> dt.time:
        return self._time

    def text_for(self, value: dt.time) -> str:
        return self._locale.toString(QTime(value.hour, value.minute), self._format)

    def _read(self, text: str):
        value = parse_time(text, self._words)
        if value is None:
            return None, self.tr("not a time — try 9:30 or 2pm")
        return value, ""

    def _apply(self, value) -> bool:
        if value == self._time:
            return False
        self._time = value
        self.timeChanged.emit(self.time())
        return True

    def _shown(self) -> str:
        return self.text_for(self._time)

    def _make_popup(self) -> FieldPopup:
        return TimesPopup(self)

    def _step(self, steps: int) -> None:
        minutes = (self._time.hour * 60 + self._time.minute) // TIME_STEP_MINUTES * TIME_STEP_MINUTES
        minutes = (minutes + (steps if abs(steps) < 10 else steps // 10 * 4) * TIME_STEP_MINUTES) % (24 * 60)
        self.setTime(dt.time(minutes // 60, minutes % 60))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        widest = self.fontMetrics().horizontalAdvance(self.text_for(dt.time(22, 55)) + "  ")
        return QSize(max(widest + hint.height() + 12, 80), hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class DateTimeEdit(QWidget):
    """A day and a time side by side, each its own field (Tab goes from the day to the time to the next field).

    Answers ``QDateTimeEdit``'s ``dateTime()``, ``setDateTime()`` and ``dateTimeChanged``.
    """

    dateTimeChanged = Signal(QDateTime)

    def __init__(
        self,
        value: QDateTime | dt.datetime | None = None,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        weekday_direction: str = "future",
    ):
        super().__init__(parent)
        self.date_edit = DateEdit(None, self, today=today, weekday_direction=weekday_direction)
        self.time_edit = TimeEdit(None, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.date_edit, 1)
        layout.addWidget(self.time_edit)
        self.setFocusProxy(self.date_edit)
        if value is not None:
            self.setDateTime(value)
        self.date_edit.dateChanged.connect(lambda _d: self.dateTimeChanged.emit(self.dateTime()))
        self.time_edit.timeChanged.connect(lambda _t: self.dateTimeChanged.emit(self.dateTime()))

    def setObjectName(self, name: str) -> None:
        super().setObjectName(name)
        self.date_edit.setObjectName(f"{name}Date")
        self.time_edit.setObjectName(f"{name}Time")

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.date_edit.setAccessibleName(self.tr("{what}: day").format(what=name))
        self.time_edit.setAccessibleName(self.tr("{what}: time").format(what=name))

    def dateTime(self) -> QDateTime:
        return QDateTime(self.date_edit.date(), self.time_edit.time())

    def setDateTime(self, value: QDateTime | dt.datetime) -> None:
        if isinstance(value, QDateTime):
            value = value.toPython()
        self.date_edit.setDate(value.date())
        self.time_edit.setTime(value.time())

    def to_datetime(self) -> dt.datetime:
        return dt.datetime.combine(self.date_edit.day(), self.time_edit.to_time())

    def setCalendarPopup(self, _on: bool) -> None:
        """Always on (kept for QDateTimeEdit's callers)."""

    def setDisplayFormat(self, fmt: str) -> None:
        self.date_edit.setDisplayFormat(fmt)

    def is_valid(self) -> bool:
        return self.date_edit.is_valid() and self.time_edit.is_valid()


def first_invalid(root: QWidget) -> _TypedField | None:
    """The first shown date or time field under ``root`` whose text is not a date (time), or None.

    Dialogs call it before saving: ``if (bad := first_invalid(self)) is not None: say bad.error_text(); return``.
    """
    for field in root.findChildren(_TypedField):
        if field.isVisibleTo(root) and field.isEnabled() and not field.is_valid():
            return field
    return None


def refuse_invalid(root: QWidget) -> str:
    """What is wrong with the first invalid date or time field under ``root`` (focused), or "" when all are good."""
    field = first_invalid(root)
    if field is None:
        return ""
    field.setFocus(Qt.FocusReason.OtherFocusReason)
    field.selectAll()
    name = field.accessibleName() or field.tr("Date")
    return labelled(name, field.error_text())


__all__ = [
    "CalendarPopup",
    "DateEdit",
    "DateTimeEdit",
    "TimeEdit",
    "TimesPopup",
    "date_format",
    "first_invalid",
    "locale_words",
    "refuse_invalid",
]
