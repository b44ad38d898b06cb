"""The labels of e-mails, phones, addresses, websites and handles in the interface's language (issue 23 item 3): a
German interface shows "Privat" and "Arbeit", the database keeps "home" and "work" (exports and sync read them),
and a label of the user's own stays as written."""

from __future__ import annotations

import pytest

from app.core.contacts.contact_data import AddressEntry, ContactData, EmailEntry, HandleEntry, PhoneEntry, WebsiteEntry
from app.core.contacts.service import update_contact
from app.models import Contact
from app.ui import i18n
from app.ui.cards.scan_form import CardReviewForm
from app.ui.contacts import facts
from app.ui.contacts.field_labels import PHONE_LABELS, LabelBox, shown, stored


def items(box) -> list[tuple[str, str]]:
    return [(box.itemText(i), box.itemData(i)) for i in range(box.count())]


def test_a_german_combo_shows_the_words_and_gives_back_the_keys(qtbot, qapp):
    i18n.install_translators("de")
    box = LabelBox(PHONE_LABELS, "home")
    qtbot.addWidget(box)
    assert items(box) == [("Mobil", "mobile"), ("Arbeit", "work"), ("Privat", "home"), ("Sonstige", "other")]
    assert box.currentText() == "Privat" and box.label() == "home"
    box.setCurrentIndex(1)
    assert box.currentText() == "Arbeit" and box.label() == "work"
    for typed, key in (("arbeit", "work"), ("  MOBIL ", "mobile"), ("Fax", "fax"), ("work", "work"), ("Home", "home")):
        box.setCurrentText(typed)
        assert box.label() == key, typed
    box.setCurrentText("Zweitwohnung")
    assert box.label() == "Zweitwohnung"


def test_a_label_of_its_own_or_in_another_case_reads_as_stored_until_changed(qtbot, qapp):
    i18n.install_translators("de")
    own = LabelBox(PHONE_LABELS, "Zweitwohnung")
    google = LabelBox(PHONE_LABELS, "Mobile")  # Google's CSV writes its labels capitalised
    qtbot.addWidget(own)
    qtbot.addWidget(google)
    assert own.currentText() == "Zweitwohnung" and own.label() == "Zweitwohnung"
    assert google.currentText() == "Mobil" and google.label() == "Mobile"
    google.setCurrentText("Arbeit")
    assert google.label() == "work"


def test_english_reads_as_before(qtbot, qapp):
    box = LabelBox(PHONE_LABELS, "Mobile")
    qtbot.addWidget(box)
    assert items(box) == [("mobile", "mobile"), ("work", "work"), ("home", "home"), ("other", "other")]
    assert box.currentText() == "Mobile" and box.label() == "Mobile"
    box.setCurrentText("Work")
    assert box.label() == "work"
    assert shown("home") == "home" and shown("Zweitwohnung") == "Zweitwohnung"
    assert stored(" Arbeit ") == "Arbeit"  # German words mean nothing in English


@pytest.mark.parametrize(("language", "home", "work"), [("fr", "Personnel", "Travail"), ("es", "Personal", "Trabajo")])
def test_french_and_spanish_have_their_words(qapp, language, home, work):
    i18n.install_translators(language)
    assert (shown("home"), shown("work")) == (home, work)
    assert (stored(home.lower()), stored(work)) == ("home", "work")


def test_the_detail_links_and_the_card_form_show_the_words(qtbot, qapp):
    i18n.install_translators("de")
    assert facts.website_html(WebsiteEntry("ada.dev", "blog")).endswith(" (Blog)")
    assert facts.website_html(WebsiteEntry("ada.dev", "Zweitseite")).endswith(" (Zweitseite)")
    assert facts.handle_html(HandleEntry("@ada", "github", "work", "social")).endswith(" (Arbeit)")
    form = CardReviewForm()
    qtbot.addWidget(form)
    edit, combo = form.phone_rows[0]
    assert [combo.itemText(i) for i in range(combo.count())] == ["Arbeit", "Mobil", "Privat", "Fax", "Sonstige"]
    edit.setText("+49 30 1234567")
    combo.setCurrentIndex(1)
    assert form.reviewed().phones == [("+49 30 1234567", "mobile")]


@pytest.fixture
def german_page(page):
    i18n.install_translators("de")  # after the window, which installs the language of its settings
    return page


def test_the_german_editor_saves_the_keys(german_page, qtbot):
    page = german_page
    cid = page.model.contact_id(0)
    data = ContactData.from_contact(Contact.get_by_id(cid))
    data.emails = [EmailEntry("ada@example.org", "home", True)]
    data.phones = [PhoneEntry("+1 202 555 0143", "mobile", True), PhoneEntry("+1 202 555 0199", "Zweitwohnung")]
    data.addresses = [AddressEntry("home", "1 Main St", "Springfield", primary=True)]
    data.websites = [WebsiteEntry("ada.dev", "portfolio")]
    update_contact(cid, data)
    page.open_contact(cid)
    qtbot.waitUntil(lambda: page.detail.contact_id == cid)
    editor = page.detail.panel.editor
    email_row = editor.emails._rows[0]
    assert email_row.label.currentText() == "Privat"
    assert [r.label.currentText() for r in editor.phones._rows] == ["Mobil", "Zweitwohnung"]
    assert editor.addresses._rows[0].label.currentText() == "Privat"
    editor.set_more_expanded(True)
    assert editor.websites.rows()[0].label.currentText() == "Portfolio"

    email_row.label.setCurrentIndex(email_row.label.findData("work"))  # picked from the list
    assert editor.commit("emails")
    editor.phones._rows[0].label.setCurrentText("Arbeit")  # typed
    assert editor.commit("phones")
    editor.addresses._rows[0].fields["street"].setText("2 Main St")
    assert editor.commit("addresses")
    after = ContactData.from_contact(Contact.get_by_id(cid))
    assert [(e.value, e.label) for e in after.emails] == [("ada@example.org", "work")]
    assert [p.label for p in after.phones] == ["work", "Zweitwohnung"]
    assert [(a.street, a.label) for a in after.addresses] == [("2 Main St", "home")]
    assert [w.label for w in after.websites] == ["portfolio"]
    assert email_row.label.currentText() == "Arbeit"
