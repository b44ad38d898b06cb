"""Run work once a window has drawn itself for the first time.

A zero-millisecond timer started while a window is being shown fires *before* its first paint: Qt handles timers
and the expose that paints the window in the same turn of the event loop. Work that need not be on screen at once
(twelve weeks of goals, the start-up integrity check on a worker thread that competes for the CPU) waits for the
first paint here instead, so the window appears as soon as it can.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class FirstPaint(QObject):
    """Watches the application's paint events until ``window`` (or a widget in it) is painted once."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self._window = window
        self._waiting: list[tuple[Callable[[], None], QObject | None]] = []
        self.painted = False

    def call_after(self, callback: Callable[[], None], context: QObject | None = None) -> None:
        """Call ``callback`` on the event loop after the first paint; soon if that happened already or if the window
        is hidden (a hidden window paints nothing to wait for). With a ``context`` object, not once it is deleted."""
        if self.painted or not self._window.isVisible():
            _soon(callback, context)
            return
        if not self._waiting:
            QApplication.instance().installEventFilter(self)
        self._waiting.append((callback, context))

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) and obj.window() is self._window:
            QApplication.instance().removeEventFilter(self)
            self.painted = True
            waiting, self._waiting = self._waiting, []
            for callback, context in waiting:
                _soon(callback, context)
        return False


def _soon(callback: Callable[[], None], context: QObject | None) -> None:
    if context is None:
        QTimer.singleShot(0, callback)
    elif shiboken6.isValid(context):  # deleted while waiting for the paint: nothing to do
        QTimer.singleShot(0, context, callback)  # and Qt drops the call if it is deleted before it runs
