"""Planned meetings on the calendar: which ones, how long, and moving one (its thank-you moves with it)."""

import datetime as dt

import pytest

from app.core.contacts.contact_data import ContactData
from app.core.contacts.interactions import log_interaction
from app.core.contacts.service import create_contact, trash_contacts
from app.core.followups import planned_meetings
from app.core.followups import service as followups
from app.core.followups.planned_meetings import MeetingError
from app.models import FollowUp, Interaction

D = dt.date
T = dt.datetime


@pytest.fixture
def astrid(db, clock):
    return create_contact(ContactData(given_name="Astrid", family_name="Lindqvist"), clock=clock)


def test_the_calendar_gets_conversations_from_today_on_with_their_length(astrid, clock):
    coffee = log_interaction(astrid.id, "coffee", when=T(2026, 3, 17, 9, 30), summary="Logistics", clock=clock)
    log_interaction(astrid.id, "call", when=T(2026, 3, 16, 8, 0), clock=clock)  # this morning: still on today
    log_interaction(astrid.id, "coffee", when=T(2026, 3, 13, 9, 0), clock=clock)  # last week: history
    log_interaction(astrid.id, "email", when=T(2026, 3, 18, 9, 0), clock=clock)  # not a conversation
    items = planned_meetings.items_between(D(2026, 3, 9), D(2026, 3, 22), clock=clock)
    assert [(i.kind, i.due, i.due_time, i.minutes) for i in items] == [
        ("call", D(2026, 3, 16), dt.time(8, 0), 30),
        ("coffee", D(2026, 3, 17), dt.time(9, 30), 45),
    ]
    coffee_item = items[1]
    assert coffee_item.meeting and coffee_item.id == coffee.interaction.id
    assert coffee_item.title == "Coffee with Astrid Lindqvist: Logistics"
    assert [m.interaction_id for m in planned_meetings.planned(clock=clock)] == [coffee.interaction.id]
    assert planned_meetings.minutes_for("lunch") == 60 and planned_meetings.minutes_for("event") == 120
    trash_contacts([astrid.id], clock=clock)
    assert planned_meetings.items_between(D(2026, 3, 9), D(2026, 3, 22), clock=clock) == []


def test_moving_a_meeting_moves_its_thank_you_and_can_be_undone(astrid, clock):
    coffee = log_interaction(astrid.id, "coffee", when=T(2026, 3, 17, 9, 30), clock=clock).interaction
    (thanks,) = [i for i in followups.all_open(clock=clock) if i.kind == "thank_you"]
    assert thanks.due == D(2026, 3, 17)
    previous = planned_meetings.move(coffee.id, T(2026, 3, 19, 15, 0), clock=clock)
    assert previous == T(2026, 3, 17, 9, 30)
    assert Interaction.get_by_id(coffee.id).occurred_at == T(2026, 3, 19, 15, 0)
    assert [i.due for i in followups.all_open(clock=clock) if i.kind == "thank_you"] == [D(2026, 3, 19)]
    planned_meetings.move(coffee.id, previous, clock=clock, check=False)
    assert Interaction.get_by_id(coffee.id).occurred_at == T(2026, 3, 17, 9, 30)
    assert [i.due for i in followups.all_open(clock=clock) if i.kind == "thank_you"] == [D(2026, 3, 17)]
    assert FollowUp.select().where(FollowUp.kind == "thank_you").count() == 1


def test_a_move_that_makes_no_sense_is_refused_and_changes_nothing(astrid, clock):
    coffee = log_interaction(astrid.id, "coffee", when=T(2026, 3, 17, 9, 30), clock=clock).interaction
    past = log_interaction(astrid.id, "coffee", when=T(2026, 3, 12, 9, 30), clock=clock).interaction
    email = log_interaction(astrid.id, "email", when=T(2026, 3, 17, 9, 30), clock=clock).interaction
    for interaction_id, when, why in [
        (coffee.id, T(2026, 3, 16, 9, 0), "has passed"),  # the fixture clock says 10:30
        (past.id, T(2026, 3, 20, 9, 0), "already happened"),
        (email.id, T(2026, 3, 20, 9, 0), "only a call"),
        (999, T(2026, 3, 20, 9, 0), "no interaction"),
        (coffee.id, "tomorrow", "not a local date"),
    ]:
        with pytest.raises(MeetingError, match=why):
            planned_meetings.move(interaction_id, when, clock=clock)
    assert Interaction.get_by_id(coffee.id).occurred_at == T(2026, 3, 17, 9, 30)
