"""Undoable changes to a contact's history (Edit → Undo / Ctrl+Z): interactions, the ledger, follow-ups.

Like :mod:`app.ui.contacts.commands` (whose base class these share), each calls core in ``do``/``revert`` and
publishes what changed.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from app.core.changes import Changes
from app.ui.contacts.commands import _Command, tr
from app.ui.context import AppContext

if TYPE_CHECKING:
    from app.core.coach.ledger import EntrySnapshot
    from app.core.contacts.interactions import InteractionSnapshot, LoggedWithReminder

_HISTORY = Changes.of("interactions", "followups", "contacts")
_FOLLOWUPS = Changes.of("followups", "contacts")


class LogInteraction(_Command):
    """Log an interaction (and an optional "remind me in N days" follow-up; ``complete_followup_id``: the follow-up
    it fulfils, marked done). Undo takes it all back."""

    changes = _HISTORY

    def __init__(
        self,
        ctx: AppContext,
        contact_id: int,
        kind: str,
        when: dt.datetime,
        summary: str,
        notes: str = "",
        other_contact_id: int | None = None,
        remind_on: dt.date | None = None,
        remind_title: str = "",
        label: str = "",
        complete_followup_id: int | None = None,
    ):
        super().__init__(ctx, tr("Log {what}").format(what=label or kind))
        self.contact_id, self.kind, self.when = contact_id, kind, when
        self.summary, self.notes, self.other_contact_id = summary, notes, other_contact_id
        self.remind_on, self.remind_title = remind_on, remind_title
        self.complete_followup_id = complete_followup_id
        self.interaction_id: int | None = None
        self.uid: str | None = None
        self.done: LoggedWithReminder | None = None
        self.error: Exception | None = None

    def do(self) -> None:
        from app.core.contacts.interactions import log_with_reminder

        self.done = log_with_reminder(
            self.contact_id,
            self.kind,
            self.when,
            self.summary,
            self.notes,
            self.other_contact_id,
            remind_on=self.remind_on,
            remind_title=self.remind_title,
            clock=self.ctx.clock,
            interaction_id=self.interaction_id,
            uid=self.uid,
            complete_followup_id=self.complete_followup_id,
        )
        self.interaction_id, self.uid = self.done.interaction_id, self.done.uid

    def revert(self) -> None:
        from app.core.contacts.interactions import undo_log

        if self.done is not None:
            undo_log(self.done, clock=self.ctx.clock)


class EditInteraction(_Command):
    changes = _HISTORY

    def __init__(self, ctx: AppContext, interaction_id: int, after: dict, label: str = ""):
        from app.core.contacts.interactions import get_interaction

        super().__init__(ctx, tr("Edit {what}").format(what=label or tr("interaction")))
        before = get_interaction(interaction_id)
        if before is None:
            raise LookupError(f"no interaction with id {interaction_id}")
        self.interaction_id = interaction_id
        self.saved: InteractionSnapshot = before
        self.before = before.values()
        self.after = after
        self.stage_change = None

    def do(self) -> None:
        from app.core.contacts.interactions import update_interaction

        self.stage_change = update_interaction(self.interaction_id, clock=self.ctx.clock, **self.after).stage_change

    def revert(self) -> None:
        from app.core.contacts.interactions import revert_update

        revert_update(self.saved, self.stage_change, clock=self.ctx.clock)


class DeleteInteraction(_Command):
    changes = _HISTORY

    def __init__(self, ctx: AppContext, interaction_id: int, label: str = ""):
        from app.core.contacts.interactions import get_interaction

        super().__init__(ctx, tr("Delete {what}").format(what=label or tr("interaction")))
        saved = get_interaction(interaction_id)
        if saved is None:
            raise LookupError(f"no interaction with id {interaction_id}")
        self.saved: InteractionSnapshot = saved

    def do(self) -> None:
        from app.core.contacts.interactions import delete_interaction

        delete_interaction(self.saved.interaction_id)

    def revert(self) -> None:
        from app.core.contacts.interactions import restore_interaction

        restore_interaction(self.saved, clock=self.ctx.clock)


# --- ledger, follow-ups ----------------------------------------------------------------------------------------
class AddLedgerEntry(_Command):
    def __init__(self, ctx: AppContext, contact_id: int, direction: str, what: str):
        super().__init__(ctx, tr("Add to the ledger: {what}").format(what=what))
        self.contact_id, self.direction, self.what = contact_id, direction, what
        self.saved: EntrySnapshot | None = None

    def do(self) -> None:
        from app.core.coach import ledger

        if self.saved is None:
            entry = ledger.add_entry(self.contact_id, self.direction, self.what, clock=self.ctx.clock)
            self.saved = ledger.snapshot(entry.id)
        else:
            ledger.restore_entry(self.saved)

    def revert(self) -> None:
        from app.core.coach import ledger

        if self.saved is not None:
            self.saved = ledger.delete_entry(self.saved.id)


class DeleteLedgerEntry(_Command):
    def __init__(self, ctx: AppContext, entry_id: int, what: str):
        super().__init__(ctx, tr("Delete from the ledger: {what}").format(what=what))
        self.entry_id = entry_id
        self.saved: EntrySnapshot | None = None

    def do(self) -> None:
        from app.core.coach import ledger

        self.saved = ledger.delete_entry(self.entry_id)

    def revert(self) -> None:
        from app.core.coach import ledger

        if self.saved is not None:
            ledger.restore_entry(self.saved)


class SetLedgerDone(_Command):
    def __init__(self, ctx: AppContext, entry_id: int, done: bool, what: str):
        super().__init__(ctx, (tr("Mark done: {what}") if done else tr("Reopen: {what}")).format(what=what))
        self.entry_id, self.done = entry_id, done
        self.previous = not done

    def do(self) -> None:
        from app.core.coach import ledger

        self.previous = ledger.set_done(self.entry_id, self.done)

    def revert(self) -> None:
        from app.core.coach import ledger

        ledger.set_done(self.entry_id, self.previous)


class SetFollowUpStatus(_Command):
    changes = _FOLLOWUPS

    def __init__(self, ctx: AppContext, followup_id: int, status: str, title: str):
        super().__init__(ctx, tr("Mark {title} {status}").format(title=title, status=status))
        self.followup_id, self.status = followup_id, status
        self.previous: tuple[str, dt.datetime | None] = ("open", None)

    def do(self) -> None:
        from app.core.followups import reminders

        self.previous = reminders.set_status(self.followup_id, self.status, clock=self.ctx.clock)

    def revert(self) -> None:
        from app.core.followups import reminders

        reminders.restore_status(self.followup_id, self.previous)


class AddReminder(_Command):
    changes = _FOLLOWUPS

    def __init__(self, ctx: AppContext, contact_id: int, due: dt.date, title: str):
        super().__init__(ctx, tr("Add follow-up: {title}").format(title=title))
        self.contact_id, self.due, self.title = contact_id, due, title
        self.followup_id: int | None = None
        self.uid: str | None = None

    def do(self) -> None:
        from app.core.followups import reminders

        # redo keeps the calendar UID stable
        item = reminders.add_reminder(self.contact_id, self.due, self.title, clock=self.ctx.clock, uid=self.uid)
        self.followup_id, self.uid = item.id, item.uid

    def revert(self) -> None:
        from app.core.followups import reminders

        if self.followup_id is not None:
            reminders.delete_followups([self.followup_id])
