"""The rows of the import preview: line, name, company, email, what will happen and why."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.core.formats.importers import RowOutcome
from app.ui.contrast import StatusColours

ACTION_TEXT = {"create": "New", "merge": "Merge", "skip": "Skip"}
ACTION_ROLE = Qt.ItemDataRole.UserRole + 1  # "create" / "merge" / "skip", for filtering
ACTION_COLOUR = StatusColours(create=QColor("#2e8b57"), skip=QColor("#c0392b"))  # status colours only


class ImportPreviewModel(QAbstractTableModel):
    """Read-only table over a list of :class:`RowOutcome` (the first rows of a dry run)."""

    COLUMNS = ("Line", "Action", "Name", "Company", "Email", "Details")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[RowOutcome] = []

    def set_rows(self, rows: list[RowOutcome]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def outcome(self, row: int) -> RowOutcome:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.COLUMNS):
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        outcome = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (
                str(outcome.line),
                self.tr(ACTION_TEXT.get(outcome.action, outcome.action)),
                outcome.name or "—",
                outcome.company,
                outcome.email,
                outcome.detail,
            )
            if role == Qt.ItemDataRole.ToolTipRole:
                return (outcome.detail or None) if column in (1, 5) else None
            return values[column]
        if role == ACTION_ROLE:
            return outcome.action
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return ACTION_COLOUR.get(outcome.action)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
