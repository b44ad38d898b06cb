"""Deleting an opportunity with everything that belonged to it (its history, people, interviews, the record of what
was sent for it, its open follow-ups) and putting all of it back, same ids, which is how the UI undoes a delete. Each
is one transaction."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.opportunities import rules
from app.core.opportunities.service import _get
from app.db import database
from app.models import (
    Company,
    Contact,
    DocumentSent,
    DocumentVersion,
    FollowUp,
    Interview,
    Opportunity,
    OpportunityContact,
    OpportunityStage,
)


@dataclass
class Snapshot:
    """A deleted opportunity with everything that belonged to it, to put back exactly."""

    row: dict[str, Any]
    history: list[dict[str, Any]] = field(default_factory=list)
    people: list[dict[str, Any]] = field(default_factory=list)
    interviews: list[dict[str, Any]] = field(default_factory=list)
    documents_sent: list[dict[str, Any]] = field(default_factory=list)
    followups: list[dict[str, Any]] = field(default_factory=list)


def delete_opportunity(opportunity_id: int, *, clock: Clock = SYSTEM_CLOCK) -> Snapshot:
    """Delete an opportunity with its history, people, interviews, the record of what was sent for it and its open
    follow-ups (done ones stay, as history). The snapshot puts all of it back."""
    with database.atomic():
        row = _get(opportunity_id)
        followups = rules.open_followups_of(row.uid)
        snapshot = Snapshot(
            dict(row.__data__),
            [dict(h.__data__) for h in OpportunityStage.select().where(OpportunityStage.opportunity == row.id)],
            [dict(p.__data__) for p in OpportunityContact.select().where(OpportunityContact.opportunity == row.id)],
            [dict(i.__data__) for i in Interview.select().where(Interview.opportunity == row.id)],
            [dict(d.__data__) for d in DocumentSent.select().where(DocumentSent.opportunity == row.id)],
            [dict(f.__data__) for f in followups],
        )
        FollowUp.delete().where(FollowUp.id.in_([f.id for f in followups] or [0])).execute()
        row.delete_instance(recursive=False)  # the rest goes by ON DELETE CASCADE
    return snapshot


def restore_opportunity(snapshot: Snapshot, *, clock: Clock = SYSTEM_CLOCK) -> None:
    with database.atomic():
        Company.get_by_id(snapshot.row["company"])
        Opportunity.insert(snapshot.row).execute()
        for model, rows in (
            (OpportunityStage, snapshot.history),
            (Interview, snapshot.interviews),
        ):
            if rows:
                model.insert_many(rows).execute()
        contacts = {c for (c,) in Contact.select(Contact.id).tuples()}
        people = [p for p in snapshot.people if p["contact"] in contacts]
        if people:
            OpportunityContact.insert_many(people).execute()
        versions = {v for (v,) in DocumentVersion.select(DocumentVersion.id).tuples()}
        sent = [
            {**d, "contact": d["contact"] if d["contact"] in contacts else None}
            for d in snapshot.documents_sent
            if d["version"] in versions
        ]
        if sent:
            DocumentSent.insert_many(sent).execute()
        taken = {k for (k,) in FollowUp.select(FollowUp.rule_key).where(FollowUp.rule_key.is_null(False)).tuples()}
        for row in snapshot.followups:
            if row.get("rule_key") not in taken and (row.get("contact") is None or row["contact"] in contacts):
                FollowUp.insert(row).execute()
        rules.sync([snapshot.row["id"]], clock=clock)
