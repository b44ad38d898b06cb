"""Undoable changes to contacts (Edit → Undo / Ctrl+Z): each command calls core, then tells the pages.

``QUndoStack.push`` runs :meth:`redo` once, so every command does its work in ``redo`` and reverses it in ``undo``.
Ids stay stable across undo/redo (contacts and interactions are recreated at their old id), so later commands on the
stack still find what they refer to. A command that cannot be replayed — the data changed in a way it cannot
reverse — logs why, refreshes everything and marks itself obsolete instead of crashing.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.db import database
from app.models import Contact, FollowUp, Interaction
from app.ui.context import AppContext
from app.ui.widgets.text import count_of

if TYPE_CHECKING:
    from app.core.coach.ledger import EntrySnapshot
    from app.core.contacts.contact_data import ContactData
    from app.core.contacts.duplicates import MergeRecord
    from app.core.contacts.field_changes import ContactChange

# Core modules are imported where they are used: this module is loaded with the main window, and the contact write
# path pulls in phone-number and email validation libraries that the first paint does not need.

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("commands", text)


class _Command(QUndoCommand):
    """Runs core calls safely and emits the bus signals named in ``signals`` afterwards."""

    signals: tuple[str, ...] = ("contacts_changed",)

    def __init__(self, ctx: AppContext, text: str):
        super().__init__(text)
        self.ctx = ctx

    def _run(self, action: Callable[[], None]) -> None:
        try:
            action()
        except Exception:
            log.exception("cannot %s", self.text())
            self.setObsolete(True)
            self.ctx.bus.data_reset.emit()
            return
        for name in self.signals:
            getattr(self.ctx.bus, name).emit()

    def redo(self) -> None:
        self._run(self.do)

    def undo(self) -> None:
        self._run(self.revert)

    def do(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class EditContact(_Command):
    """One saved edit of a contact: only the fields the user changed (a :class:`ContactChange`), applied to the
    contact as it is at that moment, so undo and redo leave what changed meanwhile alone. Typing on in the same
    field merges into one undo step while ``merge_key`` stays the same. ``done``: the edit is already stored (the
    form wrote it itself, to see whether the database took it); the first redo only tells the pages."""

    ID = 4101

    def __init__(
        self,
        ctx: AppContext,
        contact_id: int,
        change: ContactChange,
        field: str = "",
        name: str = "",
        merge_key: int = 0,
        *,
        done: bool = False,
    ):
        super().__init__(ctx, tr("Edit {name}").format(name=name or tr("contact")))
        self.contact_id = contact_id
        self.change = change
        self.field = field
        self.merge_key = merge_key
        self._done = done

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditContact) or other.contact_id != self.contact_id:
            return False
        if not self.field or other.field != self.field or other.merge_key != self.merge_key or self.merge_key < 0:
            return False
        self.change = self.change.then(other.change)
        return True

    def redo(self) -> None:
        if self._done:
            self._done = False
            for name in self.signals:
                getattr(self.ctx.bus, name).emit()
            return
        super().redo()

    def do(self) -> None:
        from app.core.contacts.field_changes import apply_change

        apply_change(self.contact_id, self.change, clock=self.ctx.clock)

    def revert(self) -> None:
        from app.core.contacts.field_changes import apply_change

        apply_change(self.contact_id, self.change.inverse(), clock=self.ctx.clock)


class CreateContacts(_Command):
    """New contacts (New contact, brainstorm, ask for referrals). Undo deletes them; redo puts them back, same ids."""

    signals = ("contacts_changed", "followups_changed")

    def __init__(self, ctx: AppContext, people: Sequence[ContactData], text: str = "", *, create=None):
        super().__init__(
            ctx, text or tr("Add {contacts}").format(contacts=count_of(len(people), tr("contact"), tr("contacts")))
        )
        self.people = [p.copy() for p in people]
        self.ids: list[int] = []
        self.uids: list[str] = []
        self._create = create

    def do(self) -> None:
        from app.core.contacts.service import create_contact

        with database.atomic():
            if not self.ids:
                if self._create is not None:
                    self.ids = list(self._create(self.people))
                else:
                    self.ids = [create_contact(p, clock=self.ctx.clock).id for p in self.people]
                self.uids = [Contact.get_by_id(i).uid for i in self.ids]
            else:
                for data, cid, uid in zip(self.people, self.ids, self.uids, strict=True):
                    create_contact(data, clock=self.ctx.clock, contact_id=cid, uid=uid)

    def revert(self) -> None:
        from app.core.contacts.service import delete_contacts

        delete_contacts(self.ids)


class TrashContacts(_Command):
    def __init__(self, ctx: AppContext, ids: Sequence[int], names: str = ""):
        super().__init__(
            ctx, tr("Move {what} to the trash").format(what=names or count_of(len(ids), tr("contact"), tr("contacts")))
        )
        self.ids = list(ids)

    def do(self) -> None:
        from app.core.contacts.service import trash_contacts

        trash_contacts(self.ids, clock=self.ctx.clock)

    def revert(self) -> None:
        from app.core.contacts.service import restore_contacts

        restore_contacts(self.ids)


class RestoreContacts(TrashContacts):
    def __init__(self, ctx: AppContext, ids: Sequence[int], names: str = ""):
        super().__init__(ctx, ids, names)
        self.setText(tr("Restore {what}").format(what=names or count_of(len(ids), tr("contact"), tr("contacts"))))

    def do(self) -> None:
        from app.core.contacts.service import restore_contacts

        restore_contacts(self.ids)

    def revert(self) -> None:
        from app.core.contacts.service import trash_contacts

        trash_contacts(self.ids, clock=self.ctx.clock)


class MergeContacts(_Command):
    signals = ("contacts_changed", "interactions_changed", "followups_changed")

    def __init__(self, ctx: AppContext, keep_id: int, other_id: int, data: ContactData | None, names: str = ""):
        super().__init__(ctx, tr("Merge {names}").format(names=names or tr("two contacts")))
        self.keep_id, self.other_id, self.data = keep_id, other_id, data
        self.record: MergeRecord | None = None

    def do(self) -> None:
        from app.core.contacts import duplicates

        self.record = duplicates.merge(self.keep_id, self.other_id, self.data, clock=self.ctx.clock)

    def revert(self) -> None:
        from app.core.contacts import duplicates

        if self.record is not None:
            duplicates.unmerge(self.record, clock=self.ctx.clock)


class AddToCircle(_Command):
    def __init__(self, ctx: AppContext, ids: Sequence[int], circle_name: str):
        super().__init__(
            ctx,
            tr("Add {contacts} to {circle}").format(
                contacts=count_of(len(ids), tr("contact"), tr("contacts")), circle=circle_name
            ),
        )
        self.ids, self.circle_name = list(ids), circle_name
        self.circle_id: int | None = None
        self.added: list[int] = []

    def do(self) -> None:
        from app.core.contacts import bulk_edit as bulk

        self.circle_id, self.added = bulk.add_to_circle(self.ids, self.circle_name)

    def revert(self) -> None:
        from app.core.contacts import bulk_edit as bulk

        if self.circle_id is not None:
            bulk.remove_from_circle(self.added, self.circle_id)


class RemoveFromCircle(_Command):
    def __init__(self, ctx: AppContext, ids: Sequence[int], circle_id: int, circle_name: str):
        super().__init__(
            ctx,
            tr("Remove {contacts} from {circle}").format(
                contacts=count_of(len(ids), tr("contact"), tr("contacts")), circle=circle_name
            ),
        )
        self.ids, self.circle_id, self.circle_name = list(ids), circle_id, circle_name
        self.removed: list[int] = []

    def do(self) -> None:
        from app.core.contacts import bulk_edit as bulk

        self.removed = bulk.remove_from_circle(self.ids, self.circle_id)

    def revert(self) -> None:
        from app.core.contacts import bulk_edit as bulk

        bulk.add_to_circle(self.removed, self.circle_name)


class SetStage(_Command):
    def __init__(self, ctx: AppContext, ids: Sequence[int], stage: str, label: str):
        super().__init__(
            ctx,
            tr("Set stage of {contacts} to {stage}").format(
                contacts=count_of(len(ids), tr("contact"), tr("contacts")), stage=label
            ),
        )
        self.ids, self.stage = list(ids), stage
        self.previous: dict[int, str] = {}

    def do(self) -> None:
        from app.core.contacts import bulk_edit as bulk

        self.previous = bulk.set_stage(self.ids, self.stage, clock=self.ctx.clock)

    def revert(self) -> None:
        from app.core.contacts import bulk_edit as bulk

        bulk.restore_stages(self.previous, clock=self.ctx.clock)


# --- interactions ----------------------------------------------------------------------------------------------
class LogInteraction(_Command):
    """Log an interaction (and an optional "remind me in N days" follow-up). Undo deletes both."""

    signals = ("interactions_changed", "followups_changed", "contacts_changed")

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
    ):
        super().__init__(ctx, tr("Log {what}").format(what=label or kind))
        self.contact_id, self.kind, self.when = contact_id, kind, when
        self.summary, self.notes, self.other_contact_id = summary, notes, other_contact_id
        self.remind_on, self.remind_title = remind_on, remind_title
        self.interaction_id: int | None = None
        self.uid: str | None = None
        self.created_followups: list[int] = []
        self.stage_change = None
        self.error: Exception | None = None

    def do(self) -> None:
        from app.core.contacts.interactions import log_interaction
        from app.core.followups import reminders

        with database.atomic():
            logged = log_interaction(
                self.contact_id,
                self.kind,
                when=self.when,
                summary=self.summary,
                notes=self.notes,
                other_contact_id=self.other_contact_id,
                clock=self.ctx.clock,
                interaction_id=self.interaction_id,
                uid=self.uid,
            )
            self.interaction_id, self.uid = logged.interaction.id, logged.interaction.uid
            self.created_followups = [f.id for f in logged.followups]
            self.stage_change = logged.stage_change
            if self.remind_on is not None:
                reminder = reminders.add_reminder(
                    self.contact_id,
                    self.remind_on,
                    self.remind_title,
                    source_interaction_id=self.interaction_id,
                    clock=self.ctx.clock,
                )
                self.created_followups.append(reminder.id)

    def revert(self) -> None:
        from app.core.contacts import stages
        from app.core.contacts.interactions import delete_interaction
        from app.core.followups import reminders

        with database.atomic():
            reminders.delete_followups(self.created_followups)
            if self.interaction_id is not None:
                delete_interaction(self.interaction_id)
            stages.undo(self.stage_change, self.ctx.clock.now())


class EditInteraction(_Command):
    signals = ("interactions_changed", "followups_changed", "contacts_changed")

    def __init__(self, ctx: AppContext, interaction_id: int, after: dict, label: str = ""):
        super().__init__(ctx, tr("Edit {what}").format(what=label or tr("interaction")))
        item = Interaction.get_by_id(interaction_id)
        self.interaction_id = interaction_id
        self.before = {
            "kind": item.kind,
            "when": item.occurred_at,
            "summary": item.summary,
            "notes": item.notes,
            "other_contact_id": item.other_contact_id,
        }
        self.after = after
        self.stage_change = None

    def do(self) -> None:
        from app.core.contacts.interactions import update_interaction

        self.stage_change = update_interaction(self.interaction_id, clock=self.ctx.clock, **self.after).stage_change

    def revert(self) -> None:
        from app.core.contacts import stages
        from app.core.contacts.interactions import update_interaction

        with database.atomic():
            update_interaction(self.interaction_id, clock=self.ctx.clock, **self.before)
            stages.undo(self.stage_change, self.ctx.clock.now())


class DeleteInteraction(_Command):
    signals = ("interactions_changed", "followups_changed", "contacts_changed")

    def __init__(self, ctx: AppContext, interaction_id: int, label: str = ""):
        super().__init__(ctx, tr("Delete {what}").format(what=label or tr("interaction")))
        item = Interaction.get_by_id(interaction_id)
        self.saved = {
            "contact_id": item.contact_id,
            "kind": item.kind,
            "when": item.occurred_at,
            "summary": item.summary,
            "notes": item.notes,
            "other_contact_id": item.other_contact_id,
            "interaction_id": item.id,
            "uid": item.uid,
        }

    def do(self) -> None:
        from app.core.contacts.interactions import delete_interaction

        delete_interaction(self.saved["interaction_id"])

    def revert(self) -> None:
        from app.core.contacts.interactions import log_interaction

        other = self.saved["other_contact_id"]
        if other is not None and not Contact.select().where(Contact.id == other).exists():
            other = None
        log_interaction(**{**self.saved, "other_contact_id": other}, clock=self.ctx.clock)


# --- ledger, follow-ups, targets -------------------------------------------------------------------------------
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
    signals = ("followups_changed", "contacts_changed")

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
    signals = ("followups_changed", "contacts_changed")

    def __init__(self, ctx: AppContext, contact_id: int, due: dt.date, title: str):
        super().__init__(ctx, tr("Add follow-up: {title}").format(title=title))
        self.contact_id, self.due, self.title = contact_id, due, title
        self.followup_id: int | None = None
        self.uid: str | None = None

    def do(self) -> None:
        from app.core.followups import reminders

        item = reminders.add_reminder(self.contact_id, self.due, self.title, clock=self.ctx.clock)
        if self.uid is not None:  # redo: keep the calendar UID stable
            FollowUp.update(uid=self.uid).where(FollowUp.id == item.id).execute()
        self.followup_id, self.uid = item.id, self.uid or item.uid

    def revert(self) -> None:
        from app.core.followups import reminders

        if self.followup_id is not None:
            reminders.delete_followups([self.followup_id])


class SetTarget(_Command):
    def __init__(self, ctx: AppContext, company_id: int, is_target: bool, name: str):
        text = tr("Add {name} to the target list") if is_target else tr("Remove {name} from the target list")
        super().__init__(ctx, text.format(name=name))
        self.company_id, self.is_target = company_id, is_target
        self.previous = not is_target

    def do(self) -> None:
        from app.core.contacts import targets

        self.previous = targets.set_target(self.company_id, self.is_target)

    def revert(self) -> None:
        from app.core.contacts import targets

        targets.set_target(self.company_id, self.previous)
