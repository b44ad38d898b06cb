"""Sync in the window (issue 20): when it runs, where it says how things stand, and File → Sync Now.

A sync runs on a worker thread (:class:`app.ui.import_export.worker.Job`: its own database connection, SQLite's WAL
lets the window read and write meanwhile), so typing never waits for the network. It runs shortly after the window
is on screen, every N minutes (Preferences → Sync), and a short while after a change (contacts, follow-ups,
conversations: the last of a burst of edits counts). The status bar's ``syncStatus`` label says "Synced 2 min ago",
"Syncing…", "Offline — 3 changes waiting" or that the server refused the login; clicking it syncs now. What came
down refreshes every page. Nothing shows until an account is set up.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel

from app.core.changes import Changes
from app.core.translated import shown_error
from app.ui.i18n import tr
from app.ui.widgets.text import short_day

log = logging.getLogger(__name__)
START_DELAY_MS = 3_000
AFTER_CHANGE_MS = 20_000
TICK_MS = 30_000  # how often "Synced N min ago" is brought up to date


class _StatusLabel(QLabel):
    clicked = Signal()

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


def ago(then: dt.datetime, now: dt.datetime) -> str:
    seconds = max(0, int((now - then).total_seconds()))
    if seconds < 60:
        return tr("just now")
    minutes = seconds // 60
    if minutes < 60:
        return tr("{n} min ago").format(n=minutes)
    hours = minutes // 60
    if hours < 24:
        return tr("{n} h ago").format(n=hours)
    return short_day(then.date(), year=True)


class SyncController(QObject):
    """One per main window."""

    state_changed = Signal(str)  # "idle", "syncing", "offline", "refused", "error"
    finished = Signal(object)  # the SyncReport, or the exception

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.job = None
        self.state = "idle"
        self.message = ""
        self.again = False
        self.label = _StatusLabel()
        self.label.setObjectName("syncStatus")
        self.label.setAccessibleName(self.tr("Sync status"))
        self.label.setToolTip(self.tr("Sync with your server now (File → Sync Now)"))
        self.label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label.clicked.connect(self.sync_now)
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        # File → Sync Now (declared in app.ui.actions_catalog); enabled once an account is set up (configure)
        window.action_registry.handle("syncNowAction", self.sync_now)
        self.action = window.action_registry.action("syncNowAction")

        self.periodic = QTimer(self)
        self.periodic.timeout.connect(self.sync_now)
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(AFTER_CHANGE_MS)
        self.soon.timeout.connect(self.sync_now)
        self.tick = QTimer(self)
        self.tick.setInterval(TICK_MS)
        self.tick.timeout.connect(self.refresh)
        self.tick.start()
        bus = self.ctx.bus
        for signal in (bus.contacts_changed, bus.followups_changed, bus.interactions_changed):
            signal.connect(self.changed)
        bus.settings_changed.connect(self.configure)
        window.closed.connect(self.shutdown)
        self.configure()
        if self.account() is not None and self.account().auto_sync:
            QTimer.singleShot(START_DELAY_MS, self, self.sync_now)

    # --- configuration ----------------------------------------------------------------------------------------
    def account(self):
        from app.core.sync import account as accounts

        try:
            return accounts.load()
        except Exception:
            return None

    def configure(self) -> None:
        account = self.account()
        self.action.setEnabled(account is not None)
        if account is None:
            self.periodic.stop()
            self.label.hide()
            return
        if account.auto_sync and account.interval_minutes > 0:
            self.periodic.start(account.interval_minutes * 60_000)
        else:
            self.periodic.stop()
        self.refresh()

    # --- running ----------------------------------------------------------------------------------------------
    def changed(self) -> None:
        if self.job is not None and self.job.is_running():
            self.again = True
        account = self.account()
        if account is not None and account.auto_sync:
            self.soon.start()
        self.refresh()

    def is_running(self) -> bool:
        return self.job is not None and self.job.is_running()

    def sync_now(self) -> None:
        """Start a sync on the worker (or once more after the one running)."""
        from app.ui.import_export.worker import Job

        account = self.account()
        if account is None:
            return
        if self.is_running():
            self.again = True
            return
        self.soon.stop()
        clock = self.ctx.clock

        def work(_progress, cancelled):
            from app.core.sync import service

            return service.run(account, clock=clock, stop=cancelled)

        self.job = Job(work, self)
        self.job.succeeded.connect(self._succeeded)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(self._done)
        self._set("syncing", self.tr("Syncing…"))
        self.job.start()

    def _succeeded(self, report) -> None:
        self._done()
        self.state = "idle"
        if report.moved:
            self.ctx.publish(Changes.all())
        self.refresh()
        self.finished.emit(report)

    def _failed(self, error) -> None:
        from app.core.sync.account import NoKeyring, PasswordUnavailable
        from app.core.sync.dav import LoginRefused, ServerUnreachable

        self._done()
        if isinstance(error, ServerUnreachable):
            self.state = "offline"
        elif isinstance(error, (LoginRefused, NoKeyring, PasswordUnavailable)):
            self.state = "refused"
            self.message = shown_error(error)
        else:
            log.warning("sync failed: %s", error)
            self.state = "error"
            self.message = shown_error(error)
        self.refresh()
        self.finished.emit(error)

    def _done(self) -> None:
        if self.again:
            self.again = False
            self.soon.start()

    def shutdown(self) -> None:
        for timer in (self.periodic, self.soon, self.tick):
            timer.stop()
        if self.job is not None and self.job.is_running():
            self.job.cancel()
            self.job.wait(15_000)

    # --- the status bar ---------------------------------------------------------------------------------------
    def _set(self, state: str, text: str) -> None:
        self.state = state
        self.label.setText(text)
        self.label.setAccessibleDescription(text)
        self.label.show()
        self.state_changed.emit(state)

    def refresh(self) -> None:
        from app.core.sync import service

        if self.account() is None:
            self.label.hide()
            return
        if self.is_running():
            return
        try:
            waiting = service.pending_changes()
            last = service.last_sync()
            conflicts = service.open_conflict_count()
        except Exception:  # the database is busy or closing: keep what the label says
            return
        if self.state == "offline":
            text = self.tr("Offline — %Ln change(s) waiting", "", waiting) if waiting else self.tr("Offline")
        elif self.state == "refused":
            text = self.tr("Sync: the server refused the login — check Preferences → Sync")
        elif self.state == "error":
            text = self.tr("Sync failed — %Ln change(s) waiting", "", waiting)
        elif last and last.get("at"):
            when = ago(dt.datetime.fromisoformat(last["at"]), self.ctx.clock.now())
            text = self.tr("Synced {when}").format(when=when)
            if waiting:
                text += self.tr(" — %Ln change(s) waiting", "", waiting)
        else:
            text = self.tr("Not synced yet — %Ln change(s) waiting", "", waiting)
        if conflicts:
            text += self.tr(" — {n} to review in Preferences → Sync").format(n=conflicts)
        self._set(self.state, text)
        if self.message and self.state in ("refused", "error"):
            self.label.setToolTip(self.message)


def install_sync(window) -> SyncController:
    return SyncController(window)
