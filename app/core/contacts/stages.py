"""A contact's stage follows the conversations logged with them (issue 16).

The stages (DESIGN §3) run prospect → invited → connected → talked → met → ally. Logging a conversation moves the
contact forward to the stage it shows — a call to "talked" (had a call or a chat), a coffee, lunch, meeting or event
to "met" (met in person) — and never backwards: an ally stays an ally. It happens when the conversation is logged
or edited and has taken place (a coffee planned for next week moves nobody yet; marking it happened does). Nothing
re-applies it later, so a stage set by hand afterwards — even an earlier one — stays as set.

Undo: the change is returned as a :class:`StageChange`; :func:`undo` puts the stage back unless it was changed
again since.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.models import STAGES, Contact, Interaction

# The stage a conversation of each kind shows (email, message, sent… are not conversations: no change).
STAGE_OF_KIND = {"call": "talked", "coffee": "met", "lunch": "met", "meeting": "met", "event": "met"}


@dataclass(frozen=True)
class StageChange:
    contact_id: int
    before: str
    after: str


def rank(stage: str) -> int:
    return STAGES.index(stage) if stage in STAGES else 0


def advance(interaction: Interaction, now: dt.datetime) -> StageChange | None:
    """Move ``interaction``'s contact forward to the stage the conversation shows (call the caller's transaction);
    the change made, or None."""
    target = STAGE_OF_KIND.get(interaction.kind)
    if target is None or interaction.occurred_at > now:
        return None
    row = Contact.select(Contact.stage, Contact.deleted_at).where(Contact.id == interaction.contact_id).first()
    if row is None or row.deleted_at is not None or rank(row.stage) >= rank(target):
        return None
    Contact.update(stage=target, updated_at=now).where(Contact.id == interaction.contact_id).execute()
    return StageChange(interaction.contact_id, row.stage, target)


def undo(change: StageChange | None, now: dt.datetime) -> None:
    """Take back what :func:`advance` did, unless the stage has been changed since (by hand, or again)."""
    if change is None:
        return
    (
        Contact.update(stage=change.before, updated_at=now)
        .where(Contact.id == change.contact_id, Contact.stage == change.after)
        .execute()
    )
