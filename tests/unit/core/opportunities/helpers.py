"""Shared setup for the opportunity tests: people and opportunities made through the services."""

from __future__ import annotations

import datetime as dt

from app.core.contacts.contact_data import ContactData
from app.core.contacts.service import create_contact
from app.core.opportunities.service import OpportunityData, Person, create_opportunity
from app.models import Contact, FollowUp


def person(clock, name: str = "Ada Okafor", **fields) -> Contact:
    given, _, family = name.partition(" ")
    return create_contact(ContactData(given_name=given, family_name=family, **fields), clock=clock)


def opportunity(clock, company="Northwind", role="Operations lead", *, stage="interested", day=None, people=(), **kw):
    data = OpportunityData(company=company, role=role, **kw)
    return create_opportunity(data, stage=stage, day=day, people=list(people), clock=clock)


def referred_by(contact: Contact) -> Person:
    return Person(contact.id, "referrer")


def open_of(kind: str) -> list[FollowUp]:
    return list(FollowUp.select().where(FollowUp.kind == kind, FollowUp.status == "open").order_by(FollowUp.id))


def only(kind: str) -> FollowUp:
    rows = open_of(kind)
    assert len(rows) == 1, f"expected one open {kind}, got {[r.title for r in rows]}"
    return rows[0]


D = dt.date


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)
