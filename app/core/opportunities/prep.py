"""What the meeting prep sheet says about an opportunity (issue 22: "prepare the day before an interview"): the
role and company, the interview, the opportunity's notes and salary notes, the people with their roles, the stage
history, the documents sent, and the reminders for an interview. :mod:`app.core.coach.meeting_prep` adds it to the sheet
when the prep is for an interview (its follow-up names the opportunity) or for an opportunity's person."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.opportunities import queries
from app.core.opportunities.labels import role_label, source_label, stage_label


@dataclass(frozen=True)
class InterviewBrief:
    round: int
    starts_at: dt.datetime
    duration_minutes: int
    format: str
    location: str
    notes: str
    interviewers: tuple[str, ...]


@dataclass(frozen=True)
class OpportunityBrief:
    opportunity_id: int
    role: str
    company: str
    is_target: bool
    stage: str
    stage_since: dt.date
    source: str
    posting_url: str
    location: str
    salary_notes: str
    notes: str
    interview: InterviewBrief | None
    people: tuple[tuple[int, str, str], ...]  # (contact id, name, role label)
    history: tuple[tuple[str, dt.date], ...]  # (stage label, day), oldest first
    sent: tuple[str, ...]  # "Résumé v3 to Joe Park, 3 Mar"
    reminders: tuple[str, ...]

    @property
    def headline(self) -> str:
        return f"{self.role} at {self.company}"


def interview_reminders(people: tuple[tuple[int, str, str], ...], sent: tuple[str, ...]) -> tuple[str, ...]:
    """The interview's reminders, in the order the day goes."""
    referrers = [name for _cid, name, role in people if role == role_label("referrer")]
    out = [
        "Reread the posting, your notes and what you sent them.",
        "Have three stories ready that show the results they need — in plain words.",
        "Prepare two or three questions about the team and the first 90 days.",
    ]
    if sent:
        out.append("Bring the version of your résumé they have (see below), not a newer one.")
    out.append("The same day: a short thank-you to each interviewer.")
    if referrers:
        out.append(f"Afterwards: tell {', '.join(referrers)} how it went — they opened the door.")
    return tuple(out)


def brief(
    opportunity_id: int, *, interview_id: int | None = None, clock: Clock = SYSTEM_CLOCK
) -> OpportunityBrief | None:
    """The brief of an opportunity, for ``interview_id`` (default: the next interview ahead, if any)."""
    detail = queries.detail(opportunity_id, clock=clock)
    if detail is None:
        return None
    now = clock.now()
    chosen = None
    if interview_id is not None:
        chosen = next((i for i in detail.interviews if i.id == interview_id), None)
    if chosen is None:
        chosen = next((i for i in detail.interviews if i.starts_at >= now), None)
    interview = None
    if chosen is not None:
        interview = InterviewBrief(
            chosen.round,
            chosen.starts_at,
            chosen.duration_minutes,
            chosen.format,
            chosen.location,
            chosen.notes,
            tuple(p.name for p in chosen.interviewers),
        )
    people = tuple((p.contact_id, p.name, role_label(p.role)) for p in detail.row.people if not p.trashed)
    sent = tuple(
        f"{s.document} v{s.version}" + (f" to {s.contact_name}" if s.contact_name else "") + f", {s.sent_on.day} "
        f"{s.sent_on:%b}"
        for s in detail.sent
    )
    row = detail.row
    return OpportunityBrief(
        opportunity_id=row.id,
        role=row.role,
        company=row.company,
        is_target=row.is_target,
        stage=row.stage,
        stage_since=row.stage_since,
        source=source_label(row.source),
        posting_url=row.posting_url,
        location=row.location,
        salary_notes=detail.salary_notes,
        notes=detail.notes,
        interview=interview,
        people=people,
        history=tuple((stage_label(h.stage), h.day) for h in detail.history),
        sent=sent,
        reminders=interview_reminders(people, sent),
    )


def prep_contact(opportunity_id: int, *, clock: Clock = SYSTEM_CLOCK) -> int | None:
    """Whom the prep sheet is about: the next interview's first interviewer, else the hiring manager, the
    recruiter, the referrer or an inside contact (None: nobody is named yet)."""
    detail = queries.detail(opportunity_id, clock=clock)
    if detail is None:
        return None
    now = clock.now()
    ahead = [i for i in detail.interviews if i.starts_at >= now]
    for interview in ahead[:1]:
        for person in interview.interviewers:
            if not person.trashed:
                return person.contact_id
    for role in ("hiring_manager", "recruiter", "referrer", "contact", "interviewer"):
        for person in detail.row.people:
            if person.role == role and not person.trashed:
                return person.contact_id
    return None
