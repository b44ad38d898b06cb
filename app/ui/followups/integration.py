"""Wiring the follow-up calendar into the main window, kept out of main_window.py so that file stays small.

:func:`install` adds Edit → Preferences… (Ctrl+,), a Tools menu (Scripts, Monthly update, Export calendar), the
rule scheduler (start-up and midnight runs), the due-follow-up notifier, and connects Today's and the Calendar's
"open contact" to the window. It stops the scheduler before the window closes, so the database is never closed
under a running rule pass.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from app.ui.followups.notifier import DueNotifier
from app.ui.followups.scheduler import FollowUpScheduler
from app.ui.icons import ui_icon
from app.ui.widgets.modal import run_modal


@dataclass
class FollowUpServices:
    scheduler: FollowUpScheduler
    notifier: DueNotifier
    preferences_action: QAction
    scripts_action: QAction
    monthly_update_action: QAction

    def shutdown(self) -> None:
        self.notifier.stop()
        self.scheduler.shutdown()


class _CloseWatcher(QObject):
    def __init__(self, services: FollowUpServices, parent: QObject):
        super().__init__(parent)
        self.services = services

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A window that closes into the system tray keeps running: its reminders must go on (app.ui.tray).
        hides = getattr(watched, "closes_to_tray", None)
        if event.type() == QEvent.Type.Close and not (callable(hides) and hides()):
            self.services.shutdown()
        return False


def _menu(window: QMainWindow, title: str) -> QMenu | None:
    for action in window.menuBar().actions():
        if action.menu() is not None and action.text().replace("&", "") == title:
            return action.menu()
    return None


def _action(window: QMainWindow, text: str, shortcut, tip: str, slot, name: str, icon: str = "") -> QAction:
    action = QAction(ui_icon(icon), text, window) if icon else QAction(text, window)
    action.setShortcut(QKeySequence(shortcut))
    action.setToolTip(tip)
    action.setStatusTip(tip)
    action.setObjectName(name)
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def install(window, *, start: bool = True) -> FollowUpServices:
    """Add the follow-up features to ``window`` (a :class:`app.ui.main_window.MainWindow`)."""
    ctx = window.ctx

    def preferences() -> None:
        from app.ui.settings.dialog import SettingsDialog

        run_modal(SettingsDialog(ctx, window))

    def scripts() -> None:
        from app.ui.scripts.dialog import ScriptsDialog

        ScriptsDialog(ctx, window).show()

    def monthly() -> None:
        from app.ui.scripts.monthly_update_dialog import MonthlyUpdateDialog

        MonthlyUpdateDialog(ctx, window).show()

    prefs = _action(
        window,
        window.tr("&Preferences…"),
        "Ctrl+,",
        window.tr("Rule cadences, your data folder and more"),
        preferences,
        "preferencesAction",
        "settings",
    )
    prefs.setMenuRole(QAction.MenuRole.PreferencesRole)
    scripts_action = _action(
        window,
        window.tr("&Scripts…"),
        "Ctrl+Shift+T",
        window.tr("Call scripts and email templates: preview, copy, open in your mail program"),
        scripts,
        "scriptsAction",
        "script",
    )
    monthly_action = _action(
        window,
        window.tr("&Monthly Update…"),
        "Ctrl+Shift+U",
        window.tr("Draft this month's update to everyone you have talked with"),
        monthly,
        "monthlyUpdateAction",
        "mail",
    )
    edit = _menu(window, "Edit")
    if edit is not None:
        edit.addSeparator()
        edit.addAction(prefs)
    tools = QMenu(window.tr("&Tools"), window)
    tools.setObjectName("toolsMenu")
    tools.addAction(scripts_action)
    tools.addAction(monthly_action)
    tools.addSeparator()
    if "calendarPage" in getattr(window, "page_names", ()):
        # Until the Calendar page is built, a stand-in builds it and exports; then the page's own action takes
        # its place (one action per shortcut: two with Ctrl+Alt+E would make it ambiguous and do nothing).
        stand_in = _action(
            window,
            window.tr("Export ICS…"),
            "Ctrl+Alt+E",
            window.tr("Save the open follow-ups as a calendar file (Ctrl+Alt+E)"),
            lambda: window.page("calendarPage").export_ics(),
            "",
            "export",
        )
        tools.addAction(stand_in)

        def use_page_action(calendar) -> None:
            tools.insertAction(stand_in, calendar.export_action)
            tools.removeAction(stand_in)
            window.removeAction(stand_in)
            stand_in.deleteLater()

        window.when_page_built("calendarPage", use_page_action)
    help_menu = _menu(window, "Help")
    if help_menu is not None:
        window.menuBar().insertMenu(help_menu.menuAction(), tools)
    else:
        window.menuBar().addMenu(tools)

    today = window.pages.get("todayPage")
    if today is not None and hasattr(today, "contact_requested"):
        today.contact_requested.connect(window.open_contact)

    scheduler = FollowUpScheduler(ctx, window)
    notifier = DueNotifier(
        ctx, window, show_today=lambda: window.show_page("todayPage"), tray=getattr(window, "tray", None)
    )
    scheduler.day_changed.connect(notifier.check)  # announce before the pages refresh (and absorb) the new day
    ctx.bus.settings_changed.connect(scheduler.run_rules)  # cadences may have changed
    ctx.bus.data_reset.connect(scheduler.run_rules)  # an import or a restore wrote without the hooks
    services = FollowUpServices(scheduler, notifier, prefs, scripts_action, monthly_action)
    window.installEventFilter(_CloseWatcher(services, window))
    if start:
        scheduler.start()
        notifier.start()
    return services
