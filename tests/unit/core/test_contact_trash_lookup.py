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
