"""Small reads the opportunity forms and dialogs need (issue 18: the UI asks these instead of querying the models):
the companies to choose from, an opportunity as its form shows it, its title, its stored notes, how many interviews it
has, the day of a move in its history, a document version's file. Each is one query; values, never rows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.core.opportunities.service import OpportunityData
from app.models import Company, DocumentVersion, Interview, Opportunity, OpportunityStage


@dataclass(frozen=True)
class CompanyChoice:
    name: str
    is_target: bool


def company_choices() -> list[CompanyChoice]:
    """Every company, the target list first, then by name."""
    rows = Company.select(Company.name, Company.is_target).order_by(Company.is_target.desc(), Company.name).tuples()
    return [CompanyChoice(name, bool(target)) for name, target in rows]


def is_target_company(name: str) -> bool:
    """Whether a company of this name (any case) is on the target list; False when there is none."""
    if not name:
        return False
    return bool(Company.select(Company.is_target).where(Company.name == name).scalar())


def opportunity_data(opportunity_id: int) -> OpportunityData:
    """The opportunity's fields as its form edits them (raises when there is no such opportunity)."""
    return OpportunityData.of(Opportunity.get_by_id(opportunity_id))


def title(opportunity_id: int) -> str:
    """ "Role — Company" (raises when there is no such opportunity)."""
    opportunity = Opportunity.get_by_id(opportunity_id)
    return f"{opportunity.role} — {opportunity.company.name}"


def stored_notes(opportunity_id: int) -> str | None:
    """The notes as stored (None when there is no such opportunity)."""
    return Opportunity.select(Opportunity.notes).where(Opportunity.id == opportunity_id).scalar()


def interview_count(opportunity_id: int) -> int:
    return Interview.select().where(Interview.opportunity == opportunity_id).count()


def history_day(history_id: int) -> dt.date | None:
    """The day a move in an opportunity's history is logged on (None when the entry is gone)."""
    entry = OpportunityStage.get_or_none(OpportunityStage.id == history_id)
    return entry.day if entry is not None else None


def version_file_name(version_id: int) -> str:
    """The name of a document version's file in the data folder (raises when there is no such version)."""
    return DocumentVersion.get_by_id(version_id).file_name
