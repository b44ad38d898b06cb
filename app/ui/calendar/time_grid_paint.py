"""Painting the week and day views (:class:`app.ui.calendar.time_grid.TimeGridView`): the hour grid with the timed
blocks and the line of now, the day names over the all-day strip, and the ghost of a dragged item where it will land.
A mixin of the view, so it paints with the view's own geometry (``column_rect``, ``y_for``…)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QPen

from app.ui.calendar.chips import more_text, paint_block, paint_line
from app.ui.followups.kinds import blend, secondary_text
from app.ui.widgets.text import day_month, weekday_name

PAD = 4
SNAP = 15  # minutes


class TimeGridPainting:
    """``paintEvent`` of the time grid."""

    def paintEvent(self, event) -> None:
        painter = QPainter(self.viewport())
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        quiet = secondary_text(palette)
        grid = blend(text, base, 0.14)
        faint = blend(text, base, 0.06)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        metrics = QFontMetrics(self.font())
        width, height = self.viewport().width(), self.viewport().height()
        top = self.grid_top()
        ratio = self.devicePixelRatioF()

        # the hour grid (clipped under the strip)
        painter.save()
        painter.setClipRect(QRect(0, top, width, height - top))
        for index in range(self.days):
            day = self._day(index)
            column = self.column_rect(index)
            if day == self.selected and self.days > 1:
                painter.fillRect(QRect(column.left(), top, column.width(), height - top), blend(highlight, base, 0.06))
            elif day.weekday() >= 5:
                painter.fillRect(QRect(column.left(), top, column.width(), height - top), blend(text, base, 0.025))
        axis = self.axis_width()
        for hour in range(25):
            y = self.y_for(hour * 60)
            if y < top - metrics.height() or y > height + metrics.height():
                continue
            painter.setPen(QPen(grid, 1))
            painter.drawLine(axis - 4, y, width, y)
            painter.setPen(QPen(faint, 1, Qt.PenStyle.DotLine))
            half = self.y_for(hour * 60 + 30)
            painter.drawLine(axis, half, width, half)
            if 0 < hour < 24:
                painter.setPen(quiet)
                painter.drawText(
                    QRect(0, y - metrics.height() // 2, axis - 8, metrics.height()),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    f"{hour:02d}:00",
                )
        painter.setPen(QPen(grid, 1))
        for index in range(self.days):
            column = self.column_rect(index)
            painter.drawLine(column.left(), top, column.left(), height)
        for index in range(self.days):
            day = self._day(index)
            for chip, lane, count in self._timed.get(day, []):
                rect = self._block_rect(day, chip, lane, count)
                dragged = self._dragging and self._press is not None and self._press[0].key == chip.key
                painter.setOpacity(0.35 if dragged else 1.0)
                paint_block(painter, chip, rect, palette, self.font(), ratio=ratio)
                painter.setOpacity(1.0)
            if day == self.today:
                y = self.y_for(self.now.hour * 60 + self.now.minute)
                column = self.column_rect(index)
                painter.setPen(QPen(highlight, 2))
                painter.drawLine(column.left() + 1, y, column.right() - 1, y)
                painter.setBrush(highlight)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.drawEllipse(QPoint(column.left() + 3, y), 3, 3)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.restore()

        # day names and the all-day strip
        header = self.header_height()
        painter.fillRect(QRect(0, 0, width, top), palette.color(QPalette.ColorRole.Window))
        painter.fillRect(QRect(axis, header, width - axis, top - header), base)
        bold = QFont(self.font())
        bold.setBold(True)
        for index in range(self.days):
            day = self._day(index)
            column = self.column_rect(index)
            label = f"{weekday_name(day, short=True)} {day.day}"
            if self.days == 1:
                label = f"{weekday_name(day)} {day_month(day)}"
            painter.setFont(bold if day == self.today else self.font())
            painter.setPen(highlight if day == self.today else (text if day == self.selected else quiet))
            painter.drawText(QRect(column.left(), 0, column.width(), header), Qt.AlignmentFlag.AlignCenter, label)
            if day == self.selected and self.days > 1:
                painter.fillRect(QRect(column.left() + 8, header - 3, column.width() - 16, 2), highlight)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(column.left(), header, column.left(), top)
            placed, more, hidden = self._all_day_layout(day)
            painter.setFont(self.font())
            for chip, rect in placed:
                dragged = self._dragging and self._press is not None and self._press[0].key == chip.key
                painter.setOpacity(0.35 if dragged else 1.0)
                paint_line(painter, chip, rect, palette, self.font(), ratio=ratio)
                painter.setOpacity(1.0)
            if more is not None:
                painter.setPen(quiet)
                painter.drawText(
                    more.adjusted(6, 0, 0, 0),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    more_text(hidden, placed=bool(placed)),
                )
        painter.setPen(quiet)
        painter.drawText(
            QRect(0, header, axis - 6, self.chip_height() + 2 * PAD),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            QCoreApplication.translate("TimeGridView", "all day"),  # a mixin: self.tr would file it elsewhere
        )
        painter.setPen(QPen(grid, 1))
        painter.drawLine(0, header, width, header)
        painter.drawLine(0, top - 1, width, top - 1)

        # where a dragged item will land
        if self._dragging and self._press is not None and self._target is not None:
            self._paint_target(painter, palette, highlight, ratio)
        if self.hasFocus() and self._shown(self.selected) and self.days > 1:
            column = self.rect_for(self.selected)
            painter.setPen(QPen(highlight, 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRect(column.left() + 2, 2, column.width() - 5, header - 5))
        painter.end()

    def _paint_target(self, painter: QPainter, palette: QPalette, highlight, ratio: float) -> None:
        chip = self._press[0]
        day, time = self._target
        column = self.rect_for(day)
        painter.setOpacity(0.85)
        if time is None:
            rect = QRect(column.left() + 2, self.header_height() + PAD, column.width() - 5, self.chip_height())
            paint_line(painter, chip, rect, palette, self.font(), ratio=ratio)
        else:
            minute = time.hour * 60 + time.minute
            top, bottom = self.y_for(minute), self.y_for(minute + max(chip.minutes, SNAP))
            rect = QRect(column.left() + 2, top + 1, column.width() - 6, max(self.chip_height(), bottom - top - 2))
            painter.save()
            painter.setClipRect(QRect(0, self.grid_top(), self.viewport().width(), self.viewport().height()))
            moved = dataclasses.replace(chip, time=time)
            paint_block(painter, moved, rect, palette, self.font(), ratio=ratio)
            painter.restore()
        painter.setOpacity(1.0)
        painter.setPen(QPen(highlight, 2, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(-1, -1, 1, 1))
