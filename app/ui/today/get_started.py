"""The first-run "Get started" checklist (UI.md): five steps that set up the campaign, each ticking itself."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core import overview
from app.ui.icons import ui_icon
from app.ui.widgets.text import heading


class GetStarted(QWidget):
    """The first-run checklist (UI.md): each step is a button that does it and ticks itself once done."""

    step_requested = Signal(str)
    demo_requested = Signal()

    STEPS = (
        ("imported", "import", "Import your LinkedIn connections or address book"),
        ("listed_people", "brainstorm", "List the people you know, circle by circle"),
        ("wrote_pitch", "pitch", "Write your 30-second pitch"),
        ("rehearsed", "rehearse", "Rehearse it three times"),
        ("logged_conversation", "log", "Log your first conversation"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("getStarted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(heading(self.tr("Get started"), level=2))
        intro = QLabel(
            self.tr(
                "Most jobs are found through people. Five steps set up your campaign; each one ticks itself "
                "when it is done."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        self._rows: dict[str, tuple[QLabel, QPushButton]] = {}
        for row, (field, action, text) in enumerate(self.STEPS):
            mark = QLabel()
            mark.setFixedWidth(24)
            button = QPushButton(f"{row + 1}. {text}")
            button.setObjectName(f"getStarted_{action}")
            button.setStyleSheet("text-align: left; padding: 6px 12px;")
            button.clicked.connect(lambda _=False, a=action: self.step_requested.emit(a))
            grid.addWidget(mark, row, 0)
            grid.addWidget(button, row, 1)
            self._rows[field] = (mark, button)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        demo_row = QHBoxLayout()
        self.demo_button = QPushButton(self.tr("Explore with sample data…"))
        self.demo_button.setObjectName("exploreDemo")
        self.demo_button.setToolTip(
            self.tr("Opens a second window on fictional people in a separate folder; your own data is untouched.")
        )
        self.demo_button.clicked.connect(self.demo_requested)
        demo_row.addWidget(self.demo_button)
        demo_row.addStretch(1)
        layout.addLayout(demo_row)

    def update_state(self, state: overview.Checklist) -> None:
        for field, (mark, button) in self._rows.items():
            done = getattr(state, field)
            mark.setPixmap((ui_icon("check", QColor("#2e8b57")) if done else ui_icon("circle")).pixmap(20, 20))
            mark.setAccessibleName(self.tr("done") if done else self.tr("to do"))
            font = button.font()
            font.setStrikeOut(done)
            button.setFont(font)
