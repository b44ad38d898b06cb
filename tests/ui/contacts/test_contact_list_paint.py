"""The contact list paints its visible rows in one call (issue 21: a search keystroke within a frame), not timed:
no ``data()`` round-trip or delegate call per cell, and what it draws is what the table drew (selection,
alternating rows, texts)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from app.ui.contacts.contacts_table_model import Column, ContactsTableModel
from app.ui.contacts.list_painter import ContactCellDelegate
from app.ui.contacts.list_view import ContactListView


@pytest.fixture
def view(demo_db, clock, qtbot):
    model = ContactsTableModel(clock)
    model.reload()
    view = ContactListView(model)
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_a_repaint_draws_the_rows_without_a_call_per_cell(view, monkeypatch):
    calls = {"data": 0, "delegate": 0}
    data, init = ContactsTableModel.data, ContactCellDelegate.initStyleOption

    def counting_data(self, index, role=Qt.ItemDataRole.DisplayRole):
        calls["data"] += 1
        return data(self, index, role)

    def counting_init(self, option, index):
        calls["delegate"] += 1
        return init(self, option, index)

    monkeypatch.setattr(ContactsTableModel, "data", counting_data)
    monkeypatch.setattr(ContactCellDelegate, "initStyleOption", counting_init)
    assert view.model().index(0, 0).data()  # the patch is seen from C++ (else the test could not fail)
    calls["data"] = 0
    before = view.row_painter.paints
    view.viewport().repaint()
    assert view.row_painter.paints == before + 1
    assert calls == {"data": 0, "delegate": 0}


def test_the_painted_rows_show_selection_alternation_and_text(view):
    view.selectRow(1)
    view.setFocus()
    image = view.viewport().grab().toImage()
    height = view.verticalHeader().defaultSectionSize()
    palette = view.palette()
    group = QPalette.ColorGroup.Active if view.isActiveWindow() else QPalette.ColorGroup.Inactive
    x = view.horizontalHeader().sectionViewportPosition(Column.NAME) + 1  # inside the margin: background only

    def colour(row):
        return image.pixelColor(x, row * height + height // 2).name()

    assert colour(0) == palette.color(group, QPalette.ColorRole.Base).name()
    assert colour(1) == palette.color(group, QPalette.ColorRole.Highlight).name()
    assert colour(2) == palette.color(group, QPalette.ColorRole.Base).name()
    assert colour(3) == palette.color(group, QPalette.ColorRole.AlternateBase).name()
    # the name is drawn: the row's name cell holds pixels of another colour than its background
    left = view.horizontalHeader().sectionViewportPosition(Column.NAME)
    width = view.horizontalHeader().sectionSize(Column.NAME)
    background = image.pixelColor(x, height // 2)
    inked = sum(image.pixelColor(px, height // 2) != background for px in range(left, left + width))
    assert inked > 3


def test_the_texts_are_laid_out_once(view):
    view.viewport().repaint()
    laid_out = len(view.row_painter._texts)
    assert laid_out > 0
    view.viewport().repaint()
    assert len(view.row_painter._texts) == laid_out


def test_right_to_left_is_painted_by_the_table(view):
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    before = view.row_painter.paints
    view.viewport().repaint()
    assert view.row_painter.paints == before


def test_a_new_search_keeps_the_rows_already_read_until_a_write(demo_db, clock, monkeypatch):
    """Issue 21: a keystroke fetches only the rows it has not shown yet; a write (or another day) reads them again."""
    from app.core.contacts.contact_data import ContactData
    from app.core.contacts.list_query import ContactFilter
    from app.core.contacts.service import update_contact
    from app.ui.contacts import contacts_table_model

    fetched = []
    real = contacts_table_model.rows_for

    def rows_for(ids, *args, **kwargs):
        fetched.extend(ids)
        return real(ids, *args, **kwargs)

    monkeypatch.setattr(contacts_table_model, "rows_for", rows_for)
    model = ContactsTableModel(clock)
    model.reload()
    first = model.contact_id(0)
    assert model.cached_cells(0) is not None and first in fetched
    fetched.clear()
    model.set_filter(ContactFilter(text="e"))
    model.set_filter(ContactFilter())
    assert model.cached_cells(0) is not None
    assert first not in fetched  # shown a moment ago, nothing written since: not read again
    update_contact(first, ContactData(given_name="Zed", family_name="Aaronson"), clock=clock)
    model.set_filter(ContactFilter(text="aaronson"))
    assert model.contact_id(0) == first
    assert model.cached_cells(0)[Column.NAME][0] == "Zed Aaronson"
    assert first in fetched


def test_an_uncounted_search_gets_its_rows_first_and_its_count_after(demo_db, clock, qtbot, qtmodeltester, monkeypatch):
    """Issue 21: the model shows the head of a search matching many at once and inserts the rest when counted."""
    from app.core.contacts import list_query as contact_list
    from app.core.contacts.list_query import ContactFilter

    monkeypatch.setattr(contact_list, "FULL_LIMIT", 10)
    head = contact_list.HEAD
    model = ContactsTableModel(clock)
    model.count_later = True
    model.reload()
    qtmodeltester.check(model, force_py=True)
    with qtbot.waitSignal(model.counted, timeout=2000):
        model.set_filter(ContactFilter(text="e"))
        assert not model.is_counted and model.rowCount() == head
    total = contact_list.count(ContactFilter(text="e"), today=clock.today())
    assert model.is_counted and model.rowCount() == model.total == total > head
    assert [model.contact_id(r) for r in range(total)] == list(
        contact_list.all_ids(ContactFilter(text="e"), model.sort_order, today=clock.today())
    )
    model.set_filter(ContactFilter(text="e"))  # the same: nothing to do
    model.set_filter(ContactFilter(text="a"))
    model.set_filter(ContactFilter(text="an"))  # typed on before "a" was counted: "a" is never counted
    qtbot.waitUntil(lambda: model.is_counted)
    assert model.rowCount() == contact_list.count(ContactFilter(text="an"), today=clock.today())


def test_the_page_shows_the_rows_then_the_number(page, monkeypatch):
    from app.core.contacts import list_query as contact_list
    from app.core.contacts.list_query import ContactFilter
    from app.ui.contacts import contacts_table_model

    monkeypatch.setattr(contact_list, "FULL_LIMIT", 10)
    monkeypatch.setattr(contacts_table_model, "COUNT_AFTER_MS", 3_600_000)  # the test counts, not the timer
    before = page.summary.text()
    page.search.blockSignals(True)
    page.search.setText("e")
    page.search.blockSignals(False)
    page.apply_filter()
    assert page.model.filter.text == "e" and not page.model.is_counted
    assert page.view.isVisible() and page.model.rowCount() == contact_list.HEAD
    assert page.summary.text() == before  # the number is not known yet: not a wrong one
    page.model.finish_count()  # what the timer does a frame later
    total = contact_list.count(ContactFilter(text="e"), today=page.ctx.clock.today())
    assert page.model.rowCount() == total and f"{total}" in page.summary.text().replace(",", "")


def test_each_rendered_cell_is_in_its_column(demo_db, clock):
    """The cells of a row are one tuple in the order of Column (no dict per row): each holds its column's value."""
    model = ContactsTableModel(clock)
    model.reload()
    rows = [model.row_data(r) for r in range(model.rowCount())]
    row = next(r for r in rows if r.company and r.title and r.circle_ids)
    cells = model.cached_cells(rows.index(row))
    assert len(cells) == len(Column)
    assert cells[Column.NAME][0] == row.name
    assert cells[Column.COMPANY][0] == row.company and cells[Column.TITLE][0] == row.title
    assert cells[Column.STAGE][0] and cells[Column.STATUS][1] is not None  # the stage's word, the status's dot
    assert cells[Column.CIRCLES][1] is not None and cells[Column.CIRCLES][0]
    assert cells[Column.LAST][4] == cells[Column.NEXT][4] == cells[Column.BALANCE][4] != cells[Column.NAME][4]
