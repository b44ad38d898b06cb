"""Room to work at the default 1200×800 and maximised (issue 17 item 6), through the real window: the contact list's
columns fit their content without a sideways scrollbar, the name taking the slack and the least needed columns
giving way when the list is narrow; the contact pane shows a whole e-mail address; the Get started checklist folds
into one line once started and comes back from the Help menu; the follow-ups on Today get the height; no page holds
the window larger than 720×560."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from app import db as app_db
from app.core.contacts.contact_data import ContactData, EmailEntry
from app.core.contacts.service import create_contact
from app.ui.contacts import contacts_table_model
from app.ui.contacts.contacts_table_model import Column
from app.ui.contacts.list_view import NAME_MINIMUM, TEXT_CAPS
from tests.helpers.data import fill_with_demo_data
from tests.helpers.qt import find

EMAIL = "aaron.abara@riverbend.co.uk"  # 27 characters, as long as half the sample addresses


def open_window(qtbot, paths, size):
    from app.main import create_window

    window = create_window(paths.data_dir)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    return window


def close(window) -> None:
    window.close()
    app_db.close_database()


@pytest.fixture
def demo(paths, migrated_template):
    """A data folder with 120 demo people and Aaron Abara (first in the list, with a typical e-mail address)."""
    fill_with_demo_data(paths, migrated_template, contacts=120, seed=3)
    app_db.open_database(paths.db_path)
    aaron = ContactData(given_name="Aaron", family_name="Abara", company="Riverbend Studios")
    aaron.emails = [EmailEntry(EMAIL, "work", primary=True)]
    create_contact(aaron)
    app_db.close_database()
    return paths


def contacts(qtbot, window):
    page = window.show_page("contactsPage")
    qtbot.waitUntil(lambda: page.detail.contact_id is not None)
    QApplication.processEvents()
    return page


def needed(view, row: int, column: Column) -> int:
    return view.sizeHintForIndex(view.model().index(row, column)).width()


def shown_rows(view) -> range:
    first = view.rowAt(0)
    last = view.rowAt(view.viewport().height() - 1)
    return range(first, (last if last >= 0 else view.model().rowCount() - 1) + 1)


def visible_columns(view) -> list[Column]:
    return [c for c in Column if not view.isColumnHidden(c)]


def test_contact_list_fits_1200_by_800_without_a_sideways_scrollbar(qtbot, demo):
    window = open_window(qtbot, demo, (1200, 800))
    page = contacts(qtbot, window)
    view = page.view
    assert view.horizontalScrollBar().maximum() == 0
    shown = visible_columns(view)
    assert {Column.NAME, Column.STATUS, Column.COMPANY, Column.NEXT} <= set(shown)
    for row in shown_rows(view):  # Company and Next show whole (a company longer than the cap is elided)
        assert needed(view, row, Column.NEXT) <= view.columnWidth(Column.NEXT)
        assert min(needed(view, row, Column.COMPANY), TEXT_CAPS[Column.COMPANY]) <= view.columnWidth(Column.COMPANY)
    others = sum(view.columnWidth(c) for c in shown if c != Column.NAME)
    assert view.columnWidth(Column.NAME) == view.viewport().width() - others  # the name takes the slack
    assert view.columnWidth(Column.NAME) >= NAME_MINIMUM
    assert view.gave_way  # the least needed columns gave way, and the header's menu says so
    close(window)


def test_the_contact_pane_shows_the_whole_e_mail_address(qtbot, demo):
    window = open_window(qtbot, demo, (1200, 800))
    page = contacts(qtbot, window)
    assert page.detail.panel.name.text() == "Aaron Abara"
    email = next(e for e in page.detail.panel.findChildren(QLineEdit) if e.text() == EMAIL)
    assert email.fontMetrics().horizontalAdvance(EMAIL) <= email.width() - 10
    header = find(page.detail.panel, "contactStatus")
    assert header.height() <= header.fontMetrics().lineSpacing() * 1.5  # the status line does not wrap
    close(window)


def test_maximised_every_column_shows_and_the_name_takes_the_slack(qtbot, demo):
    window = open_window(qtbot, demo, (1920, 1080))
    view = contacts(qtbot, window).view
    assert visible_columns(view) == list(Column) and not view.gave_way
    assert not view.model().compact_status
    assert view.model().headerData(Column.STATUS, Qt.Orientation.Horizontal) == "In touch"
    assert view.horizontalScrollBar().maximum() == 0
    others = sum(view.columnWidth(c) for c in Column if c != Column.NAME)
    assert view.columnWidth(Column.NAME) == view.viewport().width() - others
    close(window)


def test_a_narrow_list_shrinks_the_status_to_its_dot_and_keeps_the_name_readable(qtbot, demo):
    window = open_window(qtbot, demo, (1200, 800))
    page = contacts(qtbot, window)
    view = page.view
    total = sum(page.splitter.sizes())
    page.splitter.setSizes([380, total - 380])
    qtbot.waitUntil(lambda: view.model().compact_status)
    # the dot alone in the header too; its tooltip says what it is
    assert view.model().headerData(Column.STATUS, Qt.Orientation.Horizontal) == ""
    assert Column.COMPANY in visible_columns(view) and Column.NEXT in visible_columns(view)
    assert view.columnWidth(Column.NAME) >= NAME_MINIMUM
    page.splitter.setSizes([total - 300, 300])  # room again: the columns come back
    qtbot.waitUntil(lambda: not view.model().compact_status)
    assert {Column.STAGE, Column.LAST} <= set(visible_columns(view))
    close(window)


def test_columns_are_sized_without_reading_every_contact(qtbot, paths, migrated_template, monkeypatch):
    fill_with_demo_data(paths, migrated_template, contacts=600, seed=4)
    fetched: list[int] = []
    real = contacts_table_model.rows_for

    def counting(ids, *args, **kwargs):
        fetched.extend(ids)
        return real(ids, *args, **kwargs)

    monkeypatch.setattr(contacts_table_model, "rows_for", counting)
    window = open_window(qtbot, paths, (1920, 1080))
    view = contacts(qtbot, window).view
    view.fit_columns(measure=True)
    assert 0 < len(set(fetched)) <= 100  # the rows on screen and a window around them, not 600
    close(window)


def test_columns_turned_off_and_widths_dragged_are_kept(qtbot, demo):
    window = open_window(qtbot, demo, (1920, 1080))
    view = contacts(qtbot, window).view
    view.set_column_wanted(Column.TITLE, False)
    assert view.isColumnHidden(Column.TITLE)
    view.horizontalHeader().resizeSection(Column.COMPANY, 300)  # what a drag on the divider does
    assert view.user_widths == {Column.COMPANY: 300}
    close(window)
    window = open_window(qtbot, demo, (1920, 1080))
    view = contacts(qtbot, window).view
    assert view.isColumnHidden(Column.TITLE) and view.columnWidth(Column.COMPANY) == 300
    view.reset_widths()
    assert view.columnWidth(Column.COMPANY) < 300
    close(window)


# --- Today ---------------------------------------------------------------------------------------------------------
def started(paths, migrated_template) -> None:
    """Two of the five steps done (contacts imported, a conversation logged), and two dozen follow-ups due."""
    import datetime as dt

    from app.core.contacts.interactions import log_interaction
    from app.core.followups import writes as followup_writes

    shutil.copyfile(migrated_template, paths.db_path)
    app_db.open_database(paths.db_path)
    ada = create_contact(ContactData(given_name="Ada", family_name="Okafor", source="linkedin"))
    log_interaction(ada.id, "coffee", when=dt.datetime.now().replace(microsecond=0) - dt.timedelta(days=1))
    for n in range(24):
        followup_writes.create(f"Follow-up number {n}", dt.date.today() + dt.timedelta(days=n % 6), contact_id=ada.id)
    app_db.close_database()


def test_the_checklist_folds_once_started_and_the_follow_ups_get_the_height(qtbot, paths, migrated_template):
    started(paths, migrated_template)
    window = open_window(qtbot, paths, (1200, 800))
    page = window.today_page
    checklist = find(page, "getStarted")
    assert checklist.isVisible() and checklist.folded
    assert not find(page, "getStartedSteps").isVisible()
    assert find(page, "getStartedNext").isVisible() and "pitch" not in find(page, "getStartedNext").text().lower()
    assert "2 of 5" in find(page, "getStartedProgress").text()
    follow_ups = find(page, "todayList")
    row = follow_ups.sizeHintForRow(1) or 48
    assert follow_ups.viewport().height() >= 6 * row  # about two rows before (issue 17)
    find(page, "getStartedFold").click()  # open it again: the five steps
    assert find(page, "getStartedSteps").isVisible() and not checklist.folded
    close(window)
    window = open_window(qtbot, paths, (1200, 800))  # the choice is kept
    assert not find(window.today_page, "getStarted").folded
    close(window)


def test_the_checklist_is_put_away_and_comes_back_from_the_help_menu(qtbot, paths, migrated_template):
    started(paths, migrated_template)
    window = open_window(qtbot, paths, (1200, 800))
    find(window.today_page, "getStartedHide").click()
    assert not find(window.today_page, "getStarted").isVisible()
    close(window)
    window = open_window(qtbot, paths, (1200, 800))
    page = window.today_page
    assert page.findChild(QWidget, "getStarted") is None  # put away: not even made before it is asked for (issue 21)
    window.show_page("contactsPage")
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Help")
    action = next(a for a in help_menu.actions() if a.objectName() == "getStartedAction")
    action.trigger()
    assert window.current_page() is page
    assert find(page, "getStarted").isVisible() and find(page, "getStartedSteps").isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is find(page, "getStarted_brainstorm"))  # the first to do
    close(window)


def test_before_the_first_step_the_checklist_is_whole_and_cannot_be_put_away(window, qtbot):
    window.show()
    qtbot.waitUntil(lambda: find(window, "getStarted").isVisible())
    assert find(window, "getStartedSteps").isVisible()
    assert not find(window, "getStartedHide").isVisible() and not find(window, "getStartedFold").isVisible()


# --- the window's minimum ------------------------------------------------------------------------------------------
def test_no_page_holds_the_window_larger_than_720_by_560(qtbot, demo):
    window = open_window(qtbot, demo, (1200, 800))
    window.show_page("opportunitiesPage")
    minimum = window.minimumSizeHint()
    assert minimum.width() <= 720 and minimum.height() <= 560, minimum
    window.resize(720, 560)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == (720, 560))
    close(window)
