"""Changes to many contacts at once (the list's multi-selection), each one transaction and reversible.

Every function returns what its inverse needs, so the UI's undo commands can restore exactly the previous state.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from app.core.changes import Changes
from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.contacts.service import circle_for_name
from app.db import database
from app.models import STAGES, Contact, ContactCircle

_CHUNK = 900


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def add_circle(name: str) -> Changes:
    """A new circle of this name (nothing when it exists)."""
    circle_for_name(name)
    return Changes.of("contacts")


def add_to_circle(ids: Iterable[int], circle_name: str) -> tuple[int, list[int]]:
    """Add contacts to a circle (created if new). Returns (circle id, ids that were not in it before)."""
    ids = list(dict.fromkeys(ids))
    name = (circle_name or "").strip()
    if not name:
        raise ValueError("give the circle a name")
    with database.atomic():
        circle = circle_for_name(name)
        already = set()
        for chunk in _chunks(ids):
            already |= {
                cid
                for (cid,) in ContactCircle.select(ContactCircle.contact)
                .where(ContactCircle.circle == circle, ContactCircle.contact.in_(chunk))
                .tuples()
            }
        added = [cid for cid in ids if cid not in already]
        for chunk in _chunks(added):
            ContactCircle.insert_many([{"contact": cid, "circle": circle.id} for cid in chunk]).execute()
    return circle.id, added


def remove_from_circle(ids: Iterable[int], circle_id: int) -> list[int]:
    """Take contacts out of a circle. Returns the ids that were in it."""
    ids = list(dict.fromkeys(ids))
    removed: list[int] = []
    with database.atomic():
        for chunk in _chunks(ids):
            members = [
                cid
                for (cid,) in ContactCircle.select(ContactCircle.contact)
                .where(ContactCircle.circle == circle_id, ContactCircle.contact.in_(chunk))
                .tuples()
            ]
            ContactCircle.delete().where(
                ContactCircle.circle == circle_id, ContactCircle.contact.in_(members)
            ).execute()
            removed += members
    return removed


def set_stage(ids: Iterable[int], stage: str, *, clock: Clock = SYSTEM_CLOCK) -> dict[int, str]:
    """Move contacts to ``stage``. Returns each changed contact's previous stage."""
    if stage not in STAGES:
        raise ValueError(f"unknown stage {stage!r}; use one of {', '.join(STAGES)}")
    ids = list(dict.fromkeys(ids))
    previous: dict[int, str] = {}
    with database.atomic():
        for chunk in _chunks(ids):
            previous.update(
                Contact.select(Contact.id, Contact.stage).where(Contact.id.in_(chunk), Contact.stage != stage).tuples()
            )
        changed = list(previous)
        for chunk in _chunks(changed):
            Contact.update(stage=stage, updated_at=clock.now()).where(Contact.id.in_(chunk)).execute()
    return previous


def restore_stages(previous: Mapping[int, str], *, clock: Clock = SYSTEM_CLOCK) -> None:
    """Put back the stages :func:`set_stage` returned."""
    by_stage: dict[str, list[int]] = {}
    for cid, stage in previous.items():
        by_stage.setdefault(stage, []).append(cid)
    with database.atomic():
        for stage, ids in by_stage.items():
            for chunk in _chunks(ids):
                Contact.update(stage=stage, updated_at=clock.now()).where(Contact.id.in_(chunk)).execute()
