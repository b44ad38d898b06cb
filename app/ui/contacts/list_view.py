"""The contact list view (objectName ``contactList``): a flat table over :class:`ContactsTableModel`.

Built for 50 000 rows: fixed row height, no resize-to-contents, the header drives sorting through the model.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView

from app.ui.contacts.contacts_table_model import Column, ContactCellDelegate, ContactIdRole, ContactsTableModel

DEFAULT_WIDTHS = {
    Column.NAME: 140,
    Column.STATUS: 80,
    Column.COMPANY: 112,
    Column.STAGE: 74,
    Column.LAST: 48,
    Column.NEXT: 62,
    Column.BALANCE: 32,
    Column.TITLE: 140,
    Column.CIRCLES: 150,
}
HIDDEN_BY_DEFAULT: tuple[Column, ...] = ()


class ContactListView(QTableView):
    """Selecting rows selects contacts; Enter opens the detail pane, Delete moves to the trash."""

    activated_contact = Signal(int)
    delete_requested = Signal()
    escape_pressed = Signal()
    type_ahead = Signal(str)  # printable text typed in the list: the page sends it to the search box
    context_menu_requested = Signal(object)  # QPoint in global coordinates

    def __init__(self, model: ContactsTableModel, parent=None):
        super().__init__(parent)
        self.setObjectName("contactList")
        self.setAccessibleName("contactList")
        self.setAccessibleDescription(
            self.tr("Your contacts. Enter opens the selected one, Delete moves it to the trash.")
        )
        self.setModel(model)
        self.setItemDelegate(ContactCellDelegate(model, self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.setTabKeyNavigation(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(
            lambda pos: self.context_menu_requested.emit(self.viewport().mapToGlobal(pos))
        )
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(max(26, self.fontMetrics().height() + 10))
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        for column, width in DEFAULT_WIDTHS.items():
            self.setColumnWidth(column, width)
        for column in HIDDEN_BY_DEFAULT:
            self.setColumnHidden(column, True)
        self.doubleClicked.connect(self._activate)

    def _header_menu(self, pos) -> None:
        """Right-click on the header: show or hide columns (the name always stays)."""
        menu = QMenu(self)
        model = self.model()
        for column in Column:
            if column == Column.NAME:
                continue
            action = menu.addAction(model.headerData(column, Qt.Orientation.Horizontal))
            action.setCheckable(True)
            action.setChecked(not self.isColumnHidden(column))
            action.toggled.connect(lambda on, c=column: self.setColumnHidden(c, not on))
        menu.exec(self.horizontalHeader().mapToGlobal(pos))

    def _activate(self, index) -> None:
        cid = index.data(ContactIdRole)
        if cid is not None:
            self.activated_contact.emit(cid)

    def selected_ids(self) -> list[int]:
        """Ids of the selected rows, in list order."""
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        model: ContactsTableModel = self.model()
        return [cid for cid in (model.contact_id(r) for r in rows) if cid is not None]

    def current_id(self) -> int | None:
        index = self.currentIndex()
        return self.model().contact_id(index.row()) if index.isValid() else None

    def select_contact(self, contact_id: int, *, scroll: bool = True) -> bool:
        model: ContactsTableModel = self.model()
        row = model.row_of(contact_id)
        if row is None:
            return False
        index = model.index(row, 0)
        self.selectionModel().setCurrentIndex(
            index,
            self.selectionModel().SelectionFlag.ClearAndSelect | self.selectionModel().SelectionFlag.Rows,
        )
        if scroll:
            self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Backspace:
            self.delete_requested.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.currentIndex()
            if index.isValid():
                self._activate(index)
                return
        text = event.text()
        plain = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier == Qt.KeyboardModifier.NoModifier
        if plain and text and text.isprintable() and not text.isspace():
            self.type_ahead.emit(text)
            return
        super().keyPressEvent(event)
