"""Deleting trashed contacts for good (Contacts → Trash → Delete for good, Empty trash): the one contact write that
cannot be undone. One transaction, in chunks under SQLite's parameter limit (a trash may hold tens of thousands), and
it says what went with them: their interactions, ledger and follow-ups always, an opportunity's people or a pitch's
contacts when they were linked.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from peewee import chunked

from app.core.changes import NOTHING, Changes
from app.db import MAX_SQL_PARAMETERS, database
from app.models import Contact, DocumentSent, OpportunityContact, PitchContact


@dataclass(frozen=True)
class Purged:
    """How many contacts were deleted for good, and what that changed."""

    count: int
    changes: Changes


def purge_trashed(ids: Iterable[int] | None = None) -> Purged:
    """Delete for good the trashed contacts among ``ids`` (the whole trash when None), with everything that is theirs.
    A contact that is not in the trash is left alone."""
    trashed = Contact.deleted_at.is_null(False)
    with database.atomic():
        if ids is None:
            doomed = [cid for (cid,) in Contact.select(Contact.id).where(trashed).tuples()]
        else:
            doomed = []
            for chunk in chunked(list(dict.fromkeys(ids)), MAX_SQL_PARAMETERS):
                query = Contact.select(Contact.id).where(Contact.id.in_(chunk), trashed)
                doomed += [cid for (cid,) in query.tuples()]
        if not doomed:
            return Purged(0, NOTHING)
        kinds = ["contacts", "interactions", "followups"]
        count = 0
        for chunk in chunked(doomed, MAX_SQL_PARAMETERS):
            if "opportunities" not in kinds and _linked(chunk, OpportunityContact, DocumentSent):
                kinds.append("opportunities")
            if "pitches" not in kinds and _linked(chunk, PitchContact):
                kinds.append("pitches")
            count += Contact.delete().where(Contact.id.in_(chunk)).execute()
    return Purged(count, Changes.of(*kinds, contact_ids=doomed))


def _linked(ids: list[int], *tables) -> bool:
    return any(table.select().where(table.contact.in_(ids)).exists() for table in tables)
