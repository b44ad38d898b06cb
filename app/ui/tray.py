"""Rapport in the system tray: where the desktop has one, closing the window keeps Rapport running there, so that
follow-ups that come due are still announced (issue 17).

The platform piece is the tray icon itself, made by :func:`create_tray_icon`: a ``QSystemTrayIcon`` where
``QSystemTrayIcon.isSystemTrayAvailable()``, else ``None`` (a bare X server, a GNOME Shell without the AppIndicator
extension, the offscreen platform of tests). Tests replace that function with a fake that has the few methods used
here (``show``, ``hide``, ``isVisible``, ``setContextMenu``, ``setToolTip``, ``showMessage`` and the ``activated``
and ``messageClicked`` signals), so the close-to-tray and notification paths run on a machine without a tray.

Without a tray nothing changes: closing the window quits, and a notification is shown in the status bar instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtWidgets
from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from app import APP_NAME
from app.ui.icons import app_icon

# QSettings keys (in the data folder's UI settings, next to the window geometry)
KEEP_RUNNING_KEY = "tray/keepRunning"  # bool, default True: closing the window keeps Rapport in the tray
CLOSE_NOTE_KEY = "tray/closeNoteShown"  # bool: the one-time "still running in the tray" note was shown
MESSAGE_MS = 15_000
# QtWidgets.QSystemTrayIcon is named when the icon is made, after the first paint: PySide6 makes a Qt class, with its
# enums, when a module first names it (issue 21).


def system_tray_available() -> bool:
    """Whether the desktop shows tray icons (asked each time: a panel can come and go)."""
    return QtWidgets.QSystemTrayIcon.isSystemTrayAvailable()


def create_tray_icon(parent: QObject):
    """The platform's tray icon, or None where the desktop has no system tray."""
    if not system_tray_available():
        return None
    return QtWidgets.QSystemTrayIcon(app_icon(), parent)


def keeps_running(settings: QSettings) -> bool:
    """Whether closing the window should keep Rapport in the tray (Preferences → General; on by default)."""
    return _as_bool(settings.value(KEEP_RUNNING_KEY, True))


def set_keeps_running(settings: QSettings, on: bool) -> None:
    settings.setValue(KEEP_RUNNING_KEY, bool(on))
    settings.sync()


def _as_bool(value) -> bool:
    """QSettings' INI format gives booleans back as the strings "true"/"false"."""
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)


class Tray(QObject):
    """The tray icon of one main window, its menu (Show Rapport, Quit) and its notifications."""

    show_requested = Signal()  # the icon was clicked or "Show Rapport" chosen
    quit_requested = Signal()  # "Quit" in the tray menu
    message_clicked = Signal()  # the user clicked a notification
    notified = Signal(str, str)  # (title, body) of every notification, shown in the tray or not

    def __init__(self, window: QWidget, *, fallback: Callable[[str, str], None] | None = None, enabled: bool = True):
        """``fallback(title, body)`` shows a notification where there is no tray (the status bar); ``enabled=False``
        keeps the window out of the tray (the sample-data window)."""
        super().__init__(window)
        self.window = window
        self.fallback = fallback
        self._enabled = enabled
        self._made = False
        self.icon = None
        self.menu: QMenu | None = None

    def _make(self) -> None:
        """Make the icon and its menu the first time they are needed: asking the desktop whether it has a tray is
        a round trip to the session bus (and its first connection) that need not come before the window's first
        paint (issue 21); a normal start shows the icon just after it, ``--background`` before it."""
        if self._made:
            return
        self._made = True
        self.icon = create_tray_icon(self) if self._enabled else None
        if self.icon is None:
            return
        window = self.window
        self.icon.setToolTip(APP_NAME)
        self.menu = QMenu(window)
        self.menu.setObjectName("trayMenu")
        self.show_action = QAction(self.tr("&Show Rapport"), self.menu)
        self.show_action.setObjectName("trayShowAction")
        self.show_action.triggered.connect(self.show_requested)
        self.quit_action = QAction(self.tr("&Quit Rapport"), self.menu)
        self.quit_action.setObjectName("trayQuitAction")
        self.quit_action.triggered.connect(self.quit_requested)
        self.menu.addAction(self.show_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self.message_clicked)

    @property
    def available(self) -> bool:
        """Whether this desktop has a system tray for Rapport to stay in."""
        self._make()
        return self.icon is not None

    def show(self) -> None:
        self._make()
        if self.icon is not None:
            self.icon.show()

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()

    def is_visible(self) -> bool:
        return self.icon is not None and self.icon.isVisible()

    def notify(self, title: str, body: str) -> bool:
        """Show a notification: from the tray icon (True), else through the fallback (False)."""
        self.notified.emit(title, body)
        if self.icon is not None and self.icon.isVisible():
            self.icon.showMessage(title, body, QtWidgets.QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)
            return True
        if self.fallback is not None:
            self.fallback(title, body)
        return False

    def _activated(self, reason) -> None:
        # A left click (Trigger) or a double click shows the window; the right click opens the menu by itself.
        activation = QtWidgets.QSystemTrayIcon.ActivationReason
        if reason in (activation.Trigger, activation.DoubleClick):
            self.show_requested.emit()
