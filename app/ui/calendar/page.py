"""Calendar page: follow-ups by day."""

from __future__ import annotations

import datetime as dt

from peewee import fn
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout

from app.models import FollowUp
from app.ui.widgets.page import Page
from app.ui.widgets.text import full_date, heading


class CalendarPage(Page):
    """A month with the days that have open follow-ups in bold, and the chosen day's items beside it."""

    title = "Calendar"
    icon_name = "calendar"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.setObjectName("calendarPage")
        self.setAccessibleName("Calendar")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Calendar")))
        row = QHBoxLayout()
        self.month = QCalendarWidget()
        self.month.setObjectName("calendarMonth")
        self.month.setAccessibleName("Month")
        self.month.setGridVisible(True)
        self.month.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.month.selectionChanged.connect(self._show_day)
        self.month.currentPageChanged.connect(lambda *_: self._mark_days())
        row.addWidget(self.month, 2)
        right = QVBoxLayout()
        self.day_label = heading("", level=2)
        right.addWidget(self.day_label)
        self.day_items = QListWidget()
        self.day_items.setObjectName("agendaList")
        self.day_items.setAccessibleName("Follow-ups of the selected day")
        right.addWidget(self.day_items, 1)
        row.addLayout(right, 1)
        layout.addLayout(row, 1)
        self._formatted: list[QDate] = []
        ctx.bus.followups_changed.connect(self.mark_dirty)

    def refresh(self) -> None:
        self._mark_days()
        self._show_day()

    def _mark_days(self) -> None:
        for day in self._formatted:
            self.month.setDateTextFormat(day, QTextCharFormat())
        self._formatted = []
        first = dt.date(self.month.yearShown(), self.month.monthShown(), 1)
        start, end = first - dt.timedelta(days=7), first + dt.timedelta(days=45)
        counts = (
            FollowUp.select(FollowUp.due, fn.COUNT(FollowUp.id))
            .where(FollowUp.status == "open", FollowUp.due.between(start, end))
            .group_by(FollowUp.due)
            .tuples()
        )
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setForeground(QBrush(QColor("#1f5fa8")))
        for due, count in counts:
            qday = QDate(due.year, due.month, due.day)
            tip = QTextCharFormat(fmt)
            tip.setToolTip(self.tr("{n} follow-ups").format(n=count))
            self.month.setDateTextFormat(qday, tip)
            self._formatted.append(qday)

    def _show_day(self) -> None:
        day = self.month.selectedDate().toPython()
        self.day_label.setText(full_date(day))
        self.day_items.clear()
        query = FollowUp.select().where(FollowUp.due == day).order_by(FollowUp.status, FollowUp.id)
        for followup in query:
            mark = "✓ " if followup.status == "done" else ""
            item = QListWidgetItem(mark + followup.title)
            item.setData(Qt.ItemDataRole.UserRole, followup.id)
            self.day_items.addItem(item)
        if not self.day_items.count():
            self.day_items.addItem(self.tr("Nothing planned for this day."))
