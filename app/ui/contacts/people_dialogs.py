"""Adding people: "New contact", "Ask for referrals" (several people referred by one) and the network brainstorm
wizard that walks circle by circle with prompts ("don't disqualify anyone"). Every addition is undoable.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from app.core.contacts import lookup
from app.core.contacts.contact_data import ContactData, EmailEntry, PhoneEntry
from app.core.contacts.quick_add import split_name
from app.core.contacts.service import ContactValidationError, validate
from app.ui.contacts import commands
from app.ui.contacts.filters import colour_swatch
from app.ui.contacts.presentation import error_label, problem_text
from app.ui.contacts.quick_entry import QuickEntry
from app.ui.context import AppContext
from app.ui.icons import ui_icon
from app.ui.widgets.contact_picker import ContactPicker
from app.ui.widgets.parts import describe_buttons
from app.ui.widgets.text import heading


class NewContactDialog(QDialog):
    """The essentials of a new person; everything else is edited in the detail pane afterwards."""

    def __init__(self, ctx: AppContext, parent=None, *, circle_id: int | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.created_id: int | None = None
        self.setObjectName("newContactDialog")
        self.setWindowTitle(self.tr("New contact"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setVerticalSpacing(8)
        layout.addLayout(form)
        self.name = QLineEdit()
        self.name.setObjectName("newName")
        self.name.setPlaceholderText(self.tr("e.g. Ada Okafor"))
        self.company = QLineEdit()
        self.company.setObjectName("newCompany")
        self.company.setAccessibleDescription(self.tr("Where they work now; optional"))
        self.email = QLineEdit()
        self.email.setObjectName("newEmail")
        self.email.setPlaceholderText("name@example.com")
        self.phone = QLineEdit()
        self.phone.setObjectName("newPhone")
        self.phone.setAccessibleDescription(self.tr("Their mobile number; optional"))
        self.circle = QComboBox()
        self.circle.setObjectName("newCircle")
        self.circle.setAccessibleDescription(self.tr("The group of people they belong to, such as former colleagues"))
        self.circle.addItem(self.tr("No circle"), None)
        for circle in lookup.circles_in_order():
            self.circle.addItem(colour_swatch(circle.colour), circle.label, circle.id)  # the core takes a label back
        self.circle.setCurrentIndex(max(0, self.circle.findData(circle_id)))
        self.referrer = ContactPicker(placeholder=self.tr("Optional: who referred them"))
        self.referrer.setObjectName("newReferrer")
        for label, widget in (
            (self.tr("Name"), self.name),
            (self.tr("Company"), self.company),
            (self.tr("Email"), self.email),
            (self.tr("Phone"), self.phone),
            (self.tr("Circle"), self.circle),
            (self.tr("Referred by"), self.referrer),
        ):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        describe_buttons(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def data(self) -> ContactData:
        given, family = split_name(self.name.text())
        return ContactData(
            given_name=given,
            family_name=family,
            company=self.company.text().strip(),
            emails=[EmailEntry(self.email.text().strip(), "", True)] if self.email.text().strip() else [],
            phones=[PhoneEntry(self.phone.text().strip(), "mobile", True)] if self.phone.text().strip() else [],
            circles=[self.circle.currentText()] if self.circle.currentData() is not None else [],
            referred_by_id=self.referrer.contact_id,
        )

    def accept(self) -> None:
        data = self.data()
        try:
            validate(data)
        except ContactValidationError as exc:
            self.error.setText("\n".join(problem_text(p) for p in exc.problems))
            self.error.setVisible(True)
            return
        command = commands.CreateContacts(
            self.ctx, [data], self.tr("New contact {name}").format(name=self.name.text().strip())
        )
        self.ctx.undo_stack.push(command)
        self.created_id = command.ids[0] if command.ids else None
        super().accept()


class AskReferralsDialog(QDialog):
    """ "Who else would you recommend I talk to?" — each answer a new contact referred by this person."""

    def __init__(self, ctx: AppContext, referrer_id: int, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.referrer_id = referrer_id
        self.pending: list[ContactData] = []
        self.created: list[int] = []
        self.name = lookup.display_name(referrer_id)
        self.setObjectName("askReferralsDialog")
        self.setWindowTitle(self.tr("Referrals from {name}").format(name=self.name))
        self.resize(760, 480)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(
            heading(self.tr("Who else would {name} recommend you talk to?").format(name=self.name), level=2)
        )
        tip = QLabel(
            self.tr(
                "Type each name and press Enter (Tab moves to the next field). Ask whether you may mention {name} "
                "when you get in touch — and call each referral within a few days."
            ).format(name=self.name)
        )
        tip.setWordWrap(True)
        layout.addWidget(tip)
        self.entry = QuickEntry(note_hint=self.tr("Why talk to them?"))
        self.entry.defaults = {"how_met": self.tr("Referred by {name}").format(name=self.name)}
        self.entry.added.connect(self._queued)
        layout.addWidget(self.entry, 1)
        self.log_it = QCheckBox(self.tr("Log that {name} gave me these referrals").format(name=self.name))
        self.log_it.setChecked(True)
        self.log_it.setAccessibleDescription(
            self.tr("Record in their history that they suggested the people you add here")
        )
        layout.addWidget(self.log_it)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        describe_buttons(buttons)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update_ok()
        self.entry.name.setFocus()

    def _queued(self, data: ContactData) -> None:
        data.notes = data.notes
        data.why_connect, data.notes = data.notes, ""
        self.pending.append(data)
        self._update_ok()

    def _update_ok(self) -> None:
        n = len(self.pending)
        self.ok.setText(self.tr("Add %Ln person(s)", "", n))
        self.ok.setEnabled(n > 0 or bool(self.entry.name.text().strip()))

    def accept(self) -> None:
        if self.entry.name.text().strip():
            self.entry.submit()
            if self.entry.name.text().strip():
                return
        if not self.pending:
            self.reject()
            return
        people = list(self.pending)
        summary = None
        if self.log_it.isChecked():
            names = ", ".join(" ".join(p for p in (d.given_name, d.family_name) if p) for d in people)
            summary = self.tr("Suggested {names}").format(names=names)[:500]
        text = self.tr("Add %Ln referral(s) from {name}", "", len(people)).format(name=self.name)
        command = commands.AddReferrals(self.ctx, self.referrer_id, people, text, summary)
        self.ctx.undo_stack.push(command)
        self.created = list(command.ids)
        if not self.created:
            self.error.setText(self.tr("The referrals could not be saved; see the log file for details."))
            self.error.setVisible(True)
            return
        super().accept()


class BrainstormWizard(QDialog):
    """Walk the circles one by one and list everyone who comes to mind. Each Enter saves a person at once."""

    contacts_added = Signal(list)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.added: list[int] = []
        self.setObjectName("brainstormWizard")
        self.setWindowTitle(self.tr("List the people you know"))
        self.resize(900, 560)
        outer = QHBoxLayout(self)
        outer.setSpacing(16)
        self.circles = QListWidget()
        self.circles.setObjectName("brainstormCircles")
        self.circles.setAccessibleName(self.tr("Circles"))
        self.circles.setAccessibleDescription(self.tr("The circle of people to think of now; choose one to jump to it"))
        self.circles.setMaximumWidth(240)
        self.circles.currentRowChanged.connect(self._show_circle)
        left = QVBoxLayout()
        left.addWidget(self.circles, 1)
        self.add_circle = QPushButton(self.tr("Add a circle of your own…"))
        self.add_circle.setAutoDefault(False)
        self.add_circle.setAccessibleDescription(self.tr("Name a new group of people, such as a club or a choir"))
        self.add_circle.clicked.connect(self._new_circle)
        left.addWidget(self.add_circle)
        outer.addLayout(left)
        right = QVBoxLayout()
        right.setSpacing(8)
        self.step = QLabel()
        self.step.setObjectName("brainstormStep")
        self.step.setEnabled(False)
        self.title = heading("", level=1)
        self.title.setObjectName("brainstormTitle")
        self.prompt = QLabel()
        self.prompt.setObjectName("brainstormPrompt")
        self.prompt.setWordWrap(True)
        advice = QLabel(
            self.tr(
                "Don't disqualify anyone: any of them may know of your next job. Name, then Enter — "
                "company and a note are optional (Tab)."
            )
        )
        advice.setWordWrap(True)
        advice.setEnabled(False)
        self.entry = QuickEntry(note_hint=self.tr("How you know them"), remember_added=False)
        self.entry.added.connect(self._add)
        blank = QPixmap(16, 16)
        blank.fill(Qt.GlobalColor.transparent)
        self._blank = QIcon(blank)
        self.members = self.entry.people_label
        self.members.setObjectName("brainstormCount")
        self.members.setVisible(True)
        self.entry.people.setAccessibleDescription(
            self.tr("Everyone already in this circle; a tick marks the people you added just now")
        )
        for widget in (self.step, self.title, self.prompt, advice):
            right.addWidget(widget)
        right.addWidget(self.entry, 1)
        nav = QHBoxLayout()
        self.back = QPushButton(self.tr("Back"))
        self.back.setToolTip(self.tr("Previous circle (Alt+Left)"))
        self.next = QPushButton(self.tr("Next circle"))
        self.next.setToolTip(self.tr("Next circle (Alt+Right)"))
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setAccessibleDescription(self.tr("Close the list; everyone you added is already saved"))
        for button in (self.back, self.next, self.done_button):
            button.setAutoDefault(False)
        self.back.clicked.connect(lambda: self.circles.setCurrentRow(max(0, self.circles.currentRow() - 1)))
        self.next.clicked.connect(self._next)
        self.done_button.clicked.connect(self.accept)
        QShortcut(QKeySequence("Alt+Right"), self, self._next)
        QShortcut(QKeySequence("Alt+Left"), self, self.back.click)
        nav.addStretch(1)
        nav.addWidget(self.back)
        nav.addWidget(self.next)
        nav.addWidget(self.done_button)
        right.addLayout(nav)
        outer.addLayout(right, 1)
        self._fill_circles()
        self.circles.setCurrentRow(0)

    def _fill_circles(self, select: str | None = None) -> None:
        self.circles.blockSignals(True)
        self.circles.clear()
        for circle in lookup.circles_in_order():
            item = QListWidgetItem(colour_swatch(circle.colour), circle.label)
            item.setData(Qt.ItemDataRole.UserRole, (circle.id, circle.hint))
            self.circles.addItem(item)
        self.circles.blockSignals(False)
        if select is not None:
            matches = self.circles.findItems(select, Qt.MatchFlag.MatchExactly)
            if matches:
                self.circles.setCurrentItem(matches[0])

    def _current(self) -> tuple[int, str, str]:
        item = self.circles.currentItem()
        cid, prompt = item.data(Qt.ItemDataRole.UserRole)
        return cid, item.text(), prompt

    def _show_circle(self, row: int) -> None:
        if row < 0:
            return
        cid, name, prompt = self._current()
        self.step.setText(self.tr("Circle {i} of {n}").format(i=row + 1, n=self.circles.count()))
        self.title.setText(name)
        self.prompt.setText(prompt or self.tr("Who do you know here?"))
        self.entry.defaults = {"circle": name}
        self._count(cid)
        self.back.setEnabled(row > 0)
        self.next.setEnabled(row < self.circles.count() - 1)
        self.entry.name.setFocus()

    def _count(self, circle_id: int) -> None:
        """The circle's members, newest first (the ones just added on top, ticked)."""
        members = lookup.circle_members(circle_id)
        self.entry.people.clear()
        n = 0
        for cid, name in members:
            n += 1
            if n <= 500:
                self.entry.people.addItem(QListWidgetItem(ui_icon("check") if cid in self.added else self._blank, name))
        self.members.setText(
            self.tr("Already in this circle ({n}):").format(n=n)
            if n
            else self.tr("Nobody here yet — who comes to mind?")
        )

    def _next(self) -> None:
        if self.entry.name.text().strip():
            self.entry.submit()
        if self.circles.currentRow() < self.circles.count() - 1:
            self.circles.setCurrentRow(self.circles.currentRow() + 1)

    def _add(self, data: ContactData) -> None:
        data.how_met = data.notes
        data.notes = ""
        name = " ".join(p for p in (data.given_name, data.family_name) if p)
        command = commands.CreateContacts(self.ctx, [data], self.tr("Add {name}").format(name=name))
        self.ctx.undo_stack.push(command)
        if command.ids:
            self.added += command.ids
            self.contacts_added.emit(list(command.ids))
        else:
            self.entry.show_error(self.tr("{name} could not be saved; see the log file for details.").format(name=name))
        self._count(self._current()[0])

    def _new_circle(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New circle"), self.tr("Name of the circle (e.g. Choir):"))
        name = name.strip()[:100]
        if not ok or not name:
            return
        from app.core.contacts.bulk_edit import add_circle

        self.ctx.publish(add_circle(name))
        self._fill_circles(select=name)
