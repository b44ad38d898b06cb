"""Telling the user when follow-ups are due: one summary of the day at start, and each follow-up as it comes due
while Rapport runs (in its window or, closed, in the system tray — :mod:`app.ui.tray`).

The summary comes once per day, not on every start (the day it was given is kept in the data folder's UI settings),
and not at all when nothing is due. After it, only what *becomes* due is announced — the day changed, or a time of
day passed — not what the user just created (logging a coffee makes a thank-you due today: no need to announce it
back). The minute ``timer`` drives :meth:`DueNotifier.check`; tests call it (or fire the timer) with a fixed clock.
Where the platform has no tray the notifications go to the tray's fallback (the status bar), never to a dialog.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.core.followups import service as followups
from app.core.followups.service import AgendaItem
from app.ui.context import AppContext
from app.ui.i18n import tr

TICK_MS = 60_000
SHOWN_TITLES = 3
SUMMARY_DAY_KEY = "notifier/summaryDay"  # ISO date of the last day summarised


def message_for(items: list[AgendaItem]) -> tuple[str, str]:
    """(title, body) of the notification for newly due follow-ups."""
    if len(items) == 1:
        item = items[0]
        return tr("Follow-up due"), item.title
    return tr("%Ln follow-up(s) due", "", len(items)), _titles(items)


def summary_for(items: list[AgendaItem], today: dt.date) -> tuple[str, str]:
    """(title, body) of the start-of-day summary: how many are due today and overdue, then the first titles."""
    overdue = sum(1 for i in items if i.due < today)
    due_today = len(items) - overdue
    title = tr("%Ln follow-up(s) for today", "", len(items))
    counts = []
    if overdue:
        counts.append(tr("%Ln overdue", "", overdue))
    if due_today:
        counts.append(tr("%Ln due today", "", due_today))
    return title, " · ".join(counts) + "\n" + _titles(items)


def _titles(items: list[AgendaItem]) -> str:
    titles = [f"• {i.title}" for i in items[:SHOWN_TITLES]]
    if len(items) > SHOWN_TITLES:
        titles.append(tr("and %Ln more", "", len(items) - SHOWN_TITLES))
    return "\n".join(titles)


class DueNotifier(QObject):
    notified = Signal(list)  # the AgendaItems announced (the summary's too)

    def __init__(
        self,
        ctx: AppContext,
        window: QWidget,
        *,
        show_today: Callable[[], object] | None = None,
        tray=None,
    ):
        """``tray``: the window's :class:`app.ui.tray.Tray` that shows the notifications (None: only the
        ``notified`` signal)."""
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.show_today = show_today
        # What is due at start is known, not news — read by the day's summary, which the window runs once it is on
        # screen (reading every overdue follow-up before the first paint cost ~10% of the start-up, issue 21), or
        # at the first look before that.
        self._known: set[int] | None = None
        self.tray = tray or None
        if self.tray is not None:
            self.tray.message_clicked.connect(self._open_today)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.check)
        ctx.bus.followups_changed.connect(self.absorb)

    @property
    def known(self) -> set[int]:
        """The ids already due (or already announced): what :meth:`check` does not announce again."""
        if self._known is None:
            self._known = {i.id for i in followups.due_now(clock=self.ctx.clock)}
        return self._known

    @known.setter
    def known(self, ids: set[int]) -> None:
        self._known = ids

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def absorb(self) -> None:
        """The user changed follow-ups: what is due now is known, not news."""
        self.known |= {i.id for i in followups.due_now(clock=self.ctx.clock)}

    def check(self) -> list[AgendaItem]:
        """Announce what became due since the last look; returns it."""
        items = followups.newly_due(self.known, clock=self.ctx.clock)
        if not items:
            return []
        self.known |= {i.id for i in items}
        self._mark_summarised()  # a new day announced while running needs no summary at the next start
        self.notified.emit(items)
        self._notify(*message_for(items))
        return items

    def summarise_today(self) -> list[AgendaItem]:
        """At start: one notification of what is due today and overdue — once a day, none when nothing is. Also
        takes stock of what is due now (see :attr:`known`)."""
        self.known  # noqa: B018 — read now, after the first paint, rather than at the first check
        today = self.ctx.clock.today()
        settings = self.ctx.settings()
        if settings.value(SUMMARY_DAY_KEY) == today.isoformat():
            return []
        items = followups.agenda(0, clock=self.ctx.clock)
        self._mark_summarised()
        if not items:
            return []
        # A meeting later today is in the summary and is still announced when its time comes (not added to known).
        self.notified.emit(items)
        self._notify(*summary_for(items, today))
        return items

    def _mark_summarised(self) -> None:
        settings = self.ctx.settings()
        settings.setValue(SUMMARY_DAY_KEY, self.ctx.clock.today().isoformat())
        settings.sync()

    def _notify(self, title: str, body: str) -> None:
        if self.tray is not None:
            self.tray.notify(self.tr(title), body)

    def _open_today(self) -> None:
        if self.show_today is not None:
            self.show_today()
