"""Undoable changes to contacts (Edit → Undo / Ctrl+Z): each command calls core, then tells the pages what changed.

``QUndoStack.push`` runs :meth:`redo` once, so every command does its work in ``redo`` and reverses it in ``undo``.
Ids stay stable across undo/redo (contacts and interactions are recreated at their old id), so later commands on the
stack still find what they refer to. A command that cannot be replayed — the data changed in a way it cannot
reverse — logs why, refreshes everything and marks itself obsolete instead of crashing (:mod:`app.ui.undo`).

The interaction, ledger and follow-up commands are in :mod:`app.ui.contacts.history_commands`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication

from app.core.changes import Changes
from app.ui.context import AppContext
from app.ui.undo import UndoCommand

if TYPE_CHECKING:
    from app.core.contacts.contact_data import ContactData
    from app.core.contacts.duplicates import MergeRecord
    from app.core.contacts.field_changes import ContactChange
    from app.core.contacts.referrals import ReferralsAdded

# Core modules are imported where they are used: this module is loaded with the main window, and the contact write
# path pulls in phone-number and email validation libraries that the first paint does not need.


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("", text, disambiguation, n)  # the empty context: lupdate files a bare tr() there


# A bulk edit over at least this many contacts runs its core call on a worker thread: over a whole list of 50 000
# (Select all) moving to the trash takes ~2.5 s, adding to a circle ~1.5 s; a few hundred take milliseconds.
WORKER_FROM = 2000


class _Command(UndoCommand):
    """The contacts' undo commands (:class:`UndoCommand`, publishing ``contacts`` unless they say otherwise). A
    ``bulk`` command over :data:`WORKER_FROM` contacts or more (its ``ids``) runs its core calls on a worker thread,
    the window painting meanwhile."""

    changes: Changes = Changes.of("contacts")
    bulk = False

    def _call(self, action: Callable[[], Changes | None]) -> Changes | None:
        window = QApplication.activeWindow()
        if not self.bulk or len(getattr(self, "ids", ())) < WORKER_FROM or window is None:
            return action()
        from app.ui.import_export.worker import run_while_waiting

        return run_while_waiting(window, lambda _progress, _cancelled: action())


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
            self.ctx.publish(self.published())
            return
        super().redo()

    def do(self) -> None:
        from app.core.contacts.field_changes import apply_change

        apply_change(self.contact_id, self.change, clock=self.ctx.clock)

    def revert(self) -> None:
        from app.core.contacts.field_changes import apply_change

        apply_change(self.contact_id, self.change.inverse(), clock=self.ctx.clock)


class CreateContacts(_Command):
    """New contacts (New contact, the brainstorm). Undo deletes them; redo puts them back, same ids."""

    changes = Changes.of("contacts", "followups")

    def __init__(self, ctx: AppContext, people: Sequence[ContactData], text: str = ""):
        super().__init__(ctx, text or tr("Add %Ln contact(s)", "", len(people)))
        self.people = [p.copy() for p in people]
        self.ids: list[int] = []
        self.uids: list[str] = []

    def do(self) -> None:
        from app.core.contacts.service import create_contacts

        self.ids, self.uids = create_contacts(self.people, clock=self.ctx.clock, ids=self.ids, uids=self.uids)

    def revert(self) -> None:
        from app.core.contacts.service import delete_contacts

        delete_contacts(self.ids)


class AddReferrals(_Command):
    """The people a contact suggested, added as referred by them, and (if asked) the "referral given" logged with
    the referrer: one transaction, one undo step; redo puts them back at the same ids."""

    def __init__(
        self, ctx: AppContext, referrer_id: int, people: Sequence[ContactData], text: str, log_summary: str | None
    ):
        super().__init__(ctx, text)
        self.referrer_id, self.log_summary = referrer_id, log_summary
        self.people = [p.copy() for p in people]
        self.when = ctx.clock.now()
        self.done: ReferralsAdded | None = None

    @property
    def ids(self) -> list[int]:
        return list(self.done.ids) if self.done is not None else []

    def do(self) -> Changes:
        from app.core.contacts.referrals import add_referrals_and_log

        self.done = add_referrals_and_log(
            self.referrer_id, self.people, self.log_summary, when=self.when, clock=self.ctx.clock, again=self.done
        )
        return self.done.changes

    def revert(self) -> Changes | None:
        from app.core.contacts.referrals import undo_referrals

        return undo_referrals(self.done, clock=self.ctx.clock) if self.done is not None else None


class TrashContacts(_Command):
    bulk = True

    def __init__(self, ctx: AppContext, ids: Sequence[int], names: str = ""):
        super().__init__(
            ctx,
            tr("Move {what} to the trash").format(what=names)
            if names
            else tr("Move %Ln contact(s) to the trash", "", len(ids)),
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
        self.setText(tr("Restore {what}").format(what=names) if names else tr("Restore %Ln contact(s)", "", len(ids)))

    def do(self) -> None:
        from app.core.contacts.service import restore_contacts

        restore_contacts(self.ids)

    def revert(self) -> None:
        from app.core.contacts.service import trash_contacts

        trash_contacts(self.ids, clock=self.ctx.clock)


class MergeContacts(_Command):
    changes = Changes.of("contacts", "interactions", "followups")

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
    bulk = True

    def __init__(self, ctx: AppContext, ids: Sequence[int], circle_name: str):
        super().__init__(
            ctx,
            tr("Add %Ln contact(s) to {circle}", "", len(ids)).format(circle=circle_name),
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
    bulk = True

    def __init__(self, ctx: AppContext, ids: Sequence[int], circle_id: int, circle_name: str):
        super().__init__(
            ctx,
            tr("Remove %Ln contact(s) from {circle}", "", len(ids)).format(circle=circle_name),
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
    bulk = True

    def __init__(self, ctx: AppContext, ids: Sequence[int], stage: str, label: str):
        super().__init__(
            ctx,
            tr("Set stage of %Ln contact(s) to {stage}", "", len(ids)).format(stage=label),
        )
        self.ids, self.stage = list(ids), stage
        self.previous: dict[int, str] = {}

    def do(self) -> None:
        from app.core.contacts import bulk_edit as bulk

        self.previous = bulk.set_stage(self.ids, self.stage, clock=self.ctx.clock)

    def revert(self) -> None:
        from app.core.contacts import bulk_edit as bulk

        bulk.restore_stages(self.previous, clock=self.ctx.clock)


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
