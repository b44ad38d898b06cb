"""Undoable changes to opportunities (Edit → Undo / Ctrl+Z), on the pattern of :mod:`app.ui.contacts.commands`:
each command calls core in ``redo`` and reverses it in ``undo``, ids and UIDs stay the same across undo and redo,
and a command that cannot be replayed (the data changed under it) logs why, refreshes everything and marks itself
obsolete instead of crashing.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from pathlib import Path

from app.core.changes import Changes
from app.core.opportunities import deletion, documents, interviews, service
from app.core.opportunities.interviews import InterviewData
from app.core.opportunities.service import Move, OpportunityData, Person
from app.ui.context import AppContext
from app.ui.opportunities.presentation import stage_text, tr
from app.ui.undo import UndoCommand

log = logging.getLogger(__name__)


class _OpportunityCommand(UndoCommand):
    """Runs the core calls of ``do``/``revert`` and publishes :attr:`changes`; a failure logs why, refreshes
    everything and makes the command obsolete (the shared base, which refers to the context weakly)."""

    changes: Changes = service.CHANGES


class CreateOpportunity(_OpportunityCommand):
    """A new opportunity; undo deletes it, redo puts it back with the same id and UID."""

    def __init__(
        self,
        ctx: AppContext,
        data: OpportunityData,
        *,
        stage: str,
        day: dt.date | None,
        people: Sequence[Person],
        make_target: bool = False,
    ):
        super().__init__(ctx, tr("Add {role} at {company}").format(role=data.role, company=data.company))
        self.data, self.stage, self.day, self.people, self.make_target = data, stage, day, list(people), make_target
        self.opportunity_id: int | None = None
        self.uid: str | None = None
        self.error: Exception | None = None

    def redo(self) -> None:
        try:
            self.do()
        except service.OpportunityError as exc:  # refused input: nothing written, nothing to undo
            self.error = exc
            self.setObsolete(True)
            return
        self.ctx.publish(self.changes)

    def do(self) -> None:
        row = service.create_opportunity(
            self.data,
            stage=self.stage,
            day=self.day,
            people=self.people,
            make_target=self.make_target,
            clock=self.ctx.clock,
            opportunity_id=self.opportunity_id,
            uid=self.uid,
        )
        self.opportunity_id, self.uid = row.id, row.uid
        self.day = row.stage_since

    def revert(self) -> None:
        deletion.delete_opportunity(self.opportunity_id, clock=self.ctx.clock)


class EditOpportunity(_OpportunityCommand):
    """The form's fields and people saved at once."""

    def __init__(
        self,
        ctx: AppContext,
        opportunity_id: int,
        after: OpportunityData,
        people: Sequence[Person],
        *,
        make_target: bool = False,
    ):
        super().__init__(ctx, tr("Edit {role} at {company}").format(role=after.role, company=after.company))
        self.opportunity_id = opportunity_id
        self.after, self.people, self.make_target = after, list(people), make_target
        self.before: OpportunityData | None = None
        self.before_people: list[Person] = []

    def do(self) -> None:
        before, before_people = service.edit_opportunity(
            self.opportunity_id, self.after, self.people, make_target=self.make_target, clock=self.ctx.clock
        )
        if self.before is None:
            self.before, self.before_people = before, before_people

    def revert(self) -> None:
        service.edit_opportunity(self.opportunity_id, self.before, self.before_people, clock=self.ctx.clock)


class SetNotes(_OpportunityCommand):
    """Notes typed in the detail pane: typing in the same opportunity's notes merges into one step."""

    ID = 4221

    def __init__(self, ctx: AppContext, opportunity_id: int, before: str, after: str):
        super().__init__(ctx, tr("Edit notes"))
        self.opportunity_id, self.before, self.after = opportunity_id, before, after

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other) -> bool:
        if not isinstance(other, SetNotes) or other.opportunity_id != self.opportunity_id:
            return False
        self.after = other.after
        return True

    def do(self) -> None:
        service.set_notes(self.opportunity_id, self.after, clock=self.ctx.clock)

    def revert(self) -> None:
        service.set_notes(self.opportunity_id, self.before, clock=self.ctx.clock)


class MoveOpportunities(_OpportunityCommand):
    """Cards moved to a stage (a drop, a key, the menu): each move logged with its day; undo takes them back."""

    def __init__(self, ctx: AppContext, ids: Sequence[int], stage: str, day: dt.date | None = None):
        count = len(ids)
        text = (
            tr("Move to {stage}").format(stage=stage_text(stage))
            if count == 1
            else tr("Move %Ln opportunit(y/ies) to {stage}", "", count).format(stage=stage_text(stage))
        )
        super().__init__(ctx, text)
        self.ids, self.stage, self.day = list(ids), stage, day
        self.moves: list[Move] = []
        self.error: Exception | None = None
        self._done_once = False

    def redo(self) -> None:
        try:
            self.do()
        except service.OpportunityError as exc:
            self.error = exc
            self.setObsolete(True)
            self.ctx.publish(Changes.of("opportunities"))
            return
        if not self.moves:
            self.setObsolete(True)  # nothing moved: nothing to undo
        self.ctx.publish(self.changes)

    def do(self) -> None:
        if self._done_once:
            service.redo_moves(self.moves, clock=self.ctx.clock)
            return
        self.moves = service.move_many(self.ids, self.stage, day=self.day, clock=self.ctx.clock)  # all or none
        self._done_once = True

    def revert(self) -> None:
        service.undo_moves(self.moves, clock=self.ctx.clock)


class DeleteOpportunity(_OpportunityCommand):
    def __init__(self, ctx: AppContext, opportunity_id: int, label: str):
        super().__init__(ctx, tr("Delete {what}").format(what=label))
        self.opportunity_id = opportunity_id
        self.snapshot: deletion.Snapshot | None = None

    def do(self) -> None:
        self.snapshot = deletion.delete_opportunity(self.opportunity_id, clock=self.ctx.clock)

    def revert(self) -> None:
        deletion.restore_opportunity(self.snapshot, clock=self.ctx.clock)


class ScheduleInterview(_OpportunityCommand):
    """A round of interviews added (and the move to "interviewing" it made, undone with it)."""

    def __init__(self, ctx: AppContext, opportunity_id: int, data: InterviewData, interviewers: Sequence[int]):
        super().__init__(ctx, tr("Schedule an interview"))
        self.opportunity_id, self.data, self.interviewers = opportunity_id, data, list(interviewers)
        self.interview_id: int | None = None
        self.uid: str | None = None
        self.move: Move | None = None

    def do(self) -> None:
        # Redo: the move first (one transaction), so that adding the interview does not move it again.
        scheduled = interviews.add_interview(
            self.opportunity_id,
            self.data,
            self.interviewers,
            clock=self.ctx.clock,
            interview_id=self.interview_id,
            uid=self.uid,
            move_again=self.move,
        )
        if self.interview_id is None:
            self.interview_id, self.uid, self.move = scheduled.interview_id, scheduled.uid, scheduled.move

    def revert(self) -> None:
        interviews.delete_interview(self.interview_id, clock=self.ctx.clock, take_back=self.move)


class EditInterview(_OpportunityCommand):
    def __init__(self, ctx: AppContext, interview_id: int, data: InterviewData, interviewers: Sequence[int]):
        super().__init__(ctx, tr("Edit the interview"))
        self.interview_id, self.after, self.interviewers = interview_id, data, list(interviewers)
        self.before: tuple[InterviewData, list[int]] | None = None

    def do(self) -> None:
        before = interviews.update_interview(self.interview_id, self.after, self.interviewers, clock=self.ctx.clock)
        if self.before is None:
            self.before = before

    def revert(self) -> None:
        data, people = self.before
        interviews.update_interview(self.interview_id, data, people, clock=self.ctx.clock)


class DeleteInterview(_OpportunityCommand):
    def __init__(self, ctx: AppContext, interview_id: int):
        super().__init__(ctx, tr("Delete the interview"))
        self.interview_id = interview_id
        self.snapshot: interviews.InterviewSnapshot | None = None

    def do(self) -> None:
        self.snapshot = interviews.delete_interview(self.interview_id, clock=self.ctx.clock)

    def revert(self) -> None:
        interviews.restore_interview(self.snapshot, clock=self.ctx.clock)


class EditHistoryDay(_OpportunityCommand):
    def __init__(self, ctx: AppContext, history_id: int, day: dt.date):
        super().__init__(ctx, tr("Change the day of a move"))
        self.history_id, self.day = history_id, day
        self.before: dt.date | None = None

    def do(self) -> None:
        before = service.edit_history_day(self.history_id, self.day, clock=self.ctx.clock)
        if self.before is None:
            self.before = before

    def revert(self) -> None:
        service.edit_history_day(self.history_id, self.before, clock=self.ctx.clock)


class RecordSent(_OpportunityCommand):
    """A document version recorded as sent (and, with a person, logged on their timeline)."""

    changes = documents.SENT_CHANGES

    def __init__(
        self,
        ctx: AppContext,
        version_id: int,
        *,
        opportunity_id: int | None,
        contact_id: int | None,
        day: dt.date,
        note: str,
        log_on_timeline: bool,
        label: str,
    ):
        super().__init__(ctx, tr("Record {what} as sent").format(what=label))
        self.version_id, self.opportunity_id, self.contact_id = version_id, opportunity_id, contact_id
        self.day, self.note, self.log_on_timeline = day, note, log_on_timeline
        self.sent: documents.Sent | None = None
        self.row: dict | None = None

    def do(self) -> None:
        if self.row is not None:
            self.sent = documents.restore_sent(self.row, log_on_timeline=self.log_on_timeline, clock=self.ctx.clock)
            return
        self.sent = documents.record_sent(
            self.version_id,
            opportunity_id=self.opportunity_id,
            contact_id=self.contact_id,
            day=self.day,
            note=self.note,
            log_on_timeline=self.log_on_timeline,
            clock=self.ctx.clock,
        )

    def revert(self) -> None:
        self.row = documents.delete_sent(self.sent, clock=self.ctx.clock)


class AddDocumentVersion(_OpportunityCommand):
    """A file added as a new document or as the next version of one; undo removes it (file included)."""

    def __init__(
        self,
        ctx: AppContext,
        source: Path,
        *,
        document_id: int | None,
        name: str = "",
        kind: str = "resume",
        note: str = "",
    ):
        super().__init__(ctx, tr("Add {file}").format(file=Path(source).name))
        self.source, self.document_id, self.name, self.kind, self.note = source, document_id, name, kind, note
        self.version_id: int | None = None
        self.snapshot: documents.DocumentSnapshot | None = None
        self.error: Exception | None = None

    def redo(self) -> None:
        try:
            self.do()
        except documents.DocumentError as exc:
            self.error = exc
            self.setObsolete(True)
            return
        self.ctx.publish(self.changes)

    def do(self) -> None:
        data_dir = self.ctx.paths.data_dir
        if self.snapshot is not None:
            documents.restore_document(data_dir, self.snapshot)
            return
        if self.document_id is None:
            version = documents.add_document(
                data_dir, self.source, name=self.name, kind=self.kind, note=self.note, clock=self.ctx.clock
            )
        else:
            version = documents.add_version(
                data_dir, self.document_id, self.source, note=self.note, clock=self.ctx.clock
            )
        self.version_id = version.id

    def revert(self) -> None:
        self.snapshot = documents.delete_version(self.ctx.paths.data_dir, self.version_id)


class DeleteDocumentVersion(_OpportunityCommand):
    def __init__(self, ctx: AppContext, version_id: int, label: str):
        super().__init__(ctx, tr("Delete {what}").format(what=label))
        self.version_id = version_id
        self.snapshot: documents.DocumentSnapshot | None = None

    def do(self) -> None:
        self.snapshot = documents.delete_version(self.ctx.paths.data_dir, self.version_id)

    def revert(self) -> None:
        documents.restore_document(self.ctx.paths.data_dir, self.snapshot)
