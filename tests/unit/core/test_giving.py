"""Give before you ask: the balance, "last gave", the gentle warning before an ask, and one-click gives."""

import datetime as dt

import pytest

from app.core.changes import Changes
from app.core.clock import FixedClock
from app.core.coach import giving, ledger
from app.core.contacts.contact_data import ContactData
from app.core.contacts.interactions import log_interaction
from app.core.contacts.service import create_contact
from app.models import FollowUp, Interaction, LedgerEntry


@pytest.fixture
def ada(db, clock):
    return create_contact(ContactData(given_name="Ada", family_name="Okafor"), clock=clock).id


def test_a_stranger_gets_the_warning_with_three_ideas(ada, clock):
    warning = giving.ask_warning(ada, clock=clock)
    assert warning is not None
    assert warning.name == "Ada Okafor"
    assert "Ada" in warning.message and "give something first" in warning.message
    assert [idea.action for idea in warning.ideas] == ["introduce", "share", "advice"]


def test_having_given_once_removes_the_warning(ada, clock):
    ledger.add_entry(ada, "gave", "Shared an article", clock=clock)
    assert giving.ask_warning(ada, clock=clock) is None


def test_a_conversation_removes_the_warning_but_an_email_does_not(ada, clock):
    log_interaction(ada, "email", when=dt.datetime(2026, 3, 1, 9), clock=clock)
    assert giving.ask_warning(ada, clock=clock) is not None
    log_interaction(ada, "coffee", when=dt.datetime(2026, 3, 2, 9), clock=clock)
    assert giving.ask_warning(ada, clock=clock) is None


def test_a_planned_coffee_is_not_yet_a_conversation(ada, clock):
    log_interaction(ada, "coffee", when=clock.now() + dt.timedelta(days=3), clock=clock)
    status = giving.status(ada, clock=clock)
    assert status.conversations == 0
    assert giving.ask_warning(ada, clock=clock) is not None


def test_status_knows_when_i_last_gave_and_asked(ada, clock):
    ledger.add_entry(ada, "gave", "Old give", when=dt.datetime(2026, 1, 5, 10), clock=clock)
    ledger.add_entry(ada, "gave", "New give", when=dt.datetime(2026, 3, 4, 10), clock=clock)
    ledger.add_entry(ada, "asked", "A favour", when=dt.datetime(2026, 3, 10, 10), clock=clock)
    status = giving.status(ada, clock=clock)
    assert status.last_gave == dt.datetime(2026, 3, 4, 10)
    assert status.last_asked == dt.datetime(2026, 3, 10, 10)
    assert (status.balance.gave, status.balance.asked, status.balance.net) == (2, 1, 1)
    assert giving.balance_line(status, clock.today()) == "Gave 2 · asked 1 · last gave 12 days ago"


def test_balance_line_for_someone_never_given_to(ada, clock):
    assert giving.balance_line(giving.status(ada, clock=clock), clock.today()) == "Gave 0 · asked 0 · never gave yet"


def test_sharing_an_article_lands_in_the_ledger_and_on_the_timeline(ada, clock):
    given = giving.record_give(
        ada, "share", "Report on warehouse robots", link="https://example.com/robots", note="p. 12", clock=clock
    )
    entry = LedgerEntry.get_by_id(given.entry.id)
    assert (entry.direction, entry.what, entry.done) == ("gave", "Shared: Report on warehouse robots", True)
    assert entry.notes == "https://example.com/robots\np. 12"
    interaction = Interaction.get_by_id(given.interaction_id)
    assert interaction.kind == "email" and interaction.summary == entry.what
    assert entry.interaction_id == interaction.id
    assert giving.ask_warning(ada, clock=clock) is None


def test_offered_advice_is_open_until_given_and_can_stay_off_the_timeline(ada, clock):
    given = giving.record_give(ada, "advice", "Help with her CV", log=False, clock=clock)
    entry = LedgerEntry.get_by_id(given.entry.id)
    assert (entry.what, entry.done) == ("Offered advice: Help with her CV", False)
    assert given.interaction_id is None
    assert Interaction.select().count() == 0


def test_undo_and_redo_a_give(ada, clock):
    given = giving.record_give(ada, "share", "An event", clock=clock)
    assert given.changes == Changes.of("interactions", "followups", contact_ids=[ada])
    assert giving.undo_give(given, clock=clock) == given.changes
    assert LedgerEntry.select().count() == 0 and Interaction.select().count() == 0
    assert FollowUp.select().where(FollowUp.status == "open").count() == 0
    again = giving.redo_give(given, clock=clock)
    assert again.entry.id == given.entry.id and again.interaction_id == given.interaction_id
    assert LedgerEntry.get_by_id(given.entry.id).interaction_id == given.interaction_id


@pytest.mark.parametrize(
    ("kind", "what", "message"),
    [("share", "  ", "say what"), ("gift", "x", "unknown kind"), ("share", "x", "no contact")],
)
def test_bad_gives_write_nothing(ada, clock, kind, what, message):
    target = ada if message != "no contact" else 999
    with pytest.raises(giving.GiveError, match=message):
        giving.record_give(target, kind, what, clock=clock)
    assert LedgerEntry.select().count() == 0 and Interaction.select().count() == 0


def test_give_time_follows_the_injected_clock(ada):
    clock = FixedClock("2026-05-01T14:00:00")
    given = giving.record_give(ada, "advice", "Mock interview", clock=clock)
    assert LedgerEntry.get_by_id(given.entry.id).occurred_at == dt.datetime(2026, 5, 1, 14)
