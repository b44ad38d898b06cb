"""Field-level contact edits (issue 19 item 1): only what the user changed is written, onto the stored state."""

from __future__ import annotations

import pytest

from app.core.contacts.contact_data import ContactData, EmailEntry, PhoneEntry
from app.core.contacts.field_changes import (
    ContactChange,
    ContactGone,
    apply_change,
    diff,
    merge_entries,
    merge_text,
)
from app.core.contacts.service import ContactValidationError, create_contact, update_contact
from app.models import Contact


def stored(cid: int) -> ContactData:
    return ContactData.from_contact(Contact.get_by_id(cid))


@pytest.fixture
def ada(db, clock) -> int:
    return create_contact(
        ContactData(
            given_name="Ada",
            family_name="Okafor",
            company="Harbour Freight",
            emails=[EmailEntry("ada@example.com", "work", True)],
            notes="Met at the port open day.",
        ),
        clock=clock,
    ).id


def test_an_edit_keeps_what_an_import_added_meanwhile(ada, clock):
    """The issue's case: the form loaded, an import merged an e-mail, a phone and a note, the user typed notes."""
    form_loaded = stored(ada)
    imported = stored(ada)
    imported.emails.append(EmailEntry("ada.okafor@example.org", "home"))
    imported.phones.append(PhoneEntry("+1 202 555 0143", "mobile"))
    imported.notes += "\nImported from LinkedIn: Logistics lead"
    update_contact(ada, imported, clock=clock)

    typed = form_loaded.copy()
    typed.notes = form_loaded.notes + " Ask about the night shift."
    result = apply_change(ada, diff(form_loaded, typed), clock=clock)

    after = stored(ada)
    assert [e.value for e in after.emails] == ["ada@example.com", "ada.okafor@example.org"]
    assert [p.value for p in after.phones] == ["+1 202 555 0143"]
    assert after.notes == (
        "Met at the port open day. Ask about the night shift.\nImported from LinkedIn: Logistics lead"
    )
    assert result.conflicts == []
    assert result.stored == after


def test_only_the_changed_fields_are_in_a_change(ada):
    before = stored(ada)
    after = before.copy()
    after.title = "Operations lead"
    change = diff(before, after)
    assert change.fields == ["title"]
    assert change.old == {"title": ""} and change.new == {"title": "Operations lead"}
    assert not diff(before, before.copy())


def test_a_field_both_sides_changed_keeps_mine_and_says_so(ada, clock):
    loaded = stored(ada)
    meanwhile = stored(ada)
    meanwhile.title = "Harbour master"
    update_contact(ada, meanwhile, clock=clock)
    mine = loaded.copy()
    mine.title = "Operations lead"
    result = apply_change(ada, diff(loaded, mine), clock=clock)
    assert stored(ada).title == "Operations lead"
    assert result.conflicts == ["title"]
    assert result.theirs == {"title": "Harbour master"}


def test_undo_of_an_edit_only_takes_back_that_edit(ada, clock):
    loaded = stored(ada)
    mine = loaded.copy()
    mine.title = "Operations lead"
    change = diff(loaded, mine)
    apply_change(ada, change, clock=clock)
    meanwhile = stored(ada)
    meanwhile.emails.append(EmailEntry("second@example.com"))
    update_contact(ada, meanwhile, clock=clock)
    apply_change(ada, change.inverse(), clock=clock)
    after = stored(ada)
    assert after.title == ""
    assert "second@example.com" in [e.value for e in after.emails]


def test_list_entries_merge_one_by_one():
    a, b, c, d = (EmailEntry(x) for x in ("a@x.org", "b@x.org", "c@x.org", "d@x.org"))
    # I removed b and added c; meanwhile d was added elsewhere.
    assert merge_entries([a, b], [a, c], [a, b, d]) == [a, c, d]
    # Meanwhile b was removed elsewhere; I only added c.
    assert merge_entries([a, b], [a, b, c], [a]) == [a, c]
    # A phone's e164 is derived, so it does not make two entries of one number.
    stored_phone = PhoneEntry("202 555 0143", "mobile", True, "+12025550143")
    form_phone = PhoneEntry("202 555 0143", "mobile", True)
    assert merge_entries([stored_phone], [form_phone], [stored_phone]) == [form_phone]


def test_changing_the_primary_address_keeps_one_added_meanwhile(ada, clock):
    loaded = stored(ada)
    meanwhile = stored(ada)
    meanwhile.emails.append(EmailEntry("imported@example.org"))
    update_contact(ada, meanwhile, clock=clock)
    mine = loaded.copy()
    mine.emails = [EmailEntry("ada@example.com", "work", False), EmailEntry("new@example.com", "", True)]
    apply_change(ada, diff(loaded, mine), clock=clock)
    after = stored(ada).emails
    assert [(e.value, e.primary) for e in after] == [
        ("new@example.com", True),
        ("ada@example.com", False),
        ("imported@example.org", False),
    ]


@pytest.mark.parametrize(
    ("base", "mine", "theirs", "merged"),
    [
        ("abc", "abc typed", "abc\nnote", "abc typed\nnote"),  # both appended: mine first
        ("", "typed", "note", "typed\nnote"),  # both wrote into an empty text: a line each
        ("one\ntwo\nthree", "ONE\ntwo\nthree", "one\ntwo\nthree!", "ONE\ntwo\nthree!"),
        ("one\ntwo\nthree\n", "one\n2\nthree\n", "one\ntwo\n3\n", "one\n2\n3\n"),
        ("same", "same", "other", "other"),
        ("same", "mine", "same", "mine"),
        ("abc", "aXc", "aYc", None),  # the same place: a true conflict
        ("abc", "", "abcd", "d"),  # I cleared it, a line was added elsewhere: that line stays
    ],
)
def test_long_texts_merge_where_the_changes_do_not_touch(base, mine, theirs, merged):
    assert merge_text(base, mine, theirs) == merged


def test_a_derived_display_name_follows_the_name_parts(ada, clock):
    loaded = stored(ada)
    assert loaded.display_name == "Ada Okafor"
    mine = loaded.copy()
    mine.given_name = "Adaeze"
    apply_change(ada, diff(loaded, mine), clock=clock)
    assert stored(ada).display_name == "Adaeze Okafor"


def test_an_invalid_value_writes_nothing(ada, clock):
    loaded = stored(ada)
    mine = loaded.copy()
    mine.title = "Lead"
    mine.emails = [EmailEntry("not an address")]
    with pytest.raises(ContactValidationError):
        apply_change(ada, diff(loaded, mine), clock=clock)
    assert stored(ada) == loaded


def test_a_contact_deleted_meanwhile_is_reported(ada, clock):
    from app.core.contacts.service import delete_contacts

    loaded = stored(ada)
    delete_contacts([ada])
    mine = loaded.copy()
    mine.title = "Lead"
    with pytest.raises(ContactGone):
        apply_change(ada, diff(loaded, mine), clock=clock)


def test_a_change_that_is_already_there_writes_nothing(ada, clock):
    before = Contact.get_by_id(ada).updated_at
    loaded = stored(ada)
    clock.advance(300)
    result = apply_change(ada, ContactChange({"title": ""}, {"title": ""}), clock=clock)
    assert result.written is False
    assert Contact.get_by_id(ada).updated_at == before
    assert result.stored == loaded


def test_typing_on_merges_two_changes_into_one():
    first = ContactChange({"notes": "a"}, {"notes": "ab"})
    second = ContactChange({"notes": "ab", "title": ""}, {"notes": "abc", "title": "Lead"})
    both = first.then(second)
    assert both.old == {"notes": "a", "title": ""}
    assert both.new == {"notes": "abc", "title": "Lead"}
