"""The contact list's count after the paint, off the window's thread (issue 21).

A search matching many (a first letter) shows its first rows uncounted; a frame later :class:`MatchCounter` counts
its matches on a pool thread with a read-only connection of its own (:class:`app.core.contacts.match_count.
ReadOnlyCounter`), so that counting (15–35 ms at 200k contacts) never stalls typing or painting. Only the answer to
the latest request is delivered: a newer keystroke cancels (interrupts) the running count and an older answer is
dropped; the model checks once more that it is still the search shown and that nothing was written meanwhile.
The window's closing (or the application's end) waits for a running count, interrupted first.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QRunnable, QThreadPool, Signal

from app.core.contacts import list_query as contact_list
from app.core.contacts.list_query import CountRequest
from app.core.contacts.match_count import ReadOnlyCounter

log = logging.getLogger(__name__)

WAIT_AT_CLOSE_MS = 10_000


class _Signals(QObject):
    done = Signal(object, object)  # (the job, its count or None)


class _CountJob(QRunnable):
    def __init__(self, counter: ReadOnlyCounter, request: CountRequest, generation: int):
        super().__init__()
        self.setAutoDelete(False)  # kept by MatchCounter until its answer arrived
        self.counter, self.request, self.generation = counter, request, generation
        self.signals = _Signals()  # no parent: lives as long as the job, whatever happens to the list
        self.cancelled = threading.Event()

    def run(self) -> None:
        total = None
        if not self.cancelled.is_set():
            try:
                total = self.counter.count(self.request.expression)
            except Exception:  # a locked or vanished file: the model counts on its own connection instead
                log.exception("a search could not be counted on the worker's connection")
        self.signals.done.emit(self, total)


class MatchCounter(QObject):
    """Counts searches on a worker thread; ``counted(generation, request, total or None)`` on the GUI thread for
    the latest request only (None: interrupted or failed — count it here)."""

    counted = Signal(int, object, object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._counter: ReadOnlyCounter | None = None
        self._job: _CountJob | None = None
        self._jobs: set[_CountJob] = set()  # started and not answered yet (kept alive until then)
        self._closed = False
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    @property
    def busy(self) -> bool:
        return self._job is not None

    def start(self, request: CountRequest, generation: int) -> bool:
        """Count ``request`` on the worker; False when no worker can (shut down, a database in memory)."""
        self.cancel()
        if self._closed:
            return False
        if self._counter is not None and not self._counter.is_for_open_database():
            self.pool.waitForDone()  # another database was opened (a restore): a connection to it
            self._counter.close()
            self._counter = None
        if self._counter is None:
            self._counter = ReadOnlyCounter.for_database()
            if self._counter is None:
                return False
        job = _CountJob(self._counter, request, generation)
        job.signals.done.connect(self._done)
        self._job = job
        self._jobs.add(job)
        self.pool.start(job)
        return True

    def cancel(self) -> None:
        """Drop the pending count: it is interrupted if running, skipped if not started, its answer ignored."""
        job, self._job = self._job, None
        if job is not None:
            job.cancelled.set()
            if self._counter is not None:
                self._counter.interrupt()

    def _done(self, job: _CountJob, total: int | None) -> None:
        self._jobs.discard(job)
        if job is not self._job or job.cancelled.is_set():
            return  # an older search's number: never shown
        self._job = None
        self.counted.emit(job.generation, job.request, total)

    def shutdown(self) -> None:
        """The window closes: stop a running count, wait for the worker, close its connection; nothing starts
        after this."""
        if self._closed:
            return
        self._closed = True
        self.cancel()
        if not self.pool.waitForDone(WAIT_AT_CLOSE_MS):
            log.warning("a search count was still running %d s after the window closed", WAIT_AT_CLOSE_MS // 1000)
            return
        if self._counter is not None:
            self._counter.close()
            self._counter = None


class CountAfterPaint:
    """The contact list model's side of the count after the paint (mixed into
    :class:`app.ui.contacts.contacts_table_model.ContactsTableModel`, which holds ``_result``, ``_filter``,
    ``_today``, ``_generation``, ``_counter`` and the ``counted`` signal)."""

    @property
    def is_counted(self) -> bool:
        """Whether :attr:`total` is the number of matches (else only the first rows are known yet)."""
        return self._result.counted

    def _count_if_current(self, generation: int) -> None:
        """A frame after an uncounted search's rows: count it on the worker (here when no worker can)."""
        if generation != self._generation or self._result.counted:
            return
        request = contact_list.count_request(self._filter, today=self._today)
        if request is None or not self._counter.start(request, generation):
            self.finish_count()

    def _counted_elsewhere(self, generation: int, request: CountRequest, total: int | None) -> None:
        """The worker's number: kept if still the search shown and nothing was written since it was asked (else,
        or when it was interrupted, counted here)."""
        if generation != self._generation or self._result.counted:
            return
        if total is not None:
            contact_list.remember_count(request, total)  # then finish_count's count is the kept number
        self.finish_count()

    def shutdown(self) -> None:
        """The window closes: wait for a count running on the worker (interrupted first)."""
        self._counter.shutdown()

    def finish_count(self) -> None:
        """Count the matches of a search shown uncounted and insert the rows past its head."""
        if self._result.counted:
            return
        total = contact_list.count(self._filter, today=self._today)
        have = self._result.count
        if total < have:
            self._changed_underneath()
            return
        if total > have:
            self.beginInsertRows(QModelIndex(), have, total - 1)
            self._result.count = total
            self._result.complete = len(self._result.ids) >= total
            self._result.counted = True
            self.endInsertRows()
        self._result.counted = True
        self.counted.emit()
