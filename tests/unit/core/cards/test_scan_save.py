"""Saving a reviewed card: a new contact (source card) with its picture, or a merge into a known person."""

from __future__ import annotations

import pytest

from app.core.cards.classify import classify
from app.core.cards.scan import CardImage, ReviewedCard, card_images, find_match, save_card, undo_save
from app.core.contacts import service as contacts
from app.core.contacts.contact_data import AddressEntry, ContactData, EmailEntry, PhoneEntry
from app.core.contacts.service import ContactValidationError
from app.models import Contact, ContactImage

JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 100


@pytest.fixture(autouse=True)
def _us_phones(db):
    from app.models import Setting

    Setting.write(contacts.DEFAULT_REGION_SETTING, "US")


def reviewed(**changes) -> ReviewedCard:
    card = ReviewedCard(
        given_name="Ada",
        family_name="Okafor",
        title="Ops lead",
        company="Example Freight",
        emails=["ada@example-freight.com"],
        phones=[("(415) 555-0134", "work")],
        website="www.example-freight.com",
        address=AddressEntry("work", "1 Dock Road", "Oakland", "CA", "94607", ""),
        how_met="Logistics meetup at the port, 12 March",
    )
    for key, value in changes.items():
        setattr(card, key, value)
    return card


def test_a_new_card_becomes_a_contact_from_a_card_with_its_picture(db, clock):
    outcome = save_card(reviewed(), CardImage(JPEG, "image/jpeg", 800, 500, "card.jpg"), clock=clock)
    assert not outcome.merged
    contact = Contact.get_by_id(outcome.contact_id)
    data = ContactData.from_contact(contact)
    assert (data.given_name, data.family_name, data.company, data.title) == (
        "Ada",
        "Okafor",
        "Example Freight",
        "Ops lead",
    )
    assert (data.source, data.stage) == ("card", "met")
    assert data.how_met == "Logistics meetup at the port, 12 March"
    assert [e.value for e in data.emails] == ["ada@example-freight.com"]
    assert [(p.value, p.e164, p.label) for p in data.phones] == [("(415) 555-0134", "+14155550134", "work")]
    assert data.addresses[0].locality == "Oakland"
    assert "Website: www.example-freight.com" in data.notes
    images = card_images(contact.id)
    assert [(i.data, i.kind, i.width, i.original_name) for i in images] == [(JPEG, "card_front", 800, "card.jpg")]


def test_the_picture_is_not_the_persons_photo(db, clock):
    outcome = save_card(reviewed(), CardImage(JPEG), clock=clock)
    assert Contact.get_by_id(outcome.contact_id).photo is None


def test_a_known_email_or_phone_finds_the_person_but_a_name_does_not(db, clock):
    known = contacts.create_contact(
        ContactData(
            given_name="Ada",
            family_name="Okafor",
            emails=[EmailEntry("ADA@example-freight.com")],
            phones=[PhoneEntry("+1 415 555 0134")],
        ),
        clock=clock,
    )
    by_email = find_match(["ada@EXAMPLE-freight.com"], [])
    assert (by_email.contact_id, by_email.reason) == (known.id, "same email")
    by_phone = find_match(["other@example.org"], ["415.555.0134"])
    assert (by_phone.contact_id, by_phone.reason) == (known.id, "same phone number")
    assert find_match(["someone@else.org"], ["(212) 555-0100"]) is None
    contacts.trash_contacts([known.id], clock=clock)
    assert find_match(["ada@example-freight.com"], []) is None  # the trash is not my network


def test_merging_fills_gaps_and_adds_details_without_overwriting(db, clock):
    known = contacts.create_contact(
        ContactData(
            given_name="Ada",
            family_name="Okafor",
            title="Operations",
            how_met="LinkedIn",
            emails=[EmailEntry("ada@example-freight.com")],
            source="linkedin",
        ),
        clock=clock,
    )
    card = reviewed(phones=[("(415) 555-0134", "work"), ("+1 415 555 0199", "mobile")])
    outcome = save_card(card, CardImage(JPEG), merge_into=known.id, clock=clock)
    assert outcome.merged and outcome.contact_id == known.id
    data = ContactData.from_contact(Contact.get_by_id(known.id))
    assert data.title == "Operations"  # mine stays
    assert data.company == "Example Freight"  # the gap is filled
    assert data.how_met == "LinkedIn\nLogistics meetup at the port, 12 March"
    assert (data.source, data.stage) == ("linkedin", "prospect")  # what I had stays
    assert [e.value for e in data.emails] == ["ada@example-freight.com"]
    assert sorted(p.e164 for p in data.phones) == ["+14155550134", "+14155550199"]
    assert len(card_images(known.id)) == 1
    assert Contact.select().count() == 1


def test_undo_takes_a_new_contact_back_and_restores_a_merged_one(db, clock):
    new = save_card(reviewed(), CardImage(JPEG), clock=clock)
    undo_save(new, clock=clock)
    assert not Contact.select().where(Contact.id == new.contact_id).exists()
    assert ContactImage.select().count() == 0

    known = contacts.create_contact(ContactData(given_name="Ada", emails=[EmailEntry("ada@example-freight.com")]))
    merged = save_card(reviewed(), CardImage(JPEG), merge_into=known.id, clock=clock)
    undo_save(merged, clock=clock)
    data = ContactData.from_contact(Contact.get_by_id(known.id))
    assert (data.family_name, data.company, data.phones) == ("", "", [])
    assert ContactImage.select().count() == 0


def test_a_bad_field_writes_nothing_not_even_the_picture(db, clock):
    with pytest.raises(ContactValidationError) as caught:
        save_card(reviewed(emails=["ada at example"]), CardImage(JPEG), clock=clock)
    assert caught.value.problems[0].field == "email"
    assert Contact.select().count() == 0
    assert ContactImage.select().count() == 0


def test_a_card_with_nothing_but_a_picture_asks_for_a_name(db, clock):
    with pytest.raises(ContactValidationError):
        save_card(ReviewedCard(), CardImage(JPEG), clock=clock)
    outcome = save_card(ReviewedCard(given_name="Unknown", how_met="Trade fair"), CardImage(JPEG), clock=clock)
    assert len(card_images(outcome.contact_id)) == 1


def test_classified_fields_flow_into_the_review_form():
    fields = classify(["Ada Okafor", "Ops Lead", "ada@example-freight.com", "Tagline here."])
    card = ReviewedCard.from_fields(fields)
    assert (card.given_name, card.family_name, card.title, card.emails) == (
        "Ada",
        "Okafor",
        "Ops Lead",
        ["ada@example-freight.com"],
    )
    assert card.notes == "Tagline here."


def test_saving_and_undoing_say_which_contact_changed(db, clock):
    from app.core.changes import Changes

    outcome = save_card(reviewed(), CardImage(JPEG), clock=clock)
    assert outcome.changes == Changes.of("contacts", contact_ids=[outcome.contact_id])
    assert undo_save(outcome, clock=clock) == outcome.changes


def test_merged_into_contact_previews_the_merge_without_writing(db, clock):
    from app.core.cards.scan import merged_into_contact

    known = contacts.create_contact(ContactData(given_name="Ada", title="Operations"), clock=clock)
    preview = merged_into_contact(known.id, reviewed().as_contact_data())
    assert (preview.title, preview.company) == ("Operations", "Example Freight")
    assert ContactData.from_contact(Contact.get_by_id(known.id)).company == ""  # nothing written
