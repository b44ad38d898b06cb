"""Introductions: double-opt-in drafts from the templates, logged for both people, a check-in with each a week on."""

import datetime as dt

import pytest

from app.core.changes import Changes
from app.core.coach import introductions, templates
from app.core.contacts.contact_data import ContactData, EmailEntry
from app.core.contacts.interactions import log_interaction
from app.core.contacts.service import create_contact
from app.models import FollowUp, Interaction, LedgerEntry, Profile, Template


@pytest.fixture
def pair(db, clock):
    me = Profile.get_me()
    me.name = "Sam Rivera"
    me.save()
    ada = create_contact(
        ContactData(given_name="Ada", family_name="Okafor", emails=[EmailEntry("ada@example.com", "", True)]),
        clock=clock,
    ).id
    ben = create_contact(
        ContactData(given_name="Ben", family_name="Ito", emails=[EmailEntry("ben@example.org", "", True)]),
        clock=clock,
    ).id
    return ada, ben


def test_the_templates_ship_an_ask_first_and_an_introduction(db):
    assert templates.for_kind("intro_ask") is not None
    intro = templates.for_kind("introduction")
    assert "{why_meet}" in intro.body
    assert templates.builtin_default("intro_ask", "Ask before introducing (double opt-in)").subject.startswith("Would")


def test_drafts_ask_each_person_then_introduce_both(pair, clock):
    ada, ben = pair
    drafts = introductions.drafts(ada, ben, "Both of you are rebuilding warehouse planning", clock=clock)
    assert drafts.ask_a.to == ("ada@example.com",)
    assert drafts.ask_a.subject == "Would you like to meet Ben Ito?"
    assert drafts.ask_a.body.startswith("Hi Ada,")
    assert "Both of you are rebuilding warehouse planning." in drafts.ask_a.body
    assert drafts.ask_b.to == ("ben@example.org",)
    assert drafts.ask_b.body.startswith("Hi Ben,") and "meeting Ada Okafor" in drafts.ask_b.body
    assert drafts.intro.to == ("ada@example.com", "ben@example.org")
    assert drafts.intro.subject == "Introduction: Ada, meet Ben Ito"
    assert drafts.intro.body.rstrip().endswith("Sam Rivera")
    assert drafts.intro.missing == ()


def test_without_a_reason_the_draft_shows_what_to_fill_in(pair, clock):
    drafts = introductions.drafts(*pair, clock=clock)
    assert "[why you two should meet]" in drafts.intro.body
    assert "why_meet" in drafts.intro.missing


def test_deleted_templates_fall_back_to_the_built_in_words(pair, clock):
    Template.delete().where(Template.kind.in_(["intro_ask", "introduction"])).execute()
    drafts = introductions.drafts(*pair, "You both love logistics", clock=clock)
    assert drafts.ask_a.subject == "Would you like to meet Ben Ito?"
    assert "You both love logistics." in drafts.intro.body


def test_an_introduction_is_logged_for_both_with_a_give_and_a_check_in_each(pair, clock):
    ada, ben = pair
    done = introductions.introduce(ada, ben, why="both in robotics", clock=clock)
    on_ada = Interaction.get(Interaction.contact == ada)
    on_ben = Interaction.get(Interaction.contact == ben)
    assert (on_ada.kind, on_ada.other_contact_id, on_ada.summary) == (
        "introduction",
        ben,
        "Introduced to Ben Ito — both in robotics.",
    )
    assert (on_ben.other_contact_id, on_ben.summary) == (ada, "Introduced to Ada Okafor — both in robotics.")
    gives = {e.contact_id: e for e in LedgerEntry.select()}
    assert gives[ada].direction == "gave" and gives[ada].done
    assert gives[ada].what == "Introduced them to Ben Ito — both in robotics."
    assert gives[ben].interaction_id == on_ben.id
    check_ins = introductions.check_in_followups(done)
    assert [(f.contact_id, f.due, f.title) for f in check_ins] == [
        (ada, dt.date(2026, 3, 23), "Ask Ada Okafor how the introduction to Ben Ito went"),
        (ben, dt.date(2026, 3, 23), "Ask Ben Ito how the introduction to Ada Okafor went"),
    ]
    assert {f.id for f in check_ins} <= set(done.followup_ids)


def test_undo_removes_everything_and_redo_puts_it_back_with_the_same_ids(pair, clock):
    done = introductions.introduce(*pair, clock=clock)
    assert done.changes == Changes.of("interactions", "followups", contact_ids=pair)
    assert introductions.undo_introduction(done, clock=clock) == done.changes
    assert Interaction.select().count() == 0 and LedgerEntry.select().count() == 0
    assert FollowUp.select().where(FollowUp.rule == "introduction").count() == 0
    again = introductions.redo_introduction(done, clock=clock)
    assert again.interactions == done.interactions
    assert [e.id for e in LedgerEntry.select().order_by(LedgerEntry.id)] == [e.id for e in done.entries]
    assert len(introductions.check_in_followups(again)) == 2


def test_an_introduction_with_a_reminder_is_one_use_case_undone_and_redone_whole(pair, clock):
    ada, ben = pair
    due = dt.date(2026, 4, 1)
    done = introductions.introduce(ada, ben, clock=clock, remind_on=due, remind_title="Follow up with Ada")
    reminder = FollowUp.get(FollowUp.kind == "custom")
    assert (reminder.contact_id, reminder.due, reminder.title) == (ada, due, "Follow up with Ada")
    assert done.reminder is not None and done.reminder.followup_id == reminder.id
    introductions.undo_introduction(done, clock=clock)
    assert FollowUp.select().where(FollowUp.kind == "custom").count() == 0
    again = introductions.redo_introduction(done, clock=clock)
    back = FollowUp.get(FollowUp.kind == "custom")
    assert (back.contact_id, back.due, back.uid) == (ada, due, reminder.uid)  # the calendar keeps its UID
    assert again.reminder is not None and again.reminder.followup_id == back.id


def test_a_refused_reminder_logs_no_introduction(pair, clock):
    from app.core.followups.reminders import ReminderError

    with pytest.raises(ReminderError):
        introductions.introduce(*pair, clock=clock, remind_on=dt.date(2026, 4, 1), remind_title="  ")
    assert Interaction.select().count() == 0 and LedgerEntry.select().count() == 0
    assert FollowUp.select().count() == 0


@pytest.mark.parametrize("which", ["same", "missing", "trashed"])
def test_impossible_introductions_write_nothing(pair, clock, which):
    ada, ben = pair
    if which == "trashed":
        from app.core.contacts.service import trash_contacts

        trash_contacts([ben], clock=clock)
    other = {"same": ada, "missing": 999, "trashed": ben}[which]
    with pytest.raises(introductions.IntroductionError):
        introductions.introduce(ada, other, clock=clock)
    assert Interaction.select().count() == 0 and LedgerEntry.select().count() == 0


def test_the_rule_checks_in_after_an_introduction_logged_by_hand(pair, clock):
    ada, ben = pair
    logged = log_interaction(ada, "introduction", when=dt.datetime(2026, 3, 16, 9), other_contact_id=ben, clock=clock)
    [check_in] = [f for f in logged.followups if f.rule == "introduction"]
    assert check_in.contact_id == ada and check_in.due == dt.date(2026, 3, 23)
    assert check_in.rule_key == f"introduction:interaction:{logged.interaction.id}"


def test_an_introduction_without_the_other_person_asks_for_no_check_in(pair, clock):
    logged = log_interaction(pair[0], "introduction", when=dt.datetime(2026, 3, 16, 9), clock=clock)
    assert not [f for f in logged.followups if f.rule == "introduction"]


def test_an_old_introduction_asks_for_no_stale_check_in(pair, clock):
    logged = log_interaction(
        pair[0], "introduction", when=dt.datetime(2025, 12, 1), other_contact_id=pair[1], clock=clock
    )
    assert not [f for f in logged.followups if f.rule == "introduction"]
