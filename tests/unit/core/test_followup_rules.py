"""The networking rules of DESIGN §4, each with an injected clock and its day boundaries."""

import datetime as dt

import pytest

from app.core.clock import FixedClock
from app.core.contacts.contact_data import ContactData
from app.core.contacts.interactions import delete_interaction, log_interaction, update_interaction
from app.core.contacts.service import create_contact, update_contact
from app.core.followups import rule_settings
from app.core.followups import rules as followup_rules
from app.models import CONVERSATION_KINDS, Circle, Contact, FollowUp, Setting

D = dt.date


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def person(clock, name="Ada Okafor", **fields) -> Contact:
    given, _, family = name.partition(" ")
    return create_contact(ContactData(given_name=given, family_name=family, **fields), clock=clock)


def open_of(kind: str, contact: Contact | None = None) -> list[FollowUp]:
    query = FollowUp.select().where(FollowUp.kind == kind, FollowUp.status == "open")
    if contact is not None:
        query = query.where(FollowUp.contact == contact.id)
    return list(query.order_by(FollowUp.id))


def only(kind: str, contact: Contact | None = None) -> FollowUp:
    rows = open_of(kind, contact)
    assert len(rows) == 1, f"expected one open {kind}, got {[r.title for r in rows]}"
    return rows[0]


# --- thank_you ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", CONVERSATION_KINDS)
def test_every_conversation_calls_for_a_thank_you_the_same_day(db, clock, kind):
    ada = person(clock)
    logged = log_interaction(ada.id, kind, when=at("2026-03-16T08:00"), clock=clock)
    thanks = only("thank_you", ada)
    assert thanks.due == D(2026, 3, 16)
    assert thanks.original_due == D(2026, 3, 16)
    assert thanks.title == "Send thank-you to Ada Okafor"
    assert thanks.source_interaction_id == logged.interaction.id
    assert sorted(f.kind for f in logged.followups if f.contact_id == ada.id) == ["keep_in_touch", "thank_you"]


@pytest.mark.parametrize("kind", ["email", "message", "sent", "introduction", "referral_given", "other"])
def test_non_conversations_need_no_thank_you(db, clock, kind):
    ada = person(clock)
    log_interaction(ada.id, kind, when=at("2026-03-16T08:00"), clock=clock)
    assert open_of("thank_you") == []


def test_late_evening_coffee_is_thanked_that_same_day_not_the_next(db, clock):
    ada = person(clock)
    log_interaction(ada.id, "coffee", when=at("2026-03-15T23:59"), clock=clock)
    log_interaction(ada.id, "lunch", when=at("2026-03-16T00:00"), clock=clock)
    assert [f.due for f in open_of("thank_you", ada)] == [D(2026, 3, 15), D(2026, 3, 16)]


def test_thank_you_for_a_conversation_three_days_ago_is_overdue(db, clock):
    ada = person(clock)
    log_interaction(ada.id, "coffee", when=at("2026-03-13T10:00"), clock=clock)
    assert only("thank_you", ada).due == D(2026, 3, 13) < clock.today()


def test_old_history_does_not_create_stale_follow_ups(db, clock):
    ada = person(clock)
    log_interaction(ada.id, "coffee", when=at("2026-02-14T10:00"), clock=clock)  # 30 days ago: still due
    log_interaction(ada.id, "coffee", when=at("2026-02-13T10:00"), clock=clock)  # 31 days ago: stale
    assert [f.due for f in open_of("thank_you", ada)] == [D(2026, 2, 14)]


# --- reminder ----------------------------------------------------------------------------------------------------
def test_sending_something_calls_for_a_friendly_reminder_seven_days_later(db, clock):
    ada = person(clock)
    log_interaction(ada.id, "sent", when=at("2026-03-14T09:00"), summary="Sent my target company list", clock=clock)
    reminder = only("reminder", ada)
    assert reminder.due == D(2026, 3, 21)
    assert reminder.title == "Friendly reminder to Ada Okafor about my target company list"


@pytest.mark.parametrize(
    ("sent", "due"),
    [
        ("2026-03-28T09:00", D(2026, 4, 4)),  # across a month end
        ("2026-12-28T09:00", D(2027, 1, 4)),  # across a year end
        ("2028-02-22T09:00", D(2028, 2, 29)),  # onto a leap day
        ("2028-02-25T09:00", D(2028, 3, 3)),  # across a leap day
        ("2027-02-25T09:00", D(2027, 3, 4)),  # across February in a common year
    ],
)
def test_reminder_day_arithmetic_over_month_ends_and_leap_days(db, sent, due):
    clock = FixedClock(sent)
    ada = person(clock)
    log_interaction(ada.id, "sent", when=at(sent), clock=clock)
    assert only("reminder", ada).due == due


@pytest.mark.parametrize(
    "when",
    [
        "2026-03-29T02:30",  # Europe springs forward at 02:00 (a local time that does not exist there)
        "2026-03-08T02:30",  # the US springs forward
        "2026-10-25T02:30",  # Europe falls back (a local time that happens twice)
    ],
)
def test_daylight_saving_changes_do_not_shift_rule_days(db, when):
    clock = FixedClock(when)
    ada = person(clock)
    log_interaction(ada.id, "coffee", when=at(when), clock=clock)
    log_interaction(ada.id, "sent", when=at(when), clock=clock)
    day = at(when).date()
    assert only("thank_you", ada).due == day
    assert only("reminder", ada).due == day + dt.timedelta(days=7)


def test_changing_the_kind_swaps_the_follow_up(db, clock):
    ada = person(clock)
    logged = log_interaction(ada.id, "sent", when=at("2026-03-16T09:00"), clock=clock)
    update_interaction(logged.interaction.id, kind="coffee", when=at("2026-03-16T09:00"), clock=clock)
    assert open_of("reminder") == []
    assert only("thank_you", ada).due == D(2026, 3, 16)


def test_editing_the_date_moves_the_open_follow_up_but_not_a_snoozed_day(db, clock):
    ada = person(clock)
    logged = log_interaction(ada.id, "sent", when=at("2026-03-16T09:00"), clock=clock)
    update_interaction(logged.interaction.id, kind="sent", when=at("2026-03-17T09:00"), clock=clock)
    reminder = only("reminder", ada)
    assert (reminder.due, reminder.original_due) == (D(2026, 3, 24), D(2026, 3, 24))
    FollowUp.update(due=D(2026, 3, 30), snoozed_until=D(2026, 3, 30)).where(FollowUp.id == reminder.id).execute()
    update_interaction(logged.interaction.id, kind="sent", when=at("2026-03-18T09:00"), clock=clock)
    reminder = FollowUp.get_by_id(reminder.id)
    assert (reminder.due, reminder.original_due) == (D(2026, 3, 30), D(2026, 3, 25))


def test_deleting_the_interaction_removes_its_open_follow_up_but_keeps_done_ones(db, clock):
    ada = person(clock)
    first = log_interaction(ada.id, "sent", when=at("2026-03-16T09:00"), clock=clock)
    second = log_interaction(ada.id, "coffee", when=at("2026-03-16T11:00"), clock=clock)
    done = only("thank_you", ada)
    FollowUp.update(status="done").where(FollowUp.id == done.id).execute()
    delete_interaction(first.interaction.id, clock=clock)
    delete_interaction(second.interaction.id, clock=clock)
    assert open_of("reminder") == []
    kept = FollowUp.get_by_id(done.id)
    assert kept.status == "done" and kept.source_interaction_id is None


# --- call_referral and update_referrer ----------------------------------------------------------------------------
def test_a_new_referral_is_to_be_contacted_within_three_days(db, clock):
    joe = person(clock, "Joe Park")
    ada = person(clock, referred_by_id=joe.id)
    task = only("call_referral", ada)
    assert task.due == D(2026, 3, 19)
    assert task.title == "Contact Ada Okafor (referred by Joe Park)"


def test_setting_referred_by_on_an_edit_creates_it_once(db, clock):
    joe = person(clock, "Joe Park")
    ada = person(clock)
    assert open_of("call_referral") == []
    data = ContactData.from_contact(ada)
    data.referred_by_id = joe.id
    update_contact(ada.id, data, clock=clock)
    clock.advance(days=1)
    data.notes = "edited again"
    update_contact(ada.id, data, clock=clock)
    assert only("call_referral", ada).due == D(2026, 3, 19)


def test_changing_or_clearing_the_referrer_updates_the_task(db, clock):
    joe, mia = person(clock, "Joe Park"), person(clock, "Mia Chen")
    ada = person(clock, referred_by_id=joe.id)
    data = ContactData.from_contact(ada)
    data.referred_by_id = mia.id
    update_contact(ada.id, data, clock=clock)
    assert only("call_referral", ada).title == "Contact Ada Okafor (referred by Mia Chen)"
    data.referred_by_id = None
    update_contact(ada.id, data, clock=clock)
    assert open_of("call_referral") == []


def test_contacting_the_referral_completes_the_task(db, clock):
    joe = person(clock, "Joe Park")
    ada = person(clock, referred_by_id=joe.id)
    log_interaction(ada.id, "call", when=at("2026-03-17T09:00"), clock=clock)
    assert open_of("call_referral") == []
    assert FollowUp.get(FollowUp.kind == "call_referral").status == "done"


def test_first_conversation_with_a_referral_prompts_an_update_to_the_referrer(db, clock):
    joe = person(clock, "Joe Park")
    ada = person(clock, referred_by_id=joe.id)
    log_interaction(ada.id, "email", when=at("2026-03-16T08:00"), clock=clock)
    assert open_of("update_referrer") == []
    log_interaction(ada.id, "meeting", when=at("2026-03-16T10:00"), clock=clock)
    log_interaction(ada.id, "call", when=at("2026-03-18T10:00"), clock=clock)
    task = only("update_referrer")
    assert task.contact_id == joe.id
    assert task.due == D(2026, 3, 17)
    assert task.title == "Tell Joe Park how it went with Ada Okafor"


def test_no_update_referrer_without_a_referrer(db, clock):
    ada = person(clock)
    log_interaction(ada.id, "meeting", when=at("2026-03-16T10:00"), clock=clock)
    assert open_of("update_referrer") == []


# --- thank_connection and review_invitation ------------------------------------------------------------------
def test_an_accepted_invitation_calls_for_a_thank_you_the_next_day(db, clock):
    ada = person(clock, invitation_status="sent", invitation_date=D(2026, 3, 1))
    data = ContactData.from_contact(ada)
    data.invitation_status = "accepted"
    update_contact(ada.id, data, clock=clock)
    task = only("thank_connection", ada)
    assert task.due == D(2026, 3, 17)
    update_contact(ada.id, data, clock=clock)
    assert len(open_of("thank_connection")) == 1


def test_importing_old_connections_does_not_ask_to_thank_them(db, clock):
    person(clock, "Old Friend", invitation_status="accepted", invitation_date=D(2024, 5, 1))
    recent = person(clock, "New Friend", invitation_status="accepted", invitation_date=D(2026, 3, 14))
    assert [f.contact_id for f in open_of("thank_connection")] == [recent.id]
    assert only("thank_connection").due == D(2026, 3, 16)  # the rule's 15 March had passed when they arrived


def test_a_pending_invitation_is_reviewed_after_sixty_days_and_dropped_once_answered(db, clock):
    ada = person(clock, invitation_status="sent", invitation_date=D(2026, 2, 1))
    assert only("review_invitation", ada).due == D(2026, 4, 2)
    data = ContactData.from_contact(ada)
    data.invitation_status = "accepted"
    update_contact(ada.id, data, clock=clock)
    assert open_of("review_invitation") == []


def test_run_all_finds_pending_invitations_written_without_hooks(db, clock):
    Contact.create(given_name="Bulk", invitation_status="sent", invitation_date=D(2025, 12, 31))
    run = followup_rules.run_all(clock)
    assert run.created >= 1
    assert only("review_invitation").due == D(2026, 3, 16)  # 1 March had passed: due the day it is made


# --- monthly_update -----------------------------------------------------------------------------------------------
def test_monthly_update_falls_on_the_first_monday(db, clock):
    person(clock, stage="talked")
    followup_rules.run_all(clock)
    days = [f.due for f in open_of("monthly_update")]
    # March's first Monday (the 2nd) had passed when the first update was made: it is due today, not overdue
    assert days == [D(2026, 3, 16), D(2026, 4, 6), D(2026, 5, 4)]
    clock.advance(days=1)
    followup_rules.run_all(clock)
    assert [f.due for f in open_of("monthly_update")] == days  # and it stays on that day
    assert all(f.contact_id is None and f.recurrence for f in open_of("monthly_update"))


def test_monthly_update_when_the_month_starts_on_a_monday_and_over_the_year_end(db):
    clock = FixedClock("2026-06-01T08:00")  # 1 June 2026 is a Monday
    Contact.create(given_name="T", stage="met")
    followup_rules.run_all(clock)
    assert open_of("monthly_update")[0].due == D(2026, 6, 1)
    clock = FixedClock("2026-11-20T08:00")
    followup_rules.run_all(clock)
    assert [f.rule_key for f in open_of("monthly_update")][-1] == "monthly_update:2027-01"
    assert [f.due for f in open_of("monthly_update")][-1] == D(2027, 1, 4)


def test_monthly_update_needs_someone_to_update(db, clock):
    person(clock, stage="prospect")
    followup_rules.run_all(clock)
    assert open_of("monthly_update") == []


def test_an_older_open_monthly_update_is_superseded_by_the_new_month(db, clock):
    person(clock, stage="ally")
    followup_rules.run_all(clock)
    clock.advance(days=30)  # 15 April
    followup_rules.run_all(clock)
    march = FollowUp.get(FollowUp.rule_key == "monthly_update:2026-03")
    assert march.status == "dismissed"
    assert FollowUp.get(FollowUp.rule_key == "monthly_update:2026-06").due == D(2026, 6, 1)


# --- keep_in_touch ------------------------------------------------------------------------------------------------
def test_reconnect_falls_due_when_the_cadence_is_reached(db, clock):
    family = Circle.get(Circle.name == "Family")  # 90 days
    ada = person(clock, circles=[family.name])
    assert open_of("keep_in_touch") == []  # no relationship yet: no reminder
    log_interaction(ada.id, "email", when=at("2026-03-10T09:00"), clock=clock)
    task = only("keep_in_touch", ada)
    assert task.due == D(2026, 6, 8)
    assert task.title == "Reconnect with Ada Okafor"


def test_any_interaction_restarts_the_keep_in_touch_clock(db, clock):
    ada = person(clock, keep_in_touch_days=30)
    assert only("keep_in_touch", ada).due == D(2026, 4, 15)  # own cadence counts from creation
    log_interaction(ada.id, "message", when=at("2026-03-16T09:00"), clock=clock)
    FollowUp.update(due=D(2026, 4, 20), snoozed_until=D(2026, 4, 20)).where(FollowUp.kind == "keep_in_touch").execute()
    clock.advance(days=10)
    log_interaction(ada.id, "other", when=clock.now(), clock=clock)
    task = only("keep_in_touch", ada)
    assert (task.due, task.snoozed_until) == (D(2026, 4, 25), None)


def test_deleting_the_latest_interaction_puts_the_clock_back(db, clock):
    ada = person(clock, keep_in_touch_days=30)
    log_interaction(ada.id, "call", when=at("2026-03-01T09:00"), clock=clock)
    latest = log_interaction(ada.id, "call", when=at("2026-03-15T09:00"), clock=clock)
    assert only("keep_in_touch", ada).due == D(2026, 4, 14)
    delete_interaction(latest.interaction.id, clock=clock)
    assert only("keep_in_touch", ada).due == D(2026, 3, 31)


def test_closing_a_reconnect_starts_the_next_cycle_from_that_day(db, clock):
    ada = person(clock, keep_in_touch_days=30)
    log_interaction(ada.id, "call", when=at("2026-01-01T09:00"), clock=clock)
    task = only("keep_in_touch", ada)
    assert task.due == D(2026, 1, 31)
    FollowUp.update(status="dismissed", completed_at=clock.now()).where(FollowUp.id == task.id).execute()
    followup_rules.run_all(clock)
    assert only("keep_in_touch", ada).due == D(2026, 4, 15)


def test_changing_the_contacts_cadence_moves_the_reconnect(db, clock):
    ada = person(clock)
    log_interaction(ada.id, "call", when=at("2026-03-16T09:00"), clock=clock)
    assert only("keep_in_touch", ada).due == D(2027, 3, 16)  # default 365 days
    data = ContactData.from_contact(ada)
    data.keep_in_touch_days = 60
    update_contact(ada.id, data, clock=clock)
    assert only("keep_in_touch", ada).due == D(2026, 5, 15)


def test_trashed_contacts_lose_their_reconnect_on_the_next_run(db, clock):
    from app.core.contacts.service import trash_contacts

    ada = person(clock, keep_in_touch_days=30)
    trash_contacts([ada.id], clock=clock)
    followup_rules.run_all(clock)
    assert open_of("keep_in_touch") == []


# --- idempotence and settings --------------------------------------------------------------------------------
def test_run_all_twice_changes_nothing_the_second_time(db, clock):
    joe = person(clock, "Joe Park", stage="talked")
    for i in range(5):
        c = person(clock, f"P{i} X", referred_by_id=joe.id, invitation_status="sent", invitation_date=D(2026, 1, 2))
        log_interaction(c.id, "coffee", when=at("2026-03-10T09:00"), clock=clock)
    Contact.create(given_name="Written", family_name="Without hooks", invitation_status="sent")
    first = followup_rules.run_all(clock)
    count = FollowUp.select().count()
    second = followup_rules.run_all(clock)
    assert first.changed and not second.changed
    assert FollowUp.select().count() == count


def test_rule_keys_are_unique_so_a_rule_never_duplicates(db, clock):
    ada = person(clock)
    logged = log_interaction(ada.id, "coffee", when=at("2026-03-16T09:00"), clock=clock)
    for _ in range(3):
        followup_rules.interaction_saved(logged.interaction, clock=clock)
    assert len(open_of("thank_you")) == 1
    keys = [k for (k,) in FollowUp.select(FollowUp.rule_key).where(FollowUp.rule_key.is_null(False)).tuples()]
    assert len(keys) == len(set(keys))


def test_done_follow_ups_are_never_made_again(db, clock):
    ada = person(clock)
    logged = log_interaction(ada.id, "coffee", when=at("2026-03-16T09:00"), clock=clock)
    FollowUp.update(status="done").where(FollowUp.kind == "thank_you").execute()
    update_interaction(logged.interaction.id, kind="coffee", when=at("2026-03-16T10:00"), clock=clock)
    assert open_of("thank_you") == []


def test_renaming_a_contact_renames_its_open_follow_ups(db, clock):
    ada = person(clock)
    log_interaction(ada.id, "sent", when=at("2026-03-16T09:00"), summary="CV", clock=clock)
    data = ContactData.from_contact(ada)
    data.display_name = "Adaeze Okafor"
    update_contact(ada.id, data, clock=clock)
    assert only("reminder").title == "Friendly reminder to Adaeze Okafor about CV"


def test_cadences_come_from_settings_and_a_change_moves_open_items(db, clock):
    ada = person(clock)
    old = rule_settings.load()
    new = old.with_days("reminder", 10)
    rule_settings.save(new)
    log_interaction(ada.id, "sent", when=at("2026-03-16T09:00"), clock=clock)
    assert only("reminder").due == D(2026, 3, 26)
    followup_rules.apply_cadence_change(new, new.with_days("reminder", 8))
    assert only("reminder").due == D(2026, 3, 24)


def test_a_rule_switched_off_makes_nothing(db, clock):
    rule_settings.save(rule_settings.load().with_enabled("thank_you", False))
    ada = person(clock)
    log_interaction(ada.id, "coffee", clock=clock)
    assert open_of("thank_you") == []


@pytest.mark.parametrize(
    "stored",
    ['"nonsense"', '{"days": {"reminder": -4, "thank_you": "x"}}', '{"days": [], "enabled": {"reminder": 3}}', "[1"],
)
def test_damaged_settings_fall_back_to_defaults(db, stored):
    Setting.insert(key=rule_settings.SETTING_KEY, value=stored).on_conflict_replace().execute()
    settings = rule_settings.load()
    assert settings.offset("reminder") == 7
    assert settings.offset("thank_you") == 0
    assert settings.is_on("reminder")


def test_out_of_range_settings_are_refused_with_the_rule_named(db):
    with pytest.raises(rule_settings.RuleSettingsError, match="Friendly reminder"):
        rule_settings.save(rule_settings.load().with_days("reminder", 400))
    assert rule_settings.load().offset("reminder") == 7
