"""Today: what needs doing now (overdue, today, the next 7 days), this week's numbers, and the first-run checklist."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core import overview
from app.ui.icons import ui_icon
from app.ui.widgets.page import Page
from app.ui.widgets.text import full_date, heading, relative_day

OVERDUE_COLOUR = QColor("#c0392b")


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


class TodayPage(Page):
    """Overdue, today and the next seven days; the week's numbers; "Get started" until the campaign is set up."""

    title = "Today"
    icon_name = "today"
    step_requested = Signal(str)
    demo_requested = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.setObjectName("todayPage")
        self.setAccessibleName("Today")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(16)
        self.date_label = heading("", level=1)
        layout.addWidget(self.date_label)

        self.get_started = GetStarted()
        self.get_started.step_requested.connect(self.step_requested)
        self.get_started.demo_requested.connect(self.demo_requested)
        layout.addWidget(self.get_started)

        self.week_label = QLabel()
        self.week_label.setObjectName("weekNumbers")
        self.week_label.setWordWrap(True)
        layout.addWidget(self.week_label)

        self.items = QTreeWidget()
        self.items.setObjectName("todayList")
        self.items.setAccessibleName("Follow-ups due")
        self.items.setColumnCount(3)
        self.items.setHeaderLabels([self.tr("Follow-up"), self.tr("Contact"), self.tr("Due")])
        self.items.setRootIsDecorated(False)
        self.items.setUniformRowHeights(True)
        self.items.setAlternatingRowColors(True)
        header = self.items.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.items.setColumnWidth(1, 220)
        self.items.setColumnWidth(2, 120)
        layout.addWidget(self.items, 1)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("todayEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.empty_label, 1)

        ctx.bus.followups_changed.connect(self.mark_dirty)
        ctx.bus.contacts_changed.connect(self.mark_dirty)
        ctx.bus.interactions_changed.connect(self.mark_dirty)
        ctx.bus.pitches_changed.connect(self.mark_dirty)

    def refresh(self) -> None:
        today = self.ctx.clock.today()
        self.date_label.setText(self.tr("Today · {day}").format(day=f"{today:%A} {today.day} {today:%B}"))
        state = overview.checklist()
        self.get_started.setVisible(not state.all_done)
        self.get_started.update_state(state)
        week = overview.week_numbers(self.ctx.clock)
        self.week_label.setText(
            self.tr(
                "This week: {i} conversations and messages · {c} new contacts · {r} rehearsals · {f} follow-ups done"
            ).format(i=week.interactions, c=week.new_contacts, r=week.rehearsals, f=week.followups_done)
        )
        self._fill(today)

    def _fill(self, today: dt.date) -> None:
        self.items.clear()
        followups = overview.open_followups_between(None, today + dt.timedelta(days=7))
        groups = (
            (self.tr("Overdue"), [f for f in followups if f.due < today]),
            (self.tr("Today"), [f for f in followups if f.due == today]),
            (self.tr("Next 7 days"), [f for f in followups if f.due > today]),
        )
        bold = QFont(self.items.font())
        bold.setBold(True)
        for title, rows in groups:
            if not rows:
                continue
            group = QTreeWidgetItem([f"{title} ({len(rows)})", "", ""])
            group.setFont(0, bold)
            group.setFirstColumnSpanned(True)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.items.addTopLevelItem(group)
            for followup in rows:
                contact = followup.contact.display_name if followup.contact_id else self.tr("Everyone")
                item = QTreeWidgetItem([followup.title, contact, relative_day(followup.due, today)])
                item.setToolTip(2, full_date(followup.due))
                item.setData(0, Qt.ItemDataRole.UserRole, followup.id)
                if followup.due < today:
                    item.setForeground(2, QBrush(OVERDUE_COLOUR))
                self.items.addTopLevelItem(item)
        has_items = self.items.topLevelItemCount() > 0
        self.items.setVisible(has_items)
        self.empty_label.setVisible(not has_items)
        self.empty_label.setText(
            self.tr(
                "Nothing due in the next seven days. Follow-ups appear here when you log a conversation, add a "
                "referral or send someone something."
            )
        )
