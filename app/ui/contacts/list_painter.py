"""Paints the contact list's visible rows in one Python call (issue 21: a search keystroke repaints within a frame).

:class:`QTableView` paints cell by cell: for each of the ~150 visible cells it calls the delegate (a Python call that
fills a style option) and the style lays the text out again. Here the view's ``paintEvent`` walks the visible rows
once, reads each row's rendered cells from the model's cache (:meth:`ContactsTableModel.cached_cells` — no
``data()`` round-trip per cell and role) and draws backgrounds, icons and texts with the painter directly. A text
is elided once per (text, width, weight); the first time it is drawn as it is (a search's new rows: laying it out
for later would cost more than drawing it), from the second time on from a kept :class:`QStaticText`, so a repaint
of rows already seen only draws. What it draws is what the style's item delegate draws for these cells (Fusion):
the row's base or alternate colour, the selection's highlight, the icon left of the text, the text elided on the
right, the focus frame on the current cell after keyboard navigation. Right-to-left layouts are painted by
:class:`QTableView`.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QStaticText
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionFocusRect, QStyleOptionViewItem

from app.ui.contacts.contacts_table_model import ContactsTableModel

TEXT_CACHE_LIMIT = 6000  # laid-out texts kept (a screenful is ~150); beyond that the cache starts over
_H_ALIGN = Qt.AlignmentFlag.AlignHorizontal_Mask
_RIGHT, _CENTRE, _LEFT = 2, 1, 0
_HORIZONTAL: dict = {}


def _horizontal(alignment) -> int:
    """2 right, 1 centred, 0 left (a dict look-up: flag arithmetic on enums is a Python call per cell)."""
    found = _HORIZONTAL.get(alignment)
    if found is None:
        flags = alignment & _H_ALIGN
        found = _HORIZONTAL[alignment] = (
            2 if flags & Qt.AlignmentFlag.AlignRight else 1 if flags & Qt.AlignmentFlag.AlignHCenter else 0
        )
    return found


_ELIDE = Qt.TextElideMode.ElideRight


class RowPainter:
    """Draws the visible rows of one :class:`app.ui.contacts.list_view.ContactListView`; keeps the laid-out texts."""

    def __init__(self, view):
        self.view = view
        self._texts: dict[tuple[str, int, bool], list] = {}
        self._pixmaps: dict[int, object] = {}
        self._font_key: tuple | None = None
        self.paints = 0  # how many times the rows were painted here (tests)

    def _fonts(self) -> None:
        font = self.view.font()
        key = (font.key(), self.view.devicePixelRatioF())
        if key != self._font_key:
            self._font_key = key
            self._texts.clear()
            self._pixmaps.clear()
            self.font = QFont(font)
            self.bold = QFont(font)
            self.bold.setBold(True)
            self.metrics = QFontMetrics(self.font)
            self.bold_metrics = QFontMetrics(self.bold)

    def _text(self, text: str, width: int, bold: bool) -> list:
        """[elided text, its width, the laid-out text or None] for ``text`` elided to ``width`` pixels; the layout is
        made the second time the text is asked for."""
        key = (text, width, bold)
        found = self._texts.get(key)
        if found is None:
            metrics = self.bold_metrics if bold else self.metrics
            shown = metrics.elidedText(text, _ELIDE, width)
            found = [shown, metrics.horizontalAdvance(shown), None]
            if len(self._texts) >= TEXT_CACHE_LIMIT:
                self._texts.clear()
            self._texts[key] = found
        elif found[2] is None:
            static = QStaticText(found[0])
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=self.bold if bold else self.font)
            found[2] = static
        return found

    def _pixmap(self, icon, size):
        key = icon.cacheKey()
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = icon.pixmap(size, self.view.devicePixelRatioF())
            if len(self._pixmaps) >= 256:
                self._pixmaps.clear()
            self._pixmaps[key] = pixmap
        return pixmap

    def paint(self, event) -> None:
        view = self.view
        model = view.model()
        viewport = view.viewport()
        self._fonts()
        self.paints += 1
        count = model.rowCount()
        vertical = view.verticalHeader()
        first = vertical.logicalIndexAt(0)
        painter = QPainter(viewport)
        if count == 0 or first < 0:
            painter.end()
            return
        height = vertical.defaultSectionSize()
        area = event.rect()
        last = min(count - 1, first + viewport.height() // max(1, height) + 1)
        header = view.horizontalHeader()
        right = area.right()
        columns = []  # (logical, x, width) of the visible columns, in visual order
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            if header.isSectionHidden(logical):
                continue
            x = header.sectionViewportPosition(logical)
            width = header.sectionSize(logical)
            if x + width > area.left() and x <= right and width > 0:
                columns.append((logical, x, width))
        full_width = max(viewport.width(), header.length() - header.offset())
        group = (
            QPalette.ColorGroup.Disabled
            if not view.isEnabled()
            else QPalette.ColorGroup.Active
            if view.isActiveWindow()
            else QPalette.ColorGroup.Inactive
        )
        palette = view.palette()
        base = palette.brush(group, QPalette.ColorRole.Base)
        alternate = palette.brush(group, QPalette.ColorRole.AlternateBase)
        highlight = palette.brush(group, QPalette.ColorRole.Highlight)
        text_colour = palette.color(group, QPalette.ColorRole.Text)
        highlighted_text = palette.color(group, QPalette.ColorRole.HighlightedText)
        alternating = view.alternatingRowColors()
        selection = view.selectionModel()
        style = view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        icon_size = view.iconSize()
        if not icon_size.isValid() or icon_size.isEmpty():
            side = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, view)
            icon_size = icon_size.__class__(side, side)
        compact_status = model.compact_status
        status_column = model.STATUS_COLUMN
        current = view.currentIndex()
        top = (height - self.metrics.height()) // 2  # where a line of text starts in a row (the same for bold)
        baseline = top + self.metrics.ascent()
        root = view.rootIndex()
        for row in range(first, last + 1):
            y = vertical.sectionViewportPosition(row)
            if y > area.bottom():
                break
            if y + height < area.top():
                continue
            cells = model.cached_cells(row)
            selected = selection is not None and selection.isRowSelected(row, root)
            if selected:
                painter.fillRect(0, y, full_width, height, highlight)
                pen = highlighted_text
            else:
                painter.fillRect(0, y, full_width, height, alternate if alternating and row % 2 else base)
                pen = text_colour
            if cells is None:
                continue
            painter.setPen(pen)
            bold_now = False
            painter.setFont(self.font)
            for logical, x, width in columns:
                text, icon, foreground, bold, alignment = cells[logical]
                if logical == status_column and compact_status:
                    text, alignment = "", Qt.AlignmentFlag.AlignCenter
                left = x + margin
                room = width - 2 * margin
                if icon is not None:
                    pixmap = self._pixmap(icon, icon_size)
                    ratio = pixmap.devicePixelRatio() or 1.0
                    pw, ph = int(pixmap.width() / ratio), int(pixmap.height() / ratio)
                    if not text:
                        painter.drawPixmap(x + (width - pw) // 2, y + (height - ph) // 2, pixmap)
                        continue
                    painter.drawPixmap(left, y + (height - ph) // 2, pixmap)
                    left += icon_size.width() + 2 * margin
                    room -= icon_size.width() + 2 * margin
                if not text or room <= 0:
                    continue
                shown, text_width, static = self._text(text, room, bool(bold))
                if bold != bold_now:
                    painter.setFont(self.bold if bold else self.font)
                    bold_now = bool(bold)
                if foreground is not None and not selected:
                    painter.setPen(foreground)
                horizontal = _horizontal(alignment)
                if horizontal == _RIGHT:
                    left += room - text_width
                elif horizontal == _CENTRE:
                    left += (room - text_width) // 2
                if static is not None:
                    painter.drawStaticText(QPoint(left, y + top), static)
                else:
                    painter.drawText(QPoint(left, y + baseline), shown)
                if foreground is not None and not selected:
                    painter.setPen(pen)
        if current.isValid() and view.hasFocus() and first <= current.row() <= last:
            self._focus_frame(painter, current, palette)
        painter.end()

    def _focus_frame(self, painter: QPainter, current, palette: QPalette) -> None:
        """The focus frame of the current cell, drawn by the style (it draws it after keyboard navigation only)."""
        view = self.view
        option = QStyleOptionFocusRect()
        option.initFrom(view)
        option.rect = QRect(view.visualRect(current))
        option.palette = palette
        option.state |= QStyle.StateFlag.State_HasFocus
        if view.window().testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange):
            option.state |= QStyle.StateFlag.State_KeyboardFocusChange
        selected = view.selectionModel().isRowSelected(current.row(), view.rootIndex())
        option.backgroundColor = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base)
        view.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, view)


class ContactCellDelegate(QStyledItemDelegate):
    """Paints cells from the model's rendered rows: one Python call per cell instead of one per role."""

    def __init__(self, model: ContactsTableModel, parent=None):
        super().__init__(parent)
        self._model = model
        self._has_display = QStyleOptionViewItem.ViewItemFeature.HasDisplay
        self._has_decoration = QStyleOptionViewItem.ViewItemFeature.HasDecoration
        self._text_and_icon = self._has_display | self._has_decoration

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:
        model = self._model
        row = index.row()
        ids = model._result.ids
        entry = model._cache.get(ids[row]) if row < len(ids) else None
        if entry is None:
            entry = model._entry(row)
            if entry is None:
                super().initStyleOption(option, index)
                return
        column = index.column()
        text, icon, foreground, bold, alignment = entry[1][column]
        if (
            column == ContactsTableModel.STATUS_COLUMN and model.compact_status
        ):  # the dot alone; its word is in the tooltip
            text, alignment = "", Qt.AlignmentFlag.AlignCenter
        option.index = index
        option.displayAlignment = alignment
        if text:
            option.text = text
            option.features = option.features | (self._text_and_icon if icon is not None else self._has_display)
        elif icon is not None:
            option.features = option.features | self._has_decoration
        if icon is not None:
            option.icon = icon
        if foreground is not None:
            palette = option.palette
            palette.setColor(QPalette.ColorRole.Text, foreground)
            option.palette = palette
        if bold:
            font = QFont(option.font)
            font.setBold(True)
            option.font = font
