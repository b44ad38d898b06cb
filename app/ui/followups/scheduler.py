"""Running the time-based rules while the window is open: once shortly after start-up, and again each midnight.

:func:`app.core.followups.rules.run_all` takes under a second even with 50 000 contacts, but that is still too
long to block the first paint or a typing user, so it runs on a worker thread (peewee gives each thread its own
connection). The start-up run waits until the window is on screen; the midnight run also refreshes every page,
since "today" moved. A minute tick catches a day change the timer missed (the computer slept).
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from app.core.changes import Changes
from app.core.clock import Clock
from app.core.followups.rule_store import RuleRun
from app.ui.context import AppContext

log = logging.getLogger(__name__)

STARTUP_DELAY_MS = 1500
TICK_MS = 60_000


def msecs_to_next_midnight(now: dt.datetime) -> int:
    """Milliseconds from ``now`` to two seconds past the coming midnight (never less than a second)."""
    target = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(0, 0, 2))
    return max(1000, int((target - now).total_seconds() * 1000))


class _Signals(QObject):
    finished = Signal(object)  # RuleRun
    failed = Signal(str)


class _RuleRun(QRunnable):
    """``run_all`` on a pool thread, with that thread's own connection (closed afterwards)."""

    def __init__(self, clock: Clock):
        super().__init__()
        self.clock = clock
        self.signals = _Signals()

    def run(self) -> None:
        try:
            from app.core.followups.daily_run import run_time_rules  # loaded when the rules run, not at start

            result = run_time_rules(self.clock, own_connection=True)
        except Exception as exc:  # a locked or vanished database must not kill the app: log, report, retry later
            log.exception("the follow-up rules could not run")
            self.signals.failed.emit(str(exc))
            return
        self.signals.finished.emit(result)


class FollowUpScheduler(QObject):
    """Start-up and midnight runs of the rules. ``threaded=False`` runs them in the caller (tests)."""

    rules_ran = Signal(object)  # RuleRun
    day_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None, *, threaded: bool = True):
        super().__init__(parent)
        self.ctx = ctx
        self.threaded = threaded
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._day = ctx.clock.today()
        self._pending: list[_RuleRun] = []
        self.startup = QTimer(self)
        self.startup.setSingleShot(True)
        self.startup.timeout.connect(self.run_rules)
        self.midnight = QTimer(self)
        self.midnight.setSingleShot(True)
        self.midnight.timeout.connect(self.check_day)
        self.tick = QTimer(self)
        self.tick.setInterval(TICK_MS)
        self.tick.timeout.connect(self.check_day)

    def start(self, delay_ms: int = STARTUP_DELAY_MS) -> None:
        self.startup.start(delay_ms)
        self._arm_midnight()
        self.tick.start()

    def _arm_midnight(self) -> None:
        self.midnight.start(msecs_to_next_midnight(self.ctx.clock.now()))

    def check_day(self) -> None:
        """If the date changed since the last look, re-run the rules and tell every page that "today" moved."""
        today = self.ctx.clock.today()
        if today != self._day:
            self._day = today
            self.run_rules()
            self.day_changed.emit()
            self.ctx.publish(Changes.of("followups"))
        self._arm_midnight()

    def run_rules(self) -> None:
        if not self.threaded:
            from app.core.followups.daily_run import run_time_rules

            self._finished(run_time_rules(self.ctx.clock))
            return
        job = _RuleRun(self.ctx.clock)
        job.setAutoDelete(False)
        job.signals.finished.connect(self._finished)
        job.signals.finished.connect(lambda _r, j=job: self._forget(j))
        job.signals.failed.connect(lambda _m, j=job: self._forget(j))
        self._pending.append(job)
        self.pool.start(job)

    def _forget(self, job: _RuleRun) -> None:
        if job in self._pending:
            self._pending.remove(job)

    def _finished(self, result: RuleRun) -> None:
        self.rules_ran.emit(result)
        from app.core.followups.daily_run import changes_of

        self.ctx.publish(changes_of(result))

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for a running rule pass (tests, shutdown)."""
        return self.pool.waitForDone(msecs)

    def shutdown(self) -> None:
        """Stop the timers and let a running pass finish, before the database closes."""
        for timer in (self.startup, self.midnight, self.tick):
            timer.stop()
        self.pool.waitForDone(30_000)
