"""The week and day views: days side by side over an hour axis (``calendarWeek``: seven days, ``calendarDay``: one).

Items without a time (most follow-ups) sit in the all-day strip under the day names; timed items (planned meetings,
follow-ups given a time) sit at their time on the hour grid, as tall as they last (a coffee 45 minutes), side by side
where they overlap. The grid scrolls (the day names and the all-day strip stay); it opens at the working day, or
earlier when something starts earlier. A line marks now on today's column.

Drag an item to another time or day: it snaps to a quarter of an hour, a ghost shows where it will land, and
``chip_moved(chip, day, time)`` asks the page to move it (``time`` None: dropped on the all-day strip; a meeting
keeps a time). Esc cancels. Keyboard: Left / Right move a day, Page Up / Page Down a week, Up / Down scroll an hour,
Home goes to today, Enter opens the day's list.

Painted, like the month view, so a busy week repaints in a few milliseconds (:mod:`.time_grid_paint`).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QSizePolicy, QToolTip

from app.ui.calendar.chips import Chip
from app.ui.calendar.time_grid_paint import PAD, SNAP, TimeGridPainting
from app.ui.widgets.text import full_date

DAY_START = dt.time(8, 0)  # the top of the grid when it opens, unless something starts earlier
MINUTES_A_DAY = 24 * 60


def lanes(chips: list[Chip]) -> list[tuple[Chip, int, int]]:
    """Timed chips of one day with their lane and the number of lanes of their cluster (items overlapping one
    another, directly or through others), so overlapping items stand side by side. Greedy, by start."""
    placed: list[tuple[Chip, int, int]] = []
    cluster: list[tuple[Chip, int]] = []
    ends: list[int] = []  # per lane of the cluster, the minute its last item ends
    cluster_end = -1

    def flush() -> None:
        placed.extend((chip, lane, len(ends)) for chip, lane in cluster)

    for chip in sorted(chips, key=lambda c: (_start(c), -c.minutes)):
        start = _start(chip)
        end = start + max(chip.minutes, SNAP)
        if cluster and start >= cluster_end:
            flush()
            cluster, ends, cluster_end = [], [], -1
        lane = next((i for i, last in enumerate(ends) if last <= start), len(ends))
        if lane == len(ends):
            ends.append(end)
        else:
            ends[lane] = end
        cluster.append((chip, lane))
        cluster_end = max(cluster_end, end)
    if cluster:
        flush()
    return placed


def _start(chip: Chip) -> int:
    return chip.time.hour * 60 + chip.time.minute if chip.time else 0


class TimeGridView(TimeGridPainting, QAbstractScrollArea):
    date_selected = Signal(object)  # dt.date
    date_activated = Signal(object)  # Enter or a double-click on a day
    chip_clicked = Signal(object, object)  # Chip, its day
    chip_activated = Signal(object)  # a double-click on a chip
    chip_moved = Signal(object, object, object)  # Chip, the day and the time (None: all day) it was dropped on
    navigate_requested = Signal(object)  # a day outside the shown range was selected

    def __init__(self, days: int = 7, parent=None):
        super().__init__(parent)
        self.days = days
        today = dt.date.today()
        self.first_day = today - dt.timedelta(days=today.weekday()) if days == 7 else today
        self.today = today
        self.now = dt.datetime.now().time()
        self.selected = today
        self.max_all_day_rows = 3 if days > 1 else 6
        self._all_day: dict[dt.date, list[Chip]] = {}
        self._timed: dict[dt.date, list[tuple[Chip, int, int]]] = {}
        self.tooltip_provider: Callable[[Chip], str] | None = None
        self._press: tuple[Chip, dt.date, QPoint, int] | None = None  # chip, day, where, grab offset (minutes)
        self._dragging = False
        self._target: tuple[dt.date, dt.time | None] | None = None
        self._drag_pos = QPoint()
        self._scrolled_for: dt.date | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.viewport().setAutoFillBackground(True)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Base)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setFrameShape(QAbstractScrollArea.Shape.NoFrame)

    # --- data ------------------------------------------------------------------------------------------------------
    @property
    def last_day(self) -> dt.date:
        return self.first_day + dt.timedelta(days=self.days - 1)

    def set_range(self, first_day: dt.date, today: dt.date, now: dt.time | None = None) -> None:
        self.first_day = first_day
        self.today = today
        self.now = now or dt.datetime.now().time()
        if not self.first_day <= self.selected <= self.last_day:
            self.selected = today if first_day <= today <= self.last_day else first_day
        self._update_accessible()
        self.viewport().update()

    def set_chips(self, all_day: dict[dt.date, list[Chip]], timed: dict[dt.date, list[Chip]]) -> None:
        self._all_day = all_day
        self._timed = {day: lanes(chips) for day, chips in timed.items()}
        self._update_scrollbar()
        if self._scrolled_for != self.first_day:  # a new week (or day): open at the working day
            self._scrolled_for = self.first_day
            earliest = min(
                (_start(c) for day, placed in self._timed.items() if self._shown(day) for c, _, _ in placed),
                default=DAY_START.hour * 60,
            )
            self.scroll_to_minute(min(earliest, DAY_START.hour * 60) - 30)
        self._update_accessible()
        self.viewport().update()

    def chips_on(self, day: dt.date) -> list[Chip]:
        return self._all_day.get(day, []) + [chip for chip, _, _ in self._timed.get(day, [])]

    def all_day_chips(self, day: dt.date) -> list[Chip]:
        return list(self._all_day.get(day, []))

    def timed_chips(self, day: dt.date) -> list[Chip]:
        return [chip for chip, _, _ in self._timed.get(day, [])]

    def _shown(self, day: dt.date) -> bool:
        return self.first_day <= day <= self.last_day

    def set_selected_date(self, day: dt.date, *, emit: bool = True) -> None:
        if not self._shown(day) and emit:
            self.selected = day
            self.navigate_requested.emit(day)
            return
        if day != self.selected:
            self.selected = day
            self._update_accessible()
            self.viewport().update()
        if emit:
            self.date_selected.emit(day)

    def _update_accessible(self) -> None:
        count = len(self.chips_on(self.selected))
        self.setAccessibleDescription(self.tr("{day}: %Ln item(s)", "", count).format(day=full_date(self.selected)))

    # --- geometry --------------------------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(760, 560)

    def minimumSizeHint(self) -> QSize:
        return QSize(260, 240)

    def _line(self) -> int:
        return QFontMetrics(self.font()).height()

    @property
    def hour_height(self) -> int:
        """Tall enough for a half-hour item to hold a line, and a 45-minute coffee its time and a name."""
        return max(48, math.ceil((2 * self._line() + 6) * 60 / 45))

    def axis_width(self) -> int:
        return QFontMetrics(self.font()).horizontalAdvance("00:00") + 2 * PAD + 6

    def header_height(self) -> int:
        return self._line() + 2 * PAD + 4

    def chip_height(self) -> int:
        return self._line() + 6

    def all_day_rows(self) -> int:
        busiest = max((len(self._all_day.get(self._day(i), [])) for i in range(self.days)), default=0)
        return max(1, min(busiest, self.max_all_day_rows))

    def strip_height(self) -> int:
        return self.all_day_rows() * (self.chip_height() + 2) + 2 * PAD

    def grid_top(self) -> int:
        """Where the hour grid starts in the viewport (under the day names and the all-day strip)."""
        return self.header_height() + self.strip_height() + 1

    def _day(self, index: int) -> dt.date:
        return self.first_day + dt.timedelta(days=index)

    def column_rect(self, index: int) -> QRect:
        """Column ``index`` from the top of the day names to the bottom of the viewport."""
        left = self.axis_width()
        width = (self.viewport().width() - left) / self.days
        x0, x1 = round(left + index * width), round(left + (index + 1) * width)
        return QRect(x0, 0, x1 - x0, self.viewport().height())

    def rect_for(self, day: dt.date) -> QRect:
        return self.column_rect((day - self.first_day).days)

    def y_for(self, minute: float) -> int:
        return round(self.grid_top() + minute * self.hour_height / 60 - self.verticalScrollBar().value())

    def minute_at(self, y: int) -> float:
        return (y - self.grid_top() + self.verticalScrollBar().value()) * 60 / self.hour_height

    def point_for(self, day: dt.date, time: dt.time) -> QPoint:
        """A viewport point in ``day``'s column at ``time`` (for tests and scripted checks)."""
        column = self.rect_for(day)
        return QPoint(column.center().x(), self.y_for(time.hour * 60 + time.minute) + 2)

    def all_day_point(self, day: dt.date) -> QPoint:
        column = self.rect_for(day)
        return QPoint(column.center().x(), self.header_height() + self.strip_height() - PAD - 1)

    def scroll_to_minute(self, minute: float) -> None:
        self.verticalScrollBar().setValue(max(0, round(minute * self.hour_height / 60)))

    def _update_scrollbar(self) -> None:
        visible = max(0, self.viewport().height() - self.grid_top())
        total = 24 * self.hour_height
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, total - visible))
        bar.setPageStep(max(1, visible))
        bar.setSingleStep(max(1, self.hour_height // 2))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._update_scrollbar()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    def day_at(self, pos: QPoint) -> dt.date | None:
        if pos.x() < self.axis_width() or pos.x() >= self.viewport().width() or pos.y() < 0:
            return None
        width = (self.viewport().width() - self.axis_width()) / self.days
        index = min(self.days - 1, int((pos.x() - self.axis_width()) / width))
        return self._day(index)

    def _all_day_layout(self, day: dt.date) -> tuple[list[tuple[Chip, QRect]], QRect | None, int]:
        column = self.rect_for(day)
        chips = self._all_day.get(day, [])
        rows = self.all_day_rows()
        shown = len(chips) if len(chips) <= rows else rows - 1
        height = self.chip_height()
        y = self.header_height() + PAD
        placed = [
            (chip, QRect(column.left() + 2, y + i * (height + 2), column.width() - 5, height))
            for i, chip in enumerate(chips[:shown])
        ]
        hidden = len(chips) - shown
        more = QRect(column.left() + 2, y + shown * (height + 2), column.width() - 5, height) if hidden else None
        return placed, more, hidden

    def _block_rect(self, day: dt.date, chip: Chip, lane: int, count: int) -> QRect:
        column = self.rect_for(day)
        width = (column.width() - 6) / max(1, count)
        start = _start(chip)
        top = self.y_for(start)
        bottom = self.y_for(start + max(chip.minutes, SNAP))
        x0 = round(column.left() + 2 + lane * width)
        return QRect(x0, top + 1, max(8, round(width) - 2), max(self.chip_height(), bottom - top - 2))

    def placements(self, day: dt.date) -> list[tuple[Chip, QRect]]:
        """Every chip drawn in ``day``'s column and where (viewport coordinates)."""
        placed = list(self._all_day_layout(day)[0])
        placed += [(chip, self._block_rect(day, chip, lane, count)) for chip, lane, count in self._timed.get(day, [])]
        return placed

    def chip_at(self, pos: QPoint) -> tuple[Chip, dt.date] | None:
        day = self.day_at(pos)
        if day is None:
            return None
        if pos.y() >= self.grid_top():
            placed = [(chip, self._block_rect(day, chip, lane, n)) for chip, lane, n in self._timed.get(day, [])]
        else:
            placed = self._all_day_layout(day)[0]
        for chip, rect in reversed(placed):
            if rect.contains(pos):
                return chip, day
        return None

    def _all_day_has(self, day: dt.date, chip: Chip) -> bool:
        return any(c.key == chip.key for c in self._all_day.get(day, []))

    def chip_rect(self, key: int | tuple[str, int]) -> QRect | None:
        """Where the chip with ``key`` (a follow-up's id or a :attr:`Chip.key`) is drawn; None if not shown."""
        key = ("followup", key) if isinstance(key, int) else key
        for index in range(self.days):
            for chip, rect in self.placements(self._day(index)):
                if chip.key == key:
                    return rect
        return None

    # --- keyboard --------------------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.set_selected_date(self.selected + dt.timedelta(days=-1 if key == Qt.Key.Key_Left else 1))
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.set_selected_date(self.selected + dt.timedelta(days=-7 if key == Qt.Key.Key_PageUp else 7))
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + (-1 if key == Qt.Key.Key_Up else 1) * self.hour_height)
        elif key == Qt.Key.Key_Home:
            self.set_selected_date(self.today)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.date_activated.emit(self.selected)
        elif key == Qt.Key.Key_Escape and self._dragging:
            self._cancel_drag()
        else:
            super().keyPressEvent(event)

    # --- mouse -----------------------------------------------------------------------------------------------------
    def _drop_target(self, pos: QPoint) -> tuple[dt.date, dt.time | None] | None:
        """The day and time a dragged chip would land on at ``pos`` (time None: the all-day strip)."""
        assert self._press is not None
        chip, _day, _where, grab = self._press
        day = self.day_at(QPoint(max(self.axis_width(), pos.x()), pos.y()))
        if day is None or pos.y() < self.header_height():
            return None
        if pos.y() < self.grid_top():
            return day, (chip.time if chip.meeting else None)  # a meeting keeps its time
        minute = self.minute_at(pos.y()) - grab
        minute = min(MINUTES_A_DAY - SNAP, max(0, round(minute / SNAP) * SNAP))
        return day, dt.time(int(minute // 60), int(minute % 60))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        pos = event.position().toPoint()
        hit = self.chip_at(pos)
        grab = 0
        if hit is not None and hit[0].time is not None and pos.y() >= self.grid_top():
            grab = max(0, round(self.minute_at(pos.y()) - _start(hit[0])))
        self._press = (hit[0], hit[1], pos, grab) if hit else None
        day = self.day_at(pos)
        if day is not None:
            self.set_selected_date(day)
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._press is not None and self._press[0].movable:
            if not self._dragging and (pos - self._press[2]).manhattanLength() >= QApplication.startDragDistance():
                self._dragging = True
                self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            if self._dragging:
                self._drag_pos = pos
                bar = self.verticalScrollBar()
                margin = self.chip_height()
                if pos.y() > self.viewport().height() - margin:
                    bar.setValue(bar.value() + margin // 2)
                elif self.grid_top() <= pos.y() < self.grid_top() + margin:
                    bar.setValue(bar.value() - margin // 2)
                self._target = self._drop_target(pos)
                self.viewport().update()
                return
        hovering = self.chip_at(pos)
        movable = hovering is not None and hovering[0].movable
        self.viewport().setCursor(Qt.CursorShape.OpenHandCursor if movable else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return super().mouseReleaseEvent(event)
        chip, day, _, _ = self._press
        if self._dragging:
            target = self._drop_target(event.position().toPoint())
            self._cancel_drag()
            if target is not None and target != (day, None if self._all_day_has(day, chip) else chip.time):
                self.chip_moved.emit(chip, target[0], target[1])
            return
        self._press = None
        self.chip_clicked.emit(chip, day)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        hit = self.chip_at(pos)
        if hit is not None:
            self.chip_activated.emit(hit[0])
            return
        day = self.day_at(pos)
        if day is not None:
            self.date_activated.emit(day)

    def _cancel_drag(self) -> None:
        self._press = None
        self._dragging = False
        self._target = None
        self.viewport().unsetCursor()
        self.viewport().update()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            pos = event.pos()
            hit = self.chip_at(pos)
            day = self.day_at(pos)
            if hit is not None:
                chip = hit[0]
                text = chip.tooltip or (self.tooltip_provider(chip) if self.tooltip_provider else chip.label)
                QToolTip.showText(event.globalPos(), text, self.viewport())
            elif day is not None and pos.y() >= self.grid_top():
                minute = int(self.minute_at(pos.y()) // SNAP * SNAP)
                QToolTip.showText(
                    event.globalPos(), f"{full_date(day)}, {minute // 60:02d}:{minute % 60:02d}", self.viewport()
                )
            elif day is not None:
                count = len(self.chips_on(day))
                text = self.tr("{day}\n%Ln item(s)", "", count).format(day=full_date(day))
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)
