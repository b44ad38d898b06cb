"""Typing people in fast: a row of fields where Enter adds the person and Tab moves to the next field.

Used by the network brainstorm wizard, "Ask for referrals" and "New contact". Only the name is needed; company,
email and a note are optional. When the name is already in the contacts, a hint says so (the person may still be
added: two people can share a name).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.contacts import lookup
from app.core.contacts.contact_data import ContactData
from app.core.contacts.quick_add import quick_contact
from app.core.contacts.service import ContactValidationError, validate
from app.ui.contacts.presentation import error_label, problem_text
from app.ui.icons import ui_icon


class _EnterLine(QLineEdit):
    """A line edit whose Enter means "add this person" (the parent decides)."""

    enter = Signal()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter.emit()
            return
        super().keyPressEvent(event)


class QuickEntry(QWidget):
    """Name · Company · Email · Note, [Add]; the people added so far listed below (with × to take one out)."""

    added = Signal(object)  # ContactData
    removed = Signal(int)  # index in the list

    def __init__(
        self,
        parent=None,
        *,
        note_hint: str = "",
        with_email: bool = True,
        list_people: bool = True,
        remember_added: bool = True,
    ):
        super().__init__(parent)
        self.remember_added = remember_added
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.name = _EnterLine()
        self.name.setObjectName("quickName")
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setPlaceholderText(self.tr("Name (Enter adds)"))
        self.company = _EnterLine()
        self.company.setObjectName("quickCompany")
        self.company.setAccessibleName(self.tr("Company"))
        self.company.setPlaceholderText(self.tr("Company"))
        self.email = _EnterLine()
        self.email.setObjectName("quickEmail")
        self.email.setAccessibleName(self.tr("Email"))
        self.email.setPlaceholderText(self.tr("Email"))
        self.email.setVisible(with_email)
        self.note = _EnterLine()
        self.note.setObjectName("quickNote")
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(note_hint or self.tr("Note"))
        self.add_button = QPushButton(ui_icon("add"), self.tr("Add"))
        self.add_button.setObjectName("quickAdd")
        self.add_button.setToolTip(self.tr("Add this person to the list (Enter)"))
        self.add_button.setAutoDefault(False)
        self.add_button.setDefault(False)
        row.addWidget(self.name, 3)
        row.addWidget(self.company, 2)
        row.addWidget(self.email, 2)
        row.addWidget(self.note, 3)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        self.hint = QLabel()
        self.hint.setObjectName("quickHint")
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        self.hint.setVisible(False)
        layout.addWidget(self.hint)
        self.error = error_label()
        layout.addWidget(self.error)
        self.people_label = QLabel()
        self.people_label.setObjectName("quickPeopleLabel")
        self.people_label.setVisible(False)
        layout.addWidget(self.people_label)
        self.people = QListWidget()
        self.people.setObjectName("quickPeople")
        self.people.setAccessibleName(self.tr("People added"))
        self.people.setAccessibleDescription(self.tr("The people you have added in this window, newest first"))
        self.people.setVisible(list_people)
        self.people.setIconSize(QSize(16, 16))
        layout.addWidget(self.people, 1)
        for edit in (self.name, self.company, self.email, self.note):
            edit.enter.connect(self.submit)
        self.add_button.clicked.connect(self.submit)
        self.name.textEdited.connect(self._check_known)
        self.defaults: dict = {}
        self.setTabOrder(self.name, self.company)
        self.setTabOrder(self.company, self.email)
        self.setTabOrder(self.email, self.note)
        self.setTabOrder(self.note, self.add_button)

    def _check_known(self, text: str) -> None:
        self.error.setVisible(False)
        name = " ".join(text.split())
        count = lookup.active_name_count(name) if name else 0
        self.hint.setText(
            self.tr("Already in your contacts ({n}) — add anyway if it is someone else.").format(n=count)
            if count
            else ""
        )
        self.hint.setVisible(bool(count))

    def data(self) -> ContactData:
        return quick_contact(
            self.name.text(),
            company=self.company.text().strip(),
            email=self.email.text().strip(),
            note=self.note.text().strip(),
            **self.defaults,
        )

    def submit(self) -> None:
        """Validate the typed person; emit ``added`` and clear the fields, or show why not."""
        if not self.name.text().strip():
            if self.company.text().strip() or self.email.text().strip():
                self.error.setText(self.tr("Type a name first."))
                self.error.setVisible(True)
            self.name.setFocus()
            return
        data = self.data()
        try:
            validate(data)
        except ContactValidationError as exc:
            self.error.setText("\n".join(problem_text(p) for p in exc.problems))
            self.error.setVisible(True)
            return
        self.error.setVisible(False)
        self.added.emit(data)
        if self.remember_added:
            self.remember(data)
        for edit in (self.name, self.company, self.email, self.note):
            edit.clear()
        self.hint.clear()
        self.hint.setVisible(False)
        self.name.setFocus()

    def remember(self, data: ContactData) -> None:
        """List an added person (newest first)."""
        text = " ".join(p for p in (data.given_name, data.family_name) if p)
        if data.company:
            text += f" — {data.company}"
        item = QListWidgetItem(ui_icon("check"), text)
        self.people.insertItem(0, item)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)
