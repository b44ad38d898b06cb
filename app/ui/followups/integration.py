"""Wiring the follow-up calendar into the main window, kept out of main_window.py so that file stays small.

:func:`install` handles Edit → Preferences… (Ctrl+,) and the Tools menu (Scripts, Monthly update; the actions are
declared in app.ui.actions_catalog, Export ICS builds the Calendar page), starts the rule scheduler (start-up and
midnight runs) and the due-follow-up notifier, and connects Today's "open contact" to the window. It stops the
scheduler before the window closes, so the database is never closed under a running rule pass.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction

from app.ui.followups.notifier import DueNotifier
from app.ui.followups.scheduler import FollowUpScheduler
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

    registry = window.action_registry
    registry.handle("preferencesAction", preferences)
    registry.handle("scriptsAction", scripts)
    registry.handle("monthlyUpdateAction", monthly)
    registry.handle("exportIcsAction", lambda: window.page("calendarPage").export_ics())
    prefs = registry.action("preferencesAction")
    scripts_action = registry.action("scriptsAction")
    monthly_action = registry.action("monthlyUpdateAction")

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
