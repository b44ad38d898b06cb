"""Reading opportunities: the rows of the board and the table, one opportunity in full, and the opportunities a
contact touches (for the contact's pane: "Referred me to…").

A job search has tens to a few thousand opportunities, so :func:`rows` reads them all in a handful of queries (the
opportunities with their companies, their people, their interviews, the day each was first applied to) rather than
one query per card; filtering happens in Python on those rows (:class:`Filter`).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from peewee import JOIN

from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.followups import titles
from app.core.followups.rule_store import in_chunks
from app.core.opportunities import rules
from app.core.opportunities.labels import ACTIVE_STAGES
from app.models import (
    CLOSED_STAGES,
    Company,
    Contact,
    Document,
    DocumentSent,
    DocumentVersion,
    Interview,
    Opportunity,
    OpportunityContact,
    OpportunityStage,
)

APPLIED_OR_BEYOND = ("applied", "screening", "interviewing", "offer", "accepted", "declined")


def _date(value) -> dt.date | None:
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    return dt.date.fromisoformat(str(value)[:10])


def _moment(value) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


@dataclass(frozen=True)
class PersonLink:
    """A person on an opportunity, as a row shows them."""

    contact_id: int
    name: str
    role: str
    trashed: bool = False


@dataclass(frozen=True)
class OpportunityRow:
    """One opportunity as the board's card and the table's row show it."""

    id: int
    uid: str
    role: str
    company_id: int
    company: str
    is_target: bool
    source: str
    stage: str
    stage_since: dt.date
    applied_on: dt.date | None
    next_interview: dt.datetime | None
    interviews: int
    people: tuple[PersonLink, ...]
    location: str
    posting_url: str
    updated_at: dt.datetime

    @property
    def closed(self) -> bool:
        return self.stage in CLOSED_STAGES

    def days_in_stage(self, today: dt.date) -> int:
        return max(0, (today - self.stage_since).days)

    def names(self, role: str | None = None) -> list[str]:
        return [p.name for p in self.people if role is None or p.role == role]

    def text(self) -> str:
        """What the filter box searches: role, company, location and people."""
        return " ".join((self.role, self.company, self.location, *self.names())).casefold()


@dataclass(frozen=True)
class Filter:
    """What the page shows: words to find, stages, sources, only target companies, only open ones."""

    text: str = ""
    stages: frozenset[str] = frozenset()
    sources: frozenset[str] = frozenset()
    targets_only: bool = False
    open_only: bool = False

    def accepts(self, row: OpportunityRow) -> bool:
        if self.stages and row.stage not in self.stages:
            return False
        if self.sources and row.source not in self.sources:
            return False
        if self.targets_only and not row.is_target:
            return False
        if self.open_only and row.closed:
            return False
        words = self.text.casefold().split()
        if words:
            haystack = row.text()
            return all(word in haystack for word in words)
        return True

    @property
    def active(self) -> bool:
        return bool(self.text.strip() or self.stages or self.sources or self.targets_only or self.open_only)


def rows(
    ids: Sequence[int] | None = None, *, flt: Filter | None = None, clock: Clock = SYSTEM_CLOCK
) -> list[OpportunityRow]:
    """Opportunities (all, or ``ids``) passing ``flt``: most recently moved first."""
    now = clock.now()
    query = (
        Opportunity.select(
            Opportunity.id,
            Opportunity.uid,
            Opportunity.role,
            Opportunity.company,
            Company.name,
            Company.is_target,
            Opportunity.source,
            Opportunity.stage,
            Opportunity.stage_since,
            Opportunity.location,
            Opportunity.posting_url,
            Opportunity.updated_at,
        )
        .join(Company, on=(Opportunity.company == Company.id))
        .order_by(Opportunity.stage_since.desc(), Opportunity.id.desc())
    )
    base: dict[int, tuple] = {}
    for chunk in in_chunks(list(ids)) if ids is not None else [None]:
        part = query if chunk is None else query.where(Opportunity.id.in_(chunk))
        for row in part.tuples():
            base[row[0]] = row
    if not base:
        return []
    chosen = sorted(base) if ids is not None else None
    people: dict[int, list[PersonLink]] = defaultdict(list)
    interviews: dict[int, list[dt.datetime]] = defaultdict(list)
    applied: dict[int, dt.date] = {}
    for chunk in in_chunks(chosen) if chosen is not None else [None]:
        q = (
            OpportunityContact.select(
                OpportunityContact.opportunity,
                OpportunityContact.contact,
                Contact.display_name,
                OpportunityContact.role,
                Contact.deleted_at,
            )
            .join(Contact, on=(OpportunityContact.contact == Contact.id))
            .order_by(OpportunityContact.id)
        )
        if chunk is not None:
            q = q.where(OpportunityContact.opportunity.in_(chunk))
        seen: set[tuple[int, int, str]] = set()
        for oid, cid, name, role, deleted in q.tuples():
            if (oid, cid, role) not in seen:
                seen.add((oid, cid, role))
                people[oid].append(PersonLink(cid, name, role, deleted is not None))
        q = Interview.select(Interview.opportunity, Interview.starts_at)
        if chunk is not None:
            q = q.where(Interview.opportunity.in_(chunk))
        for oid, starts in q.tuples():
            interviews[oid].append(_moment(starts))
        q = OpportunityStage.select(OpportunityStage.opportunity, OpportunityStage.day).where(
            OpportunityStage.stage.in_(APPLIED_OR_BEYOND)
        )
        if chunk is not None:
            q = q.where(OpportunityStage.opportunity.in_(chunk))
        for oid, day in q.tuples():
            day = _date(day)
            if oid not in applied or day < applied[oid]:
                applied[oid] = day
    out = []
    for oid, uid, role, company_id, company, target, source, stage, since, location, url, updated in base.values():
        times = interviews.get(oid, [])
        ahead = [t for t in times if t >= now]
        item = OpportunityRow(
            id=oid,
            uid=uid,
            role=role,
            company_id=company_id,
            company=company,
            is_target=bool(target),
            source=source,
            stage=stage,
            stage_since=_date(since),
            applied_on=applied.get(oid),
            next_interview=min(ahead) if ahead else None,
            interviews=len(times),
            people=tuple(people.get(oid, ())),
            location=location,
            posting_url=url,
            updated_at=_moment(updated),
        )
        if flt is None or flt.accepts(item):
            out.append(item)
    return out


def by_stage(items: Sequence[OpportunityRow]) -> dict[str, list[OpportunityRow]]:
    """The board's lanes: every stage (empty ones too), active ones in pipeline order."""
    lanes: dict[str, list[OpportunityRow]] = {stage: [] for stage in (*ACTIVE_STAGES, *CLOSED_STAGES)}
    for item in items:
        lanes.setdefault(item.stage, []).append(item)
    return lanes


# --- one opportunity -----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class HistoryEntry:
    id: int
    stage: str
    day: dt.date
    note: str
    days: int | None  # days spent at this stage (None: still there)


@dataclass(frozen=True)
class InterviewInfo:
    id: int
    uid: str
    round: int
    starts_at: dt.datetime
    duration_minutes: int
    format: str
    location: str
    notes: str
    interviewers: tuple[PersonLink, ...]


@dataclass(frozen=True)
class SentInfo:
    id: int
    document_id: int
    document: str
    kind: str
    version: int
    file_name: str
    contact_id: int | None
    contact_name: str
    opportunity_id: int | None
    opportunity: str
    sent_on: dt.date
    note: str


@dataclass(frozen=True)
class OpenFollowUp:
    id: int
    kind: str
    title: str
    due: dt.date
    contact_id: int | None


@dataclass(frozen=True)
class OpportunityDetail:
    row: OpportunityRow
    salary_notes: str
    notes: str
    created_at: dt.datetime
    history: tuple[HistoryEntry, ...]
    interviews: tuple[InterviewInfo, ...]
    sent: tuple[SentInfo, ...]
    followups: tuple[OpenFollowUp, ...] = field(default=())


def history(opportunity_id: int, today: dt.date) -> list[HistoryEntry]:
    entries = list(
        OpportunityStage.select(
            OpportunityStage.id, OpportunityStage.stage, OpportunityStage.day, OpportunityStage.note
        )
        .where(OpportunityStage.opportunity == opportunity_id)
        .order_by(OpportunityStage.day, OpportunityStage.id)
        .tuples()
    )
    out = []
    for index, (hid, stage, day, note) in enumerate(entries):
        day = _date(day)
        following = _date(entries[index + 1][2]) if index + 1 < len(entries) else None
        days = (following - day).days if following is not None else None
        out.append(HistoryEntry(hid, stage, day, note, days))
    return out


def interviews_of(opportunity_id: int) -> list[InterviewInfo]:
    people: dict[int, list[PersonLink]] = defaultdict(list)
    query = (
        OpportunityContact.select(
            OpportunityContact.interview, OpportunityContact.contact, Contact.display_name, Contact.deleted_at
        )
        .join(Contact, on=(OpportunityContact.contact == Contact.id))
        .where(
            OpportunityContact.opportunity == opportunity_id,
            OpportunityContact.role == "interviewer",
            OpportunityContact.interview.is_null(False),
        )
        .order_by(OpportunityContact.id)
    )
    for iid, cid, name, deleted in query.tuples():
        people[iid].append(PersonLink(cid, name, "interviewer", deleted is not None))
    return [
        InterviewInfo(
            i.id,
            i.uid,
            i.round,
            i.starts_at,
            i.duration_minutes,
            i.format,
            i.location,
            i.notes,
            tuple(people.get(i.id, ())),
        )
        for i in Interview.select()
        .where(Interview.opportunity == opportunity_id)
        .order_by(Interview.starts_at, Interview.id)
    ]


def sent_for(*, opportunity_id: int | None = None, contact_id: int | None = None) -> list[SentInfo]:
    """Documents sent for an opportunity, or to a contact: newest first."""
    query = (
        DocumentSent.select(
            DocumentSent.id,
            Document.id,
            Document.name,
            Document.kind,
            DocumentVersion.version,
            DocumentVersion.file_name,
            DocumentSent.contact,
            Contact.display_name,
            DocumentSent.opportunity,
            Opportunity.role,
            Company.name,
            DocumentSent.sent_on,
            DocumentSent.note,
        )
        .join(DocumentVersion, on=(DocumentSent.version == DocumentVersion.id))
        .join(Document, on=(DocumentVersion.document == Document.id))
        .switch(DocumentSent)
        .join(Contact, join_type=JOIN.LEFT_OUTER, on=(DocumentSent.contact == Contact.id))
        .switch(DocumentSent)
        .join(Opportunity, join_type=JOIN.LEFT_OUTER, on=(DocumentSent.opportunity == Opportunity.id))
        .join(Company, join_type=JOIN.LEFT_OUTER, on=(Opportunity.company == Company.id))
        .order_by(DocumentSent.sent_on.desc(), DocumentSent.id.desc())
    )
    if opportunity_id is not None:
        query = query.where(DocumentSent.opportunity == opportunity_id)
    if contact_id is not None:
        query = query.where(DocumentSent.contact == contact_id)
    out = []
    for sid, did, name, kind, version, file_name, cid, cname, oid, role, company, day, note in query.tuples():
        out.append(
            SentInfo(
                sid,
                did,
                name,
                kind,
                version,
                file_name,
                cid,
                cname or "",
                oid,
                f"{role} at {company}" if oid else "",
                _date(day),
                note,
            )
        )
    return out


def open_followups(uid: str) -> list[OpenFollowUp]:
    rows_ = rules.open_followups_of(uid)
    rows_.sort(key=lambda f: (f.due, f.id))
    # a rule's title in the reader's language (its template and parameters), as Today and the calendar show it
    return [
        OpenFollowUp(f.id, f.kind, titles.render(f.title_key, f.title_params, f.title), f.due, f.contact_id)
        for f in rows_
    ]


def detail(opportunity_id: int, *, clock: Clock = SYSTEM_CLOCK) -> OpportunityDetail | None:
    found = rows([opportunity_id], clock=clock)
    if not found:
        return None
    row = found[0]
    opp = Opportunity.get_by_id(opportunity_id)
    return OpportunityDetail(
        row=row,
        salary_notes=opp.salary_notes,
        notes=opp.notes,
        created_at=opp.created_at,
        history=tuple(history(opportunity_id, clock.today())),
        interviews=tuple(interviews_of(opportunity_id)),
        sent=tuple(sent_for(opportunity_id=opportunity_id)),
        followups=tuple(open_followups(row.uid)),
    )


# --- a contact's opportunities -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ContactOpportunity:
    """An opportunity a contact touches, and the roles they have in it."""

    opportunity_id: int
    role_text: str  # "Operations lead at Northwind"
    stage: str
    roles: tuple[str, ...]

    @property
    def referred(self) -> bool:
        return "referrer" in self.roles


def for_contact(contact_id: int) -> list[ContactOpportunity]:
    """The opportunities ``contact_id`` is involved in (the ones they referred me to first), newest first."""
    query = (
        OpportunityContact.select(
            OpportunityContact.opportunity, OpportunityContact.role, Opportunity.role, Company.name, Opportunity.stage
        )
        .join(Opportunity, on=(OpportunityContact.opportunity == Opportunity.id))
        .join(Company, on=(Opportunity.company == Company.id))
        .where(OpportunityContact.contact == contact_id)
        .order_by(Opportunity.stage_since.desc(), Opportunity.id.desc(), OpportunityContact.id)
    )
    found: dict[int, list] = {}
    for oid, person_role, role, company, stage in query.tuples():
        entry = found.setdefault(oid, [f"{role} at {company}", stage, []])
        if person_role not in entry[2]:
            entry[2].append(person_role)
    items = [ContactOpportunity(oid, text, stage, tuple(roles)) for oid, (text, stage, roles) in found.items()]
    items.sort(key=lambda item: not item.referred)  # stable: newest first within each group
    return items
