"""Which of my pitches suits a contact (the pitch for this audience, DESIGN §5 Pitches / §12 Meeting prep).

In order: a pitch linked to the contact (Pitch → "Suits these contacts"); else a pitch whose audience matches who
they are — their title ("Recruiter", "Software Engineer") or, for people outside work (family, friends, neighbours,
church, clubs…), a pitch for a non-specialist audience; else my 30-second pitch; else any pitch with text. Each
choice says why it was made, so the prep sheet can tell the user.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from peewee import fn

from app.models import Circle, Contact, ContactCircle, Pitch, PitchContact, Rehearsal

# Audience words that mean the same listener, and the title words that reveal one.
AUDIENCE_GROUPS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # group: (audience words, title words)
    "recruiter": (("recruit", "talent", "hr", "hiring", "headhunt"), ("recruit", "talent", "hr ", "people partner")),
    "engineer": (
        ("engineer", "developer", "technical", "tech", "data", "scientist"),
        ("engineer", "developer", "software", "data", "scientist", "architect", "technical"),
    ),
    "manager": (("manager", "executive", "leader", "director"), ("manager", "director", "head of", "chief", "lead")),
    "neighbour": (
        ("neighbour", "neighbor", "friend", "family", "layperson", "non-specialist", "everyone", "social"),
        (),
    ),
}
# Circles of people outside work: a plain-words pitch suits them.
SOCIAL_CIRCLE_WORDS = ("friend", "family", "neighbour", "neighbor", "church", "faith", "club", "sport", "school")


@dataclass(frozen=True)
class PitchChoice:
    pitch_id: int
    title: str
    audience: str
    body: str
    target_seconds: int
    wpm: int
    reason: str
    rehearsals: int = 0
    last_rehearsed: dt.datetime | None = None


def _words(text: str) -> str:
    return " " + re.sub(r"[^a-z0-9]+", " ", (text or "").lower()) + " "


def _group_of_audience(audience: str) -> str | None:
    words = _words(audience)
    for group, (audience_words, _titles) in AUDIENCE_GROUPS.items():
        if any(f" {w}" in words for w in audience_words):
            return group
    return None


def _group_of_person(title: str, circles: list[str]) -> tuple[str | None, str]:
    """The audience group a person belongs to, and the words saying why."""
    words = _words(title)
    for group, (_audience, title_words) in AUDIENCE_GROUPS.items():
        if any(f" {w}" in words for w in title_words):
            return group, f"they are a {title.strip()}"
    social = [c for c in circles if any(w in c.lower() for w in SOCIAL_CIRCLE_WORDS)]
    if social:
        return "neighbour", f"you know them from {social[0]}"
    return None, ""


def _choice(pitch: Pitch, reason: str) -> PitchChoice:
    count, last = (
        Rehearsal.select(fn.COUNT(Rehearsal.id), fn.MAX(Rehearsal.started_at))
        .where(Rehearsal.pitch == pitch.id)
        .tuples()
        .get()
    )
    if last is not None and not isinstance(last, dt.datetime):
        last = dt.datetime.fromisoformat(str(last))
    return PitchChoice(
        pitch.id,
        pitch.title,
        pitch.audience,
        pitch.body,
        pitch.target_seconds,
        pitch.wpm,
        reason,
        count or 0,
        last,
    )


def suited_pitch(contact_id: int) -> PitchChoice | None:
    """The pitch to have ready for ``contact_id`` and why (None when I have written no pitch yet)."""
    pitches = list(Pitch.select().where(Pitch.body != "").order_by(Pitch.position, Pitch.id))
    if not pitches:
        return None
    linked = {
        pid for (pid,) in PitchContact.select(PitchContact.pitch).where(PitchContact.contact == contact_id).tuples()
    }
    for pitch in pitches:
        if pitch.id in linked:
            return _choice(pitch, "you linked this pitch to them")
    contact = Contact.get_or_none(Contact.id == contact_id)
    if contact is not None:
        circles = [
            name
            for (name,) in Circle.select(Circle.name)
            .join(ContactCircle)
            .where(ContactCircle.contact == contact_id)
            .order_by(Circle.position)
            .tuples()
        ]
        group, why = _group_of_person(contact.title, circles)
        if group is not None:
            for pitch in pitches:
                if _group_of_audience(pitch.audience) == group or _group_of_audience(pitch.title) == group:
                    return _choice(pitch, f"{why}: your pitch for a {pitch.audience or pitch.title.lower()} fits")
    for pitch in pitches:
        if pitch.target_seconds == 30:
            return _choice(pitch, "your 30-second pitch: it fits most conversations")
    return _choice(pitches[0], "your first pitch")
