"""The birthday and the other yearly dates behind "More fields" (a day and month, the year optional)."""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from app.core.contacts.contact_data import DateEntry
from app.ui.contacts.field_labels import DATE_LABELS
from app.ui.contacts.row_editors import EditorRow, RowList, add_button, field_label_box, remove_button
from app.ui.widgets.date_format import day_month_format

DATE_CHOICES = ("anniversary",)  # the birthday has its own row


def days_in(month: int, year: int | None) -> int:
    """The last day of ``month``; February has 29 days unless the year is known and has none."""
    if month == 2 and year is None:
        return 29
    return calendar.monthrange(year if year is not None and 1 <= year <= 9999 else 2000, month)[1]


class DateFields(QWidget):
    """A yearly day: [day] [month] [year, optional], in the order of the user's locale (month first in the US)."""

    edited = Signal()
    committed = Signal()

    def __init__(self, month: int, day: int, year: int | None, *, what: str, parent=None):
        super().__init__(parent)
        self.day = QSpinBox()
        self.day.setRange(1, 31)
        self.day.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.day.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.day.setAccessibleName(self.tr("{what}: day").format(what=what))
        self.day.setToolTip(self.tr("Day"))
        self.day.setFixedWidth(self.day.fontMetrics().horizontalAdvance("00") + 24)
        self.month = QComboBox()
        self.month.setAccessibleName(self.tr("{what}: month").format(what=what))
        locale = QLocale()
        for number in range(1, 13):
            self.month.addItem(locale.standaloneMonthName(number, QLocale.FormatType.LongFormat), number)
        self.year = QLineEdit()
        self.year.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,4}"), self.year))
        self.year.setPlaceholderText(self.tr("Year"))
        self.year.setToolTip(self.tr("The year, if you know it"))
        self.year.setAccessibleName(self.tr("{what}: year (optional)").format(what=what))
        self.year.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.year.setFixedWidth(self.year.fontMetrics().horizontalAdvance("00000") + 16)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        order = re.sub(r"'[^']*'", "", day_month_format(QLocale()))
        month_first = order.find("M") < order.find("d")  # as the dates read elsewhere: "April 12" in the US
        parts = (self.month, self.day) if month_first else (self.day, self.month)
        for widget in (*parts, self.year):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.set_value(month, day, year)
        self.day.valueChanged.connect(lambda _v: self.edited.emit())
        self.day.editingFinished.connect(self.committed)
        self.month.currentIndexChanged.connect(self._month_changed)
        self.year.textEdited.connect(lambda _t: self.edited.emit())
        self.year.editingFinished.connect(self.committed)

    def set_value(self, month: int, day: int, year: int | None) -> None:
        self.blockSignals(True)
        self.month.setCurrentIndex(max(0, min(11, month - 1)))
        self.day.setMaximum(days_in(self.month.currentData(), None))
        self.day.setValue(day)
        self.year.setText(f"{year:04d}" if year is not None else "")
        self.blockSignals(False)

    def value(self) -> tuple[int, int, int | None]:
        """(month, day, year or None). A year the user typed as "0" is returned as 0 for validation to refuse."""
        text = self.year.text().strip()
        return self.month.currentData(), self.day.value(), int(text) if text else None

    def _month_changed(self, _index: int) -> None:
        self.day.setMaximum(days_in(self.month.currentData(), None))  # 31 April becomes 30 April
        if not self.signalsBlocked():
            self.committed.emit()

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.day, self.month, self.year)

    def set_read_only(self, read_only: bool) -> None:
        self.day.setReadOnly(read_only)
        self.year.setReadOnly(read_only)
        self.month.setEnabled(not read_only)


class BirthdayEditor(QWidget):
    """The birthday: "Add birthday", or its day, month and optional year with × to remove it."""

    edited = Signal()
    committed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._original: DateEntry | None = None
        self.fields: DateFields | None = None
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.add_button = add_button(self.tr("Add birthday"), "add_birthday")
        self.add_button.clicked.connect(self._add_clicked)
        self.remove = remove_button(self.tr("Remove the birthday"))
        self.remove.clicked.connect(self._remove_clicked)
        self._layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._layout.addStretch(1)
        self._layout.addWidget(self.remove)
        self._read_only = False
        self.today = dt.date.today

    def _show_fields(self, month: int, day: int, year: int | None) -> None:
        if self.fields is None:
            self.fields = DateFields(month, day, year, what=self.tr("Birthday"))
            self.fields.edited.connect(self.edited)
            self.fields.committed.connect(self.committed)
            self._layout.insertWidget(0, self.fields)
        else:
            self.fields.set_value(month, day, year)
        self.fields.set_read_only(self._read_only)
        self._update_buttons()

    def _drop_fields(self) -> None:
        if self.fields is not None:
            self.fields.hide()
            self.fields.deleteLater()
            self.fields = None
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.add_button.setVisible(self.fields is None and not self._read_only)
        self.remove.setVisible(self.fields is not None and not self._read_only)

    def _add_clicked(self) -> None:
        today = self.today()
        self._show_fields(today.month, today.day, None)
        self.fields.day.setFocus()
        self.fields.day.selectAll()
        self.edited.emit()

    def _remove_clicked(self) -> None:
        self._drop_fields()
        self.add_button.setFocus()
        self.committed.emit()

    def set_entry(self, entry: DateEntry | None) -> None:
        self.blockSignals(True)
        self._original = dataclasses.replace(entry) if entry is not None else None
        if entry is None:
            self._drop_fields()
        else:
            self._show_fields(entry.month, entry.day, entry.year)
        self.blockSignals(False)

    def entry(self) -> DateEntry | None:
        if self.fields is None:
            return None
        month, day, year = self.fields.value()
        original = self._original
        if original is not None and (original.month, original.day, original.year) == (month, day, year):
            return dataclasses.replace(original)
        return DateEntry(month, day, year, "birthday", original.label if original is not None else "")

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        if self.fields is not None:
            self.fields.set_read_only(read_only)
        self._update_buttons()


class _DateRow(EditorRow):
    """[label ▾] [×] over [day] [month] [year]."""

    def __init__(self, entry: DateEntry, parent=None):
        super().__init__(parent)
        self.kind = entry.kind
        # A birthday or an anniversary without a label of its own shows its kind, in the interface's language.
        label = entry.label or (entry.kind if entry.kind in ("birthday", "anniversary") else "")
        self.label = field_label_box(DATE_CHOICES, label, self.tr("e.g. Graduation"), labels=DATE_LABELS)
        self.label.setMaximumWidth(16777215)
        self.label.setAccessibleName(self.tr("What the date is"))
        self.fields = DateFields(entry.month, entry.day, entry.year, what=self.tr("Date"))
        self.remove = remove_button(self.tr("Remove this date"))
        self.grid.addWidget(self.label, 0, 0)
        self.grid.addWidget(self.remove, 0, 1)
        self.grid.addWidget(self.fields, 1, 0)
        self.grid.setColumnStretch(0, 1)
        self.watch_combo(self.label)
        self.fields.edited.connect(self.edited)
        self.fields.committed.connect(self.committed)

    def texts(self) -> tuple:
        return (self.label.currentText(), *self.fields.value())

    def entry(self) -> DateEntry:
        month, day, year = self.fields.value()
        original = self.original
        if original is not None and self.label.currentText() == self.snapshot[0]:
            kind, label = original.kind, original.label  # only the day changed
        else:
            # "Jahrestag", "anniversary", "Anniversary" → an anniversary; anything else is the user's own label
            label = " ".join(self.label.label().split())
            kind, label = (label, "") if label in ("birthday", "anniversary") else ("other", label)
        return DateEntry(month, day, year, kind, label)

    def first_field(self) -> QWidget:
        return self.label

    def set_read_only(self, read_only: bool) -> None:
        self.label.setEnabled(not read_only)
        self.fields.set_read_only(read_only)
        self.remove.setVisible(not read_only)


class DatesEditor(RowList):
    """Anniversaries and other labelled days (the birthday has its own row)."""

    add_text = QT_TRANSLATE_NOOP("DatesEditor", "Add a date")
    add_name = "add_date"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.today = dt.date.today

    def make_row(self, entry: DateEntry) -> _DateRow:
        return _DateRow(entry)

    def blank(self) -> DateEntry:
        today = self.today()
        return DateEntry(today.month, today.day, None, "anniversary")


# --- websites ------------------------------------------------------------------------------------------------------
