"""The pitch list: one row per pitch, with its target, audience and how often it was rehearsed."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.core.pitches.queries import PitchRow, pitch_rows

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 2


class PitchListModel(QAbstractListModel):
    """Rows are loaded all at once: people keep a handful of pitches, not thousands."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[PitchRow] = []

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = pitch_rows()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def row_for_id(self, pitch_id: int) -> int:
        for number, row in enumerate(self._rows):
            if row.id == pitch_id:
                return number
        return -1

    def pitch_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def subtitle(self, row: PitchRow) -> str:
        parts = [self.tr("{n} s").format(n=row.target_seconds)]
        if row.audience:
            parts.append(row.audience)
        parts.append(self.tr("%Ln word(s)", "", row.words))
        if row.runs:
            parts.append(self.tr("{n}× rehearsed").format(n=row.runs))
        return " · ".join(parts)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row.title
        if role == SUBTITLE_ROLE:
            return self.subtitle(row)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            over = row.estimate - row.target_seconds
            timing = (
                self.tr("about {e:.0f} s — {o:.0f} s over the target").format(e=row.estimate, o=over)
                if over >= 0.5
                else self.tr("about {e:.0f} s").format(e=row.estimate)
            )
            return f"{row.title}\n{self.subtitle(row)}\n{timing}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.title}, {self.subtitle(row)}"
        return None


class PitchItemDelegate(QStyledItemDelegate):
    """Two lines: the title in bold, then target · audience · words · rehearsals in a quieter colour."""

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        height = option.fontMetrics.height()
        return QSize(200, height * 2 + 20)

    def paint(self, painter, option: QStyleOptionViewItem, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = option.rect.adjusted(12, 8, -8, -8)
        line = option.fontMetrics.height()
        painter.save()
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(text_role))
        title = painter.fontMetrics().elidedText(index.data() or "", Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), Qt.AlignmentFlag.AlignLeft, title)
        painter.setFont(option.font)
        if not selected:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        sub = painter.fontMetrics().elidedText(
            index.data(SUBTITLE_ROLE) or "", Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(QRect(rect.left(), rect.top() + line + 4, rect.width(), line), Qt.AlignmentFlag.AlignLeft, sub)
        painter.restore()
