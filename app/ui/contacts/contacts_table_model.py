"""The contact list's item model: ids plus a row cache, never one Python object per contact.

Like Anki's browser model, it holds the matching ids (an ``array('q')``) and asks core for the rows the view
paints, a window of :data:`WINDOW` ids at a time (:func:`app.core.contacts.list_rows.rows_for`). When a search or the
unfiltered list matches many contacts, core returns the exact count and only the first ids; the rest is fetched the
first time the view needs a row past them (:func:`app.core.contacts.list_query.all_ids`). So a keystroke in the search
box costs one count, one short id query and one window of rows, whatever the size of the network (DESIGN §8).
"""

from __future__ import annotations

import enum
import logging
from array import array
from collections import OrderedDict
from functools import cache

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont

from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.contacts import keep_in_touch, lookup
from app.core.contacts import list_query as contact_list
from app.core.contacts.list_query import ContactFilter, ListResult, Sort, SortKey
from app.core.contacts.list_rows import ContactRow, rows_for
from app.core.translated import QT_TRANSLATE_NOOP, label
from app.ui.contacts.match_counter import CountAfterPaint, MatchCounter
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

WINDOW = 32
CACHE_LIMIT = 2000
BLOCK = 256  # ids fetched at a time past the head of a long list
BLOCK_LIMIT = 64  # blocks kept (16k ids); beyond that they are fetched again
COUNT_AFTER_MS = 16  # an uncounted search is counted a frame after its rows, off this thread (another key first: not)
ContactIdRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2


class Column(enum.IntEnum):  # the order of a row's rendered cells too (ContactsTableModel._render)
    NAME = 0
    STATUS = 1
    COMPANY = 2
    STAGE = 3
    LAST = 4
    NEXT = 5
    BALANCE = 6
    TITLE = 7
    CIRCLES = 8


HEADERS = {
    Column.NAME: (QT_TRANSLATE_NOOP("Labels", "Name"), QT_TRANSLATE_NOOP("Labels", "Name as shown")),
    Column.STATUS: (
        QT_TRANSLATE_NOOP("Labels", "In touch"),
        QT_TRANSLATE_NOOP("Labels", "Keep-in-touch status: in touch, due (time to reconnect) or overdue (going cold)"),
    ),
    Column.COMPANY: (
        QT_TRANSLATE_NOOP("Labels", "Company"),
        QT_TRANSLATE_NOOP("Labels", "Where they work; ★ marks a target company"),
    ),
    Column.TITLE: (QT_TRANSLATE_NOOP("Labels", "Title"), QT_TRANSLATE_NOOP("Labels", "Job title")),
    Column.CIRCLES: (QT_TRANSLATE_NOOP("Labels", "Circles"), QT_TRANSLATE_NOOP("Labels", "The circles they belong to")),
    Column.STAGE: (
        QT_TRANSLATE_NOOP("Labels", "Stage"),
        QT_TRANSLATE_NOOP("Labels", "How far the relationship has come"),
    ),
    Column.LAST: (
        QT_TRANSLATE_NOOP("Labels", "Last"),
        QT_TRANSLATE_NOOP("Labels", "Last conversation, and whether it is time to reconnect"),
    ),
    Column.NEXT: (QT_TRANSLATE_NOOP("Labels", "Next"), QT_TRANSLATE_NOOP("Labels", "Next open follow-up")),
    Column.BALANCE: (
        "±",
        QT_TRANSLATE_NOOP("Labels", "Give/ask balance: what you gave minus what you asked (Always Be Giving)"),
    ),
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
COLUMN_COUNT = len(Column)


# Plain ints: data() runs thousands of times per repaint, and comparing enum members costs more than it should.
DISPLAY, DECORATION, TOOLTIP, FONT, ALIGNMENT, FOREGROUND, ACCESSIBLE = 0, 1, 3, 6, 7, 9, 11
CONTACT_ID, ROW = int(ContactIdRole), int(RowRole)
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
# One rendered cell: (text, icon or None, foreground colour or None, bold, alignment)
Cell = tuple


class ContactsTableModel(CountAfterPaint, QAbstractTableModel):
    """Rows are contacts matching :attr:`filter` in :attr:`sort` order. Call :meth:`reload` after data changes.

    Each cached row keeps its core :class:`ContactRow` and its rendered cells, so painting a visible row is a few
    tuple lookups (see :mod:`app.ui.contacts.list_painter`).
    """

    reloaded = Signal()
    counted = Signal()  # a search's number of matches arrived after its first rows (see :attr:`count_later`)
    STATUS_COLUMN = int(Column.STATUS)

    def __init__(self, clock: Clock = SYSTEM_CLOCK, parent=None):
        super().__init__(parent)
        self.clock = clock
        self._filter = ContactFilter()
        self._sort: Sort | None = None
        self._result = ListResult(0, array("q"), True, Sort())
        self._cache: OrderedDict[int, tuple[ContactRow, tuple[Cell, ...]]] = OrderedDict()
        self._blocks: dict[int, array] = {}  # block number → ids of rows past the head (see :meth:`contact_id`)
        self._circles: dict[int, tuple[str, str]] | None = None
        self._default_cadence: keep_in_touch.Cadence | None = None
        self._today = clock.today()
        self._stamp: tuple[int, int] | None = None  # the database's write stamp when the rows were read
        # A search matching many shows its first rows at once and is counted a frame later on a worker thread with
        # its own connection (the rows past the head are inserted when the number arrives; :attr:`counted`).
        self.count_later = False
        self._generation = 0
        self._counter = MatchCounter(self)
        self._counter.counted.connect(self._counted_elsewhere)
        self._bold = QFont()
        self._bold.setBold(True)
        self._status_text = {key: tr(text) for key, text in STATUS_LABELS.items()}
        self._stage_text = {key: tr(text) for key, text in STAGE_LABELS.items()}
        self._header_text = [label(HEADERS[c][0]) for c in Column]
        self._header_tips = [label(HEADERS[c][1]) for c in Column]
        self.compact_status = False  # the status column shows its dot only (the list is short of room)
        self._status_icons: dict[str, object] = {}

    def _status_icon(self, status: str):
        """One icon per status for every row (the painter keeps one pixmap per icon)."""
        icon = self._status_icons.get(status)
        if icon is None:
            icon = self._status_icons[status] = status_icon(status)
        return icon

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

    def set_compact_status(self, compact: bool) -> None:
        """Show the keep-in-touch status as its dot alone (header too), or with its word; the tooltip says it all."""
        if compact != self.compact_status:
            self.compact_status = compact
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, Column.STATUS, Column.STATUS)
            if self.rowCount():
                self.dataChanged.emit(self.index(0, Column.STATUS), self.index(self.rowCount() - 1, Column.STATUS))

    def reload_circles(self) -> None:
        """Circles or settings changed (a new circle, another default cadence): re-read them with the next reload."""
        self._circles = None
        self._default_cadence = None

    def reload(self) -> None:
        """Run the query again (after a write or a filter change) and reset the view."""
        today = self.clock.today()
        stamp = contact_list.data_stamp()
        # The rendered rows stay good while nothing was written, the day and the circles are the same: a keystroke
        # in the search box shows many of the rows it showed a moment ago, and fetches only the new ones.
        keep_rows = stamp == self._stamp and today == self._today and self._circles is not None
        self._today = today
        self._stamp = stamp
        result = contact_list.query(self._filter, self._sort, today=self._today, count_later=self.count_later)
        if self._default_cadence is None:
            self._default_cadence = keep_in_touch.default_cadence()
        if self._circles is None:
            self._circles = {circle.id: (circle.label, circle.colour) for circle in lookup.circles_in_order()}
        self._counter.cancel()  # an older search's number is never shown
        self.beginResetModel()
        self._result = result
        if not keep_rows:
            self._cache.clear()
        self._blocks.clear()
        self._generation += 1
        self.endResetModel()
        if not result.counted:
            generation = self._generation
            QTimer.singleShot(COUNT_AFTER_MS, self, lambda: self._count_if_current(generation))
        self.reloaded.emit()

    def refresh_rows(self) -> None:
        """Re-read the cached rows (a contact's fields changed, not the list's membership)."""
        self._cache.clear()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def contact_id(self, row: int) -> int | None:
        """The id on ``row``. Past the head of a long list the ids come a block at a time (a window of the query),
        so that scrolling to — or selecting — a contact far down the list does not load every id."""
        if not 0 <= row < self._result.count:
            return None
        ids = self._result.ids
        if row < len(ids):
            return ids[row]
        if self._result.complete:
            return None
        number, at = divmod(row, BLOCK)
        block = self._blocks.get(number)
        if block is None:
            start = number * BLOCK
            block = contact_list.ids_slice(self._filter, self._result.sort, start, BLOCK, today=self._today)
            if len(block) != min(BLOCK, self._result.count - start):
                self._changed_underneath()
                return None
            if len(self._blocks) >= BLOCK_LIMIT:
                self._blocks.clear()
            self._blocks[number] = block
        return block[at]

    def row_of(self, contact_id: int) -> int | None:
        """The row showing ``contact_id``, or None. In a long list in name order the row is counted by the
        database; otherwise the rest of the ids is loaded to find it."""
        found = contact_list.position_of(contact_id, self._result.ids)
        if found is None and not self._result.complete:
            try:
                found = contact_list.position(self._filter, self._result.sort, contact_id, today=self._today)
            except NotImplementedError:
                self._load_rest()
                found = contact_list.position_of(contact_id, self._result.ids)
            else:
                if found is not None and self.contact_id(found) != contact_id:
                    found = None  # the data changed under us (the reload is on its way)
        return found

    def ids(self) -> array:
        """All ids in order (loads the rest if only the head is known)."""
        self._load_rest()
        return self._result.ids

    def _load_rest(self) -> None:
        self.finish_count()
        if self._result.complete:
            return
        rest = contact_list.all_ids(self._filter, self._result.sort, today=self._today)
        if len(rest) != self._result.count:
            self._changed_underneath()
            return
        self._result.ids = rest
        self._result.complete = True
        self._blocks.clear()

    def _changed_underneath(self) -> None:
        """The list's ids no longer add up (the data changed under us): start over on the next turn of the event
        loop (never reset inside data())."""
        self._result.complete = True
        self._blocks.clear()
        QTimer.singleShot(0, self.reload)

    def _entry(self, row: int) -> tuple[ContactRow, tuple[Cell, ...]] | None:
        """The cached (row, cells) of ``row``, fetching the window of rows around it on a miss."""
        ids = self._result.ids
        if row < len(ids):
            cid = ids[row]
        else:
            cid = self.contact_id(row)
            if cid is None:
                return None
        entry = self._cache.get(cid)
        if entry is not None:
            return entry
        start = max(0, row - WINDOW // 4)
        stop = min(self._result.count, start + WINDOW)
        window = ids[start:stop] if stop <= len(ids) else [self.contact_id(r) for r in range(start, stop)]
        wanted = [i for i in window if i is not None and i not in self._cache] or [cid]
        try:
            fetched = rows_for(wanted, self._today, self._default_cadence)
        except Exception:  # a database problem must not take the view down with it
            log.exception("cannot read contact rows")
            return None
        for key, value in fetched.items():
            self._cache[key] = (value, self._render(value))
        while len(self._cache) > CACHE_LIMIT:
            self._cache.popitem(last=False)
        return self._cache.get(cid)

    def row_data(self, row: int) -> ContactRow | None:
        entry = self._entry(row)
        return entry[0] if entry is not None else None

    def cached_cells(self, row: int) -> tuple[Cell, ...] | None:
        """Every rendered cell of ``row`` (order of :class:`Column`), fetching its window on a miss: what the list's
        painter draws, one call per row (:mod:`app.ui.contacts.list_painter`)."""
        ids = self._result.ids
        entry = self._cache.get(ids[row]) if row < len(ids) else None
        if entry is None:
            entry = self._entry(row)
        return entry[1] if entry is not None else None

    def cell(self, row: int, column: int) -> Cell | None:
        """(text, icon, foreground, bold, alignment) of one cell: what the delegate paints."""
        entry = self._entry(row)
        return entry[1][column] if entry is not None and 0 <= column < COLUMN_COUNT else None

    # --- Qt model API ------------------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._result.count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    # flags(): the base class already answers "enabled, selectable" — in C++, without a Python call per cell.

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        role = int(role)
        compact = self.compact_status and section == Column.STATUS
        if role == DISPLAY:
            return "" if compact else self._header_text[section]
        if role == DECORATION and compact:
            return status_icon(keep_in_touch.GREEN)
        if role == TOOLTIP:
            return self._header_tips[section]
        if role == ALIGNMENT:
            return _CENTRE if compact else _HEADER_ALIGN[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY):
        role = int(role)
        if role not in _ROLES or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if row >= self._result.count or column >= COLUMN_COUNT:
            return None
        if role == CONTACT_ID:
            return self.contact_id(row)
        entry = self._entry(row)
        if entry is None:
            return None
        cell = entry[1][column]
        if role == DISPLAY:
            return cell[0]
        if role == DECORATION:
            return cell[1]
        if role == ALIGNMENT:
            return cell[4]
        if role == FOREGROUND:
            return cell[2]
        if role == FONT:
            return self._bold if cell[3] else None
        if role == ROW:
            return entry[0]
        if role == TOOLTIP:
            return self._tooltip(entry[0], Column(column))
        if role == ACCESSIBLE:
            contact = entry[0]
            if column == Column.NAME:
                return f"{cell[0]}, {tr(STATUS_WORDS[contact.status])}"
            if column == Column.STATUS:
                return status_sentence(contact.status, contact.last_interaction_at, contact.reconnect_by, self._today)
            return cell[0]
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
    def _render(self, row: ContactRow) -> tuple[Cell, ...]:
        """Every column of a row, rendered once when the row is fetched (order of :class:`Column`)."""
        today = self._today
        circles = self._circles or {}
        due = row.next_followup_due
        names = [circles[c] for c in row.circle_ids if c in circles]
        balance = f"{row.balance:+d}" if row.balance else "0"
        if row.gave + row.asked + row.received == 0:
            balance = ""
        last = row.last_interaction_at
        # In the order of :class:`Column` (one tuple, no dict per row: a keystroke renders up to a window of rows).
        return (
            (row.name, None, None, False, _LEFT),  # NAME
            (self._status_text[row.status], self._status_icon(row.status), None, False, _LEFT),  # STATUS
            (row.company, _target_icon() if row.company_is_target else None, None, False, _LEFT),  # COMPANY
            (self._stage_text.get(row.stage, row.stage), None, None, False, _LEFT),  # STAGE
            (compact_age(last.date(), today) if last else "—", None, None, False, _RIGHT),  # LAST
            (  # NEXT
                compact_due(due, today) if due else "—",
                None,
                STATUS_COLOURS["red"] if due is not None and due < today else None,  # readable in high contrast
                due is not None and due <= today,
                _RIGHT,
            ),
            (balance, None, None, False, _RIGHT),  # BALANCE
            (row.title, None, None, False, _LEFT),  # TITLE
            (  # CIRCLES
                ", ".join(name for name, _ in names),
                circle_dots(tuple(colour for _, colour in names)) if names else None,
                None,
                False,
                _LEFT,
            ),
        )

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
            circles = self._circles or {}
            return ", ".join(circles[c][0] for c in row.circle_ids if c in circles) or None
        return None


_CENTRE = Qt.AlignmentFlag.AlignCenter
_STATUS = int(Column.STATUS)
_HEADER_ALIGN = [_RIGHT if c in (Column.LAST, Column.NEXT, Column.BALANCE) else _LEFT for c in Column]
_ROLES = {DISPLAY, DECORATION, TOOLTIP, FONT, ALIGNMENT, FOREGROUND, ACCESSIBLE, CONTACT_ID, ROW}


@cache
def _target_icon():
    from app.ui.icons import ui_icon

    return ui_icon("star-filled", STATUS_COLOURS["yellow"])
