"""The sidebar page switcher (objectName ``navigation``): icon + label per page, a count badge on Today."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.ui.contrast import high_contrast_on

BADGE_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_NAME_ROLE = Qt.ItemDataRole.UserRole + 2


class _BadgeDelegate(QStyledItemDelegate):
    """Draws the item as usual, plus a rounded count on the right when the badge is non-zero."""

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 32, max(size.height(), 36))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        super().paint(painter, option, index)
        count = index.data(BADGE_ROLE) or 0
        if not count:
            return
        text = str(count) if count < 100 else "99+"
        painter.save()
        font = QFont(option.font)
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 0.85)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        width = max(metrics.horizontalAdvance(text) + 12, 22)
        height = metrics.height() + 4
        rect = QRect(option.rect.right() - width - 8, option.rect.center().y() - height // 2, width, height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        fill, ink = QColor("#d64545"), QColor("#ffffff")
        if high_contrast_on():  # white on red is 4:1: the palette's focus colours instead (at least 7:1)
            fill = option.palette.color(QPalette.ColorRole.Highlight)
            ink = option.palette.color(QPalette.ColorRole.HighlightedText)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(ink)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


class Navigation(QListWidget):
    """One row per page; selecting a row switches the page stack (wired by the main window)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setAccessibleName(self.tr("Pages"))
        self.setAccessibleDescription(self.tr("Switch between Today, Contacts, Pitches, Calendar and Insights"))
        self.setItemDelegate(_BadgeDelegate(self))
        self.setIconSize(QSize(20, 20))
        self.setSpacing(2)
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedWidth(180)
        # The sidebar takes the window colour, not the white of a list.
        # The viewport is found by type and name: `viewport()` hands Python a widget made in C++, and the first such
        # widget makes PySide6 create every QWidget class of QtWidgets to find its type (~10 ms before the first
        # paint, issue 21); `viewport()` only where Qt names it otherwise.
        viewport = self.findChild(QWidget, "qt_scrollarea_viewport") or self.viewport()
        viewport.setAutoFillBackground(False)
        self.setAutoFillBackground(False)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
        self.setPalette(palette)

    def add_page(self, name: str, label: str, icon, shortcut: str) -> QListWidgetItem:
        item = QListWidgetItem(icon, label)
        item.setData(PAGE_NAME_ROLE, name)
        item.setToolTip(f"{label} ({shortcut})")
        item.setSizeHint(QSize(170, 38))
        self.addItem(item)
        return item

    def set_badge(self, row: int, count: int, tooltip: str = "") -> None:
        item = self.item(row)
        if item is None:
            return
        item.setData(BADGE_ROLE, count)
        label = item.text()
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{label}, {count}" if count else label)
        if tooltip:
            item.setToolTip(tooltip)

    def page_names(self) -> list[str]:
        return [self.item(row).data(PAGE_NAME_ROLE) for row in range(self.count())]
