"""One lane of the board: the opportunities at one stage, as a list model that drags and drops.

A card dragged out of a lane carries the ids of the selected opportunities (:data:`MIME`, JSON); a lane that
receives them emits ``dropped(ids, stage)`` and the page moves them (an undoable command, each move logged with its
day). The lane never changes its own rows on a drop: it shows what the database says once the page refreshes.
"""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal

from app.core.opportunities.queries import OpportunityRow
from app.ui.i18n import in_sentence
from app.ui.opportunities.presentation import days_text, role_text, source_text, stage_text, tr, when_text

MIME = "application/x-rapport-opportunities"
RowRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2


def ids_of(data: QMimeData | None) -> list[int]:
    """The opportunity ids a drag carries ([] for anything else)."""
    if data is None or not data.hasFormat(MIME):
        return []
    try:
        ids = json.loads(bytes(data.data(MIME)).decode("utf-8"))
    except ValueError:
        return []
    return [i for i in ids if isinstance(i, int) and not isinstance(i, bool)] if isinstance(ids, list) else []


def mime_for(ids: list[int]) -> QMimeData:
    data = QMimeData()
    data.setData(MIME, json.dumps(list(dict.fromkeys(ids))).encode("utf-8"))
    return data


def card_summary(row: OpportunityRow, today: dt.date) -> str:
    """The card in words (tooltip, accessible text)."""
    parts = [
        tr("{role} at {company}").format(role=row.role, company=row.company),
        tr("{stage} for {days}").format(stage=stage_text(row.stage), days=days_text(row.days_in_stage(today))),
        source_text(row.source),
    ]
    if row.next_interview is not None:
        parts.append(tr("interview {when}").format(when=when_text(row.next_interview, today)))
    if row.people:
        parts.append(", ".join(f"{p.name} ({in_sentence(role_text(p.role))})" for p in row.people))
    return " · ".join(parts)


class LaneModel(QAbstractListModel):
    """The cards of one stage, in the order given."""

    dropped = Signal(list, str)

    def __init__(self, stage: str, today, parent=None):
        super().__init__(parent)
        self.stage = stage
        self._today = today  # a callable giving today (the page's clock)
        self._rows: list[OpportunityRow] = []

    def set_rows(self, rows: list[OpportunityRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[OpportunityRow]:
        return list(self._rows)

    def row_of(self, opportunity_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == opportunity_id), -1)

    # --- QAbstractItemModel ---------------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return tr("{role} — {company}").format(role=row.role, company=row.company)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return card_summary(row, self._today())
        if role == RowRole:
            return row
        if role == IdRole:
            return row.id
        return None

    def flags(self, index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:
        ids = [self._rows[i.row()].id for i in sorted(indexes, key=lambda i: i.row()) if i.isValid()]
        return mime_for(ids)

    def _incoming(self, data: QMimeData | None) -> list[int]:
        mine = {r.id for r in self._rows}
        return [i for i in ids_of(data) if i not in mine]

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return action in (Qt.DropAction.MoveAction, Qt.DropAction.CopyAction) and bool(self._incoming(data))

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        """A drop anywhere on the lane moves the cards to its stage (the page does it; rows are not inserted here)."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        ids = self._incoming(data)
        if not ids or action not in (Qt.DropAction.MoveAction, Qt.DropAction.CopyAction):
            return False
        self.dropped.emit(ids, self.stage)
        # Accepted; the lane the cards came from removes nothing (no removeRows): the page refreshes both.
        return True
