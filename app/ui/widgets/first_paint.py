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
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    """Watches ``window``'s events until it is painted once."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self._window = window
        self._waiting: list[tuple[Callable[[], None], QObject | None]] = []
        self.painted = False

    def call_after(self, callback: Callable[[], None], context: QObject | None = None) -> None:
        """Call ``callback`` on the event loop after the first paint; soon if that happened already or if the window
        is hidden (a hidden window paints nothing to wait for). With a ``context`` object, not once it is deleted."""
        if not self.painted and self._window.isVisible():
            handle = self._window.windowHandle()  # exposed: it painted then, before anyone was watching
            self.painted = handle is not None and handle.isExposed()
        if self.painted or not self._window.isVisible():
            _soon(callback, context)
            return
        if not self._waiting:
            # The window itself is painted first (its children after it, in the same pass): watching only its own
            # events spares a Python call per event of every widget in it while the window first shows (issue 21),
            # and the conversion of each one to Python (an item view's viewport alone costs ~9 ms the first time).
            self._window.installEventFilter(self)
        self._waiting.append((callback, context))

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:  # installed on the window only: its own paint
            self._window.removeEventFilter(self)
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
