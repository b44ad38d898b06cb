"""A system tray for machines without one (the offscreen platform of the tests has none).

:class:`FakeTrayIcon` stands in for ``QSystemTrayIcon`` with the part of its interface :mod:`app.ui.tray` uses, and
records the notifications it was asked to show. :func:`install_fake_tray` makes every window built afterwards get
one, as if the desktop had a tray.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon


class FakeTrayIcon(QObject):
    activated = Signal(object)  # QSystemTrayIcon.ActivationReason
    messageClicked = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.visible = False
        self.tooltip = ""
        self.menu = None
        self.messages: list[tuple[str, str]] = []

    def show(self) -> None:
        self.visible = True

    def hide(self) -> None:
        self.visible = False

    def isVisible(self) -> bool:
        return self.visible

    def setToolTip(self, text: str) -> None:
        self.tooltip = text

    def setContextMenu(self, menu) -> None:
        self.menu = menu

    def contextMenu(self):
        return self.menu

    def showMessage(self, title: str, body: str, _icon=None, _msecs: int = 10_000) -> None:
        self.messages.append((title, body))

    def click(self) -> None:
        """A left click on the icon."""
        self.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)


def install_fake_tray(monkeypatch) -> list[FakeTrayIcon]:
    """Pretend the desktop has a system tray; returns the icons made from now on (newest last)."""
    from app.ui import tray

    made: list[FakeTrayIcon] = []

    def create(parent):
        icon = FakeTrayIcon(parent)
        made.append(icon)
        return icon

    monkeypatch.setattr(tray, "system_tray_available", lambda: True)
    monkeypatch.setattr(tray, "create_tray_icon", create)
    return made
