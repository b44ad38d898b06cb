"""The contact list view (objectName ``contactList``): a flat table over :class:`ContactsTableModel`.

Built for 50 000 rows: fixed row height, and columns sized without measuring every row. Columns whose words come
from a short list (status, stage, last, next, balance) are as wide as their longest word; free text (company, title,
circles) as wide as the rows on screen need, within a cap, measured when the list is shown or its data changes —
never while a search is typed, so the columns hold still. The name column takes the slack, down to
:data:`NAME_MINIMUM`; below that the least needed columns give way in :data:`GIVE_WAY` order (the status shrinks to
its dot before Last and Stage go), and come back when there is room. A column the user turns off in the header's
menu stays off, and one they drag keeps its width; both are kept in the window's settings.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QStyle, QTableView

from app.ui.contacts.contacts_table_model import Column, ContactIdRole, ContactsTableModel
from app.ui.contacts.list_painter import ContactCellDelegate, RowPainter
from app.ui.contacts.presentation import STAGE_LABELS, STATUS_LABELS, compact_age, compact_due, tr

# Free-text columns: no narrower than their header, no wider than this (a long company name is elided, its tooltip
# has it all).
TEXT_CAPS = {Column.COMPANY: 220, Column.TITLE: 220, Column.CIRCLES: 200}
NAME_MINIMUM = 120  # the name takes the slack: it narrows to this before another column gives way
# What gives way, in order, when the list is too narrow: "status" shrinks the status to its dot, a column hides.
GIVE_WAY: tuple[Column | str, ...] = (
    Column.CIRCLES,
    Column.TITLE,
    Column.BALANCE,
    "status",
    Column.LAST,
    Column.STAGE,
)
MEASURED_ROWS = 40  # rows measured from the top of the list at most
HIDDEN_KEY = "contacts/hiddenColumns"
WIDTHS_KEY = "contacts/columnWidths"
ORDER_KEY = "contacts/header"
_SAMPLE_DAY = dt.date(2026, 3, 16)


def _vocabulary() -> dict[Column, list[tuple[str, bool]]]:
    """Every text a fixed-vocabulary column can show, with whether it is bold (a follow-up due now)."""
    today = _SAMPLE_DAY
    ages = [compact_age(today - dt.timedelta(days=d), today) for d in (0, 13, 59, 729, 36500)]
    dues = [(compact_due(today + dt.timedelta(days=d), today), d <= 0) for d in (0, 1, -99, 59, 120, 400)]
    return {
        Column.STATUS: [(tr(text), False) for text in STATUS_LABELS.values()],
        Column.STAGE: [(tr(text), False) for text in STAGE_LABELS.values()],
        Column.LAST: [(text, False) for text in [*ages, "—"]],
        Column.NEXT: [*dues, ("—", False)],
        Column.BALANCE: [("+99", False), ("-99", False)],
    }


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
        self.setAccessibleName(self.tr("Contacts"))
        self.setAccessibleDescription(
            self.tr("Your contacts. Enter opens the selected one, Delete moves it to the trash.")
        )
        self.setModel(model)
        self.setItemDelegate(ContactCellDelegate(model, self))  # sizes (measure()); the rows are painted by:
        self.row_painter = RowPainter(self)
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
        header.sectionResized.connect(self._section_resized)
        self.user_hidden: set[Column] = set()  # turned off in the header's menu
        self.user_widths: dict[Column, int] = {}  # dragged by the user
        self.gave_way: list[Column | str] = []  # what the last fit hid (or shrank) for lack of room
        self._measured: dict[Column, int] = {}
        self._fixed: dict[Column, int] = {}
        self._fitting = False
        self._set_modes()
        self.doubleClicked.connect(self._activate)

    def _set_modes(self) -> None:
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)  # the name takes the slack
        header.setResizeContentsPrecision(0)  # a double-click on a divider measures the rows on screen only
        header.setStretchLastSection(False)

    # --- column sizes --------------------------------------------------------------------------------------------
    def _padding(self) -> int:
        style = self.style()
        return 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1) + 8

    def _fixed_widths(self) -> dict[Column, int]:
        """Widths of the fixed-vocabulary columns, from the font (once per font)."""
        if not self._fixed:
            metrics = self.fontMetrics()
            bold = QFont(self.font())
            bold.setBold(True)
            bold_metrics = QFontMetrics(bold)
            icon = self.iconSize().width() if self.iconSize().width() > 0 else 16
            for column, texts in _vocabulary().items():
                widest = max((bold_metrics if b else metrics).horizontalAdvance(text) for text, b in texts)
                if column == Column.STATUS:
                    widest += icon + 4
                self._fixed[column] = widest + self._padding()
        return self._fixed

    def _header_width(self, column: Column) -> int:
        return self.horizontalHeader().sectionSizeHint(column)

    def measure(self) -> None:
        """Measure the free-text columns on the rows at the top of the screen (at most :data:`MEASURED_ROWS`)."""
        model: ContactsTableModel = self.model()
        count = model.rowCount()
        first = max(0, self.rowAt(0))
        shown = self.viewport().height() // max(1, self.verticalHeader().defaultSectionSize()) + 1
        rows = range(first, min(count, first + min(MEASURED_ROWS, max(shown, 20))))
        for column, cap in TEXT_CAPS.items():
            widest = 0
            for row in rows:
                widest = max(widest, self.sizeHintForIndex(model.index(row, column)).width())
            self._measured[column] = min(cap, widest + 8)

    def _wanted(self, column: Column, compact_status: bool) -> int:
        if column in self.user_widths:
            return self.user_widths[column]
        if column == Column.STATUS and compact_status:
            icon = self.iconSize().width() if self.iconSize().width() > 0 else 16
            return icon + self._padding()
        content = self._fixed_widths().get(column) or self._measured.get(column, 0)
        header = self._header_width(column) if not (column == Column.STATUS and compact_status) else 0
        return max(content, header)

    def fit_columns(self, *, measure: bool = False) -> None:
        """Size the columns to their content and the viewport; hide what does not fit (see the module docstring)."""
        if measure or not self._measured:
            self.measure()
        available = self.viewport().width()
        if available <= 0:
            return
        model: ContactsTableModel = self.model()
        shown = [c for c in Column if c == Column.NAME or c not in self.user_hidden]
        name_needs = NAME_MINIMUM
        compact = False
        gave_way: list[Column | str] = []

        def total() -> int:
            return name_needs + sum(self._wanted(c, compact) for c in shown if c != Column.NAME)

        for step in GIVE_WAY:
            if total() <= available:
                break
            if step == "status":
                if Column.STATUS in shown:
                    compact = True
                    gave_way.append(step)
            elif step in shown:
                shown.remove(step)
                gave_way.append(step)
        self._fitting = True
        try:
            self.gave_way = gave_way
            model.set_compact_status(compact)
            for column in Column:
                hidden = column not in shown
                if self.isColumnHidden(column) != hidden:
                    self.setColumnHidden(column, hidden)
                if not hidden and column != Column.NAME:
                    width = self._wanted(column, compact)
                    if self.columnWidth(column) != width:
                        self.setColumnWidth(column, width)
            # No room even so: the name keeps its minimum and the list scrolls sideways; else it takes the slack.
            squeezed = total() > available
            mode = QHeaderView.ResizeMode.Interactive if squeezed else QHeaderView.ResizeMode.Stretch
            header = self.horizontalHeader()
            if header.sectionResizeMode(Column.NAME) != mode:
                header.setSectionResizeMode(Column.NAME, mode)
            if squeezed:
                self.setColumnWidth(Column.NAME, name_needs)
        finally:
            self._fitting = False

    def _section_resized(self, logical: int, _old: int, new: int) -> None:
        if self._fitting or logical == Column.NAME or new <= 0 or not self.isVisible():
            return
        self.user_widths[Column(logical)] = new

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.fit_columns()

    def paintEvent(self, event) -> None:
        """The visible rows in one call (:mod:`app.ui.contacts.list_painter`); right to left, as QTableView does."""
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            super().paintEvent(event)
            return
        self.row_painter.paint(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fit_columns()

    # --- what the user chose, kept in the settings --------------------------------------------------------------
    def restore_columns(self, settings: QSettings) -> None:
        """The order of the columns, the ones turned off and the widths dragged (from an earlier session)."""
        header = self.horizontalHeader()
        state = settings.value(ORDER_KEY)
        if isinstance(state, QByteArray):
            header.blockSignals(True)  # order only: the list starts in its default order, sized by fit_columns()
            header.restoreState(state)
            header.blockSignals(False)
            for column in Column:
                self.setColumnHidden(column, False)
            self._set_modes()
        header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        hidden = settings.value(HIDDEN_KEY, [])
        self.user_hidden = {Column(int(c)) for c in (hidden if isinstance(hidden, list) else [hidden]) if _is_column(c)}
        self.user_hidden.discard(Column.NAME)
        widths = settings.value(WIDTHS_KEY, [])
        self.user_widths = {}
        for item in widths if isinstance(widths, list) else [widths]:
            column, _, width = str(item).partition(":")
            if _is_column(column) and width.isdigit() and int(column) != Column.NAME:
                self.user_widths[Column(int(column))] = max(16, int(width))

    def save_columns(self, settings: QSettings) -> None:
        settings.setValue(ORDER_KEY, self.horizontalHeader().saveState())
        settings.setValue(HIDDEN_KEY, [str(int(c)) for c in sorted(self.user_hidden)])
        settings.setValue(WIDTHS_KEY, [f"{int(c)}:{w}" for c, w in sorted(self.user_widths.items())])

    def set_column_wanted(self, column: Column, on: bool) -> None:
        """The header menu's choice: show ``column`` when there is room, or never; a dragged width is forgotten."""
        if column == Column.NAME:
            return
        if on:
            self.user_hidden.discard(column)
        else:
            self.user_hidden.add(column)
        self.user_widths.pop(column, None)
        self.fit_columns()

    def _header_menu(self, pos) -> None:
        """Right-click on the header: which columns to show (the name always stays), and sizes back to automatic."""
        menu = QMenu(self)
        for column in Column:
            if column == Column.NAME:
                continue
            text = tr(_HEADER_WORDS[column])
            if column in self.gave_way:
                text = tr("{column} (no room: widen the list)").format(column=text)
            action = menu.addAction(text)
            action.setObjectName(f"columnToggle_{column.name.lower()}")
            action.setCheckable(True)
            action.setChecked(column not in self.user_hidden)
            action.toggled.connect(lambda on, c=column: self.set_column_wanted(c, on))
        menu.addSeparator()
        reset = menu.addAction(tr("Fit Columns to Their Content"))
        reset.setObjectName("columnsFit")
        reset.setEnabled(bool(self.user_widths))
        reset.triggered.connect(self.reset_widths)
        menu.exec(self.horizontalHeader().mapToGlobal(pos))

    def reset_widths(self) -> None:
        """Forget the dragged widths: every column as wide as its content again."""
        self.user_widths.clear()
        self.fit_columns(measure=True)

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


_HEADER_WORDS = {
    Column.NAME: QT_TRANSLATE_NOOP("", "Name"),
    Column.STATUS: QT_TRANSLATE_NOOP("", "In touch"),
    Column.COMPANY: QT_TRANSLATE_NOOP("", "Company"),
    Column.STAGE: QT_TRANSLATE_NOOP("", "Stage"),
    Column.LAST: QT_TRANSLATE_NOOP("", "Last"),
    Column.NEXT: QT_TRANSLATE_NOOP("", "Next"),
    Column.BALANCE: QT_TRANSLATE_NOOP("", "± Give/ask balance"),
    Column.TITLE: QT_TRANSLATE_NOOP("", "Title"),
    Column.CIRCLES: QT_TRANSLATE_NOOP("", "Circles"),
}


def _is_column(value) -> bool:
    return str(value).isdigit() and int(value) in {int(c) for c in Column}
