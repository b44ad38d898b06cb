"""The QApplication and the GUI entry point."""

from __future__ import annotations

import atexit
import logging
import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from app import APP_ID, APP_NAME, __version__
from app.core.connection import DatabaseCorruptError, SchemaTooNewError, close_database, known_migrations
from app.paths import AppPaths

log = logging.getLogger(__name__)
_app: QApplication | None = None


def quicker_pyside_import_check() -> None:
    """Make PySide6's check of every newly imported module read the file instead of going through ``inspect``.

    From the first PySide6 import on, PySide6 (its ``__feature__`` support) asks of each module imported after it
    whether its source mentions "PySide6" (``_mod_uses_pyside``: ``"PySide6" in inspect.getsource(module)``), once
    per module. ``inspect.getsource`` (linecache, the module's lines joined again) costs ~0.12 ms a module, ~17 ms
    CPU of Rapport's start-up (150 modules before the first paint); reading the file's bytes gives the same answer
    in a sixth of the time. Modules not loaded from a ``.py`` file (and any error) go to PySide6's own check, so
    the answers are the same (tests/ui/test_startup_import_check.py); nothing changes if PySide6's internals do."""
    feature = sys.modules.get("PySide6.support.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "rapport_quick", False):
        return

    def uses_pyside(module) -> bool:
        origin = getattr(getattr(module, "__spec__", None), "origin", None)
        if isinstance(origin, str) and origin.endswith(".py"):
            try:
                with open(origin, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)

    uses_pyside.rapport_quick = True  # type: ignore[attr-defined]
    uses_pyside.original = original  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside


quicker_pyside_import_check()


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
    from app.ui.contrast import follow_contrast

    follow_contrast(_app)  # the system's high-contrast preference, or RAPPORT_HIGH_CONTRAST (issue 23)
    return _app


_close_registered = False


def close_windows_at_exit() -> None:
    """Close our windows while Python is still whole: PySide's own exit clean-up destroys widgets that are still
    open after the interpreter started tearing down, where their handlers (flushing edits) cannot run. atexit runs
    last-registered first, so this runs before PySide's clean-up (registered when QtCore was imported)."""
    global _close_registered
    if not _close_registered:
        atexit.register(close_all_windows)
        _close_registered = True


def close_all_windows() -> None:
    """Close every top-level window (each saves what it must in closeEvent)."""
    app = QApplication.instance()
    if app is None:
        return
    for widget in app.topLevelWidgets():
        if widget.isVisible():
            widget.close()


def build_window(
    paths: AppPaths, *, check: bool = True, lazy_pages: bool = False, defer_features: bool = False, clock=None
):
    """Open (creating or migrating) the database of ``paths`` and return the ready, hidden main window.

    ``check=False`` skips the start-up ``quick_check`` (the GUI runs it on a worker thread after the window shows:
    on a large database it takes longer than drawing the window). ``lazy_pages`` builds every page but Today (Contacts,
    Pitches, Calendar, Insights, Opportunities) when first shown (as the GUI does; tests and `self-test` get every page
    at once). ``defer_features`` leaves what Today does not draw (reminders, import/export, cards, sync…) to
    :func:`present`, after the first paint (MainWindow ``defer_features``). ``clock`` (an
    :class:`app.core.clock.Clock`) replaces the system clock, for tests of what is due when."""
    from app.core.data.storage import open_store
    from app.ui.context import AppContext
    from app.ui.i18n import chosen_language, install_translators
    from app.ui.main_window import MainWindow

    ensure_application()
    install_translators(chosen_language(paths.settings_file))  # before any widget: they translate when made
    close_windows_at_exit()
    paths.ensure()
    open_store(paths, check=check)
    from app.ui.data_watch import install_data_watch

    ctx = AppContext(paths=paths) if clock is None else AppContext(paths=paths, clock=clock)
    window = MainWindow(ctx, lazy_pages=lazy_pages, defer_features=defer_features)
    install_data_watch(window)  # open forms see what `rapport` commands and sync's worker write (issue 19)
    return window


def is_headless() -> bool:
    """No screen to show dialogs on (offscreen/minimal platforms): explain on stderr instead."""
    return QApplication.platformName() in ("offscreen", "minimal")


def tell(title: str, text: str, *, critical: bool = True) -> None:
    """A message the user must see before Rapport stops: a dialog, or stderr when there is no screen."""
    from PySide6.QtWidgets import QMessageBox

    if is_headless():
        print(f"rapport: {text}", file=sys.stderr)
        return
    (QMessageBox.critical if critical else QMessageBox.information)(None, title, text)


def offer_restore(paths: AppPaths, error: DatabaseCorruptError) -> bool:
    """The database is damaged: offer the newest good backup. True when it was restored (then open again)."""
    from PySide6.QtWidgets import QMessageBox

    from app.core.data import backup

    good = backup.newest_good_backup(paths.backup_dir, known_migrations())
    if good is None:
        tell(
            APP_NAME,
            QCoreApplication.translate(
                "app",
                "Rapport's database is damaged and there is no backup to restore:\n{path}\n\n{detail}\n\n"
                "The file has not been changed. Keep it safe; it may still be recoverable with SQLite tools.",
            ).format(path=paths.db_path, detail=error.detail),
        )
        return False
    from app.ui.widgets.text import date_and_time

    when = date_and_time(good.taken_at)
    question = QCoreApplication.translate(
        "app",
        "Rapport's database is damaged:\n{detail}\n\nRestore the newest good backup, from {when}? "
        "The damaged file is kept beside it.",
    ).format(detail=error.detail, when=when)
    if is_headless():
        print(f"rapport: {question}\n(run `rapport restore {good.path}` to restore it)", file=sys.stderr)
        return False
    answer = QMessageBox.question(
        None, APP_NAME, question, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    backup.restore_file_over(paths.db_path, good.path)
    log.warning("restored the database from backup %s after damage", good.path.name)
    return True


def present(window, *, background: bool = False) -> None:
    """Show a freshly built main window and start what runs beside it: the tray icon, the status bar's counts, the
    integrity check (on a worker thread, once the window is on screen, so that it does not compete with drawing it),
    the daily backup, the day's summary of what is due, and the first-run profile offer.

    ``background`` (``rapport --background``, how Rapport starts at login) leaves the window hidden in the tray;
    where there is no tray the window shows, since nothing else could bring it back. Otherwise the tray icon comes
    just after the window's first paint (asking the desktop for its tray is a round trip to the session bus), and
    before the day's summary, which it shows."""
    hidden = False
    if background:
        window.tray.show()
        hidden = window.tray.is_visible()
    if not hidden:
        window.show()
        window.after_first_paint(window.tray.show, window.tray)
    if not window.features_installed:  # built with defer_features: the status bar's counts wait for the paint too
        window.after_first_paint(window.update_status, window)
    window.after_first_paint(lambda: _features_ready(window, offer_profile=not hidden), window)
    window.after_first_paint(window.backups.check_integrity_soon, window.backups)
    window.backups.schedule_daily()


def _features_ready(window, *, offer_profile: bool) -> None:
    """After the first paint: the features Today does not draw (when the window was built with them deferred), the
    day's summary of what is due, and on a new folder's first start the profile offer."""
    window.install_features()
    window.after_first_paint(window.followups.notifier.summarise_today, window.followups.notifier)
    if offer_profile:
        window.business_cards.offer_profile_once()


class QuitOnSignals:
    """SIGTERM and SIGHUP (the session ending, a shutdown, ``kill``) end Rapport as File → Quit does: the window
    closes, pending edits are saved, and it exits 0 (issue 19: typing was lost, the process killed mid-edit).

    Python runs a signal handler only when the interpreter gets control, and the Qt event loop may sleep for long
    inside C++. ``signal.set_wakeup_fd`` makes the C-level handler write to a pipe that a QSocketNotifier watches,
    so the loop wakes at once and Python runs the handler; the handler only queues the quit (a zero timer), so it
    never runs inside whatever Python code it interrupted. Where that is not available (Windows) a timer gives
    Python a turn four times a second instead. A pipe, not a socket: Rapport opens no sockets at all.
    """

    def __init__(self, app: QApplication, quit_app: Callable[[], None]):
        import signal

        self._signal = signal
        self._quit_app = quit_app
        self._fds: tuple[int, int] | None = None
        self._notifier = None
        self._timer = None
        self._previous: dict[int, object] = {}
        self._old_wakeup = -1
        self.received: list[int] = []
        signals = [getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)]
        for number in signals:
            self._previous[number] = signal.signal(number, self._handle)
        if os.name == "posix":
            from PySide6.QtCore import QSocketNotifier

            read_fd, write_fd = os.pipe()
            os.set_blocking(read_fd, False)
            os.set_blocking(write_fd, False)
            self._fds = (read_fd, write_fd)
            self._old_wakeup = signal.set_wakeup_fd(write_fd, warn_on_full_buffer=False)
            self._notifier = QSocketNotifier(read_fd, QSocketNotifier.Type.Read, app)
            self._notifier.activated.connect(self._drain)
        else:
            from PySide6.QtCore import QTimer

            self._timer = QTimer(app)
            self._timer.timeout.connect(lambda: None)  # a Python turn: pending handlers run
            self._timer.start(250)

    def _drain(self, *_args) -> None:
        if self._fds is None:
            return
        try:
            while os.read(self._fds[0], 512):
                pass
        except (BlockingIOError, InterruptedError):
            pass  # drained; Python runs the pending handler right after this call

    def _handle(self, number: int, _frame) -> None:
        from PySide6.QtCore import QTimer

        self.received.append(number)
        log.info("signal %s: saving and quitting", number)
        QTimer.singleShot(0, self._quit_app)

    def remove(self) -> None:
        """Put the previous handlers back (the loop is over)."""
        for number, previous in self._previous.items():
            self._signal.signal(number, previous)
        self._previous = {}
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._fds is not None:
            self._signal.set_wakeup_fd(self._old_wakeup)
            for fd in self._fds:
                os.close(fd)
            self._fds = None
        if self._timer is not None:
            self._timer.stop()
            self._timer = None


def _commit_data(window) -> None:
    """The session manager asks running programs to save (the user is logging out): save now, and quit for real
    when the session then ends (closing must not hide in the tray)."""
    window.prepare_to_quit()
    window.flush_pending_edits()


def _quit_after_closing_the_rest() -> None:
    """The main window closed for good: close the other windows (each saves what it must), then end the loop."""
    close_all_windows()
    QApplication.instance().quit()


def run_gui(paths: AppPaths, *, background: bool = False) -> int:
    """Start the GUI over ``paths`` and run until the window closes for good (File → Quit, or closing it where
    it does not stay in the system tray). ``background``: start hidden in the tray (see :func:`present`).

    A second launch on the same folder asks the running Rapport to show its window (it may be hidden in the tray)
    and exits 0; only when that Rapport does not answer (another computer sharing the folder, an older version)
    does it say that the folder is in use and exit 3."""
    from app.errors import classify
    from app.instance_lock import InstanceLock, ShowRequests, request_show
    from app.logging_setup import setup_logging
    from app.paths import DataFolderError
    from app.ui.crash import install_excepthook
    from app.ui.i18n import chosen_language, install_translators

    app = ensure_application()
    install_translators(chosen_language(paths.settings_file))  # the language of every message from here on
    try:
        if paths.data_dir.is_dir() and paths.read_only:  # a read-only disk, or a folder made 0500 on purpose
            tell(
                APP_NAME,
                QCoreApplication.translate(
                    "app",
                    "The data folder is read-only:\n{path}\n\nThe window saves what you type as you type, so it "
                    "does not open on a folder it cannot write. The data can still be read from the command line "
                    "(rapport --data-dir FOLDER export, search, agenda, backup -o FILE); make the folder writable "
                    "to work in it.",
                ).format(path=paths.data_dir),
            )
            return 3
        paths.ensure()
    except DataFolderError as exc:  # the data folder is a file, or cannot be created: say so, no traceback
        tell(
            APP_NAME,
            QCoreApplication.translate("app", "Rapport cannot use its data folder:\n{error}").format(error=exc),
        )
        return 3
    setup_logging(paths.log_file)
    install_excepthook(paths.log_file)
    log.info("starting Rapport %s", __version__)
    lock = InstanceLock(paths.data_dir)
    if not lock.acquire():
        problem = lock.failure()
        if problem is not None:  # nobody holds it: the folder cannot be written (a full disk), not "already open"
            log.error("cannot take the lock of the data folder: %s", problem)
            tell(APP_NAME, QCoreApplication.translate("app", "Rapport cannot start: {problem}").format(problem=problem))
            return 3
        holder = lock.holder()
        who = f" (process {holder.pid})" if holder and holder.pid else ""
        if background:  # started at login while Rapport already runs on this folder: nothing to do
            log.info("Rapport is already open on this folder%s; not starting a second one", who)
            return 0
        if request_show(paths.data_dir):
            log.info("Rapport is already open on this folder%s: asked it to show its window", who)
            if is_headless():
                print(
                    f"rapport: Rapport is already open with this data folder{who}: showed its window", file=sys.stderr
                )
            return 0
        tell(
            APP_NAME,
            QCoreApplication.translate(
                "app",
                "Rapport is already open with this data folder{who}:\n{path}\n\nSwitch to that window, "
                "or close it before starting Rapport again.",
            ).format(who=who, path=paths.data_dir),
            critical=False,
        )
        return 3
    try:
        window = None
        for _attempt in range(2):
            try:
                window = build_window(paths, check=False, lazy_pages=True, defer_features=True)
                break
            except DatabaseCorruptError as exc:
                log.error("database damaged: %s", exc.detail)
                if not offer_restore(paths, exc):
                    return 3
            except SchemaTooNewError as exc:
                tell(APP_NAME, str(exc))
                return 3
            except Exception as exc:  # cannot open the database at all: say so plainly instead of a traceback
                known = classify(exc)
                if known is None:
                    raise
                log.error("cannot open the database: %s", known.title)
                tell(
                    APP_NAME,
                    QCoreApplication.translate("app", "Rapport cannot open its database:\n{path}\n\n{error}").format(
                        path=paths.db_path, error=known.said()[1]
                    ),
                )
                return 3
        if window is None:
            return 3
        show_requests = ShowRequests(paths.data_dir, window)
        show_requests.requested.connect(window.bring_back)
        # Rapport ends when the main window closes for good, not when its last window hides in the tray.
        app.setQuitOnLastWindowClosed(False)
        window.closed.connect(_quit_after_closing_the_rest)
        app.aboutToQuit.connect(window.quit_unattended)  # the loop ends: close for real while the database is open
        app.commitDataRequest.connect(lambda _manager: _commit_data(window))  # logging out: save, quit for real
        signals = QuitOnSignals(app, window.quit_unattended)  # SIGTERM/SIGHUP: save and quit, exit 0
        present(window, background=background)
        try:
            return app.exec()
        finally:
            signals.remove()
    finally:
        close_database()
        lock.release()
