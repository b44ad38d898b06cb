"""A line edit that picks one contact by typing part of a name (the search engine suggests, best match first).

Used for "Referred by", the Log interaction dialog's contact, the second person of an introduction, and merges.
``contact_id`` is the chosen contact or None; typing after a choice clears it until a suggestion is taken again.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit

from app.core.contacts.lookup import contact_label, names_and_companies
from app.core.contacts.search import search_ids

SUGGESTIONS = 12
IdRole = Qt.ItemDataRole.UserRole + 1


def describe(contact_id: int) -> str:
    """ "Name — Company" for one contact ("" when it does not exist)."""
    return contact_label(contact_id)


class _Suggestions(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple[int, str, str]] = []

    def set_rows(self, rows: list[tuple[int, str, str]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        cid, name, company = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return f"{name} — {company}" if company else name
        if role == IdRole:
            return cid
        return None


class ContactPicker(QLineEdit):
    """Type a name, pick a suggestion. ``contact_chosen(id)`` fires on a pick; ``cleared`` when emptied."""

    contact_chosen = Signal(int)
    cleared = Signal()

    def __init__(self, parent=None, *, exclude: set[int] | None = None, placeholder: str = ""):
        super().__init__(parent)
        self.exclude = set(exclude or ())
        self._contact_id: int | None = None
        self._model = _Suggestions(self)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(placeholder or self.tr("Type a name…"))
        completer = QCompleter(self._model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(SUGGESTIONS)
        completer.activated[QModelIndex].connect(self._picked)
        self.setCompleter(completer)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(60)
        self._timer.timeout.connect(self._suggest)
        self.textEdited.connect(self._edited)

    @property
    def contact_id(self) -> int | None:
        return self._contact_id

    def set_contact(self, contact_id: int | None) -> None:
        """Show ``contact_id`` (None: empty) without emitting signals."""
        self._contact_id = contact_id
        self.blockSignals(True)
        self.setText(describe(contact_id) if contact_id is not None else "")
        self.blockSignals(False)

    def _edited(self, text: str) -> None:
        had = self._contact_id
        self._contact_id = None
        if not text.strip():
            self._model.set_rows([])
            if had is not None:
                self.cleared.emit()
            return
        self._timer.start()

    def _suggest(self) -> None:
        ids = [i for i in search_ids(self.text(), limit=SUGGESTIONS + len(self.exclude)) if i not in self.exclude]
        ids = ids[:SUGGESTIONS]
        names = names_and_companies(ids)
        self._model.set_rows([(cid, *names[cid]) for cid in ids if cid in names])
        if self._model.rowCount() and self.hasFocus():
            self.completer().complete()

    def _picked(self, index: QModelIndex) -> None:
        cid = index.data(IdRole)
        if cid is None:
            return
        self._contact_id = cid
        self.contact_chosen.emit(cid)

    def accept_first(self) -> bool:
        """Take the best suggestion for the typed text (Enter without opening the popup)."""
        if self._contact_id is not None:
            return True
        ids = [i for i in search_ids(self.text(), limit=5) if i not in self.exclude]
        if not ids:
            return False
        self.set_contact(ids[0])
        self.contact_chosen.emit(ids[0])
        return True
