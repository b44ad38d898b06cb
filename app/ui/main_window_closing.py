"""The main window's closing: unsaved edits, the tray, quitting, and the window's place on screen.

A part of :class:`app.ui.main_window.MainWindow` (a mixin, kept apart so that file stays small); it uses the
window's ``ctx``, ``pages``, ``tray`` and ``closed`` signal.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow

from app.ui import sample_data
from app.ui.tray import CLOSE_NOTE_KEY, keeps_running
from app.ui.widgets.modal import run_modal
from app.ui.widgets.text import labelled

log = logging.getLogger("app.ui.main_window")

DEFAULT_SIZE = (1200, 800)


class WindowClosing(QMainWindow):
    """Closing hides the window in the system tray when the desktop has one and Preferences → General says so;
    File → Quit and the tray's Quit end Rapport. Edits still waiting are written first, and edits the database
    refused make it ask (unless nobody is there to answer)."""

    _quitting = False
    _unattended = False  # quitting because of a signal or the session's end: nobody to ask
    _closed = False

    def flush_pending_edits(self) -> None:
        for page in self.pages.values():
            flush = getattr(page, "flush_pending_edits", None)
            if callable(flush):
                flush()

    def unsaved_pages(self) -> list[str]:
        """Titles of the pages whose edits could not be written (a full disk, a database locked for long)."""
        names = []
        for name, page in self.pages.items():
            unsaved = getattr(page, "has_unsaved_edits", None)
            if callable(unsaved) and unsaved():
                names.append(self.navigation_title(name))
        return names

    def _close_despite_unsaved(self) -> bool:
        """After the final save failed: ask whether to close anyway (the typing would be lost) or stay."""
        pages = self.unsaved_pages()
        if not pages or self._unattended:
            if pages:
                log.warning("closing with unsaved edits on %s (no one to ask)", ", ".join(pages))
            return True
        from PySide6.QtWidgets import QMessageBox  # when asked: not made before the first paint (issue 21)

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Changes not saved"))
        box.setText(self.tr("Your last changes on {pages} could not be saved yet.").format(pages=", ".join(pages)))
        box.setInformativeText(
            self.tr(
                "Rapport keeps trying while the window is open (the disk may be full, or another program may hold "
                "the database). Close anyway and lose them, or keep the window open?"
            )
        )
        keep = box.addButton(self.tr("Keep Open"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(self.tr("Close Anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.setObjectName("unsavedOnClose")
        run_modal(box)
        return box.clickedButton() is not keep

    # --- geometry ----------------------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        settings = self.ctx.settings()
        asked = sample_data.take_open_at(settings)  # the main window placed this sample window beside itself
        if asked is not None:
            self.setGeometry(asked)
            return
        geometry = settings.value("mainWindow/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            return
        screen = QApplication.primaryScreen()
        size = QSize(*DEFAULT_SIZE)
        if screen is not None:  # at 200 % a 1920×1080 screen is 960×540: the window fits it rather than spill over
            size = size.boundedTo(screen.availableGeometry().size())
        self.resize(size)
        if screen is not None:
            frame = self.frameGeometry()
            frame.moveCenter(screen.availableGeometry().center())
            self.move(frame.topLeft())

    def save_geometry(self) -> None:
        settings = self.ctx.settings()
        settings.setValue("mainWindow/geometry", self.saveGeometry())
        settings.sync()

    # --- closing, the tray and quitting ------------------------------------------------------------------------
    def closes_to_tray(self) -> bool:
        """Whether closing the window now hides it in the tray instead of quitting."""
        return not self._quitting and self.tray.is_visible() and keeps_running(self.ctx.settings())

    def prepare_to_quit(self, *_args) -> None:
        """From now on closing the window quits (the session is ending) without asking anything."""
        self._quitting = True
        self._unattended = True

    def quit_app(self) -> None:
        """File → Quit, the tray's Quit: close for real (the app ends with the window)."""
        self._quitting = True
        if not self._closed:
            self.close()

    def quit_unattended(self) -> None:
        """SIGTERM/SIGHUP, the event loop ending: save what can be saved and close for real, never waiting for an
        answer nobody is there to give."""
        self._unattended = True
        self.quit_app()

    def bring_back(self) -> None:
        """Show the window again (from the tray, a notification, or a second launch of Rapport)."""
        if self.isMinimized():
            self.showNormal()
        else:
            self.show()
        self.raise_()
        self.activateWindow()

    def _show_notification(self, title: str, body: str) -> None:
        """A notification where there is no tray: the status bar says it for a while."""
        first = body.splitlines()[0] if body else ""
        self.statusBar().showMessage(labelled(title, first) if first else title, 15_000)

    def _hide_to_tray(self) -> None:
        self.hide()
        settings = self.ctx.settings()
        if str(settings.value(CLOSE_NOTE_KEY, "false")).lower() != "true":
            settings.setValue(CLOSE_NOTE_KEY, True)
            settings.sync()
            self.tray.notify(
                self.tr("Rapport is still running"),
                self.tr(
                    "It stays in the tray to remind you of follow-ups. Quit it from this icon's menu or with "
                    "File → Quit; Edit → Preferences → General turns this off."
                ),
            )

    def showEvent(self, event) -> None:
        self._closed = False
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush_pending_edits()
        if not self._close_despite_unsaved():
            event.ignore()
            return
        self.save_geometry()
        if self.closes_to_tray():
            event.ignore()
            self._hide_to_tray()
            return
        super().closeEvent(event)
        if event.isAccepted():
            self._closed = True
            self.tray.hide()
            self.closed.emit()
