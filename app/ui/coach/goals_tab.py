"""Preferences → Weekly goals: a target per week for each habit (0 leaves it untracked)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from app.core import translated
from app.core.coach import goals
from app.ui.coach.labels import quiet
from app.ui.settings.dialog import SettingsError, SettingsTab
from app.ui.widgets.text import heading


class GoalsTab(SettingsTab):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setObjectName("settingsGoals")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Weekly goals"), level=2))
        layout.addWidget(
            quiet(
                self.tr(
                    "Small, steady habits find jobs. Set a target for each week (Monday to Sunday); Today shows your "
                    "progress and Insights your streaks. 0 leaves a goal out."
                )
            )
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        self.boxes: dict[str, QSpinBox] = {}
        targets = goals.load_targets()
        for row, spec in enumerate(goals.GOALS):
            label = QLabel(translated.label(spec.label))
            box = QSpinBox()
            box.setObjectName(f"goal_{spec.key}_target")
            box.setAccessibleName(self.tr("{goal}: target a week").format(goal=translated.label(spec.label)))
            box.setRange(0, goals.MAX_TARGET)
            box.setValue(targets[spec.key])
            box.setSpecialValueText(self.tr("off"))
            box.setSuffix(self.tr(" a week"))
            box.setAlignment(Qt.AlignmentFlag.AlignRight)
            box.setMinimumWidth(110)
            label.setBuddy(box)
            help_label = quiet(translated.label(spec.help))
            box.setAccessibleDescription(translated.label(spec.help))  # the line under the goal
            grid.addWidget(label, row * 2, 0)
            grid.addWidget(box, row * 2, 1)
            grid.addWidget(help_label, row * 2 + 1, 0, 1, 2)
            self.boxes[spec.key] = box
        grid.setColumnStretch(0, 1)
        layout.addLayout(grid)
        layout.addWidget(
            quiet(
                self.tr(
                    "Rapport also measures one habit without a target: how many follow-ups you complete by the day "
                    "they are due."
                )
            )
        )
        layout.addStretch(1)

    def values(self) -> dict[str, int]:
        return {key: box.value() for key, box in self.boxes.items()}

    def apply(self) -> bool:
        new = self.values()
        if new == goals.load_targets():
            return False
        try:
            goals.save_targets(new)
        except goals.GoalsError as exc:
            raise SettingsError(str(exc)) from exc
        return True
