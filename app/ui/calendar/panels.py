"""The calendar page's panels around its grids: the selected day's items beside them (``calendarDayPanel``), the
agenda in their place (``agendaList``), and the kinds filter of the toolbar (``calendarKinds``)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.core.followups.service import AgendaItem
from app.core.formats.exporters import ics
from app.ui.calendar.item_lists import ItemLists
from app.ui.followups.item_models import AgendaTreeModel, FollowUpListModel
from app.ui.followups.kinds import all_kinds, kind_label
from app.ui.icons import ui_icon
from app.ui.widgets.text import day_month, full_date, heading, number, relative_day, weekday_name

MEETINGS = ics.MEETINGS  # the kinds filter's entry for planned meetings


class DayPanel(QWidget):
    """The selected day: its title, its items (or a line saying there are none), Done / Snooze / Contact."""

    def __init__(self, lists: ItemLists, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("calendarDayPanel")
        self.setMinimumWidth(180)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.setSpacing(8)
        self.title = heading("", level=2)
        self.title.setObjectName("calendarDayTitle")
        layout.addWidget(self.title)
        self.model = FollowUpListModel(self)
        self.list = QListView()
        self.list.setObjectName("calendarDayList")
        self.list.setAccessibleName(self.tr("Follow-ups of the selected day"))
        self.list.setAccessibleDescription(
            self.tr("What is planned on the day chosen in the calendar; Ctrl+D marks the selected ones done")
        )
        lists.setup(self.list, self.model, show_day=False)
        layout.addWidget(self.list, 1)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.empty, 1)
        buttons = QHBoxLayout()
        self.done_button = QPushButton(ui_icon("check"), self.tr("Done"))
        self.done_button.setObjectName("calendarDone")
        self.done_button.setToolTip(self.tr("Mark the selected follow-ups done (Ctrl+D)"))
        self.snooze_button = QPushButton(ui_icon("snooze"), self.tr("Snooze"))
        self.snooze_button.setObjectName("calendarSnooze")
        self.snooze_button.setToolTip(self.tr("Snooze the selected follow-ups (Ctrl+Shift+S)"))
        self.open_button = QPushButton(ui_icon("person"), "")
        self.open_button.setObjectName("calendarOpenContact")
        self.open_button.setAccessibleName(self.tr("Contact"))
        self.open_button.setToolTip(self.tr("Show the contact of the selected item"))
        for button in (self.done_button, self.snooze_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def show_day(self, day: dt.date, items: list[AgendaItem], today: dt.date) -> None:
        self.model.set_items(items, today)
        self.title.setText(f"{weekday_name(day)} {day_month(day)}")
        self.title.setToolTip(full_date(day))
        self.list.setVisible(bool(items))
        self.empty.setVisible(not items)
        self.empty.setText(
            self.tr("Nothing on {day}. Drag a follow-up or a meeting here to move it.").format(
                day=relative_day(day, today)
            )
        )


class AgendaPanel(QWidget):
    """The agenda: the overdue and the coming months grouped by when, and how many come after."""

    def __init__(self, lists: ItemLists, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = AgendaTreeModel(self)
        self.view = QTreeView()
        self.view.setObjectName("agendaList")
        self.view.setAccessibleName(self.tr("Agenda"))
        lists.setup(self.view, self.model, show_day=True)
        self.view.setRootIsDecorated(False)
        self.view.setItemsExpandable(False)
        self.view.setIndentation(0)
        self.view.setHeaderHidden(True)
        self.empty = QLabel(
            self.tr(
                "Nothing planned. Follow-ups appear when you log conversations, add referrals or send someone "
                "something; meetings when you log a call or a coffee at a time still ahead."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        self.more = QLabel()
        self.more.setObjectName("agendaMore")
        layout.addWidget(self.more)

    def show_groups(
        self, groups: list[tuple[str, list[AgendaItem]]], today: dt.date, later: int, horizon: dt.date
    ) -> None:
        """``groups`` as titled lists; ``later``: how many come after ``horizon`` (browsed month by month)."""
        self.model.set_groups(groups, today)
        self.view.expandAll()
        shown = any(rows for _title, rows in groups)
        self.view.setVisible(shown)
        self.empty.setVisible(not shown)
        self.more.setText(
            self.tr("{n} more after {day}: browse them month by month.").format(n=number(later), day=day_month(horizon))
        )
        self.more.setVisible(later > 0)


class KindFilterButton(QToolButton):
    """ "All kinds" ▾: show only some kinds of follow-up (and the planned meetings, or not)."""

    kinds_changed = Signal(object)  # the kinds ticked (a set), or None for all

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("calendarKinds")
        self.setText(self.tr("All kinds"))
        self.setToolTip(self.tr("Show only some kinds of follow-up"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.kind_menu = QMenu(self)
        self.kind_actions: dict[str, QAction] = {}
        show_all = self.kind_menu.addAction(self.tr("Show all kinds"))
        show_all.triggered.connect(lambda: self.kinds_changed.emit(None))
        self.kind_menu.addSeparator()
        meetings = self.kind_menu.addAction(ui_icon("kind-coffee"), self.tr("Meetings"))
        meetings.setToolTip(self.tr("Calls, coffees, lunches, meetings and events you have planned"))
        meetings.setCheckable(True)
        meetings.setChecked(True)
        meetings.toggled.connect(self._toggled)
        self.kind_actions[MEETINGS] = meetings
        self.kind_menu.addSeparator()
        for kind in all_kinds():
            action = self.kind_menu.addAction(kind_label(kind))
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(self._toggled)
            self.kind_actions[kind] = action
        self.setMenu(self.kind_menu)

    def _toggled(self) -> None:
        self.kinds_changed.emit({k for k, a in self.kind_actions.items() if a.isChecked()})

    def show_kinds(self, kinds: set[str] | None) -> set[str] | None:
        """Tick ``kinds`` and say them on the button; returns them, None when they are all of them."""
        everything = set(all_kinds()) | {MEETINGS}
        chosen = None if kinds is None or set(kinds) >= everything else set(kinds)
        for kind, action in self.kind_actions.items():
            action.blockSignals(True)
            action.setChecked(chosen is None or kind in chosen)
            action.blockSignals(False)
        if chosen is None:
            self.setText(self.tr("All kinds"))
        elif len(chosen) == 1:
            only = next(iter(chosen))
            self.setText(self.tr("Meetings") if only == MEETINGS else kind_label(only))
        else:
            self.setText(self.tr("%Ln kind(s)", "", len(chosen)))
        return chosen
