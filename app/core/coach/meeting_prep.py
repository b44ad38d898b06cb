"""Meeting prep (PLAYBOOK "the coffee meeting"; DESIGN §12): everything to read before a coffee, in one sheet.

:func:`prep_sheet` gathers what we know about the person (how we met, why I want to connect, their company and
who else I know there, the last interactions, the referral trail, what I promised them and what they did for me),
my research notes and questions (:mod:`app.core.contacts.research`), the pitch that suits them
(:mod:`app.core.pitches.match`) and the reminders for the meeting itself. It reads only; the UI edits the research and
logs the meeting.

A *planned* meeting is a conversation (call, coffee, meeting, lunch, event) logged with a time still ahead: that is
how a coffee next Thursday is entered (:mod:`app.core.followups.planned_meetings` lists them for Today).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from app.core import translated
from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.coach import giving
from app.core.contacts import referrals, research
from app.core.contacts.research import Question, Research
from app.core.pitches.match import PitchChoice, suited_pitch
from app.errors import RapportError
from app.models import (
    CONVERSATION_KINDS,
    Circle,
    Company,
    Contact,
    ContactCircle,
    FollowUp,
    Interaction,
    LedgerEntry,
)

RECENT_INTERACTIONS = 5
COLLEAGUES_SHOWN = 3


class PrepError(RapportError, LookupError):
    """There is nothing to prepare: the contact, follow-up or meeting does not exist."""


@dataclass(frozen=True)
class Meeting:
    """What the prep is for: a planned conversation, a follow-up, or just the contact (both ids None)."""

    kind: str = "coffee"
    when: dt.datetime | None = None
    title: str = ""
    interaction_id: int | None = None
    followup_id: int | None = None

    @property
    def planned(self) -> bool:
        return self.interaction_id is not None


@dataclass(frozen=True)
class PastInteraction:
    kind: str
    when: dt.datetime
    summary: str


@dataclass(frozen=True)
class PrepSheet:
    contact_id: int
    name: str
    title: str
    company: str
    company_is_target: bool
    colleagues: tuple[str, ...]  # other people I know at the same company (a few names)
    colleague_count: int
    stage: str
    tie: str
    circles: tuple[str, ...]
    how_met: str
    why_connect: str
    notes: str
    trail: tuple[str, ...]  # who referred them, root first
    referred_count: int  # how many people they referred to me
    recent: tuple[PastInteraction, ...]
    interaction_count: int
    promised: tuple[str, ...]  # what I offered them and still owe
    they_gave: tuple[str, ...]  # what I received from them
    open_asks: tuple[str, ...]  # what I asked of them, not answered yet
    give: giving.GiveStatus
    research: Research
    questions: tuple[Question, ...]
    pitch: PitchChoice | None
    target_companies: int
    meeting: Meeting
    reminders: tuple[str, ...] = field(default=())
    # An interview (issue 22): the opportunity's brief (app.core.opportunities.prep), or None.
    opportunity: Any = None


_tr = translated.tr  # the reminders in the interface's language (marked for make translations)


def reminders(target_companies: int, first_name: str) -> tuple[str, ...]:
    """The coffee-meeting reminders (PLAYBOOK), in the order the meeting goes."""
    if target_companies:
        offer = _tr(
            "Then a small favour: “May I send you my list of target companies ({target_companies}) for your "
            "suggestions?”"
        ).format(target_companies=target_companies)
    else:
        offer = _tr(
            "Then a small favour: offer to send your list of target companies — write it first "
            "(Contacts → Target Companies)."
        )
    return (
        _tr("Arrive a few minutes early, and thank them for their time."),
        _tr("Ask about {first_name}'s work and listen; link it to your own experience.").format(first_name=first_name),
        _tr("Give your pitch when they ask — plain words, about 30 seconds."),
        _tr("After about 15 minutes, offer to let them go."),
        _tr("Ask: “How can I help you?”"),
        offer,
        _tr("Don't push your résumé — let them ask for it."),
        _tr("Before you part: “Who else would you recommend I talk to?”"),
        _tr("The same day: a short thank-you (and the list, if they said yes)."),
    )


def _first_name(contact: Contact) -> str:
    if contact.given_name.strip():
        return contact.given_name.strip()
    parts = contact.display_name.split()
    return parts[0] if parts else contact.display_name


def meeting_for(
    contact_id: int,
    *,
    followup_id: int | None = None,
    interaction_id: int | None = None,
    clock: Clock = SYSTEM_CLOCK,
) -> Meeting:
    """The meeting the prep is for: the planned interaction or follow-up named, else the next planned
    conversation with the contact, else a coffee today."""
    if interaction_id is not None:
        row = Interaction.get_or_none(Interaction.id == interaction_id, Interaction.contact == contact_id)
        if row is None:
            raise PrepError(f"no interaction {interaction_id} with contact {contact_id}")
        return Meeting(row.kind, row.occurred_at, row.summary, row.id, None)
    if followup_id is not None:
        row = FollowUp.get_or_none(FollowUp.id == followup_id)
        if row is None:
            raise PrepError(f"no follow-up with id {followup_id}")
        kind = "call" if row.kind in ("call_referral", "keep_in_touch") else "coffee"
        when = dt.datetime.combine(row.due, row.due_time or dt.time(9)) if row.due else None
        return Meeting(kind, when, row.title, None, row.id)
    planned = (
        Interaction.select()
        .where(
            Interaction.contact == contact_id,
            Interaction.kind.in_(CONVERSATION_KINDS),
            Interaction.occurred_at > clock.now(),
        )
        .order_by(Interaction.occurred_at)
        .first()
    )
    if planned is not None:
        return Meeting(planned.kind, planned.occurred_at, planned.summary, planned.id, None)
    return Meeting()


def _ledger_lines(contact_id: int, direction: str, *, open_only: bool) -> tuple[str, ...]:
    query = LedgerEntry.select(LedgerEntry.what).where(
        LedgerEntry.contact == contact_id, LedgerEntry.direction == direction
    )
    if open_only:
        query = query.where(LedgerEntry.done == False)  # noqa: E712 (SQL comparison)
    return tuple(w for (w,) in query.order_by(LedgerEntry.occurred_at.desc()).limit(5).tuples())


def prep_sheet(
    contact_id: int,
    *,
    followup_id: int | None = None,
    interaction_id: int | None = None,
    clock: Clock = SYSTEM_CLOCK,
    opportunity_id: int | None = None,
) -> PrepSheet:
    """Everything the prep view shows for ``contact_id`` (see the module docstring). For an interview — a follow-up
    of the job-application rules, or ``opportunity_id`` — the sheet also holds the opportunity's brief."""
    contact = Contact.get_or_none(Contact.id == contact_id)
    if contact is None:
        raise PrepError(f"no contact with id {contact_id}")
    meeting = meeting_for(contact_id, followup_id=followup_id, interaction_id=interaction_id, clock=clock)
    company = contact.company if contact.company_id else None
    colleagues: tuple[str, ...] = ()
    colleague_count = 0
    if company is not None:
        others = Contact.select(Contact.display_name).where(
            Contact.company == company.id, Contact.id != contact_id, Contact.deleted_at.is_null()
        )
        colleague_count = others.count()
        colleagues = tuple(n for (n,) in others.order_by(Contact.display_name).limit(COLLEAGUES_SHOWN).tuples())
    circles = tuple(
        n
        for (n,) in Circle.select(Circle.name)
        .join(ContactCircle)
        .where(ContactCircle.contact == contact_id)
        .order_by(Circle.position)
        .tuples()
    )
    now = clock.now()
    past = Interaction.select(Interaction.kind, Interaction.occurred_at, Interaction.summary).where(
        Interaction.contact == contact_id, Interaction.occurred_at <= now
    )
    recent = tuple(
        PastInteraction(k, w, s)
        for k, w, s in past.order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
        .limit(RECENT_INTERACTIONS)
        .tuples()
    )
    notes = research.load(contact_id)
    targets = Company.select().where(Company.is_target == True).count()  # noqa: E712
    return PrepSheet(
        contact_id=contact_id,
        name=contact.display_name,
        title=contact.title,
        company=company.name if company else "",
        company_is_target=bool(company.is_target) if company else False,
        colleagues=colleagues,
        colleague_count=colleague_count,
        stage=contact.stage,
        tie=contact.tie,
        circles=circles,
        how_met=contact.how_met,
        why_connect=contact.why_connect,
        notes=contact.notes,
        trail=tuple(p.name for p in referrals.trail_up(contact_id)),
        referred_count=referrals.referred_count(contact_id),
        recent=recent,
        interaction_count=past.count(),
        promised=_ledger_lines(contact_id, "gave", open_only=True),
        they_gave=_ledger_lines(contact_id, "received", open_only=False),
        open_asks=_ledger_lines(contact_id, "asked", open_only=True),
        give=giving.status(contact_id, clock=clock),
        research=notes,
        questions=tuple(research.questions(contact_id, notes)),
        pitch=suited_pitch(contact_id),
        target_companies=targets,
        meeting=meeting,
        reminders=reminders(targets, _first_name(contact)),
        opportunity=_opportunity(opportunity_id, followup_id, clock),
    )


def _opportunity(opportunity_id: int | None, followup_id: int | None, clock: Clock):
    from app.core.opportunities import prep, rules

    interview_id = None
    if opportunity_id is None and followup_id is not None:
        opportunity_id = rules.opportunity_of_followup(followup_id)
        interview_id = rules.interview_of_followup(followup_id)
    return prep.brief(opportunity_id, interview_id=interview_id, clock=clock) if opportunity_id else None
