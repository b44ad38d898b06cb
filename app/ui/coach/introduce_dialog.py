"""Introduce two contacts (Contacts → Introduce Two Contacts…, Ctrl+Shift+I): pick both, say why they should meet,
send the double-opt-in emails drafted from the templates, then log it for both.

Logging pushes :class:`app.ui.coach.commands.Introduce` (undoable): an ``introduction`` on each timeline, a give in
each ledger, and a check-in with each a week later (the ``introduction`` rule).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.coach import introductions, outgoing
from app.core.contacts.lookup import display_names
from app.core.followups import rule_settings
from app.ui.context import AppContext
from app.ui.icons import ui_icon
from app.ui.widgets.contact_picker import ContactPicker
from app.ui.widgets.parts import describe_buttons


class DraftView(QWidget):
    """One message: recipients, subject, an editable body, Copy and Open in mail."""

    def __init__(self, name: str, recipient: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        self.to = QLabel()
        self.to.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subject = QLineEdit()
        self.subject.setAccessibleName(self.tr("Subject"))
        form.addRow(self.tr("To"), self.to)
        form.addRow(self.tr("Subject"), self.subject)
        layout.addLayout(form)
        self.body = QPlainTextEdit()
        self.body.setObjectName(f"{name}Body")
        self.body.setAccessibleName(self.tr("Message"))
        self.body.setTabChangesFocus(True)
        layout.addWidget(self.body, 1)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setEnabled(False)
        layout.addWidget(self.missing)
        row = QHBoxLayout()
        row.addStretch(1)
        self.copy_button = QPushButton(ui_icon("copy"), self.tr("Copy"))
        self.copy_button.clicked.connect(self.copy)
        self.mail_button = QPushButton(ui_icon("mail"), self.tr("Open in mail"))
        self.mail_button.clicked.connect(self.open_mail)
        row.addWidget(self.copy_button)
        row.addWidget(self.mail_button)
        layout.addLayout(row)
        self._to: tuple[str, ...] = ()
        self.describe_for(recipient)

    def describe_for(self, recipient: str) -> None:
        """Say whose message this is (``recipient``: a name, two names, or "the first person") to a screen reader."""
        self.subject.setAccessibleDescription(self.tr("The subject of the email to {to}").format(to=recipient))
        self.body.setAccessibleDescription(
            self.tr("The email to {to}; change it as you like before sending").format(to=recipient)
        )
        self.copy_button.setAccessibleDescription(
            self.tr("Copy the email to {to}, to paste it into another program").format(to=recipient)
        )
        self.mail_button.setAccessibleDescription(
            self.tr("Open the email to {to} in your mail program, ready to send").format(to=recipient)
        )

    def set_message(self, message: introductions.Message) -> None:
        self._to = message.to
        self.to.setText(", ".join(message.to) or self.tr("(no email address — copy the text instead)"))
        self.subject.setText(message.subject)
        self.body.setPlainText(message.body)
        fields = [f"{{{m}}}" for m in message.missing]
        self.missing.setText(
            self.tr("Fill in before sending: {fields}").format(fields=", ".join(fields)) if fields else ""
        )
        self.missing.setVisible(bool(fields))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.body.toPlainText())
        self.copy_button.setText(self.tr("Copied"))

    def open_mail(self) -> None:
        url = outgoing.mailto_url(list(self._to), self.subject.text(), self.body.toPlainText())
        if not QDesktopServices.openUrl(QUrl(url)):
            QMessageBox.information(
                self, self.tr("Open in mail"), self.tr("No mail program answered. Use Copy instead.")
            )


class IntroduceDialog(QDialog):
    """Two people, why they should meet, the three drafts, and "Log introduction"."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        first_id: int | None = None,
        second_id: int | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.introduced = None  # what was logged (app.core.coach.introductions.Introduced), once accepted
        self.setObjectName("introduceDialog")
        self.setWindowTitle(self.tr("Introduce two people"))
        self.resize(640, 620)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        days = rule_settings.load().offset("introduction")
        intro = QLabel(
            self.tr(
                "Introducing two people who should know each other is one of the best gifts you can give. Ask each "
                "of them first, separately; once both say yes, send the introduction and log it — Rapport notes a "
                "give for each and reminds you to check in with both after {days} days."
            ).format(days=days)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        self.first = ContactPicker(placeholder=self.tr("Type a name"))
        self.first.setObjectName("introFirst")
        self.first.setAccessibleName(self.tr("First person"))
        self.second = ContactPicker(placeholder=self.tr("Type a name"))
        self.second.setObjectName("introSecond")
        self.second.setAccessibleName(self.tr("Second person"))
        form.addRow(self.tr("Introduce"), self.first)
        form.addRow(self.tr("to"), self.second)
        self.why = QLineEdit()
        self.why.setObjectName("introWhy")
        self.why.setAccessibleName(self.tr("Why they should meet"))
        self.why.setMaxLength(introductions.MAX_WHY)
        self.why.setPlaceholderText(self.tr("e.g. Both of you are rebuilding warehouse planning"))
        form.addRow(self.tr("Why meet?"), self.why)
        layout.addLayout(form)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("introDrafts")
        self.ask_a = DraftView("introAskFirst", self.tr("the first person"))
        self.ask_b = DraftView("introAskSecond", self.tr("the second person"))
        self.intro = DraftView("introEmail", self.tr("both people"))
        self.tabs.addTab(self.ask_a, self.tr("1 · Ask the first"))
        self.tabs.addTab(self.ask_b, self.tr("2 · Ask the second"))
        self.tabs.addTab(self.intro, self.tr("3 · Introduce both"))
        layout.addWidget(self.tabs, 1)
        self.error = QLabel()
        self.error.setObjectName("introError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        describe_buttons(buttons)
        self.log_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.log_button.setText(self.tr("Log introduction"))
        self.log_button.setObjectName("introLog")
        self.log_button.setToolTip(self.tr("Log it for both people: a give each, and a check-in with each later"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.update_drafts)
        for picker in (self.first, self.second):
            picker.contact_chosen.connect(lambda _id: self._timer.start())
            picker.cleared.connect(self._timer.start)
        self.why.textChanged.connect(lambda _t: self._timer.start())
        if first_id is not None:
            self.first.set_contact(first_id)
        if second_id is not None:
            self.second.set_contact(second_id)
        self.update_drafts()
        (self.second if first_id is not None else self.first).setFocus()

    def _pair(self) -> tuple[int | None, int | None]:
        return self.first.contact_id, self.second.contact_id

    def update_drafts(self) -> None:
        a, b = self._pair()
        names = display_names([a, b])
        self.tabs.setTabText(0, self.tr("1 · Ask {name}").format(name=names.get(a, self.tr("the first"))))
        self.tabs.setTabText(1, self.tr("2 · Ask {name}").format(name=names.get(b, self.tr("the second"))))
        ready = a is not None and b is not None and a != b
        self.tabs.setEnabled(ready)
        if not ready:
            return
        drafts = introductions.drafts(a, b, self.why.text(), clock=self.ctx.clock)
        self.ask_a.describe_for(names.get(a, "?"))
        self.ask_b.describe_for(names.get(b, "?"))
        self.intro.describe_for(self.tr("{a} and {b}").format(a=names.get(a, "?"), b=names.get(b, "?")))
        self.ask_a.set_message(drafts.ask_a)
        self.ask_b.set_message(drafts.ask_b)
        self.intro.set_message(drafts.intro)

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def accept(self) -> None:
        from app.ui.coach.commands import Introduce

        for picker in (self.first, self.second):
            if picker.contact_id is None and picker.text().strip() and not picker.accept_first():
                self._fail(self.tr("No contact matches “{text}”.").format(text=picker.text()))
                picker.setFocus()
                return
        a, b = self._pair()
        if a is None or b is None:
            self._fail(self.tr("Choose the two people to introduce."))
            (self.first if a is None else self.second).setFocus()
            return
        if a == b:
            self._fail(self.tr("Choose two different people."))
            self.second.setFocus()
            return
        names = display_names([a, b])
        label = self.tr("{a} and {b}").format(a=names.get(a, "?"), b=names.get(b, "?"))
        command = Introduce(self.ctx, a, b, why=self.why.text(), label=label)
        self.ctx.undo_stack.push(command)  # the stack owns the command from here on
        self.introduced = command.done
        if self.introduced is None:
            self._fail(self.tr("The introduction could not be logged; see the log file for details."))
            return
        super().accept()
