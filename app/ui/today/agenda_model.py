"""Today's follow-ups, read a block at a time (issue 21): the first rows before the window paints, more as the list
scrolls to its end (Qt's ``canFetchMore``/``fetchMore``), each group's header counting all of its rows from the
start. With thousands of overdue follow-ups the page no longer reads, titles and lays out every one of them for the
fifteen a screen shows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtGui import QGuiApplication

from app.core.followups.agenda_window import AgendaCounts
from app.core.followups.service import AgendaItem
from app.ui.followups.item_models import AgendaTreeModel

BLOCK = 120  # rows per read: more than the tallest screen shows
MIN_ROW_PX = 20  # a follow-up's row is two lines of text and padding: never shorter than this
_ROOT = QModelIndex()


def rows_to_fill_a_screen() -> int:
    """How many rows the tallest screen can show at most: the first read need not be more (the rest of a block is
    read when the list is scrolled), ~50 on a 1080-pixel screen rather than 120 before the first paint (issue 21)."""
    app = QGuiApplication.instance()
    heights = [screen.availableGeometry().height() for screen in QGuiApplication.screens()] if app else []
    tallest = max(heights, default=0)
    return -(-tallest // MIN_ROW_PX) if tallest > 0 else BLOCK


class TodayAgendaModel(AgendaTreeModel):
    """The groups Overdue, Today and Next days, filled in the agenda's order as far as has been read.

    ``read(offset, limit)`` returns the agenda's rows from ``offset``. Only the last group can fetch more (the view
    asks when it is scrolled to the end); a block that reaches the next group's rows appends that group. While
    :meth:`holding`, nothing is fetched."""

    def __init__(self, read: Callable[[int, int], list[AgendaItem]], parent: QObject | None = None):
        super().__init__(parent)
        self._read = read
        self._titles: tuple[str, str, str] = ("", "", "")
        self._totals: list[int] = [0, 0, 0]
        self._kinds: list[int] = []  # which of the three groups each shown group is (0 overdue, 1 today, 2 later)
        self._loaded = 0
        self.fetch_held = False
        self.first_rows = BLOCK  # the first read's size, at most a block (TodayPage: what its screens can show)

    # --- loading ---------------------------------------------------------------------------------------------------
    def load(self, counts: AgendaCounts, titles: tuple[str, str, str], today: dt.date, at_least: int = 0) -> None:
        """Start again from the first row: read ``max(first_rows, at_least)`` rows (so that what was shown stays),
        ``first_rows`` no more than a block."""
        self.beginResetModel()
        self._titles = titles
        self._totals = [counts.overdue, counts.today, counts.later]
        self._today = today
        self._groups, self._kinds, self._loaded = [], [], 0
        self._place(self._read(0, max(min(BLOCK, self.first_rows), at_least)))
        self.endResetModel()

    @contextmanager
    def holding(self) -> Iterator[None]:
        """Fetch nothing meanwhile (the page loading, expanding its groups or showing the list: a view not yet laid
        out sits at the end of its empty scroll range and would ask for the next block at once)."""
        before, self.fetch_held = self.fetch_held, True
        try:
            yield
        finally:
            self.fetch_held = before

    def total(self) -> int:
        """Every row of the agenda, read or not."""
        return sum(self._totals)

    def loaded(self) -> int:
        return self._loaded

    def _group_of(self, item: AgendaItem) -> int:
        return 0 if item.due < self._today else 1 if item.due == self._today else 2

    def _place(self, items: list[AgendaItem]) -> None:
        """Append ``items`` (the next rows in the agenda's order) to their groups, each made as its first row comes."""
        for item in items:
            kind = self._group_of(item)
            if not self._kinds or self._kinds[-1] != kind:
                self._kinds.append(kind)
                self._groups.append((self._titles[kind], []))
            self._groups[-1][1].append(item)
        self._loaded += len(items)

    def group_count(self, row: int) -> int:
        return self._totals[self._kinds[row]] if row < len(self._kinds) else 0

    # --- fetching more ---------------------------------------------------------------------------------------------
    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> bool:
        if self.fetch_held or self._loaded >= self.total():
            return False
        # the last group only: the root's "fetch while the last row is on screen" would read everything at once
        return parent.isValid() and self.item_at(parent) is None and parent.row() == len(self._groups) - 1

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> None:
        if self.fetch_held or self._loaded >= self.total():
            return
        items = self._read(self._loaded, BLOCK)
        if not items:  # the data changed under us: the page reloads on the change's signal
            self._totals = [0, 0, 0]
            return
        before = len(self._groups)
        new_groups = len({self._group_of(i) for i in items} - set(self._kinds[-1:]))
        # rows added to the last group, then the new groups (each with its rows) at the root
        first_new = [i for i in items if self._group_of(i) == self._kinds[-1]] if self._kinds else []
        if first_new:
            group = self.index(before - 1, 0)
            start = len(self._groups[before - 1][1])
            self.beginInsertRows(group, start, start + len(first_new) - 1)
            self._place(first_new)
            self.endInsertRows()
        rest = items[len(first_new) :]
        if rest:
            self.beginInsertRows(_ROOT, len(self._groups), len(self._groups) + new_groups - 1)
            self._place(rest)
            self.endInsertRows()
