"""Contacts created in bulk get the UIDs ``create_contact`` gives: distinct random UUIDs, version 4."""

import uuid

from app.core.contacts import bulk_create
from app.core.contacts.contact_data import ContactData
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
