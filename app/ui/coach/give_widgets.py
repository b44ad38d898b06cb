"""Give before you ask, on screen: the one-click gives, the gentle warning before an ask, and the give dialog.

- :class:`GiveButtons`: "Introduce…", "Share…", "Offer advice…" — each emits ``give_requested(action)``.
- :class:`AskWarningBanner` (``askWarning``): shown in place of logging an ask to someone never given to or talked
  with; offers the three gives, "Ask anyway" (``proceed``) and closing it. Inline, never a blocking dialog.
- :class:`GiveDialog` (``giveDialog``): what was shared (with a link) or what advice was offered; saving pushes
  :class:`app.ui.coach.commands.RecordGive`.
- :func:`request_give`: what every "give" button does for a contact (opens the right dialog).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.coach.giving import GIVE_IDEAS, AskWarning
from app.core.contacts.lookup import display_name
from app.ui.coach.labels import quieten
from app.ui.context import AppContext
from app.ui.icons import ui_icon
from app.ui.widgets.modal import run_modal
from app.ui.widgets.parts import describe_buttons

IDEA_ICONS = {"introduce": "kind-introduction", "share": "external", "advice": "bulb"}
BUTTON_TEXT = {
    "introduce": QT_TRANSLATE_NOOP("GiveButtons", "Introduce…"),
    "share": QT_TRANSLATE_NOOP("GiveButtons", "Share…"),
    "advice": QT_TRANSLATE_NOOP("GiveButtons", "Offer advice…"),
}


class GiveButtons(QWidget):
    """The three one-click gives in a row."""

    give_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, prefix: str = ""):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        if prefix:
            label = QLabel(prefix)
            layout.addWidget(label)
        self.buttons: dict[str, QPushButton] = {}
        for idea in GIVE_IDEAS:
            button = QPushButton(ui_icon(IDEA_ICONS[idea.action]), self.tr(BUTTON_TEXT[idea.action]))
            button.setObjectName(f"give_{idea.action}")
            button.setToolTip(self.tr(idea.hint))
            button.clicked.connect(lambda _=False, a=idea.action: self.give_requested.emit(a))
            layout.addWidget(button)
            self.buttons[idea.action] = button
        layout.addStretch(1)


class AskWarningBanner(QFrame):
    """ "Give before you ask?" — the message, three ways to give first, and "Ask anyway"."""

    give_requested = Signal(str)
    proceed = Signal()
    visibility_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, *, proceed_text: str = ""):
        super().__init__(parent)
        self.setObjectName("askWarning")
        self.setAccessibleName(self.tr("Give before you ask"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.setSpacing(8)
        top = QHBoxLayout()
        top.setSpacing(8)
        icon = QLabel()
        icon.setPixmap(ui_icon("gift").pixmap(20, 20))
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.setSpacing(2)
        self.title = QLabel(self.tr("<b>Give before you ask?</b>"))
        self.message = QLabel()
        self.message.setObjectName("askWarningText")
        self.message.setWordWrap(True)
        text.addWidget(self.title)
        text.addWidget(self.message)
        top.addLayout(text, 1)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Hide"))
        close.clicked.connect(self.hide)
        top.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.gives = GiveButtons()
        self.gives.give_requested.connect(self._give)
        row.addWidget(self.gives, 1)
        self.proceed_button = QPushButton(proceed_text or self.tr("Ask anyway"))
        self.proceed_button.setObjectName("askAnyway")
        self.proceed_button.clicked.connect(self._proceed)
        row.addWidget(self.proceed_button)
        layout.addLayout(row)
        self.hide()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.visibility_changed.emit(True)

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.visibility_changed.emit(False)

    def show_warning(self, warning: AskWarning) -> None:
        self.message.setText(self.tr(warning.message))
        self.show()

    def _give(self, action: str) -> None:
        self.hide()
        self.give_requested.emit(action)

    def _proceed(self) -> None:
        self.hide()
        self.proceed.emit()


class GiveDialog(QDialog):
    """Share an article or event (``share``) or offer advice (``advice``) to one contact."""

    def __init__(self, ctx: AppContext, contact_id: int, kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.contact_id, self.kind = ctx, contact_id, kind
        self.given = None  # what was recorded (app.core.coach.giving.Given), once accepted
        name = display_name(contact_id)
        self.setObjectName("giveDialog")
        share = kind == "share"
        self.setWindowTitle(self.tr("Share with {name}") if share else self.tr("Offer advice to {name}"))
        self.setWindowTitle(self.windowTitle().format(name=name))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        intro = QLabel(
            self.tr("Something useful for their work — a report, a talk, a meet-up. It goes in your ledger as a give.")
            if share
            else self.tr(
                "Your experience may save them time. Offer it with no strings attached; tick it in the ledger "
                "once you have given it."
            )
        )
        intro.setWordWrap(True)
        quieten(intro)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        self.what = QLineEdit()
        self.what.setObjectName("giveWhat")
        self.what.setAccessibleName(self.tr("What"))
        self.what.setMaxLength(400)
        self.what.setPlaceholderText(
            self.tr("e.g. The 2026 warehouse robotics report") if share else self.tr("e.g. A second look at her CV")
        )
        form.addRow(self.tr("What"), self.what)
        self.link = QLineEdit()
        self.link.setObjectName("giveLink")
        self.link.setAccessibleName(self.tr("Link or place"))
        self.link.setPlaceholderText(self.tr("https://… or where and when the event is"))
        if share:
            form.addRow(self.tr("Link"), self.link)
        self.note = QPlainTextEdit()
        self.note.setObjectName("giveNote")
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(80)
        self.note.setPlaceholderText(self.tr("Why it made you think of them (optional)"))
        form.addRow(self.tr("Note"), self.note)
        layout.addLayout(form)
        self.log_it = QCheckBox(self.tr("Also log it on their timeline (as an email)"))
        self.log_it.setObjectName("giveLog")
        self.log_it.setChecked(share)
        layout.addWidget(self.log_it)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        describe_buttons(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add to ledger"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.what.setFocus()

    def accept(self) -> None:
        from app.ui.coach.commands import RecordGive

        what = self.what.text().strip()
        if not what:
            self.error.setText(self.tr("Say what you shared or offered."))
            self.error.show()
            self.what.setFocus()
            return
        command = RecordGive(
            self.ctx,
            self.contact_id,
            self.kind,
            what,
            self.link.text().strip() if self.kind == "share" else "",
            self.note.toPlainText().strip(),
            self.log_it.isChecked(),
        )
        self.ctx.undo_stack.push(command)  # the stack owns the command from here on
        self.given = command.given
        if self.given is None:
            self.error.setText(self.tr("This could not be recorded; see the log file for details."))
            self.error.show()
            return
        super().accept()


def request_give(ctx: AppContext, contact_id: int, action: str, parent: QWidget | None = None) -> bool:
    """Open the dialog for one of the gives (``introduce``, ``share``, ``advice``) to ``contact_id``; True when
    something was recorded."""
    if action == "introduce":
        from app.ui.coach.introduce_dialog import IntroduceDialog

        dialog = IntroduceDialog(ctx, parent, first_id=contact_id)
        return run_modal(dialog) == QDialog.DialogCode.Accepted
    dialog = GiveDialog(ctx, contact_id, action, parent)
    return run_modal(dialog) == QDialog.DialogCode.Accepted
