"""Editing several emails or phone numbers, each with a label and one marked primary."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.contacts.contact_data import AddressEntry, EmailEntry, PhoneEntry
from app.ui.contacts.field_labels import ADDRESS_LABELS, EMAIL_LABELS, PHONE_LABELS, LabelBox
from app.ui.contacts.row_editors import field_label_box
from app.ui.icons import ui_icon

__all__ = ["ADDRESS_LABELS", "EMAIL_LABELS", "PHONE_LABELS", "AddressEditor", "MultiValueEditor"]


class _Row:
    def __init__(self, label: LabelBox, value: QLineEdit, primary: QRadioButton, remove: QToolButton):
        self.label, self.value, self.primary, self.remove = label, value, primary, remove
        self.e164 = ""

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.label, self.value, self.primary, self.remove)


class MultiValueEditor(QWidget):
    """Rows of [label] [value] (•) primary [×]; "Add" appends a row. ``edited`` on typing, ``committed`` on leave."""

    edited = Signal()
    committed = Signal()

    def __init__(self, kind: str, parent=None):
        super().__init__(parent)
        self.kind = kind
        self.labels = EMAIL_LABELS if kind == "email" else PHONE_LABELS
        self._rows: list[_Row] = []
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(4)
        self._grid.setColumnStretch(1, 1)
        outer.addLayout(self._grid)
        self.add_button = QPushButton(ui_icon("add"), self.tr("Add email") if kind == "email" else self.tr("Add phone"))
        self.add_button.setFlat(True)
        self.add_button.setObjectName(f"add_{kind}")
        self.add_button.clicked.connect(self._add_clicked)
        outer.addWidget(self.add_button, 0, self._alignment_left())

    @staticmethod
    def _alignment_left():
        from PySide6.QtCore import Qt

        return Qt.AlignmentFlag.AlignLeft

    def _add_clicked(self) -> None:
        row = self._add_row("", self.labels[0], primary=not self._rows)
        row.value.setFocus()

    def _add_row(self, value: str, label: str, *, primary: bool, e164: str = "") -> _Row:
        label_box = field_label_box(self.labels, label)
        label_box.setAccessibleName(self.tr("Label"))
        edit = QLineEdit(value)
        edit.setCursorPosition(0)
        edit.setPlaceholderText("name@example.com" if self.kind == "email" else self.tr("+1 202 555 0143"))
        edit.setAccessibleName(self.tr("Email address") if self.kind == "email" else self.tr("Phone number"))
        primary_button = QRadioButton()
        primary_button.setToolTip(self.tr("Primary: used first in exports and messages"))
        primary_button.setAccessibleName(self.tr("Primary"))
        primary_button.setChecked(primary)
        self._group.addButton(primary_button)
        remove = QToolButton()
        remove.setIcon(ui_icon("close"))
        remove.setAutoRaise(True)
        remove.setToolTip(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove"))
        row = _Row(label_box, edit, primary_button, remove)
        row.e164 = e164
        if e164 and e164 != value:
            edit.setToolTip(self.tr("Stored as {e164}").format(e164=e164))
        r = len(self._rows)
        for column, widget in enumerate(row.widgets()):
            self._grid.addWidget(widget, r, column)
        self._rows.append(row)
        edit.textEdited.connect(self.edited)
        edit.editingFinished.connect(self.committed)
        label_box.currentTextChanged.connect(self.edited)
        label_box.lineEdit().editingFinished.connect(self.committed)
        primary_button.toggled.connect(lambda on: on and self.committed.emit())
        remove.clicked.connect(lambda: self._remove(row))
        return row

    def _remove(self, row: _Row) -> None:
        self._rows.remove(row)
        self._group.removeButton(row.primary)
        for widget in row.widgets():
            widget.hide()
            widget.deleteLater()
        self._relayout()
        if self._rows and not any(r.primary.isChecked() for r in self._rows):
            self._rows[0].primary.setChecked(True)
        self.committed.emit()

    def _relayout(self) -> None:
        for r, row in enumerate(self._rows):
            for column, widget in enumerate(row.widgets()):
                self._grid.addWidget(widget, r, column)

    def clear(self) -> None:
        for row in self._rows:
            self._group.removeButton(row.primary)
            for widget in row.widgets():
                widget.hide()
                widget.deleteLater()
        self._rows = []

    def set_entries(self, entries: list) -> None:
        """Show ``entries`` (EmailEntry or PhoneEntry), unless a row has the keyboard focus (the user is typing)."""
        self.blockSignals(True)
        self.clear()
        for entry in entries:
            self._add_row(entry.value, entry.label, primary=entry.primary, e164=getattr(entry, "e164", ""))
        self.blockSignals(False)

    def entries(self) -> list:
        result = []
        for row in self._rows:
            value = row.value.text().strip()
            if not value:
                continue
            label = row.label.label()
            if self.kind == "email":
                result.append(EmailEntry(value, label, row.primary.isChecked()))
            else:
                result.append(PhoneEntry(value, label, row.primary.isChecked()))
        return result

    def has_focus(self) -> bool:
        return any(w.hasFocus() for row in self._rows for w in (row.value, row.label))

    def set_read_only(self, read_only: bool) -> None:
        self.add_button.setVisible(not read_only)
        for row in self._rows:
            row.value.setReadOnly(read_only)
            row.label.setEnabled(not read_only)
            row.primary.setEnabled(not read_only)
            row.remove.setVisible(not read_only)


class _AddressRow(QWidget):
    """One postal address: label, street, postcode + city, region + country, and × to remove it."""

    def __init__(self, entry: AddressEntry, parent=None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 4)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        self.label = field_label_box(ADDRESS_LABELS, entry.label)
        self.label.setAccessibleName(self.tr("Label"))
        self.fields: dict[str, QLineEdit] = {}
        for key, hint in (
            ("street", self.tr("Street")),
            ("postal_code", self.tr("Postcode")),
            ("locality", self.tr("City")),
            ("region", self.tr("Region")),
            ("country", self.tr("Country")),
        ):
            edit = QLineEdit(getattr(entry, key))
            edit.setCursorPosition(0)
            edit.setPlaceholderText(hint)
            edit.setAccessibleName(hint)
            self.fields[key] = edit
        self.remove = QToolButton()
        self.remove.setIcon(ui_icon("close"))
        self.remove.setAutoRaise(True)
        self.remove.setToolTip(self.tr("Remove this address"))
        self.remove.setAccessibleName(self.remove.toolTip())
        grid.addWidget(self.label, 0, 0)
        grid.addWidget(self.fields["street"], 0, 1, 1, 2)
        grid.addWidget(self.remove, 0, 3)
        grid.addWidget(self.fields["postal_code"], 1, 1)
        grid.addWidget(self.fields["locality"], 1, 2)
        grid.addWidget(self.fields["region"], 2, 1)
        grid.addWidget(self.fields["country"], 2, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 2)

    def entry(self) -> AddressEntry:
        values = {key: edit.text().strip() for key, edit in self.fields.items()}
        return AddressEntry(label=self.label.label(), **values)

    def has_focus(self) -> bool:
        return self.label.hasFocus() or any(edit.hasFocus() for edit in self.fields.values())

    def set_read_only(self, read_only: bool) -> None:
        self.label.setEnabled(not read_only)
        for edit in self.fields.values():
            edit.setReadOnly(read_only)
        self.remove.setVisible(not read_only)


class AddressEditor(QWidget):
    """Postal addresses (the first one is the primary). ``edited`` while typing, ``committed`` on leaving a field."""

    edited = Signal()
    committed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[_AddressRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._box = QVBoxLayout()
        self._box.setSpacing(4)
        layout.addLayout(self._box)
        self.add_button = QPushButton(ui_icon("add"), self.tr("Add address"))
        self.add_button.setFlat(True)
        self.add_button.setObjectName("add_address")
        self.add_button.clicked.connect(self._add_clicked)
        layout.addWidget(self.add_button, 0, MultiValueEditor._alignment_left())

    def _add_clicked(self) -> None:
        row = self._add_row(AddressEntry(label=ADDRESS_LABELS[0]))
        row.fields["street"].setFocus()

    def _add_row(self, entry: AddressEntry) -> _AddressRow:
        row = _AddressRow(entry, self)
        self._box.addWidget(row)
        self._rows.append(row)
        for edit in row.fields.values():
            edit.textEdited.connect(self.edited)
            edit.editingFinished.connect(self.committed)
        row.label.currentTextChanged.connect(self.edited)
        row.label.lineEdit().editingFinished.connect(self.committed)
        row.remove.clicked.connect(lambda: self._remove(row))
        return row

    def _remove(self, row: _AddressRow) -> None:
        self._rows.remove(row)
        row.hide()
        row.deleteLater()
        self.committed.emit()

    def set_entries(self, entries: list[AddressEntry]) -> None:
        self.blockSignals(True)
        for row in self._rows:
            row.hide()
            row.deleteLater()
        self._rows = []
        for entry in entries:
            self._add_row(entry)
        self.blockSignals(False)

    def entries(self) -> list[AddressEntry]:
        result = [row.entry() for row in self._rows]
        result = [entry for entry in result if not entry.is_empty()]
        for i, entry in enumerate(result):
            entry.primary = i == 0
        return result

    def has_focus(self) -> bool:
        return any(row.has_focus() for row in self._rows)

    def set_read_only(self, read_only: bool) -> None:
        self.add_button.setVisible(not read_only)
        for row in self._rows:
            row.set_read_only(read_only)
