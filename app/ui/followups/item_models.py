"""Qt item models over follow-ups: a grouped tree (Today, the agenda) and a flat list (a calendar day).

They hold :class:`app.core.followups.service.AgendaItem` values the page loaded (a day, a week, the open agenda) and
answer the views from memory; the page reloads them when the data changes. Rows carry the item in
:data:`ITEM_ROLE`, so delegates and actions never query the database while painting.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from app.core.followups.service import AgendaItem
from app.ui.followups.kinds import kind_label
from app.ui.i18n import tr
from app.ui.widgets.text import full_date, relative_day

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
IS_GROUP_ROLE = Qt.ItemDataRole.UserRole + 3
COUNT_ROLE = Qt.ItemDataRole.UserRole + 4
TODAY_ROLE = Qt.ItemDataRole.UserRole + 5

_ROOT = QModelIndex()
_GROUP = 0  # internal id of group rows; item rows carry their group's row + 1


def item_data(item: AgendaItem, role: int, today: dt.date):
    """What a follow-up row answers for ``role`` (shared by both models)."""
    if role == Qt.ItemDataRole.DisplayRole:
        return item.title
    if role == ITEM_ROLE:
        return item
    if role == ID_ROLE:
        return item.id
    if role == TODAY_ROLE:
        return today
    if role == Qt.ItemDataRole.ToolTipRole:
        lines = [item.title]
        if item.contact_name and item.contact_name not in item.title:
            lines.append(item.contact_name)
        lines.append(f"{kind_label(item.kind)} · {full_date(item.due)}")
        if item.snoozed_until and item.original_due and item.original_due != item.due:
            lines.append(tr("Moved from {day}").format(day=full_date(item.original_due)))
        if item.notes:
            lines.append(item.notes)
        return "\n".join(lines)
    if role == Qt.ItemDataRole.AccessibleTextRole:
        what = f"{item.title}, {item.contact_name}" if item.contact_name else item.title
        day = relative_day(item.due, today)
        if item.overdue:
            return tr("{what}, overdue, due {day}").format(what=what, day=day)
        if item.status == "done":
            return tr("{what}, done, due {day}").format(what=what, day=day)
        return tr("{what}, due {day}").format(what=what, day=day)
    return None


class AgendaTreeModel(QAbstractItemModel):
    """Follow-ups in titled groups ("Overdue", "Today"…); one column."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._groups: list[tuple[str, list[AgendaItem]]] = []
        self._today = dt.date.today()

    # --- loading ---------------------------------------------------------------------------------------------------
    def set_groups(self, groups: list[tuple[str, list[AgendaItem]]], today: dt.date) -> None:
        """Replace the content; empty groups are dropped."""
        self.beginResetModel()
        self._groups = [(title, list(items)) for title, items in groups if items]
        self._today = today
        self.endResetModel()

    def groups(self) -> list[tuple[str, list[AgendaItem]]]:
        return list(self._groups)

    def items(self) -> list[AgendaItem]:
        return [item for _, items in self._groups for item in items]

    def group_count(self, row: int) -> int:
        """How many follow-ups group ``row`` holds (its header shows it; a model loading in blocks knows more)."""
        return len(self._groups[row][1])

    def index_of(self, followup_id: int) -> QModelIndex:
        for g, (_, items) in enumerate(self._groups):
            for row, item in enumerate(items):
                if item.id == followup_id:
                    return self.index(row, 0, self.index(g, 0))
        return QModelIndex()

    # --- QAbstractItemModel ----------------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _GROUP) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != _GROUP or parent.row() >= len(self._groups):
            return QModelIndex()
        if row >= len(self._groups[parent.row()][1]):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: QModelIndex | QPersistentModelIndex = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.column() != 0 or parent.internalId() != _GROUP:
            return 0
        return len(self._groups[parent.row()][1]) if parent.row() < len(self._groups) else 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 1

    def item_at(self, index: QModelIndex | QPersistentModelIndex) -> AgendaItem | None:
        if not index.isValid() or index.internalId() == _GROUP:
            return None
        return self._groups[index.internalId() - 1][1][index.row()]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            title = self._groups[index.row()][0]
            if role == Qt.ItemDataRole.DisplayRole:
                return title
            if role == IS_GROUP_ROLE:
                return True
            if role == COUNT_ROLE:
                return self.group_count(index.row())
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("{title}, %Ln item(s)", "", self.group_count(index.row())).format(title=title)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == IS_GROUP_ROLE:
            return False
        item = self.item_at(index)
        return None if item is None else item_data(item, role, self._today)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _GROUP:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and section == 0 and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Follow-up")
        return None


class FollowUpListModel(QAbstractListModel):
    """A flat list of follow-ups (the items of one calendar day)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._items: list[AgendaItem] = []
        self._today = dt.date.today()

    def set_items(self, items: list[AgendaItem], today: dt.date) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._today = today
        self.endResetModel()

    def items(self) -> list[AgendaItem]:
        return list(self._items)

    def index_of(self, followup_id: int) -> QModelIndex:
        for row, item in enumerate(self._items):
            if item.id == followup_id:
                return self.index(row, 0)
        return QModelIndex()

    def item_at(self, index: QModelIndex | QPersistentModelIndex) -> AgendaItem | None:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        return self._items[index.row()]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        item = self.item_at(index)
        if item is None:
            return None
        if role == IS_GROUP_ROLE:
            return False
        return item_data(item, role, self._today)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
