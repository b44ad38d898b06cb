"""Preferences → Follow-up rules as one core use case: validate, store in one transaction, re-run the rules."""

import dataclasses
import datetime as dt

import pytest

from app.core.changes import NOTHING, Changes
from app.core.contacts.contact_data import ContactData
from app.core.contacts.interactions import log_interaction
from app.core.contacts.service import create_contact
from app.core.followups import rule_settings
from app.core.followups.rule_settings_change import (
    CircleCadenceError,
    change_rule_settings,
    load_cadences,
)
from app.models import Circle, FollowUp


@pytest.fixture
def family(db):
    """The Family circle of a new database, its cadence set to 30 days."""
    Circle.update(keep_in_touch_days=30).where(Circle.name == "Family").execute()
    return Circle.get(Circle.name == "Family")


def test_load_cadences_lists_the_circles_in_their_order(family):
    cadences = load_cadences()
    expected = [c.name for c in Circle.select().order_by(Circle.position, Circle.name)]
    assert [c.name for c in cadences.circles] == expected and len(expected) > 1
    mine = next(c for c in cadences.circles if c.circle_id == family.id)
    assert (mine.ideal_days, mine.max_days) == (30, None)
    assert cadences.default_days > 0


def test_nothing_changed_writes_nothing(family, clock):
    cadences = load_cadences()
    result = change_rule_settings(rule_settings.load(), cadences.default_days, cadences.circles, clock)
    assert result == NOTHING


def test_a_change_is_stored_moves_open_follow_ups_and_says_what_changed(family, clock):
    ada = create_contact(ContactData(given_name="Ada", family_name="Okafor"), clock=clock)
    log_interaction(ada.id, "sent", when=dt.datetime(2026, 3, 16, 9), clock=clock)
    before = FollowUp.get(FollowUp.kind == "reminder").due
    cadences = load_cadences()
    circles = [
        dataclasses.replace(c, ideal_days=60, max_days=0) if c.circle_id == family.id else c for c in cadences.circles
    ]
    new = rule_settings.load().with_days("reminder", 10)
    result = change_rule_settings(new, 45, circles, clock)
    assert result == Changes.of("followups", "contacts")
    assert rule_settings.load().offset("reminder") == 10
    assert FollowUp.get(FollowUp.kind == "reminder").due == before + dt.timedelta(days=3)
    stored = Circle.get_by_id(family.id)
    assert (stored.keep_in_touch_days, stored.keep_in_touch_max_days) == (60, None)  # zero counts as unset
    assert load_cadences().default_days == 45


def test_a_maximum_below_the_ideal_is_refused_and_nothing_is_written(family, clock):
    cadences = load_cadences()
    circles = [
        dataclasses.replace(c, ideal_days=100, max_days=50) if c.circle_id == family.id else c for c in cadences.circles
    ]
    with pytest.raises(CircleCadenceError) as refused:
        change_rule_settings(rule_settings.load().with_days("reminder", 10), 45, circles, clock)
    assert (refused.value.circle, refused.value.ideal_days, refused.value.max_days) == ("Family", 100, 50)
    assert rule_settings.load().offset("reminder") == 7
    assert Circle.get_by_id(family.id).keep_in_touch_days == 30


def test_an_out_of_range_offset_is_refused_in_the_same_transaction(family, clock):
    cadences = load_cadences()
    with pytest.raises(rule_settings.RuleSettingsError):
        change_rule_settings(rule_settings.load().with_days("reminder", 999), 45, cadences.circles, clock)
    assert load_cadences().default_days == cadences.default_days
