"""Deleting trashed contacts for good: only trashed ones, past the SQL parameter limit, in one transaction, and the
Changes say what went with them."""

from app.core.changes import NOTHING, Changes
from app.core.contacts import purge
from app.core.contacts.contact_data import ContactData
from app.core.contacts.interactions import log_interaction
from app.core.contacts.service import create_contact, create_contacts, trash_contacts
from app.db import MAX_SQL_PARAMETERS
from app.models import Contact, Interaction, Pitch, PitchContact


def test_only_trashed_contacts_go_with_their_history(db, clock):
    ada = create_contact(ContactData(given_name="Ada"), clock=clock).id
    ben = create_contact(ContactData(given_name="Ben"), clock=clock).id
    log_interaction(ada, "coffee", when=clock.now(), clock=clock)
    assert purge.purge_trashed([ada, ben]) == purge.Purged(0, NOTHING)  # neither is in the trash
    trash_contacts([ada], clock=clock)
    done = purge.purge_trashed([ada, ben])
    assert done == purge.Purged(1, Changes.of("contacts", "interactions", "followups", contact_ids=[ada]))
    assert [c.id for c in Contact.select()] == [ben] and Interaction.select().count() == 0


def test_the_whole_trash_past_the_parameter_limit_and_what_was_linked(db, clock):
    ids, _uids = create_contacts([ContactData(given_name=f"P{i}") for i in range(MAX_SQL_PARAMETERS + 50)], clock=clock)
    pitch = Pitch.create(title="Hello")
    PitchContact.create(pitch=pitch, contact=ids[-1])
    trash_contacts(ids[1:], clock=clock)
    done = purge.purge_trashed()
    assert done.count == len(ids) - 1 and done.changes.pitches and not done.changes.opportunities
    assert done.changes.contact_ids == frozenset(ids[1:])
    assert [c.id for c in Contact.select()] == [ids[0]] and PitchContact.select().count() == 0
