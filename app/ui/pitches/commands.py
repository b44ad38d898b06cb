"""Undoable pitch edits (Edit → Undo): each command calls app.core.pitches.service and announces the change on the
bus (``ctx.publish(pitches.CHANGES)``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.core.pitches import service as pitches
from app.core.pitches.service import PitchDetails, PitchSnapshot, RehearsalSnapshot
from app.ui.context import AppContext
from app.ui.undo import ContextCommand, weak_callback

Select = Callable[[int | None], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # the empty context: lupdate files a bare tr() there


class _PitchCommand(ContextCommand):
    """Refers to its context and to the page's ``select`` weakly (the page, like the stack, belongs to ``ctx``)."""

    def __init__(self, ctx: AppContext, text: str, select: Select | None = None):
        super().__init__(ctx, text)
        self._select = weak_callback(select)

    def changed(self, pitch_id: int | None = None) -> None:
        select = self._select()
        if select is not None:
            select(pitch_id)
        self.ctx.publish(pitches.CHANGES)


class CreatePitchCommand(_PitchCommand):
    """A new pitch, or a duplicate of ``source_id``; undo deletes it."""

    def __init__(
        self,
        ctx: AppContext,
        details: PitchDetails | None = None,
        body: str = "",
        *,
        source_id: int | None = None,
        select: Select | None = None,
    ):
        super().__init__(ctx, _tr("Duplicate pitch") if source_id else _tr("New pitch"), select)
        self._details, self._body, self._source = details, body, source_id
        self._snapshot: PitchSnapshot | None = None
        self.pitch_id: int | None = None

    def redo(self) -> None:
        if self._snapshot is not None:
            pitches.restore_pitch(self._snapshot, self.ctx.paths.data_dir)
        elif self._source is not None:
            self.pitch_id = pitches.duplicate_pitch(self._source, clock=self.ctx.clock).id
        else:
            assert self._details is not None
            self.pitch_id = pitches.create_pitch(self._details, self._body, clock=self.ctx.clock).id
        self.changed(self.pitch_id)

    def undo(self) -> None:
        assert self.pitch_id is not None
        self._snapshot = pitches.delete_pitch(self.pitch_id, self.ctx.paths.data_dir)
        self.changed(self._source)


class DeletePitchCommand(_PitchCommand):
    def __init__(self, ctx: AppContext, pitch_id: int, title: str, select: Select | None = None):
        super().__init__(ctx, _tr("Delete pitch “{title}”").format(title=title), select)
        self.pitch_id = pitch_id
        self._snapshot: PitchSnapshot | None = None

    def redo(self) -> None:
        self._snapshot = pitches.delete_pitch(self.pitch_id, self.ctx.paths.data_dir)
        self.changed(None)

    def undo(self) -> None:
        assert self._snapshot is not None
        pitches.restore_pitch(self._snapshot, self.ctx.paths.data_dir)
        self.changed(self.pitch_id)


class EditDetailsCommand(_PitchCommand):
    """Title, audience, target, pace or light thresholds; consecutive edits of one pitch merge into one step."""

    ID = 6001

    def __init__(self, ctx: AppContext, pitch_id: int, old: PitchDetails, new: PitchDetails, select=None):
        super().__init__(ctx, _tr("Edit pitch"), select)
        self.pitch_id, self.old, self.new = pitch_id, old, new
        self._first = True

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditDetailsCommand) or other.pitch_id != self.pitch_id:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        pitches.update_details(self.pitch_id, self.new, clock=self.ctx.clock)
        self.changed(self.pitch_id)

    def undo(self) -> None:
        pitches.update_details(self.pitch_id, self.old, clock=self.ctx.clock)
        self.changed(self.pitch_id)


class SetBodyCommand(_PitchCommand):
    """Replace the whole text (restoring a revision); each side is kept as a revision."""

    def __init__(self, ctx: AppContext, pitch_id: int, old: str, new: str, text: str, select=None):
        super().__init__(ctx, text, select)
        self.pitch_id, self.old, self.new = pitch_id, old, new

    def redo(self) -> None:
        pitches.save_body(self.pitch_id, self.new, clock=self.ctx.clock, new_revision=True)
        self.changed(self.pitch_id)

    def undo(self) -> None:
        pitches.save_body(self.pitch_id, self.old, clock=self.ctx.clock, new_revision=True)
        self.changed(self.pitch_id)


class LinkContactsCommand(_PitchCommand):
    def __init__(self, ctx: AppContext, pitch_id: int, old: set[int], new: set[int], select=None):
        super().__init__(ctx, _tr("Link contacts to pitch"), select)
        self.pitch_id, self.old, self.new = pitch_id, set(old), set(new)

    def redo(self) -> None:
        pitches.set_contacts(self.pitch_id, self.new)
        self.changed(self.pitch_id)

    def undo(self) -> None:
        pitches.set_contacts(self.pitch_id, self.old)
        self.changed(self.pitch_id)


class DeleteRehearsalCommand(_PitchCommand):
    """Deletes the run and its recording; undo brings both back."""

    def __init__(self, ctx: AppContext, rehearsal_id: int, pitch_id: int, select=None):
        super().__init__(ctx, _tr("Delete rehearsal"), select)
        self.rehearsal_id, self.pitch_id = rehearsal_id, pitch_id
        self._snapshot: RehearsalSnapshot | None = None

    def redo(self) -> None:
        self._snapshot = pitches.delete_rehearsal(self.rehearsal_id, self.ctx.paths.data_dir)
        self.changed(self.pitch_id)

    def undo(self) -> None:
        assert self._snapshot is not None
        pitches.restore_rehearsal(self._snapshot, self.ctx.paths.data_dir)
        self.changed(self.pitch_id)
