"""The main window: sidebar navigation, the page stack, menus and the status bar (DESIGN §5, UI.md)."""

from __future__ import annotations

import importlib
import logging

# QtCore.QProcess, QtGui.QDesktopServices, QtWidgets.QMessageBox…: named where used, after the first paint
# (PySide6 makes a Qt class, with its enums, when a module first names it: issue 21).
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.core import overview
from app.ui import sample_data
from app.ui.actions import ActionRegistry
from app.ui.actions_catalog import ACTIONS, MENUS, view_action
from app.ui.backup_ui import BackupController
from app.ui.context import AppContext
from app.ui.icons import app_icon, ui_icon
from app.ui.main_window_closing import WindowClosing
from app.ui.navigation import Navigation
from app.ui.page_registry import LATER_PAGES
from app.ui.today.page import TodayPage
from app.ui.tray import Tray
from app.ui.widgets.first_paint import FirstPaint
from app.ui.widgets.modal import run_modal
from app.ui.widgets.page import Page

log = logging.getLogger(__name__)

DEMO_MARKER = sample_data.MARKER


class MainWindow(WindowClosing):
    """One window over one data folder. Build it with :func:`app.main.create_window`.

    Closing it hides it in the system tray when the desktop has one and Preferences → General says so (Rapport keeps
    announcing follow-ups); File → Quit and the tray's Quit end Rapport. ``closed`` is emitted once it really closed.
    """

    closed = Signal()

    def __init__(self, ctx: AppContext, *, lazy_pages: bool = False, defer_features: bool = False):
        """``lazy_pages``: build every page but Today (Contacts, Pitches, Calendar, Insights, Opportunities) when first
        shown rather than now (how `rapport` starts, for a faster first paint and less memory until they are used).
        Their menu actions exist from the start: triggering one builds its page first (app.ui.actions).

        ``defer_features``: leave the features that draw nothing on Today (follow-up reminders and the rules'
        scheduler, import/export, business cards, the coach's dialogs, sync, the job search) to
        :meth:`install_features`, which `rapport` calls once the window has painted (issue 21). Their menu actions
        exist from the start (app.ui.actions_catalog) and do nothing until then; the status bar's counts and
        Today's badge come just after the first paint too (app.ui.application.present). A window built for tests and
        `self-test` has them at once."""
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
        self.action_registry = ActionRegistry(self, ACTIONS, MENUS)  # the menus' actions (app.ui.actions)
        self.today_page = TodayPage(ctx)
        self._add_entry(self.today_page.objectName(), self.today_page.title, self.today_page.icon_name, self.today_page)
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
        self._declare_actions()
        self.features_installed = False
        if not defer_features:
            self.install_features()
        self._build_menus()
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
        if not defer_features:  # else present() fills the status bar and Today's badge once the window has painted
            self.update_status()
        self.navigation.setCurrentRow(0)
        self._restore_geometry()

    def install_features(self) -> None:
        """The features beyond Today's drawing, each wiring its menu actions' handlers, signals and status-bar parts
        (once; see ``defer_features``)."""
        if self.features_installed:
            return
        self.features_installed = True
        from app.ui.cards.controller import BusinessCards
        from app.ui.coach.integration import install as install_coach
        from app.ui.followups.integration import install as install_followups
        from app.ui.import_export.integration import install as install_import_export
        from app.ui.opportunities.integration import install as install_opportunities
        from app.ui.sync import install_sync

        self.followups = install_followups(self)
        self.import_export = install_import_export(self)
        self.business_cards = BusinessCards(self)  # File → Print/Scan Business Card…, Edit → My Profile…, drops
        self.coach = install_coach(self)  # meeting prep, introductions, Insights and goals wiring (app.ui.coach)
        self.sync = install_sync(self)  # CardDAV/CalDAV sync: worker, timers, status bar (app.ui.sync, issue 20)
        self.opportunities = install_opportunities(self)  # the job search (app.ui.opportunities, issue 22)

    def after_first_paint(self, callback, context=None) -> None:
        """Run ``callback`` once the window is on screen (see :mod:`app.ui.widgets.first_paint`)."""
        self.first_paint.call_after(callback, context)

    # --- pages -------------------------------------------------------------------------------------------------
    def _add_entry(self, name: str, page_title: str, icon: str, page: Page | None) -> None:
        self.page_names.append(name)
        self._page_titles[name] = page_title
        shortcut = f"Ctrl+{len(self.page_names)}"
        self.navigation.add_page(name, self.tr(page_title), ui_icon(icon), shortcut)
        if page is not None:  # built already (Today): in its place at once, not through a placeholder
            self.stack.addWidget(page)
            self._page_ready(name, page)
            return
        self._placeholders[name] = QWidget()
        self.stack.addWidget(self._placeholders[name])

    def page(self, name: str) -> Page:
        """The page with objectName ``name``, built now if it was not yet (see ``lazy_pages``)."""
        page = self.pages.get(name)
        if page is not None:
            return page
        module_name, class_name, _title, _icon = LATER_PAGES[name]
        page = getattr(importlib.import_module(module_name), class_name)(self.ctx)
        self._install_page(name, page)
        return page

    def _install_page(self, name: str, page: Page) -> None:
        """Put ``page`` in its placeholder's place and tell whoever waits for it (its actions' handlers first)."""
        placeholder = self._placeholders.pop(name)
        index = self.stack.indexOf(placeholder)
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self._page_ready(name, page)

    def _page_ready(self, name: str, page: Page) -> None:
        """``page`` is in the stack: known by its name, and whoever waits for it told (its actions' handlers first:
        the action registry, made before Today, waits for every page, Today included)."""
        self.pages[name] = page
        for callback in self._when_built.pop(name, []):
            callback(page)

    def when_page_built(self, name: str, callback) -> None:
        """Call ``callback(page)`` once the page ``name`` exists: now, or when it is first built."""
        if name in self.pages:
            callback(self.pages[name])
        else:
            self._when_built.setdefault(name, []).append(callback)

    @property
    def contacts_page(self) -> Page:
        return self.page("contactsPage")

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

    # --- menus (declared in app.ui.actions_catalog, built by the registry) ------------------------------------
    def _declare_actions(self) -> None:
        registry = self.action_registry
        for number, name in enumerate(self.page_names, start=1):
            title = self.tr(self._page_titles[name])
            spec = view_action(name, title, number, self.tr("Show {page}").format(page=title))
            registry.declare(spec, lambda n=name: self.show_page(n))
        for key, handler in (
            ("openDataFolderAction", self.open_data_folder),
            ("quitAction", self.quit_app),
            ("findAction", self.find_contact),
            ("logInteractionAction", self.log_interaction),
            ("guideAction", self.show_guide),
            ("shortcutsAction", self.show_shortcuts),
            ("openLogFolderAction", self.open_log_folder),
            ("aboutAction", self.show_about),
        ):
            registry.handle(key, handler)
        action = registry.action
        self.import_action = action("importAction")
        self.export_action = action("exportAction")
        self.open_folder_action = action("openDataFolderAction")
        self.quit_action = action("quitAction")
        self.find_action = action("findAction")
        self.log_action = action("logInteractionAction")
        self.guide_action = action("guideAction")
        self.shortcuts_action = action("shortcutsAction")
        self.open_log_action = action("openLogFolderAction")
        self.about_action = action("aboutAction")
        self.undo_action = self.ctx.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setObjectName("undoAction")
        self.redo_action = self.ctx.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.setObjectName("redoAction")
        registry.adopt(self.undo_action)  # the undo stack's own actions: declared external, placed in Edit
        registry.adopt(self.redo_action)

    def _build_menus(self) -> None:
        """The menu bar, from the declarations (after every controller made its actions)."""
        menus = self.action_registry.build_menus(self.menuBar())
        menus["edit"].aboutToShow.connect(self.flush_pending_edits)  # Undo must see what was just typed

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
        return QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(self.ctx.paths.data_dir)))

    def open_log_folder(self) -> bool:
        from app.paths import ensure_private_dir

        folder = ensure_private_dir(self.ctx.paths.log_dir)
        return QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(folder)))

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
        contacts = self.pages.get("contactsPage")  # not built yet: it cannot be the page shown
        if contacts is not None and self.current_page() is contacts:
            contacts.log_interaction()
            return
        from app.ui.dialogs.log_interaction import LogInteractionDialog

        run_modal(LogInteractionDialog(self.ctx, None, self))

    def navigation_title(self, name: str) -> str:
        row = self.page_names.index(name) if name in self.page_names else -1
        item = self.navigation.item(row) if row >= 0 else None
        return item.text() if item is not None else name

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
        QtWidgets.QMessageBox.warning(
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
        ok, _pid = QtCore.QProcess.startDetached(program, args)
        if not ok:
            self.statusBar().clearMessage()
            QtWidgets.QMessageBox.warning(
                self, self.tr("Sample data"), self.tr("Could not start a second Rapport window.")
            )
            return
        self.statusBar().showMessage(self.tr("Opening sample data from {path}").format(path=demo_paths.data_dir), 8000)

    def _status_timer_start(self, *_args) -> None:
        self._status_timer.start()

    # --- status bar --------------------------------------------------------------------------------------------
    def update_status(self) -> None:
        counts = overview.counts(self.ctx.clock)
        parts = [self.tr("%Ln contact(s)", "", counts.contacts)]
        if counts.overdue:
            parts.append(self.tr("%Ln overdue", "", counts.overdue))
        if counts.due_today:
            parts.append(self.tr("%Ln due today", "", counts.due_today))
        parts.append(self.backups.last_backup_text())
        self.status_counts.setText(" · ".join(parts))
        self.navigation.set_badge(
            0,
            counts.attention,
            self.tr("Today: {o} overdue, {t} due today (Ctrl+1)").format(o=counts.overdue, t=counts.due_today),
        )
