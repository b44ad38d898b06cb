"""Log a call, coffee, email… with a contact, and optionally ask to be reminded in N days (DESIGN §4).

Minimal version built with the follow-up calendar (issue 7); the contacts work (issue 4) builds the full dialog
with the same constructor ``LogInteractionDialog(ctx, contact_id=None, parent=None)`` — keep that signature.
The dialog shows what the rules will do (a thank-you today, a reminder in a week, the reconnect clock restarting)
before the user confirms. Logging is undoable: undo deletes the interaction and the reminder it asked for.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core import followups, keep_in_touch, rule_settings
from app.core.followups import FollowUpError
from app.core.interactions import InteractionError, delete_interaction, log_interaction
from app.models import CONVERSATION_KINDS, INTERACTION_KINDS, Contact
from app.ui.context import AppContext
from app.ui.widgets.contact_picker import ContactPicker
from app.ui.widgets.text import relative_day

KIND_LABELS = {
    "call": "Call",
    "coffee": "Coffee",
    "meeting": "Meeting",
    "lunch": "Lunch",
    "event": "Event",
    "email": "Email",
    "message": "Message",
    "sent": "Sent them something",
    "introduction": "Introduction",
    "referral_given": "They gave me a referral",
    "other": "Other",
}


class LogCommand(QUndoCommand):
    """Logging an interaction (and the reminder asked for) as one undoable step."""

    def __init__(
        self,
        ctx: AppContext,
        contact_id: int,
        kind: str,
        when: dt.datetime,
        summary: str,
        notes: str,
        remind: tuple[int, str] | None,
    ):
        super().__init__(
            QCoreApplication.translate("LogInteractionDialog", "Log {kind}").format(
                kind=KIND_LABELS.get(kind, kind).lower()
            )
        )
        self.ctx = ctx
        self.args = (contact_id, kind, when, summary, notes)
        self.remind = remind
        self.interaction_id: int | None = None
        self.reminder_id: int | None = None
        self.error: Exception | None = None

    def redo(self) -> None:
        contact_id, kind, when, summary, notes = self.args
        try:
            logged = log_interaction(contact_id, kind, when=when, summary=summary, notes=notes, clock=self.ctx.clock)
            self.interaction_id = logged.interaction.id
            if self.remind is not None:
                days, title = self.remind
                due = self.ctx.clock.today() + dt.timedelta(days=days)
                self.reminder_id = followups.create(title, due, contact_id=contact_id, clock=self.ctx.clock).id
        except (InteractionError, FollowUpError) as exc:
            if self.interaction_id is not None:
                delete_interaction(self.interaction_id, clock=self.ctx.clock)
                self.interaction_id = None
            self.error = exc
            self.setObsolete(True)
            return
        self._announce()

    def undo(self) -> None:
        if self.reminder_id is not None:
            followups.delete([self.reminder_id])
            self.reminder_id = None
        if self.interaction_id is not None:
            delete_interaction(self.interaction_id, clock=self.ctx.clock)
            self.interaction_id = None
        self._announce()

    def _announce(self) -> None:
        bus = self.ctx.bus
        bus.interactions_changed.emit()
        bus.contacts_changed.emit()
        bus.followups_changed.emit()


class LogInteractionDialog(QDialog):
    """Who, what, when, a line about it — and "remind me in N days"."""

    def __init__(self, ctx: AppContext, contact_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("logInteractionDialog")
        self.setWindowTitle(self.tr("Log interaction"))
        self.setMinimumWidth(520)
        self.command: LogCommand | None = None

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        form = QFormLayout()
        form.setSpacing(8)
        self.contact_edit = ContactPicker()
        self.contact_edit.setObjectName("logContact")
        self.contact_edit.setAccessibleName(self.tr("Contact"))
        self.contact_edit.contact_changed.connect(self._update_preview)
        self.contact_edit.textChanged.connect(self._update_preview)
        form.addRow(self.tr("&Contact:"), self.contact_edit)

        self.kind = QComboBox()
        self.kind.setObjectName("logKind")
        self.kind.setAccessibleName(self.tr("What happened"))
        for kind in INTERACTION_KINDS:
            self.kind.addItem(self.tr(KIND_LABELS.get(kind, kind)), kind)
        self.kind.setCurrentIndex(INTERACTION_KINDS.index("coffee"))
        self.kind.currentIndexChanged.connect(self._update_preview)
        form.addRow(self.tr("&What:"), self.kind)

        now = ctx.clock.now()
        self.when = QDateTimeEdit(QDateTime(now.year, now.month, now.day, now.hour, now.minute, 0))
        self.when.setObjectName("logWhen")
        self.when.setAccessibleName(self.tr("When"))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("d MMM yyyy  HH:mm")
        self.when.dateTimeChanged.connect(self._update_preview)
        form.addRow(self.tr("W&hen:"), self.when)

        self.summary = QLineEdit()
        self.summary.setObjectName("logSummary")
        self.summary.setAccessibleName(self.tr("Summary"))
        self.summary.setPlaceholderText(self.tr("One line, e.g. “Coffee — talked about their team”"))
        self.summary.setMaxLength(500)
        form.addRow(self.tr("&Summary:"), self.summary)

        self.notes = QPlainTextEdit()
        self.notes.setObjectName("logNotes")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setPlaceholderText(self.tr("What you learned, who they suggested, what you promised…"))
        self.notes.setFixedHeight(90)
        form.addRow(self.tr("&Notes:"), self.notes)
        layout.addLayout(form)

        self.preview = QLabel()
        self.preview.setObjectName("logRulesPreview")
        self.preview.setWordWrap(True)
        layout.addWidget(self.preview)

        remind_row = QHBoxLayout()
        remind_row.setSpacing(8)
        self.remind = QCheckBox(self.tr("&Remind me in"))
        self.remind.setObjectName("logRemind")
        self.remind_days = QSpinBox()
        self.remind_days.setObjectName("logRemindDays")
        self.remind_days.setAccessibleName(self.tr("Days until the reminder"))
        self.remind_days.setRange(1, 365)
        self.remind_days.setValue(7)
        self.remind_days.setSuffix(self.tr(" days"))
        self.remind_title = QLineEdit()
        self.remind_title.setObjectName("logRemindTitle")
        self.remind_title.setAccessibleName(self.tr("Reminder"))
        self.remind_title.setPlaceholderText(self.tr("Follow up"))
        for widget in (self.remind_days, self.remind_title):
            widget.setEnabled(False)
            self.remind.toggled.connect(widget.setEnabled)
        remind_row.addWidget(self.remind)
        remind_row.addWidget(self.remind_days)
        remind_row.addWidget(self.remind_title, 1)
        layout.addLayout(remind_row)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.log_button = self.buttons.addButton(self.tr("&Log"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.log_button.setObjectName("logAccept")
        self.log_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        if contact_id is not None:
            self.contact_edit.set_contact(contact_id)
            self.summary.setFocus()
        self._update_preview()

    def set_contact(self, contact_id: int) -> None:
        self.contact_edit.set_contact(contact_id)

    def _resolve(self) -> int | None:
        return self.contact_edit.resolve()

    # --- preview of what the rules will do ---------------------------------------------------------------------
    def _update_preview(self) -> None:
        kind = self.kind.currentData()
        day = self.when.dateTime().toPython().date()
        today = self.ctx.clock.today()
        settings = rule_settings.load()
        lines = []
        if kind in CONVERSATION_KINDS and settings.is_on("thank_you"):
            due = day + dt.timedelta(days=settings.offset("thank_you"))
            lines.append(self.tr("a thank-you, due {day}").format(day=relative_day(due, today)))
        if kind == "sent" and settings.is_on("reminder"):
            due = day + dt.timedelta(days=settings.offset("reminder"))
            lines.append(self.tr("a friendly reminder, due {day}").format(day=relative_day(due, today)))
        contact_id = self._resolve()
        if contact_id is not None and settings.is_on("keep_in_touch"):
            cadence = keep_in_touch.cadence_for(contact_id)
            due = day + dt.timedelta(days=cadence.ideal_days)
            lines.append(self.tr("the next reconnect moves to {day}").format(day=relative_day(due, today)))
        text = self.tr("Rapport will add: {items}.").format(items="; ".join(lines)) if lines else ""
        self.preview.setText(text)
        self.preview.setVisible(bool(text))
        name = self.contact_edit.text().strip()
        self.remind_title.setPlaceholderText(self.tr("Follow up with {name}").format(name=name) if name else "")

    # --- accept ------------------------------------------------------------------------------------------------
    def accept(self) -> None:
        contact_id = self._resolve()
        if contact_id is None:
            QMessageBox.warning(
                self,
                self.tr("Log interaction"),
                self.tr("Choose the contact from the list (type part of their name)."),
            )
            self.contact_edit.setFocus()
            return
        name = Contact.get_by_id(contact_id).display_name
        remind = None
        if self.remind.isChecked():
            title = self.remind_title.text().strip() or self.tr("Follow up with {name}").format(name=name)
            remind = (self.remind_days.value(), title)
        when = self.when.dateTime().toPython().replace(second=0, microsecond=0)
        command = LogCommand(
            self.ctx, contact_id, self.kind.currentData(), when, self.summary.text(), self.notes.toPlainText(), remind
        )
        self.ctx.undo_stack.push(command)
        if command.error is not None:
            QMessageBox.warning(self, self.tr("Log interaction"), str(command.error))
            return
        self.command = command
        super().accept()
