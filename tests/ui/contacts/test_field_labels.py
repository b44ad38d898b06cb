"""The labels of e-mails, phones, addresses, websites and handles in the interface's language (issue 23 item 3): a
German interface shows "Privat" and "Arbeit", the database keeps "home" and "work" (exports and sync read them),
and a label of the user's own stays as written."""

from __future__ import annotations

import pytest

from app.core.contacts.contact_data import (
    AddressEntry,
    ContactData,
    DateEntry,
    EmailEntry,
    HandleEntry,
    PhoneEntry,
    WebsiteEntry,
)
from app.core.contacts.service import update_contact
from app.core.formats.importers import generic_csv, outlook_csv, thunderbird_csv, vcard_reader
from app.models import Contact
from app.ui import i18n
from app.ui.cards.scan_form import CardReviewForm
from app.ui.contacts import facts
from app.ui.contacts.date_editors import DatesEditor
from app.ui.contacts.field_labels import DATE_LABELS, FIELD_LABELS, PHONE_LABELS, LabelBox, shown, stored


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


def test_english_shows_the_keys_with_a_capital_and_stores_them_as_before(qtbot, qapp):
    box = LabelBox(PHONE_LABELS, "Mobile")
    qtbot.addWidget(box)
    assert items(box) == [("Mobile", "mobile"), ("Work", "work"), ("Home", "home"), ("Other", "other")]
    assert box.currentText() == "Mobile" and box.label() == "Mobile"
    box.setCurrentText("Work")
    assert box.label() == "work"
    box.set_label("home")
    assert box.currentText() == "Home" and box.label() == "home"  # shown "Home", stored unchanged
    box.setCurrentIndex(box.findData("work"))
    assert box.label() == "work"
    assert shown("home") == "Home" and shown("work") == "Work" and shown("Zweitwohnung") == "Zweitwohnung"
    assert shown("MOBILE") == "MOBILE"  # a key stored in a case of its own reads as written in English
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


VCARD = """BEGIN:VCARD
VERSION:3.0
FN:Ada Okafor
TEL;TYPE=HOME,FAX:+1 202 555 0101
TEL;TYPE=WORK,FAX:+1 202 555 0102
TEL;TYPE=CAR:+1 202 555 0103
TEL;TYPE=ISDN:+1 202 555 0104
TEL;TYPE=X-EVOLUTION-ASSISTANT:+1 202 555 0105
TEL;TYPE=X-EVOLUTION-CALLBACK:+1 202 555 0106
item1.URL:https://ada.dev
item1.X-ABLabel:_$!<HomePage>!$_
END:VCARD
"""


def importer_labels() -> set[str]:
    """Every phone label the importers write from a fixed table or rule (not the labels of a file's own text)."""
    labels = {label for _, label in outlook_csv.PHONE_COLUMNS} | {label for _, label in thunderbird_csv.PHONE_COLUMNS}
    labels |= set(vcard_reader.TYPE_LABELS.values()) | set(vcard_reader.EVOLUTION_TYPES.values())
    labels |= {vcard_reader.label_of_types([kind, "fax"]) for kind in ("home", "work", "voice")}
    labels |= {generic_csv._phone_label(key, label) for key in ("fax", "mobile", "pager") for label in ("home", "work")}
    return labels - {""}


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_every_label_an_importer_writes_reads_in_the_language(qapp, language):
    i18n.install_translators(language)
    written = importer_labels()
    assert {"home fax", "work fax", "other fax", "assistant", "callback", "car", "isdn", "tty"} <= written
    unknown = {label for label in written if shown(label) == label}
    assert unknown == set(), "importer labels shown as stored"
    assert not written - set(FIELD_LABELS)
    # and as the importers store them, in the case Google writes them, from a vCard's TYPEs and Apple's labels
    for label in ("Home Fax", "Work Mobile", "Home Page", "Screen Name", "HomePage", "Profile"):
        assert shown(label) != label, label
    (row,) = vcard_reader.rows(VCARD)
    phones = [p.label for p in row.data.phones]
    assert phones == ["home fax", "work fax", "car", "isdn", "assistant", "callback"]
    assert all(shown(p) != p for p in phones)
    assert [shown(w.label) for w in row.data.websites] == [shown("home page")]


def test_an_imported_label_is_shown_translated_and_stored_unchanged(qtbot, qapp):
    i18n.install_translators("de")
    assert (shown("home fax"), shown("Work Fax"), shown("assistant"), shown("HomePage")) == (
        "Fax privat",
        "Fax geschäftlich",
        "Assistenz",
        "Homepage",
    )
    box = LabelBox(PHONE_LABELS, "Home Fax")  # Google's case
    qtbot.addWidget(box)
    assert box.currentText() == "Fax privat" and box.label() == "Home Fax"
    box.setCurrentText("fax  geschäftlich")  # typed in German: the key
    assert box.label() == "work fax"
    assert [box.itemData(i) for i in range(box.count())] == list(PHONE_LABELS)  # offered: only the choices
    i18n.install_translators("en")
    assert shown("home fax") == "Home fax" and shown("Home Fax") == "Home Fax"  # English: a capital, or as stored


def date_rows(editor):
    return [
        (row.label.currentText(), [row.label.itemText(i) for i in range(row.label.count())]) for row in editor.rows()
    ]


def test_the_date_labels_show_in_german_and_store_the_kind(qtbot, qapp):
    i18n.install_translators("de")
    editor = DatesEditor()
    qtbot.addWidget(editor)
    stored_dates = [
        DateEntry(6, 1, None, "anniversary", ""),
        DateEntry(6, 2, None, "other", "Other"),  # Apple's X-ABDATE _$!<Other>!$_
        DateEntry(6, 3, 2001, "anniversary", "Anniversary"),
        DateEntry(6, 4, None, "other", "Graduation"),
    ]
    editor.set_entries(stored_dates)
    assert date_rows(editor) == [
        ("Jahrestag", ["Jahrestag"]),
        ("Sonstige", ["Jahrestag"]),
        ("Jahrestag", ["Jahrestag"]),
        ("Graduation", ["Jahrestag"]),
    ]
    assert editor.entries() == stored_dates  # untouched: as stored
    rows = editor.rows()
    rows[2].fields.day.setValue(9)  # only the day changed: the label stays as stored
    typed = {0: "Geburtstag", 1: "  jahrestag ", 3: "Abschlussfeier"}
    for index, text in typed.items():
        rows[index].label.setCurrentText(text)
    assert [(d.kind, d.label, d.day) for d in editor.entries()] == [
        ("birthday", "", 1),
        ("anniversary", "", 2),
        ("anniversary", "Anniversary", 9),
        ("other", "Abschlussfeier", 4),
    ]
    rows[3].label.setCurrentText("Anniversary")  # the English word still means the kind
    assert editor.entries()[3].kind == "anniversary"
    editor._add_clicked()
    assert editor.rows()[-1].label.currentText() == "Jahrestag" and editor.entries()[-1].kind == "anniversary"
    assert facts.date_label(DateEntry(6, 2, None, "other", "Other")) == "Sonstige"
    assert facts.date_label(DateEntry(6, 2, None, "other", "Graduation")) == "Graduation"


@pytest.mark.parametrize(
    ("language", "anniversary"), [("en", "Anniversary"), ("fr", "Anniversaire de mariage"), ("es", "Aniversario")]
)
def test_the_date_labels_in_english_french_and_spanish(qtbot, qapp, language, anniversary):
    i18n.install_translators(language)
    editor = DatesEditor()
    qtbot.addWidget(editor)
    editor.set_entries([DateEntry(6, 1, None, "anniversary", ""), DateEntry(6, 2, None, "other", "Other")])
    other = "Other" if language == "en" else shown("other")
    assert date_rows(editor) == [(anniversary, [anniversary]), (other, [anniversary])]
    assert (DATE_LABELS["birthday"] != "birthday") == (language != "en")


SMS_CARD = """BEGIN:VCARD
VERSION:3.0
FN:Ada Lovelace
TEL;TYPE=SMS:+1 202 555 0101
TEL;TYPE=PCS:+1 202 555 0102
END:VCARD
"""


@pytest.mark.parametrize("language", ["en", "de", "fr", "es"])
def test_sms_and_pcs_read_as_words_and_are_stored_as_imported(qtbot, qapp, language):
    i18n.install_translators(language)
    (row,) = vcard_reader.rows(SMS_CARD)
    phones = [p.label for p in row.data.phones]
    assert "sms" in phones and "pcs" in phones
    assert (shown("sms"), shown("pcs")) == ("SMS", "PCS")  # the same word in each shipped language
    box = LabelBox(PHONE_LABELS, "sms")
    qtbot.addWidget(box)
    assert box.currentText() == "SMS" and box.label() == "sms"
    assert stored("SMS") == "sms" and stored("pcs") == "pcs"


@pytest.mark.parametrize(
    ("language", "label", "word"),
    [("de", "main", "Hauptnummer"), ("fr", "home fax", None), ("es", "other fax", None)],
)
def test_a_label_combo_shows_a_long_word_of_the_language_whole(qtbot, qapp, language, label, word):
    from app.ui.contacts.row_editors import LABEL_MOST, LABEL_WIDTH, field_label_box

    i18n.install_translators(language)
    word = word or shown(label)
    box = field_label_box(PHONE_LABELS, label)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    assert box.currentText() == word and box.label() == label
    edit = box.lineEdit()
    assert edit.width() >= edit.fontMetrics().horizontalAdvance(word), (edit.width(), word)
    assert box.width() <= LABEL_MOST and not box.toolTip()
    for index in range(box.count()):  # every choice fits too
        assert edit.width() >= edit.fontMetrics().horizontalAdvance(box.itemText(index))
    box.set_label("home")  # a short word again: back to the usual width at most
    assert box.minimumWidth() == box.fitting_width() and box.maximumWidth() == max(LABEL_WIDTH, box.fitting_width())


def test_a_label_too_long_for_the_column_shows_its_start_and_is_whole_in_the_tooltip(qtbot, qapp):
    from app.ui.contacts.row_editors import LABEL_MOST, field_label_box

    i18n.install_translators("es")
    box = field_label_box(PHONE_LABELS, "work pager")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    assert box.currentText() == "Buscapersonas del trabajo" and box.label() == "work pager"
    assert box.width() == LABEL_MOST and box.toolTip() == "Buscapersonas del trabajo"
    assert box.lineEdit().cursorPosition() == 0  # its start shows
    box.set_label("mobile")
    assert not box.toolTip()


def test_a_label_combo_keeps_its_width_in_english_and_cuts_a_very_long_own_label(qtbot, qapp):
    from app.ui.contacts.row_editors import LABEL_MOST, LABEL_WIDTH, field_label_box

    box = field_label_box(PHONE_LABELS, "mobile")
    qtbot.addWidget(box)
    assert box.maximumWidth() == LABEL_WIDTH and box.minimumWidth() == box.fitting_width() < LABEL_WIDTH
    assert not box.toolTip()
    long_label = "the summer house of my grandmother by the lake, second line"
    box.set_label(long_label)
    assert box.minimumWidth() == box.maximumWidth() == LABEL_MOST
    assert box.toolTip() == long_label and box.label() == long_label
