import datetime as dt

import pytest

from app.core.contacts.contact_data import AddressEntry, ContactData, EmailEntry, PhoneEntry
from app.core.contacts.service import (
    ContactValidationError,
    create_contact,
    empty_trash,
    normalize_linkedin_url,
    normalize_phone,
    restore_contacts,
    trash_contacts,
    update_contact,
    validate,
)
from app.models import Company, Contact, ContactEmail, Interaction


def ada(**overrides) -> ContactData:
    data = ContactData(
        given_name="Ada",
        family_name="Okafor",
        company="Example Freight",
        emails=[EmailEntry("ada@Example.COM", "work"), EmailEntry("ada.home@example.org", "home", primary=True)],
        phones=[PhoneEntry("(202) 555-0143", "mobile")],
        circles=["Former co-workers", "Gym buddies"],
    )
    for key, value in overrides.items():
        setattr(data, key, value)
    return data


def test_create_stores_everything_in_one_go(db, clock):
    contact = create_contact(ada(), clock=clock)
    stored = ContactData.from_contact(Contact.get_by_id(contact.id))
    assert stored.display_name == "Ada Okafor"
    assert stored.company == "Example Freight"
    assert [e.value for e in stored.emails] == ["ada.home@example.org", "ada@example.com"]
    assert stored.emails[0].primary and not stored.emails[1].primary
    assert stored.phones[0].value == "(202) 555-0143"
    assert stored.phones[0].e164 == "+12025550143"
    assert stored.circles == ["Former co-workers", "Gym buddies"]  # unknown circle created
    assert contact.created_at == clock.now()


def test_company_is_matched_ignoring_case(db, clock):
    create_contact(ada(), clock=clock)
    create_contact(ada(given_name="Ben", company="example FREIGHT", emails=[]), clock=clock)
    assert Company.select().count() == 1


def test_invalid_email_is_refused_with_the_field_named_and_nothing_written(db, clock):
    with pytest.raises(ContactValidationError) as info:
        create_contact(ada(emails=[EmailEntry("not an email")]), clock=clock)
    assert info.value.problems[0].field == "email"
    assert "not an email" in str(info.value)
    assert Contact.select().count() == 0


def test_phone_without_digits_is_refused_but_odd_numbers_are_kept_as_written(db):
    with pytest.raises(ContactValidationError):
        validate(ada(phones=[PhoneEntry("call me")]))
    kept = validate(ada(phones=[PhoneEntry("ext. 12")]))
    assert kept.phones[0].value == "ext. 12"
    assert kept.phones[0].e164 == ""


def test_normalize_phone_uses_the_region_for_local_numbers():
    assert normalize_phone("020 7946 0018", "GB") == "+442079460018"
    assert normalize_phone("+33 1 23 45 67 89", "US") == "+33123456789"
    assert normalize_phone("12", "US") == ""


def test_linkedin_urls_are_normalised():
    assert normalize_linkedin_url("linkedin.com/in/ada-okafor/") == "https://www.linkedin.com/in/ada-okafor"
    assert normalize_linkedin_url("http://uk.linkedin.com/in/x") == "https://www.linkedin.com/in/x"
    assert normalize_linkedin_url("") == ""


def test_a_contact_needs_some_way_to_name_it(db):
    with pytest.raises(ContactValidationError) as info:
        validate(ContactData())
    assert info.value.problems[0].field == "name"
    assert validate(ContactData(emails=[EmailEntry("x@example.com")])).display_name == "x@example.com"


def test_enumerations_and_cadences_are_checked(db):
    with pytest.raises(ContactValidationError) as info:
        validate(ada(stage="friend", keep_in_touch_days=0))
    fields = {p.field for p in info.value.problems}
    assert fields == {"stage", "keep_in_touch_days"}


def test_referral_loops_are_refused(db, clock):
    joe = create_contact(ContactData(given_name="Joe"), clock=clock)
    ada_c = create_contact(ada(referred_by_id=joe.id), clock=clock)
    with pytest.raises(ContactValidationError) as info:
        update_contact(joe.id, ContactData(given_name="Joe", referred_by_id=ada_c.id), clock=clock)
    assert "loop" in str(info.value)
    with pytest.raises(ContactValidationError):
        update_contact(joe.id, ContactData(given_name="Joe", referred_by_id=joe.id), clock=clock)


def test_update_replaces_children_and_bumps_updated_at(db, clock):
    contact = create_contact(ada(), clock=clock)
    clock.advance(days=1)
    data = ContactData.from_contact(contact)
    data.emails = [EmailEntry("new@example.com")]
    data.addresses = [AddressEntry(street="1 Main St", locality="Springfield"), AddressEntry()]
    update_contact(contact.id, data, clock=clock)
    stored = ContactData.from_contact(Contact.get_by_id(contact.id))
    assert [e.value for e in stored.emails] == ["new@example.com"]
    assert len(stored.addresses) == 1 and stored.addresses[0].primary
    assert Contact.get_by_id(contact.id).updated_at == clock.now()
    assert ContactEmail.select().count() == 1


def test_nul_bytes_and_huge_text_are_cleaned(db, clock):
    contact = create_contact(ada(notes="a\x00b" + "x" * 2_000_000, given_name="A" * 1000), clock=clock)
    stored = Contact.get_by_id(contact.id)
    assert "\x00" not in stored.notes and len(stored.notes) == 1_000_000
    assert len(stored.given_name) == 300


def test_trash_restore_and_empty(db, clock):
    keep = create_contact(ada(), clock=clock)
    gone = create_contact(ada(given_name="Ben", emails=[]), clock=clock)
    Interaction.create(contact=gone, kind="call", occurred_at=dt.datetime(2026, 1, 1))
    assert trash_contacts([keep.id, gone.id], clock=clock) == 2
    assert restore_contacts([keep.id]) == 1
    assert Contact.get_by_id(keep.id).deleted_at is None
    assert empty_trash() == 1
    assert Contact.select().count() == 1
    assert Interaction.select().count() == 0


def test_values_kept_as_notes_survive_notes_at_the_length_limit(db):
    from app.core.contacts.contact_data import PhoneEntry
    from app.core.contacts.service import MAX_NOTES, validate

    warnings: list[str] = []
    data = ada(notes="n" * (MAX_NOTES + 10), phones=[PhoneEntry("BusinessPhone", "work")])
    clean = validate(data, lenient=True, warnings=warnings)
    assert len(clean.notes) <= MAX_NOTES
    assert clean.notes.endswith("Phone (work): BusinessPhone")
    assert warnings == [
        f"notes is {MAX_NOTES + 10:,} characters long; kept the first {MAX_NOTES:,}",
        'kept "BusinessPhone" as a note: not a phone number',
    ]


def test_a_whole_list_goes_to_the_trash_and_back_past_the_sql_parameter_limit(db, clock):
    import sqlite3

    from app.core.contacts.service import create_contacts, delete_contacts, restore_contacts, trash_contacts
    from app.db import MAX_SQL_PARAMETERS, database

    ids, _uids = create_contacts([ContactData(given_name=f"P{i}") for i in range(2 * MAX_SQL_PARAMETERS + 1)])
    # SQLite builds before 3.32 refuse more than 999 parameters (newer ones 32 766: a list of 50 000 contacts)
    database.connection().setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)
    assert trash_contacts(ids, clock=clock) == len(ids)
    assert Contact.select().where(Contact.deleted_at.is_null()).count() == 0
    assert restore_contacts(ids) == len(ids)
    assert delete_contacts(ids) == len(ids) and Contact.select().count() == 0
