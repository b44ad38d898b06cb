"""The newer contact fields in the Details tab ("More fields") and in the detail pane's header (issue 15)."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLineEdit, QToolButton

from app.core.clock import FixedClock
from app.core.contacts.contact_data import ContactData, DateEntry, HandleEntry, WebsiteEntry
from app.core.contacts.service import update_contact
from app.models import Contact
from app.ui.contacts.editor import MORE_TEXT_FIELDS
from tests.helpers.qt import find

MORE_NAMES = ("name_prefix", "middle_name", "name_suffix", "nickname", "department")


@pytest.fixture
def english_gb():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


def plain_contact(page) -> int:
    """A live demo contact with none of the newer fields."""
    cid = page.model.contact_id(0)
    data = ContactData.from_contact(Contact.get_by_id(cid))
    for name in MORE_TEXT_FIELDS:
        setattr(data, name, "")
    data.dates, data.websites, data.handles = [], [], []
    update_contact(cid, data)
    return cid


def show(page, qtbot, cid: int):
    page.open_contact(cid)
    qtbot.waitUntil(lambda: page.detail.contact_id == cid)
    return page.detail.panel.editor


def rich_contact(page) -> tuple[int, ContactData]:
    """A contact with every newer field, including values the form does not show or would not write itself."""
    cid = page.model.contact_id(2)
    data = ContactData.from_contact(Contact.get_by_id(cid))
    data.name_prefix, data.middle_name, data.name_suffix = "Dr.", "Marie", "PhD"
    data.nickname, data.department = "Addy", "Talent acquisition"
    data.dates = [
        DateEntry(6, 3, 2010, "anniversary", "Wedding"),  # an anniversary with its own label, listed first
        DateEntry(4, 12, 1985, "birthday"),
        DateEntry(7, 1, None, "other", "Graduation"),
    ]
    data.websites = [WebsiteEntry("ada.dev", "blog"), WebsiteEntry("https://github.com/ada-example", "")]
    data.handles = [
        HandleEntry("xmpp:ada@example.org", "xmpp", "work", "im"),
        HandleEntry("@ada@example.social", "mastodon", "", "social"),
        HandleEntry("ada#1234", "oddchat", "gaming", "social"),  # a service the form does not know
        HandleEntry("@ada_example", "twitter", "", "social"),  # shown as "X (Twitter)", not a choice of the form
    ]
    data.vcard_properties = ["item3.X-ABRELATEDNAMES:Jane", "X-PHONETIC-FIRST-NAME:Ah-da"]
    update_contact(cid, data)
    return cid, ContactData.from_contact(Contact.get_by_id(cid))


# --- the expander ----------------------------------------------------------------------------------------------------
def test_more_fields_are_collapsed_until_opened_and_reachable_by_keyboard(page, qtbot):
    editor = show(page, qtbot, plain_contact(page))
    toggle = find(editor, "moreFieldsToggle", QToolButton)
    prefix = find(editor, "field_name_prefix", QLineEdit)
    assert not editor.more_expanded()
    assert toggle.arrowType() == Qt.ArrowType.RightArrow and toggle.accessibleDescription() == "collapsed"
    assert toggle.isVisibleTo(editor) and not prefix.isVisibleTo(editor)
    assert find(editor, "moreFieldsHint").isVisibleTo(editor)
    toggle.setFocus()
    qtbot.keyClick(toggle, Qt.Key.Key_Space)
    assert editor.more_expanded() and prefix.isVisibleTo(editor)
    assert toggle.arrowType() == Qt.ArrowType.DownArrow and toggle.accessibleDescription() == "expanded"
    for name in MORE_NAMES:
        edit = find(editor, f"field_{name}", QLineEdit)
        assert edit.isVisibleTo(editor) and edit.accessibleName()
        assert edit.focusPolicy() & Qt.FocusPolicy.TabFocus
    for name in ("add_birthday", "add_date", "add_website", "add_handle"):
        assert find(editor, name).isVisibleTo(editor)
    qtbot.keyClick(toggle, Qt.Key.Key_Space)
    assert not prefix.isVisibleTo(editor)


def test_more_fields_open_by_themselves_for_a_contact_that_has_them(page, qtbot):
    plain = plain_contact(page)
    rich, _data = rich_contact(page)
    editor = show(page, qtbot, rich)
    assert editor.more_expanded()
    assert find(editor, "field_nickname", QLineEdit).text() == "Addy"
    editor = show(page, qtbot, plain)
    assert not editor.more_expanded()


# --- saving ------------------------------------------------------------------------------------------------------
def test_typing_a_nickname_saves_it_and_undo_takes_it_back(contacts_window, page, qtbot):
    cid = plain_contact(page)
    editor = show(page, qtbot, cid)
    editor.set_more_expanded(True)
    nickname = find(editor, "field_nickname", QLineEdit)
    nickname.setFocus()
    qtbot.keyClicks(nickname, "Addy")
    qtbot.keyClick(nickname, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: Contact.get_by_id(cid).nickname == "Addy")
    contacts_window.undo_action.trigger()
    qtbot.waitUntil(lambda: Contact.get_by_id(cid).nickname == "")
    qtbot.waitUntil(lambda: nickname.text() == "")


def test_adding_a_birthday_without_a_year(contacts_window, page, qtbot):
    page.ctx.clock = FixedClock("2026-03-16T10:00:00")
    cid = plain_contact(page)
    editor = show(page, qtbot, cid)
    editor.set_more_expanded(True)
    qtbot.mouseClick(find(editor, "add_birthday"), Qt.MouseButton.LeftButton)
    fields = editor.birthday.fields
    assert fields is not None and (fields.value()) == (3, 16, None)  # today's day, no year
    fields.month.setCurrentIndex(3)  # April: picking a month saves at once
    fields.day.setValue(12)
    assert editor.commit("birthday")
    assert ContactData.from_contact(Contact.get_by_id(cid)).dates == [DateEntry(4, 12, None, "birthday", "")]
    fields.year.setText("1985")
    assert editor.commit("birthday")
    assert ContactData.from_contact(Contact.get_by_id(cid)).birthday == DateEntry(4, 12, 1985, "birthday", "")
    qtbot.mouseClick(editor.birthday.remove, Qt.MouseButton.LeftButton)
    assert ContactData.from_contact(Contact.get_by_id(cid)).dates == []
    assert find(editor, "add_birthday").isVisibleTo(editor)


def test_a_day_the_year_does_not_have_is_refused_next_to_the_field(page, qtbot):
    cid = plain_contact(page)
    editor = show(page, qtbot, cid)
    editor.set_more_expanded(True)
    editor.birthday.set_entry(DateEntry(2, 29, None))
    assert editor.commit("birthday")  # 29 February without a year is a birthday
    assert ContactData.from_contact(Contact.get_by_id(cid)).birthday == DateEntry(2, 29, None, "birthday", "")
    editor.birthday.fields.year.setText("2023")
    assert editor.commit("birthday") is False
    error = editor._errors["birthday"]
    assert error.isVisibleTo(editor) and "There is no 29 February in 2023" in error.text()
    assert ContactData.from_contact(Contact.get_by_id(cid)).birthday.year is None
    editor.birthday.fields.year.setText("0")
    assert editor.commit("birthday") is False and "four digits" in error.text()
    editor.birthday.fields.year.setText("2024")
    assert editor.commit("birthday")
    assert not error.isVisibleTo(editor)
    assert ContactData.from_contact(Contact.get_by_id(cid)).birthday.year == 2024


def test_a_date_error_opens_the_more_fields(page, qtbot):
    cid = plain_contact(page)
    editor = show(page, qtbot, cid)
    editor.set_more_expanded(True)
    editor.dates._add_clicked()
    row = editor.dates.rows()[0]
    row.fields.set_value(2, 29, 2023)
    editor.set_more_expanded(False)
    assert editor.commit("dates") is False
    assert editor.more_expanded() and editor._errors["dates"].isVisibleTo(editor)


def test_other_dates_websites_and_handles_are_saved(page, qtbot):
    cid = plain_contact(page)
    editor = show(page, qtbot, cid)
    editor.set_more_expanded(True)
    editor.dates._add_clicked()
    date_row = editor.dates.rows()[0]
    date_row.fields.set_value(6, 3, 2010)
    assert editor.commit("dates")
    date_row.label.setCurrentText("Graduation")
    assert editor.commit("dates")
    editor.websites._add_clicked()
    editor.websites.rows()[0].value.setText("ada.dev")
    editor.websites.rows()[0].label.setCurrentText("blog")
    assert editor.commit("websites")
    editor.handles._add_clicked()
    handle = editor.handles.rows()[0]
    handle.service.setCurrentText("Mastodon")
    handle.value.setText("@ada@example.social")
    assert editor.commit("handles")
    stored = ContactData.from_contact(Contact.get_by_id(cid))
    assert stored.dates == [DateEntry(6, 3, 2010, "other", "Graduation")]
    assert stored.websites == [WebsiteEntry("ada.dev", "blog")]
    assert stored.handles == [HandleEntry("@ada@example.social", "mastodon", "", "social")]


def test_a_save_changes_only_what_the_user_touched(page, qtbot):
    cid, before = rich_contact(page)
    editor = show(page, qtbot, cid)
    shown = editor.collect()
    assert dataclasses.replace(shown, display_name=before.display_name) == before  # exactly what it was given
    title = find(editor, "field_title", QLineEdit)
    title.setText("Chief of staff")
    assert editor.commit("title")
    after = ContactData.from_contact(Contact.get_by_id(cid))
    assert after.title == "Chief of staff"
    assert dataclasses.replace(after, title=before.title) == before  # kept vCard lines, odd handles, date order
    # Editing one date keeps the others, their labels and their order.
    editor.birthday.fields.day.setValue(13)
    assert editor.commit("birthday")
    dates = ContactData.from_contact(Contact.get_by_id(cid)).dates
    assert dates == [
        DateEntry(6, 3, 2010, "anniversary", "Wedding"),
        DateEntry(4, 13, 1985, "birthday"),
        DateEntry(7, 1, None, "other", "Graduation"),
    ]
    assert ContactData.from_contact(Contact.get_by_id(cid)).vcard_properties == before.vcard_properties
    # Editing a handle's value keeps its service and kind.
    twitter = editor.handles.rows()[3]
    assert twitter.service.currentText() == "X (Twitter)"
    twitter.value.setText("@ada_new")
    assert editor.commit("handles")
    handles = ContactData.from_contact(Contact.get_by_id(cid)).handles
    assert handles[3] == HandleEntry("@ada_new", "twitter", "", "social")
    assert handles[:3] == before.handles[:3]


def test_trashed_contact_shows_the_new_fields_read_only(page, qtbot):
    cid, _data = rich_contact(page)
    page.open_contact(cid)
    qtbot.waitUntil(lambda: page.detail.contact_id == cid)
    page.trash_selected()
    page.trash_button.setChecked(True)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.view.select_contact(cid)
    panel = page.detail.panel
    qtbot.waitUntil(lambda: panel.contact_id == cid and panel.banner.isVisibleTo(panel))
    editor = panel.editor
    assert find(editor, "field_nickname", QLineEdit).isReadOnly()
    assert editor.birthday.fields.year.isReadOnly() and not editor.birthday.remove.isVisibleTo(editor)
    assert not find(editor, "add_website").isVisibleTo(editor)
    assert editor.handles.rows()[0].value.isReadOnly()


# --- the detail pane -------------------------------------------------------------------------------------------------
def test_the_header_shows_full_name_birthday_dates_and_links(page, qtbot, english_gb):
    page.ctx.clock = FixedClock("2026-03-16T10:00:00")
    cid, _data = rich_contact(page)
    show(page, qtbot, cid)
    panel = page.detail.panel
    contact = Contact.get_by_id(cid)
    full = find(panel, "contactFullName")
    assert full.isVisibleTo(panel)
    assert full.text() == f"Dr. {contact.given_name} Marie {contact.family_name} PhD · goes by “Addy”"
    subtitle = find(panel, "contactSubtitle").text()
    company = contact.company.name if contact.company_id else ""
    assert "Talent acquisition" in subtitle and (not company or f"Talent acquisition, {company}" in subtitle)
    dates = find(panel, "contactDates").text().splitlines()
    assert dates[0] == "Birthday: 12 April (turns 41)"
    assert dates[1] == "Wedding: 3 June 2010 · Graduation: 1 July"
    links = find(panel, "contactLinks").text()
    assert '<a href="https://ada.dev">ada.dev</a> (Blog)' in links
    assert '<a href="https://github.com/ada-example">github.com/ada-example</a>' in links
    assert '<a href="xmpp:ada@example.org">ada@example.org</a> (Work)' in links
    assert '<a href="https://example.social/@ada">@ada@example.social</a>' in links
    assert "ada#1234" in links and "ada#1234</a>" not in links  # no address: plain text


def test_the_header_says_when_a_birthday_is_near_and_leaves_out_an_unknown_year(page, qtbot, english_gb):
    page.ctx.clock = FixedClock("2026-04-10T10:00:00")
    cid = plain_contact(page)
    data = ContactData.from_contact(Contact.get_by_id(cid))
    data.dates = [DateEntry(4, 12, None)]
    update_contact(cid, data)
    show(page, qtbot, cid)
    panel = page.detail.panel
    assert find(panel, "contactDates").text() == "Birthday: 12 April, in 2 days"
    assert not find(panel, "contactFullName").isVisibleTo(panel)
    assert not find(panel, "contactLinks").isVisibleTo(panel)


def test_the_header_follows_the_locale(page, qtbot):
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        page.ctx.clock = FixedClock("2026-03-16T10:00:00")
        cid, _data = rich_contact(page)
        show(page, qtbot, cid)
        assert find(page.detail.panel, "contactDates").text().splitlines()[0] == "Birthday: April 12 (turns 41)"
    finally:
        QLocale.setDefault(before)


def test_only_safe_links_are_opened(page, qtbot, monkeypatch):
    from app.ui.contacts import detail

    opened = []
    monkeypatch.setattr(detail.QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    panel = page.detail.panel
    panel._open_link("https://ada.dev")
    panel._open_link("javascript:alert(1)")
    panel._open_link("file:///etc/passwd")
    assert opened == ["https://ada.dev"]


def test_the_new_fields_do_not_widen_the_details_tab(page, qtbot):
    """The pane is narrow at 1200×800 and the tab has no horizontal scroll bar: "More fields", collapsed or open,
    must not make the form wider than the fields above it already do."""
    editor = show(page, qtbot, plain_contact(page))
    assert not editor.more_expanded()
    collapsed = editor.widget().minimumSizeHint().width()
    assert collapsed <= 400
    cid, _data = rich_contact(page)
    editor = show(page, qtbot, cid)
    assert editor.more_expanded()
    assert editor.widget().minimumSizeHint().width() <= collapsed
