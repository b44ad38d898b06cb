"""Small charts drawn with QPainter (QtCharts is not shipped): horizontal bars whose rows can be clicked, and weekly
bars against a target.

Both follow the palette (light and dark), use the one accent colour (Highlight) for what matters and a quiet colour
for the rest, and are usable by keyboard: Up/Down (or Left/Right) move between rows, Enter opens the contacts behind
the current one.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ui.followups.kinds import blend, secondary_text
from app.ui.widgets.text import labelled, number


def _colours(palette: QPalette) -> tuple[QColor, QColor, QColor, QColor]:
    """(text, quiet text, accent, base) of ``palette``: charts draw with these only, so they follow the theme."""
    return (
        palette.color(QPalette.ColorRole.WindowText),
        secondary_text(palette),
        palette.color(QPalette.ColorRole.Highlight),
        palette.color(QPalette.ColorRole.Base),
    )


@dataclass(frozen=True)
class Bar:
    """One row: ``value`` sets the length; ``part`` (≤ value) is drawn solid inside it, the rest lighter."""

    label: str
    value: int
    caption: str = ""
    part: int | None = None
    tooltip: str = ""
    key: object = None  # what a click on the row opens (None: not clickable)


class BarList(QWidget):
    """Labelled horizontal bars, one per row; a click on a row emits ``activated(key)``."""

    activated = Signal(object)

    def __init__(
        self, parent: QWidget | None = None, *, row_height: int = 30, label_width: int = 120, description: str = ""
    ):
        super().__init__(parent)
        self._bars: list[Bar] = []
        self._about = description  # what the chart shows, said before its bars' values
        self.setAccessibleDescription(description)
        self._row_height = row_height
        self._label_width = label_width
        self._hover = -1
        self._current = -1
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[Bar]) -> None:
        self._bars = list(bars)
        self._current = min(self._current, len(self._bars) - 1)
        self.setFixedHeight(max(1, len(self._bars)) * self._row_height + 4)
        described = "; ".join(labelled(b.label, b.caption or number(b.value)) for b in self._bars)
        self.setAccessibleDescription(". ".join(part for part in (self._about, described) if part))
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def sizeHint(self) -> QSize:
        return QSize(420, max(1, len(self._bars)) * self._row_height + 4)

    def _row_at(self, y: float) -> int:
        row = int((y - 2) // self._row_height)
        return row if 0 <= row < len(self._bars) else -1

    def row_rect(self, row: int) -> QRectF:
        return QRectF(0, 2 + row * self._row_height, self.width(), self._row_height)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text, quiet, accent, base = _colours(self.palette())
        light = blend(accent, base, 0.3)
        metrics = painter.fontMetrics()
        caption_width = max((metrics.horizontalAdvance(b.caption) for b in self._bars), default=0) + 12
        top = max((b.value for b in self._bars), default=0) or 1
        label_width = min(self._label_width, self.width() // 3)
        bar_left = label_width + 8
        bar_span = max(10.0, self.width() - bar_left - caption_width)
        for row, bar in enumerate(self._bars):
            rect = self.row_rect(row)
            if row in (self._hover, self._current) and bar.key is not None:
                shade = QColor(accent)
                shade.setAlpha(40 if row == self._hover else 28)
                painter.fillRect(rect, shade)
            if row == self._current and self.hasFocus():
                painter.setPen(QPen(accent, 1, Qt.PenStyle.DotLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
            painter.setPen(text)
            painter.drawText(
                QRectF(4, rect.top(), label_width - 4, rect.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width - 4),
            )
            height = rect.height() * 0.58
            y = rect.center().y() - height / 2
            width = bar_span * bar.value / top
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(light if bar.part is not None else accent)
            if width > 0:
                painter.drawRoundedRect(QRectF(bar_left, y, max(width, 2.0), height), 3, 3)
            if bar.part is not None and bar.part > 0:
                painter.setBrush(accent)
                painter.drawRoundedRect(QRectF(bar_left, y, max(bar_span * bar.part / top, 2.0), height), 3, 3)
            painter.setPen(text if bar.key is None else accent.darker(110) if row == self._hover else text)
            painter.drawText(
                QRectF(bar_left + width + 8, rect.top(), caption_width + 40, rect.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                bar.caption,
            )
        if not self._bars:
            painter.setPen(quiet)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Nothing to show yet."))
        painter.end()

    def mouseMoveEvent(self, event) -> None:
        row = self._row_at(event.position().y())
        if row != self._hover:
            self._hover = row
            clickable = row >= 0 and self._bars[row].key is not None
            self.setCursor(Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor)
            self.setToolTip(self._bars[row].tooltip if row >= 0 else "")
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:
        self._hover = -1
        self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        row = self._row_at(event.position().y())
        if event.button() == Qt.MouseButton.LeftButton and row >= 0:
            self._current = row
            self.activate(row)
        super().mouseReleaseEvent(event)

    def activate(self, row: int) -> None:
        if 0 <= row < len(self._bars) and self._bars[row].key is not None:
            self.activated.emit(self._bars[row].key)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Right) and self._bars:
            self._current = min(len(self._bars) - 1, self._current + 1)
            self.update()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Left) and self._bars:
            self._current = max(0, self._current - 1)
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._current >= 0:
            self.activate(self._current)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        if self._current < 0 and self._bars:
            self._current = 0
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.update()
        super().focusOutEvent(event)


@dataclass(frozen=True)
class WeekBar:
    label: str  # e.g. "9 Mar"
    value: int
    second: int = 0  # stacked on top, quieter (e.g. follow-ups done late)
    tooltip: str = ""


class WeeklyBars(QWidget):
    """Vertical bars, one per week (oldest left), with an optional dashed target line; bars that reach the target
    take the accent colour, the others a quiet one. The last bar is the running week (outlined)."""

    def __init__(self, title: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._title = title
        self._weeks: list[WeekBar] = []
        self._target = 0
        self._subtitle = ""
        self.setMinimumSize(220, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(300, 170)

    def set_weeks(self, weeks: list[WeekBar], target: int = 0, subtitle: str = "") -> None:
        self._weeks, self._target, self._subtitle = list(weeks), target, subtitle
        values = ", ".join(labelled(w.label, number(w.value)) for w in self._weeks)
        self.setAccessibleName(self._title)
        self.setAccessibleDescription(f"{subtitle}. {values}")
        self.update()

    def _bar_rects(self, plot: QRectF) -> list[QRectF]:
        n = max(1, len(self._weeks))
        gap = plot.width() / n
        top = max([self._target * 1.25, *(w.value + w.second for w in self._weeks), 1])
        rects = []
        for i, week in enumerate(self._weeks):
            height = plot.height() * (week.value + week.second) / top
            rects.append(QRectF(plot.left() + gap * i + gap * 0.18, plot.bottom() - height, gap * 0.64, height))
        return rects

    def _plot(self) -> QRectF:
        metrics = self.fontMetrics()
        line = metrics.height()
        right = metrics.horizontalAdvance(self.tr("goal {n}").format(n=88)) + 10 if self._target > 0 else 4
        return QRectF(self.rect()).adjusted(4, 2 * line + 10, -right, -(line + 6))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text, quiet, accent, base = _colours(self.palette())
        muted = blend(text, base, 0.25)
        second = blend(text, base, 0.12)
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        metrics = painter.fontMetrics()
        line = metrics.height()
        painter.setPen(text)
        painter.drawText(QRectF(4, 0, self.width() - 8, line), Qt.AlignmentFlag.AlignLeft, self._title)
        painter.setFont(self.font())
        painter.setPen(quiet)
        painter.drawText(QRectF(4, line + 2, self.width() - 8, line), Qt.AlignmentFlag.AlignLeft, self._subtitle)
        plot = self._plot()
        if plot.height() < 20 or not self._weeks:
            painter.end()
            return
        top = max([self._target * 1.25, *(w.value + w.second for w in self._weeks), 1])
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.85)
        painter.setFont(small)
        small_metrics = painter.fontMetrics()
        rects = self._bar_rects(plot)
        for i, (week, rect) in enumerate(zip(self._weeks, rects, strict=True)):
            met = self._target > 0 and week.value >= self._target
            total = week.value + week.second
            if total > 0:
                lower = rect.height() * week.value / total
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(accent if (met or self._target == 0) else muted)
                painter.drawRect(QRectF(rect.left(), rect.bottom() - lower, rect.width(), lower))
                if week.second:
                    painter.setBrush(second)
                    painter.drawRect(QRectF(rect.left(), rect.top(), rect.width(), rect.height() - lower))
            if i == len(self._weeks) - 1:
                painter.setPen(QPen(accent, 1.2, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                outline = QRectF(rect.left() - 2, plot.top(), rect.width() + 4, plot.height())
                painter.drawRoundedRect(outline, 3, 3)
            painter.setPen(quiet)
            if i % 2 == (len(self._weeks) - 1) % 2:
                painter.drawText(
                    QRectF(rect.center().x() - 30, plot.bottom() + 3, 60, small_metrics.height()),
                    Qt.AlignmentFlag.AlignHCenter,
                    week.label,
                )
        if self._target > 0:
            y = plot.bottom() - plot.height() * self._target / top
            painter.setPen(QPen(text, 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(quiet)
            painter.drawText(
                QRectF(plot.right() + 6, y - small_metrics.height() / 2, 80, small_metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.tr("goal {n}").format(n=self._target),
            )
        painter.setPen(QPen(quiet, 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        painter.end()

    def mouseMoveEvent(self, event) -> None:
        rects = self._bar_rects(self._plot())
        for week, rect in zip(self._weeks, rects, strict=True):
            if rect.left() - 4 <= event.position().x() <= rect.right() + 4:
                self.setToolTip(week.tooltip or labelled(week.label, number(week.value)))
                break
        else:
            self.setToolTip("")
        super().mouseMoveEvent(event)
