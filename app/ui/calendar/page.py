"""Calendar: follow-ups and planned meetings by day — a month grid (``calendarMonth``), a week and a day view with an
hour axis (``calendarWeek``, ``calendarDay``) and a grouped agenda (``agendaList``); the selected day's items in a
side panel (``calendarDayList``) with Done / Snooze; drag an item to another day (or time) to move it — a meeting
moves its interaction, undoably like the rest; filter by kind (meetings included); add a follow-up, repeating or not
(``calendarNewFollowUp``); export to an ICS file for any other calendar.

Repeating follow-ups show on every occurrence with a repeat mark; the occurrences after the open one are drawn as
outlines (closing the open one makes the next), at most :data:`app.core.followups.series.PER_SERIES` per series and
:data:`app.core.followups.series.PER_VIEW` per view — a rule is never expanded without bounds."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPoint, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.core.followups import planned_meetings, recurrence, titles
from app.core.followups import service as followups
from app.core.followups.service import AgendaItem
from app.core.formats.exporters import ics
from app.core.formats.exporters.files import write_atomically
from app.ui.calendar.day_grid import Chip, DayGridView, month_grid_start
from app.ui.calendar.time_grid import TimeGridView
from app.ui.followups.actions import FollowUpActions
from app.ui.followups.delegate import FollowUpDelegate
from app.ui.followups.item_models import AgendaTreeModel, FollowUpListModel
from app.ui.followups.kinds import KIND_ICONS, all_kinds, kind_icon_name, kind_label, meeting_label
from app.ui.icons import ui_icon
from app.ui.widgets.page import Page
from app.ui.widgets.text import full_date, heading, relative_day

MONTH, WEEK, DAY, AGENDA = 0, 1, 2, 3
AGENDA_DAYS = 90  # the agenda lists the overdue and the next three months; the month view shows the rest
AGENDA_PER_SERIES = 6  # later occurrences of one repeating follow-up in the agenda
MEETINGS = ics.MEETINGS  # the kinds filter's entry for planned meetings
TIMED_MINUTES = ics.TIMED_MINUTES  # a follow-up with a time of day takes half an hour on the hour grid


def chip_for(item: AgendaItem, labels: dict[str, str], now: dt.datetime | None = None) -> Chip:
    """The chip of a follow-up or a meeting; ``labels`` maps kinds to their labels (built once per refresh, not per
    chip). A meeting whose time has passed is drawn faded and stays where it is."""
    if item.meeting:
        passed = now is not None and dt.datetime.combine(item.due, item.due_time or dt.time()) <= now
        return Chip(
            item.id,
            item.kind,
            item.contact_name,
            "",
            done=passed,
            detail=meeting_label(item.kind),
            time=item.due_time,
            minutes=item.minutes,
            meeting=True,
            icon=kind_icon_name(item.kind, meeting=True),
        )
    label = item.contact_name or item.title
    done = item.status == "done"
    if done:
        label = f"✓ {label}"
    # Positional: a busy month makes ten thousand of these per refresh.
    return Chip(
        item.id,
        item.kind,
        label,
        "",
        item.overdue,
        done,
        labels[item.kind],
        item.due_time,
        TIMED_MINUTES if item.due_time else 0,
        False,
        item.recurrence is not None,
        item.projected,
        KIND_ICONS.get(item.kind, "followup"),
        bool(item.contact_name),
    )


def tooltip_for(item: AgendaItem, today: dt.date) -> str:
    if item.meeting:
        end = (dt.datetime.combine(item.due, item.due_time or dt.time()) + dt.timedelta(minutes=item.minutes)).time()
        tip = [item.title, f"{relative_day(item.due, today).capitalize()}, {item.due_time:%H:%M}–{end:%H:%M}"]
        tip.append("Drag it to another time or day to move it; double-click to prepare for it.")
        return "\n".join(tip)
    tip = [item.title + (" (done)" if item.status == "done" else "")]
    if item.contact_name and item.contact_name not in item.title:
        tip.append(item.contact_name)
    when = relative_day(item.due, today) + (f" at {item.due_time:%H:%M}" if item.due_time else "")
    tip.append(f"{kind_label(item.kind)} · due {when}")
    if item.repeats:
        tip.append(f"Repeats {recurrence.describe(item.recurrence, item.original_due or item.due)}")
    if item.projected:
        tip.append("A later occurrence: it comes when the one before is done or let go.")
    return "\n".join(tip)


def by_time(items: list[AgendaItem]) -> list[AgendaItem]:
    """A day's (or an agenda's) items in the order people read a day: by day, untimed follow-ups first, then what
    has a time by its time (meetings with their follow-ups), real items before later occurrences."""
    return sorted(items, key=lambda i: (i.due, i.due_time is not None, i.due_time or dt.time(), i.projected))


class CalendarPage(Page):
    """Month, week, day and agenda views over the follow-ups and planned meetings."""

    title = "Calendar"
    icon_name = "calendar"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.setObjectName("calendarPage")
        self.setAccessibleName("Calendar")
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

        self.kind_button = QToolButton()
        self.kind_button.setObjectName("calendarKinds")
        self.kind_button.setText(self.tr("All kinds"))
        self.kind_button.setToolTip(self.tr("Show only some kinds of follow-up"))
        self.kind_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.kind_menu = QMenu(self.kind_button)
        self.kind_actions: dict[str, QAction] = {}
        show_all = self.kind_menu.addAction(self.tr("Show all kinds"))
        show_all.triggered.connect(lambda: self.set_kinds(None))
        self.kind_menu.addSeparator()
        meetings = self.kind_menu.addAction(ui_icon("kind-coffee"), self.tr("Meetings"))
        meetings.setToolTip(self.tr("Calls, coffees, lunches, meetings and events you have planned"))
        meetings.setCheckable(True)
        meetings.setChecked(True)
        meetings.toggled.connect(self._kinds_toggled)
        self.kind_actions[MEETINGS] = meetings
        self.kind_menu.addSeparator()
        for kind in all_kinds():
            action = self.kind_menu.addAction(kind_label(kind))
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(self._kinds_toggled)
            self.kind_actions[kind] = action
        self.kind_button.setMenu(self.kind_menu)
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
        self.month_view.setAccessibleName("Month")
        self.week_view = TimeGridView(7)
        self.week_view.setObjectName("calendarWeek")
        self.week_view.setAccessibleName("Week")
        self.day_view = TimeGridView(1)
        self.day_view.setObjectName("calendarDay")
        self.day_view.setAccessibleName("Day")
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
        self.agenda_model = AgendaTreeModel(self)
        self.agenda = QTreeView()
        self.agenda.setObjectName("agendaList")
        self.agenda.setAccessibleName("Agenda")
        self._setup_list(self.agenda, self.agenda_model)
        self.agenda.setRootIsDecorated(False)
        self.agenda.setItemsExpandable(False)
        self.agenda.setIndentation(0)
        self.agenda.setHeaderHidden(True)
        self.agenda_empty = QLabel(
            self.tr(
                "Nothing planned. Follow-ups appear when you log conversations, add referrals or send someone "
                "something; meetings when you log a call or a coffee at a time still ahead."
            )
        )
        self.agenda_empty.setWordWrap(True)
        self.agenda_empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        agenda_page = QWidget()
        agenda_layout = QVBoxLayout(agenda_page)
        agenda_layout.setContentsMargins(0, 0, 0, 0)
        agenda_layout.addWidget(self.agenda, 1)
        agenda_layout.addWidget(self.agenda_empty, 1)
        self.agenda_more = QLabel()
        self.agenda_more.setObjectName("agendaMore")
        agenda_layout.addWidget(self.agenda_more)
        for widget in (self.month_view, self.week_view, self.day_view, agenda_page):
            self.stack.addWidget(widget)
        self.splitter.addWidget(self.stack)

        self.side = QWidget()
        self.side.setObjectName("calendarDayPanel")
        self.side.setMinimumWidth(180)
        side_layout = QVBoxLayout(self.side)
        side_layout.setContentsMargins(12, 0, 0, 0)
        side_layout.setSpacing(8)
        self.day_title = heading("", level=2)
        self.day_title.setObjectName("calendarDayTitle")
        side_layout.addWidget(self.day_title)
        self.day_model = FollowUpListModel(self)
        self.day_list = QListView()
        self.day_list.setObjectName("calendarDayList")
        self.day_list.setAccessibleName("Follow-ups of the selected day")
        self._setup_list(self.day_list, self.day_model)
        side_layout.addWidget(self.day_list, 1)
        self.day_empty = QLabel()
        self.day_empty.setWordWrap(True)
        self.day_empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        side_layout.addWidget(self.day_empty, 1)
        buttons = QHBoxLayout()
        self.done_button = QPushButton(ui_icon("check"), self.tr("Done"))
        self.done_button.setObjectName("calendarDone")
        self.done_button.setToolTip(self.tr("Mark the selected follow-ups done (Ctrl+D)"))
        self.done_button.clicked.connect(lambda: self.actions_.complete(self.selected_ids()))
        self.snooze_button = QPushButton(ui_icon("snooze"), self.tr("Snooze"))
        self.snooze_button.setObjectName("calendarSnooze")
        self.snooze_button.setToolTip(self.tr("Snooze the selected follow-ups (Ctrl+Shift+S)"))
        self.snooze_button.setMenu(self.actions_.snooze_menu(self.selected_ids, self.snooze_button))
        self.open_button = QPushButton(ui_icon("person"), "")
        self.open_button.setObjectName("calendarOpenContact")
        self.open_button.setAccessibleName(self.tr("Contact"))
        self.open_button.setToolTip(self.tr("Show the contact of the selected item"))
        self.open_button.clicked.connect(self._open_selected)
        for button in (self.done_button, self.snooze_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        side_layout.addLayout(buttons)
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

    def _setup_list(self, view: QAbstractItemView, model) -> None:
        view.setModel(model)
        view.setMouseTracking(True)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(lambda pos, v=view: self._context_menu(v, pos))
        delegate = FollowUpDelegate(view, show_day=view is not getattr(self, "day_list", None))
        delegate.complete_clicked.connect(lambda index, v=view: self._complete_index(v, index))
        delegate.snooze_clicked.connect(lambda index, where, v=view: self._snooze_index(v, index, where))
        view.setItemDelegate(delegate)
        view.activated.connect(lambda index, v=view: self._activate(v, index))
        view.selectionModel().selectionChanged.connect(self._update_buttons)
        done = QAction(self.tr("Done"), view)
        done.setShortcut(QKeySequence("Ctrl+D"))
        done.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        done.setToolTip(self.tr("Mark done (Ctrl+D)"))
        done.triggered.connect(lambda _=False, v=view: self.actions_.complete(self._ids_of(v)))
        snooze = QAction(self.tr("Snooze"), view)
        snooze.setShortcut(QKeySequence("Ctrl+Shift+S"))
        snooze.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        snooze.setToolTip(self.tr("Snooze (Ctrl+Shift+S)"))
        snooze.triggered.connect(lambda _=False, v=view: self._snooze_current(v))
        dismiss = QAction(self.tr("Let go"), view)
        dismiss.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        dismiss.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        dismiss.setToolTip(self.tr("Dismiss (Delete)"))
        dismiss.triggered.connect(lambda _=False, v=view: self.actions_.dismiss(self._ids_of(v)))
        for action in (done, snooze, dismiss):
            view.addAction(action)

    def _items_of(self, view: QAbstractItemView) -> list[AgendaItem]:
        model = view.model()
        found = (model.item_at(x) for x in view.selectionModel().selectedIndexes())
        return [item for item in found if item is not None]

    def _ids_of(self, view: QAbstractItemView) -> list[int]:
        """The selected follow-ups that can be acted on (meetings and later occurrences cannot be done or snoozed)."""
        return [i.id for i in self._items_of(view) if not i.meeting and not i.projected]

    def selected_ids(self) -> list[int]:
        view = self.agenda if self.mode == AGENDA else self.day_list
        return self._ids_of(view)

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
        everything = set(all_kinds()) | {MEETINGS}
        self.kinds = None if kinds is None or set(kinds) >= everything else set(kinds)
        for kind, action in self.kind_actions.items():
            action.blockSignals(True)
            action.setChecked(self.kinds is None or kind in self.kinds)
            action.blockSignals(False)
        if self.kinds is None:
            self.kind_button.setText(self.tr("All kinds"))
        elif len(self.kinds) == 1:
            only = next(iter(self.kinds))
            self.kind_button.setText(self.tr("Meetings") if only == MEETINGS else kind_label(only))
        else:
            self.kind_button.setText(self.tr("{n} kinds").format(n=len(self.kinds)))
        self.refresh_now()

    def _kinds_toggled(self) -> None:
        self.set_kinds({k for k, a in self.kind_actions.items() if a.isChecked()})

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
            self.agenda_model.set_groups(
                [(self.tr(name), rows) for name, rows in followups.group_agenda(items, today)], today
            )
            self.agenda.expandAll()
            self.agenda.setVisible(bool(items))
            self.agenda_empty.setVisible(not items)
            later = sum(followups.day_counts(horizon + dt.timedelta(days=1), dt.date.max, kinds=kinds).values())
            self.agenda_more.setText(
                self.tr("{n} more after {day}: browse them month by month.").format(
                    n=f"{later:,}", day=f"{horizon.day} {horizon:%B}"
                )
            )
            self.agenda_more.setVisible(later > 0)
            self.title_label.setText(self.tr("Agenda · next three months"))
            self._update_buttons()
            return
        grid = self._grid()
        if self.mode == MONTH:
            first = month_grid_start(self.anchor.year, self.anchor.month)
            self.month_view.set_range(first, self.anchor.month, today)
            self.title_label.setText(f"{self.anchor:%B %Y}")
        elif self.mode == WEEK:
            first = self.anchor - dt.timedelta(days=self.anchor.weekday())
            self.week_view.set_range(first, today, self.ctx.clock.now().time())
            last = first + dt.timedelta(days=6)
            span = f"{first.day} {first:%b} – {last.day} {last:%b %Y}"
            self.title_label.setText(self.tr("Week of {span}").format(span=span))
        else:
            self.day_view.set_range(self.anchor, today, self.ctx.clock.now().time())
            self.title_label.setText(f"{self.anchor:%A} {self.anchor.day} {self.anchor:%B %Y}")
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
        self.day_model.set_items(by_time(items), today)
        self.day_title.setText(f"{day:%A} {day.day} {day:%B}")
        self.day_title.setToolTip(full_date(day))
        self.day_list.setVisible(bool(items))
        self.day_empty.setVisible(not items)
        self.day_empty.setText(
            self.tr("Nothing on {day}. Drag a follow-up or a meeting here to move it.").format(
                day=relative_day(day, today)
            )
        )
        self._update_buttons()

    def _chip_tooltip(self, chip: Chip) -> str:
        item = self._shown.get(chip.key)
        return tooltip_for(item, self.ctx.clock.today()) if item is not None else chip.label

    # --- actions -------------------------------------------------------------------------------------------------
    def _update_buttons(self, *_args) -> None:
        view = self.agenda if self.mode == AGENDA else self.day_list
        items = self._items_of(view)
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
        if item.meeting:
            self._prepare(item)
        else:
            self._open_contact(item)

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

    def _complete_index(self, view: QAbstractItemView, index: QModelIndex) -> None:
        item = view.model().item_at(index)
        if item is not None and not item.meeting and not item.projected:
            self.actions_.complete([item.id])

    def _snooze_index(self, view: QAbstractItemView, index: QModelIndex, where: QPoint) -> None:
        item = view.model().item_at(index)
        if item is not None and not item.meeting and not item.projected:
            self.actions_.popup_snooze([item.id], where)

    def _snooze_current(self, view: QAbstractItemView) -> None:
        ids = self._ids_of(view)
        if ids:
            rect = view.visualRect(view.currentIndex())
            self.actions_.popup_snooze(ids, view.viewport().mapToGlobal(rect.bottomLeft()))

    def _activate(self, view: QAbstractItemView, index: QModelIndex) -> None:
        item = view.model().item_at(index)
        if item is None:
            return
        if item.meeting:
            self._prepare(item)
        else:
            self._open_contact(item)

    def _open_selected(self) -> None:
        view = self.agenda if self.mode == AGENDA else self.day_list
        items = self._items_of(view)
        if len(items) == 1:
            self._open_contact(items[0])

    def _open_contact(self, item: AgendaItem) -> None:
        if item.contact_id is None:
            return
        window = self.window()
        opener = getattr(window, "open_contact", None)
        if callable(opener):
            opener(item.contact_id)

    def _context_menu(self, view: QAbstractItemView, pos: QPoint) -> None:
        index = view.indexAt(pos)
        item = view.model().item_at(index)
        if item is None:
            return
        if not view.selectionModel().isSelected(index):
            view.setCurrentIndex(index)
        ids = self._ids_of(view)
        menu = QMenu(self)
        if item.meeting:
            menu.addAction(ui_icon("prep"), self.tr("Prepare for this meeting…"), lambda: self._prepare(item))
        elif item.projected:
            note = menu.addAction(self.tr("Comes when the one before is done or let go"))
            note.setEnabled(False)
        elif item.status == "open":
            menu.addAction(ui_icon("check"), self.tr("Done"), lambda: self.actions_.complete(ids))
            snooze = menu.addMenu(ui_icon("snooze"), self.tr("Snooze"))
            self.actions_.fill_snooze_menu(snooze, lambda day: self.actions_.snooze(ids, day), lambda: ids)
            if item.repeats and item.rule is None:
                menu.addAction(self.tr("Let go of this one"), lambda: self.actions_.dismiss(ids))
                menu.addAction(
                    ui_icon("repeat"), self.tr("Let go of the series"), lambda: self.actions_.let_go_series(ids)
                )
            else:
                menu.addAction(self.tr("Let go"), lambda: self.actions_.dismiss(ids))
        else:
            menu.addAction(self.tr("Reopen"), lambda: self.actions_.reopen(ids))
        if item.contact_id is not None:
            menu.addSeparator()
            menu.addAction(ui_icon("person"), self.tr("Open contact"), lambda: self._open_contact(item))
            if not item.meeting:
                menu.addAction(ui_icon("prep"), self.tr("Prepare for a meeting…"), lambda: self._prepare(item))
        menu.popup(view.viewport().mapToGlobal(pos))

    def _prepare(self, item: AgendaItem) -> None:
        """The meeting prep window for the item's contact (app.ui.coach)."""
        from app.ui.coach.prep_dialog import open_prep

        if item.contact_id is None:
            return
        if item.meeting:
            open_prep(self.ctx, item.contact_id, self, interaction_id=item.id)
        else:
            open_prep(self.ctx, item.contact_id, self, followup_id=item.id)

    # --- export ------------------------------------------------------------------------------------------------
    def export_ics(self) -> None:
        default = self.ctx.paths.data_dir.parent / "rapport-follow-ups.ics"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export follow-ups"), str(default), self.tr("Calendar files (*.ics)")
        )
        if not path:
            return
        try:
            count = write_ics(
                Path(path), kinds=sorted(self.kinds) if self.kinds is not None else None, clock=self.ctx.clock
            )
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export failed"),
                self.tr("Could not write {path}:\n{error}").format(path=path, error=exc.strerror or exc),
            )
            return
        window = self.window()
        message = self.tr("Exported {n} follow-ups and meetings to {path}").format(n=count, path=path)
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 8000)


def write_ics(path: Path, *, kinds=None, clock=None) -> int:
    """Write the ICS file through the exports' atomic writer: an interrupted export never leaves half a file."""
    wording = titles.installed()  # the rules' titles in the interface's language (issue 23)
    extra = {"clock": clock} if clock else {}
    return write_atomically(path, lambda out: ics.export_ics(out, kinds=kinds, wording=wording, **extra))
