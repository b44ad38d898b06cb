"""Undoable calendar changes that are not follow-ups: moving a planned meeting (its interaction's time)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from app.core.followups import planned_meetings
from app.core.followups.planned_meetings import MeetingError
from app.ui.context import AppContext
from app.ui.undo import UndoCommand
from app.ui.widgets.text import full_date


class MoveMeeting(UndoCommand):
    """Move a planned meeting to another time or day (dragged on the calendar): one transaction in the core
    (:func:`app.core.followups.planned_meetings.move`), the thank-you that hangs on its day moving with it. Undo puts it
    back; a refusal leaves ``error`` set and the command off the stack."""

    changes = planned_meetings.CHANGES
    refusals = (MeetingError,)

    def __init__(self, ctx: AppContext, interaction_id: int, when: dt.datetime):
        text = QCoreApplication.translate("calendar", "Move meeting to {when}").format(
            when=f"{full_date(when.date())}, {when:%H:%M}"
        )
        super().__init__(ctx, text)
        self.interaction_id = interaction_id
        self.when = when
        self.previous: dt.datetime | None = None

    def do(self) -> None:
        first = self.previous is None
        # The first time checks that the move makes sense; a redo repeats what was allowed then.
        self.previous = planned_meetings.move(self.interaction_id, self.when, clock=self.ctx.clock, check=first)

    def revert(self) -> None:
        if self.previous is not None:
            planned_meetings.move(self.interaction_id, self.previous, clock=self.ctx.clock, check=False)
