"""Weekly goals on Today: :class:`GoalsStrip` (``weeklyGoals``), one row per tracked goal — its name, a progress bar,
"3 of 5" and the streak — and the on-time habit of follow-ups. The history chart on Insights is
:mod:`app.ui.coach.goals_history`.

Today builds the strip before its first paint and fills it after (issue 21), so this module does not import the goals'
core module (:mod:`app.core.coach.goals`, its dataclasses and queries) nor the charts: they load with the first fill.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from app.core.translated import label
from app.ui.coach.labels import quiet
from app.ui.i18n import tr
from app.ui.icons import ui_icon
from app.ui.widgets.parts import clear_layout
from app.ui.widgets.text import heading, percent

if TYPE_CHECKING:
    from app.core.coach import goals


def streak_text(progress: goals.GoalProgress) -> str:
    if progress.streak >= 2:
        return tr("%n-week streak", "", progress.streak)
    if progress.streak == 1:
        return tr("1 week in a row") if progress.met else tr("met last week")
    if progress.best_streak:
        return tr("best: %n week(s)", "", progress.best_streak)
    return ""


def habit_text(week: goals.WeekRecord, overall: float | None) -> str:
    """ "Follow-ups on time this week: 4 of 5 · 72% over 12 weeks"."""
    if week.done:
        text = tr("Follow-ups done on time this week: {on_time} of {done}").format(on_time=week.on_time, done=week.done)
    else:
        text = tr("No follow-ups done yet this week")
    if overall is not None:
        text += tr(" · {share} on time over 12 weeks").format(share=percent(overall))
    return text


class GoalsStrip(QWidget):
    """This week's goals with progress bars and streaks; "Set goals…" emits ``settings_requested``."""

    settings_requested = Signal()
    history_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("weeklyGoals")
        self.setAccessibleName(self.tr("This week's goals"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        top = QHBoxLayout()
        top.setSpacing(8)
        self.title = heading(self.tr("This week's goals"), level=2)
        top.addWidget(self.title)
        self.summary = quiet(wrap=False)
        self.summary.setObjectName("goalsSummary")
        top.addWidget(self.summary, 1)
        self.history_button = QPushButton(ui_icon("insights"), self.tr("History"))
        self.history_button.setObjectName("goalsHistoryButton")
        self.history_button.setToolTip(self.tr("Your weeks so far, on the Insights page (Ctrl+5)"))
        self.history_button.clicked.connect(self.history_requested)
        self.settings_button = QPushButton(ui_icon("goal"), self.tr("Set goals…"))
        self.settings_button.setObjectName("goalsSettingsButton")
        self.settings_button.setToolTip(self.tr("Choose your weekly targets"))
        self.settings_button.clicked.connect(self.settings_requested)
        top.addWidget(self.history_button)
        top.addWidget(self.settings_button)
        layout.addLayout(top)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(1, 1)
        layout.addLayout(self.grid)
        self.habit = quiet()
        self.habit.setObjectName("followupHabit")
        layout.addWidget(self.habit)
        self.rows: dict[str, tuple[QLabel, QProgressBar, QLabel, QLabel]] = {}
        self.empty = quiet(
            self.tr(
                "No weekly goals set. Choose a few targets — conversations, thank-yous, "
                "rehearsals, gives — and watch your streaks grow."
            )
        )
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)

    def set_progress(self, progress: goals.WeekProgress) -> None:
        from app.core.coach.goals import SPECS

        clear_layout(self.grid)
        self.rows.clear()
        tracked = progress.tracked
        for row, goal in enumerate(tracked):
            name = QLabel(label(goal.label))
            bar = QProgressBar()
            bar.setObjectName(f"goal_{goal.key}")
            bar.setRange(0, goal.target)
            bar.setValue(min(goal.done, goal.target))
            bar.setTextVisible(False)
            bar.setMaximumHeight(12)
            bar.setAccessibleName(
                self.tr("{goal}: {done} of {target}").format(goal=label(goal.label), done=goal.done, target=goal.target)
            )
            spec = SPECS[goal.key]
            bar.setToolTip(label(spec.help))
            count = QLabel(self.tr("{done} of {target}").format(done=goal.done, target=goal.target))
            count.setObjectName(f"goalCount_{goal.key}")
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if goal.met:
                count.setText(count.text() + " ✓")
            streak = quiet(self.tr(streak_text(goal)), wrap=False)
            for column, widget in enumerate((name, bar, count, streak)):
                self.grid.addWidget(widget, row, column)
            self.rows[goal.key] = (name, bar, count, streak)
        self.empty.setVisible(not tracked)
        met = sum(1 for g in tracked if g.met)
        if tracked:
            self.summary.setText(
                self.tr("All met — well done!")
                if progress.all_met
                else self.tr("{met} of {n} met so far").format(met=met, n=len(tracked))
            )
        else:
            self.summary.setText("")
        self.habit.setText(self.tr(habit_text(progress.week, progress.on_time_share())))
