"""The rehearsal chart: duration of each run against the target (with the finishing window shaded) and the pace.

Drawn with QPainter rather than QtCharts: one small widget instead of a 3 MB module in the installer.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.core.pitches.rehearsal_history import Run
from app.core.pitches.timing import Light, Thresholds
from app.ui.pitches.light import LIGHT_COLOURS
from app.ui.widgets.text import short_day

WPM_COLOUR = QColor("#7c3aed")


def _nice_step(span: float, ticks: int = 4) -> float:
    raw = span / max(1, ticks)
    magnitude = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


class HistoryChart(QWidget):
    """Runs oldest → newest from left to right (at most the last 30)."""

    MAX_RUNS = 30

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("historyChart")
        self.setAccessibleName(self.tr("Rehearsal chart"))
        self._runs: list[Run] = []
        self._thresholds = Thresholds.for_target(30)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(150)  # with the history table under it, the page still fits 960×540 (200 % on 1080p)

    def sizeHint(self) -> QSize:
        return QSize(600, 240)

    def set_runs(self, runs: list[Run], thresholds: Thresholds) -> None:
        self._runs = sorted(runs, key=lambda r: (r.started_at, r.id))[-self.MAX_RUNS :]
        self._thresholds = thresholds
        self.setAccessibleDescription(
            self.tr("%Ln run(s); target {t:g} s", "", len(self._runs)).format(t=thresholds.red)
        )
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        quiet = palette.color(QPalette.ColorRole.PlaceholderText)
        grid = palette.color(QPalette.ColorRole.Mid)
        grid.setAlpha(80)
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        painter.setFont(small)
        metrics = painter.fontMetrics()
        line = metrics.height()
        plot = QRectF(self.rect()).adjusted(
            metrics.horizontalAdvance("0:00") + 16, line + 16, -(metrics.horizontalAdvance("000") + 16), -(line + 12)
        )
        if plot.width() < 40 or plot.height() < 40:
            return
        t = self._thresholds
        durations = [r.duration_seconds for r in self._runs]
        top = max([t.red * 1.25, *(d * 1.08 for d in durations)])
        step = _nice_step(top)
        top = math.ceil(top / step) * step
        wpms = [r.wpm for r in self._runs if r.wpm > 0]
        wpm_low = math.floor(min([120.0, *wpms]) / 20) * 20 - 20
        wpm_high = math.ceil(max([180.0, *wpms]) / 20) * 20 + 20

        def y_of(seconds: float) -> float:
            return plot.bottom() - seconds / top * plot.height()

        def y_wpm(value: float) -> float:
            return plot.bottom() - (value - wpm_low) / (wpm_high - wpm_low) * plot.height()

        # Finishing window (green light to target) and the target line.
        window = QColor(LIGHT_COLOURS[Light.GREEN])
        window.setAlpha(40)
        painter.fillRect(QRectF(plot.left(), y_of(t.red), plot.width(), y_of(t.green) - y_of(t.red)), window)
        # Grid and left axis (seconds).
        painter.setPen(QPen(grid, 1))
        value = 0.0
        while value <= top + 1e-9:
            y = y_of(value)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(quiet)
            label = f"{int(value // 60)}:{int(value % 60):02d}"
            painter.drawText(
                QRectF(0, y - line / 2, plot.left() - 8, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            value += step
        painter.setPen(QPen(LIGHT_COLOURS[Light.RED], 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(plot.left(), y_of(t.red)), QPointF(plot.right(), y_of(t.red)))
        # Right axis (wpm): low, high.
        painter.setPen(WPM_COLOUR)
        for value in (wpm_low, (wpm_low + wpm_high) / 2, wpm_high):
            y = y_wpm(value)
            painter.drawText(
                QRectF(plot.right() + 8, y - line / 2, 60, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                f"{value:.0f}",
            )
        # Legend.
        legend_y = 4
        x = plot.left()
        for colour, label, style in (
            (palette.color(QPalette.ColorRole.Highlight), self.tr("Duration"), Qt.PenStyle.SolidLine),
            (LIGHT_COLOURS[Light.RED], self.tr("Target {t:g} s").format(t=t.red), Qt.PenStyle.DashLine),
            (WPM_COLOUR, self.tr("Words a minute (right)"), Qt.PenStyle.DotLine),
        ):
            painter.setPen(QPen(colour, 2, style))
            painter.drawLine(QPointF(x, legend_y + line / 2), QPointF(x + 18, legend_y + line / 2))
            painter.setPen(text)
            painter.drawText(QPointF(x + 24, legend_y + metrics.ascent()), label)
            x += 24 + metrics.horizontalAdvance(label) + 24
        if not self._runs:
            painter.setPen(quiet)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("Your runs will appear here."))
            painter.end()
            return
        n = len(self._runs)
        gap = plot.width() / n

        def x_of(i: int) -> float:
            return plot.left() + gap * (i + 0.5)

        # WPM line.
        path = QPainterPath()
        for i, run in enumerate(self._runs):
            point = QPointF(x_of(i), y_wpm(run.wpm))
            path.moveTo(point) if i == 0 else path.lineTo(point)
        painter.setPen(QPen(WPM_COLOUR, 1.5, Qt.PenStyle.DotLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        # Duration line with dots coloured by where the run ended.
        highlight = palette.color(QPalette.ColorRole.Highlight)
        path = QPainterPath()
        for i, run in enumerate(self._runs):
            point = QPointF(x_of(i), y_of(run.duration_seconds))
            path.moveTo(point) if i == 0 else path.lineTo(point)
        painter.setPen(QPen(highlight, 2))
        painter.drawPath(path)
        for i, run in enumerate(self._runs):
            light = t.light_at(run.duration_seconds)
            colour = LIGHT_COLOURS.get(light, palette.color(QPalette.ColorRole.Mid))
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Base), 1.5))
            painter.setBrush(colour)
            painter.drawEllipse(QPointF(x_of(i), y_of(run.duration_seconds)), 4.5, 4.5)
        # X labels: first, last and a few between.
        painter.setPen(quiet)
        every = max(1, math.ceil(n / max(1, int(plot.width() // 70))))
        for i, run in enumerate(self._runs):
            if i % every and i != n - 1:
                continue
            label = short_day(run.started_at.date())
            painter.drawText(QRectF(x_of(i) - 40, plot.bottom() + 4, 80, line), Qt.AlignmentFlag.AlignCenter, label)
        painter.end()
