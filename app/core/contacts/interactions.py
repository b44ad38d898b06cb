"""Logging what happened with a contact: calls, coffees, emails, things sent (DESIGN §3 Interaction)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.core.changes import Changes
from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.contacts import stages
from app.core.followups import reminders
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

    @property
    def changes(self) -> Changes:
        """What logging it changed: the interaction, the follow-ups the rules made, its contact (stage, last
        talked)."""
        return Changes.of("interactions", "followups", contact_ids=[self.interaction.contact_id])


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


# --- reading one interaction, a contact's timeline ---------------------------------------------------------------
@dataclass(frozen=True)
class InteractionSnapshot:
    """One interaction as stored: what the edit dialog shows and what undo needs to put it back."""

    interaction_id: int
    contact_id: int
    kind: str
    when: dt.datetime
    summary: str
    notes: str
    other_contact_id: int | None
    uid: str

    def values(self) -> dict:
        """The editable values, as :func:`update_interaction` takes them."""
        return {
            "kind": self.kind,
            "when": self.when,
            "summary": self.summary,
            "notes": self.notes,
            "other_contact_id": self.other_contact_id,
        }


def get_interaction(interaction_id: int | None) -> InteractionSnapshot | None:
    """The interaction as stored, None when there is no such interaction."""
    item = Interaction.get_or_none(Interaction.id == interaction_id) if interaction_id is not None else None
    if item is None:
        return None
    return InteractionSnapshot(
        interaction_id=item.id,
        contact_id=item.contact_id,
        kind=item.kind,
        when=item.occurred_at,
        summary=item.summary,
        notes=item.notes,
        other_contact_id=item.other_contact_id,
        uid=item.uid,
    )


def restore_interaction(saved: InteractionSnapshot, *, clock: Clock = SYSTEM_CLOCK) -> Logged:
    """Put a deleted interaction back at its id and uid (undo of a delete); its other person is left out when
    they no longer exist."""
    other = saved.other_contact_id
    if other is not None and not Contact.select().where(Contact.id == other).exists():
        other = None
    return log_interaction(
        saved.contact_id,
        saved.kind,
        when=saved.when,
        summary=saved.summary,
        notes=saved.notes,
        other_contact_id=other,
        clock=clock,
        interaction_id=saved.interaction_id,
        uid=saved.uid,
    )


def revert_update(
    saved: InteractionSnapshot, stage_change: stages.StageChange | None, *, clock: Clock = SYSTEM_CLOCK
) -> None:
    """Undo :func:`update_interaction`: the values before, and the stage it moved back, in one transaction."""
    with database.atomic():
        update_interaction(saved.interaction_id, clock=clock, **saved.values())
        stages.undo(stage_change, clock.now())


@dataclass(frozen=True)
class TimelineEntry:
    id: int
    kind: str
    when: dt.datetime
    summary: str
    notes: str
    other_contact_id: int | None
    other_name: str  # "" without another person (or when they no longer exist)


def timeline(contact_id: int, limit: int = 2000) -> list[TimelineEntry]:
    """The contact's interactions, newest first, with the name of the other person of each introduction."""
    rows = list(
        Interaction.select(
            Interaction.id,
            Interaction.kind,
            Interaction.occurred_at,
            Interaction.summary,
            Interaction.notes,
            Interaction.other_contact,
        )
        .where(Interaction.contact == contact_id)
        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
        .limit(limit)
        .tuples()
    )
    others = {other for *_rest, other in rows if other is not None}
    names = (
        dict(Contact.select(Contact.id, Contact.display_name).where(Contact.id.in_(others)).tuples()) if others else {}
    )
    return [
        TimelineEntry(iid, kind, when, summary, notes, other, (names.get(other) or "") if other is not None else "")
        for iid, kind, when, summary, notes, other in rows
    ]


# --- logging with a reminder (the Log interaction dialog) --------------------------------------------------------
@dataclass(frozen=True)
class LoggedWithReminder:
    """What :func:`log_with_reminder` wrote, as undo and redo need it."""

    interaction_id: int
    uid: str
    followup_ids: list[int]
    stage_change: stages.StageChange | None
    changes: Changes
    completed: tuple[int, tuple[str, dt.datetime | None]] | None = None  # (follow-up, its status before) if done


def log_with_reminder(
    contact_id: int,
    kind: str,
    when: dt.datetime,
    summary: str = "",
    notes: str = "",
    other_contact_id: int | None = None,
    *,
    remind_on: dt.date | None = None,
    remind_title: str = "",
    clock: Clock = SYSTEM_CLOCK,
    interaction_id: int | None = None,
    uid: str | None = None,
    complete_followup_id: int | None = None,
) -> LoggedWithReminder:
    """Log an interaction and, with ``remind_on``, a "remind me" follow-up from it — one transaction, so a refused
    reminder logs nothing. ``complete_followup_id``: the follow-up this conversation was (a planned meeting's), marked
    done in the same transaction if it is still open after the logging. ``interaction_id``/``uid`` log it again where
    it was (redo)."""
    with database.atomic():
        logged = log_interaction(
            contact_id,
            kind,
            when=when,
            summary=summary,
            notes=notes,
            other_contact_id=other_contact_id,
            clock=clock,
            interaction_id=interaction_id,
            uid=uid,
        )
        followup_ids = [f.id for f in logged.followups]
        if remind_on is not None:
            reminder = reminders.add_reminder(
                contact_id, remind_on, remind_title, source_interaction_id=logged.interaction.id, clock=clock
            )
            followup_ids.append(reminder.id)
        completed = None
        if complete_followup_id is not None and _is_open(complete_followup_id):
            completed = (complete_followup_id, reminders.set_status(complete_followup_id, "done", clock=clock))
    return LoggedWithReminder(
        logged.interaction.id,
        logged.interaction.uid,
        followup_ids,
        logged.stage_change,
        Changes.of("interactions", "followups", contact_ids=[contact_id]),
        completed,
    )


def _is_open(followup_id: int) -> bool:
    return FollowUp.select().where(FollowUp.id == followup_id, FollowUp.status == "open").exists()


def undo_log(done: LoggedWithReminder, *, clock: Clock = SYSTEM_CLOCK) -> Changes:
    """Take back :func:`log_with_reminder`: its follow-ups, the interaction and the stage it moved, in one
    transaction."""
    with database.atomic():
        if done.completed is not None:
            reminders.restore_status(*done.completed)
        reminders.delete_followups(done.followup_ids)
        delete_interaction(done.interaction_id, clock=clock)
        stages.undo(done.stage_change, clock.now())
    return done.changes


# --- logging the same kind with several people (the "Log email" offer after follow-ups are done) -------------------
@dataclass(frozen=True)
class LoggedMany:
    """What :func:`log_many` wrote, one :class:`LoggedWithReminder` per person, in the order given."""

    logged: tuple[LoggedWithReminder, ...]

    @property
    def changes(self) -> Changes:
        changes = Changes()
        for done in self.logged:
            changes |= done.changes
        return changes


def log_many(
    entries: list[tuple[int, str]],
    kind: str,
    *,
    clock: Clock = SYSTEM_CLOCK,
    again: LoggedMany | None = None,
) -> LoggedMany:
    """Log ``kind`` now with each ``(contact_id, summary)`` of ``entries`` — one transaction: all of them or, when
    one is refused (a contact deleted meanwhile), none. ``again``: what an earlier call wrote, logged again where it
    was (redo after :func:`undo_many`)."""
    when = clock.now().replace(microsecond=0)
    done: list[LoggedWithReminder] = []
    with database.atomic():
        for index, (contact_id, summary) in enumerate(entries):
            before = again.logged[index] if again is not None and index < len(again.logged) else None
            done.append(
                log_with_reminder(
                    contact_id,
                    kind,
                    when,
                    summary,
                    clock=clock,
                    interaction_id=before.interaction_id if before else None,
                    uid=before.uid if before else None,
                )
            )
    return LoggedMany(tuple(done))


def undo_many(done: LoggedMany, *, clock: Clock = SYSTEM_CLOCK) -> Changes:
    """Take back :func:`log_many` (each interaction, the follow-ups the rules made for it, the stage it moved), in
    one transaction."""
    with database.atomic():
        for one in reversed(done.logged):
            undo_log(one, clock=clock)
    return done.changes
