"""A line edit that finds a contact as you type (name contains the text; matches starting with it first).

Only the top matches are ever loaded, so it stays quick with 50 000 contacts. ``contact_id`` is the chosen
contact (None while the text matches no single person); ``contact_changed`` fires when it changes.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from app.models import Contact

MAX_MATCHES = 20


def contact_matches(text: str, limit: int = MAX_MATCHES) -> list[tuple[int, str]]:
    """Live contacts whose name contains ``text``: (id, label); homonyms get their company or id in the label."""
    text = " ".join(text.split())
    if not text:
        return []
    query = (
        Contact.select(Contact.id, Contact.display_name, Contact.company)
        .where(Contact.deleted_at.is_null(), Contact.display_name.contains(text))
        .order_by(Contact.display_name.startswith(text).desc(), Contact.display_name)
        .limit(limit)
    )
    rows = list(query)
    counts: dict[str, int] = {}
    for row in rows:
        counts[row.display_name.lower()] = counts.get(row.display_name.lower(), 0) + 1
    labels = []
    for row in rows:
        label = row.display_name
        if counts[label.lower()] > 1:
            label = f"{label} — {row.company.name}" if row.company_id else f"{label} (#{row.id})"
        labels.append((row.id, label))
    return labels


class ContactPicker(QLineEdit):
    contact_changed = Signal(object)  # int | None

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Start typing a name…"))
        self._choices: dict[str, int] = {}
        self._contact_id: int | None = None
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._picked)
        self.setCompleter(completer)
        self.textEdited.connect(self._suggest)
        self.editingFinished.connect(self._settle)

    @property
    def contact_id(self) -> int | None:
        return self._contact_id

    def set_contact(self, contact_id: int | None) -> None:
        if contact_id is None:
            self.clear()
            self._set(None)
            return
        contact = Contact.get_or_none(Contact.id == contact_id)
        if contact is None:
            return
        self._choices[contact.display_name] = contact.id
        self.setText(contact.display_name)
        self._set(contact.id)

    def resolve(self) -> int | None:
        """The contact the text names: a picked suggestion, or the one contact with exactly this name."""
        text = " ".join(self.text().split())
        if text in self._choices:
            return self._choices[text]
        exact = [cid for cid, label in contact_matches(text) if label.lower() == text.lower()]
        return exact[0] if len(exact) == 1 else None

    def _set(self, contact_id: int | None) -> None:
        if contact_id != self._contact_id:
            self._contact_id = contact_id
            self.contact_changed.emit(contact_id)

    def _suggest(self, text: str) -> None:
        matches = contact_matches(text)
        self._choices.update({label: cid for cid, label in matches})
        self._model.setStringList([label for _, label in matches])
        self._set(self._choices.get(" ".join(text.split())))

    def _picked(self, label: str) -> None:
        self._set(self._choices.get(label))

    def _settle(self) -> None:
        self._set(self.resolve())
