"""validation.clean_text: a text as a contact stores it, which the contact form compares what it sent with."""

from __future__ import annotations

from app.core.contacts import validation
from app.core.contacts.contact_data import ContactData
from app.core.contacts.service import validate


def test_clean_text_drops_nul_characters_and_the_spaces_at_the_ends():
    assert validation.clean_text("  two\x00 lines\n\nof notes \n") == "two lines\n\nof notes"
    assert validation.clean_text(None) == "" and validation.clean_text("\x00 ") == ""


def test_validation_stores_texts_as_clean_text_gives_them(db):
    notes, how_met = " Met at the fair\x00 \n", "\tthrough Rita  "
    stored = validate(ContactData(given_name=" Ada\x00 ", notes=notes, how_met=how_met))
    assert stored.notes == validation.clean_text(notes) and stored.how_met == validation.clean_text(how_met)
    assert stored.given_name == "Ada"
