"""Text recognition off the UI thread: the window stays responsive while the engine reads the card (~1–2 s)."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.core.cards.classify import CardFields, RecognizedLine, classify
from app.core.cards.ocr import OcrEngine, OcrError
from app.ui.i18n import tr

log = logging.getLogger(__name__)


class ScanSignals(QObject):
    """``progress(stage text)``, then ``finished(lines, fields)`` or ``failed(message)``; nothing after cancel."""

    progress = Signal(str)
    finished = Signal(object, object)
    failed = Signal(str)


class ScanJob(QRunnable):
    """Recognise ``image`` with ``engine`` and classify the lines; results arrive through ``signals``."""

    def __init__(self, engine: OcrEngine, image: bytes, region: str):
        super().__init__()
        self.engine, self.image, self.region = engine, image, region
        self.signals = ScanSignals()
        self._cancelled = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        """Stop listening: the engine cannot be interrupted mid-page, but its result is dropped."""
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def run(self) -> None:
        try:
            self.signals.progress.emit(tr("Reading the card with {engine}…").format(engine=self.engine.name))
            lines: list[RecognizedLine] = self.engine.recognize(self.image)
            if self.cancelled:
                return
            self.signals.progress.emit("Sorting out name, company and details…")
            fields: CardFields = classify(lines, region=self.region)
        except OcrError as exc:
            if not self.cancelled:
                self.signals.failed.emit(str(exc))
            return
        except Exception as exc:  # a bug: tell the user, keep the window, log the traceback
            log.exception("card recognition failed")
            if not self.cancelled:
                self.signals.failed.emit(
                    tr("Text recognition failed unexpectedly ({error}).").format(error=exc.__class__.__name__)
                )
            return
        if not self.cancelled:
            self.signals.finished.emit(lines, fields)

    def start(self, pool: QThreadPool | None = None) -> None:
        (pool or QThreadPool.globalInstance()).start(self)
