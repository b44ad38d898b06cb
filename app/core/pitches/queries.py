"""What the pitches page reads: the list's rows, one pitch's text and details, its runs, its pocket card, and the
contacts it can be linked to (issue 18: the UI asks these instead of querying the models). Each is one query or two;
the values are plain dataclasses, never rows.
"""

from __future__ import annotations

from dataclasses import dataclass

from peewee import JOIN, fn

from app.core.pitches.rehearsal_history import Run
from app.core.pitches.service import PitchDetails
from app.core.pitches.timing import Thresholds, estimated_seconds, word_count
from app.models import Company, Contact, Pitch, Profile, Rehearsal

CONTACT_SEARCH_LIMIT = 200


@dataclass(frozen=True)
class PitchRow:
    """One line of the pitch list."""

    id: int
    title: str
    audience: str
    target_seconds: int
    words: int
    estimate: float
    runs: int


@dataclass(frozen=True)
class StoredPitch:
    """A pitch as the editor loads it: its details and its stored text."""

    id: int
    details: PitchDetails
    body: str


@dataclass(frozen=True)
class CardContent:
    """What a pocket card of a pitch prints."""

    title: str
    audience: str
    body: str
    target_seconds: int
    wpm: int
    thresholds: Thresholds
    owner: str = ""

    @classmethod
    def for_pitch(cls, pitch_id: int) -> CardContent:
        return card_content(pitch_id)


def pitch_rows() -> list[PitchRow]:
    """Every pitch in the user's order, with its word count, estimated length and number of runs."""
    runs = fn.COUNT(Rehearsal.id)
    query = (
        Pitch.select(Pitch, runs.alias("runs"))
        .join(Rehearsal, JOIN.LEFT_OUTER)
        .group_by(Pitch.id)
        .order_by(Pitch.position, Pitch.id)
    )
    rows = []
    for pitch in query:
        words = word_count(pitch.body)
        rows.append(
            PitchRow(
                pitch.id,
                pitch.title,
                pitch.audience,
                pitch.target_seconds,
                words,
                estimated_seconds(words, pitch.wpm or 150),
                pitch.runs,
            )
        )
    return rows


def stored_pitch(pitch_id: int | None) -> StoredPitch | None:
    """The pitch's details and stored text; None when there is no such pitch."""
    pitch = Pitch.get_or_none(Pitch.id == pitch_id) if pitch_id is not None else None
    return StoredPitch(pitch.id, PitchDetails.of(pitch), pitch.body) if pitch else None


def stored_body(pitch_id: int | None) -> str | None:
    """The pitch's stored text (None when there is no such pitch): what the editor compares its text with."""
    if pitch_id is None:
        return None
    return Pitch.select(Pitch.body).where(Pitch.id == pitch_id).scalar()


def runs_of(pitch_id: int) -> list[Run]:
    """The pitch's rehearsals, oldest first."""
    query = Rehearsal.select().where(Rehearsal.pitch == pitch_id).order_by(Rehearsal.started_at, Rehearsal.id)
    return [
        Run(r.id, r.started_at, r.duration_ms / 1000, r.words, r.wpm, r.self_rating, r.notes, r.audio_path)
        for r in query
    ]


def card_content(pitch_id: int) -> CardContent:
    """The pocket card of a pitch, signed with the profile's name when there is one."""
    pitch = Pitch.get_by_id(pitch_id)
    profile = Profile.select().first()
    return CardContent(
        pitch.title,
        pitch.audience,
        pitch.body,
        pitch.target_seconds,
        pitch.wpm,
        Thresholds.for_target(pitch.target_seconds, pitch.green_at, pitch.yellow_at),
        (getattr(profile, "name", "") or "") if profile else "",
    )


def search_contacts(text: str, limit: int = CONTACT_SEARCH_LIMIT) -> list[tuple[int, str, str]]:
    """(id, name, company) of live contacts whose name or company contains every word of ``text`` (all when
    empty), by name."""
    query = (
        Contact.select(Contact.id, Contact.display_name, Company.name)
        .join(Company, JOIN.LEFT_OUTER)
        .where(Contact.deleted_at.is_null())
    )
    for word in text.split():
        query = query.where(Contact.display_name.contains(word) | Company.name.contains(word))
    rows = query.order_by(Contact.display_name).limit(limit).tuples()
    return [(cid, name, company or "") for cid, name, company in rows]
