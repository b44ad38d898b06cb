"""A bar showing the estimated spoken time against the pitch's target (UI.md: ``[██████░░] target 30 s``)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.core.pitches.timing import Light
from app.ui.pitches.light import LIGHT_COLOURS

# The bar spans 0 … SCALE × target, so running over shows as a red tail past the target mark.
SCALE = 1.25


class TimingBar(QWidget):
    """Fill = estimated seconds; a tick at the target; red fill once over the target."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pitchTimingBar")
        self.setAccessibleName(self.tr("Length against target"))
        self._estimate = 0.0
        self._target = 30.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(240, 14)

    def minimumSizeHint(self) -> QSize:
        return QSize(80, 14)

    def set_values(self, estimate: float, target: float) -> None:
        self._estimate, self._target = max(0.0, estimate), max(1.0, float(target))
        over = self._estimate - self._target
        self.setToolTip(
            self.tr("About {e:.0f} s of {t:.0f} s").format(e=self._estimate, t=self._target)
            + (self.tr(" — {o:.0f} s too long").format(o=over) if over >= 0.5 else "")
        )
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        track = QRectF(0.5, 2.5, self.width() - 1, self.height() - 5)
        radius = track.height() / 2
        groove = palette.color(QPalette.ColorRole.Mid)
        groove.setAlpha(70)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(groove)
        painter.drawRoundedRect(track, radius, radius)
        full = self._target * SCALE
        fraction = min(1.0, self._estimate / full)
        if fraction > 0:
            fill = QRectF(track.left(), track.top(), max(track.height(), track.width() * fraction), track.height())
            over = self._estimate > self._target + 0.49
            colour = LIGHT_COLOURS[Light.RED] if over else palette.color(QPalette.ColorRole.Highlight)
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(fill, radius, radius)
        x = track.left() + track.width() / SCALE
        painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText), 2))
        painter.drawLine(int(x), 0, int(x), self.height())
        painter.end()
