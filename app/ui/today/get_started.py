"""The first-run "Get started" checklist (UI.md): five steps that set up the campaign, each ticking itself.

Before the first step it is the whole list. Once one step is done it folds into one line — how many are done and a
button for the next step — so the follow-ups below get the room; "All steps" opens it again and ✕ puts it away
(Help → Get Started Checklist brings it back). What the user chose is kept by :class:`app.ui.today.page.TodayPage`.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core import overview
from app.ui.contrast import status_colour
from app.ui.followups.kinds import secondary_text
from app.ui.icons import ui_icon
from app.ui.widgets.text import heading

OPEN, FOLDED = "open", "folded"
DONE_COLOUR = QColor("#2e8b57")  # a status colour: the step's tick


class GetStarted(QWidget):
    """The first-run checklist (UI.md): each step is a button that does it and ticks itself once done.

    Signals: ``step_requested(action)``, ``demo_requested``, ``fold_requested(folded)`` (the user folded or opened
    it) and ``hide_requested`` (✕). :meth:`set_folded` shows it folded into one line or open.
    """

    step_requested = Signal(str)
    demo_requested = Signal()
    fold_requested = Signal(bool)
    hide_requested = Signal()

    STEPS = (
        ("imported", "import", QT_TRANSLATE_NOOP("GetStarted", "Import your LinkedIn connections or address book")),
        ("listed_people", "brainstorm", QT_TRANSLATE_NOOP("GetStarted", "List the people you know, circle by circle")),
        ("wrote_pitch", "pitch", QT_TRANSLATE_NOOP("GetStarted", "Write your 30-second pitch")),
        ("rehearsed", "rehearse", QT_TRANSLATE_NOOP("GetStarted", "Rehearse it three times")),
        ("logged_conversation", "log", QT_TRANSLATE_NOOP("GetStarted", "Log your first conversation")),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("getStarted")
        self.setAccessibleName(self.tr("Get started"))
        self._folded = False
        self._started = False
        self._next_action = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)

        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(heading(self.tr("Get started"), level=2))
        self.progress = QLabel()
        self.progress.setObjectName("getStartedProgress")
        palette = self.progress.palette()
        palette.setColor(self.progress.foregroundRole(), secondary_text(palette))
        self.progress.setPalette(palette)
        head.addWidget(self.progress)
        self.next_button = QPushButton()
        self.next_button.setObjectName("getStartedNext")
        self.next_button.setToolTip(self.tr("The next step of the checklist"))
        self.next_button.clicked.connect(lambda: self.step_requested.emit(self._next_action))
        self.next_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        head.addWidget(self.next_button, 1, Qt.AlignmentFlag.AlignLeft)
        head.addStretch(1)
        self.fold_button = QToolButton()
        self.fold_button.setObjectName("getStartedFold")
        self.fold_button.setAutoRaise(True)
        self.fold_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.fold_button.clicked.connect(lambda: self.fold_requested.emit(not self._folded))
        head.addWidget(self.fold_button)
        self.hide_button = QToolButton()
        self.hide_button.setObjectName("getStartedHide")
        self.hide_button.setIcon(ui_icon("close"))
        self.hide_button.setAutoRaise(True)
        self.hide_button.setToolTip(self.tr("Put the checklist away (Help → Get Started Checklist brings it back)"))
        self.hide_button.setAccessibleName(self.tr("Hide the checklist"))
        self.hide_button.clicked.connect(self.hide_requested)
        head.addWidget(self.hide_button)
        layout.addLayout(head)

        self.body = QWidget()
        self.body.setObjectName("getStartedSteps")
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(8)
        intro = QLabel(
            self.tr(
                "Most jobs are found through people. Five steps set up your campaign; each one ticks itself "
                "when it is done."
            )
        )
        intro.setWordWrap(True)
        body.addWidget(intro)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        self._rows: dict[str, tuple[QLabel, QPushButton]] = {}
        for row, (field, action, text) in enumerate(self.STEPS):
            mark = QLabel()
            mark.setFixedWidth(24)
            button = QPushButton(f"{row + 1}. {self.tr(text)}")
            button.setObjectName(f"getStarted_{action}")
            button.setStyleSheet("text-align: left; padding: 6px 12px;")
            button.clicked.connect(lambda _=False, a=action: self.step_requested.emit(a))
            grid.addWidget(mark, row, 0)
            grid.addWidget(button, row, 1)
            self._rows[field] = (mark, button)
        grid.setColumnStretch(2, 1)
        body.addLayout(grid)
        demo_row = QHBoxLayout()
        self.demo_button = QPushButton(self.tr("Explore with sample data…"))
        self.demo_button.setObjectName("exploreDemo")
        self.demo_button.setToolTip(
            self.tr("Opens a second window on fictional people in a separate folder; your own data is untouched.")
        )
        self.demo_button.clicked.connect(self.demo_requested)
        demo_row.addWidget(self.demo_button)
        demo_row.addStretch(1)
        body.addLayout(demo_row)
        layout.addWidget(self.body)
        self._update_head()

    @property
    def folded(self) -> bool:
        return self._folded

    def update_state(self, state: overview.Checklist) -> None:
        done_count = 0
        self._next_action = ""
        for row, (field, action, text) in enumerate(self.STEPS):
            mark, button = self._rows[field]
            done = getattr(state, field)
            done_count += done
            if not done and not self._next_action:
                self._next_action = action
                self.next_button.setText(f"{row + 1}. {self.tr(text)}")
            mark.setPixmap((ui_icon("check", status_colour(DONE_COLOUR)) if done else ui_icon("circle")).pixmap(20, 20))
            mark.setAccessibleName(self.tr("done") if done else self.tr("to do"))
            font = button.font()
            font.setStrikeOut(done)
            button.setFont(font)
        self._started = done_count > 0
        self.progress.setText(self.tr("{n} of {total} done").format(n=done_count, total=len(self.STEPS)))
        self.progress.setAccessibleName(self.progress.text())
        self._update_head()

    def set_folded(self, folded: bool) -> None:
        """One line (how many done, the next step) or the whole list; never folded before the first step."""
        self._folded = folded and self._started
        self._update_head()

    def focus_next_step(self) -> None:
        """Keyboard focus on the first step not done yet (the first step when all are)."""
        field = next((f for f, a, _t in self.STEPS if a == self._next_action), self.STEPS[0][0])
        self._rows[field][1].setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_head(self) -> None:
        folded = self._folded
        self.body.setVisible(not folded)
        self.progress.setVisible(self._started)
        self.next_button.setVisible(folded and bool(self._next_action))
        self.fold_button.setVisible(self._started)
        self.hide_button.setVisible(self._started)
        self.fold_button.setText(self.tr("All steps") if folded else self.tr("Fold"))
        self.fold_button.setArrowType(Qt.ArrowType.DownArrow if folded else Qt.ArrowType.UpArrow)
        self.fold_button.setToolTip(
            self.tr("Show the five steps") if folded else self.tr("Fold the checklist into one line")
        )
        self.fold_button.setAccessibleName(self.fold_button.toolTip())
