"""What the user can do to follow-ups from any page: done, snooze, dismiss, reschedule — each undoable.

:class:`FollowUpActions` calls :mod:`app.core.followups.service`, pushes an undo command on the shared stack, tells the
rest of the window through the data bus, and turns refusals into a message box. Pages (Today, Calendar) own one
and connect their views and buttons to it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from app.core.changes import NOTHING, Changes
from app.core.clock import Clock
from app.core.followups import service as followups
from app.core.followups.service import FollowUpError
from app.ui.context import AppContext
from app.ui.undo import UndoCommand
from app.ui.widgets.modal import run_modal
from app.ui.widgets.text import full_date, short_day

if TYPE_CHECKING:
    from app.core.followups.writes import FollowUpState

FOLLOWUPS = Changes.of("followups")


def _writes():
    """The follow-up writes (:mod:`app.core.followups.writes`), loaded with the first change rather than before
    Today's first paint (issue 21): Today builds these actions but changes nothing until the user acts."""
    from app.core.followups import writes

    return writes


class FollowUpCommand(UndoCommand):
    """An undoable follow-up change: ``apply`` does it with the context's clock and returns the previous states, undo
    puts them back. ``apply`` gets the clock rather than reading it off the page, so it holds no page (nor, through
    it, the context) alive: see :class:`app.ui.undo.ContextCommand`."""

    changes = FOLLOWUPS
    refusals = (FollowUpError,)

    def __init__(self, ctx: AppContext, text: str, apply: Callable[[Clock], list[FollowUpState]]):
        super().__init__(ctx, text)
        self._apply = apply
        self.previous: list[FollowUpState] = []

    def do(self) -> None:
        self.previous = self._apply(self.ctx.clock)

    def revert(self) -> None:
        _writes().restore(self.previous, clock=self.ctx.clock)


class LogManyCommand(UndoCommand):
    """Log one kind of interaction with several people at once (after their follow-ups were done); undo takes all
    of them back, redo logs them again where they were."""

    def __init__(self, ctx: AppContext, text: str, entries: list[tuple[int, str]], kind: str):
        from app.core.contacts.interactions import InteractionError  # when used: Today imports this module at start

        super().__init__(ctx, text)
        self.refusals = (InteractionError,)
        self.entries, self.kind = entries, kind
        self.done = None  # interactions.LoggedMany once logged

    def do(self) -> Changes:
        from app.core.contacts import interactions

        self.done = interactions.log_many(self.entries, self.kind, clock=self.ctx.clock, again=self.done)
        return self.done.changes

    def revert(self) -> Changes:
        from app.core.contacts import interactions

        return interactions.undo_many(self.done, clock=self.ctx.clock) if self.done is not None else NOTHING


class FollowUpActions(QObject):
    """The follow-up operations of one page."""

    completed = Signal(list, str)  # ids, the interaction kind that would match (may be "")

    def __init__(self, ctx: AppContext, parent: QWidget):
        super().__init__(parent)
        self.ctx = ctx
        self.widget = parent

    # --- plumbing --------------------------------------------------------------------------------------------
    def _push(self, text: str, apply: Callable[[Clock], list[FollowUpState]]) -> bool:
        command = FollowUpCommand(self.ctx, text, apply)
        self.ctx.undo_stack.push(command)
        if command.error is not None:
            from PySide6.QtWidgets import QMessageBox  # on a refusal only: not made before the first paint

            QMessageBox.warning(self.widget, self.tr("Follow-ups"), str(command.error))
            return False
        return True

    def _titles(self, ids: Sequence[int]) -> str:
        if len(ids) != 1:
            return self.tr("%Ln follow-up(s)", "", len(ids))
        try:
            return f"“{followups.get(ids[0], clock=self.ctx.clock).title}”"
        except FollowUpError:
            return self.tr("follow-up")

    # --- operations ------------------------------------------------------------------------------------------
    def complete(self, ids: Sequence[int]) -> bool:
        """Mark done (undoable) and announce it, so the page can offer to log the matching interaction."""
        ids = list(ids)
        if not ids:
            return False
        kinds = {followups.get(i, clock=self.ctx.clock).kind for i in ids}
        ok = self._push(
            self.tr("Done: {what}").format(what=self._titles(ids)),
            lambda clock: _writes().complete(ids, clock=clock).previous,
        )
        if ok:
            match = followups.MATCHING_INTERACTION.get(kinds.pop(), None) if len(kinds) == 1 else None
            self.completed.emit(ids, match or "")
        return ok

    def log_for(self, ids: Sequence[int], kind: str) -> int:
        """Log the matching interaction for follow-ups already done (the "Log email" offer): one undo step, one
        transaction for all of them. Follow-ups without a contact are left out. Returns how many were logged."""
        entries = []
        for fid in ids:
            try:
                item = followups.get(fid, clock=self.ctx.clock)
            except FollowUpError:
                continue
            if item.contact_id is not None:
                entries.append((item.contact_id, item.title))
        if not entries:
            return 0
        command = LogManyCommand(self.ctx, self.tr("Log %Ln interaction(s)", "", len(entries)), entries, kind)
        self.ctx.undo_stack.push(command)
        if command.error is not None:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self.widget, self.tr("Log interaction"), str(command.error))
            return 0
        return len(entries)

    def snooze(self, ids: Sequence[int], day: dt.date) -> bool:
        ids = list(ids)
        if not ids:
            return False
        return self._push(
            self.tr("Snooze {what} to {day}").format(what=self._titles(ids), day=full_date(day)),
            lambda clock: _writes().snooze(ids, day, clock=clock),
        )

    def snooze_by(self, ids: Sequence[int], choice: str) -> bool:
        """Snooze by a menu choice, counted for each follow-up from the later of today and its own due day."""
        ids = list(ids)
        if not ids:
            return False
        days = _writes().snooze_days(ids, choice, clock=self.ctx.clock)
        when = full_date(next(iter(days))) if len(days) == 1 else self.tr("later")
        return self._push(
            self.tr("Snooze {what} to {day}").format(what=self._titles(ids), day=when),
            lambda clock: _writes().snooze_by(ids, choice, clock=clock),
        )

    def snooze_all_overdue(self, day: dt.date) -> bool:
        if not followups.overdue_ids(clock=self.ctx.clock):
            return False
        return self._push(
            self.tr("Snooze all overdue to {day}").format(day=full_date(day)),
            lambda clock: _writes().snooze_all_overdue(day, clock=clock),
        )

    def dismiss(self, ids: Sequence[int]) -> bool:
        ids = list(ids)
        if not ids:
            return False
        return self._push(
            self.tr("Let go: {what}").format(what=self._titles(ids)),
            lambda clock: _writes().dismiss(ids, clock=clock),
        )

    def let_go_series(self, ids: Sequence[int]) -> bool:
        """Let repeating follow-ups go for good: this occurrence and the ones after it (undoable)."""
        ids = list(ids)
        return bool(ids) and self._push(
            self.tr("Stop repeating {what}").format(what=self._titles(ids)),
            lambda clock: _writes().let_go_series(ids, clock=clock),
        )

    def reopen(self, ids: Sequence[int]) -> bool:
        ids = list(ids)
        return bool(ids) and self._push(
            self.tr("Reopen {what}").format(what=self._titles(ids)),
            lambda clock: _writes().reopen(ids, clock=clock),
        )

    def reschedule(self, followup_id: int, day: dt.date, time: dt.time | object | None = followups.KEEP_TIME) -> bool:
        """Move a follow-up to ``day`` (and to ``time`` when given: a time of day, or None for all day)."""
        when = full_date(day)
        if isinstance(time, dt.time):
            when += f", {time:%H:%M}"
        return self._push(
            self.tr("Move {what} to {day}").format(what=self._titles([followup_id]), day=when),
            lambda clock: _writes().reschedule(followup_id, day, time=time, clock=clock),
        )

    # --- menus -----------------------------------------------------------------------------------------------
    def pick_day(self, initial: dt.date | None = None, title: str = "") -> dt.date | None:
        from app.ui.followups.pick_date import PickDateDialog

        today = self.ctx.clock.today()
        dialog = PickDateDialog(today, initial or today + dt.timedelta(days=1), self.widget, title)
        if run_modal(dialog) != PickDateDialog.DialogCode.Accepted:
            return None
        return dialog.day()

    def fill_snooze_menu(
        self,
        menu: QMenu,
        on_day: Callable[[dt.date], object],
        ids_provider: Callable[[], list[int]] | None = None,
    ) -> None:
        """Add the snooze choices (tomorrow, in 3 days, next week, pick a date) to ``menu``.

        With ``ids_provider`` (the follow-ups the menu is about) a choice counts from the later of today and each
        one's due day, and the labels show that day as the menu opens; without it (snooze all overdue) it counts
        from today and ``on_day`` gets the day. A picked date always goes to ``on_day``."""
        labels = {
            "tomorrow": self.tr("&Tomorrow"),
            "in_3_days": self.tr("In &3 days"),
            "next_week": self.tr("&Next week"),
        }
        actions: dict[str, QAction] = {}
        for choice in followups.SNOOZE_CHOICES:
            action = QAction(labels[choice], menu)
            action.setObjectName(f"snooze_{choice}")
            if ids_provider is None:
                action.triggered.connect(
                    lambda _=False, c=choice: on_day(followups.snooze_day(c, self.ctx.clock.today()))
                )
            else:
                action.triggered.connect(lambda _=False, c=choice: self.snooze_by(ids_provider(), c))
            menu.addAction(action)
            actions[choice] = action

        def label() -> None:
            ids = ids_provider() if ids_provider is not None else []
            for choice, action in actions.items():
                days = _writes().snooze_days(ids, choice, clock=self.ctx.clock)
                day = min(days)
                text = short_day(day) if len(days) == 1 else self.tr("from {day}").format(day=short_day(day))
                action.setText(f"{labels[choice]}\t{text}")
                action.setToolTip(full_date(day) if len(days) == 1 else self.tr("Each from its own due day"))

        # The days go in as the menu opens (nobody sees them before): not when it is built, which Today's toolbar
        # does before the window's first paint (issue 21; the menu may be built before what it is about exists).
        menu.aboutToShow.connect(label)
        pick = QAction(self.tr("&Pick a date…"), menu)
        pick.setObjectName("snooze_pick")
        pick.setToolTip(self.tr("Choose the day it comes back"))

        def picked() -> None:
            day = self.pick_day()
            if day is not None:
                on_day(day)

        pick.triggered.connect(picked)
        menu.addSeparator()
        menu.addAction(pick)

    def snooze_menu(self, ids_provider: Callable[[], list[int]], parent: QWidget | None = None) -> QMenu:
        menu = QMenu(parent or self.widget)
        menu.setObjectName("snoozeMenu")
        self.fill_snooze_menu(menu, lambda day: self.snooze(ids_provider(), day), ids_provider)
        return menu

    def popup_snooze(self, ids: list[int], where: QPoint) -> None:
        menu = self.snooze_menu(lambda: ids)
        menu.popup(where)
