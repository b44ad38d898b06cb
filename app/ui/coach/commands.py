"""Undoable coach actions (Edit → Undo): a one-click give, an introduction, research notes, logging a meeting.

Each command calls core in ``redo`` and reverses it in ``undo`` with the same ids, then publishes its ``changes`` —
like :mod:`app.ui.contacts.commands`, whose base class these share.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

from app.core.changes import Changes
from app.ui.contacts.commands import _Command, tr
from app.ui.context import AppContext
from app.ui.undo import ContextCommand

log = logging.getLogger(__name__)


class ResearchBus(QObject):
    """Research notes changed for a contact (the prep views showing them reload). One per window, a child of its
    data bus: :func:`research_bus`."""

    changed = Signal(int)


def research_bus(ctx: AppContext) -> ResearchBus:
    bus = ctx.bus.findChild(ResearchBus)
    return bus if bus is not None else ResearchBus(ctx.bus)


class RecordGive(_Command):
    """Share an article or event, or offer advice: a ledger entry (and an email on their timeline)."""

    changes = Changes.of("interactions", "followups", "contacts")

    def __init__(self, ctx: AppContext, contact_id: int, kind: str, what: str, link: str, note: str, log_it: bool):
        from app.core.coach.giving import describe_give

        super().__init__(ctx, tr("Give: {what}").format(what=describe_give(kind, what)))
        self.args = (contact_id, kind, what, link, note, log_it)
        self.given = None
        self.error: Exception | None = None

    def do(self) -> Changes:
        from app.core.coach import giving

        if self.given is None:
            contact_id, kind, what, link, note, log_it = self.args
            self.given = giving.record_give(
                contact_id, kind, what, link=link, note=note, log=log_it, clock=self.ctx.clock
            )
        else:
            self.given = giving.redo_give(self.given, clock=self.ctx.clock)
        return self.given.changes | self.changes

    def revert(self) -> Changes:
        from app.core.coach import giving

        if self.given is None:
            return self.changes
        return giving.undo_give(self.given, clock=self.ctx.clock) | self.changes


class Introduce(_Command):
    """Introduce two contacts: logged for both, a give each, a check-in with each a week later; with ``remind_on``,
    a "remind me" follow-up with the first (the Log interaction dialog's), in the same transaction."""

    changes = Changes.of("interactions", "followups", "contacts")

    def __init__(
        self,
        ctx: AppContext,
        a_id: int,
        b_id: int,
        why: str = "",
        notes: str = "",
        when=None,
        label="",
        remind_on: dt.date | None = None,
        remind_title: str = "",
    ):
        super().__init__(ctx, tr("Introduce {who}").format(who=label or tr("two contacts")))
        self.a_id, self.b_id, self.why, self.notes, self.when = a_id, b_id, why, notes, when
        self.remind_on, self.remind_title = remind_on, remind_title
        self.done = None

    def do(self) -> Changes:
        from app.core.coach import introductions

        if self.done is None:
            self.done = introductions.introduce(
                self.a_id,
                self.b_id,
                why=self.why,
                notes=self.notes,
                when=self.when,
                clock=self.ctx.clock,
                remind_on=self.remind_on,
                remind_title=self.remind_title,
            )
        else:
            self.done = introductions.redo_introduction(self.done, clock=self.ctx.clock)
        return self.done.changes | self.changes

    def revert(self) -> Changes:
        from app.core.coach import introductions

        if self.done is None:
            return self.changes
        return introductions.undo_introduction(self.done, clock=self.ctx.clock) | self.changes


class SaveResearch(ContextCommand):
    """Research notes and ticked questions of one contact. Consecutive saves of the same contact merge into one
    step, so undo takes back a whole editing session, not each pause in typing."""

    ID = 0x10C0

    def __init__(self, ctx: AppContext, contact_id: int, before, after, name: str = ""):
        super().__init__(ctx, tr("Edit research on {name}").format(name=name or tr("a contact")))
        self.contact_id, self.before, self.after = contact_id, before, after

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SaveResearch) or other.contact_id != self.contact_id:
            return False
        self.after = other.after
        return True

    def _write(self, research) -> None:
        from app.core.contacts import research as store

        try:
            store.save(self.contact_id, research, clock=self.ctx.clock)
        except store.ResearchError:
            log.exception("cannot save research on contact %s", self.contact_id)
            self.setObsolete(True)
            return
        research_bus(self.ctx).changed.emit(self.contact_id)

    def redo(self) -> None:
        self._write(self.after)

    def undo(self) -> None:
        self._write(self.before)


class MarkMeetingHappened(_Command):
    """A planned conversation happened earlier than planned: move it to now (its thank-you moves with it)."""

    changes = Changes.of("interactions", "followups", "contacts")

    def __init__(self, ctx: AppContext, interaction_id: int, when: dt.datetime, label: str = ""):
        from app.core.contacts.interactions import get_interaction

        super().__init__(ctx, tr("Log {what}").format(what=label or tr("meeting")))
        before = get_interaction(interaction_id)
        if before is None:
            raise LookupError(f"no interaction with id {interaction_id}")
        self.interaction_id = interaction_id
        self.before = before
        self.after = {**before.values(), "when": when}
        self.stage_change = None

    def do(self) -> None:
        from app.core.contacts.interactions import update_interaction

        self.stage_change = update_interaction(self.interaction_id, clock=self.ctx.clock, **self.after).stage_change

    def revert(self) -> None:
        from app.core.contacts.interactions import revert_update

        revert_update(self.before, self.stage_change, clock=self.ctx.clock)
