"""The weekly goals' history on Insights (``goalsHistory``): a small chart per goal over the last twelve weeks
against its target, and one of follow-ups done on time vs late."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QWidget

from app.core.coach import goals
from app.core.translated import label
from app.ui.coach.charts import WeekBar, WeeklyBars
from app.ui.widgets.parts import clear_layout
from app.ui.widgets.text import percent, short_day


class GoalsHistory(QWidget):
    """A chart per tracked goal over the weeks, and the follow-ups done on time vs late."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("goalsHistory")
        self.setAccessibleName(self.tr("Weekly goals history"))
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(16)
        self.charts: dict[str, WeeklyBars] = {}

    def set_progress(self, progress: goals.WeekProgress) -> None:
        clear_layout(self.grid)
        self.charts.clear()
        columns = 3
        entries = []
        for goal in progress.goals:
            chart = WeeklyBars(label(goal.label))
            chart.setObjectName(f"goalChart_{goal.key}")
            weeks = [
                WeekBar(
                    short_day(w.start),
                    w.counts[goal.key],
                    tooltip=self.tr("Week of {day}: {n}").format(day=short_day(w.start), n=w.counts[goal.key]),
                )
                for w in progress.history
            ]
            met = sum(1 for w in progress.history if goal.target and w.counts[goal.key] >= goal.target)
            subtitle = (
                self.tr("goal {t} a week · met {m} of %Ln week(s)", "", len(progress.history)).format(
                    t=goal.target, m=met
                )
                if goal.tracked
                else self.tr("not tracked — set a goal in Preferences")
            )
            chart.set_weeks(weeks, goal.target, subtitle)
            entries.append((goal.key, chart))
        habit = WeeklyBars(self.tr("Follow-ups: on time vs late"))
        habit.setObjectName("goalChart_on_time")
        share = progress.on_time_share()
        habit.set_weeks(
            [
                WeekBar(
                    short_day(w.start),
                    w.on_time,
                    w.late,
                    self.tr("Week of {day}: {a} on time, {b} late").format(
                        day=short_day(w.start), a=w.on_time, b=w.late
                    ),
                )
                for w in progress.history
            ],
            0,
            self.tr("{p} on time (solid) · late (pale)").format(p=percent(share))
            if share is not None
            else self.tr("nothing done yet"),
        )
        entries.append(("on_time", habit))
        for index, (key, chart) in enumerate(entries):
            self.grid.addWidget(chart, index // columns, index % columns)
            self.charts[key] = chart
