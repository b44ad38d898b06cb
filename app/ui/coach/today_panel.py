"""The coach on Today: this week's goals (progress and streaks) beside the meetings coming up, each one click from
its prep sheet.

Signals: ``prep_requested(contact_id, followup_id, interaction_id)`` (0 = none), ``goals_settings_requested``,
``history_requested``. The Today page calls :meth:`refresh` when it refreshes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui import i18n
from app.ui.coach.goals_widgets import GoalsStrip
from app.ui.coach.labels import quieten
from app.ui.context import AppContext
from app.ui.icons import ui_icon
from app.ui.widgets.parts import clear_layout
from app.ui.widgets.text import full_date, heading, relative_day

SHOWN_MEETINGS = 4


class UpcomingMeetings(QWidget):
    """Planned conversations of the next seven days, with a "Prepare" button each."""

    prep_requested = Signal(int, int, int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("upcomingMeetings")
        self.setAccessibleName(self.tr("Meetings coming up"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(heading(self.tr("Coming up"), level=2))
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(0, 1)
        layout.addLayout(self.grid)
        self.empty = QLabel(
            self.tr("No meetings planned this week. Log a coffee with a time ahead (Ctrl+L) and prepare for it here.")
        )
        self.empty.setWordWrap(True)
        quieten(self.empty)
        layout.addWidget(self.empty)
        layout.addStretch(1)
        self.buttons: list[QPushButton] = []

    def refresh(self) -> None:
        # loaded with the first refresh, after the window's first paint (issue 21), not with the window
        from app.core.followups import planned_meetings
        from app.ui.contacts.presentation import KIND_LABELS

        clear_layout(self.grid)
        self.buttons = []
        today = self.ctx.clock.today()
        meetings = planned_meetings.upcoming_meetings(7, clock=self.ctx.clock, limit=SHOWN_MEETINGS)
        for row, meeting in enumerate(meetings):
            kind = self.tr(KIND_LABELS.get(meeting.kind, meeting.kind))
            label = QLabel(
                self.tr("<b>{name}</b> · {kind}, {day} {time}").format(
                    name=meeting.contact_name,
                    kind=i18n.in_sentence(kind),
                    day=relative_day(meeting.when.date(), today),
                    time=f"{meeting.when:%H:%M}",
                )
            )
            label.setWordWrap(True)  # a narrow window (200 % on 1920×1080) wraps the line rather than grow wider
            label.setToolTip(
                f"{full_date(meeting.when.date())}, {meeting.when:%H:%M}"
                + (f"\n{meeting.summary}" if meeting.summary else "")
            )
            button = QPushButton(ui_icon("prep"), self.tr("Prepare"))
            button.setObjectName(f"prepare_{meeting.interaction_id}")
            button.setToolTip(self.tr("What you know, your questions, your pitch — before you go"))
            button.clicked.connect(
                lambda _=False, m=meeting: self.prep_requested.emit(m.contact_id, 0, m.interaction_id)
            )
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(button, row, 1, Qt.AlignmentFlag.AlignRight)
            self.buttons.append(button)
        self.empty.setVisible(not meetings)


class TodayCoach(QWidget):
    """Goals on the left, meetings coming up on the right."""

    prep_requested = Signal(int, int, int)
    goals_settings_requested = Signal()
    history_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("todayCoach")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(32)
        self.goals = GoalsStrip()
        self.goals.settings_requested.connect(self.goals_settings_requested)
        self.goals.history_requested.connect(self.history_requested)
        self.meetings = UpcomingMeetings(ctx)
        self.meetings.prep_requested.connect(self.prep_requested)
        layout.addWidget(self.goals, 3)
        layout.addWidget(self.meetings, 2)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh_now)

    def refresh(self) -> None:
        """Refresh soon: after the window's first paint at start-up, else on the next turn of the event loop, so the
        Today page paints first (twelve weeks of goals are a few tens of milliseconds on a large network)."""
        after_first_paint = getattr(self.window(), "after_first_paint", None)
        if after_first_paint is not None:
            after_first_paint(self._timer.start, self._timer)
        else:
            self._timer.start()

    def refresh_now(self) -> None:
        from app.core.coach import goals  # loaded with the first refresh, after the first paint (issue 21)

        self._timer.stop()
        self.goals.set_progress(goals.progress(clock=self.ctx.clock))
        self.meetings.refresh()
