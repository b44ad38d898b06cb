"""Research before a meeting (PLAYBOOK: "research the person first"): my notes on a contact, and the questions to
ask about them and their work — the journalist's who, what, why, where and when — ticked off as I ask them.

Stored in :class:`app.models.ContactResearch` (one row per contact, made on first save). The ``questions`` column
is JSON ``{"asked": [keys], "custom": [texts]}``; anything unreadable in it reads as "nothing asked, no questions of
my own" rather than failing. Built-in questions are identified by a stable key; my own by ``custom:<text>``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from peewee import JOIN

from app.core import translated
from app.core.clock import SYSTEM_CLOCK, Clock
from app.db import database
from app.errors import RapportError
from app.models import Company, Contact, ContactResearch

MAX_NOTES = 100_000
MAX_QUESTION = 300
MAX_CUSTOM = 30

_tr = translated.tr  # the questions in the interface's language (marked for make translations)


class ResearchError(RapportError, ValueError):
    """The research cannot be saved as given (unknown contact, a question too long…). Nothing was written."""


@dataclass(frozen=True)
class Question:
    key: str
    word: str  # who / what / why / where / when / mine
    text: str
    asked: bool = False


@dataclass(frozen=True)
class Research:
    """What I noted about a contact; ``asked`` holds question keys, ``custom`` my own questions in order."""

    notes: str = ""
    asked: frozenset[str] = frozenset()
    custom: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.notes.strip() or self.asked or self.custom)


@dataclass(frozen=True)
class Saved:
    """The research before and after a save (undo puts ``before`` back)."""

    contact_id: int
    before: Research
    after: Research = field(default_factory=Research)


def _parse(text: str) -> tuple[frozenset[str], tuple[str, ...]]:
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return frozenset(), ()
    if not isinstance(data, dict):
        return frozenset(), ()
    asked = data.get("asked") if isinstance(data.get("asked"), list) else []
    custom = data.get("custom") if isinstance(data.get("custom"), list) else []
    return (
        frozenset(a for a in asked if isinstance(a, str)),
        tuple(c for c in custom if isinstance(c, str) and c.strip())[:MAX_CUSTOM],
    )


def load(contact_id: int) -> Research:
    """The contact's research (empty when nothing was saved yet)."""
    row = ContactResearch.get_or_none(ContactResearch.contact == contact_id)
    if row is None:
        return Research()
    asked, custom = _parse(row.questions)
    return Research(row.notes or "", asked, custom)


def _clean(research: Research) -> Research:
    notes = (research.notes or "").replace("\x00", "")
    if len(notes) > MAX_NOTES:
        raise ResearchError(f"notes: longer than {MAX_NOTES:,} characters")
    custom = []
    for text in research.custom:
        text = " ".join((text or "").replace("\x00", "").split())
        if not text:
            continue
        if len(text) > MAX_QUESTION:
            raise ResearchError(f"question: longer than {MAX_QUESTION} characters")
        if text not in custom:
            custom.append(text)
    if len(custom) > MAX_CUSTOM:
        raise ResearchError(f"at most {MAX_CUSTOM} questions of your own")
    return Research(notes, frozenset(research.asked), tuple(custom))


def save(contact_id: int, research: Research, *, clock: Clock = SYSTEM_CLOCK) -> Saved:
    """Store the research of ``contact_id`` (replacing what was there); returns before and after for undo."""
    clean = _clean(research)
    if not Contact.select().where(Contact.id == contact_id).exists():
        raise ResearchError(f"no contact with id {contact_id}")
    with database.atomic():
        before = load(contact_id)
        if clean.empty:
            ContactResearch.delete().where(ContactResearch.contact == contact_id).execute()
        else:
            payload = json.dumps({"asked": sorted(clean.asked), "custom": list(clean.custom)}, ensure_ascii=False)
            ContactResearch.insert(
                contact=contact_id, notes=clean.notes, questions=payload, updated_at=clock.now()
            ).on_conflict(
                conflict_target=[ContactResearch.contact],
                update={
                    ContactResearch.notes: clean.notes,
                    ContactResearch.questions: payload,
                    ContactResearch.updated_at: clock.now(),
                },
            ).execute()
    return Saved(contact_id, before, clean)


def merge_into(keep_id: int, other_id: int, *, clock: Clock = SYSTEM_CLOCK) -> Saved | None:
    """Two contacts are being merged: the kept one gets the other's notes and questions too. Returns what undo
    needs (None when the other had nothing)."""
    other = load(other_id)
    if other.empty:
        return None
    keep = load(keep_id)
    notes = keep.notes.strip()
    if other.notes.strip() and other.notes.strip() not in notes:
        notes = f"{notes}\n\n{other.notes.strip()}".strip()
    merged = Research(notes, keep.asked | other.asked, tuple(dict.fromkeys(keep.custom + other.custom))[:MAX_CUSTOM])
    return save(keep_id, merged, clock=clock)


def restore(saved: Saved, *, clock: Clock = SYSTEM_CLOCK) -> None:
    """Put back the research as it was before ``saved`` (undo)."""
    if Contact.select().where(Contact.id == saved.contact_id).exists():
        save(saved.contact_id, saved.before, clock=clock)


# --- the questions -------------------------------------------------------------------------------------------------
def questions(contact_id: int, research: Research | None = None) -> list[Question]:
    """The questions to ask this person: who, what, why, where, when — worded for their company and title — then
    my own. ``asked`` tells which are ticked off."""
    row = (
        Contact.select(Contact.title, Contact.referred_by, Company.name)
        .join(Company, on=(Contact.company == Company.id), join_type=JOIN.LEFT_OUTER)
        .where(Contact.id == contact_id)
        .tuples()
        .first()
    )
    title, referrer_id, company = row if row else ("", None, "")
    research = research if research is not None else load(contact_id)
    if company:
        who_team = _tr("Who do you work with most closely at {company}?").format(company=company)
        why = _tr("Why did you choose {company} — what keeps you there?").format(company=company)
        when = _tr("When does {company} usually take on new people?").format(company=company)
    else:
        who_team = _tr("Who do you work with most closely where you work?")
        why = _tr("Why did you choose this line of work — what keeps you there?")
        when = _tr("When does your company usually take on new people?")
    if title and title.strip():
        week = _tr("What does a typical week look like in your role as {title}?").format(title=title.strip())
    else:
        week = _tr("What does a typical week look like in your work?")
    referrer = Contact.select(Contact.display_name).where(Contact.id == referrer_id).scalar() if referrer_id else ""
    built_in: list[tuple[str, str, str]] = [
        ("who_team", "who", who_team),
        ("what_week", "what", week),
        ("what_challenge", "what", _tr("What is the hardest problem your team is working on right now?")),
        ("why_choice", "why", why),
        ("where_heading", "where", _tr("Where do you see your field heading in the next few years?")),
        ("when_hiring", "when", when),
        ("who_else", "who", _tr("Who else would you recommend I talk to?")),
    ]
    if referrer:
        built_in.insert(1, ("who_referrer", "who", _tr("How do you know {referrer}?").format(referrer=referrer)))
    result = [Question(key, word, text, key in research.asked) for key, word, text in built_in]
    result += [Question(f"custom:{text}", "mine", text, f"custom:{text}" in research.asked) for text in research.custom]
    return result
