"""The trash as the Contacts page asks about it (app.core.contacts.lookup: is_trashed, trashed_ids, trash_count)."""

from app.core.contacts import lookup
from app.core.contacts.service import trash_contacts
from app.models import Contact


def test_the_trash_lookups(db, clock):
    kept, gone, also_gone = (Contact.create(given_name=name) for name in ("Kept", "Gone", "Also gone"))
    assert lookup.trash_count() == 0
    assert not lookup.is_trashed(gone.id)
    trash_contacts([gone.id, also_gone.id], clock=clock)
    assert lookup.is_trashed(gone.id) and not lookup.is_trashed(kept.id)
    assert not lookup.is_trashed(None) and not lookup.is_trashed(9999)
    assert lookup.trashed_ids([kept.id, gone.id, also_gone.id, 9999]) == {gone.id, also_gone.id}
    assert lookup.trashed_ids([]) == set()
    assert lookup.trash_count() == 2


def test_lookups_over_a_whole_list_stay_under_the_sql_parameter_limit(db, clock):
    import sqlite3

    from app.core.contacts.contact_data import ContactData
    from app.core.contacts.service import create_contacts
    from app.db import database

    ids, _uids = create_contacts([ContactData(given_name=f"P{i}") for i in range(1200)])
    trash_contacts(ids[:1100], clock=clock)
    database.connection().setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)  # SQLite before 3.32
    assert lookup.trashed_ids(ids) == set(ids[:1100])
    assert len(lookup.display_names(ids)) == len(lookup.names_and_companies(ids)) == 1200
