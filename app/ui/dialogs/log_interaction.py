"""The "Log interaction" dialog (Ctrl+L): what happened with whom, when, and optionally "remind me in N days".

Reusable from anywhere: ``LogInteractionDialog(ctx, contact_id=None, parent=None)``. Without a contact it shows a
contact picker first. On OK it logs through an undoable command (so Ctrl+Z takes it back, with the reminder) and
the bus tells every page. ``logged_interaction_id`` holds the new interaction's id afterwards.

Also edits an existing interaction: ``LogInteractionDialog(ctx, interaction_id=ID)``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
)

from app.core.contacts import keep_in_touch, lookup
from app.core.contacts.interactions import InteractionError, get_interaction
from app.core.contacts.vocabulary import CONVERSATION_KINDS, INTERACTION_KINDS
from app.core.followups import rule_settings
from app.core.translated import QT_TRANSLATE_NOOP, Labels
from app.ui.contacts import history_commands as commands
from app.ui.contacts.presentation import KIND_LABELS, error_label
from app.ui.context import AppContext
from app.ui.i18n import tr
from app.ui.icons import ui_icon
from app.ui.widgets.contact_picker import ContactPicker, describe
from app.ui.widgets.date_entry import DateTimeEdit, refuse_invalid
from app.ui.widgets.parts import describe_buttons
from app.ui.widgets.text import relative_day, sentence

# Kinds that wait for an answer get a reminder ticked by default. `sent` is not here: the reminder rule already
# adds "Friendly reminder to X" after a week (shown in the preview line), so a second one would be noise.
DEFAULT_REMIND_DAYS = {"email": 7, "message": 7}
SUMMARY_HINTS = Labels(
    "Labels",
    {
        "call": QT_TRANSLATE_NOOP("Labels", "What did you talk about?"),
        "coffee": QT_TRANSLATE_NOOP("Labels", "Where, and what did you learn?"),
        "meeting": QT_TRANSLATE_NOOP("Labels", "What came out of it?"),
        "lunch": QT_TRANSLATE_NOOP("Labels", "Where, and what did you learn?"),
        "event": QT_TRANSLATE_NOOP("Labels", "Which event?"),
        "email": QT_TRANSLATE_NOOP("Labels", "Subject or gist"),
        "message": QT_TRANSLATE_NOOP("Labels", "Gist of the message"),
        "sent": QT_TRANSLATE_NOOP("Labels", "What you sent, e.g. my target company list"),
        "introduction": QT_TRANSLATE_NOOP("Labels", "Who did you introduce, and why?"),
        "referral_given": QT_TRANSLATE_NOOP("Labels", "Whom did they suggest?"),
        "other": QT_TRANSLATE_NOOP("Labels", "What happened?"),
    },
)


class LogInteractionDialog(QDialog):
    """Log (or edit) one interaction."""

    def __init__(
        self,
        ctx: AppContext,
        contact_id: int | None = None,
        parent=None,
        *,
        interaction_id: int | None = None,
        kind: str | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.contact_id = contact_id
        self.interaction_id = interaction_id
        self.logged_interaction_id: int | None = None
        existing = get_interaction(interaction_id)
        if existing is not None:
            self.contact_id = existing.contact_id
        self.setObjectName("logInteractionDialog")
        self.setWindowTitle(self.tr("Edit interaction") if existing else self.tr("Log interaction"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        layout.addLayout(form)

        self.picker = ContactPicker(placeholder=self.tr("Who? Type a name"))
        self.picker.setObjectName("logContact")
        self.picker.setAccessibleName(self.tr("Contact"))
        if self.contact_id is not None:
            self.picker.set_contact(self.contact_id)
            self.who = QLabel(f"<b>{describe(self.contact_id)}</b>")
            form.addRow(self.tr("With"), self.who)
        else:
            form.addRow(self.tr("With"), self.picker)

        self.kind = QComboBox()
        self.kind.setObjectName("logKind")
        self.kind.setAccessibleName(self.tr("Kind"))
        self.kind.setAccessibleDescription(self.tr("How you were in touch: a coffee, a call, an email…"))
        for value in INTERACTION_KINDS:
            self.kind.addItem(ui_icon(f"kind-{value}"), self.tr(KIND_LABELS[value]), value)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        form.addRow(self.tr("What"), self.kind)

        self.other = ContactPicker(placeholder=self.tr("The other person of the introduction"))
        self.other.setObjectName("logOther")
        self.other_label = QLabel(self.tr("Introduced to"))
        form.addRow(self.other_label, self.other)

        # A day and a time typed or picked; Tab goes on to the time, then to the summary (issue 17). A bare weekday
        # is the last one: what is logged has mostly happened already.
        self.when = DateTimeEdit(ctx.clock.now().replace(second=0), today=ctx.clock.today, weekday_direction="past")
        self.when.setObjectName("logWhen")
        self.when.setAccessibleName(self.tr("When"))
        form.addRow(self.tr("When"), self.when)

        self.summary = QLineEdit()
        self.summary.setObjectName("logSummary")
        self.summary.setAccessibleName(self.tr("Summary"))
        self.summary.setMaxLength(500)
        form.addRow(self.tr("Summary"), self.summary)

        self.notes = QPlainTextEdit()
        self.notes.setObjectName("logNotes")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setAccessibleDescription(
            self.tr("Anything to remember: what they need, names they gave, promises made")
        )
        self.notes.setPlaceholderText(self.tr("Anything to remember: what they need, names they gave, promises made"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(110)
        form.addRow(self.tr("Notes"), self.notes)

        # The row joins the form before its widgets join the row: QFormLayout.addRow(label, layout) does not give
        # the layout's widgets to the dialog on the Python side, leaving them owned twice (issue 16).
        remind_row = QHBoxLayout()
        remind_row.setSpacing(8)
        self.remind_label = QLabel(self.tr("Follow-up"))
        form.addRow(self.remind_label, remind_row)
        self.remind = QCheckBox(self.tr("Remind me in"))
        self.remind.setObjectName("logRemind")
        self.remind.setAccessibleDescription(self.tr("Add a follow-up to get back in touch after the days set next"))
        self.remind_days = QSpinBox()
        self.remind_days.setObjectName("logRemindDays")
        self.remind_days.setAccessibleName(self.tr("Days until the reminder"))
        self.remind_days.setAccessibleDescription(self.tr("How many days from today the follow-up falls due"))
        self.remind_days.setRange(1, 365)
        self.remind_days.setValue(7)
        self.remind_days.setSuffix(self.tr(" days"))
        self.remind_days.valueChanged.connect(lambda _v: self.remind.setChecked(True))
        self.remind_title = QLineEdit()
        self.remind_title.setObjectName("logRemindTitle")
        self.remind_title.setAccessibleName(self.tr("Reminder text"))
        self.remind_title.setPlaceholderText(self.tr("Follow up"))
        remind_row.addWidget(self.remind)
        remind_row.addWidget(self.remind_days)
        remind_row.addWidget(self.remind_title, 1)
        self.tip = QLabel()
        self.tip.setWordWrap(True)
        self.tip.setEnabled(False)
        layout.addWidget(self.tip)
        self.preview = QLabel()
        self.preview.setObjectName("logRulesPreview")
        self.preview.setWordWrap(True)
        layout.addWidget(self.preview)

        self.error = error_label()
        layout.addWidget(self.error)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        describe_buttons(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save") if existing else self.tr("Log"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        if existing is not None:
            self.kind.setCurrentIndex(self.kind.findData(existing.kind))
            self.when.setDateTime(existing.when.replace(second=0, microsecond=0))
            self.summary.setText(existing.summary)
            self.notes.setPlainText(existing.notes)
            self.other.set_contact(existing.other_contact_id)
            for widget in (self.remind_label, self.remind, self.remind_days, self.remind_title):
                widget.setVisible(False)
        else:
            self.kind.setCurrentIndex(self.kind.findData(kind or "coffee"))
        self._kind_changed()
        self.when.dateTimeChanged.connect(self._update_preview)
        self.picker.contact_chosen.connect(self._update_preview)
        self.picker.cleared.connect(self._update_preview)
        self._update_preview()
        if self.contact_id is None:
            self.picker.setFocus()
        else:
            self.summary.setFocus()

    def _kind_changed(self, *_args) -> None:
        kind = self.kind.currentData()
        is_intro = kind == "introduction"
        self.other_label.setVisible(is_intro)
        self.other.setVisible(is_intro)
        self.summary.setPlaceholderText(self.tr(SUMMARY_HINTS.get(kind, "")))
        if self.interaction_id is None:
            days = DEFAULT_REMIND_DAYS.get(kind)
            self.remind.setChecked(days is not None)
            if days is not None:
                self.remind_days.blockSignals(True)
                self.remind_days.setValue(days)
                self.remind_days.blockSignals(False)
            self.remind_title.setPlaceholderText(
                self.tr("Friendly reminder about what I sent") if kind == "sent" else self.tr("Follow up")
            )
        if kind in CONVERSATION_KINDS:
            self.tip.setText(self.tr("Send a thank-you today, and ask who else they'd recommend you talk to."))
        elif kind == "sent":
            self.tip.setText(self.tr("If you hear nothing, one friendly reminder after a week to ten days is right."))
        else:
            self.tip.setText("")
        self.tip.setVisible(bool(self.tip.text()))
        self._update_preview()

    def _update_preview(self, *_args) -> None:
        """Say what the follow-up rules will add, so nobody creates the same reminder twice by hand."""
        if not hasattr(self, "preview"):
            return
        if self.interaction_id is not None:
            self.preview.setVisible(False)
            return
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
        if kind == "introduction":
            lines.append(self.tr("the introduction on both timelines and a give in both ledgers"))
            if settings.is_on("introduction"):
                due = day + dt.timedelta(days=settings.offset("introduction"))
                lines.append(self.tr("a check-in with each of them, due {day}").format(day=relative_day(due, today)))
        contact_id = self.contact_id if self.contact_id is not None else self.picker.contact_id
        if contact_id is not None and settings.is_on("keep_in_touch"):
            due = day + dt.timedelta(days=keep_in_touch.cadence_for(contact_id).ideal_days)
            lines.append(self.tr("the next reconnect moves to {day}").format(day=relative_day(due, today)))
        text = self.tr("Rapport will add: {items}.").format(items="; ".join(lines)) if lines else ""
        self.preview.setText(text)
        self.preview.setVisible(bool(text))

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)

    def values(self) -> dict:
        q = self.when.dateTime()
        d, t = q.date(), q.time()
        return {
            "kind": self.kind.currentData(),
            "when": dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()),
            "summary": self.summary.text().strip(),
            "notes": self.notes.toPlainText(),
            "other_contact_id": self.other.contact_id if self.kind.currentData() == "introduction" else None,
        }

    def accept(self) -> None:
        wrong = refuse_invalid(self)
        if wrong:
            self._fail(wrong)
            return
        contact_id = self.contact_id
        if contact_id is None:
            if not self.picker.accept_first():
                self._fail(self.tr("Choose who it was with: type part of their name and pick them."))
                self.picker.setFocus()
                return
            contact_id = self.picker.contact_id
        values = self.values()
        if values["kind"] == "introduction" and values["other_contact_id"] is None and self.other.text().strip():
            if not self.other.accept_first():
                self._fail(self.tr("No contact matches {text!r} for the introduction.").format(text=self.other.text()))
                return
            values["other_contact_id"] = self.other.contact_id
        name = lookup.display_name(contact_id)
        label = f"{self.tr(KIND_LABELS.get(values['kind'], values['kind']))} · {name}"
        try:
            if self.interaction_id is not None:
                command = commands.EditInteraction(self.ctx, self.interaction_id, values, label)
            else:
                remind_on = None
                title = ""
                if self.remind.isChecked():
                    remind_on = self.ctx.clock.today() + dt.timedelta(days=self.remind_days.value())
                    title = self.remind_title.text().strip() or (
                        self.tr("Friendly reminder to {name}")
                        if values["kind"] == "sent"
                        else self.tr("Follow up with {name}")
                    ).format(name=name)
                if values["kind"] == "introduction" and values["other_contact_id"] is not None:
                    self._check(contact_id, values)
                    self._introduce(contact_id, values, remind_on, title, name)
                    return
                command = commands.LogInteraction(
                    self.ctx,
                    contact_id,
                    values["kind"],
                    values["when"],
                    values["summary"],
                    values["notes"],
                    values["other_contact_id"],
                    remind_on,
                    title,
                    label,
                )
            self._check(contact_id, values)
        except InteractionError as exc:
            self._fail(sentence(str(exc)))
            return
        self.ctx.undo_stack.push(command)
        self.logged_interaction_id = getattr(command, "interaction_id", self.interaction_id)
        super().accept()

    def _introduce(self, contact_id: int, values: dict, remind_on, title: str, name: str) -> None:
        """An introduction with its second person is logged for both, with the reminder if asked for — one core use
        case (app.core.coach.introductions.introduce), one transaction, one undo step."""
        from app.ui.coach.commands import Introduce

        other = values["other_contact_id"]
        other_name = lookup.display_name(other)
        label = self.tr("{a} and {b}").format(a=name, b=other_name)
        command = Introduce(
            self.ctx,
            contact_id,
            other,
            why=values["summary"],
            notes=values["notes"],
            when=values["when"],
            label=label,
            remind_on=remind_on,
            remind_title=title,
        )
        self.ctx.undo_stack.push(command)
        if command.done is None:
            self._fail(self.tr("The introduction could not be logged; see the log file for details."))
            return
        self.logged_interaction_id = command.done.interactions[0][0]
        super().accept()

    @staticmethod
    def _check(contact_id: int, values: dict) -> None:
        """Refuse before touching the undo stack what core would refuse (same rules as interactions._check)."""
        if values["kind"] not in INTERACTION_KINDS:
            raise InteractionError(f"unknown kind {values['kind']!r}")
        if not lookup.contact_exists(contact_id):
            raise InteractionError(tr("that contact no longer exists"))
        other = values["other_contact_id"]
        if other is not None and other == contact_id:
            raise InteractionError(tr("an introduction needs two different people"))

    def keyPressEvent(self, event) -> None:
        # Enter in the contact picker picks the best match instead of closing the dialog half-filled.
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.picker.hasFocus()
            and self.picker.contact_id is None
        ):
            if self.picker.accept_first():
                self.kind.setFocus()
            return
        super().keyPressEvent(event)
