"""The QApplication and the GUI entry point."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from app import APP_ID, APP_NAME, __version__
from app.db import SchemaTooNewError, close_database, open_database
from app.paths import AppPaths

log = logging.getLogger(__name__)
_app: QApplication | None = None


def ensure_application(argv: list[str] | None = None) -> QApplication:
    """The process's QApplication, created once with Rapport's names and icon."""
    global _app
    existing = QApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    _app = QApplication(argv if argv is not None else sys.argv[:1])
    _app.setDesktopFileName(APP_ID)
    from app.ui.icons import app_icon

    _app.setWindowIcon(app_icon())
    return _app


def build_window(paths: AppPaths):
    """Open (creating or migrating) the database of ``paths`` and return the ready, hidden main window."""
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow

    ensure_application()
    paths.ensure()
    open_database(paths.db_path)
    return MainWindow(AppContext(paths=paths))


def run_gui(paths: AppPaths) -> int:
    """Start the GUI over ``paths`` and run until the window closes."""
    from PySide6.QtWidgets import QMessageBox

    from app.logging_setup import setup_logging
    from app.ui.crash import install_excepthook

    app = ensure_application()
    paths.ensure()
    setup_logging(paths.log_file)
    install_excepthook(paths.log_file)
    log.info("starting Rapport %s with data folder (%s)", __version__, "custom" if paths else "default")
    try:
        window = build_window(paths)
    except SchemaTooNewError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 3
    except Exception as exc:  # cannot open the database at all: say so plainly instead of a traceback
        log.exception("cannot open the database")
        QMessageBox.critical(
            None,
            APP_NAME,
            QCoreApplication.translate("app", "Rapport cannot open its database:\n{path}\n\n{error}").format(
                path=paths.db_path, error=exc
            ),
        )
        return 3
    window.show()
    try:
        return app.exec()
    finally:
        close_database()
