"""Today: what needs doing now (overdue, today, the next 7 days), this week's numbers, and the first-run checklist.

Each follow-up is one click from done (the round button) or snoozed (its Snooze button, or the toolbar); marking
something done offers to log the interaction that did it ("Log email") and, where a script fits, to open it.
"Log interaction…" records a conversation and can ask for a reminder in N days.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.core import overview
from app.core.followups import agenda_window
from app.core.followups import service as followups
from app.core.followups.service import AgendaItem
from app.ui.coach.today_panel import TodayCoach
from app.ui.followups.actions import FollowUpActions
from app.ui.followups.delegate import FollowUpDelegate
from app.ui.followups.kinds import overdue_colour
from app.ui.icons import ui_icon
from app.ui.today.agenda_model import TodayAgendaModel, rows_to_fill_a_screen
from app.ui.today.done_bar import DoneBar
from app.ui.today.get_started import FOLDED, OPEN, GetStarted
from app.ui.today.stats import StatTile
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.modal import run_modal
from app.ui.widgets.page import Page
from app.ui.widgets.text import day_month, heading, weekday_name

NEXT_DAYS = 7
CHECKLIST_KEY = "today/checklist"  # "open", "folded" or "hidden": what the user made of the Get started checklist
HIDDEN = "hidden"
# The script a follow-up kind calls for (template kind).
SCRIPT_FOR = {
    "thank_you": "thank_you",
    "call_referral": "warm_call",
    "reminder": "reminder",
    "thank_connection": "thank_connection",
    "update_referrer": "update_referrer",
    "keep_in_touch": "reconnect",
    "review_invitation": "connection_note",
}
INTERACTION_WORDS = {"email": "email", "call": "call", "message": "message"}


class TodayPage(Page):
    """Overdue, today and the next seven days; the week's numbers; "Get started" until the campaign is set up."""

    title = QT_TRANSLATE_NOOP("MainWindow", "Today")  # shown by the sidebar (MainWindow.tr)
    icon_name = "today"
    step_requested = Signal(str)
    demo_requested = Signal()
    contact_requested = Signal(int)

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.setObjectName("todayPage")
        self.setAccessibleName(self.tr("Today"))
        self.actions_ = FollowUpActions(ctx, self)
        self.actions_.completed.connect(self._offer_next_step)
        self._last_done: tuple[list[int], str] = ([], "")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(16)

        top = QHBoxLayout()
        self.date_label = heading("", level=1)
        self.date_label.setObjectName("todayDate")
        top.addWidget(self.date_label, 1)
        self.log_action = QAction(ui_icon("log"), self.tr("&Log interaction…"), self)
        self.log_action.setObjectName("todayLogAction")
        self.log_action.setShortcut(QKeySequence("Ctrl+L"))
        self.log_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.log_action.setToolTip(self.tr("Log a call, coffee or email, and get reminded (Ctrl+L)"))
        self.log_action.triggered.connect(lambda: self.log_interaction())
        self.addAction(self.log_action)
        self.log_button = QPushButton(self.log_action.icon(), self.tr("Log interaction…"))
        self.log_button.setObjectName("todayLog")
        self.log_button.setToolTip(self.log_action.toolTip())
        self.log_button.clicked.connect(self.log_action.trigger)
        top.addWidget(self.log_button)
        layout.addLayout(top)

        # The checklist is made when first shown (see get_started): most starts have it put away or all done.
        self._get_started: GetStarted | None = None
        self._checklist_asked = False  # Help → Get Started Checklist: shown even when every step is done

        self.week_row = QWidget()
        self.week_row.setObjectName("weekNumbers")
        stats = FlowLayout(self.week_row, spacing=8)
        self.tiles = {
            "overdue": StatTile(self.tr("overdue")),
            "today": StatTile(self.tr("due today")),
            "week": StatTile(self.tr("later this week")),
            "done": StatTile(self.tr("done this week")),
            "talks": StatTile(self.tr("conversations")),
            "contacts": StatTile(self.tr("new contacts")),
            "rehearsals": StatTile(self.tr("rehearsals")),
        }
        for name, tile in self.tiles.items():
            tile.setObjectName(f"stat_{name}")
            stats.addWidget(tile)
        layout.addWidget(self.week_row)

        self.coach = TodayCoach(ctx)  # weekly goals and meetings coming up (app.ui.coach)
        layout.addWidget(self.coach)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(heading(self.tr("Follow-ups"), level=2))
        bar.addStretch(1)
        self.done_action = self._view_action(self.tr("&Done"), "Ctrl+D", self.tr("Mark the selected follow-ups done"))
        self.done_action.triggered.connect(lambda: self.actions_.complete(self.selected_ids()))
        self.dismiss_action = self._view_action(
            self.tr("&Let go"), QKeySequence.StandardKey.Delete, self.tr("Dismiss the selected follow-ups")
        )
        self.dismiss_action.triggered.connect(lambda: self.actions_.dismiss(self.selected_ids()))
        self.snooze_action = self._view_action(
            self.tr("&Snooze"), "Ctrl+Shift+S", self.tr("Snooze the selected follow-ups (Ctrl+Shift+S)")
        )
        self.snooze_action.triggered.connect(self._snooze_selected_menu)
        self.open_action = self._view_action(
            self.tr("&Open contact"), "Ctrl+Return", self.tr("Show the contact of the selected follow-up")
        )
        self.open_action.triggered.connect(self._open_selected)

        self.done_action.setIcon(ui_icon("check"))
        self.snooze_action.setIcon(ui_icon("snooze"))
        self.open_action.setIcon(ui_icon("person"))
        self.snooze_all_action = QAction(self.tr("Snooze all overdue"), self)
        self.snooze_all_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.snooze_all_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # only while Today is shown
        self.snooze_all_action.setToolTip(self.tr("Move every overdue follow-up to a later day (Ctrl+Shift+O)"))
        self.addAction(self.snooze_all_action)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("todayToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(QSize(18, 18))
        self.toolbar.addAction(self.done_action)
        self.toolbar.addAction(self.snooze_action)
        self.toolbar.addAction(self.open_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.snooze_all_action)
        self.done_button = self._tool_button(self.done_action, "todayDone")
        self.snooze_button = self._tool_button(self.snooze_action, "todaySnooze")
        self.snooze_button.setMenu(self.actions_.snooze_menu(self.selected_ids, self.snooze_button))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.open_button = self._tool_button(self.open_action, "todayOpenContact")
        self.snooze_all_button = self._tool_button(self.snooze_all_action, "snoozeAllOverdue")
        menu = QMenu(self.snooze_all_button)
        self.actions_.fill_snooze_menu(menu, self.actions_.snooze_all_overdue)
        self.snooze_all_button.setMenu(menu)
        self.snooze_all_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.snooze_all_action.triggered.connect(
            lambda: menu.popup(self.snooze_all_button.mapToGlobal(self.snooze_all_button.rect().bottomLeft()))
        )
        bar.addWidget(self.toolbar)
        layout.addLayout(bar)

        self._done_bar: DoneBar | None = None  # made when something is first marked done (see done_bar)

        self.model = TodayAgendaModel(self._read_agenda, self)  # a block at a time (issue 21)
        self.model.first_rows = rows_to_fill_a_screen()  # the first read: what a screen can show
        self.model.rowsInserted.connect(self._expand_new_groups)
        self.view = QTreeView()
        self.view.setObjectName("todayList")
        self.view.setAccessibleName(self.tr("Follow-ups due"))
        self.view.setAccessibleDescription(
            self.tr("What to do today and what is overdue; Enter opens the person, Ctrl+D marks it done")
        )
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setRootIsDecorated(False)
        self.view.setItemsExpandable(False)
        self.view.setIndentation(0)
        self.view.setMouseTracking(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.activated.connect(self._activated)
        self.delegate = FollowUpDelegate(self.view)
        self.delegate.complete_clicked.connect(self._complete_index)
        self.delegate.snooze_clicked.connect(self._snooze_index)
        self.view.setItemDelegate(self.delegate)
        for action in (self.done_action, self.dismiss_action, self.snooze_action, self.open_action):
            self.view.addAction(action)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.view, 1)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("todayEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        layout.addWidget(self.empty_label, 1)

        for signal in (
            ctx.bus.followups_changed,
            ctx.bus.contacts_changed,
            ctx.bus.interactions_changed,
            ctx.bus.pitches_changed,
        ):
            signal.connect(self.mark_dirty)
        self.week_row.hide()
        self.view.hide()  # refresh() shows the list or the empty line, whichever applies
        self._update_buttons()

    @property
    def get_started(self) -> GetStarted:
        """The "Get started" checklist, made (and put in its place above the week's numbers) when first needed:
        before the first paint only when it shows (issue 21: five buttons with style sheets of their own)."""
        if self._get_started is None:
            checklist = GetStarted()
            checklist.step_requested.connect(self._step)
            checklist.demo_requested.connect(self.demo_requested)
            checklist.fold_requested.connect(lambda folded: self._set_checklist(FOLDED if folded else OPEN))
            checklist.hide_requested.connect(lambda: self._set_checklist(HIDDEN))
            checklist.hide()
            layout = self.layout()
            layout.insertWidget(layout.indexOf(self.week_row), checklist)
            self._get_started = checklist
        return self._get_started

    @property
    def done_bar(self) -> DoneBar:
        """The bar after "done" (what was done, log it, its script, undo), made and put above the list when first
        needed: not before the first paint, where it would be drawn hidden (issue 21: ~1 ms, an icon rendered)."""
        if self._done_bar is None:
            bar = DoneBar()
            bar.hide()
            bar.log_button.clicked.connect(self._log_last_done)
            bar.script_button.clicked.connect(self._script_last_done)
            bar.undo_button.clicked.connect(self._undo_last_done)
            layout = self.layout()
            layout.insertWidget(layout.indexOf(self.view), bar)
            self._done_bar = bar
        return self._done_bar

    def _tool_button(self, action: QAction, name: str) -> QToolButton:
        button = self.toolbar.widgetForAction(action)
        button.setObjectName(name)
        button.setAccessibleName(action.text().replace("&", ""))
        return button

    def _view_action(self, text: str, shortcut, tip: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.setToolTip(tip)
        return action

    # --- loading ---------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        today = self.ctx.clock.today()
        self.date_label.setText(self.tr("Today · {day}").format(day=f"{weekday_name(today)} {day_month(today)}"))
        self._show_checklist_as(overview.checklist())
        self.week_row.setVisible(not overview.is_empty())  # a brand-new data set: the checklist says it all
        week = self._fill_stats()
        self.coach.setVisible(not overview.is_empty())
        self.coach.refresh()
        selected = set(self.selected_ids())
        counts = agenda_window.counts(NEXT_DAYS, clock=self.ctx.clock, known=week)
        titles = (self.tr("Overdue"), self.tr("Today"), self.tr("Next 7 days"))
        with self.model.holding():
            self.model.load(counts, titles, today, at_least=self.model.loaded())  # what was read stays
            self._expand_groups()
            for fid in selected:
                index = self.model.index_of(fid)
                if index.isValid():
                    self.view.selectionModel().select(index, self.view.selectionModel().SelectionFlag.Select)
            has_items = counts.total > 0
            self.view.setVisible(has_items)
        self.empty_label.setVisible(not has_items)
        self.empty_label.setText(
            self.tr(
                "Nothing due in the next seven days. Follow-ups appear here when you log a conversation, add a "
                "referral or send someone something — try “Log interaction…”."
            )
        )
        self.snooze_all_action.setEnabled(counts.overdue > 0)
        self._update_buttons()

    def _read_agenda(self, offset: int, limit: int) -> list[AgendaItem]:
        return agenda_window.block(NEXT_DAYS, offset=offset, limit=limit, clock=self.ctx.clock)

    def _expand_groups(self, first: int = 0, last: int = -1) -> None:
        """Open groups ``first``..``last`` (all by default) without the view asking for more rows meanwhile."""
        last = self.model.rowCount() - 1 if last < 0 else last
        with self.model.holding():
            for row in range(first, last + 1):
                self.view.expand(self.model.index(row, 0))

    def _expand_new_groups(self, parent: QModelIndex, first: int, last: int) -> None:
        if not parent.isValid():  # groups appended as more rows were read
            self._expand_groups(first, last)

    # --- the checklist ------------------------------------------------------------------------------------------
    def checklist_choice(self) -> str:
        """What the user made of the checklist: "" (nothing yet), "open", "folded" or "hidden"."""
        value = self.ctx.settings().value(CHECKLIST_KEY, "")
        return value if value in (OPEN, FOLDED, HIDDEN) else ""

    def _set_checklist(self, choice: str) -> None:
        self.ctx.settings().setValue(CHECKLIST_KEY, choice)
        if choice == HIDDEN:
            self._checklist_asked = False
        self._show_checklist_as(overview.checklist())

    def _show_checklist_as(self, state: overview.Checklist) -> None:
        """The whole list before the first step; then one line (unless opened again), until put away or all done."""
        choice = self.checklist_choice()
        shown = self._checklist_asked or (choice != HIDDEN and not state.all_done)
        if not shown and self._get_started is None:
            return  # put away or all done: nothing to make
        self.get_started.update_state(state)
        self.get_started.set_folded(choice != OPEN)
        self.get_started.setVisible(shown)

    def register_actions(self, registry) -> None:
        """Help → Get Started Checklist (declared in app.ui.actions_catalog) shows the checklist here."""
        registry.handle("getStartedAction", self.show_checklist)

    def show_checklist(self) -> None:
        """Help → Get Started Checklist: Today with the whole checklist open, even when every step is done."""
        self._checklist_asked = True
        self.ctx.settings().setValue(CHECKLIST_KEY, OPEN)
        window = self.window()
        if not self.isVisible() and hasattr(window, "show_page"):
            window.show_page(self.objectName())
        self._show_checklist_as(overview.checklist())
        self.get_started.focus_next_step()

    def _fill_stats(self) -> followups.WeekCounts:
        counts = followups.week_counts(clock=self.ctx.clock)
        week = overview.week_numbers(self.ctx.clock)
        palette = self.palette()
        values = {
            "overdue": counts.overdue,
            "today": counts.due_today,
            "week": counts.due_rest_of_week,
            "done": counts.done_this_week,
            "talks": week.interactions,
            "contacts": week.new_contacts,
            "rehearsals": week.rehearsals,
        }
        for name, value in values.items():
            colour = overdue_colour(palette) if name == "overdue" and value else None
            self.tiles[name].set_value(value, colour)
        self.tiles["talks"].setToolTip(self.tr("Conversations and messages logged since Monday"))
        self.tiles["overdue"].setToolTip(self.tr("Open follow-ups whose day has passed"))
        self.tiles["week"].setToolTip(self.tr("Open follow-ups due after today and by Sunday"))
        return counts

    # --- selection ---------------------------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        ids = []
        for index in self.view.selectionModel().selectedIndexes():
            item = self.model.item_at(index)
            if item is not None:
                ids.append(item.id)
        return ids

    def _selected_items(self) -> list[AgendaItem]:
        return [i for i in (self.model.item_at(x) for x in self.view.selectionModel().selectedIndexes()) if i]

    def _update_buttons(self, *_args) -> None:
        items = self._selected_items()
        for action in (self.done_action, self.snooze_action, self.dismiss_action):
            action.setEnabled(bool(items))
        self.open_action.setEnabled(len(items) == 1 and items[0].contact_id is not None)

    # --- actions -------------------------------------------------------------------------------------------------
    def _complete_index(self, index: QModelIndex) -> None:
        item = self.model.item_at(index)
        if item is not None:
            self.actions_.complete([item.id])

    def _snooze_index(self, index: QModelIndex, where: QPoint) -> None:
        item = self.model.item_at(index)
        if item is not None:
            self.actions_.popup_snooze([item.id], where)

    def _snooze_selected_menu(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        rect = self.view.visualRect(self.view.currentIndex())
        self.actions_.popup_snooze(ids, self.view.viewport().mapToGlobal(rect.bottomLeft()))

    def _activated(self, index: QModelIndex) -> None:
        item = self.model.item_at(index)
        if item is None:
            return
        if item.kind == "monthly_update":
            self.open_monthly_update()
        elif item.contact_id is not None:
            self.contact_requested.emit(item.contact_id)

    def _open_selected(self) -> None:
        items = self._selected_items()
        if len(items) == 1 and items[0].contact_id is not None:
            self.contact_requested.emit(items[0].contact_id)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        item = self.model.item_at(index)
        if item is None:
            return
        if not self.view.selectionModel().isSelected(index):
            self.view.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.done_action)
        snooze = menu.addMenu(ui_icon("snooze"), self.tr("Snooze"))
        self.actions_.fill_snooze_menu(
            snooze, lambda day: self.actions_.snooze(self.selected_ids(), day), self.selected_ids
        )
        menu.addAction(self.dismiss_action)
        menu.addSeparator()
        if item.kind == "monthly_update":
            menu.addAction(self.tr("Compose the monthly update…"), self.open_monthly_update)
        if item.kind in SCRIPT_FOR:
            menu.addAction(ui_icon("script"), self.tr("Open script…"), lambda: self.open_script(item))
        if item.contact_id is not None:
            menu.addAction(
                ui_icon("prep"),
                self.tr("Prepare for a meeting…"),
                lambda: self.coach.prep_requested.emit(item.contact_id, item.id, 0),
            )
        menu.addAction(self.open_action)
        menu.popup(self.view.viewport().mapToGlobal(pos))

    # --- after done -------------------------------------------------------------------------------------------------
    def _offer_next_step(self, ids: list, match: str) -> None:
        self._last_done = (list(ids), match)
        items = [followups.get(i, clock=self.ctx.clock) for i in ids]
        if len(items) == 1:
            text = self.tr("Done: {title}").format(title=items[0].title)
        else:
            text = self.tr("%Ln follow-up(s) done", "", len(items))
        bar = self.done_bar
        bar.label.setText(text)
        with_contact = [i for i in items if i.contact_id is not None]
        bar.log_button.setVisible(bool(match) and bool(with_contact))
        bar.log_button.setText(self.tr("Log {what}").format(what=self.tr(INTERACTION_WORDS.get(match, match))))
        bar.log_button.setToolTip(self.tr("Record that you did it, so your timeline and keep-in-touch stay right"))
        kind = items[0].kind if len(items) == 1 else ""
        bar.script_button.setVisible(kind in SCRIPT_FOR or kind == "monthly_update")
        bar.script_button.setText(self.tr("Compose update…") if kind == "monthly_update" else self.tr("Open script"))
        bar.show()

    def _log_last_done(self) -> None:
        ids, match = self._last_done
        if ids and match:
            count = self.actions_.log_for(ids, match)
            if count:
                self.done_bar.label.setText(self.tr("Logged — your timeline is up to date."))
            self.done_bar.log_button.hide()

    def _script_last_done(self) -> None:
        ids, _ = self._last_done
        if len(ids) != 1:
            return
        item = followups.get(ids[0], clock=self.ctx.clock)
        if item.kind == "monthly_update":
            self.open_monthly_update()
        else:
            self.open_script(item)

    def _undo_last_done(self) -> None:
        self.ctx.undo_stack.undo()
        self.done_bar.hide()

    # --- dialogs -----------------------------------------------------------------------------------------------------
    def open_script(self, item: AgendaItem) -> None:
        from app.ui.scripts.dialog import ScriptsDialog

        other = None
        if item.kind == "update_referrer":
            other = followups.referred_contact(item.id)
        dialog = ScriptsDialog(self.ctx, self, kind=SCRIPT_FOR.get(item.kind), contact_id=item.contact_id)
        if other is not None:
            dialog.set_other_contact(other)
        dialog.show()

    def open_monthly_update(self) -> None:
        from app.ui.scripts.monthly_update_dialog import MonthlyUpdateDialog

        MonthlyUpdateDialog(self.ctx, self).show()

    def log_interaction(self, contact_id: int | None = None) -> bool:
        from app.ui.dialogs.log_interaction import LogInteractionDialog

        dialog = LogInteractionDialog(self.ctx, contact_id, self)
        return run_modal(dialog) == LogInteractionDialog.DialogCode.Accepted

    def _step(self, step: str) -> None:
        if step == "log":
            self.log_interaction()
        else:
            self.step_requested.emit(step)
