"""The rehearsal light (objectName ``rehearsalLight``): a big round lamp, grey, green, yellow or red.

Its Qt property ``light`` is ``none|green|yellow|red`` (DESIGN §11) so tests and assistive tools can read it;
colour is never the only signal: its accessible name says the state in words ("Rehearsal light: Yellow — wrap up"),
and each change is sent to screen readers as a name change and an announcement (issue 23).
"""

from __future__ import annotations

from PySide6.QtCore import Property, QCoreApplication, QPointF, QRectF, QSize, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QColor,
    QPainter,
    QPalette,
    QPen,
    QRadialGradient,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.core.pitches.timing import Light
from app.ui.contrast import StatusColours

LIGHT_COLOURS = StatusColours(  # readable in high contrast (app.ui.contrast)
    {
        Light.GREEN: QColor("#2e9e4f"),
        Light.YELLOW: QColor("#e0a800"),
        Light.RED: QColor("#d64545"),
    }
)


def light_words(light: Light) -> str:
    """What the light means, in words, in the interface's language."""
    translate = QCoreApplication.translate
    return {
        Light.NONE: translate("LightWidget", "Grey — keep going"),
        Light.GREEN: translate("LightWidget", "Green — you can finish"),
        Light.YELLOW: translate("LightWidget", "Yellow — wrap up"),
        Light.RED: translate("LightWidget", "Red — time's up"),
    }[light]


class LightWidget(QWidget):
    """A lamp that fills its square; grey (from the palette) when off."""

    lightChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None, diameter: int = 160):
        super().__init__(parent)
        self._light = Light.NONE
        self._diameter = diameter
        self.setObjectName("rehearsalLight")
        self._say_state()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setMinimumSize(24, 24)

    def sizeHint(self) -> QSize:
        return QSize(self._diameter, self._diameter)

    def _get_light(self) -> str:
        return self._light.value

    def _set_light(self, value: str) -> None:
        light = Light(value or "none")
        if light == self._light:
            return
        self._light = light
        self._say_state()
        self.update()
        self.lightChanged.emit(light.value)
        # Screen readers hear the new colour at once: the name changed, and an announcement says it (Qt ≥ 6.8).
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))
        announcement = QAccessibleAnnouncementEvent(self, light_words(light))
        announcement.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
        QAccessible.updateAccessibility(announcement)

    light = Property(str, _get_light, _set_light, notify=lightChanged)

    def _say_state(self) -> None:
        self.setAccessibleName(self.tr("Rehearsal light: {state}").format(state=light_words(self._light)))
        self.setAccessibleDescription(
            self.tr("Grey while you speak, green once you can finish, yellow to wrap up, red when time is up")
        )

    def set_light(self, light: Light) -> None:
        self._set_light(light.value)

    def current(self) -> Light:
        return self._light

    def paintEvent(self, event) -> None:
        side = min(self.width(), self.height()) - 8
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        if self._light == Light.NONE:
            base = palette.color(QPalette.ColorRole.Mid)
            base.setAlpha(110)
        else:
            base = LIGHT_COLOURS[self._light]
        gradient = QRadialGradient(rect.center() - QPointF(side * 0.18, side * 0.22), side * 0.75)
        gradient.setColorAt(0.0, base.lighter(135))
        gradient.setColorAt(1.0, base)
        painter.setBrush(gradient)
        rim = palette.color(QPalette.ColorRole.Dark) if self._light == Light.NONE else base.darker(130)
        painter.setPen(QPen(rim, max(1.0, side / 60)))
        painter.drawEllipse(rect)
        painter.end()
