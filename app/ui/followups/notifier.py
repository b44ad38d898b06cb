"""Telling the user when follow-ups become due while Rapport runs: a tray icon and its notification.

Where the platform has no system tray (a bare X server, the offscreen platform of tests) nothing is shown and
nothing complains. Only what *becomes* due is announced — the day changed, or a time of day passed — not what was
already due at start-up nor what the user just created (logging a coffee makes a thank-you due today: no need to
announce it back).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from app.core import followups
from app.core.followups import AgendaItem
from app.ui.context import AppContext
from app.ui.icons import app_icon

TICK_MS = 60_000
SHOWN_TITLES = 3


def message_for(items: list[AgendaItem]) -> tuple[str, str]:
    """(title, body) of the notification for newly due follow-ups."""
    if len(items) == 1:
        item = items[0]
        return "Follow-up due", item.title
    titles = [f"• {i.title}" for i in items[:SHOWN_TITLES]]
    if len(items) > SHOWN_TITLES:
        titles.append(f"and {len(items) - SHOWN_TITLES} more")
    return f"{len(items)} follow-ups due", "\n".join(titles)


class DueNotifier(QObject):
    notified = Signal(list)  # the AgendaItems announced

    def __init__(
        self,
        ctx: AppContext,
        window: QWidget,
        *,
        show_today: Callable[[], object] | None = None,
        tray: bool | None = None,
    ):
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.show_today = show_today
        self.known: set[int] = {i.id for i in followups.due_now(clock=ctx.clock)}
        available = QSystemTrayIcon.isSystemTrayAvailable() if tray is None else tray
        self.tray: QSystemTrayIcon | None = None
        if available:
            self.tray = QSystemTrayIcon(app_icon(), self)
            self.tray.setToolTip("Rapport")
            menu = QMenu(window)
            show = QAction(self.tr("Show Rapport"), menu)
            show.triggered.connect(self.raise_window)
            quit_action = QAction(self.tr("Quit"), menu)
            quit_action.triggered.connect(window.close)
            menu.addAction(show)
            menu.addSeparator()
            menu.addAction(quit_action)
            self.tray.setContextMenu(menu)
            self.tray.activated.connect(lambda _reason: self.raise_window())
            self.tray.messageClicked.connect(self.raise_window)
            self.tray.show()
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.check)
        ctx.bus.followups_changed.connect(self.absorb)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()

    def absorb(self) -> None:
        """The user changed follow-ups: what is due now is known, not news."""
        self.known |= {i.id for i in followups.due_now(clock=self.ctx.clock)}

    def check(self) -> list[AgendaItem]:
        """Announce what became due since the last look; returns it."""
        items = followups.newly_due(self.known, clock=self.ctx.clock)
        if not items:
            return []
        self.known |= {i.id for i in items}
        self.notified.emit(items)
        if self.tray is not None:
            title, body = message_for(items)
            self.tray.showMessage(self.tr(title), body, QSystemTrayIcon.MessageIcon.Information, 15_000)
        return items

    def raise_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
        if self.show_today is not None:
            self.show_today()
