"""Preferences → Follow-up rules → Job applications (issue 22): a switch and a number of days for each rule of
:mod:`app.core.opportunities.rules`, applied with the rest of the tab (stored, then the rules run again so the
calendar shows the new days at once)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox, QVBoxLayout, QWidget

from app.core.opportunities import rule_settings
from app.core.opportunities.rule_settings import DAYS_BEFORE, OpportunityRuleSettings
from app.ui.coach.labels import quiet
from app.ui.opportunities.presentation import tr
from app.ui.widgets.text import heading


def _days_box(spec, settings: OpportunityRuleSettings) -> QSpinBox:
    """Days after an event ("same day" for none), or before it for the rules of :data:`DAYS_BEFORE`."""
    from app.ui.settings.rules_tab import DaysBeforeBox, DaysBox

    box = DaysBeforeBox() if spec.name in DAYS_BEFORE else DaysBox()
    box.setRange(spec.min_days, spec.max_days)
    box.setValue(settings.offset(spec.name))
    if spec.min_days == 0:
        box.setSpecialValueText(tr("on the day") if spec.name in DAYS_BEFORE else tr("same day"))
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    box.setMinimumWidth(130)
    return box


class OpportunityRulesSection(QWidget):
    """The job-application rules (objectNames ``rule_<name>_on`` / ``rule_<name>_days``, like the other rules)."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("jobApplicationRules")
        from app.ui.settings.rules_tab import rule_rows  # loaded with the tab that shows this

        settings = rule_settings.load()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(heading(tr("Job applications"), level=2))
        layout.addWidget(
            quiet(tr("The same engine for your applications: each rule adds a follow-up on the Today page."))
        )
        grid, self.enabled, self.days = rule_rows(
            rule_settings.RULES, settings, lambda spec: _days_box(spec, settings), tr("{rule}: days")
        )
        layout.addLayout(grid)

    def values(self) -> OpportunityRuleSettings:
        settings = rule_settings.load()
        for name, box in self.days.items():
            settings = settings.with_days(name, box.value())
        for name, check in self.enabled.items():
            settings = settings.with_enabled(name, check.isChecked())
        return settings

    def apply(self) -> bool:
        """Store the rules when they changed and bring their follow-ups in line; True when something changed."""
        from app.core.opportunities import rules
        from app.ui.settings.dialog import SettingsError

        try:
            changes = rules.apply_settings(self.values(), clock=self.ctx.clock)
        except rule_settings.RuleSettingsError as exc:
            raise SettingsError(str(exc)) from exc
        self.ctx.publish(changes)
        return bool(changes)
