"""The yearly "Wish X a happy birthday" follow-up (issue 15): one open per person per year, on the day or N days
ahead, moved or removed with the birthday, made for imports only where there is a birthday."""

import dataclasses
import datetime as dt

import pytest

from app.core.clock import FixedClock
from app.core.contacts.bulk_create import create_contacts
from app.core.contacts.contact_data import ContactData, DateEntry
from app.core.contacts.service import create_contact, restore_contacts, trash_contacts, update_contact, validate
from app.core.followups import birthdays, rule_settings
from app.core.followups import rules as followup_rules
from app.core.followups import service as followups
from app.core.followups import writes as followup_writes
from app.models import Contact, FollowUp, Setting

D = dt.date


def person(clock, name="Ada Okafor", birthday: DateEntry | None = None, **fields) -> Contact:
    given, _, family = name.partition(" ")
    dates = [birthday] if birthday is not None else []
    return create_contact(ContactData(given_name=given, family_name=family, dates=dates, **fields), clock=clock)


def wishes(contact: Contact | None = None, status: str = "open") -> list[FollowUp]:
    query = FollowUp.select().where(FollowUp.rule == "birthday", FollowUp.status == status)
    if contact is not None:
        query = query.where(FollowUp.contact == contact.id)
    return list(query.order_by(FollowUp.id))


def only(contact: Contact) -> FollowUp:
    rows = wishes(contact)
    assert len(rows) == 1, [(r.rule_key, r.due) for r in rows]
    return rows[0]


def set_birthday(contact: Contact, entry: DateEntry | None, clock) -> None:
    data = ContactData.from_contact(Contact.get_by_id(contact.id))
    data.dates = [d for d in data.dates if d.kind != "birthday"] + ([entry] if entry else [])
    update_contact(contact.id, data, clock=clock)


def settings_with(**changes) -> None:
    settings = rule_settings.load()
    for name, on in changes.pop("enabled", {}).items():
        settings = settings.with_enabled(name, on)
    if "ahead" in changes:
        settings = dataclasses.replace(settings, birthday_days_ahead=changes["ahead"])
    rule_settings.save(settings)


# --- dates ---------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("month", "day", "today", "expected"),
    [
        (4, 12, D(2026, 3, 16), D(2026, 4, 12)),
        (3, 16, D(2026, 3, 16), D(2026, 3, 16)),  # today is the day
        (3, 15, D(2026, 3, 16), D(2027, 3, 15)),  # yesterday: next year
        (2, 29, D(2026, 3, 16), D(2027, 2, 28)),  # no 29 February in 2027
        (2, 29, D(2027, 3, 16), D(2028, 2, 29)),  # 2028 has one
        (2, 29, D(2027, 2, 28), D(2027, 2, 28)),
        (12, 31, D(2026, 12, 31), D(2026, 12, 31)),
        (1, 1, D(2026, 12, 31), D(2027, 1, 1)),
    ],
)
def test_next_birthday(month, day, today, expected):
    assert birthdays.next_occurrence(month, day, today) == expected


def test_age_at_the_next_birthday():
    assert birthdays.turns(1985, 4, 12, D(2026, 3, 16)) == 41
    assert birthdays.turns(1985, 3, 16, D(2026, 3, 16)) == 41  # on the day
    assert birthdays.turns(1985, 3, 15, D(2026, 3, 16)) == 42  # next one is in 2027
    assert birthdays.turns(None, 4, 12, D(2026, 3, 16)) is None
    assert birthdays.turns(2030, 4, 12, D(2026, 3, 16)) is None  # a year in the future is no age


# --- the rule ----------------------------------------------------------------------------------------------------
def test_a_birthday_gets_a_wish_on_the_day(db, clock):
    ada = person(clock, birthday=DateEntry(4, 12, 1985))
    wish = only(ada)
    assert wish.title == "Wish Ada Okafor a happy birthday"
    assert (wish.due, wish.original_due, wish.kind) == (D(2026, 4, 12), D(2026, 4, 12), "birthday")
    assert wish.rule_key == f"birthday:contact:{ada.id}:2026"


def test_no_birthday_no_wish(db, clock):
    ada = person(clock)
    data = ContactData.from_contact(ada)
    data.dates = [DateEntry(6, 3, 2010, "anniversary")]
    update_contact(ada.id, data, clock=clock)
    assert wishes() == []


def test_the_rule_is_idempotent(db, clock):
    ada = person(clock, birthday=DateEntry(4, 12))
    for _ in range(3):
        followup_rules.run_all(clock)
        update_contact(ada.id, ContactData.from_contact(Contact.get_by_id(ada.id)), clock=clock)
    assert len(wishes(ada)) == 1
    assert followup_rules.run_all(clock).changed is False


def test_days_ahead_move_the_wish_and_a_near_birthday_is_due_today_not_overdue(db, clock):
    settings_with(ahead=3)
    ada = person(clock, birthday=DateEntry(4, 12))
    assert only(ada).due == D(2026, 4, 9)
    ben = person(clock, "Ben Ito", birthday=DateEntry(3, 17))  # tomorrow: three days ahead was yesterday
    assert only(ben).due == clock.today()
    clock.advance(days=1)
    followup_rules.run_all(clock)
    assert only(ben).due == D(2026, 3, 16)  # stays on the day it was made: not moving every day
    settings_with(ahead=0)
    followup_rules.run_all(clock)
    assert only(ada).due == D(2026, 4, 12)
    assert only(ben).due == D(2026, 3, 17)


def test_a_contact_added_after_their_birthday_gets_next_years(db, clock):
    ada = person(clock, birthday=DateEntry(3, 10, 1990))
    wish = only(ada)
    assert wish.due == D(2027, 3, 10) and wish.rule_key.endswith(":2027")


def test_editing_the_birthday_moves_the_wish_and_removing_it_removes_it(db, clock):
    ada = person(clock, birthday=DateEntry(4, 12))
    set_birthday(ada, DateEntry(5, 1), clock)
    assert only(ada).due == D(2026, 5, 1)
    set_birthday(ada, None, clock)
    assert wishes(ada) == []


def test_a_wish_marked_done_is_not_made_again_that_year_but_next_year_it_is(db, clock):
    ada = person(clock, birthday=DateEntry(3, 16))
    wish = only(ada)
    assert wish.due == D(2026, 3, 16)
    followup_writes.complete([wish.id], clock=clock)
    followup_rules.run_all(clock)
    assert wishes(ada) == []
    clock.advance(days=1)
    followup_rules.run_all(clock)
    assert only(ada).due == D(2027, 3, 16)
    assert [w.rule_key for w in wishes(ada, "done")] == [f"birthday:contact:{ada.id}:2026"]


def test_a_missed_wish_stays_open_a_week_then_moves_to_next_year(db, clock):
    ada = person(clock, birthday=DateEntry(3, 18))
    assert only(ada).due == D(2026, 3, 18)
    clock.advance(days=3)  # 19 March: one day late
    followup_rules.run_all(clock)
    assert only(ada).due == D(2026, 3, 18)
    clock.advance(days=7)  # 26 March: eight days late
    followup_rules.run_all(clock)
    wish = only(ada)
    assert (wish.due, wish.rule_key) == (D(2027, 3, 18), f"birthday:contact:{ada.id}:2027")


def test_29_february_falls_on_28_february_in_other_years(db):
    clock = FixedClock("2027-01-10T09:00:00")
    ada = person(clock, birthday=DateEntry(2, 29, 2000))
    assert only(ada).due == D(2027, 2, 28)
    clock = FixedClock("2027-03-01T09:00:00")
    followup_rules.run_all(clock)
    assert only(ada).due == D(2027, 2, 28)  # belated, still this year's
    clock = FixedClock("2027-03-08T09:00:00")
    followup_rules.run_all(clock)
    assert only(ada).due == D(2028, 2, 29)


def test_turning_the_rule_off_removes_open_wishes_and_on_brings_them_back(db, clock):
    ada = person(clock, birthday=DateEntry(4, 12))
    settings_with(enabled={"birthday": False})
    followup_rules.run_all(clock)
    assert wishes() == []
    person(clock, "Ben Ito", birthday=DateEntry(5, 1))
    assert wishes() == []
    settings_with(enabled={"birthday": True})
    followup_rules.run_all(clock)
    assert len(wishes()) == 2 and only(ada).due == D(2026, 4, 12)


def test_the_trash_hides_the_wish_and_restoring_brings_it_back(db, clock):
    ada = person(clock, birthday=DateEntry(4, 12))
    assert [item.title for item in followups.all_open(clock=clock, kinds=["birthday"])] == [only(ada).title]
    trash_contacts([ada.id], clock=clock)
    assert followups.all_open(clock=clock, kinds=["birthday"]) == []
    followup_rules.run_all(clock)
    assert wishes() == []
    restore_contacts([ada.id])
    followup_rules.run_all(clock)
    assert only(ada).due == D(2026, 4, 12)


def test_renaming_renames_the_wish(db, clock):
    ada = person(clock, birthday=DateEntry(4, 12))
    data = ContactData.from_contact(Contact.get_by_id(ada.id))
    data.given_name = "Adaeze"
    data.display_name = ""
    update_contact(ada.id, data, clock=clock)
    assert only(ada).title == "Wish Adaeze Okafor a happy birthday"


def test_only_the_first_birthday_counts(db, clock):
    ada = create_contact(
        ContactData(given_name="Ada", dates=[DateEntry(4, 12), DateEntry(5, 1, None, "birthday")]), clock=clock
    )
    assert only(ada).due == D(2026, 4, 12)


# --- imports -----------------------------------------------------------------------------------------------------
def test_an_import_makes_wishes_only_for_people_with_a_birthday(db, clock):
    people = [validate(ContactData(given_name=f"P{i}", family_name="Example")) for i in range(1200)]
    people[5].dates = [DateEntry(4, 12, 1985)]
    people[1100].dates = [DateEntry(6, 3, 2010, "anniversary"), DateEntry(3, 1)]  # passed this year: next year's
    ids = create_contacts([(p, "") for p in people], clock=clock)
    made = [(w.contact_id, w.due, w.rule_key, w.title) for w in wishes()]
    assert made == [
        (ids[5], D(2026, 4, 12), f"birthday:contact:{ids[5]}:2026", "Wish P5 Example a happy birthday"),
        (ids[1100], D(2027, 3, 1), f"birthday:contact:{ids[1100]}:2027", "Wish P1100 Example a happy birthday"),
    ]
    assert followup_rules.run_all(clock).changed is False  # the rules pass agrees with what the import made


def test_an_import_within_the_days_ahead_is_due_today(db, clock):
    settings_with(ahead=7)
    ids = create_contacts([(validate(ContactData(given_name="Ada", dates=[DateEntry(3, 18)])), "")], clock=clock)
    assert [(w.contact_id, w.due) for w in wishes()] == [(ids[0], clock.today())]
    assert followup_rules.run_all(clock).changed is False


def test_an_import_without_birthdays_does_no_birthday_work(db, clock, monkeypatch):
    monkeypatch.setattr(birthdays, "insert_rows", lambda rows: rows and pytest.fail("no birthday, nothing to insert"))
    monkeypatch.setattr(birthdays, "birthday_rule", lambda *a: pytest.fail("an import never runs the full rule"))
    people = [validate(ContactData(given_name=f"P{i}")) for i in range(600)]
    create_contacts([(p, "") for p in people], clock=clock)
    assert wishes() == []


def test_an_import_with_the_rule_off_makes_no_wishes(db, clock):
    settings_with(enabled={"birthday": False})
    create_contacts([(validate(ContactData(given_name="Ada", dates=[DateEntry(4, 12)])), "")], clock=clock)
    assert wishes() == []


# --- settings ------------------------------------------------------------------------------------------------------
def test_the_settings_keep_the_birthday_switch_and_days_ahead(db):
    assert rule_settings.load().is_on("birthday") and rule_settings.load().birthday_days_ahead == 0
    settings_with(ahead=7, enabled={"birthday": False})
    loaded = rule_settings.load()
    assert (loaded.birthday_days_ahead, loaded.is_on("birthday")) == (7, False)
    Setting.write(rule_settings.SETTING_KEY, {"birthday_days_ahead": 400, "enabled": {"birthday": "yes"}})
    loaded = rule_settings.load()
    assert (loaded.birthday_days_ahead, loaded.is_on("birthday")) == (0, True)  # unusable values: the defaults
    with pytest.raises(rule_settings.RuleSettingsError, match="Birthday"):
        rule_settings.save(dataclasses.replace(loaded, birthday_days_ahead=31))
