"""The contact form names its fields in messages as validation does (one list, app.core.contacts.validation), in its
own words where it has them."""

from __future__ import annotations

from app.core.contacts import validation


def test_the_form_names_fields_as_messages_do_but_in_its_own_words_where_it_has_them():
    from app.ui.contacts.editor_fields import FIELD_LABELS

    assert FIELD_LABELS["company"] == validation.FIELD_LABELS["company"] == "Company"
    assert FIELD_LABELS["notes"] == "Notes" and FIELD_LABELS["invitation_date"] == "Invitation date"
    assert (FIELD_LABELS["given_name"], validation.FIELD_LABELS["given_name"]) == ("Given name", "First name")
    assert FIELD_LABELS["display_name"] == "Show as" and FIELD_LABELS["keep_in_touch_days"] == "Reconnect every"
