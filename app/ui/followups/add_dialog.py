"""Add follow-up: what, for whom, when (a day, optionally a time) and whether it repeats — every N days, weeks
(on chosen weekdays), months (on a day of the month or an nth weekday) or years, or every weekday — ending never, on
a day or after N times. The repeat is stored as an RRULE (RFC 5545) made and checked by
:mod:`app.core.followups.recurrence`; the dialog says the rule back in words and shows the first day, so "every Monday"
chosen on a Wednesday is not a surprise. Opened from a contact's Follow-ups tab and from the calendar (for the selected
day, anyone).

Object names: ``addFollowUpDialog``, ``followUpTitle``, ``followUpContact``, ``followUpDate``, ``followUpHasTime``,
``followUpTime``, ``followUpRepeat``, ``followUpRepeatEvery``, ``followUpRepeatDays``, ``followUpRepeatMonthly``,
``followUpRepeatEnds``, ``followUpRepeatUntil``, ``followUpRepeatCount``, ``followUpRepeatSummary``.
"""

from __future__ import annotations

import calendar
import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QWidget,
)

from app.core.changes import Changes
from app.core.followups import recurrence
from app.core.followups import writes as followup_writes
from app.core.followups.recurrence import DAY_NAMES, RecurrenceError, Repeat
from app.core.followups.service import FollowUpError
from app.ui.context import AppContext
from app.ui.followups.kinds import overdue_colour
from app.ui.undo import ContextCommand
from app.ui.widgets.contact_picker import ContactPicker
from app.ui.widgets.date_entry import DateEdit, TimeEdit, refuse_invalid
from app.ui.widgets.parts import describe_buttons
from app.ui.widgets.text import full_date

NEVER, DAILY, WEEKLY, MONTHLY, YEARLY, WEEKDAYS = range(6)
FREQ_OF = {DAILY: "DAILY", WEEKLY: "WEEKLY", MONTHLY: "MONTHLY", YEARLY: "YEARLY"}
ENDS_NEVER, ENDS_ON, ENDS_AFTER = range(3)


class AddFollowUpDialog(QDialog):
    """Ask for a follow-up; :meth:`values` gives what :func:`app.core.followups.writes.create` takes."""

    def __init__(
        self,
        ctx: AppContext,
        *,
        contact_id: int | None = None,
        contact_name: str = "",
        day: dt.date | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.contact_id = contact_id
        self.setObjectName("addFollowUpDialog")
        self.setWindowTitle(self.tr("Add follow-up"))
        today = ctx.clock.today()
        start = max(day or today + dt.timedelta(days=7), today)
        form = QFormLayout(self)

        title = self.tr("Follow up with {name}").format(name=contact_name) if contact_name else ""
        self.what = self._named(QLineEdit(title), "followUpTitle", self.tr("What"))
        self.what.setPlaceholderText(self.tr("e.g. Send Ada the list of target companies"))
        self.what.selectAll()
        form.addRow(self.tr("&What"), self.what)
        if contact_id is None:
            self.picker = self._named(
                ContactPicker(placeholder=self.tr("Anyone (leave empty for your whole network)")),
                "followUpContact",
                self.tr("Who"),
            )
            form.addRow(self.tr("W&ho"), self.picker)
        else:
            self.picker = None
            form.addRow(self.tr("Who"), QLabel(f"<b>{contact_name}</b>"))

        when = QHBoxLayout()
        # Typed ("fri", "12.3.", "+3") or picked from a calendar; Tab goes on to the next field (issue 17).
        self.date = self._named(DateEdit(start, today=ctx.clock.today), "followUpDate", self.tr("Day"))
        self.date.setMinimumDate(today)
        self.has_time = self._named(QCheckBox(self.tr("at")), "followUpHasTime", self.tr("At a time of day"))
        self.has_time.setAccessibleDescription(self.tr("Give the follow-up a time; otherwise it is due all day"))
        self.time = self._named(TimeEdit(QTime(9, 0)), "followUpTime", self.tr("Time"))
        self.time.setEnabled(False)
        self.has_time.toggled.connect(self.time.setEnabled)
        when.addWidget(self.date, 1)
        when.addWidget(self.has_time)
        when.addWidget(self.time)
        when_label = QLabel(self.tr("W&hen"))  # a row of widgets gets no buddy of its own: the & would show
        when_label.setBuddy(self.date)
        form.addRow(when_label, when)

        self.repeat = self._named(QComboBox(), "followUpRepeat", self.tr("Repeat"))
        self.repeat.setAccessibleDescription(self.tr("Whether the follow-up comes back, and how often"))
        for text in (
            self.tr("Does not repeat"),
            self.tr("Daily"),
            self.tr("Weekly"),
            self.tr("Monthly"),
            self.tr("Yearly"),
            self.tr("Every weekday (Monday to Friday)"),
        ):
            self.repeat.addItem(text)
        form.addRow(self.tr("&Repeat"), self.repeat)

        self.every_row = QWidget()
        every = QHBoxLayout(self.every_row)
        every.setContentsMargins(0, 0, 0, 0)
        self.every = self._named(QSpinBox(), "followUpRepeatEvery", self.tr("Repeat every"))
        self.every.setRange(1, recurrence.MAX_INTERVAL)
        self.unit = QLabel()
        every.addWidget(QLabel(self.tr("every")))
        every.addWidget(self.every)
        every.addWidget(self.unit, 1)
        form.addRow("", self.every_row)

        self.days_row = self._named(QWidget(), "followUpRepeatDays", self.tr("On these weekdays"))
        days = QHBoxLayout(self.days_row)
        days.setContentsMargins(0, 0, 0, 0)
        days.setSpacing(2)
        self.day_buttons: list[QToolButton] = []
        for index in range(len(DAY_NAMES)):
            button = QToolButton()
            button.setText(QLocale().standaloneDayName(index + 1, QLocale.FormatType.ShortFormat))
            button.setCheckable(True)
            button.setToolTip(recurrence.day_name(index))
            button.setAccessibleName(recurrence.day_name(index))
            button.setObjectName(f"followUpRepeatDay{index}")
            button.toggled.connect(self._update)
            days.addWidget(button)
            self.day_buttons.append(button)
        days.addStretch(1)
        form.addRow(self.tr("On"), self.days_row)

        self.monthly = self._named(QComboBox(), "followUpRepeatMonthly", self.tr("Which day of the month"))
        form.addRow(self.tr("On"), self.monthly)

        ends = QHBoxLayout()
        self.ends = self._named(QComboBox(), "followUpRepeatEnds", self.tr("Ends"))
        self.ends.addItems([self.tr("Never"), self.tr("On"), self.tr("After")])
        self.until = self._named(
            DateEdit(start + dt.timedelta(days=90), today=ctx.clock.today), "followUpRepeatUntil", self.tr("Until")
        )
        self.until.setDisplayFormat("d MMM yyyy")
        self.count = self._named(QSpinBox(), "followUpRepeatCount", self.tr("Number of times"))
        self.count.setRange(1, recurrence.MAX_COUNT)
        self.count.setValue(10)
        self.count.setSuffix(self.tr(" times"))
        ends.addWidget(self.ends)
        ends.addWidget(self.until)
        ends.addWidget(self.count)
        ends.addStretch(1)
        self.ends_row = QWidget()
        self.ends_row.setLayout(ends)
        ends.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Ends"), self.ends_row)

        self.summary = self._named(QLabel(), "followUpRepeatSummary", self.tr("How it repeats"))
        self.summary.setWordWrap(True)
        form.addRow("", self.summary)
        self.error = QLabel()
        self.error.setObjectName("followUpError")
        self.error.setWordWrap(True)
        palette = self.error.palette()
        palette.setColor(self.error.foregroundRole(), overdue_colour(palette))
        self.error.setPalette(palette)
        self.error.hide()
        form.addRow("", self.error)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        describe_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._form = form

        self.repeat.currentIndexChanged.connect(self._repeat_changed)
        self.date.dateChanged.connect(self._date_changed)
        for signal in (self.every.valueChanged, self.monthly.currentIndexChanged, self.ends.currentIndexChanged):
            signal.connect(self._update)
        self.until.dateChanged.connect(self._update)
        self.count.valueChanged.connect(self._update)
        self._date_changed()
        self._repeat_changed()

    def _named(self, widget, name: str, accessible: str):
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)
        return widget

    # --- state -----------------------------------------------------------------------------------------------------
    def day(self) -> dt.date:
        return self.date.date().toPython()

    def _date_changed(self, *_args) -> None:
        day = self.day()
        for index, button in enumerate(self.day_buttons):  # the day's own weekday, unless others were chosen
            if not any(b.isChecked() for b in self.day_buttons) or self.repeat.currentIndex() != WEEKLY:
                button.blockSignals(True)
                button.setChecked(index == day.weekday())
                button.blockSignals(False)
        chosen = self.monthly.currentIndex()
        self.monthly.blockSignals(True)
        self.monthly.clear()
        nth = (day.day - 1) // 7 + 1
        weekday = recurrence.day_name(day.weekday())
        self.monthly.addItem(self.tr("on day {n}").format(n=day.day), ("day", day.day))
        if nth <= 4:
            self.monthly.addItem(
                self.tr("on the {nth} {weekday}").format(nth=recurrence.ordinal(nth), weekday=weekday), ("nth", nth)
            )
        if day.day + 7 > calendar.monthrange(day.year, day.month)[1]:
            self.monthly.addItem(self.tr("on the last {weekday}").format(weekday=weekday), ("nth", -1))
        if day.day == calendar.monthrange(day.year, day.month)[1]:
            self.monthly.addItem(self.tr("on the last day"), ("day", -1))
        self.monthly.setCurrentIndex(min(max(0, chosen), self.monthly.count() - 1))
        self.monthly.blockSignals(False)
        self._update()

    def _repeat_changed(self, *_args) -> None:
        mode = self.repeat.currentIndex()
        repeating = mode != NEVER
        for row, shown in (
            (self.every_row, repeating and mode != WEEKDAYS),
            (self.days_row, mode == WEEKLY),
            (self.monthly, mode == MONTHLY),
            (self.ends_row, repeating),
            (self.summary, repeating),
        ):
            self._form.setRowVisible(row, shown)
        self._update()

    def repeat_rule(self) -> Repeat | None:
        """The repeat as chosen, or None for "Does not repeat"."""
        mode = self.repeat.currentIndex()
        if mode == NEVER:
            return None
        until = count = None
        if self.ends.currentIndex() == ENDS_ON:
            until = self.until.date().toPython()
        elif self.ends.currentIndex() == ENDS_AFTER:
            count = self.count.value()
        if mode == WEEKDAYS:
            return Repeat("WEEKLY", weekdays=(0, 1, 2, 3, 4), until=until, count=count)
        day = self.day()
        interval = self.every.value()
        if mode == WEEKLY:
            weekdays = tuple(i for i, b in enumerate(self.day_buttons) if b.isChecked()) or (day.weekday(),)
            if weekdays == (day.weekday(),):
                weekdays = ()  # "every week" on the day's own weekday needs no BYDAY
            return Repeat("WEEKLY", interval, weekdays=weekdays, until=until, count=count)
        if mode == MONTHLY:
            how, n = self.monthly.currentData() or ("day", day.day)
            if how == "nth":
                return Repeat("MONTHLY", interval, nth_weekday=(n, day.weekday()), until=until, count=count)
            return Repeat("MONTHLY", interval, month_day=-1 if n == -1 else None, until=until, count=count)
        return Repeat(FREQ_OF[mode], interval, until=until, count=count)

    def rrule(self) -> str | None:
        rule = self.repeat_rule()
        return rule.to_rrule() if rule is not None else None

    def _update(self, *_args) -> None:
        mode = self.repeat.currentIndex()
        every = self.every.value()
        units = {  # the unit after "every N": its plural form goes with N
            DAILY: self.tr("day(s)", "", every),
            WEEKLY: self.tr("week(s)", "", every),
            MONTHLY: self.tr("month(s)", "", every),
            YEARLY: self.tr("year(s)", "", every),
        }
        if mode in units:
            self.unit.setText(units[mode])
        self.until.setVisible(self.ends.currentIndex() == ENDS_ON)
        self.count.setVisible(self.ends.currentIndex() == ENDS_AFTER)
        self.error.hide()
        rule = self.rrule()
        if rule is None:
            self.summary.clear()
            return
        try:
            text = recurrence.normalise(rule, self.day())
        except RecurrenceError as exc:
            self.summary.setText(self.tr("This repeat never happens: {why}").format(why=exc))
            return
        first = recurrence.first_on_or_after(text, self.day(), self.day()) or self.day()
        following = recurrence.next_after(text, self.day(), first)
        words = recurrence.describe(text, self.day())
        summary = self.tr("Repeats {how}. First on {first}").format(how=words, first=full_date(first))
        if following is not None:
            summary += self.tr(", then {next}").format(next=full_date(following))
        self.summary.setText(summary + ".")
        self.summary.setToolTip(f"RRULE:{text}")

    def values(self) -> dict:
        """What :func:`app.core.followups.writes.create` takes (title, due, contact_id, due_time, repeat)."""
        contact_id = self.contact_id
        if self.picker is not None:
            contact_id = self.picker.contact_id
        return {
            "title": self.what.text().strip(),
            "due": self.day(),
            "contact_id": contact_id,
            "due_time": self.time.time().toPython() if self.has_time.isChecked() else None,
            "repeat": self.rrule(),
        }

    def accept(self) -> None:
        typed = refuse_invalid(self)  # a day or a time typed that is none: say so, never save the last good one
        if typed:
            self.error.setText(typed)
            self.error.show()
            return
        values = self.values()
        problem = ""
        if not values["title"]:
            problem = self.tr("Say what the follow-up is about.")
            self.what.setFocus()
        elif self.picker is not None and self.picker.text().strip() and values["contact_id"] is None:
            if not self.picker.accept_first():
                problem = self.tr("No contact matches {text!r}; pick one from the list or leave it empty.").format(
                    text=self.picker.text()
                )
        elif values["repeat"]:
            try:
                recurrence.normalise(values["repeat"], values["due"])
            except RecurrenceError as exc:
                problem = self.tr("This repeat never happens: {why}").format(why=exc)
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        super().accept()


_CHANGES = Changes.of("followups", "contacts")  # a contact's next step shows in the list


class AddFollowUpCommand(ContextCommand):
    """Add a follow-up the user asked for (undo deletes it; redo makes it again under the same calendar UID)."""

    def __init__(self, ctx: AppContext, values: dict):
        super().__init__(
            ctx, QCoreApplication.translate("followups", "Add follow-up: {title}").format(title=values["title"])
        )
        self.values = dict(values)
        self.followup_id: int | None = None
        self.uid: str | None = None
        self.error: FollowUpError | None = None

    def redo(self) -> None:
        try:
            row = followup_writes.create(**self.values, uid=self.uid, clock=self.ctx.clock)
        except FollowUpError as exc:
            self.error = exc
            self.setObsolete(True)
            return
        self.followup_id, self.uid = row.id, row.uid
        self.ctx.publish(_CHANGES)

    def undo(self) -> None:
        if self.followup_id is not None:
            followup_writes.delete([self.followup_id])
            self.followup_id = None
        self.ctx.publish(_CHANGES)


def add_followup(ctx: AppContext, parent: QWidget, **kwargs) -> int | None:
    """Open the dialog and add what it says (undoable). Returns the new follow-up's id, or None."""
    from PySide6.QtWidgets import QMessageBox

    from app.ui.widgets.modal import run_modal

    dialog = AddFollowUpDialog(ctx, parent=parent, **kwargs)
    if run_modal(dialog) != QDialog.DialogCode.Accepted:
        return None
    command = AddFollowUpCommand(ctx, dialog.values())
    ctx.undo_stack.push(command)
    if command.error is not None:
        QMessageBox.warning(parent, parent.tr("Add follow-up"), str(command.error))
        return None
    return command.followup_id
