"""Target companies: the list of places the job seeker wants to work, who works there, and who has seen the list.

The playbook's coffee meeting ends with "may I send you the list of companies I'm targeting?"; sending it is logged
as an interaction of kind ``sent``. :func:`list_recipients` shows who has it, :func:`contacts_at` who can open a
door at each company.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, chunked, fn

from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.contacts.service import company_for_name
from app.db import MAX_SQL_PARAMETERS, database
from app.models import Company, Contact, Interaction

SENT_KIND = "sent"


@dataclass(frozen=True)
class CompanyInfo:
    id: int
    name: str
    is_target: bool
    contacts: int  # live contacts working there
    notes: str


@dataclass(frozen=True)
class PersonAtCompany:
    id: int
    name: str
    title: str
    stage: str
    sent_at: dt.datetime | None  # when they last got something from me (an interaction of kind `sent`)


@dataclass(frozen=True)
class Recipient:
    id: int
    name: str
    company: str
    sent_at: dt.datetime
    summary: str


def companies(*, targets_only: bool = False) -> list[CompanyInfo]:
    """Companies with the number of live contacts at each: targets first, then by name."""
    people = fn.COUNT(Contact.id)
    query = (
        Company.select(Company.id, Company.name, Company.is_target, people.alias("n"), Company.notes)
        .join(Contact, JOIN.LEFT_OUTER, on=((Contact.company == Company.id) & Contact.deleted_at.is_null()))
        .group_by(Company.id)
        .order_by(Company.is_target.desc(), Company.name)
    )
    if targets_only:
        query = query.where(Company.is_target)
    return [CompanyInfo(cid, name, bool(target), n, notes) for cid, name, target, n, notes in query.tuples()]


def target_names() -> list[str]:
    """The target list as names, alphabetical (for templates and the monthly update)."""
    return [name for (name,) in Company.select(Company.name).where(Company.is_target).order_by(Company.name).tuples()]


def set_target(company_id: int, is_target: bool) -> bool:
    """Put a company on the target list or take it off; returns the previous state."""
    company = Company.get_by_id(company_id)
    previous = bool(company.is_target)
    Company.update(is_target=is_target).where(Company.id == company_id).execute()
    return previous


def company_named(name: str) -> tuple[int, bool]:
    """The company called ``name`` (created if new, not put on the list) and whether it is on the target list
    already: Target companies' "Add" then puts it there as an undoable step. ValueError for an empty name."""
    name = (name or "").replace("\x00", "").strip()[:300]
    if not name:
        raise ValueError("give the company a name")
    with database.atomic():
        company = Company.get_or_none(Company.name == name) or company_for_name(name)
    return company.id, bool(company.is_target)


def add_target(name: str, *, clock: Clock = SYSTEM_CLOCK) -> tuple[int, bool, bool]:
    """Put the company called ``name`` on the list, creating it if new.

    Returns (company id, whether it was created, whether it was a target before). Raises ValueError for an empty name.
    """
    name = (name or "").replace("\x00", "").strip()[:300]
    if not name:
        raise ValueError("give the company a name")
    with database.atomic():
        existing = Company.get_or_none(Company.name == name)
        created = existing is None
        company = existing or company_for_name(name)
        previous = bool(company.is_target)
        Company.update(is_target=True, updated_at=clock.now()).where(Company.id == company.id).execute()
    return company.id, created, previous


def set_notes(company_id: int, notes: str) -> str:
    company = Company.get_by_id(company_id)
    previous = company.notes
    Company.update(notes=(notes or "").replace("\x00", "")).where(Company.id == company_id).execute()
    return previous


def _last_sent(ids: list[int]) -> dict[int, dt.datetime]:
    out: dict[int, dt.datetime] = {}
    for chunk in chunked(ids, MAX_SQL_PARAMETERS):
        rows = (
            Interaction.select(Interaction.contact, fn.MAX(Interaction.occurred_at))
            .where(Interaction.kind == SENT_KIND, Interaction.contact.in_(chunk))
            .group_by(Interaction.contact)
            .tuples()
        )
        for cid, when in rows:
            out[cid] = when if isinstance(when, dt.datetime) else dt.datetime.fromisoformat(str(when))
    return out


def contacts_at(company_id: int) -> list[PersonAtCompany]:
    """Live contacts working at a company, by name, with when each last got something from me."""
    rows = list(
        Contact.select(Contact.id, Contact.display_name, Contact.title, Contact.stage)
        .where(Contact.company == company_id, Contact.deleted_at.is_null())
        .order_by(Contact.display_name)
        .tuples()
    )
    sent = _last_sent([r[0] for r in rows])
    return [PersonAtCompany(cid, name, title, stage, sent.get(cid)) for cid, name, title, stage in rows]


def list_recipients(limit: int = 500) -> list[Recipient]:
    """Live contacts I sent something to (kind ``sent``), most recent first, one line per person."""
    latest = (
        Interaction.select(Interaction.contact, fn.MAX(Interaction.occurred_at).alias("at"))
        .where(Interaction.kind == SENT_KIND)
        .group_by(Interaction.contact)
        .alias("latest")
    )
    query = (
        Interaction.select(
            Interaction.contact, Contact.display_name, Company.name, Interaction.occurred_at, Interaction.summary
        )
        .join(latest, on=((latest.c.contact_id == Interaction.contact) & (latest.c.at == Interaction.occurred_at)))
        .switch(Interaction)
        .join(Contact, on=(Contact.id == Interaction.contact))
        .join(Company, JOIN.LEFT_OUTER, on=(Contact.company == Company.id))
        .where(Interaction.kind == SENT_KIND, Contact.deleted_at.is_null())
        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
        .limit(limit)
    )
    seen: set[int] = set()
    result = []
    for cid, name, company, when, summary in query.tuples():
        if cid in seen:
            continue
        seen.add(cid)
        result.append(Recipient(cid, name, company or "", when, summary))
    return result
