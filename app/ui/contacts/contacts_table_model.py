"""The contact list's item model: ids plus a row cache, never one Python object per contact.

Like Anki's browser model, it holds the matching ids (an ``array('q')``) and asks core for the rows the view
paints, a window of :data:`WINDOW` ids at a time (:func:`app.core.contact_rows.rows_for`). When a search or the
unfiltered list matches many contacts, core returns the exact count and only the first ids; the rest is fetched the
first time the view needs a row past them (:func:`app.core.contact_list.all_ids`). So a keystroke in the search box
costs one count, one short id query and one window of rows, whatever the size of the network (DESIGN §8).
"""

from __future__ import annotations

import enum
import logging
from array import array
from collections import OrderedDict
from functools import cache

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont

from app.core import contact_list
from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.contact_list import ContactFilter, ListResult, Sort, SortKey
from app.core.contact_rows import ContactRow, rows_for
from app.models import Circle
from app.ui.contacts.presentation import (
    STAGE_HINTS,
    STAGE_LABELS,
    STATUS_COLOURS,
    STATUS_LABELS,
    STATUS_WORDS,
    circle_dots,
    compact_age,
    compact_due,
    status_icon,
    status_sentence,
    tr,
)
from app.ui.widgets.text import full_date

log = logging.getLogger(__name__)

WINDOW = 100
CACHE_LIMIT = 2000
ContactIdRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2


class Column(enum.IntEnum):
    NAME = 0
    STATUS = 1
    COMPANY = 2
    TITLE = 3
    STAGE = 4
    LAST = 5
    NEXT = 6
    CIRCLES = 7
    BALANCE = 8


HEADERS = {
    Column.NAME: ("Name", "Name as shown"),
    Column.STATUS: ("In touch", "Keep-in-touch status: in touch, due (time to reconnect) or overdue (going cold)"),
    Column.COMPANY: ("Company", "Where they work; ★ marks a target company"),
    Column.TITLE: ("Title", "Job title"),
    Column.CIRCLES: ("Circles", "The circles they belong to"),
    Column.STAGE: ("Stage", "How far the relationship has come"),
    Column.LAST: ("Last", "Last conversation, and whether it is time to reconnect"),
    Column.NEXT: ("Next", "Next open follow-up"),
    Column.BALANCE: ("Give/ask", "Given minus asked (Always Be Giving)"),
}
SORT_KEYS = {
    Column.NAME: SortKey.NAME,
    Column.STATUS: SortKey.STATUS,
    Column.COMPANY: SortKey.COMPANY,
    Column.TITLE: SortKey.TITLE,
    Column.CIRCLES: SortKey.CIRCLES,
    Column.STAGE: SortKey.STAGE,
    Column.LAST: SortKey.LAST,
    Column.NEXT: SortKey.NEXT,
    Column.BALANCE: SortKey.BALANCE,
}
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class ContactsTableModel(QAbstractTableModel):
    """Rows are contacts matching :attr:`filter` in :attr:`sort` order. Call :meth:`reload` after data changes."""

    reloaded = Signal()

    def __init__(self, clock: Clock = SYSTEM_CLOCK, parent=None):
        super().__init__(parent)
        self.clock = clock
        self._filter = ContactFilter()
        self._sort: Sort | None = None
        self._result = ListResult(0, array("q"), True, Sort())
        self._cache: OrderedDict[int, ContactRow] = OrderedDict()
        self._circles: dict[int, tuple[str, str]] = {}
        self._today = clock.today()
        self._bold = QFont()
        self._bold.setBold(True)

    # --- state -------------------------------------------------------------------------------------------------
    @property
    def filter(self) -> ContactFilter:
        return self._filter

    @property
    def sort_order(self) -> Sort:
        """The order in use (best match first, or the user's column)."""
        return self._result.sort

    @property
    def total(self) -> int:
        return self._result.count

    def set_filter(self, flt: ContactFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self.reload()

    def reload(self) -> None:
        """Run the query again (after a write or a filter change) and reset the view."""
        self._today = self.clock.today()
        result = contact_list.query(self._filter, self._sort, today=self._today)
        self._circles = {
            cid: (name, colour) for cid, name, colour in Circle.select(Circle.id, Circle.name, Circle.colour).tuples()
        }
        self.beginResetModel()
        self._result = result
        self._cache.clear()
        self.endResetModel()
        self.reloaded.emit()

    def refresh_rows(self) -> None:
        """Re-read the cached rows (a contact's fields changed, not the list's membership)."""
        self._cache.clear()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def contact_id(self, row: int) -> int | None:
        if not 0 <= row < self._result.count:
            return None
        if row >= len(self._result.ids):
            self._load_rest()
            if row >= len(self._result.ids):
                return None
        return self._result.ids[row]

    def row_of(self, contact_id: int) -> int | None:
        """The row showing ``contact_id`` (loading the rest of the ids if needed), or None."""
        found = contact_list.position_of(contact_id, self._result.ids)
        if found is None and not self._result.complete:
            self._load_rest()
            found = contact_list.position_of(contact_id, self._result.ids)
        return found

    def ids(self) -> array:
        """All ids in order (loads the rest if only the head is known)."""
        self._load_rest()
        return self._result.ids

    def _load_rest(self) -> None:
        if self._result.complete:
            return
        rest = contact_list.all_ids(self._filter, self._result.sort, today=self._today)
        if len(rest) != self._result.count:
            # The data changed under us: start over on the next turn of the event loop (never reset inside data()).
            self._result.complete = True
            QTimer.singleShot(0, self.reload)
            return
        self._result.ids = rest
        self._result.complete = True

    def row_data(self, row: int) -> ContactRow | None:
        cid = self.contact_id(row)
        if cid is None:
            return None
        cached = self._cache.get(cid)
        if cached is not None:
            self._cache.move_to_end(cid)
            return cached
        start = max(0, row - WINDOW // 4)
        stop = min(self._result.count, start + WINDOW)
        if stop > len(self._result.ids):
            self._load_rest()
            stop = min(stop, len(self._result.ids))
        wanted = [i for i in self._result.ids[start:stop] if i not in self._cache] or [cid]
        try:
            fetched = rows_for(wanted, self._today)
        except Exception:  # a database problem must not take the view down with it
            log.exception("cannot read contact rows")
            return None
        self._cache.update(fetched)
        while len(self._cache) > CACHE_LIMIT:
            self._cache.popitem(last=False)
        return self._cache.get(cid)

    # --- Qt model API ------------------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._result.count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        title, tip = HEADERS[Column(section)]
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(title)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr(tip)
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (Column.LAST, Column.NEXT, Column.BALANCE):
            return _RIGHT
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= self._result.count or index.column() >= len(Column):
            return None
        if role == ContactIdRole:
            return self.contact_id(index.row())
        if role not in _ROLES:
            return None
        row = self.row_data(index.row())
        if row is None:
            return None
        if role == RowRole:
            return row
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._decoration(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._display(row, column) or ""
            if column == Column.NAME:
                return f"{text}, {tr(STATUS_WORDS[row.status])}"
            if column == Column.STATUS:
                return status_sentence(row.status, row.last_interaction_at, row.reconnect_by, self._today)
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.LAST, Column.NEXT, Column.BALANCE):
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == Column.NEXT and row.next_followup_due and row.next_followup_due < self._today:
                return STATUS_COLOURS["red"]
            return None
        due = row.next_followup_due
        if role == Qt.ItemDataRole.FontRole and column == Column.NEXT and due and due <= self._today:
            return self._bold
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(Column(column)) if 0 <= column < len(Column) else None
        if key is None:
            return
        self._sort = Sort(key, order == Qt.SortOrder.DescendingOrder)
        self.reload()

    def clear_sort(self) -> None:
        """Back to the default order (best match first when searching, else by name)."""
        if self._sort is not None:
            self._sort = None
            self.reload()

    # --- cell contents -----------------------------------------------------------------------------------------
    def _display(self, row: ContactRow, column: Column) -> str | None:
        if column == Column.NAME:
            return row.name
        if column == Column.COMPANY:
            return row.company
        if column == Column.TITLE:
            return row.title
        if column == Column.CIRCLES:
            return ", ".join(self._circles[c][0] for c in row.circle_ids if c in self._circles)
        if column == Column.STAGE:
            return tr(STAGE_LABELS.get(row.stage, row.stage))
        if column == Column.STATUS:
            return tr(STATUS_LABELS[row.status])
        if column == Column.LAST:
            return compact_age(row.last_interaction_at.date(), self._today) if row.last_interaction_at else "—"
        if column == Column.NEXT:
            return compact_due(row.next_followup_due, self._today) if row.next_followup_due else "—"
        if column == Column.BALANCE:
            if row.gave + row.asked + row.received == 0:
                return ""
            return f"{row.balance:+d}" if row.balance else "0"
        return None

    def _decoration(self, row: ContactRow, column: Column):
        if column == Column.STATUS:
            return status_icon(row.status)
        if column == Column.CIRCLES and row.circle_ids:
            return circle_dots(tuple(self._circles[c][1] for c in row.circle_ids if c in self._circles))
        if column == Column.COMPANY and row.company_is_target:
            return _target_icon()
        return None

    def _tooltip(self, row: ContactRow, column: Column) -> str | None:
        if column in (Column.STATUS, Column.LAST):
            return status_sentence(row.status, row.last_interaction_at, row.reconnect_by, self._today)
        if column == Column.NAME and row.trashed_at:
            return tr("In the trash since {day}").format(day=full_date(row.trashed_at.date()))
        if column == Column.NEXT and row.next_followup_due:
            return tr("Next follow-up: {day}").format(day=full_date(row.next_followup_due))
        if column == Column.COMPANY and row.company_is_target:
            return tr("{company} is on your target list").format(company=row.company)
        if column == Column.STAGE:
            return tr(STAGE_HINTS.get(row.stage, ""))
        if column == Column.BALANCE:
            return tr("Gave {g} · Asked {a} · Received {r}").format(g=row.gave, a=row.asked, r=row.received)
        if column == Column.CIRCLES:
            return self._display(row, column) or None
        return None


_ROLES = {
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.FontRole,
    RowRole,
}


@cache
def _target_icon():
    from app.ui.icons import ui_icon

    return ui_icon("star-filled", STATUS_COLOURS["yellow"])
