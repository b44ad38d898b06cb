"""Job applications (issue 22, DESIGN §3 "Opportunity"): the opportunities a job search produces, the people each
one involves, the stages it went through, its interviews, and the résumé and cover-letter versions sent for it.

- :class:`Opportunity`: a role at a company (on the target-company list or not), where it came from (``source``),
  its current ``stage`` and the day it got there (``stage_since``). ``uid`` is stable (ICS UIDs, rule keys, the
  JSON export).
- :class:`OpportunityContact`: a contact involved, with their ``role`` (who referred me, the hiring manager, the
  recruiter, an interviewer, an inside contact). An interviewer may name the ``interview`` they took part in.
- :class:`OpportunityStage`: the stage history, one row per move with the ``day`` it happened.
- :class:`Interview`: a round of interviews, with its moment (local wall-clock time, like every moment Rapport
  stores) and a stable ``uid`` (an ICS event).
- :class:`Document`, :class:`DocumentVersion`: a résumé, cover letter or other document, kept in versions; each
  version is a file in the data folder (``file_name``, relative to it, under ``documents/``).
- :class:`DocumentSent`: which version went to whom, for which opportunity, on which day.
"""

from __future__ import annotations

from peewee import DateField, DateTimeField, ForeignKeyField, IntegerField, TextField

from app.models.base import BaseModel, new_uid, now
from app.models.company import Company
from app.models.contact import Contact

OPPORTUNITY_STAGES = (
    "interested",
    "applied",
    "screening",
    "interviewing",
    "offer",
    "accepted",
    "declined",
    "rejected",
    "withdrawn",
)
CLOSED_STAGES = ("accepted", "declined", "rejected", "withdrawn")
OPPORTUNITY_SOURCES = ("referral", "contact", "job_board", "recruiter", "cold")
OPPORTUNITY_ROLES = ("referrer", "hiring_manager", "recruiter", "interviewer", "contact")
INTERVIEW_FORMATS = ("phone", "video", "onsite", "other")
DOCUMENT_KINDS = ("resume", "cover_letter", "other")


class Opportunity(BaseModel):
    """A job I might get: a role at a company, where it came from, and how far it got."""

    uid = TextField(unique=True, default=new_uid)
    company = ForeignKeyField(Company, on_delete="RESTRICT", backref="opportunities", index=True)
    role = TextField()
    posting_url = TextField(default="")
    location = TextField(default="")
    source = TextField(default="cold", index=True)
    stage = TextField(default="interested")
    stage_since = DateField()
    salary_notes = TextField(default="")
    notes = TextField(default="")
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)

    class Meta:
        # Not an index on ``stage`` alone: it would be called ``opportunity_stage``, the history table's name.
        indexes = ((("stage", "stage_since"), False),)


class Interview(BaseModel):
    """One round of interviews for an opportunity."""

    uid = TextField(unique=True, default=new_uid)
    opportunity = ForeignKeyField(Opportunity, on_delete="CASCADE", backref="interviews")
    round = IntegerField(default=1)
    starts_at = DateTimeField()
    duration_minutes = IntegerField(default=60)
    format = TextField(default="video")
    location = TextField(default="")
    notes = TextField(default="")
    created_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("opportunity", "starts_at"), False), (("starts_at",), False))


class OpportunityContact(BaseModel):
    """A contact involved in an opportunity, in one role (an interviewer optionally for one interview)."""

    opportunity = ForeignKeyField(Opportunity, on_delete="CASCADE", backref="people")
    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="opportunity_roles", index=True)
    role = TextField(default="contact")
    interview = ForeignKeyField(Interview, null=True, on_delete="SET NULL", backref="people", index=True)
    note = TextField(default="")
    created_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("opportunity", "role"), False),)


class OpportunityStage(BaseModel):
    """One move of an opportunity to a stage, on a day (the first row is where it started)."""

    opportunity = ForeignKeyField(Opportunity, on_delete="CASCADE", backref="history")
    stage = TextField()
    day = DateField()
    note = TextField(default="")
    created_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("opportunity", "day"), False), (("stage", "opportunity"), False))


class Document(BaseModel):
    """A résumé, cover letter or other document I send, kept in versions."""

    uid = TextField(unique=True, default=new_uid)
    kind = TextField(default="resume")
    name = TextField()
    notes = TextField(default="")
    created_at = DateTimeField(default=now)


class DocumentVersion(BaseModel):
    """One version of a document: a file in the data folder (``file_name`` is relative to it)."""

    document = ForeignKeyField(Document, on_delete="CASCADE", backref="versions")
    version = IntegerField()
    file_name = TextField()
    original_name = TextField(default="")
    size = IntegerField(default=0)
    sha256 = TextField(default="")
    note = TextField(default="")
    added_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("document", "version"), True),)


class DocumentSent(BaseModel):
    """A version of a document sent to someone, for an opportunity, on a day (either may be empty, not both)."""

    version = ForeignKeyField(DocumentVersion, on_delete="CASCADE", backref="sendings")
    opportunity = ForeignKeyField(Opportunity, null=True, on_delete="CASCADE", backref="documents_sent", index=True)
    contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL", backref="documents_received", index=True)
    sent_on = DateField()
    note = TextField(default="")
    created_at = DateTimeField(default=now)
