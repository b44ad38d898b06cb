"""Introducing two people who should know each other — the first of the one-click gives (PLAYBOOK).

A good introduction is *double opt-in*: first ask each person, separately, whether they would like to meet the
other (template kind ``intro_ask``); once both say yes, send one email to both (kind ``introduction``).
:func:`drafts` fills the three messages from the templates the user can edit in Scripts.

:func:`introduce` logs it for both people in one transaction: an ``introduction`` interaction on each timeline
(``other_contact`` naming the other), and a ``gave`` ledger entry for each. The follow-up rule ``introduction``
(:mod:`app.core.followups.rules`) then asks for a check-in with each person a week later; the Log interaction dialog
may add a "remind me" follow-up with the first person in the same transaction. :func:`undo_introduction` and
:func:`redo_introduction` take it back and put it back with the same ids (undo / redo).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from app.core.changes import Changes
from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.coach import ledger, shipped_texts, templates
from app.core.contacts.interactions import MAX_SUMMARY, delete_interaction, log_interaction
from app.core.followups import reminders
from app.db import database
from app.errors import RapportError
from app.models import Contact, ContactEmail, FollowUp, Interaction, LedgerEntry

MAX_WHY = 1000

# Used when the user deleted the templates in Scripts: the same words as the built-in ones (migration 0060).
FALLBACK_ASK = (
    "Would you like to meet {other_name}?",
    "Hi {first_name},\n\nI've been thinking you would enjoy meeting {other_name}. {why_meet}\n\n"
    "Would you be open to an introduction? If you are, I'll send a short email to you both.\n\n{my_name}",
)
FALLBACK_INTRO = (
    "Introduction: {first_name}, meet {other_name}",
    "Hi {first_name} and {other_name},\n\nAs promised, here is the introduction. {why_meet}\n\n"
    "I'll let you take it from here; I'd love to hear how it goes.\n\n{my_name}",
)


class IntroductionError(RapportError, ValueError):
    """The introduction cannot be made as given (the same person twice, someone in the trash…). Nothing was
    written."""


@dataclass(frozen=True)
class Message:
    to: tuple[str, ...]
    subject: str
    body: str
    missing: tuple[str, ...] = ()


@dataclass(frozen=True)
class Drafts:
    """Step 1: ask each person (``ask_a``, ``ask_b``); step 2: introduce them to each other (``intro``)."""

    ask_a: Message
    ask_b: Message
    intro: Message


@dataclass(frozen=True)
class Reminder:
    """The "remind me" follow-up logged with an introduction (with the first person): as asked, and as stored."""

    due: dt.date
    title: str
    followup_id: int | None = None
    uid: str | None = None


@dataclass(frozen=True)
class Introduced:
    """What :func:`introduce` wrote: one interaction and one ledger entry per person, and the follow-ups made."""

    a_id: int
    b_id: int
    interactions: tuple[tuple[int, str], ...]  # (id, uid) for A, then B
    entries: tuple[ledger.EntrySnapshot, ...]
    followup_ids: tuple[int, ...]
    when: dt.datetime
    summaries: tuple[str, str]
    notes: str
    reminder: Reminder | None = None

    @property
    def changes(self) -> Changes:
        """What introducing (or taking it back) changed: both timelines and ledgers, and the check-ins."""
        return Changes.of("interactions", "followups", contact_ids=[self.a_id, self.b_id])


def _clean_why(why: str) -> str:
    text = " ".join((why or "").replace("\x00", "").split())[:MAX_WHY]
    if text and text[-1] not in ".!?":
        text += "."
    return text


def primary_email(contact_id: int) -> str:
    return (
        ContactEmail.select(ContactEmail.value)
        .where(ContactEmail.contact == contact_id)
        .order_by(ContactEmail.is_primary.desc(), ContactEmail.position, ContactEmail.id)
        .scalar()
        or ""
    )


def _template(kind: str, fallback: tuple[str, str]) -> tuple[str, str]:
    found = templates.for_kind(kind)
    if found is None:
        return fallback
    _name, subject, body = shipped_texts.shown(  # a built-in one unedited: in the interface's language
        found.name, found.kind, found.subject, found.body, builtin=bool(found.builtin)
    )
    return subject, body


def _render(subject: str, body: str, values: dict[str, str], to: tuple[str, ...]) -> Message:
    s, b = templates.render(subject, values), templates.render(body, values)
    return Message(to, s.text, b.text, tuple(dict.fromkeys(s.missing + b.missing)))


def drafts(a_id: int, b_id: int, why: str = "", *, clock: Clock = SYSTEM_CLOCK) -> Drafts:
    """The three messages of a double-opt-in introduction of A and B, from the user's templates."""
    why = _clean_why(why)
    why = why[:1].upper() + why[1:]  # it starts a sentence in the templates
    ask_subject, ask_body = _template("intro_ask", FALLBACK_ASK)
    intro_subject, intro_body = _template("introduction", FALLBACK_INTRO)
    a_email, b_email = primary_email(a_id), primary_email(b_id)
    for_a = {**templates.merge_values(a_id, other_contact_id=b_id, clock=clock), "why_meet": why}
    for_b = {**templates.merge_values(b_id, other_contact_id=a_id, clock=clock), "why_meet": why}
    return Drafts(
        ask_a=_render(ask_subject, ask_body, for_a, (a_email,) if a_email else ()),
        ask_b=_render(ask_subject, ask_body, for_b, (b_email,) if b_email else ()),
        intro=_render(intro_subject, intro_body, for_a, tuple(e for e in (a_email, b_email) if e)),
    )


def _names(a_id: int, b_id: int) -> tuple[str, str]:
    if a_id == b_id:
        raise IntroductionError("an introduction needs two different people")
    rows = dict(
        Contact.select(Contact.id, Contact.display_name)
        .where(Contact.id.in_([a_id, b_id]), Contact.deleted_at.is_null())
        .tuples()
    )
    for cid in (a_id, b_id):
        if cid not in rows:
            raise IntroductionError(f"no contact with id {cid} (or it is in the trash)")
    return rows[a_id], rows[b_id]


def summary_for(other_name: str, why: str) -> str:
    """The timeline line: "Introduced to Ben Ito — both work on warehouse robots"."""
    why = _clean_why(why)
    if why.lower().startswith("introduc"):
        return why[:MAX_SUMMARY]  # the user wrote the whole line ("Introduced Ada to Ben at the meet-up")
    text = f"Introduced to {other_name}"
    if why:
        text += f" — {why}"
    return text[:MAX_SUMMARY]


def introduce(
    a_id: int,
    b_id: int,
    *,
    why: str = "",
    notes: str = "",
    when: dt.datetime | None = None,
    clock: Clock = SYSTEM_CLOCK,
    remind_on: dt.date | None = None,
    remind_title: str = "",
) -> Introduced:
    """Log the introduction of A and B for both of them (see the module docstring) and, with ``remind_on``, a
    "remind me" follow-up with A — one transaction, so a refused reminder logs nothing."""
    a_name, b_name = _names(a_id, b_id)
    when = (when or clock.now()).replace(microsecond=0)
    summaries = (summary_for(b_name, why), summary_for(a_name, why))
    notes = (notes or "").replace("\x00", "")
    reminder = Reminder(remind_on, remind_title) if remind_on is not None else None
    with database.atomic():
        return _with_reminder(
            _write(a_id, b_id, summaries, notes, when, clock, ids=None, entries=None), reminder, clock
        )


def _with_reminder(done: Introduced, reminder: Reminder | None, clock: Clock) -> Introduced:
    if reminder is None:
        return done
    # Not linked to the interaction (as a reminder added beside it): deleting the interaction leaves it.
    item = reminders.add_reminder(done.a_id, reminder.due, reminder.title, clock=clock, uid=reminder.uid)
    return replace(done, reminder=replace(reminder, followup_id=item.id, uid=item.uid))


def _write(a_id, b_id, summaries, notes, when, clock, *, ids, entries) -> Introduced:
    logged = []
    followups: list[int] = []
    for index, (person, other) in enumerate(((a_id, b_id), (b_id, a_id))):
        interaction_id, uid = ids[index] if ids else (None, None)
        result = log_interaction(
            person,
            "introduction",
            when=when,
            summary=summaries[index],
            notes=notes,
            other_contact_id=other,
            clock=clock,
            interaction_id=interaction_id,
            uid=uid,
        )
        logged.append((result.interaction.id, result.interaction.uid))
        followups += [f.id for f in result.followups]
    snapshots = []
    for index, person in enumerate((a_id, b_id)):
        if entries:
            ledger.restore_entry(entries[index])
            snapshots.append(entries[index])
            continue
        other_summary = summaries[index].replace("Introduced to", "Introduced them to", 1)
        entry = ledger.add_entry(person, "gave", other_summary, when=when, done=True, clock=clock)
        LedgerEntry.update(interaction=logged[index][0]).where(LedgerEntry.id == entry.id).execute()
        snapshots.append(ledger.snapshot(entry.id))
    return Introduced(a_id, b_id, tuple(logged), tuple(snapshots), tuple(followups), when, summaries, notes)


def undo_introduction(done: Introduced, *, clock: Clock = SYSTEM_CLOCK) -> Changes:
    """Remove both interactions, their ledger entries and the open follow-ups they caused."""
    with database.atomic():
        if done.reminder is not None and done.reminder.followup_id is not None:
            reminders.delete_followups([done.reminder.followup_id])
        LedgerEntry.delete().where(LedgerEntry.id.in_([e.id for e in done.entries])).execute()
        for interaction_id, _uid in done.interactions:
            if Interaction.select().where(Interaction.id == interaction_id).exists():
                delete_interaction(interaction_id, clock=clock)
    return done.changes


def redo_introduction(done: Introduced, *, clock: Clock = SYSTEM_CLOCK) -> Introduced:
    """Log an undone introduction again, with the same interaction and ledger ids (and its reminder's calendar UID)."""
    _names(done.a_id, done.b_id)
    with database.atomic():
        again = _write(
            done.a_id,
            done.b_id,
            done.summaries,
            done.notes,
            done.when,
            clock,
            ids=done.interactions,
            entries=done.entries,
        )
        return _with_reminder(again, done.reminder, clock)


def check_in_followups(done: Introduced) -> list[FollowUp]:
    """The open "how did the introduction go?" follow-ups of an introduction (one per person)."""
    return list(
        FollowUp.select()
        .where(
            FollowUp.source_interaction.in_([i for i, _ in done.interactions]),
            FollowUp.rule == "introduction",
            FollowUp.status == "open",
        )
        .order_by(FollowUp.id)
    )
