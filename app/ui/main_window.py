"""The main window: sidebar navigation, the page stack, menus and the status bar (DESIGN §5, UI.md)."""

from __future__ import annotations

import importlib
import logging
import sys

from PySide6.QtCore import QByteArray, QProcess, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.core import overview
from app.ui import sample_data
from app.ui.backup_ui import BackupController
from app.ui.cards.controller import BusinessCards
from app.ui.coach.integration import install as install_coach
from app.ui.contacts.page import ContactsPage
from app.ui.context import AppContext
from app.ui.followups.integration import install as install_followups
from app.ui.icons import app_icon, ui_icon
from app.ui.import_export.integration import install as install_import_export
from app.ui.navigation import Navigation
from app.ui.opportunities.integration import install as install_opportunities
from app.ui.page_registry import LATER_PAGES
from app.ui.sync import install_sync
from app.ui.today.page import TodayPage
from app.ui.tray import CLOSE_NOTE_KEY, Tray, keeps_running
from app.ui.widgets.first_paint import FirstPaint
from app.ui.widgets.modal import run_modal
from app.ui.widgets.page import Page

log = logging.getLogger(__name__)

DEFAULT_SIZE = (1200, 800)

DEMO_MARKER = sample_data.MARKER


class MainWindow(QMainWindow):
    """One window over one data folder. Build it with :func:`app.main.create_window`.

    Closing it hides it in the system tray when the desktop has one and Preferences → General says so (Rapport keeps
    announcing follow-ups); File → Quit and the tray's Quit end Rapport. ``closed`` is emitted once it really closed.
    """

    closed = Signal()

    def __init__(self, ctx: AppContext, *, lazy_pages: bool = False):
        """``lazy_pages``: build the Pitches, Calendar and Insights pages when first shown rather than now (how
        `rapport` starts, for a faster first paint and less memory until they are used)."""
        super().__init__()
        self.ctx = ctx
        self.first_paint = FirstPaint(self)
        self.setObjectName("mainWindow")
        self._quitting = False
        self._unattended = False  # quitting because of a signal or the session's end: nobody to ask
        self._closed = False
        self.is_demo = sample_data.is_sample(ctx.paths)
        title = APP_NAME if not self.is_demo else self.tr("{app} — sample data").format(app=APP_NAME)
        self.setWindowTitle(title)
        self.setWindowIcon(app_icon())

        self.navigation = Navigation()
        self.stack = QStackedWidget()
        self.stack.setObjectName("pageStack")
        self.pages: dict[str, Page] = {}  # the pages built so far, by objectName
        self.page_names: list[str] = []  # every page, in sidebar order
        self._page_titles: dict[str, str] = {}
        self._placeholders: dict[str, QWidget] = {}
        self._when_built: dict[str, list] = {}
        self.today_page = TodayPage(ctx)
        self.contacts_page = ContactsPage(ctx)
        for page in (self.today_page, self.contacts_page):
            self._add_entry(page.objectName(), page.title, page.icon_name, page)
        for name, (_module, _cls, page_title, icon) in LATER_PAGES.items():
            self._add_entry(name, page_title, icon, None)
        if not lazy_pages:
            for name in LATER_PAGES:
                self.page(name)
        self.navigation.currentRowChanged.connect(self._show_row)

        sidebar = QWidget()
        sidebar.setObjectName("sidebar")
        side_layout = QVBoxLayout(sidebar)
        side_layout.setContentsMargins(8, 12, 0, 8)
        side_layout.addWidget(self.navigation, 1)
        side_layout.addWidget(self._log_button())
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(sidebar)
        layout.addWidget(self.stack, 1)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.sample_banner = sample_data.SampleBanner() if self.is_demo else None
        if self.sample_banner is not None:
            column.addWidget(self.sample_banner)
        column.addWidget(body, 1)
        self.setCentralWidget(central)

        self.status_counts = QLabel()
        self.status_counts.setObjectName("statusCounts")
        self.statusBar().addPermanentWidget(self.status_counts)  # no stretch: messages need the room on the left
        # the sample-data window stays out of the tray: its made-up follow-ups are nobody's reminders
        self.tray = Tray(self, fallback=self._show_notification, enabled=not self.is_demo)
        self.tray.show_requested.connect(self.bring_back)
        self.tray.message_clicked.connect(self.bring_back)
        self.tray.quit_requested.connect(self.quit_app)

        self.backups = BackupController(ctx, self)
        self.backups.status_changed.connect(self._status_timer_start)
        self._build_menus()
        self.followups = install_followups(self)
        self.import_export = install_import_export(self)
        self.business_cards = BusinessCards(self)  # File → Print/Scan Business Card…, Edit → My Profile…, drops
        self.coach = install_coach(self)  # meeting prep, introductions, Insights and goals wiring (app.ui.coach)
        self.sync = install_sync(self)  # CardDAV/CalDAV sync: worker, timers, status bar (app.ui.sync, issue 20)
        self.opportunities = install_opportunities(self)  # the job search (app.ui.opportunities, issue 22)
        self.today_page.step_requested.connect(self.run_first_step)
        self.today_page.demo_requested.connect(self.open_demo)
        self.sample_filler = sample_data.SampleFiller(self)
        self.sample_filler.ready.connect(self._open_sample_window)
        self.sample_filler.failed.connect(self._sample_failed)
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(0)
        self._status_timer.timeout.connect(self.update_status)
        for signal in (
            ctx.bus.contacts_changed,
            ctx.bus.followups_changed,
            ctx.bus.interactions_changed,
            ctx.bus.data_reset,
        ):
            signal.connect(self._status_timer.start)
        self.update_status()
        self.navigation.setCurrentRow(0)
        self._restore_geometry()

    def after_first_paint(self, callback, context=None) -> None:
        """Run ``callback`` once the window is on screen (see :mod:`app.ui.widgets.first_paint`)."""
        self.first_paint.call_after(callback, context)

    # --- pages -------------------------------------------------------------------------------------------------
    def _add_entry(self, name: str, page_title: str, icon: str, page: Page | None) -> None:
        self.page_names.append(name)
        self._page_titles[name] = page_title
        shortcut = f"Ctrl+{len(self.page_names)}"
        self.navigation.add_page(name, self.tr(page_title), ui_icon(icon), shortcut)
        if page is not None:
            self.pages[name] = page
            self.stack.addWidget(page)
        else:
            self._placeholders[name] = QWidget()
            self.stack.addWidget(self._placeholders[name])

    def page(self, name: str) -> Page:
        """The page with objectName ``name``, built now if it was not yet (see ``lazy_pages``)."""
        page = self.pages.get(name)
        if page is not None:
            return page
        module_name, class_name, _title, _icon = LATER_PAGES[name]
        page = getattr(importlib.import_module(module_name), class_name)(self.ctx)
        placeholder = self._placeholders.pop(name)
        index = self.stack.indexOf(placeholder)
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.pages[name] = page
        for callback in self._when_built.pop(name, []):
            callback(page)
        return page

    def when_page_built(self, name: str, callback) -> None:
        """Call ``callback(page)`` once the page ``name`` exists: now, or when it is first built."""
        if name in self.pages:
            callback(self.pages[name])
        else:
            self._when_built.setdefault(name, []).append(callback)

    @property
    def pitches_page(self) -> Page:
        return self.page("pitchesPage")

    @property
    def calendar_page(self) -> Page:
        return self.page("calendarPage")

    @property
    def insights_page(self) -> Page:
        return self.page("insightsPage")

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.page_names):
            self.page(self.page_names[row])  # build it first, so the stack never shows a placeholder
        self.stack.setCurrentIndex(row)

    def show_page(self, name: str) -> Page:
        """Switch to the page with objectName ``name`` (as the navigation does) and return it."""
        page = self.page(name)
        self.navigation.setCurrentRow(self.page_names.index(name))
        return page

    def current_page(self) -> Page:
        return self.stack.currentWidget()

    def open_contact(self, contact_id: int) -> None:
        """Show one contact on the Contacts page (Today and the Calendar ask for it)."""
        page = self.show_page("contactsPage")
        for name in ("open_contact", "show_contact", "select_contact"):
            method = getattr(page, name, None)
            if callable(method):
                method(contact_id)
                return

    # --- menus -------------------------------------------------------------------------------------------------
    def _action(self, text: str, shortcut=None, tip: str = "", slot=None, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip or text.replace("&", "").rstrip("…"))
        action.setStatusTip(action.toolTip())
        if name:
            action.setObjectName(name)
        if slot is not None:
            action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.import_action = self._action(
            self.tr("&Import…"),
            QKeySequence.StandardKey.Open,
            self.tr("Import contacts from LinkedIn, Google, Outlook or vCard files"),
            name="importAction",
        )
        self.export_action = self._action(
            self.tr("&Export…"),
            "Ctrl+Shift+E",
            self.tr("Export contacts as vCard or CSV, or everything as JSON"),
            name="exportAction",
        )
        self.open_folder_action = self._action(
            self.tr("Open &Data Folder"),
            None,
            self.tr("Show the folder where Rapport keeps your data"),
            self.open_data_folder,
            name="openDataFolderAction",
        )
        self.quit_action = self._action(
            self.tr("&Quit"), "Ctrl+Q", self.tr("Quit Rapport"), self.quit_app, name="quitAction"
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        for action in (
            self.import_action,
            self.export_action,
            None,
            self.backups.backup_action,
            self.backups.restore_action,
            self.backups.show_action,
            self.open_folder_action,
            None,
            self.quit_action,
        ):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.ctx.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setObjectName("undoAction")
        self.redo_action = self.ctx.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.setObjectName("redoAction")
        self.find_action = self._action(
            self.tr("&Find Contact…"),
            QKeySequence.StandardKey.Find,
            self.tr("Search your contacts"),
            self.find_contact,
            name="findAction",
        )
        for action in (self.undo_action, self.redo_action, None, self.find_action):
            edit_menu.addSeparator() if action is None else edit_menu.addAction(action)
        edit_menu.aboutToShow.connect(self.flush_pending_edits)  # Undo must see what was just typed

        contacts_menu = bar.addMenu(self.tr("&Contacts"))
        self.log_action = self._action(
            self.tr("&Log Interaction…"),
            "Ctrl+L",
            self.tr("Log a call, coffee, email… with a contact"),
            self.log_interaction,
            name="logInteractionAction",
        )
        self.log_action.setIcon(ui_icon("log"))
        contacts_menu.addAction(self.log_action)
        contacts_menu.addSeparator()
        for action in self.contacts_page.menu_actions():
            contacts_menu.addSeparator() if action is None else contacts_menu.addAction(action)

        view_menu = bar.addMenu(self.tr("&View"))
        for number, name in enumerate(self.page_names, start=1):
            page_title = self._page_titles[name]
            action = self._action(
                self.tr(page_title),
                f"Ctrl+{number}",
                self.tr("Show {page}").format(page=self.tr(page_title)),
                lambda _=False, n=name: self.show_page(n),
            )
            view_menu.addAction(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.guide_action = self._action(
            self.tr("&Getting Started"),
            QKeySequence.StandardKey.HelpContents,
            self.tr("A short guide to Rapport (offline)"),
            self.show_guide,
            name="guideAction",
        )
        self.shortcuts_action = self._action(
            self.tr("&Keyboard Shortcuts"),
            "Ctrl+/" if sys.platform == "darwin" else "Ctrl+?",  # Cmd+? is the Mac's Help key (Getting Started)
            self.tr("Every keyboard shortcut of the window"),
            self.show_shortcuts,
            name="shortcutsAction",
        )
        self.open_log_action = self._action(
            self.tr("Open &Log Folder"),
            None,
            self.tr("Show the folder of Rapport's log file, to attach it to a problem report"),
            self.open_log_folder,
            name="openLogFolderAction",
        )
        self.about_action = self._action(
            self.tr("&About Rapport"),
            None,
            self.tr("Version, licence and data folder"),
            self.show_about,
            name="aboutAction",
        )
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_items = (
            self.guide_action,
            self.today_page.checklist_action,  # the Get started checklist on Today, after it was put away
            self.shortcuts_action,
            None,
            self.open_log_action,
            None,
            self.about_action,
        )
        for action in help_items:
            help_menu.addSeparator() if action is None else help_menu.addAction(action)

    # --- actions -----------------------------------------------------------------------------------------------
    def about_text(self) -> str:
        from app.ui.help.about import about_html

        return about_html(self.ctx.paths)

    def show_about(self) -> None:
        from app.ui.help.about import AboutDialog

        run_modal(AboutDialog(self.ctx.paths, self))

    def show_guide(self) -> None:
        from app.ui.help.guide import GuideDialog

        run_modal(GuideDialog(self))

    def show_shortcuts(self) -> None:
        from app.ui.help.shortcuts import ShortcutsDialog

        run_modal(ShortcutsDialog(self))

    def open_data_folder(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.paths.data_dir)))

    def open_log_folder(self) -> bool:
        from app.paths import ensure_private_dir

        folder = ensure_private_dir(self.ctx.paths.log_dir)
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def find_contact(self) -> None:
        page = self.show_page("contactsPage")
        focus = getattr(page, "focus_search", None)
        if callable(focus):
            focus()

    def _log_button(self) -> QWidget:
        """The "Log interaction" button under the navigation (UI.md), with a line above it."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 8, 8, 0)
        layout.setSpacing(8)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        button = QToolButton()
        button.setObjectName("sidebarLog")
        button.setIcon(ui_icon("log"))
        button.setText(
            self.tr("Log  {key}").format(key=QKeySequence("Ctrl+L").toString(QKeySequence.SequenceFormat.NativeText))
        )
        button.setToolTip(self.tr("Log a call, coffee, email… with a contact (Ctrl+L)"))
        button.setAccessibleName(self.tr("Log interaction"))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.clicked.connect(self.log_interaction)
        layout.addWidget(line)
        layout.addWidget(button)
        return box

    def log_interaction(self) -> None:
        """Ctrl+L: log an interaction — with the selected contact when the Contacts page shows one."""
        if self.current_page() is self.contacts_page:
            self.contacts_page.log_interaction()
            return
        from app.ui.dialogs.log_interaction import LogInteractionDialog

        run_modal(LogInteractionDialog(self.ctx, None, self))

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

    def navigation_title(self, name: str) -> str:
        row = self.page_names.index(name) if name in self.page_names else -1
        item = self.navigation.item(row) if row >= 0 else None
        return item.text() if item is not None else name

    def _close_despite_unsaved(self) -> bool:
        """After the final save failed: ask whether to close anyway (the typing would be lost) or stay."""
        pages = self.unsaved_pages()
        if not pages or self._unattended:
            if pages:
                log.warning("closing with unsaved edits on %s (no one to ask)", ", ".join(pages))
            return True
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

    def run_first_step(self, step: str) -> None:
        """A "Get started" button: go where that step is done."""
        targets = {
            "import": "contactsPage",
            "brainstorm": "contactsPage",
            "pitch": "pitchesPage",
            "rehearse": "pitchesPage",
            "log": "contactsPage",
        }
        if step == "import" and self.import_action.isEnabled():
            self.import_action.trigger()
            return
        if step == "brainstorm":
            self.show_page("contactsPage")
            self.contacts_page.brainstorm()
            return
        if step == "log":
            self.log_interaction()
            return
        page = self.show_page(targets.get(step, "todayPage"))
        start_step = getattr(page, "start_step", None)  # lets the page open the right mode for the step
        if callable(start_step):
            start_step(step)

    def open_demo(self) -> None:
        """Fill a separate sample-data folder (once, in a child process) and open it in a second Rapport window,
        offset from this one (:mod:`app.ui.sample_data`)."""
        if self.sample_filler.running():
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.statusBar().showMessage(self.tr("Preparing the sample data…"))
        self.sample_filler.start(sample_data.sample_dir(self.ctx.paths.data_dir))

    def _sample_failed(self, error: str) -> None:
        QApplication.restoreOverrideCursor()
        self.statusBar().clearMessage()
        log.error("sample data could not be made: %s", error)
        if self._closed:
            return
        QMessageBox.warning(
            self, self.tr("Sample data"), self.tr("Could not make the sample data:\n{error}").format(error=error)
        )

    def _open_sample_window(self, demo_paths) -> None:
        QApplication.restoreOverrideCursor()
        if self._closed:  # Rapport was quit while the sample data was made: it is there for next time
            return
        screen = self.screen() or QApplication.primaryScreen()
        if screen is not None:
            maximized = self.isMaximized() or self.isFullScreen()
            main = self.normalGeometry() if maximized else self.geometry()
            placed = sample_data.placement(main, screen.availableGeometry(), maximized=maximized)
            sample_data.ask_to_open_at(demo_paths, placed)
        program, args = sample_data.rapport_command("--data-dir", str(demo_paths.data_dir))
        ok, _pid = QProcess.startDetached(program, args)
        if not ok:
            self.statusBar().clearMessage()
            QMessageBox.warning(self, self.tr("Sample data"), self.tr("Could not start a second Rapport window."))
            return
        self.statusBar().showMessage(self.tr("Opening sample data from {path}").format(path=demo_paths.data_dir), 8000)

    def _status_timer_start(self, *_args) -> None:
        self._status_timer.start()

    # --- status bar --------------------------------------------------------------------------------------------
    def update_status(self) -> None:
        counts = overview.counts(self.ctx.clock)
        parts = [self.tr("%Ln contact(s)", "", counts.contacts)]
        if counts.overdue:
            parts.append(self.tr("{n} overdue").format(n=counts.overdue))
        if counts.due_today:
            parts.append(self.tr("{n} due today").format(n=counts.due_today))
        parts.append(self.backups.last_backup_text())
        self.status_counts.setText(" · ".join(parts))
        self.navigation.set_badge(
            0,
            counts.attention,
            self.tr("Today: {o} overdue, {t} due today (Ctrl+1)").format(o=counts.overdue, t=counts.due_today),
        )

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
        self.resize(*DEFAULT_SIZE)
        screen = QApplication.primaryScreen()
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
        self.statusBar().showMessage(f"{title}: {first}" if first else title, 15_000)

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
