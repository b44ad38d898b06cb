"""Running import/export work off the GUI thread, with progress and cancel.

A :class:`Job` runs one callable in its own QThread. The callable gets ``progress(fraction)`` and ``cancelled()``
callbacks; peewee gives the thread its own connection to the same database file (opened here, closed when the job
ends), and SQLite's WAL lets the window keep reading while the job writes. The result or the exception comes back
as a signal on the GUI thread. :func:`run_while_waiting` runs a use case that takes seconds on a large network (the
rules re-run, emptying the trash) this way and returns its result, the window painting meanwhile.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from app.core.connection import worker_connection
from app.core.formats.importers import ImportCancelled

log = logging.getLogger(__name__)

Work = Callable[[Callable[[float], None], Callable[[], bool]], Any]


class _Runner(QObject):
    progressed = Signal(float)
    succeeded = Signal(object)
    failed = Signal(object)
    was_cancelled = Signal()

    def __init__(self, work: Work, cancel: threading.Event):
        super().__init__()
        self._work = work
        self._cancel = cancel

    def run(self) -> None:
        try:
            with worker_connection():
                result = self._work(self.progressed.emit, self._cancel.is_set)
        except ImportCancelled:
            self.was_cancelled.emit()
        except Exception as exc:  # reported to the person by the job's owner; logged here with the traceback
            log.exception("background job failed")
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            QThread.currentThread().quit()  # end the thread's event loop now: wait() returns without the GUI


class Job(QObject):
    """One piece of background work. Connect the signals, then :meth:`start`; :meth:`cancel` asks it to stop.

    The runner's signals are connected to methods of this object (which lives on the GUI thread), so they arrive
    queued on the GUI thread — a plain lambda would run in the worker thread.
    """

    progressed = Signal(float)  # 0.0 … 1.0
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()

    def __init__(self, work: Work, parent: QObject | None = None):
        super().__init__(parent)
        self._cancel = threading.Event()
        self._thread = QThread()
        self._runner = _Runner(work, self._cancel)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        self._runner.progressed.connect(self._on_progress)
        self._runner.succeeded.connect(self._on_succeeded)
        self._runner.failed.connect(self._on_failed)
        self._runner.was_cancelled.connect(self._on_cancelled)

    @Slot(float)
    def _on_progress(self, fraction: float) -> None:
        self.progressed.emit(fraction)

    @Slot(object)
    def _on_succeeded(self, result) -> None:
        self._stop_thread()
        self.succeeded.emit(result)

    @Slot(object)
    def _on_failed(self, error) -> None:
        self._stop_thread()
        self.failed.emit(error)

    @Slot()
    def _on_cancelled(self) -> None:
        self._stop_thread()
        self.cancelled.emit()

    def _stop_thread(self) -> None:
        self._thread.quit()
        self._thread.wait()

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def wait(self, ms: int = 30_000) -> bool:
        """Block until the thread has ended (after :meth:`cancel`, to leave nothing running behind a dialog)."""
        return self._thread.wait(ms)


def run_while_waiting(widget: QWidget, work: Work) -> Any:
    """Run ``work`` on a worker thread and return its result or raise its error. Meanwhile ``widget``'s window keeps
    painting and takes no input (a local event loop, a wait cursor): for a use case that is one step to the person
    but may take seconds with 50 000 contacts."""
    outcome: dict[str, Any] = {}
    loop = QEventLoop(widget)
    job = Job(work, widget)
    job.succeeded.connect(lambda result: (outcome.setdefault("result", result), loop.quit()))
    job.failed.connect(lambda error: (outcome.setdefault("error", error), loop.quit()))
    window = widget.window()
    window.setEnabled(False)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        job.start()
        loop.exec()
    finally:
        QApplication.restoreOverrideCursor()
        window.setEnabled(True)
        job.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]
