"""File → Back Up Now… / Restore Backup… / Show Backups, the daily automatic backup, and the status bar's "last
backup" note."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6 import QtWidgets
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from app.core.changes import Changes
from app.core.connection import known_migrations, sqlite_connection
from app.core.data import backup
from app.core.data.storage import daily_backup_of_file, keep_counts
from app.core.translated import shown, shown_error
from app.ui.context import AppContext
from app.ui.widgets.modal import run_modal
from app.ui.widgets.text import date_and_time, short_day

log = logging.getLogger(__name__)
WAIT_AT_CLOSE_MS = 60_000  # the daily backup of a large network takes seconds; never hang the quit for ever
# The message boxes and file dialogs are named through the module (QtWidgets.QMessageBox): PySide6 makes a Qt class,
# with its enums, when a module first names it, and this controller is made before the window's first paint while its
# dialogs open only when asked for (issue 21); the restore dialog is in app.ui.backup_dialog.


class _DailyBackup(QRunnable):
    """Takes the day's backup on a worker thread with its own connection, so the window never waits for it."""

    def __init__(self, db_path: Path, folder: Path, keep: tuple[int, int], done: Signal):
        super().__init__()
        self.db_path, self.folder, self.keep, self.done = db_path, folder, keep, done

    def run(self) -> None:
        try:
            path = daily_backup_of_file(self.db_path, self.folder, self.keep)
            self.done.emit(str(path) if path else "")
        except Exception:  # never disturb the user for the automatic backup; the log has it
            log.exception("daily backup failed")
            self.done.emit("")


class _QuickCheck(QRunnable):
    """PRAGMA quick_check on a read-only connection of its own (about 0.2 s per 150 MB), off the UI thread."""

    def __init__(self, db_path: Path, done: Signal):
        super().__init__()
        self.db_path, self.done = db_path, done

    def run(self) -> None:
        try:
            result = backup.check_file(self.db_path, full=False)
            self.done.emit("" if result.ok else shown(result.reason))
        except Exception as exc:  # the check itself failing is worth saying, not crashing over
            log.exception("start-up check failed")
            self.done.emit(str(exc))


class BackupController(QObject):
    """Owns the backup actions of one main window."""

    daily_finished = Signal(str)
    status_changed = Signal(str)
    check_finished = Signal(str)

    def __init__(self, ctx: AppContext, window: QWidget):
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        # File → Back Up Now…, Restore Backup…, Show Backups (declared in app.ui.actions_catalog)
        registry = window.action_registry
        registry.handle("backupAction", self.backup_now)
        registry.handle("restoreAction", self.choose_and_restore)
        registry.handle("showBackupsAction", self.show_backups)
        self.backup_action = registry.action("backupAction")
        self.restore_action = registry.action("restoreAction")
        self.show_action = registry.action("showBackupsAction")
        self.daily_finished.connect(self._daily_done)
        self.check_finished.connect(self._check_done)
        # The start-up check and the daily backup run here and emit this controller's signals when done: the window
        # waits for them when it closes for good, so that no worker emits from a controller already deleted (a quit
        # right after the first paint did: "Signal source has been deleted"; a backup is never cut short either).
        self.workers = QThreadPool(self)
        self._closing = False
        window.closed.connect(self.wait_for_workers)

    # --- status ----------------------------------------------------------------------------------------------
    def last_backup_text(self) -> str:
        backups = backup.list_backups(self.ctx.paths.backup_dir)
        if not backups:
            return self.tr("no backup yet")
        taken = backups[0].taken_at
        today = self.ctx.clock.today()
        if taken.date() == today:
            return self.tr("last backup {time}").format(time=taken.strftime("%H:%M"))
        return self.tr("last backup {day}").format(day=short_day(taken.date()))

    def schedule_daily(self, delay_ms: int = 1500) -> None:
        """Take the day's backup shortly after start-up, off the UI thread."""
        QTimer.singleShot(delay_ms, self, self._start_daily)

    def _start_daily(self) -> None:
        job = _DailyBackup(self.ctx.paths.db_path, self.ctx.paths.backup_dir, keep_counts(), self.daily_finished)
        self._start(job)

    def _start(self, job: QRunnable) -> None:
        if not self._closing:  # the window closed for good: nothing new starts
            self.workers.start(job)

    def wait_for_workers(self) -> None:
        """The window closed for good: let a running check or backup finish (and emit) while this controller still
        exists; nothing new starts after this."""
        self._closing = True
        if not self.workers.waitForDone(WAIT_AT_CLOSE_MS):
            log.warning("a backup or check was still running %d s after the window closed", WAIT_AT_CLOSE_MS // 1000)

    def _daily_done(self, path: str) -> None:
        self.status_changed.emit(self.last_backup_text())

    # --- start-up check ----------------------------------------------------------------------------------------
    def check_integrity_soon(self) -> None:
        """DESIGN §9's quick_check at start, run right after the window shows (the result comes back as a signal)."""
        self._start(_QuickCheck(self.ctx.paths.db_path, self.check_finished))

    def _check_done(self, problem: str) -> None:
        if not problem:
            log.info("start-up check: ok")
            return
        log.error("start-up check found damage: %s", problem)
        if QApplication.platformName() in ("offscreen", "minimal"):  # no screen for a dialog: say it on stderr
            print(f"rapport: the database is damaged ({problem}); see `rapport restore`", file=sys.stderr)
            return
        self.offer_restore_after_damage(problem)

    def offer_restore_after_damage(self, problem: str) -> bool:
        """The database is damaged: offer the newest good backup (the damaged file is kept beside it)."""
        good = backup.newest_good_backup(self.ctx.paths.backup_dir, known_migrations())
        if good is None:
            QtWidgets.QMessageBox.critical(
                self.window,
                self.tr("Damaged database"),
                self.tr(
                    "Rapport found damage in its database and there is no backup to restore:\n{problem}\n\n"
                    "Keep working carefully and save a copy with File → Back Up Now; SQLite tools may recover it."
                ).format(problem=problem),
            )
            return False
        when = date_and_time(good.taken_at)
        answer = QtWidgets.QMessageBox.question(
            self.window,
            self.tr("Damaged database"),
            self.tr(
                "Rapport found damage in its database:\n{problem}\n\nRestore the newest good backup, from {when}? "
                "The damaged file is kept beside it."
            ).format(problem=problem, when=when),
        )
        if answer != QtWidgets.QMessageBox.StandardButton.Yes:
            return False
        try:
            backup.keep_damaged_copy(self.ctx.paths.db_path)
            backup.restore_checked(  # checked and brought up to this schema before the live database changes
                sqlite_connection(),
                good.path,
                self.ctx.paths.backup_dir,
                known_migrations(),
                clock=self.ctx.clock,
                keep_current=False,
            )
        except (backup.BackupError, OSError) as exc:
            QtWidgets.QMessageBox.warning(self.window, self.tr("Restore failed"), shown_error(exc))
            return False
        self.ctx.undo_stack.clear()
        self.ctx.publish(Changes.all())  # everything was replaced
        self.window.statusBar().showMessage(self.tr("Restored the backup from {when}.").format(when=when), 10000)
        return True

    # --- actions ---------------------------------------------------------------------------------------------
    def backup_now(self) -> None:
        stamp = self.ctx.clock.now().strftime("%Y-%m-%d")
        suggested = str(Path.home() / f"Rapport backup {stamp}.sqlite3")
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self.window, self.tr("Back up your data"), suggested, self.tr("Rapport backups (*.sqlite3)")
        )
        if not path:
            return
        from app.ui.import_export.worker import run_while_waiting

        folder, clock = self.ctx.paths.backup_dir, self.ctx.clock

        def work(_progress, _cancelled) -> None:  # on a worker: a copy of 50 000 contacts takes a second or two
            backup.backup_to(sqlite_connection(), Path(path))
            backup.take_backup(sqlite_connection(), folder, "manual", clock=clock)

        try:
            run_while_waiting(self.window, work)
        except backup.BackupError as exc:
            QtWidgets.QMessageBox.warning(self.window, self.tr("Backup failed"), shown_error(exc))
            return
        self.status_changed.emit(self.last_backup_text())
        self.window.statusBar().showMessage(self.tr("Backup saved to {path}").format(path=path), 8000)

    def show_backups(self) -> bool:
        """Open the folder of the automatic backups (created if Rapport has not made one yet)."""
        from app.paths import ensure_private_dir

        folder = ensure_private_dir(self.ctx.paths.backup_dir)
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def choose_and_restore(self) -> None:
        from app.ui.backup_dialog import RestoreDialog

        dialog = RestoreDialog(self.ctx.paths.backup_dir, self.window)
        if run_modal(dialog) != RestoreDialog.DialogCode.Accepted or dialog.chosen is None:
            return
        self.restore(dialog.chosen)

    def restore(self, source: Path, *, confirm: bool = True) -> bool:
        """Check ``source``, keep the current data as a pre-restore backup, restore; True when restored."""
        checked = backup.check_file(source, known_migrations())
        if not checked.ok:
            QtWidgets.QMessageBox.warning(self.window, self.tr("Cannot restore"), shown(checked.reason))
            return False
        if confirm:
            answer = QtWidgets.QMessageBox.question(
                self.window,
                self.tr("Restore backup?"),
                self.tr(
                    "Replace your current data with this backup (%Ln contact(s))?\n\nYour current data is saved as "
                    "a backup first, so you can go back.",
                    "",
                    checked.contacts,
                ),
            )
            if answer != QtWidgets.QMessageBox.StandardButton.Yes:
                return False
        from app.ui.import_export.worker import run_while_waiting

        folder, migrations, clock = self.ctx.paths.backup_dir, known_migrations(), self.ctx.clock

        def work(_progress, _cancelled):
            # Checked again and brought up to this version's schema in a private copy before the live database
            # changes; the current data is kept as a pre-restore backup. On a worker: seconds for a large network.
            return backup.restore_checked(sqlite_connection(), source, folder, migrations, clock=clock)

        try:
            kept, _checked = run_while_waiting(self.window, work)
        except backup.BackupError as exc:
            QtWidgets.QMessageBox.warning(self.window, self.tr("Restore failed"), shown_error(exc))
            return False
        self.ctx.undo_stack.clear()
        self.ctx.publish(Changes.all())  # everything was replaced
        self.status_changed.emit(self.last_backup_text())
        self.window.statusBar().showMessage(
            self.tr("Restored {name}. Your previous data is in {kept}.").format(name=source.name, kept=kept.name),
            10000,
        )
        return True
