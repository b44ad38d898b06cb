"""Target companies, quick-add name parsing and hand-made reminders."""

import datetime as dt

import pytest

from app.core.contacts import quick_add, targets
from app.core.contacts.contact_data import ContactData
from app.core.contacts.interactions import log_interaction
from app.core.contacts.service import ContactValidationError, create_contact, trash_contacts
from app.core.followups import reminders
from app.models import Company, Contact, FollowUp


def test_targets_who_works_there_and_who_got_the_list(db, clock):
    company_id, created, was_target = targets.add_target("Northwind", clock=clock)
    assert created and not was_target
    ada = create_contact(ContactData(given_name="Ada", company="northwind"), clock=clock).id
    ben = create_contact(ContactData(given_name="Ben", company="Northwind"), clock=clock).id
    gone = create_contact(ContactData(given_name="Gone", company="Northwind"), clock=clock).id
    trash_contacts([gone], clock=clock)
    create_contact(ContactData(given_name="Cy", company="Contoso"), clock=clock)
    log_interaction(ada, "sent", when=dt.datetime(2026, 3, 2, 9), summary="Target list", clock=clock)
    log_interaction(ada, "sent", when=dt.datetime(2026, 3, 9, 9), summary="Updated list", clock=clock)
    info = {c.name: c for c in targets.companies()}
    assert info["Northwind"].is_target and info["Northwind"].contacts == 2
    assert not info["Contoso"].is_target
    assert [c.name for c in targets.companies(targets_only=True)] == ["Northwind"]
    people = targets.contacts_at(company_id)
    assert [p.id for p in people] == [ada, ben]
    assert people[0].sent_at == dt.datetime(2026, 3, 9, 9) and people[1].sent_at is None
    [recipient] = targets.list_recipients()
    assert (recipient.id, recipient.summary) == (ada, "Updated list")
    assert targets.target_names() == ["Northwind"]
    assert targets.set_target(company_id, False) is True
    assert targets.target_names() == []
    assert targets.add_target("NORTHWIND", clock=clock)[1] is False
    with pytest.raises(ValueError):
        targets.add_target("   ", clock=clock)
    assert Company.select().count() == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Okafor", ("Ada", "Okafor")),
        ("  Ada   Okafor ", ("Ada", "Okafor")),
        ("Okafor, Ada", ("Ada", "Okafor")),
        ("Mary Ann Smith", ("Mary Ann", "Smith")),
        ("Ludwig van Beethoven", ("Ludwig", "van Beethoven")),
        ("Ana de la Cruz", ("Ana", "de la Cruz")),
        ("Cher", ("Cher", "")),
        ("", ("", "")),
    ],
)
def test_split_name(text, expected):
    assert quick_add.split_name(text) == expected


def test_add_all_is_all_or_nothing(db, clock):
    good = quick_add.quick_contact("Ada Okafor", company="Northwind", circle="Neighbours", note="Next door")
    bad = quick_add.quick_contact("Ben Ito", email="not-an-email")
    with pytest.raises(ContactValidationError) as info:
        quick_add.add_all([good, bad], clock=clock)
    assert "row 2 email" in str(info.value)
    assert Contact.select().count() == 0
    [cid] = quick_add.add_all([good], clock=clock)
    stored = ContactData.from_contact(Contact.get_by_id(cid))
    assert (stored.given_name, stored.family_name, stored.circles, stored.notes) == (
        "Ada",
        "Okafor",
        ["Neighbours"],
        "Next door",
    )


def test_reminders(db, clock):
    ada = create_contact(ContactData(given_name="Ada"), clock=clock).id
    due = reminders.remind_in(7, clock)
    assert due == dt.date(2026, 3, 23)
    item = reminders.add_reminder(ada, due, "Follow up with Ada", clock=clock)
    assert (item.kind, item.rule, item.status) == ("custom", None, "open")
    assert Contact.get_by_id(ada).next_followup_due == due
    previous = reminders.set_status(item.id, "done", clock=clock)
    assert reminders.open_followups(ada) == []
    assert [f.id for f in reminders.recent_done(ada)] == [item.id]
    reminders.restore_status(item.id, previous)
    assert [f.id for f in reminders.open_followups(ada)] == [item.id]
    assert reminders.delete_followups([item.id]) == 1
    assert FollowUp.select().count() == 0
    for bad in (0, 4000):
        with pytest.raises(reminders.ReminderError):
            reminders.remind_in(bad, clock)
    with pytest.raises(reminders.ReminderError):
        reminders.add_reminder(ada, due, "  ", clock=clock)


def test_a_company_named_in_target_companies_is_found_or_made_without_listing_it(db, clock):
    company_id, is_target = targets.company_named(" Northwind ")
    assert not is_target and Company.get_by_id(company_id).name == "Northwind"
    targets.set_target(company_id, True)
    assert targets.company_named("Northwind") == (company_id, True)
    with pytest.raises(ValueError):
        targets.company_named("  ")
    assert Company.select().count() == 1
