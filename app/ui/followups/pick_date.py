"""The day a follow-up comes back, typed or picked on a calendar (Snooze → Pick a day…, Reschedule…).

A module of its own, loaded when the dialog is first asked for: Today makes its follow-up actions before the window's
first paint, and PySide6 makes a Qt class (with its enums) when a module first names it (issue 21).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCalendarWidget, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.ui.widgets.date_entry import DateEdit, refuse_invalid
from app.ui.widgets.parts import describe_buttons


class PickDateDialog(QDialog):
    """The day a follow-up comes back (today or later): typed ("fri", "12.3.", "+3") in ``pickDateText``, which has
    the focus, or picked on the calendar under it; the two follow each other (issue 17)."""

    def __init__(self, today: dt.date, initial: dt.date, parent: QWidget | None = None, title: str = ""):
        super().__init__(parent)
        self.setObjectName("pickDateDialog")
        self.setWindowTitle(title or self.tr("Snooze until"))
        layout = QVBoxLayout(self)
        self.text = DateEdit(max(initial, today), today=lambda: today)
        self.text.setObjectName("pickDateText")
        self.text.setAccessibleName(self.tr("Day"))
        self.text.setMinimumDate(today)
        layout.addWidget(self.text)
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("snoozeCalendar")
        self.calendar.setMinimumDate(QDate(today.year, today.month, today.day))
        self.calendar.setSelectedDate(QDate(initial.year, initial.month, initial.day))
        self.calendar.setGridVisible(False)
        self.calendar.activated.connect(self.accept)
        layout.addWidget(self.calendar)
        self.text.dateChanged.connect(self.calendar.setSelectedDate)
        self.calendar.selectionChanged.connect(lambda: self.text.setDate(self.calendar.selectedDate()))
        self.error = QLabel()
        self.error.setObjectName("pickDateError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        describe_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.text.setFocus()
        self.text.selectAll()

    def day(self) -> dt.date:
        return self.calendar.selectedDate().toPython()

    def accept(self) -> None:
        wrong = refuse_invalid(self)
        if wrong:
            self.error.setText(wrong)
            self.error.show()
            return
        super().accept()
