"""Noticing writes the window did not make itself (issue 19): a `rapport` command, sync's worker thread.

The window's own writes announce themselves on the :class:`~app.ui.context.DataBus`. Another process (``rapport
import`` while the window is open) or another thread's connection does not, so an open form would go on showing —
and then saving — what it loaded. SQLite's ``PRAGMA data_version`` changes exactly when another connection has
committed; it is read once a second, when Rapport comes back to the front and when asked, and a change emits
``bus.external_change``. Open forms then compare what they show with what is stored.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

from app.core.connection import data_version, is_open
from app.ui.context import AppContext

log = logging.getLogger(__name__)

POLL_MS = 1000


class DataWatcher(QObject):
    def __init__(self, ctx: AppContext, parent: QObject | None = None, *, interval_ms: int = POLL_MS):
        super().__init__(parent)
        self.ctx = ctx
        self._version = self._read()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)

    @staticmethod
    def _read() -> int | None:
        if not is_open():
            return None  # never reconnect on our own (the window is closing, or the folder changed)
        try:
            return data_version()
        except Exception:  # a database being restored or closed: the next look will tell
            log.debug("could not read data_version", exc_info=True)
            return None

    def check(self) -> bool:
        """Emit ``external_change`` when another connection committed since the last look; True when it did."""
        version = self._read()
        if version is None:
            return False
        changed = self._version is not None and version != self._version
        self._version = version
        if changed:
            self.ctx.bus.external_change.emit()  # not a write of ours: nothing to publish, open forms look again
        return changed

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()


def install_data_watch(window) -> DataWatcher:
    """Start watching for the main ``window`` (kept as ``window.data_watch``)."""
    watcher = DataWatcher(window.ctx, window)
    window.data_watch = watcher
    return watcher
