"""Preferences → Follow-up rules: how many days each networking rule waits, which rules are on, when the monthly
update falls, how early the birthday wish comes, and the keep-in-touch cadences (the default, and per circle).

Applying is one core use case (:func:`app.core.followups.rule_settings_change.change_rule_settings`): everything
stored in one transaction, the open follow-ups of a rule whose offset changed moved (the ones the user moved keep
their day) and the time-based rules re-run, so the calendar reflects the new cadences at once. It runs on a worker
thread: on a large network the rules take seconds.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.contacts import circle_names
from app.core.followups import rule_settings
from app.core.followups.rule_settings_change import (
    CircleCadence,
    CircleCadenceError,
    change_rule_settings,
    check_circles,
    load_cadences,
)
from app.core.translated import label
from app.ui.coach.labels import quiet
from app.ui.followups.kinds import secondary_text
from app.ui.settings.dialog import SettingsError, SettingsTab
from app.ui.widgets.text import heading

MAX_CADENCE = 3650


class DaysBox(QSpinBox):
    """A number of days that reads right: "same day", "1 day", "3 days"."""

    def textFromValue(self, value: int) -> str:
        return self.tr("%n day(s)", "", value)

    def valueFromText(self, text: str) -> int:
        digits = "".join(ch for ch in text if ch.isdigit())
        return int(digits) if digits else self.minimum()

    def validate(self, text: str, pos: int):
        from PySide6.QtGui import QValidator

        stripped = text.replace(self.tr("days"), "").replace(self.tr("day"), "").strip()
        if stripped == "" or text == self.specialValueText():
            return QValidator.State.Intermediate, text, pos
        return (QValidator.State.Acceptable if stripped.isdigit() else QValidator.State.Invalid), text, pos


class DaysBeforeBox(DaysBox):
    """Days before an event: "on the day" (the special value), "1 day before", "3 days before"."""

    def textFromValue(self, value: int) -> str:
        return self.tr("%n day(s) before", "", value)

    def validate(self, text: str, pos: int):
        state, _text, _pos = super().validate(text.replace(self.tr("before"), "").strip(), pos)
        return state, text, pos


def _days_box(low: int, high: int, value: int, name: str) -> QSpinBox:
    box = DaysBox()
    box.setObjectName(name)
    box.setRange(low, high)
    box.setValue(value)
    if low == 0:
        box.setSpecialValueText(box.tr("same day"))
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    box.setMinimumWidth(110)
    return box


def rule_rows(
    rules: Sequence[Any], settings: Any, days_box: Callable[[Any], QSpinBox], days_name: str
) -> tuple[QGridLayout, dict[str, QCheckBox], dict[str, QSpinBox]]:
    """A row for each rule of ``rules``: its check box (on as ``settings.is_on``), its days box (``days_box(rule)``,
    enabled while the rule is on, named ``days_name`` with the rule's label) and its help line under them, which
    also describes both for a screen reader; objectNames ``rule_<name>_on`` and ``rule_<name>_days``. The follow-up
    rules of this tab and the job-application rules (:mod:`app.ui.opportunities.rules_section`) are laid out so."""
    grid = QGridLayout()
    grid.setHorizontalSpacing(16)
    grid.setVerticalSpacing(8)
    enabled: dict[str, QCheckBox] = {}
    days: dict[str, QSpinBox] = {}
    for row, spec in enumerate(rules):
        check = QCheckBox(label(spec.label))
        check.setObjectName(f"rule_{spec.name}_on")
        check.setChecked(settings.is_on(spec.name))
        box = days_box(spec)
        box.setObjectName(f"rule_{spec.name}_days")
        box.setAccessibleName(days_name.format(rule=label(spec.label)))
        check.toggled.connect(box.setEnabled)
        box.setEnabled(check.isChecked())
        help_label = quiet(label(spec.help))
        check.setAccessibleDescription(label(spec.help))  # the line under the rule, for a screen reader
        box.setAccessibleDescription(label(spec.help))
        help_label.setIndent(26)  # under the label, past the check box
        grid.addWidget(check, row * 2, 0)
        grid.addWidget(box, row * 2, 1)
        grid.addWidget(help_label, row * 2 + 1, 0, 1, 2)
        enabled[spec.name] = check
        days[spec.name] = box
    grid.setColumnStretch(0, 1)
    return grid, enabled, days


class RulesTab(SettingsTab):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setObjectName("settingsRules")
        self.settings = rule_settings.load()
        cadences = load_cadences()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(12)

        layout.addWidget(heading(self.tr("After something happens"), level=2))
        intro = self._quiet(
            self.tr(
                "Rapport does the remembering: each rule adds a follow-up after the event. Choose how long each "
                "waits; turn off what you don't use. Changes move the open follow-ups of that rule."
            )
        )
        layout.addWidget(intro)
        grid, self.enabled, self.days = rule_rows(
            rule_settings.RULES,
            self.settings,
            lambda spec: _days_box(spec.min_days, spec.max_days, self.settings.offset(spec.name), ""),
            self.tr("{rule}: days"),
        )
        layout.addLayout(grid)

        layout.addWidget(heading(self.tr("Monthly update"), level=2))
        monthly = QHBoxLayout()
        self.monthly_on = QCheckBox(self.tr("Remind me to send an update to my network on the first"))
        self.monthly_on.setObjectName("rule_monthly_update_on")
        self.monthly_on.setChecked(self.settings.is_on("monthly_update"))
        self.weekday = QComboBox()
        self.weekday.setObjectName("rule_monthly_weekday")
        for number, _name in enumerate(rule_settings.WEEKDAYS, start=1):
            self.weekday.addItem(QLocale().standaloneDayName(number, QLocale.FormatType.LongFormat))
        self.weekday.setCurrentIndex(self.settings.monthly_weekday)
        self.monthly_on.toggled.connect(self.weekday.setEnabled)
        self.weekday.setEnabled(self.monthly_on.isChecked())
        monthly.addWidget(self.monthly_on)
        monthly.addWidget(self.weekday)
        monthly.addWidget(QLabel(self.tr("of each month")))
        monthly.addStretch(1)
        layout.addLayout(monthly)
        monthly_help = self.tr("Sent to everyone you have talked with (stage “talked” or beyond).")
        layout.addWidget(self._quiet(monthly_help))
        self.monthly_on.setAccessibleDescription(monthly_help)
        self.weekday.setAccessibleDescription(self.tr("The first of this weekday in each month"))

        layout.addWidget(heading(self.tr("Birthdays"), level=2))
        birthday = QHBoxLayout()
        self.birthday_on = QCheckBox(self.tr("Remind me to wish people a happy birthday"))
        self.birthday_on.setObjectName("rule_birthday_on")
        self.birthday_on.setChecked(self.settings.is_on("birthday"))
        self.birthday_days = DaysBeforeBox()
        self.birthday_days.setObjectName("rule_birthday_days")
        self.birthday_days.setRange(0, rule_settings.BIRTHDAY_MAX_DAYS_AHEAD)
        self.birthday_days.setSpecialValueText(self.tr("on the day"))
        self.birthday_days.setValue(self.settings.birthday_days_ahead)
        self.birthday_days.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.birthday_days.setMinimumWidth(130)
        self.birthday_days.setAccessibleName(self.tr("Birthday wish: days before the birthday"))
        self.birthday_on.toggled.connect(self.birthday_days.setEnabled)
        self.birthday_days.setEnabled(self.birthday_on.isChecked())
        layout.addLayout(birthday)  # before its widgets: they then belong to the tab (issue 16)
        birthday.addWidget(self.birthday_on)
        birthday.addWidget(self.birthday_days)
        birthday.addStretch(1)
        birthday_help = self._quiet(
            self.tr(
                "Every year, for everyone whose birthday you know (More fields, in their details). A wish you "
                "have not sent stays a week after the day, then waits for next year."
            )
        )
        birthday_help.setIndent(26)
        self.birthday_on.setAccessibleDescription(birthday_help.text())
        self.birthday_days.setAccessibleDescription(birthday_help.text())
        layout.addWidget(birthday_help)

        layout.addWidget(heading(self.tr("Keep in touch"), level=2))
        kit = QHBoxLayout()
        self.kit_on = QCheckBox(self.tr("Remind me to reconnect with people after"))
        self.kit_on.setObjectName("rule_keep_in_touch_on")
        self.kit_on.setChecked(self.settings.is_on("keep_in_touch"))
        self.kit_days = _days_box(1, MAX_CADENCE, cadences.default_days, "keep_in_touch_default_days")
        self.kit_days.setAccessibleName(self.tr("Default keep-in-touch cadence"))
        kit.addWidget(self.kit_on)
        kit.addWidget(self.kit_days)
        kit.addStretch(1)
        layout.addLayout(kit)
        kit_help = self._quiet(
            self.tr(
                "Any logged interaction restarts the clock. A person's own cadence wins, then their circle's "
                "(the shortest, if several), then this default. Reminders are made for people you have "
                "talked with or given a cadence; the “maximum” is when the contact turns red (going cold)."
            )
        )
        kit_help.setIndent(26)
        self.kit_on.setAccessibleDescription(kit_help.text())
        self.kit_days.setAccessibleDescription(
            self.tr("Days without contact before a reminder, for people without a cadence of their own")
        )
        layout.addWidget(kit_help)
        self.circles = QTableWidget(0, 3)
        self.circles.setObjectName("circleCadences")
        self.circles.setAccessibleName(self.tr("Circle cadences"))
        self.circles.setAccessibleDescription(self.tr("How often to reconnect with the people of each circle"))
        self.circles.setHorizontalHeaderLabels([self.tr("Circle"), self.tr("Reconnect after"), self.tr("Maximum")])
        self.circles.verticalHeader().hide()
        self.circles.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        header = self.circles.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self._circle_rows: list[tuple[CircleCadence, QSpinBox, QSpinBox]] = []
        for circle in cadences.circles:
            row = self.circles.rowCount()
            self.circles.insertRow(row)
            shown_name = circle_names.shown(circle.name)
            name = QTableWidgetItem(shown_name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.circles.setItem(row, 0, name)
            ideal = _days_box(0, MAX_CADENCE, circle.ideal_days or 0, f"circle_{circle.circle_id}_days")
            ideal.setSpecialValueText(self.tr("default"))
            maximum = _days_box(0, MAX_CADENCE, circle.max_days or 0, f"circle_{circle.circle_id}_max")
            maximum.setSpecialValueText(self.tr("1.5 × ideal"))
            ideal.setAccessibleName(self.tr("{circle}: reconnect after").format(circle=shown_name))
            maximum.setAccessibleName(self.tr("{circle}: at most").format(circle=shown_name))
            ideal.setAccessibleDescription(self.tr("Days without contact before a reminder; 0 uses the default"))
            maximum.setAccessibleDescription(self.tr("Days without contact before a person turns cold"))
            self.circles.setCellWidget(row, 1, ideal)
            self.circles.setCellWidget(row, 2, maximum)
            self._circle_rows.append((circle, ideal, maximum))
        self.circles.resizeRowsToContents()
        rows_height = sum(self.circles.rowHeight(r) for r in range(self.circles.rowCount()))
        self.circles.setFixedHeight(
            self.circles.horizontalHeader().sizeHint().height() + rows_height + 2 * self.circles.frameWidth()
        )
        layout.addWidget(self.circles)
        from app.ui.opportunities.rules_section import OpportunityRulesSection  # issue 22

        self.job_rules = OpportunityRulesSection(ctx)
        layout.addSpacing(8)
        layout.addWidget(self.job_rules)
        layout.addStretch(1)

    def _quiet(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        palette = label.palette()
        palette.setColor(label.foregroundRole(), secondary_text(self.palette()))
        label.setPalette(palette)
        return label

    # --- apply -------------------------------------------------------------------------------------------------
    def values(self) -> rule_settings.RuleSettings:
        settings = rule_settings.load()
        for name, box in self.days.items():
            settings = settings.with_days(name, box.value())
        for name, check in self.enabled.items():
            settings = settings.with_enabled(name, check.isChecked())
        settings = settings.with_enabled("monthly_update", self.monthly_on.isChecked())
        settings = settings.with_enabled("keep_in_touch", self.kit_on.isChecked())
        settings = settings.with_enabled("birthday", self.birthday_on.isChecked())
        return dataclasses.replace(
            settings, monthly_weekday=self.weekday.currentIndex(), birthday_days_ahead=self.birthday_days.value()
        )

    def apply(self) -> bool:
        jobs = self.job_rules.apply()  # the job-application rules store and run themselves (issue 22)
        circles = [
            dataclasses.replace(circle, ideal_days=ideal.value() or None, max_days=maximum.value() or None)
            for circle, ideal, maximum in self._circle_rows
        ]
        new, default_days, clock = self.values(), self.kit_days.value(), self.ctx.clock
        try:
            check_circles(circles)
            changes = self._off_the_gui_thread(
                lambda _progress, _cancelled: change_rule_settings(new, default_days, circles, clock)
            )
        except CircleCadenceError as exc:
            raise SettingsError(
                self.tr("{circle}: the maximum ({m} days) must be at least the reconnect time ({i} days).").format(
                    circle=exc.circle, m=exc.max_days, i=exc.ideal_days
                )
            ) from exc
        except rule_settings.RuleSettingsError as exc:
            raise SettingsError(str(exc)) from exc
        self.ctx.publish(changes)
        return jobs or bool(changes)

    def _off_the_gui_thread(self, work):
        """Run ``work`` on a worker thread (re-running the rules takes seconds on a large network) and return its
        result or raise its error, the window painting meanwhile."""
        from app.ui.import_export.worker import run_while_waiting

        return run_while_waiting(self, work)
