"""Calendar: follow-ups and planned meetings by day — a month grid (``calendarMonth``), a week and a day view with an
hour axis (``calendarWeek``, ``calendarDay``) and a grouped agenda (``agendaList``); the selected day's items in a
side panel (``calendarDayList``) with Done / Snooze; drag an item to another day (or time) to move it — a meeting
moves its interaction, undoably like the rest; filter by kind (meetings included); add a follow-up, repeating or not
(``calendarNewFollowUp``); export to an ICS file for any other calendar.

Repeating follow-ups show on every occurrence with a repeat mark; the occurrences after the open one are drawn as
outlines (closing the open one makes the next), at most :data:`app.core.followups.series.PER_SERIES` per series and
:data:`app.core.followups.series.PER_VIEW` per view — a rule is never expanded without bounds.

The page holds the views and the navigation; an item's chip and tooltip are :mod:`app.ui.calendar.item_chips`, what
the lists do with their rows :mod:`app.ui.calendar.item_lists`, the day panel, the agenda and the kinds filter
:mod:`app.ui.calendar.panels`."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
)

from app.core.followups import planned_meetings, titles
from app.core.followups import service as followups
from app.core.followups.service import AgendaItem
from app.core.formats.exporters import ics
from app.core.formats.exporters.files import write_atomically
from app.ui.calendar.day_grid import Chip, DayGridView, month_grid_start
from app.ui.calendar.item_chips import by_time, chip_for, tooltip_for
from app.ui.calendar.item_lists import ItemLists
from app.ui.calendar.panels import MEETINGS, AgendaPanel, DayPanel, KindFilterButton
from app.ui.calendar.time_grid import TimeGridView
from app.ui.followups.actions import FollowUpActions
from app.ui.followups.kinds import all_kinds, kind_label
from app.ui.icons import ui_icon
from app.ui.widgets.page import Page
from app.ui.widgets.text import full_date, heading, month_year, short_day

MONTH, WEEK, DAY, AGENDA = 0, 1, 2, 3
AGENDA_DAYS = 90  # the agenda lists the overdue and the next three months; the month view shows the rest
AGENDA_PER_SERIES = 6  # later occurrences of one repeating follow-up in the agenda


class CalendarPage(Page):
    """Month, week, day and agenda views over the follow-ups and planned meetings."""

    title = "Calendar"
    icon_name = "calendar"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.setObjectName("calendarPage")
        self.setAccessibleName(self.tr("Calendar"))
        self.actions_ = FollowUpActions(ctx, self)
        today = ctx.clock.today()
        self.anchor = today  # the day whose month / week is shown
        self.kinds: set[str] | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)

        top = QHBoxLayout()
        top.setSpacing(8)
        self.prev_action = self._page_action(
            self.tr("Previous"), "Alt+Left", self.tr("Previous month, week or day (Alt+Left)")
        )
        self.prev_action.setIcon(ui_icon("chevron-left"))
        self.prev_action.triggered.connect(lambda: self.step(-1))
        self.next_action = self._page_action(
            self.tr("Next"), "Alt+Right", self.tr("Next month, week or day (Alt+Right)")
        )
        self.next_action.setIcon(ui_icon("chevron-right"))
        self.next_action.triggered.connect(lambda: self.step(1))
        self.today_action = self._page_action(self.tr("Today"), "Alt+Home", self.tr("Go to today (Alt+Home)"))
        self.today_action.triggered.connect(self.go_today)
        self._nav_buttons: list[QToolButton] = []
        for action, name in (
            (self.prev_action, "calendarPrev"),
            (self.today_action, "calendarToday"),
            (self.next_action, "calendarNext"),
        ):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setObjectName(name)
            self._nav_buttons.append(button)
            if action is self.today_action:
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            top.addWidget(button)
        self.title_label = heading("", level=1)
        self.title_label.setObjectName("calendarTitle")
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title_label.setMinimumWidth(120)
        top.addSpacing(8)
        top.addWidget(self.title_label, 1)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("calendarToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(QSize(18, 18))
        self.view_group = QActionGroup(self)
        for mode, (text, key, name) in enumerate(
            (
                (self.tr("Month"), "Alt+M", "calendarMonthMode"),
                (self.tr("Week"), "Alt+W", "calendarWeekMode"),
                (self.tr("Day"), "Alt+D", "calendarDayMode"),
                (self.tr("Agenda"), "Alt+A", "calendarAgendaMode"),
            )
        ):
            action = self._page_action(text, key, self.tr("Show the {v} view ({k})").format(v=text.lower(), k=key))
            action.setCheckable(True)
            action.setData(mode)
            self.view_group.addAction(action)
            self.toolbar.addAction(action)
            self.toolbar.widgetForAction(action).setObjectName(name)
        self.view_group.actions()[0].setChecked(True)
        self.view_group.triggered.connect(lambda a: self.set_mode(a.data()))
        self.toolbar.addSeparator()

        self.kind_button = KindFilterButton()
        self.kind_button.kinds_changed.connect(self.set_kinds)
        self.kind_actions = self.kind_button.kind_actions
        self.toolbar.addWidget(self.kind_button)

        self.new_action = self._page_action(
            self.tr("New follow-up…"),
            "Ctrl+Alt+F",
            self.tr("Add a follow-up on the selected day, once or repeating (Ctrl+Alt+F)"),
        )
        self.new_action.setIcon(ui_icon("add"))
        self.new_action.triggered.connect(self.new_followup)
        self.toolbar.addAction(self.new_action)
        self.toolbar.widgetForAction(self.new_action).setObjectName("calendarNewFollowUp")

        self.export_action = self._page_action(
            self.tr("Export ICS…"), "Ctrl+Alt+E", self.tr("Save the open follow-ups as a calendar file (Ctrl+Alt+E)")
        )
        self.export_action.setIcon(ui_icon("export"))
        self.export_action.triggered.connect(self.export_ics)
        self.toolbar.addAction(self.export_action)
        self.toolbar.widgetForAction(self.export_action).setObjectName("calendarExportIcs")
        top.addWidget(self.toolbar)
        layout.addLayout(top)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.stack = QStackedWidget()
        self.month_view = DayGridView(6)
        self.month_view.setObjectName("calendarMonth")
        self.month_view.setAccessibleName(self.tr("Month"))
        self.week_view = TimeGridView(7)
        self.week_view.setObjectName("calendarWeek")
        self.week_view.setAccessibleName(self.tr("Week"))
        self.day_view = TimeGridView(1)
        self.day_view.setObjectName("calendarDay")
        self.day_view.setAccessibleName(self.tr("Day"))
        self._shown: dict[tuple[str, int], AgendaItem] = {}
        for grid in (self.month_view, self.week_view, self.day_view):
            grid.tooltip_provider = self._chip_tooltip
            grid.date_selected.connect(self.select_day)
            grid.navigate_requested.connect(self._navigate_to)
            grid.chip_clicked.connect(self._chip_clicked)
            grid.chip_activated.connect(self._chip_activated)
            grid.date_activated.connect(lambda _d: self.day_list.setFocus())
        self.month_view.chip_dropped.connect(lambda chip, day: self._chip_moved(chip, day, None))
        for grid in (self.week_view, self.day_view):
            grid.chip_moved.connect(self._chip_moved)
        self.lists = ItemLists(ctx, self.actions_, self)
        self.lists.selection_changed.connect(self._update_buttons)
        agenda_page = AgendaPanel(self.lists)
        self.agenda_panel, self.agenda, self.agenda_model = agenda_page, agenda_page.view, agenda_page.model
        for widget in (self.month_view, self.week_view, self.day_view, agenda_page):
            self.stack.addWidget(widget)
        self.splitter.addWidget(self.stack)

        self.side = DayPanel(self.lists)
        self.day_title, self.day_list, self.day_model = self.side.title, self.side.list, self.side.model
        self.done_button, self.snooze_button = self.side.done_button, self.side.snooze_button
        self.open_button = self.side.open_button
        self.done_button.clicked.connect(lambda: self.actions_.complete(self.selected_ids()))
        self.snooze_button.setMenu(self.actions_.snooze_menu(self.selected_ids, self.snooze_button))
        self.open_button.clicked.connect(self._open_selected)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([800, 250])  # the grid gets the room: names in the chips are read whole
        layout.addWidget(self.splitter, 1)

        ctx.bus.followups_changed.connect(self.mark_dirty)
        ctx.bus.contacts_changed.connect(self.mark_dirty)
        ctx.bus.interactions_changed.connect(self.mark_dirty)  # planned meetings
        self._selected_day = today
        self._update_buttons()

    # --- building blocks -------------------------------------------------------------------------------------
    def _page_action(self, text: str, shortcut: str, tip: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        # Window-wide, but only while this page is visible (Qt ignores actions of hidden widgets).
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(tip)
        self.addAction(action)
        return action

    def selected_ids(self) -> list[int]:
        view = self.agenda if self.mode == AGENDA else self.day_list
        return self.lists.ids_of(view)

    @property
    def mode(self) -> int:
        return self.stack.currentIndex()

    def _grid(self) -> DayGridView | TimeGridView:
        return {MONTH: self.month_view, WEEK: self.week_view, DAY: self.day_view}.get(self.mode, self.month_view)

    # --- navigation ------------------------------------------------------------------------------------------
    def set_mode(self, mode: int) -> None:
        if mode in (WEEK, DAY) and self.mode in (MONTH, WEEK, DAY):
            self.anchor = self._selected_day  # the week (or day) of the day the user was looking at
        self.stack.setCurrentIndex(mode)
        self.view_group.actions()[mode].setChecked(True)
        self.side.setVisible(mode != AGENDA)
        for action in (self.prev_action, self.next_action, self.today_action):
            action.setEnabled(mode != AGENDA)
            action.setVisible(mode != AGENDA)  # the agenda always starts today
        for button in self._nav_buttons:
            button.setVisible(mode != AGENDA)
        self.refresh_now()
        current = self.stack.currentWidget()
        (self.agenda if mode == AGENDA else current).setFocus()

    def step(self, direction: int) -> None:
        if self.mode == MONTH:
            index = self.anchor.year * 12 + self.anchor.month - 1 + direction
            self.anchor = dt.date(index // 12, index % 12 + 1, 1)
            target = self.anchor
        elif self.mode == DAY:
            self.anchor = self.anchor + dt.timedelta(days=direction)
            target = self.anchor
        else:
            self.anchor = self.anchor + dt.timedelta(days=7 * direction)
            target = self.anchor - dt.timedelta(days=self.anchor.weekday())
        self._selected_day = target
        self.refresh_now()

    def go_today(self) -> None:
        self.anchor = self.ctx.clock.today()
        self._selected_day = self.anchor
        self.refresh_now()

    def _navigate_to(self, day: dt.date) -> None:
        self.anchor = day
        self._selected_day = day
        self.refresh_now()

    def show_date(self, day: dt.date) -> None:
        """Show ``day``'s month (or week, or the day itself) with the day selected."""
        self._navigate_to(day)

    def set_kinds(self, kinds: set[str] | None) -> None:
        self.kinds = self.kind_button.show_kinds(kinds)
        self.refresh_now()

    def _followup_kinds(self) -> list[str] | None:
        return sorted(k for k in self.kinds if k != MEETINGS) if self.kinds is not None else None

    def _with_meetings(self) -> bool:
        return self.kinds is None or MEETINGS in self.kinds

    # --- loading ---------------------------------------------------------------------------------------------
    def load(self, first: dt.date, last: dt.date, *, statuses=("open", "done"), per_series: int | None = None):
        """Everything the calendar shows from ``first`` to ``last``: follow-ups, the later occurrences of repeating
        ones (bounded) and planned meetings, in the order of a day (:func:`by_time`)."""
        clock = self.ctx.clock
        kinds = self._followup_kinds()
        items = followups.between(first, last, clock=clock, kinds=kinds, statuses=statuses)
        limits = {"per_series": per_series} if per_series else {}
        extra = followups.repeats_between(first, last, clock=clock, kinds=kinds, **limits)
        if self._with_meetings():
            extra += planned_meetings.items_between(first, last, clock=clock)
        return by_time(items + extra) if extra else items  # follow-ups alone come in that order already

    def refresh(self) -> None:
        today = self.ctx.clock.today()
        kinds = self._followup_kinds()
        if self.mode == AGENDA:
            horizon = today + dt.timedelta(days=AGENDA_DAYS)
            items = followups.agenda(AGENDA_DAYS, clock=self.ctx.clock, kinds=kinds)
            items += followups.repeats_between(
                today, horizon, clock=self.ctx.clock, kinds=kinds, per_series=AGENDA_PER_SERIES
            )
            if self._with_meetings():
                items += planned_meetings.items_between(today, horizon, clock=self.ctx.clock)
            overdue = [i for i in items if i.overdue]
            items = overdue + by_time([i for i in items if not i.overdue])
            groups = [(self.tr(name), rows) for name, rows in followups.group_agenda(items, today)]
            later = sum(followups.day_counts(horizon + dt.timedelta(days=1), dt.date.max, kinds=kinds).values())
            self.agenda_panel.show_groups(groups, today, later, horizon)
            self.title_label.setText(self.tr("Agenda · next three months"))
            self._update_buttons()
            return
        grid = self._grid()
        if self.mode == MONTH:
            first = month_grid_start(self.anchor.year, self.anchor.month)
            self.month_view.set_range(first, self.anchor.month, today)
            self.title_label.setText(month_year(self.anchor))
        elif self.mode == WEEK:
            first = self.anchor - dt.timedelta(days=self.anchor.weekday())
            self.week_view.set_range(first, today, self.ctx.clock.now().time())
            last = first + dt.timedelta(days=6)
            span = f"{short_day(first)} – {short_day(last, year=True)}"
            self.title_label.setText(self.tr("Week of {span}").format(span=span))
        else:
            self.day_view.set_range(self.anchor, today, self.ctx.clock.now().time())
            self.title_label.setText(full_date(self.anchor))
        self.title_label.setToolTip(full_date(self.anchor))
        shown = self.load(grid.first_day, grid.last_day)
        labels = {kind: kind_label(kind) for kind in all_kinds()}
        now = self.ctx.clock.now()
        self._shown = {}
        if self.mode == MONTH:
            chips: dict[dt.date, list[Chip]] = defaultdict(list)
            timed_days = set()
            for item in shown:
                chip = chip_for(item, labels, now)
                self._shown[chip.key] = item
                chips[item.due].append(chip)
                if chip.time is not None:
                    timed_days.add(item.due)
            for day in timed_days:  # what has a time first (a meeting above all): three chips a day are shown
                chips[day].sort(key=lambda c: (c.time is None, not c.meeting))
            self.month_view.set_chips(dict(chips))
        else:
            all_day: dict[dt.date, list[Chip]] = defaultdict(list)
            timed: dict[dt.date, list[Chip]] = defaultdict(list)
            for item in shown:
                chip = chip_for(item, labels, now)
                self._shown[chip.key] = item
                (timed if chip.time is not None else all_day)[item.due].append(chip)
            grid.set_chips(dict(all_day), dict(timed))
        day = self._selected_day if grid.first_day <= self._selected_day <= grid.last_day else grid.selected
        grid.set_selected_date(day, emit=False)
        self.select_day(day)

    def select_day(self, day: dt.date) -> None:
        self._selected_day = day
        today = self.ctx.clock.today()
        kinds = self._followup_kinds()
        items = followups.on_day(day, clock=self.ctx.clock, kinds=kinds)
        items += followups.repeats_between(day, day, clock=self.ctx.clock, kinds=kinds)
        if self._with_meetings():
            items += planned_meetings.items_between(day, day, clock=self.ctx.clock)
        self.side.show_day(day, by_time(items), today)
        self._update_buttons()

    def _chip_tooltip(self, chip: Chip) -> str:
        item = self._shown.get(chip.key)
        return tooltip_for(item, self.ctx.clock.today()) if item is not None else chip.label

    # --- actions -------------------------------------------------------------------------------------------------
    def _update_buttons(self, *_args) -> None:
        view = self.agenda if self.mode == AGENDA else self.day_list
        items = self.lists.items_of(view)
        actionable = [i for i in items if not i.meeting and not i.projected]
        self.done_button.setEnabled(any(i.status == "open" for i in actionable))
        self.snooze_button.setEnabled(bool(actionable))
        self.open_button.setEnabled(len(items) == 1 and items[0].contact_id is not None)

    def _row_of(self, chip: Chip) -> QModelIndex:
        for row, item in enumerate(self.day_model.items()):
            if (item.meeting, item.id) == (chip.meeting, chip.id) or (
                chip.projected and item.projected and item.id == chip.id
            ):
                return self.day_model.index(row, 0)
        return QModelIndex()

    def _chip_clicked(self, chip: Chip, day: dt.date) -> None:
        if day != self._selected_day:
            self.select_day(day)
        item = self._shown.get(chip.key)
        if chip.projected and item is not None:  # a later occurrence: its row in the day list has a fresh id
            rows = self.day_model.items()
            match = next(
                (r for r, i in enumerate(rows) if i.projected and i.uid == item.uid and i.due == item.due), None
            )
            index = self.day_model.index(match, 0) if match is not None else QModelIndex()
        else:
            index = self._row_of(chip)
        if index.isValid():
            self.day_list.setCurrentIndex(index)

    def _chip_activated(self, chip: Chip) -> None:
        item = self._shown.get(chip.key)
        if item is None:
            return
        self.lists.activate(item)

    def _chip_moved(self, chip: Chip, day: dt.date, time: dt.time | None) -> None:
        """A chip was dropped on ``day`` (and ``time`` on the hour grid; None on the month or the all-day strip)."""
        if chip.meeting:
            item = self._shown.get(chip.key)
            start = time or (item.due_time if item is not None else None) or dt.time(9)
            if self.move_meeting(chip.id, dt.datetime.combine(day, start)):
                self._selected_day = day
            return
        if self.mode == MONTH:
            moved = self.actions_.reschedule(chip.id, day)  # the month has no times: a time of day stays
        else:
            moved = self.actions_.reschedule(chip.id, day, time)
        if moved:
            self._selected_day = day

    def move_meeting(self, interaction_id: int, when: dt.datetime) -> bool:
        """Move a planned meeting (undoable); a refusal (it already happened, a time passed) is explained."""
        from app.ui.calendar.commands import MoveMeeting

        command = MoveMeeting(self.ctx, interaction_id, when)
        self.ctx.undo_stack.push(command)
        if command.error is not None:
            QMessageBox.warning(self, self.tr("Move meeting"), str(command.error))
            return False
        return True

    def new_followup(self) -> int | None:
        """Add a follow-up (once or repeating) on the selected day, for anyone."""
        from app.ui.followups.add_dialog import add_followup

        day = max(self._selected_day, self.ctx.clock.today())
        return add_followup(self.ctx, self, day=day)

    def _open_selected(self) -> None:
        view = self.agenda if self.mode == AGENDA else self.day_list
        items = self.lists.items_of(view)
        if len(items) == 1:
            self.lists.open_contact(items[0])

    def _prepare(self, item: AgendaItem) -> None:
        """The meeting prep window for the item's contact (app.ui.coach)."""
        self.lists.prepare(item)

    # --- export ------------------------------------------------------------------------------------------------
    def export_ics(self) -> None:
        default = self.ctx.paths.data_dir.parent / "rapport-follow-ups.ics"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export follow-ups"), str(default), self.tr("Calendar files (*.ics)")
        )
        if not path:
            return
        from app.ui.import_export.worker import run_while_waiting

        kinds = sorted(self.kinds) if self.kinds is not None else None
        wording = titles.installed()  # read here: the worker thread has no translators of its own to ask
        try:  # on a worker: a year of follow-ups over 50 000 contacts is seconds of work
            count = run_while_waiting(
                self,
                lambda _progress, _cancelled: write_ics(Path(path), kinds=kinds, clock=self.ctx.clock, wording=wording),
            )
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export failed"),
                self.tr("Could not write {path}:\n{error}").format(path=path, error=exc.strerror or exc),
            )
            return
        window = self.window()
        message = self.tr("Exported %Ln follow-up(s) and meetings to {path}", "", count).format(path=path)
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 8000)


def write_ics(path: Path, *, kinds=None, clock=None, wording=None) -> int:
    """Write the ICS file through the exports' atomic writer: an interrupted export never leaves half a file.
    ``wording``: the rules' titles in the interface's language (issue 23), the installed one by default."""
    wording = wording if wording is not None else titles.installed()
    extra = {"clock": clock} if clock else {}
    return write_atomically(path, lambda out: ics.export_ics(out, kinds=kinds, wording=wording, **extra))
