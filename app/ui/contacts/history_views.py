"""The history tabs of a contact: the interaction timeline, follow-ups, and the give/ask ledger.

Each tab shows one contact (:meth:`show_contact`), offers its quick actions, and writes only through undo commands.
Every list says in one line what will appear there and how to add the first item when it is empty (UI.md).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedLayout,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.coach import giving, ledger
from app.core.contacts import lookup
from app.core.contacts.interactions import timeline
from app.core.contacts.vocabulary import LEDGER_DIRECTIONS
from app.core.followups import reminders
from app.ui.coach.give_widgets import AskWarningBanner, GiveButtons
from app.ui.contacts import history_commands as commands
from app.ui.contacts.presentation import DIRECTION_LABELS, KIND_LABELS, STATUS_COLOURS
from app.ui.context import AppContext
from app.ui.icons import ui_icon
from app.ui.widgets.text import full_date, relative_day

ID_ROLE = Qt.ItemDataRole.UserRole + 1
DIRECTION_ICONS = {"gave": "gift", "asked": "ask", "received": "received"}


def _tree(columns: list[str], name: str) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setObjectName(name)
    tree.setAccessibleName(name)
    tree.setHeaderLabels(columns)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header = tree.header()
    header.setStretchLastSection(False)
    return tree


def _empty_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setEnabled(False)
    label.setMargin(24)
    return label


class _Tab(QWidget):
    """A list with an empty state and a button row on top."""

    def __init__(self, ctx: AppContext, empty_text: str, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.contact_id: int | None = None
        self.read_only = False
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(16, 8, 16, 8)
        self.layout_.setSpacing(8)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(8)
        self.layout_.addLayout(self.buttons)
        self.stack = QStackedLayout()
        self.empty = _empty_label(empty_text)
        self.layout_.addLayout(self.stack, 1)

    def _set_list(self, widget: QWidget) -> None:
        self.stack.addWidget(widget)
        self.stack.addWidget(self.empty)

    def _show_empty(self, empty: bool) -> None:
        self.stack.setCurrentIndex(1 if empty else 0)


# --- timeline --------------------------------------------------------------------------------------------------
class TimelineTab(_Tab):
    """Every interaction with the contact, newest first. Double-click edits; Delete removes (undoable)."""

    log_requested = Signal()
    edit_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(
            ctx,
            self.tr("No conversations logged yet. After a call, a coffee or an email, press Ctrl+L to log it."),
            parent,
        )
        self.log_button = QPushButton(ui_icon("log"), self.tr("Log interaction…"))
        self.log_button.setObjectName("timelineLog")
        self.log_button.setToolTip(self.tr("Log a call, coffee, email… with this contact (Ctrl+L)"))
        self.log_button.clicked.connect(self.log_requested)
        self.buttons.addWidget(self.log_button)
        self.buttons.addStretch(1)
        self.tree = _tree([self.tr("What"), self.tr("When"), self.tr("Summary")], "timeline")
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tree.setColumnWidth(0, 124)
        self.tree.setColumnWidth(1, 84)
        self.tree.itemDoubleClicked.connect(lambda item, _c: self.edit_requested.emit(item.data(0, ID_ROLE)))
        self.tree.customContextMenuRequested.connect(self._menu)
        self._set_list(self.tree)

    def show_contact(self, contact_id: int, *, read_only: bool = False) -> int:
        self.contact_id, self.read_only = contact_id, read_only
        self.log_button.setEnabled(not read_only)
        self.tree.clear()
        today = self.ctx.clock.today()
        items = []
        for entry in timeline(contact_id, limit=2000):
            kind, when, summary, notes = entry.kind, entry.when, entry.summary, entry.notes
            item = QTreeWidgetItem([self.tr(KIND_LABELS.get(kind, kind)), relative_day(when.date(), today), summary])
            item.setIcon(0, ui_icon(f"kind-{kind}" if kind in KIND_LABELS else "kind-other"))
            item.setData(0, ID_ROLE, entry.id)
            item.setToolTip(1, f"{full_date(when.date())}, {when:%H:%M}")
            tip = summary + (f"\n\n{notes}" if notes else "")
            if entry.other_contact_id is not None:
                tip += "\n" + self.tr("With {name}").format(name=entry.other_name)
            item.setToolTip(2, tip.strip())
            items.append(item)
        self.tree.addTopLevelItems(items)
        self._show_empty(not items)
        return len(items)

    def _menu(self, pos) -> None:
        item = self.tree.itemAt(pos)
        if item is None or self.read_only:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), lambda: self.edit_requested.emit(item.data(0, ID_ROLE)))
        menu.addAction(ui_icon("trash"), self.tr("Delete"), lambda: self._delete(item))
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def _delete(self, item: QTreeWidgetItem) -> None:
        label = f"{item.text(0)} · {item.text(1)}"
        self.ctx.undo_stack.push(commands.DeleteInteraction(self.ctx, item.data(0, ID_ROLE), label))

    def keyPressEvent(self, event) -> None:
        item = self.tree.currentItem()
        if item is not None and not self.read_only and event.matches(QKeySequence.StandardKey.Delete):
            self._delete(item)
            return
        super().keyPressEvent(event)


# --- follow-ups ------------------------------------------------------------------------------------------------
class FollowUpsTab(_Tab):
    """Open follow-ups (soonest first) with Done / Dismiss, and recently finished ones below, greyed."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(
            ctx,
            self.tr(
                "Nothing to follow up. Rapport adds follow-ups when you log conversations; add your own with "
                "“Add follow-up…”."
            ),
            parent,
        )
        self.add_button = QPushButton(ui_icon("followup"), self.tr("Add follow-up…"))
        self.add_button.clicked.connect(self._add)
        self.done_button = QPushButton(ui_icon("check"), self.tr("Done"))
        self.done_button.setToolTip(self.tr("Mark the selected follow-up done"))
        self.done_button.clicked.connect(lambda: self._set_status("done"))
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setToolTip(self.tr("Let the selected follow-up go"))
        self.dismiss_button.clicked.connect(lambda: self._set_status("dismissed"))
        for button in (self.add_button, self.done_button, self.dismiss_button):
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        self.tree = _tree([self.tr("Due"), self.tr("Follow-up")], "contactFollowups")
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.setColumnWidth(0, 110)
        self.tree.currentItemChanged.connect(self._update_buttons)
        self._set_list(self.tree)

    def show_contact(self, contact_id: int, *, read_only: bool = False) -> int:
        self.contact_id, self.read_only = contact_id, read_only
        self.add_button.setEnabled(not read_only)
        self.tree.clear()
        today = self.ctx.clock.today()
        open_items = reminders.open_followups(contact_id)
        for item in open_items:
            row = QTreeWidgetItem([relative_day(item.due, today), item.title])
            row.setData(0, ID_ROLE, item.id)
            row.setToolTip(0, full_date(item.due))
            if item.due < today:
                row.setForeground(0, STATUS_COLOURS["red"])
                font = QFont(row.font(0))
                font.setBold(True)
                row.setFont(0, font)
                row.setToolTip(0, self.tr("Overdue since {day}").format(day=full_date(item.due)))
            self.tree.addTopLevelItem(row)
        for item in reminders.recent_done(contact_id, limit=10):
            word = self.tr("done") if item.status == "done" else self.tr("dismissed")
            row = QTreeWidgetItem([word, item.title])
            row.setData(0, ID_ROLE, None)
            row.setDisabled(True)
            self.tree.addTopLevelItem(row)
        self._show_empty(self.tree.topLevelItemCount() == 0)
        self._update_buttons()
        return len(open_items)

    def _update_buttons(self, *_args) -> None:
        item = self.tree.currentItem()
        enabled = item is not None and item.data(0, ID_ROLE) is not None and not self.read_only
        self.done_button.setEnabled(enabled)
        self.dismiss_button.setEnabled(enabled)

    def _set_status(self, status: str) -> None:
        item = self.tree.currentItem()
        if item is None or item.data(0, ID_ROLE) is None:
            return
        self.ctx.undo_stack.push(commands.SetFollowUpStatus(self.ctx, item.data(0, ID_ROLE), status, item.text(1)))

    def _add(self) -> None:
        if self.contact_id is None:
            return
        from app.ui.followups.add_dialog import add_followup  # what, when, and whether it repeats

        name = lookup.display_name(self.contact_id)
        add_followup(self.ctx, self, contact_id=self.contact_id, contact_name=name)


# --- ledger ----------------------------------------------------------------------------------------------------
class LedgerTab(_Tab):
    """Always Be Giving: the balance in words, the one-click gives, a quick add row, and the entries with a done
    checkbox. Adding an ask for someone never given to or talked with shows the "give before you ask" banner first
    (:mod:`app.ui.coach.give_widgets`); ``give_requested(action)`` asks the page to open a give."""

    give_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(
            ctx,
            self.tr(
                "Nothing given or asked yet. Introduce them to someone, share an article, offer advice — then "
                "note it here."
            ),
            parent,
        )
        self.balance = QLabel()
        self.balance.setObjectName("ledgerBalance")
        self.balance.setWordWrap(True)
        self.layout_.insertWidget(0, self.balance)
        self.gives = GiveButtons(prefix=self.tr("Give:"))
        self.gives.give_requested.connect(self.give_requested)
        self.layout_.insertWidget(1, self.gives)
        self.warning = AskWarningBanner(proceed_text=self.tr("Note the ask anyway"))
        self.warning.give_requested.connect(self.give_requested)
        self.warning.proceed.connect(lambda: self._add(confirmed=True))
        self.warning.visibility_changed.connect(lambda shown: self.gives.setVisible(not shown))  # no buttons twice
        self.layout_.insertWidget(2, self.warning)
        self.direction = QComboBox()
        self.direction.setAccessibleName(self.tr("Direction"))
        for direction in LEDGER_DIRECTIONS:
            self.direction.addItem(ui_icon(DIRECTION_ICONS[direction]), self.tr(DIRECTION_LABELS[direction]), direction)
        self.what = QLineEdit()
        self.what.setObjectName("ledgerWhat")
        self.what.setAccessibleName(self.tr("What"))
        self.what.setPlaceholderText(self.tr("e.g. Introduced her to Joe at Northwind"))
        self.what.returnPressed.connect(lambda: self._add())
        self.add_button = QPushButton(ui_icon("add"), self.tr("Add"))
        self.add_button.setObjectName("ledgerAdd")
        self.add_button.clicked.connect(lambda: self._add())
        self.buttons.addWidget(self.direction)
        self.buttons.addWidget(self.what, 1)
        self.buttons.addWidget(self.add_button)
        self.tree = _tree([self.tr("Done"), self.tr("What"), self.tr("When")], "ledgerList")
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.setColumnWidth(0, 150)
        self.tree.setColumnWidth(2, 90)
        self.tree.itemChanged.connect(self._toggled)
        self.tree.customContextMenuRequested.connect(self._menu)
        self._set_list(self.tree)
        self._filling = False

    def show_contact(self, contact_id: int, *, read_only: bool = False) -> ledger.Balance:
        if contact_id != self.contact_id:
            self.warning.hide()
        self.contact_id, self.read_only = contact_id, read_only
        for widget in (self.direction, self.what, self.add_button, self.gives):
            widget.setEnabled(not read_only)
        status = giving.status(contact_id, clock=self.ctx.clock)
        balance = status.balance
        if balance.total:
            line = self.tr(giving.balance_line(status, self.ctx.clock.today()))
            self.balance.setText(
                self.tr("<b>{line}</b> — {verdict}").format(line=line, verdict=self.tr(balance.verdict()))
            )
        else:
            self.balance.setText(self.tr("<b>{verdict}</b>").format(verdict=self.tr(balance.verdict())))
        self._filling = True
        self.tree.clear()
        today = self.ctx.clock.today()
        for entry in ledger.entries(contact_id):
            item = QTreeWidgetItem(
                [
                    self.tr(DIRECTION_LABELS.get(entry.direction, entry.direction)),
                    entry.what,
                    relative_day(entry.occurred_at.date(), today),
                ]
            )
            item.setIcon(0, ui_icon(DIRECTION_ICONS.get(entry.direction, "gift")))
            item.setData(0, ID_ROLE, entry.id)
            item.setCheckState(0, Qt.CheckState.Checked if entry.done else Qt.CheckState.Unchecked)
            item.setToolTip(0, self.tr("Tick when it is done (delivered, answered)"))
            item.setToolTip(2, full_date(entry.occurred_at.date()))
            if read_only:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            self.tree.addTopLevelItem(item)
        self._filling = False
        self._show_empty(self.tree.topLevelItemCount() == 0)
        return balance

    def _add(self, *, confirmed: bool = False) -> None:
        what = self.what.text().strip()
        if not what or self.contact_id is None:
            self.what.setFocus()
            return
        direction = self.direction.currentData()
        if direction == "asked" and not confirmed:
            warning = giving.ask_warning(self.contact_id, clock=self.ctx.clock)
            if warning is not None:
                self.warning.show_warning(warning)
                return
        self.warning.hide()
        self.ctx.undo_stack.push(commands.AddLedgerEntry(self.ctx, self.contact_id, self.direction.currentData(), what))
        self.what.clear()
        self.what.setFocus()

    def _toggled(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0 or self.read_only:
            return
        done = item.checkState(0) == Qt.CheckState.Checked
        self.ctx.undo_stack.push(commands.SetLedgerDone(self.ctx, item.data(0, ID_ROLE), done, item.text(1)))

    def _menu(self, pos) -> None:
        item = self.tree.itemAt(pos)
        if item is None or self.read_only:
            return
        menu = QMenu(self)
        menu.addAction(ui_icon("trash"), self.tr("Delete"), lambda: self._delete(item))
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def _delete(self, item: QTreeWidgetItem) -> None:
        self.ctx.undo_stack.push(commands.DeleteLedgerEntry(self.ctx, item.data(0, ID_ROLE), item.text(1)))

    def keyPressEvent(self, event) -> None:
        item = self.tree.currentItem()
        if item is not None and not self.read_only and event.matches(QKeySequence.StandardKey.Delete):
            self._delete(item)
            return
        super().keyPressEvent(event)
