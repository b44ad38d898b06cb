"""Contacts created in bulk get the UIDs ``create_contact`` gives: distinct random UUIDs, version 4."""

import dataclasses
import datetime as dt
import uuid

from app.core.contacts import bulk_create
from app.core.contacts.contact_data import ContactData
from app.core.contacts.service import _SCALARS, create_contact
from app.db import database
from app.models import Contact


def test_bulk_created_contacts_get_distinct_version_4_uids(db, clock):
    items = [(ContactData(given_name=f"P{n}", display_name=f"P{n}"), "") for n in range(1200)]  # > one pool of 512
    items[5] = (items[5][0], "kept-uid")
    ids = bulk_create.create_contacts(items, clock=clock)
    uids = {cid: uid for cid, uid in Contact.select(Contact.id, Contact.uid).tuples()}
    assert uids[ids[5]] == "kept-uid"
    fresh = [uids[cid] for n, cid in enumerate(ids) if n != 5]
    assert len(set(fresh)) == len(fresh) == 1199
    for text in fresh:
        made = uuid.UUID(text)
        assert (str(made), made.version, made.variant) == (text, 4, uuid.RFC_4122)
    assert {text[19] for text in fresh} == set("89ab")  # the variant digit's two low bits are random too
    assert {text[14] for text in fresh} == {"4"}


def test_bulk_created_scalars_are_stored_as_create_contact_stores_them(db, clock):
    """Only the scalars ContactData does not type as text are converted for the bulk insert: every typed one is
    named, and a contact holding each (a day, both cadences, a photo) is stored as ``create_contact`` stores it."""
    annotations = {f.name: f.type for f in dataclasses.fields(ContactData)}
    assert {name for name in _SCALARS if annotations[name] != "str"} == bulk_create._NOT_TEXT

    def data(n: int) -> ContactData:
        return ContactData(
            given_name=f"Ada{n}",
            family_name="Okafor",
            display_name=f"Ada{n} Okafor",
            invitation_status="sent",
            invitation_date=dt.date(2025, 11, 2),
            keep_in_touch_days=30,
            keep_in_touch_max_days=45,
            photo=b"\x89PNG\r\n",
            notes="line",
        )

    single = create_contact(data(0), clock=clock).id
    many = bulk_create.create_contacts([(data(n), "") for n in range(1, bulk_create.BULK_INDEX_FROM + 1)], clock=clock)
    columns = ", ".join(name for name in _SCALARS if name not in ("given_name", "display_name"))
    types = "typeof(invitation_date), typeof(keep_in_touch_days), typeof(photo)"
    sql = f"SELECT {columns}, {types} FROM contact WHERE id = ?"
    expected = database.execute_sql(sql, (single,)).fetchone()
    assert expected[-3:] == ("text", "integer", "blob")
    for contact_id in (many[0], many[-1]):
        assert database.execute_sql(sql, (contact_id,)).fetchone() == expected
