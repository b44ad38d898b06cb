"""How opportunities read: stage, source, role, interview format and document kind names (English, marked for
translation and read in the interface's language: app.core.translated), and the board's columns. The lists of stages,
sources, roles, formats and kinds are the models' own, re-exported here for the UI (which does not import the
models)."""

from __future__ import annotations

from app.core.translated import QT_TRANSLATE_NOOP, Labels
from app.models import (
    CLOSED_STAGES,
    DOCUMENT_KINDS,
    INTERVIEW_FORMATS,
    OPPORTUNITY_ROLES,
    OPPORTUNITY_SOURCES,
    OPPORTUNITY_STAGES,
)

__all__ = [
    "ACTIVE_STAGES",
    "CLOSED_STAGES",
    "DOCUMENT_KINDS",
    "DOCUMENT_KIND_LABELS",
    "FORMAT_LABELS",
    "INTERVIEW_FORMATS",
    "OPPORTUNITY_ROLES",
    "OPPORTUNITY_SOURCES",
    "OPPORTUNITY_STAGES",
    "PEOPLE_SOURCES",
    "ROLE_LABELS",
    "SOURCE_LABELS",
    "STAGE_HINTS",
    "STAGE_LABELS",
    "STAGE_NEWS",
    "is_closed",
    "next_stage",
    "previous_stage",
    "role_label",
    "source_label",
    "stage_label",
    "stage_rank",
]

STAGE_LABELS = Labels(
    "Labels",
    {
        "interested": QT_TRANSLATE_NOOP("Labels", "Interested"),
        "applied": QT_TRANSLATE_NOOP("Labels", "Applied"),
        "screening": QT_TRANSLATE_NOOP("Labels", "Screening"),
        "interviewing": QT_TRANSLATE_NOOP("Labels", "Interviewing"),
        "offer": QT_TRANSLATE_NOOP("Labels", "Offer"),
        "accepted": QT_TRANSLATE_NOOP("Labels", "Accepted"),
        "declined": QT_TRANSLATE_NOOP("Labels", "Declined"),
        "rejected": QT_TRANSLATE_NOOP("Labels", "Rejected"),
        "withdrawn": QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
    },
)
STAGE_HINTS = Labels(
    "Labels",
    {
        "interested": QT_TRANSLATE_NOOP("Labels", "worth applying to; not applied yet"),
        "applied": QT_TRANSLATE_NOOP("Labels", "application sent, waiting to hear"),
        "screening": QT_TRANSLATE_NOOP("Labels", "a first call with a recruiter or HR"),
        "interviewing": QT_TRANSLATE_NOOP("Labels", "one or more rounds of interviews"),
        "offer": QT_TRANSLATE_NOOP("Labels", "an offer is on the table"),
        "accepted": QT_TRANSLATE_NOOP("Labels", "you said yes"),
        "declined": QT_TRANSLATE_NOOP("Labels", "you said no to an offer"),
        "rejected": QT_TRANSLATE_NOOP("Labels", "they said no"),
        "withdrawn": QT_TRANSLATE_NOOP("Labels", "you stepped back"),
    },
)
SOURCE_LABELS = Labels(
    "Labels",
    {
        "referral": QT_TRANSLATE_NOOP("Labels", "Referral"),
        "contact": QT_TRANSLATE_NOOP("Labels", "Through a contact"),
        "job_board": QT_TRANSLATE_NOOP("Labels", "Job board"),
        "recruiter": QT_TRANSLATE_NOOP("Labels", "Recruiter"),
        "cold": QT_TRANSLATE_NOOP("Labels", "Cold application"),
    },
)
ROLE_LABELS = Labels(
    "Labels",
    {
        "referrer": QT_TRANSLATE_NOOP("Labels", "Referred me"),
        "hiring_manager": QT_TRANSLATE_NOOP("Labels", "Hiring manager"),
        "recruiter": QT_TRANSLATE_NOOP("Labels", "Recruiter"),
        "interviewer": QT_TRANSLATE_NOOP("Labels", "Interviewer"),
        "contact": QT_TRANSLATE_NOOP("Labels", "Inside contact"),
    },
)
FORMAT_LABELS = Labels(
    "Labels",
    {
        "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
        "video": QT_TRANSLATE_NOOP("Labels", "Video call"),
        "onsite": QT_TRANSLATE_NOOP("Labels", "On site"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    },
)
DOCUMENT_KIND_LABELS = Labels(
    "Labels",
    {
        "resume": QT_TRANSLATE_NOOP("Labels", "Résumé"),
        "cover_letter": QT_TRANSLATE_NOOP("Labels", "Cover letter"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    },
)

ACTIVE_STAGES = tuple(s for s in OPPORTUNITY_STAGES if s not in CLOSED_STAGES)
# Sources that came through people (the evidence for "most jobs are found through people").
PEOPLE_SOURCES = ("referral", "contact", "recruiter")

# What the referrer hears after each move ("Tell Joe how it's going at Northwind: …").
STAGE_NEWS = {
    "applied": "you applied",
    "screening": "a screening call",
    "interviewing": "interviews",
    "offer": "an offer",
    "accepted": "you accepted — thank them",
    "declined": "you declined the offer",
    "rejected": "it did not work out",
    "withdrawn": "you withdrew",
}


def stage_label(stage: str) -> str:
    return STAGE_LABELS.get(stage, stage.replace("_", " ").capitalize())


def source_label(source: str) -> str:
    return SOURCE_LABELS.get(source, source.replace("_", " ").capitalize())


def role_label(role: str) -> str:
    return ROLE_LABELS.get(role, role.replace("_", " ").capitalize())


def is_closed(stage: str) -> bool:
    return stage in CLOSED_STAGES


def next_stage(stage: str) -> str | None:
    """The stage after ``stage`` on the way to an offer (None after an offer or once closed)."""
    if stage not in ACTIVE_STAGES:
        return None
    index = ACTIVE_STAGES.index(stage)
    return ACTIVE_STAGES[index + 1] if index + 1 < len(ACTIVE_STAGES) else "accepted"


def previous_stage(stage: str) -> str | None:
    """The stage before ``stage`` (a closed one goes back to the last active stage, an offer)."""
    if stage in CLOSED_STAGES:
        return "offer" if stage in ("accepted", "declined") else None
    index = ACTIVE_STAGES.index(stage) if stage in ACTIVE_STAGES else 0
    return ACTIVE_STAGES[index - 1] if index > 0 else None


def stage_rank(stage: str) -> int:
    """How far along ``stage`` is: interested 0 … offer 4; every closed stage after the active ones."""
    return OPPORTUNITY_STAGES.index(stage) if stage in OPPORTUNITY_STAGES else 0
