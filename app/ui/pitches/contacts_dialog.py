"""Pick the contacts a pitch suits: search by name or company, tick people, untick to unlink."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.pitches.queries import CONTACT_SEARCH_LIMIT as LIMIT
from app.core.pitches.queries import search_contacts
from app.ui.widgets.parts import describe_buttons

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class LinkContactsDialog(QDialog):
    def __init__(self, linked: set[int], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pitchContactsDialog")
        self.setWindowTitle(self.tr("Who does this pitch suit?"))
        self.resize(420, 520)
        self._selected = set(linked)
        self.search = QLineEdit()
        self.search.setObjectName("pitchContactsSearch")
        self.search.setPlaceholderText(self.tr("Search by name or company"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("pitchContactsList")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        describe_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tick the people you would give this version of your pitch to.")))
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self._fill)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.list.itemChanged.connect(self._changed)
        self._fill()

    def _fill(self) -> None:
        rows = search_contacts(self.search.text())
        self.list.blockSignals(True)
        self.list.clear()
        # Linked people first, so they are easy to untick.
        rows.sort(key=lambda r: (r[0] not in self._selected, r[1].lower()))
        for contact_id, name, company in rows:
            item = QListWidgetItem(f"{name} · {company}" if company else name)
            item.setData(ID_ROLE, contact_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if contact_id in self._selected else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if not rows:
            self.hint.setText(self.tr("No contact matches. Add people on the Contacts page first."))
        elif len(rows) >= LIMIT:
            self.hint.setText(self.tr("Showing the first {n}: type to narrow down.").format(n=LIMIT))
        else:
            self.hint.setText(self.tr("{n} linked").format(n=len(self._selected)))

    def _changed(self, item: QListWidgetItem) -> None:
        contact_id = item.data(ID_ROLE)
        if item.checkState() == Qt.CheckState.Checked:
            self._selected.add(contact_id)
        else:
            self._selected.discard(contact_id)
        self.hint.setText(self.tr("{n} linked").format(n=len(self._selected)))

    def selected(self) -> set[int]:
        return set(self._selected)
