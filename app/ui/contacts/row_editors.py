"""Lists of rows with a label picker and a remove button, and an "Add" button under them: the frame of the
"More fields" editors (:mod:`app.ui.contacts.more_fields`, :mod:`app.ui.contacts.date_editors`)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.translated import Labels
from app.ui.contacts.field_labels import FIELD_LABELS, LabelBox
from app.ui.icons import ui_icon

LABEL_WIDTH = 96
# The widest a label combo grows for a long word of the language: the combos share a column with the numbers and
# addresses beside them, which a wider one squeezes (at 1200x800 "Buscapersonas del trabajo" whole, 195 px, left a
# phone number 30 px). Longer labels show their start and are whole in the tooltip.
LABEL_MOST = 128


def remove_button(tip: str) -> QToolButton:
    button = QToolButton()
    button.setIcon(ui_icon("close"))
    button.setAutoRaise(True)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    return button


def add_button(text: str, name: str) -> QPushButton:
    button = QPushButton(ui_icon("add"), text)
    button.setFlat(True)
    button.setObjectName(name)
    return button


def field_label_box(
    keys: tuple[str, ...], label: str, placeholder: str = "", *, labels: Labels = FIELD_LABELS
) -> LabelBox:
    """The label combo of an e-mail, phone, address, website, handle or yearly date: ``keys`` shown in the
    interface's language, ``label`` (as stored) shown, :meth:`LabelBox.label` to read back what to store; at least
    :data:`LABEL_WIDTH` wide, wider for a longer word of the language (:meth:`LabelBox.fit`)."""
    box = LabelBox(keys, label, labels=labels)
    if placeholder:
        box.lineEdit().setPlaceholderText(placeholder)
    box.fit(LABEL_WIDTH, LABEL_MOST)  # a longer word whole ("Hauptnummer"), the longest in the tooltip
    return box


class RowList(QWidget):
    """Rows of entries with an "Add …" button under them; each row remembers the entry it was made from."""

    edited = Signal()
    committed = Signal()
    add_text = ""
    add_name = ""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[EditorRow] = []
        self._read_only = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        self._box = QVBoxLayout()
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(6)
        outer.addLayout(self._box)
        self.add_button = add_button(self.tr(self.add_text), self.add_name)
        self.add_button.clicked.connect(self._add_clicked)
        outer.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def make_row(self, entry) -> EditorRow:
        raise NotImplementedError

    def blank(self):
        raise NotImplementedError

    def _add_clicked(self) -> None:
        row = self._add_row(self.blank(), original=None)
        row.first_field().setFocus()
        self.edited.emit()

    def _add_row(self, entry, *, original) -> EditorRow:
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

    def _remove(self, row: EditorRow) -> None:
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

    def rows(self) -> list[EditorRow]:
        return list(self._rows)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.add_button.setVisible(not read_only)
        for row in self._rows:
            row.set_read_only(read_only)


class EditorRow(QWidget):
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
