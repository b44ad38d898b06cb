"""Always Be Giving: the give/ask/received balance."""

import pytest

from app.core.coach import ledger
from app.core.contacts.contact_data import ContactData
from app.core.contacts.interactions import delete_interaction, log_interaction
from app.core.contacts.service import create_contact
from app.models import LedgerEntry


@pytest.fixture
def ada(db, clock):
    return create_contact(ContactData(given_name="Ada"), clock=clock).id


def test_empty_balance(ada):
    b = ledger.balance(ada)
    assert (b.gave, b.asked, b.received, b.net) == (0, 0, 0, 0)
    assert "help" in b.verdict()


def test_balance_counts_each_direction_and_open_items(ada, clock):
    ledger.add_entry(ada, "gave", "Introduced her to a recruiter", done=True, clock=clock)
    ledger.add_entry(ada, "gave", "Article on robotics", clock=clock)
    ledger.add_entry(ada, "asked", "Intro to the hiring manager", clock=clock)
    ledger.add_entry(ada, "received", "Feedback on my CV", done=True, clock=clock)
    b = ledger.balance(ada)
    assert (b.gave, b.asked, b.received) == (2, 1, 1)
    assert b.net == 1
    assert b.open_asks == 1 and b.open_gives == 1
    assert "given more" in b.verdict()


def test_asking_more_than_giving_is_overdrawn(ada, clock):
    ledger.add_entry(ada, "asked", "A favour", clock=clock)
    assert ledger.balance(ada).net == -1
    assert "asked more" in ledger.balance(ada).verdict()


def test_balances_for_many_contacts_at_once(db, clock):
    ids = [create_contact(ContactData(given_name=n), clock=clock).id for n in ("A", "B", "C")]
    ledger.add_entry(ids[0], "gave", "x", clock=clock)
    ledger.add_entry(ids[1], "asked", "y", clock=clock)
    balances = ledger.balances_for(ids)
    assert balances[ids[0]].net == 1 and balances[ids[1]].net == -1
    assert ids[2] not in balances


@pytest.mark.parametrize(("direction", "what"), [("stole", "x"), ("gave", "   "), ("asked", "")])
def test_bad_entries_are_refused(ada, clock, direction, what):
    with pytest.raises(ledger.LedgerError):
        ledger.add_entry(ada, direction, what, clock=clock)
    assert LedgerEntry.select().count() == 0


def test_done_toggle_and_delete_restore_round_trip(ada, clock):
    entry = ledger.add_entry(ada, "gave", "Coffee voucher", clock=clock)
    assert ledger.set_done(entry.id, True) is False
    assert ledger.balance(ada).open_gives == 0
    saved = ledger.delete_entry(entry.id)
    assert ledger.balance(ada).gave == 0
    ledger.restore_entry(saved)
    restored = LedgerEntry.get_by_id(entry.id)
    assert (restored.what, restored.done) == ("Coffee voucher", True)


def test_restore_survives_a_deleted_interaction(ada, clock):
    logged = log_interaction(ada, "coffee", clock=clock)
    entry = ledger.add_entry(ada, "gave", "Paid the coffee", clock=clock)
    LedgerEntry.update(interaction=logged.interaction.id).where(LedgerEntry.id == entry.id).execute()
    saved = ledger.delete_entry(entry.id)
    delete_interaction(logged.interaction.id)
    assert ledger.restore_entry(saved).interaction_id is None
