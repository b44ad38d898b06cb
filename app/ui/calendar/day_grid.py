"""A painted grid of days with chips: the month view (6 weeks; the week and day views with their hour axis are
:mod:`app.ui.calendar.time_grid`).

Painted rather than built from widgets so that a month with thousands of follow-ups repaints in a few
milliseconds: the page hands over the chips per day once (:meth:`DayGridView.set_chips`), and painting only
draws what fits — up to three chips a day — plus "+N more". A chip shows the kind's icon, a meeting's time, the
name (shortened only when it does not fit; the tooltip has it all) and a repeat mark (:mod:`app.ui.calendar.chips`).

Mouse: click a day to select it, click a chip to select it in the day's list, drag a chip to another day to
reschedule it (a meeting keeps its time; Esc cancels). Keyboard: arrows move a day / a week, Page Up / Page Down a
month, Home goes to today, Enter opens the day's list. Today is outlined; the selected day is tinted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip, QWidget

from app.ui.calendar.chips import Chip, line_layout, more_text, paint_line
from app.ui.followups.kinds import blend, secondary_text
from app.ui.widgets.text import full_date, short_day

__all__ = ["Chip", "DayGridView", "month_grid_start"]

MONTH_CHIPS = 3
PAD = 4


class DayGridView(QWidget):
    date_selected = Signal(object)  # dt.date
    date_activated = Signal(object)  # Enter or double-click on a day
    chip_clicked = Signal(object, object)  # Chip, its day
    chip_activated = Signal(object)  # double-click on a chip: the Chip
    chip_dropped = Signal(object, object)  # Chip, the day it was dropped on
    navigate_requested = Signal(object)  # a day outside the shown range was selected: the page moves there

    def __init__(self, weeks: int = 6, parent: QWidget | None = None):
        super().__init__(parent)
        self.weeks = weeks
        self.max_chips = MONTH_CHIPS if weeks > 1 else 999
        self.first_day = dt.date.today() - dt.timedelta(days=dt.date.today().weekday())
        self.month: int | None = None  # days of other months are dimmed in the month view
        self.today = dt.date.today()
        self.selected = self.today
        self._chips: dict[dt.date, list[Chip]] = {}
        # Tooltips are made when asked for (a month may hold thousands of chips): chip -> text.
        self.tooltip_provider: Callable[[Chip], str] | None = None
        self._press: tuple[Chip, dt.date, QPoint] | None = None
        self._dragging = False
        self._drop_day: dt.date | None = None
        self._drag_pos = QPoint()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)

    # --- data ------------------------------------------------------------------------------------------------------
    @property
    def last_day(self) -> dt.date:
        return self.first_day + dt.timedelta(days=7 * self.weeks - 1)

    def set_range(self, first_day: dt.date, month: int | None, today: dt.date) -> None:
        self.first_day = first_day
        self.month = month
        self.today = today
        if not self.first_day <= self.selected <= self.last_day:
            self.selected = first_day if month is None else first_day.replace(day=1)
            if month is not None:
                self.selected = next(
                    (
                        first_day + dt.timedelta(days=i)
                        for i in range(42)
                        if (first_day + dt.timedelta(days=i)).month == month
                    ),
                    first_day,
                )
        self._update_accessible()
        self.update()

    def set_chips(self, chips: dict[dt.date, list[Chip]]) -> None:
        self._chips = chips
        self._update_accessible()
        self.update()

    def chips_on(self, day: dt.date) -> list[Chip]:
        return self._chips.get(day, [])

    def chips_on_days(self) -> list[dt.date]:
        """The shown days that have chips, in order."""
        return sorted(day for day, chips in self._chips.items() if chips and self.first_day <= day <= self.last_day)

    def set_selected_date(self, day: dt.date, *, emit: bool = True) -> None:
        """Select ``day``; a day outside the shown month (or week) asks the page to move there."""
        outside = not self.first_day <= day <= self.last_day
        if self.month is not None and day.month != self.month:
            outside = True
        if outside and emit:
            self.selected = day
            self.navigate_requested.emit(day)  # the page shows that month and lists the day
            return
        if day != self.selected:
            self.selected = day
            self._update_accessible()
            self.update()
        if emit:
            self.date_selected.emit(day)

    def _update_accessible(self) -> None:
        count = len(self._chips.get(self.selected, []))
        text = self.tr("{day}: %Ln follow-up(s)", "", count).format(day=full_date(self.selected))
        self.setAccessibleDescription(text)

    # --- geometry ----------------------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(760, 560 if self.weeks > 1 else 360)

    def minimumSizeHint(self) -> QSize:
        return QSize(260, 240 if self.weeks > 1 else 160)

    def _header_height(self) -> int:
        return QFontMetrics(self.font()).height() + 2 * PAD + 4

    @property
    def detailed(self) -> bool:
        """The week view has room for two-line chips (name, then what to do)."""
        return self.weeks == 1

    def _chip_height(self) -> int:
        line = QFontMetrics(self.font()).height()
        return 2 * line + 8 if self.detailed else line + 6

    def cell_rect(self, index: int) -> QRect:
        top = self._header_height()
        width = self.width() / 7
        height = (self.height() - top) / self.weeks
        row, col = divmod(index, 7)
        x0, x1 = round(col * width), round((col + 1) * width)
        y0, y1 = round(top + row * height), round(top + (row + 1) * height)
        return QRect(x0, y0, x1 - x0, y1 - y0)

    def rect_for(self, day: dt.date) -> QRect:
        return self.cell_rect((day - self.first_day).days)

    def date_at(self, pos: QPoint) -> dt.date | None:
        top = self._header_height()
        if pos.y() < top or pos.x() < 0 or pos.x() >= self.width() or pos.y() >= self.height():
            return None
        col = min(6, int(pos.x() / (self.width() / 7)))
        row = min(self.weeks - 1, int((pos.y() - top) / ((self.height() - top) / self.weeks)))
        return self.first_day + dt.timedelta(days=row * 7 + col)

    def _layout(self, day: dt.date) -> tuple[list[tuple[Chip, QRect]], QRect | None, int]:
        """Where the chips of ``day`` go: (chip, rect) pairs, the "+N more" rect, and N."""
        cell = self.rect_for(day)
        chips = self._chips.get(day, [])
        line = QFontMetrics(self.font()).height()
        chip_h = self._chip_height()
        y = cell.top() + PAD + (0 if self.detailed else line + PAD)
        space = cell.bottom() - PAD - y
        fits = max(0, (space + 2) // (chip_h + 2))
        shown = min(len(chips), fits, self.max_chips)
        if shown < len(chips):
            shown = max(0, min(shown, fits - 1, self.max_chips))
        placed = []
        for i in range(shown):
            placed.append((chips[i], QRect(cell.left() + PAD, y + i * (chip_h + 2), cell.width() - 2 * PAD, chip_h)))
        more_rect = None
        hidden = len(chips) - shown
        if hidden > 0:
            more_rect = QRect(cell.left() + PAD, y + shown * (chip_h + 2), cell.width() - 2 * PAD, chip_h)
        return placed, more_rect, hidden

    def chip_at(self, pos: QPoint) -> tuple[Chip, dt.date] | None:
        day = self.date_at(pos)
        if day is None:
            return None
        for chip, rect in self._layout(day)[0]:
            if rect.contains(pos):
                return chip, day
        return None

    def chip_rect(self, key: int | tuple[str, int]) -> QRect | None:
        """Where the chip with ``key`` (a follow-up's id, or a :attr:`Chip.key`) is drawn; None if not shown."""
        key = ("followup", key) if isinstance(key, int) else key
        for day, chips in self._chips.items():
            if self.first_day <= day <= self.last_day and any(c.key == key for c in chips):
                for chip, rect in self._layout(day)[0]:
                    if chip.key == key:
                        return rect
        return None

    def shown_label(self, key: int | tuple[str, int]) -> str | None:
        """The name as the chip with ``key`` draws it (shortened only when it does not fit), or None if not shown."""
        rect = self.chip_rect(key)
        key = ("followup", key) if isinstance(key, int) else key
        chip = next((c for chips in self._chips.values() for c in chips if c.key == key), None)
        if rect is None or chip is None:
            return None
        return line_layout(chip, rect, QFontMetrics(self.font())).label

    # --- painting ----------------------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        quiet = secondary_text(palette)
        grid = blend(text, base, 0.14)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        metrics = QFontMetrics(self.font())
        bold = QFont(self.font())
        bold.setBold(True)

        header = QRect(0, 0, self.width(), self._header_height())
        painter.fillRect(header, palette.color(QPalette.ColorRole.Window))
        painter.setPen(quiet)
        for col in range(7):
            name = QLocale().standaloneDayName(col + 1, QLocale.FormatType.ShortFormat)  # Mon, lun., Mo
            rect = self.cell_rect(col)
            rect = QRect(rect.left(), 0, rect.width(), header.height())
            label = name
            if self.weeks == 1:
                day = self.first_day + dt.timedelta(days=col)
                label = f"{name} {day.day}"
                painter.setFont(bold if day == self.today else self.font())
                painter.setPen(highlight if day == self.today else quiet)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
        painter.setFont(self.font())

        for index in range(7 * self.weeks):
            day = self.first_day + dt.timedelta(days=index)
            cell = self.cell_rect(index)
            if not cell.intersects(event.rect()):
                continue
            other_month = self.month is not None and day.month != self.month
            if day == self.selected:
                painter.fillRect(cell, blend(highlight, base, 0.12))
            elif other_month:
                painter.fillRect(cell, blend(text, base, 0.035))
            painter.setPen(QPen(grid, 1))
            painter.drawLine(cell.topRight(), cell.bottomRight())
            painter.drawLine(cell.bottomLeft(), cell.bottomRight())
            if self._dragging and day == self._drop_day:
                painter.setPen(QPen(highlight, 2, Qt.PenStyle.DashLine))
                painter.drawRect(cell.adjusted(2, 2, -2, -2))
            # day number
            if self.weeks > 1:
                number = str(day.day) if day.day != 1 else short_day(day)
                number_rect = QRect(cell.left() + PAD, cell.top() + PAD, cell.width() - 2 * PAD, metrics.height())
                if day == self.today:
                    width = metrics.horizontalAdvance(number) + 10
                    badge = QRectF(number_rect.left() - 2, number_rect.top() - 1, width, metrics.height() + 2)
                    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(highlight)
                    painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
                    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
                    painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
                    painter.setFont(bold)
                    painter.drawText(badge.toRect(), Qt.AlignmentFlag.AlignCenter, number)
                    painter.setFont(self.font())
                else:
                    painter.setPen(quiet if other_month else text)
                    painter.drawText(number_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, number)
            if day == self.today:
                painter.setPen(QPen(highlight, 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(cell.adjusted(1, 1, -2, -2))
            self._paint_chips(painter, day, palette, metrics, quiet)
        if self.hasFocus():
            cell = self.rect_for(self.selected) if self.first_day <= self.selected <= self.last_day else None
            if cell is not None:
                painter.setPen(QPen(highlight, 1, Qt.PenStyle.DotLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(cell.adjusted(3, 3, -4, -4))
        if self._dragging and self._press is not None:
            chip = self._press[0]
            rect = QRect(self._drag_pos - QPoint(12, 10), QSize(self.width() // 7 - 2 * PAD, self._chip_height()))
            painter.setOpacity(0.85)
            self._paint_chip(painter, chip, rect, palette, metrics)
            painter.setOpacity(1.0)
        painter.end()

    def _paint_chips(self, painter: QPainter, day: dt.date, palette: QPalette, metrics: QFontMetrics, quiet) -> None:
        placed, more_rect, hidden = self._layout(day)
        for chip, rect in placed:
            if self._dragging and self._press is not None and chip.key == self._press[0].key:
                painter.setOpacity(0.35)
                self._paint_chip(painter, chip, rect, palette, metrics)
                painter.setOpacity(1.0)
            else:
                self._paint_chip(painter, chip, rect, palette, metrics)
        if more_rect is not None:
            painter.setPen(quiet)
            text = more_text(hidden, placed=bool(placed))
            painter.drawText(
                more_rect.adjusted(6, 0, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text
            )

    def _paint_chip(self, painter: QPainter, chip: Chip, rect: QRect, palette: QPalette, metrics: QFontMetrics) -> None:
        paint_line(painter, chip, rect, palette, self.font(), ratio=self.devicePixelRatioF())

    # --- keyboard ----------------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        steps = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -7,
            Qt.Key.Key_Down: 7,
        }
        if key in steps:
            self.set_selected_date(self.selected + dt.timedelta(days=steps[key]))
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            forward = key == Qt.Key.Key_PageDown
            if self.weeks > 1:
                self.set_selected_date(_add_months(self.selected, 1 if forward else -1))
            else:
                self.set_selected_date(self.selected + dt.timedelta(days=7 if forward else -7))
        elif key == Qt.Key.Key_Home:
            self.set_selected_date(self.today)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.date_activated.emit(self.selected)
        elif key == Qt.Key.Key_Escape and self._dragging:
            self._cancel_drag()
        else:
            super().keyPressEvent(event)

    # --- mouse ---------------------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        pos = event.position().toPoint()
        hit = self.chip_at(pos)
        day = self.date_at(pos)
        self._press = (hit[0], hit[1], pos) if hit else None
        if day is not None:
            self.set_selected_date(day)
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._press is not None:
            far = (pos - self._press[2]).manhattanLength() >= QApplication.startDragDistance()
            if not self._dragging and far and self._press[0].movable:
                self._dragging = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
            if self._dragging:
                self._drag_pos = pos
                self._drop_day = self.date_at(pos)
                self.update()
                return
        self.setCursor(Qt.CursorShape.OpenHandCursor if self.chip_at(pos) else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return super().mouseReleaseEvent(event)
        chip, day, _ = self._press
        if self._dragging:
            target = self.date_at(event.position().toPoint())
            self._cancel_drag()
            if target is not None and target != day:
                self.chip_dropped.emit(chip, target)
            return
        self._press = None
        self.chip_clicked.emit(chip, day)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        hit = self.chip_at(pos)
        if hit is not None:
            self.chip_activated.emit(hit[0])
            return
        day = self.date_at(pos)
        if day is not None:
            self.date_activated.emit(day)

    def _cancel_drag(self) -> None:
        self._press = None
        self._dragging = False
        self._drop_day = None
        self.unsetCursor()
        self.update()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            pos = event.pos()
            hit = self.chip_at(pos)
            day = self.date_at(pos)
            if hit is not None:
                chip = hit[0]
                text = chip.tooltip or (self.tooltip_provider(chip) if self.tooltip_provider else chip.label)
                QToolTip.showText(event.globalPos(), text, self)
            elif day is not None:
                count = len(self._chips.get(day, []))
                text = self.tr("{day}\n%Ln follow-up(s)", "", count).format(day=full_date(day))
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def leaveEvent(self, event) -> None:
        if not self._dragging:
            self.unsetCursor()
        super().leaveEvent(event)


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = index // 12, index % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    return dt.date(year, month, 1)


def month_grid_start(year: int, month: int) -> dt.date:
    """The Monday on or before the first of the month (the grid's first cell)."""
    first = dt.date(year, month, 1)
    return first - dt.timedelta(days=first.weekday())
