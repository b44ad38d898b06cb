"""The contact list and the search box, as a user and outside scripts drive them (DESIGN §11)."""

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app.core.contacts.list_query import ContactFilter
from app.models import Circle, Contact
from app.ui.contacts.contacts_table_model import Column, ContactIdRole, ContactsTableModel
from tests.helpers.qt import find


def _row_texts(model, rows=20):
    return [
        " ".join(str(model.index(r, c).data() or "") for c in range(model.columnCount(QModelIndex())))
        for r in range(min(rows, model.rowCount()))
    ]


def test_required_object_names(contacts_window):
    page = find(contacts_window, "contactsPage")
    search = find(contacts_window, "contactSearch", QLineEdit)
    view = find(contacts_window, "contactList")
    # Names a person hears, not the objectNames (issue 23)
    assert page.accessibleName() and search.accessibleName() == "Search contacts"
    assert view.accessibleName() == "Contacts"
    assert view.model().rowCount() == Contact.select().where(Contact.deleted_at.is_null()).count()


def test_typing_a_family_name_filters_the_list(contacts_window, qtbot):
    search = find(contacts_window, "contactSearch", QLineEdit)
    model = find(contacts_window, "contactList").model()
    family = Contact.select(Contact.family_name).order_by(Contact.id).first().family_name
    before = model.rowCount()
    search.setFocus()
    qtbot.keyClicks(search, family)
    qtbot.waitUntil(lambda: 0 < model.rowCount() < before)
    texts = _row_texts(model)
    assert family.lower() in texts[0].lower()
    assert all(family.lower() in t.lower() for t in texts)
    expected = Contact.select().where(Contact.family_name == family, Contact.deleted_at.is_null()).count()
    assert model.rowCount() >= expected


def test_search_ignores_accents_and_hostile_text(page, qtbot):
    target = Contact.create(
        given_name="José", family_name="Müller-Lüdenscheidt", display_name="José Müller-Lüdenscheidt"
    )
    page.ctx.bus.contacts_changed.emit()
    page.search.setText("jose mull")
    qtbot.waitUntil(lambda: page.model.filter.text == "jose mull")
    assert page.model.contact_id(0) == target.id
    for text in ['"', "a OR (", "NEAR(", ")", "^", "name:", "\\", "%", "_", "Robert'); DROP TABLE contact;--"]:
        page.search.setText(text)
        qtbot.waitUntil(lambda t=text: page.model.filter.text == t)
        assert page.model.rowCount() >= 0
    assert Contact.select().count() > 0


def test_escape_clears_and_down_moves_to_the_list(page, qtbot):
    total = page.model.rowCount()
    page.search.setFocus()
    qtbot.keyClicks(page.search, "zzzzzzqq")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.empty.isVisibleTo(page) and "No contact matches" in page.empty.text()
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.model.rowCount() == total)
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.view.hasFocus() or QApplication.focusWidget() is page.view


def test_find_action_focuses_the_search_box(contacts_window, qtbot):
    contacts_window.show_page("todayPage")
    contacts_window.find_action.trigger()
    search = find(contacts_window, "contactSearch", QLineEdit)
    qtbot.waitUntil(search.hasFocus)
    assert contacts_window.current_page().objectName() == "contactsPage"
    assert contacts_window.find_action.shortcut().matches(Qt.Key.Key_F | Qt.KeyboardModifier.ControlModifier)


def test_selecting_a_row_shows_the_contact(page, qtbot):
    page.view.select_contact(page.model.contact_id(3))
    cid = page.model.contact_id(3)
    qtbot.waitUntil(lambda: page.detail.contact_id == cid)
    assert page.detail.panel.name.text() == Contact.get_by_id(cid).display_name


def test_circle_filter_and_clear(page, qtbot):
    circle = Circle.select().order_by(Circle.position).first()
    page.filters.set_circle(circle.id)
    qtbot.waitUntil(lambda: page.model.filter.circle_id == circle.id)
    shown = {page.model.contact_id(r) for r in range(page.model.rowCount())}
    members = {c.contact_id for c in circle.contact_links}
    assert shown and shown <= members
    page.clear_search()
    assert page.model.filter.circle_id is None


def test_sorting_by_a_column_header(page, qtbot):
    page.view.horizontalHeader().setSortIndicator(Column.STAGE, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: page.model.sort_order.descending)
    first = Contact.get_by_id(page.model.contact_id(0))
    assert first.stage == "ally"


@pytest.mark.parametrize(
    ("flt", "sort"),
    [
        (ContactFilter(), None),
        (ContactFilter(text="a"), None),
        (ContactFilter(text="an"), (Column.LAST, Qt.SortOrder.DescendingOrder)),
        (ContactFilter(trash=True), None),
        (ContactFilter(stage="met"), (Column.STATUS, Qt.SortOrder.AscendingOrder)),
    ],
)
def test_model_passes_qtmodeltester(qtmodeltester, demo_db, clock, flt, sort):
    from app.core.contacts.service import trash_contacts

    trash_contacts([1, 2, 3], clock=clock)
    model = ContactsTableModel(clock)
    model.set_filter(flt)
    if sort is not None:
        model.sort(*sort)
    qtmodeltester.check(model, force_py=True)
    model.set_filter(ContactFilter(text="e"))  # the tester keeps watching the reset
    assert model.rowCount() > 0


def test_model_loads_only_the_head_then_the_windows_it_shows(demo_db, clock, monkeypatch):
    """Issue 21: a row far down a long list (scrolled to, or selected by id) costs a window of ids, not every id."""
    from app.core.contacts import list_query as contact_list
    from app.ui.contacts import contacts_table_model

    monkeypatch.setattr(contact_list, "FULL_LIMIT", 10)
    monkeypatch.setattr(contact_list, "HEAD", 10)
    monkeypatch.setattr(contacts_table_model, "BLOCK", 7)
    model = ContactsTableModel(clock)
    model.reload()
    total = Contact.select().where(Contact.deleted_at.is_null()).count()
    full = list(contact_list.all_ids(ContactFilter(), model.sort_order, today=clock.today()))
    assert model.rowCount() == total == len(full)
    assert len(model._result.ids) < total
    last = model.index(total - 1, 0)
    assert last.data() and last.data(ContactIdRole) == full[-1]
    middle = total // 2
    assert model.row_of(full[middle]) == middle
    assert [model.contact_id(row) for row in range(total)] == full
    assert len(model._result.ids) < total  # still only the head: the rest came in blocks
    assert list(model.ids()) == full  # all of them when asked for all
    assert model.row_of(full[middle]) == middle


@pytest.mark.parametrize("column", list(Column))
def test_every_column_has_text_tooltip_and_accessible_text(demo_db, clock, column):
    model = ContactsTableModel(clock)
    model.reload()
    index = model.index(0, column)
    assert model.headerData(column, Qt.Orientation.Horizontal)
    assert index.data(Qt.ItemDataRole.DisplayRole) is not None
    if column == Column.STATUS:
        assert index.data(Qt.ItemDataRole.DisplayRole) in ("In touch", "Due", "Overdue")
        assert index.data(Qt.ItemDataRole.ToolTipRole)
        assert index.data(Qt.ItemDataRole.DecorationRole) is not None


def test_typing_in_the_list_goes_to_the_search_box(page, qtbot):
    page.view.setFocus()
    qtbot.keyClicks(page.view, "zz")
    assert page.search.text() == "zz"
    qtbot.waitUntil(lambda: page.model.filter.text == "zz")


def test_referral_tab_shows_the_chain_and_who_they_referred(page, qtbot):
    from app.core.contacts import referrals

    child = Contact.select().where(Contact.referred_by.is_null(False), Contact.deleted_at.is_null()).first()
    page.open_contact(child.id)
    qtbot.waitUntil(lambda: page.detail.contact_id == child.id)
    tree = page.detail.panel.referrals.tree
    chain = referrals.trail_up(child.id)
    top = tree.topLevelItem(0)
    assert top.text(0).startswith(chain[0].name)
    item = top
    for person in chain[1:]:
        item = item.child(0)
        assert item.text(0).startswith(person.name)
    me = item.child(0)
    assert me.text(0).startswith(child.display_name) and me.font(0).bold()
    assert me.childCount() == referrals.referred_count(child.id)
    assert "Referred by" in page.detail.panel.referrals.summary.text()
