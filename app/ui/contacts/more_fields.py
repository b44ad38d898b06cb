"""The editors behind "More fields" in the Details tab: the birthday, other yearly dates, websites, and chat and
social handles.

Each editor hands back the entries it was given *unchanged* unless the user edited that row, so a value imported in
a form these widgets would not write themselves (an IM address's kind, an odd service name, a label) survives a
save of some other field. ``edited`` fires while typing (the editor saves after a pause), ``committed`` when a
value is picked or a field is left (saved at once).
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re

from PySide6.QtCore import QLocale, QRegularExpression, Qt, Signal
from PySide6.QtGui import QDesktopServices, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.contacts.contact_data import DateEntry, HandleEntry, WebsiteEntry
from app.ui.contacts.facts import SERVICE_NAMES, day_month_format, safe_url, service_name
from app.ui.icons import ui_icon

WEBSITE_LABELS = ("home", "work", "blog", "portfolio", "other")
HANDLE_LABELS = ("home", "work", "other")
DATE_LABELS = ("anniversary",)
IM_SERVICES = ("signal", "whatsapp", "telegram", "matrix", "xmpp", "skype", "teams", "slack", "discord", "sip")
SOCIAL_SERVICES = ("mastodon", "bluesky", "x", "github", "instagram", "facebook", "threads", "youtube", "tiktok")
LABEL_WIDTH = 96


def _remove_button(tip: str) -> QToolButton:
    button = QToolButton()
    button.setIcon(ui_icon("close"))
    button.setAutoRaise(True)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    return button


def _add_button(text: str, name: str) -> QPushButton:
    button = QPushButton(ui_icon("add"), text)
    button.setFlat(True)
    button.setObjectName(name)
    return button


def _label_box(items: tuple[str, ...], text: str, placeholder: str) -> QComboBox:
    box = QComboBox()
    box.setEditable(True)
    box.addItems(list(items))
    box.setCurrentText(text)
    box.lineEdit().setPlaceholderText(placeholder)
    box.setMaximumWidth(LABEL_WIDTH)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    return box


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
        self.add_button = _add_button(self.tr("Add birthday"), "add_birthday")
        self.add_button.clicked.connect(self._add_clicked)
        self.remove = _remove_button(self.tr("Remove the birthday"))
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


class _Rows(QWidget):
    """Rows of entries with an "Add …" button under them; each row remembers the entry it was made from."""

    edited = Signal()
    committed = Signal()
    add_text = ""
    add_name = ""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._read_only = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        self._box = QVBoxLayout()
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(6)
        outer.addLayout(self._box)
        self.add_button = _add_button(self.tr(self.add_text), self.add_name)
        self.add_button.clicked.connect(self._add_clicked)
        outer.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def make_row(self, entry) -> _Row:
        raise NotImplementedError

    def blank(self):
        raise NotImplementedError

    def _add_clicked(self) -> None:
        row = self._add_row(self.blank(), original=None)
        row.first_field().setFocus()
        self.edited.emit()

    def _add_row(self, entry, *, original) -> _Row:
        row = self.make_row(entry)
        row.original = original
        row.snapshot = row.texts()
        self._box.addWidget(row)
        self._rows.append(row)
        row.edited.connect(self.edited)
        row.committed.connect(self.committed)
        row.remove.clicked.connect(lambda: self._remove(row))
        row.set_read_only(self._read_only)
        return row

    def _remove(self, row: _Row) -> None:
        index = self._rows.index(row)
        self._rows.remove(row)
        row.hide()
        row.deleteLater()
        if self._rows:
            self._rows[min(index, len(self._rows) - 1)].first_field().setFocus()
        else:
            self.add_button.setFocus()
        self.committed.emit()

    def set_entries(self, entries: list) -> None:
        self.blockSignals(True)
        for row in self._rows:
            row.hide()
            row.deleteLater()
        self._rows = []
        for entry in entries:
            self._add_row(entry, original=dataclasses.replace(entry))
        self.blockSignals(False)

    def entries(self) -> list:
        result = []
        for row in self._rows:
            if row.original is not None and row.texts() == row.snapshot:
                result.append(dataclasses.replace(row.original))  # untouched: exactly as stored
                continue
            entry = row.entry()
            if entry is not None:
                result.append(entry)
        return result

    def rows(self) -> list[_Row]:
        return list(self._rows)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.add_button.setVisible(not read_only)
        for row in self._rows:
            row.set_read_only(read_only)


class _Row(QWidget):
    edited = Signal()
    committed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.original = None
        self.snapshot: tuple = ()
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(4)

    def watch_line(self, edit: QLineEdit) -> None:
        edit.textEdited.connect(lambda _t: self.edited.emit())
        edit.editingFinished.connect(self.committed)

    def watch_combo(self, box: QComboBox) -> None:
        box.currentTextChanged.connect(lambda _t: self.edited.emit())
        box.lineEdit().editingFinished.connect(self.committed)

    def texts(self) -> tuple:
        raise NotImplementedError

    def entry(self):
        raise NotImplementedError

    def first_field(self) -> QWidget:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        raise NotImplementedError


# --- other dates ---------------------------------------------------------------------------------------------------
class _DateRow(_Row):
    """[label ▾] [×] over [day] [month] [year]."""

    def __init__(self, entry: DateEntry, parent=None):
        super().__init__(parent)
        self.kind = entry.kind
        shown = entry.label or {"birthday": self.tr("birthday"), "anniversary": self.tr("anniversary")}.get(
            entry.kind, ""
        )
        self.label = _label_box(tuple(self.tr(x) for x in DATE_LABELS), shown, self.tr("e.g. Graduation"))
        self.label.setMaximumWidth(16777215)
        self.label.setAccessibleName(self.tr("What the date is"))
        self.fields = DateFields(entry.month, entry.day, entry.year, what=self.tr("Date"))
        self.remove = _remove_button(self.tr("Remove this date"))
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
        text = " ".join(self.label.currentText().split())
        original = self.original
        if original is not None and text == self.snapshot[0]:
            kind, label = original.kind, original.label  # only the day changed
        elif text.casefold() in (self.tr("anniversary").casefold(), "anniversary"):
            kind, label = "anniversary", ""
        elif text.casefold() in (self.tr("birthday").casefold(), "birthday"):
            kind, label = "birthday", ""
        else:
            kind, label = "other", text
        return DateEntry(month, day, year, kind, label)

    def first_field(self) -> QWidget:
        return self.label

    def set_read_only(self, read_only: bool) -> None:
        self.label.setEnabled(not read_only)
        self.fields.set_read_only(read_only)
        self.remove.setVisible(not read_only)


class DatesEditor(_Rows):
    """Anniversaries and other labelled days (the birthday has its own row)."""

    add_text = "Add a date"
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
class _WebsiteRow(_Row):
    """[label ▾] [address] [↗] [×]."""

    def __init__(self, entry: WebsiteEntry, parent=None):
        super().__init__(parent)
        self.label = _label_box(tuple(self.tr(x) for x in WEBSITE_LABELS), entry.label, self.tr("label"))
        self.label.setAccessibleName(self.tr("Website label"))
        self.value = QLineEdit(entry.value)
        self.value.setCursorPosition(0)
        self.value.setPlaceholderText("example.com")
        self.value.setAccessibleName(self.tr("Web address"))
        self.open = QToolButton()
        self.open.setIcon(ui_icon("external"))
        self.open.setAutoRaise(True)
        self.open.setToolTip(self.tr("Open in your browser"))
        self.open.setAccessibleName(self.open.toolTip())
        self.open.clicked.connect(self._open)
        self.remove = _remove_button(self.tr("Remove this website"))
        for column, widget in enumerate((self.label, self.value, self.open, self.remove)):
            self.grid.addWidget(widget, 0, column)
        self.grid.setColumnStretch(1, 1)
        self.watch_combo(self.label)
        self.watch_line(self.value)
        self.value.textChanged.connect(self._update_open)
        self._update_open()

    def _update_open(self) -> None:
        self.open.setEnabled(safe_url(self.value.text()) is not None)

    def _open(self) -> None:
        url = safe_url(self.value.text())
        if url is not None:
            QDesktopServices.openUrl(url)

    def texts(self) -> tuple:
        return (self.label.currentText(), self.value.text())

    def entry(self) -> WebsiteEntry | None:
        value = self.value.text().strip()
        return WebsiteEntry(value, self.label.currentText().strip()) if value else None

    def first_field(self) -> QWidget:
        return self.value

    def set_read_only(self, read_only: bool) -> None:
        self.label.setEnabled(not read_only)
        self.value.setReadOnly(read_only)
        self.remove.setVisible(not read_only)


class WebsitesEditor(_Rows):
    add_text = "Add website"
    add_name = "add_website"

    def make_row(self, entry: WebsiteEntry) -> _WebsiteRow:
        return _WebsiteRow(entry)

    def blank(self) -> WebsiteEntry:
        return WebsiteEntry("", "")


# --- chat and social handles ---------------------------------------------------------------------------------------
class _HandleRow(_Row):
    """[service ▾] [label ▾] [×] over [handle]."""

    def __init__(self, entry: HandleEntry, parent=None):
        super().__init__(parent)
        self.kind = entry.kind
        self.service = QComboBox()
        self.service.setEditable(True)
        self.service.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for key in (*IM_SERVICES, *SOCIAL_SERVICES):
            self.service.addItem(SERVICE_NAMES[key], key)
        self.service.setCurrentText(service_name(entry.service))
        self.service.lineEdit().setPlaceholderText(self.tr("service"))
        self.service.setMaximumWidth(LABEL_WIDTH + 24)
        self.service.setAccessibleName(self.tr("Service"))
        self.service.setToolTip(self.tr("Signal, Matrix, Mastodon, GitHub… or type another"))
        self.value = QLineEdit(entry.value)
        self.value.setCursorPosition(0)
        self.value.setPlaceholderText(self.tr("@name or address"))
        self.value.setAccessibleName(self.tr("Handle"))
        self.label = _label_box(tuple(self.tr(x) for x in HANDLE_LABELS), entry.label, self.tr("label"))
        self.label.setAccessibleName(self.tr("Handle label"))
        self.remove = _remove_button(self.tr("Remove this handle"))
        self.grid.addWidget(self.service, 0, 0)
        self.grid.addWidget(self.label, 0, 1, Qt.AlignmentFlag.AlignLeft)
        self.grid.addWidget(self.remove, 0, 2)
        self.grid.addWidget(self.value, 1, 0, 1, 2)  # the handle gets the full width: it is the long part
        self.grid.setColumnStretch(1, 1)
        self.watch_combo(self.service)
        self.watch_line(self.value)
        self.watch_combo(self.label)

    def texts(self) -> tuple:
        return (self.service.currentText(), self.value.text(), self.label.currentText())

    def service_key(self) -> str:
        text = self.service.currentText().strip()
        index = self.service.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.service.itemData(index) if index >= 0 else text.lower()

    def entry(self) -> HandleEntry | None:
        value = self.value.text().strip()
        if not value:
            return None
        original = self.original
        if original is not None and self.service.currentText() == self.snapshot[0]:
            service, kind = original.service, original.kind  # the service was not touched
        else:
            service = self.service_key()
            kind = "social" if service in SOCIAL_SERVICES else "im" if service in IM_SERVICES else self.kind
        return HandleEntry(value, service, self.label.currentText().strip(), kind)

    def first_field(self) -> QWidget:
        return self.service

    def set_read_only(self, read_only: bool) -> None:
        self.service.setEnabled(not read_only)
        self.label.setEnabled(not read_only)
        self.value.setReadOnly(read_only)
        self.remove.setVisible(not read_only)


class HandlesEditor(_Rows):
    add_text = "Add chat or social"
    add_name = "add_handle"

    def make_row(self, entry: HandleEntry) -> _HandleRow:
        return _HandleRow(entry)

    def blank(self) -> HandleEntry:
        return HandleEntry("", "", "", "im")
