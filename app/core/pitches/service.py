"""Writing pitches: the one write path for pitches, their revisions, contact links and rehearsals.

Every function is one transaction. Deleting returns a snapshot that :func:`restore_pitch` /
:func:`restore_rehearsal` put back exactly (same ids, audio files included), which is how the UI undoes a delete.

Revisions: the text autosaves often (every pause in typing), but a revision per keystroke burst would bury the
history. So a save within :data:`REVISION_WINDOW` of the newest revision updates that revision, and a later save
starts a new one; the text a pitch had before its first revision (e.g. demo data) is kept as a revision of its own
before it is first changed. ``new_revision=True`` (the "Save version" action, restoring a revision) always starts one.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.changes import Changes
from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.pitches.rehearsal import RunResult
from app.core.pitches.timing import (
    DEFAULT_TARGET_SECONDS,
    DEFAULT_WPM,
    MAX_WPM,
    MIN_WPM,
    InvalidTiming,
    validate_thresholds,
)
from app.core.translated import QT_TRANSLATE_NOOP, said
from app.db import BUSY_TIMEOUT_MS, busy_timeout, database
from app.errors import RapportError
from app.models import Contact, Pitch, PitchContact, PitchRevision, Rehearsal

log = logging.getLogger(__name__)

REVISION_WINDOW = dt.timedelta(minutes=5)
MAX_TITLE = 200
MAX_BODY = 20_000
MAX_NOTES = 5_000
RECORDINGS_DIR = "recordings"
LONG_WAIT_MS = BUSY_TIMEOUT_MS  # how long a save waits for a write lock when it must get through (quitting)
CHANGES = Changes.of("pitches")  # what every write here changes, as the UI publishes it


class PitchError(RapportError, ValueError):
    """A pitch or rehearsal write was refused; ``field`` names what to fix."""

    def __init__(self, field_name: str, reason: str):
        super().__init__(f"{field_name}: {reason}")
        self.field = field_name
        self.reason = reason


@dataclass
class PitchDetails:
    """What the pitch header edits (everything but the text)."""

    title: str
    audience: str = ""
    target_seconds: int = DEFAULT_TARGET_SECONDS
    wpm: int = DEFAULT_WPM
    green_at: float | None = None
    yellow_at: float | None = None

    @classmethod
    def of(cls, pitch: Pitch) -> PitchDetails:
        return cls(pitch.title, pitch.audience, pitch.target_seconds, pitch.wpm, pitch.green_at, pitch.yellow_at)


def validate_details(details: PitchDetails) -> PitchDetails:
    """A cleaned copy of ``details`` or :class:`PitchError` naming the first bad field."""
    title = " ".join((details.title or "").split())
    if not title:
        raise PitchError(
            "title",
            said(
                "PitchProblem",
                QT_TRANSLATE_NOOP("PitchProblem", "a pitch needs a title, such as “Recruiter” or “Neighbour”"),
            ),
        )
    if len(title) > MAX_TITLE:
        raise PitchError(
            "title",
            said("PitchProblem", QT_TRANSLATE_NOOP("PitchProblem", "at most {most} characters"), most=MAX_TITLE),
        )
    audience = " ".join((details.audience or "").split())[:MAX_TITLE]
    if not MIN_WPM <= int(details.wpm) <= MAX_WPM:
        raise PitchError(
            "wpm",
            said(
                "PitchProblem",
                QT_TRANSLATE_NOOP("PitchProblem", "pace must be {low}–{high} words a minute, got {wpm}"),
                low=MIN_WPM,
                high=MAX_WPM,
                wpm=details.wpm,
            ),
        )
    try:
        validate_thresholds(details.target_seconds, details.green_at, details.yellow_at)
    except InvalidTiming as exc:
        raise PitchError(exc.field, exc.reason) from exc
    return PitchDetails(
        title, audience, int(details.target_seconds), int(details.wpm), details.green_at, details.yellow_at
    )


def _check_body(body: str) -> str:
    if len(body) > MAX_BODY:
        raise PitchError(
            "body",
            said(
                "PitchProblem",
                QT_TRANSLATE_NOOP("PitchProblem", "at most {most} characters — a spoken pitch is far shorter"),
                most=f"{MAX_BODY:,}",
            ),
        )
    return body


def create_pitch(details: PitchDetails, body: str = "", *, clock: Clock = SYSTEM_CLOCK) -> Pitch:
    """A new pitch at the end of the list."""
    details = validate_details(details)
    body = _check_body(body)
    now = clock.now()
    with database.atomic():
        last = Pitch.select(Pitch.position).order_by(Pitch.position.desc()).first()
        return Pitch.create(
            title=details.title,
            audience=details.audience,
            body=body,
            target_seconds=details.target_seconds,
            wpm=details.wpm,
            green_at=details.green_at,
            yellow_at=details.yellow_at,
            position=(last.position + 1) if last else 0,
            created_at=now,
            updated_at=now,
        )


def update_details(pitch_id: int, details: PitchDetails, *, clock: Clock = SYSTEM_CLOCK) -> Pitch:
    details = validate_details(details)
    with database.atomic():
        pitch = Pitch.get_by_id(pitch_id)
        pitch.title = details.title
        pitch.audience = details.audience
        pitch.target_seconds = details.target_seconds
        pitch.wpm = details.wpm
        pitch.green_at = details.green_at
        pitch.yellow_at = details.yellow_at
        pitch.updated_at = clock.now()
        pitch.save()
        return pitch


def save_body(
    pitch_id: int,
    body: str,
    *,
    clock: Clock = SYSTEM_CLOCK,
    new_revision: bool = False,
    wait_ms: int | None = None,
) -> bool:
    """Store the pitch text and keep its revision history (module docstring). Returns False when unchanged.

    ``wait_ms``: wait at most this long for another program's write lock (the editor's autosave waits briefly and
    tries again later rather than freeze; :data:`LONG_WAIT_MS` is as long as a command waits); None: the default."""
    body = _check_body(body)
    now = clock.now()
    with busy_timeout(wait_ms) if wait_ms is not None else nullcontext(), database.atomic():
        pitch = Pitch.get_by_id(pitch_id)
        latest = pitch.revisions.order_by(PitchRevision.saved_at.desc(), PitchRevision.id.desc()).first()
        if body == pitch.body and not new_revision:
            return False
        if pitch.body.strip() and (latest is None or latest.body != pitch.body):
            # The text as it was before this change was never kept: keep it first.
            latest = PitchRevision.create(pitch=pitch, body=pitch.body, saved_at=pitch.updated_at or now)
            latest_is_old = True
        else:
            latest_is_old = latest is not None and now - latest.saved_at >= REVISION_WINDOW
        if latest is None or latest_is_old or new_revision:
            if latest is None or latest.body != body:
                PitchRevision.create(pitch=pitch, body=body, saved_at=now)
        else:
            latest.body = body
            latest.saved_at = now
            latest.save()
        pitch.body = body
        pitch.updated_at = now
        pitch.save()
        return True


@dataclass(frozen=True)
class Revision:
    """A kept version of a pitch's text."""

    id: int
    body: str
    saved_at: dt.datetime


def revisions(pitch_id: int) -> list[Revision]:
    """Newest first."""
    query = (
        PitchRevision.select(PitchRevision.id, PitchRevision.body, PitchRevision.saved_at)
        .where(PitchRevision.pitch == pitch_id)
        .order_by(PitchRevision.saved_at.desc(), PitchRevision.id.desc())
    )
    return [Revision(r.id, r.body, r.saved_at) for r in query]


def duplicate_pitch(pitch_id: int, *, clock: Clock = SYSTEM_CLOCK) -> Pitch:
    """A copy (text, timing, audience, linked contacts; not the history) placed right after the original."""
    with database.atomic():
        source = Pitch.get_by_id(pitch_id)
        Pitch.update(position=Pitch.position + 1).where(Pitch.position > source.position).execute()
        now = clock.now()
        title = f"{source.title} (copy)"[:MAX_TITLE]
        copy = Pitch.create(
            title=title,
            audience=source.audience,
            body=source.body,
            target_seconds=source.target_seconds,
            wpm=source.wpm,
            green_at=source.green_at,
            yellow_at=source.yellow_at,
            position=source.position + 1,
            created_at=now,
            updated_at=now,
        )
        links = [
            {"pitch": copy.id, "contact": c} for (c,) in source.contact_links.select(PitchContact.contact).tuples()
        ]
        if links:
            PitchContact.insert_many(links).execute()
        return copy


def set_contacts(pitch_id: int, contact_ids: Iterable[int]) -> None:
    """Link the pitch to exactly ``contact_ids`` (contacts that no longer exist are ignored)."""
    wanted = set(contact_ids)
    with database.atomic():
        existing = {
            c for (c,) in PitchContact.select(PitchContact.contact).where(PitchContact.pitch == pitch_id).tuples()
        }
        gone = existing - wanted
        if gone:
            PitchContact.delete().where((PitchContact.pitch == pitch_id) & PitchContact.contact.in_(gone)).execute()
        new = wanted - existing
        if new:
            real = [c for (c,) in Contact.select(Contact.id).where(Contact.id.in_(new)).tuples()]
            PitchContact.insert_many([{"pitch": pitch_id, "contact": c} for c in real]).execute()


@dataclass(frozen=True)
class LinkedContact:
    """A contact a pitch suits."""

    id: int
    display_name: str


def linked_contacts(pitch_id: int) -> list[LinkedContact]:
    """The contacts (not in the trash) the pitch is linked to, by name."""
    rows = (
        Contact.select(Contact.id, Contact.display_name)
        .join(PitchContact)
        .where((PitchContact.pitch == pitch_id) & Contact.deleted_at.is_null())
        .order_by(Contact.display_name)
        .tuples()
    )
    return [LinkedContact(cid, name) for cid, name in rows]


# --- rehearsals ----------------------------------------------------------------------------------------------------
def recording_path(data_dir: Path, name: str) -> Path:
    """Where a recording named ``name`` (a relative ``audio_path``) lives; refuses paths leaving the folder."""
    root = (data_dir / RECORDINGS_DIR).resolve()
    path = (data_dir / name).resolve()
    if root not in path.parents:
        raise PitchError("audio_path", f"{name!r} is not inside the recordings folder")
    return path


def save_rehearsal(
    pitch_id: int,
    started_at: dt.datetime,
    result: RunResult,
    *,
    rating: int | None = None,
    notes: str = "",
    audio_path: str | None = None,
) -> Rehearsal:
    if rating is not None and not 1 <= rating <= 5:
        raise PitchError("self_rating", f"rating must be 1–5, got {rating}")
    if len(notes) > MAX_NOTES:
        raise PitchError("notes", f"at most {MAX_NOTES:,} characters")
    if result.duration_ms <= 0:
        raise PitchError("duration", "the run lasted no time at all")
    with database.atomic():
        Pitch.get_by_id(pitch_id)
        return Rehearsal.create(
            pitch=pitch_id,
            started_at=started_at,
            duration_ms=result.duration_ms,
            words=result.words,
            wpm=round(result.wpm, 1),
            self_rating=rating,
            notes=notes.strip(),
            audio_path=audio_path,
        )


def update_rehearsal(rehearsal_id: int, *, rating: int | None, notes: str) -> None:
    if rating is not None and not 1 <= rating <= 5:
        raise PitchError("self_rating", f"rating must be 1–5, got {rating}")
    Rehearsal.update(self_rating=rating, notes=notes.strip()[:MAX_NOTES]).where(Rehearsal.id == rehearsal_id).execute()


@dataclass
class RehearsalSnapshot:
    """A deleted rehearsal, with its recording's bytes, so undo can put both back."""

    row: dict[str, Any]
    audio: bytes | None = None


@dataclass
class PitchSnapshot:
    """A deleted pitch with everything that belonged to it."""

    row: dict[str, Any]
    revisions: list[dict[str, Any]] = field(default_factory=list)
    links: list[dict[str, Any]] = field(default_factory=list)
    rehearsals: list[RehearsalSnapshot] = field(default_factory=list)


def _read_audio(data_dir: Path, audio_path: str | None) -> bytes | None:
    if not audio_path:
        return None
    try:
        return recording_path(data_dir, audio_path).read_bytes()
    except (OSError, PitchError) as exc:
        log.warning("could not read recording %s: %s", audio_path, exc)
        return None


def remove_recording(data_dir: Path, audio_path: str | None) -> None:
    if not audio_path:
        return
    try:
        recording_path(data_dir, audio_path).unlink(missing_ok=True)
    except (OSError, PitchError) as exc:
        log.warning("could not delete recording %s: %s", audio_path, exc)


def _write_audio(data_dir: Path, audio_path: str | None, audio: bytes | None) -> None:
    if audio_path and audio is not None:
        path = recording_path(data_dir, audio_path)
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        path.write_bytes(audio)
        path.chmod(0o600)


def delete_rehearsal(rehearsal_id: int, data_dir: Path) -> RehearsalSnapshot:
    """Delete a rehearsal and its recording; the snapshot restores both."""
    with database.atomic():
        rehearsal = Rehearsal.get_by_id(rehearsal_id)
        snapshot = RehearsalSnapshot(dict(rehearsal.__data__), _read_audio(data_dir, rehearsal.audio_path))
        rehearsal.delete_instance()
    remove_recording(data_dir, snapshot.row.get("audio_path"))
    return snapshot


def restore_rehearsal(snapshot: RehearsalSnapshot, data_dir: Path) -> None:
    with database.atomic():
        Rehearsal.insert(snapshot.row).execute()
    _write_audio(data_dir, snapshot.row.get("audio_path"), snapshot.audio)


def delete_pitch(pitch_id: int, data_dir: Path) -> PitchSnapshot:
    """Delete a pitch with its revisions, links and rehearsals (and their recordings)."""
    with database.atomic():
        pitch = Pitch.get_by_id(pitch_id)
        snapshot = PitchSnapshot(
            dict(pitch.__data__),
            [dict(r.__data__) for r in pitch.revisions],
            [dict(link.__data__) for link in pitch.contact_links],
            [RehearsalSnapshot(dict(r.__data__), _read_audio(data_dir, r.audio_path)) for r in pitch.rehearsals],
        )
        pitch.delete_instance(recursive=False)  # revisions, links and rehearsals go by ON DELETE CASCADE
    for rehearsal in snapshot.rehearsals:
        remove_recording(data_dir, rehearsal.row.get("audio_path"))
    return snapshot


def restore_pitch(snapshot: PitchSnapshot, data_dir: Path) -> None:
    with database.atomic():
        Pitch.insert(snapshot.row).execute()
        if snapshot.revisions:
            PitchRevision.insert_many(snapshot.revisions).execute()
        live = {c for (c,) in Contact.select(Contact.id).tuples()}
        links = [link for link in snapshot.links if link["contact"] in live]
        if links:
            PitchContact.insert_many(links).execute()
        for rehearsal in snapshot.rehearsals:
            Rehearsal.insert(rehearsal.row).execute()
    for rehearsal in snapshot.rehearsals:
        _write_audio(data_dir, rehearsal.row.get("audio_path"), rehearsal.audio)
