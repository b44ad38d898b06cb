import datetime as dt

import pytest

from app.core.contacts.interactions import InteractionError, delete_interaction, log_interaction, update_interaction
from app.models import Contact, Interaction


@pytest.fixture
def person(db):
    return Contact.create(given_name="Ada", family_name="Okafor")


def test_log_defaults_to_now_and_updates_last_contact(person, clock):
    logged = log_interaction(person.id, "coffee", summary="  Coffee at the corner café ", clock=clock)
    assert logged.interaction.occurred_at == clock.now()
    assert logged.interaction.summary == "Coffee at the corner café"
    assert Contact.get_by_id(person.id).last_interaction_at == clock.now()


def test_unknown_kind_or_contact_is_refused(person, clock):
    with pytest.raises(InteractionError, match="unknown kind"):
        log_interaction(person.id, "telepathy", clock=clock)
    with pytest.raises(InteractionError, match="no contact"):
        log_interaction(999, "call", clock=clock)
    with pytest.raises(InteractionError, match="two different"):
        log_interaction(person.id, "introduction", other_contact_id=person.id, clock=clock)
    assert Interaction.select().count() == 0


def test_update_and_delete(person, clock):
    logged = log_interaction(person.id, "call", when=dt.datetime(2026, 3, 1, 9, 0), clock=clock)
    update_interaction(logged.interaction.id, kind="meeting", when=dt.datetime(2026, 3, 2, 9, 0), clock=clock)
    assert Interaction.get_by_id(logged.interaction.id).kind == "meeting"
    assert Contact.get_by_id(person.id).last_interaction_at == dt.datetime(2026, 3, 2, 9, 0)
    delete_interaction(logged.interaction.id)
    assert Contact.get_by_id(person.id).last_interaction_at is None
