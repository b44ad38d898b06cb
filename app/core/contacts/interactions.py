"""Logging what happened with a contact: calls, coffees, emails, things sent (DESIGN §3 Interaction)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.contacts import stages
from app.core.followups import rules as followup_rules
from app.db import database
from app.errors import RapportError
from app.models import INTERACTION_KINDS, Contact, FollowUp, Interaction

MAX_SUMMARY = 500
MAX_NOTES = 100_000


class InteractionError(RapportError, ValueError):
    """The interaction cannot be logged as given (unknown kind, missing contact…). Nothing was written."""


@dataclass(frozen=True)
class Logged:
    """A logged interaction, the follow-ups the rules created for it, and the stage it moved its contact to."""

    interaction: Interaction
    followups: list[FollowUp]
    stage_change: stages.StageChange | None = None


def _check(contact_id: int, kind: str, other_contact_id: int | None) -> None:
    if kind not in INTERACTION_KINDS:
        raise InteractionError(f"unknown kind {kind!r}; use one of {', '.join(INTERACTION_KINDS)}")
    if not Contact.select().where(Contact.id == contact_id).exists():
        raise InteractionError(f"no contact with id {contact_id}")
    if other_contact_id is not None:
        if other_contact_id == contact_id:
            raise InteractionError("an introduction needs two different people")
        if not Contact.select().where(Contact.id == other_contact_id).exists():
            raise InteractionError(f"no contact with id {other_contact_id}")


def log_interaction(
    contact_id: int,
    kind: str,
    when: dt.datetime | None = None,
    summary: str = "",
    notes: str = "",
    other_contact_id: int | None = None,
    *,
    clock: Clock = SYSTEM_CLOCK,
    interaction_id: int | None = None,
    uid: str | None = None,
) -> Logged:
    """Store an interaction (default: now) and let the follow-up rules react, in one transaction.

    ``interaction_id`` and ``uid`` log it again exactly where it was (redo after an undo).
    """
    _check(contact_id, kind, other_contact_id)
    when = (when or clock.now()).replace(microsecond=0)
    with database.atomic():
        now = clock.now()
        extra: dict = {"id": interaction_id} if interaction_id is not None else {}
        if uid:
            extra["uid"] = uid
        interaction = Interaction.create(
            **extra,
            contact=contact_id,
            kind=kind,
            occurred_at=when,
            summary=(summary or "").replace("\x00", "").strip()[:MAX_SUMMARY],
            notes=(notes or "").replace("\x00", "")[:MAX_NOTES],
            other_contact=other_contact_id,
            created_at=now,
            updated_at=now,
        )
        moved = stages.advance(interaction, now)
        created = followup_rules.interaction_saved(interaction, previous_kind=None, clock=clock)
    return Logged(interaction, created, moved)


def update_interaction(
    interaction_id: int,
    *,
    kind: str,
    when: dt.datetime,
    summary: str = "",
    notes: str = "",
    other_contact_id: int | None = None,
    clock: Clock = SYSTEM_CLOCK,
) -> Logged:
    """Change an interaction; the rules update or replace the open follow-ups it caused."""
    with database.atomic():
        interaction = Interaction.get_by_id(interaction_id)
        _check(interaction.contact_id, kind, other_contact_id)
        previous_kind = interaction.kind
        interaction.kind = kind
        interaction.occurred_at = when.replace(microsecond=0)
        interaction.summary = (summary or "").replace("\x00", "").strip()[:MAX_SUMMARY]
        interaction.notes = (notes or "").replace("\x00", "")[:MAX_NOTES]
        interaction.other_contact = other_contact_id
        interaction.updated_at = clock.now()
        interaction.save()
        moved = stages.advance(interaction, clock.now())
        created = followup_rules.interaction_saved(interaction, previous_kind=previous_kind, clock=clock)
    return Logged(interaction, created, moved)


def delete_interaction(interaction_id: int, *, clock: Clock = SYSTEM_CLOCK) -> None:
    """Delete an interaction and the open follow-ups it caused (done ones stay as history); the contact's
    keep-in-touch clock goes back to the interaction before it."""
    with database.atomic():
        contact_id = Interaction.select(Interaction.contact).where(Interaction.id == interaction_id).scalar()
        followup_rules.interaction_deleted(interaction_id, clock=clock)
        Interaction.delete().where(Interaction.id == interaction_id).execute()
        if contact_id is not None:
            followup_rules.contact_activity_changed(contact_id, clock=clock)
