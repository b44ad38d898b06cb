"""What the calendar's two lists — the agenda and the selected day's — do with their rows: Done, Snooze and Let go
(buttons on the row, keys, the context menu), open the contact, prepare for a meeting. Meetings and later
occurrences of a repeating follow-up are shown but cannot be done or snoozed.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget

from app.core.followups.service import AgendaItem
from app.ui.followups.actions import FollowUpActions
from app.ui.followups.delegate import FollowUpDelegate
from app.ui.icons import ui_icon


class ItemLists(QObject):
    """Sets up each list (:meth:`setup`) and acts on its rows; ``page`` parents the menus and the prep window."""

    selection_changed = Signal()

    def __init__(self, ctx, actions: FollowUpActions, page: QWidget):
        super().__init__(page)
        self.ctx = ctx
        self.actions_ = actions
        self.page = page

    def setup(self, view: QAbstractItemView, model, *, show_day: bool) -> None:
        view.setModel(model)
        view.setMouseTracking(True)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(lambda pos, v=view: self._context_menu(v, pos))
        delegate = FollowUpDelegate(view, show_day=show_day)
        delegate.complete_clicked.connect(lambda index, v=view: self._complete_index(v, index))
        delegate.snooze_clicked.connect(lambda index, where, v=view: self._snooze_index(v, index, where))
        view.setItemDelegate(delegate)
        view.activated.connect(lambda index, v=view: self._activate(v, index))
        view.selectionModel().selectionChanged.connect(self.selection_changed)
        done = QAction(self.tr("Done"), view)
        done.setShortcut(QKeySequence("Ctrl+D"))
        done.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        done.setToolTip(self.tr("Mark done (Ctrl+D)"))
        done.triggered.connect(lambda _=False, v=view: self.actions_.complete(self.ids_of(v)))
        snooze = QAction(self.tr("Snooze"), view)
        snooze.setShortcut(QKeySequence("Ctrl+Shift+S"))
        snooze.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        snooze.setToolTip(self.tr("Snooze (Ctrl+Shift+S)"))
        snooze.triggered.connect(lambda _=False, v=view: self._snooze_current(v))
        dismiss = QAction(self.tr("Let go"), view)
        dismiss.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        dismiss.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        dismiss.setToolTip(self.tr("Dismiss (Delete)"))
        dismiss.triggered.connect(lambda _=False, v=view: self.actions_.dismiss(self.ids_of(v)))
        for action in (done, snooze, dismiss):
            view.addAction(action)

    @staticmethod
    def items_of(view: QAbstractItemView) -> list[AgendaItem]:
        model = view.model()
        found = (model.item_at(x) for x in view.selectionModel().selectedIndexes())
        return [item for item in found if item is not None]

    def ids_of(self, view: QAbstractItemView) -> list[int]:
        """The selected follow-ups that can be acted on (meetings and later occurrences cannot be done or snoozed)."""
        return [i.id for i in self.items_of(view) if not i.meeting and not i.projected]

    def _complete_index(self, view: QAbstractItemView, index: QModelIndex) -> None:
        item = view.model().item_at(index)
        if item is not None and not item.meeting and not item.projected:
            self.actions_.complete([item.id])

    def _snooze_index(self, view: QAbstractItemView, index: QModelIndex, where: QPoint) -> None:
        item = view.model().item_at(index)
        if item is not None and not item.meeting and not item.projected:
            self.actions_.popup_snooze([item.id], where)

    def _snooze_current(self, view: QAbstractItemView) -> None:
        ids = self.ids_of(view)
        if ids:
            rect = view.visualRect(view.currentIndex())
            self.actions_.popup_snooze(ids, view.viewport().mapToGlobal(rect.bottomLeft()))

    def _activate(self, view: QAbstractItemView, index: QModelIndex) -> None:
        item = view.model().item_at(index)
        if item is not None:
            self.activate(item)

    def activate(self, item: AgendaItem) -> None:
        """Double-click or Enter: a meeting opens its prep, a follow-up its contact."""
        if item.meeting:
            self.prepare(item)
        else:
            self.open_contact(item)

    def open_contact(self, item: AgendaItem) -> None:
        if item.contact_id is None:
            return
        opener = getattr(self.page.window(), "open_contact", None)
        if callable(opener):
            opener(item.contact_id)

    def prepare(self, item: AgendaItem) -> None:
        """The meeting prep window for the item's contact (app.ui.coach)."""
        from app.ui.coach.prep_dialog import open_prep

        if item.contact_id is None:
            return
        if item.meeting:
            open_prep(self.ctx, item.contact_id, self.page, interaction_id=item.id)
        else:
            open_prep(self.ctx, item.contact_id, self.page, followup_id=item.id)

    def _context_menu(self, view: QAbstractItemView, pos: QPoint) -> None:
        index = view.indexAt(pos)
        item = view.model().item_at(index)
        if item is None:
            return
        if not view.selectionModel().isSelected(index):
            view.setCurrentIndex(index)
        ids = self.ids_of(view)
        menu = QMenu(self.page)
        if item.meeting:
            menu.addAction(ui_icon("prep"), self.tr("Prepare for this meeting…"), lambda: self.prepare(item))
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
            menu.addAction(ui_icon("person"), self.tr("Open contact"), lambda: self.open_contact(item))
            if not item.meeting:
                menu.addAction(ui_icon("prep"), self.tr("Prepare for a meeting…"), lambda: self.prepare(item))
        menu.popup(view.viewport().mapToGlobal(pos))
