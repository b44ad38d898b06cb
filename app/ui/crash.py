"""Uncaught exceptions: log the traceback and show one friendly dialog instead of vanishing.

Everything the user saved is already committed to SQLite, so an unexpected error never loses saved data; the
dialog says where the log is so the report can be sent by hand (Rapport never sends anything itself).
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication

from app.errors import KnownError, classify
from app.ui.widgets.modal import run_modal

log = logging.getLogger("rapport.crash")
_showing = False


def format_exception(exc_type, exc, tb) -> str:
    return "".join(traceback.format_exception(exc_type, exc, tb))


def install_excepthook(log_file: Path) -> None:
    """Route uncaught exceptions (including those raised inside Qt slots) to the log and a dialog."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        details = format_exception(exc_type, exc, tb)
        known = classify(exc)
        if known is not None:
            log.warning("%s\n%s", known.title, details)
            show_known_error(known)
            return
        log.error("uncaught exception\n%s", details)
        show_error_dialog(exc, details, log_file)

    sys.excepthook = hook


def show_known_error(known: KnownError) -> None:
    """A user-fixable problem (disk full, read-only folder…): explain it; the app keeps running."""
    app = QApplication.instance()
    if app is None or QApplication.platformName() in ("offscreen", "minimal"):
        print("rapport: {}: {}".format(*known.said()), file=sys.stderr)
        return
    from PySide6.QtWidgets import QMessageBox  # when needed: not made before the first paint (issue 21)

    QMessageBox.warning(QApplication.activeWindow(), *known.said())


def show_error_dialog(exc: BaseException, details: str, log_file: Path) -> None:
    global _showing
    app = QApplication.instance()
    if app is None or _showing or QApplication.platformName() in ("offscreen", "minimal"):
        print(details, file=sys.stderr)
        return
    _showing = True
    try:
        from PySide6.QtWidgets import QMessageBox  # when needed: not made before the first paint (issue 21)

        box = QMessageBox(QApplication.activeWindow())
        box.setObjectName("crashDialog")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(app.translate("crash", "Rapport — unexpected error"))
        box.setText(
            app.translate(
                "crash",
                "Something went wrong that Rapport did not expect. Everything you saved is safe.",
            )
        )
        box.setInformativeText(
            app.translate("crash", "The details were written to the log file:\n{path}").format(path=log_file)
        )
        box.setDetailedText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        run_modal(box)
    finally:
        _showing = False
