"""`rapport` builds the Pitches, Calendar and Insights pages when first shown (MainWindow(lazy_pages=True)): the
sidebar, menus and shortcuts work before they exist, and everything wired to them works once they do."""

import importlib
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu

from app import db as app_db
from app.ui.main_window import LATER_PAGES
from tests.helpers.qt import find
from tests.helpers.shortcuts import assert_shortcuts_unique


@pytest.fixture
def lazy_window(qtbot, paths, migrated_template):
    from app.ui.application import build_window

    shutil.copyfile(migrated_template, paths.db_path)
    win = build_window(paths, check=False, lazy_pages=True)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    app_db.close_database()


@pytest.mark.parametrize("name", LATER_PAGES)
def test_the_sidebar_knows_each_later_page_as_its_class_does(name):
    module, class_name, title, icon = LATER_PAGES[name]
    cls = getattr(importlib.import_module(module), class_name)
    assert (cls.title, cls.icon_name) == (title, icon)


def test_later_pages_are_built_when_first_shown(lazy_window, qtbot):
    assert set(lazy_window.pages) == {"todayPage", "contactsPage"}
    labels = [lazy_window.navigation.item(row).text() for row in range(lazy_window.navigation.count())]
    assert labels == ["Today", "Contacts", "Pitches", "Calendar", "Insights", "Opportunities"]
    assert lazy_window.stack.count() == 6

    lazy_window.navigation.setCurrentRow(2)  # a click in the sidebar
    page = find(lazy_window, "pitchesPage")
    assert lazy_window.current_page() is page and page.isVisible()
    assert find(lazy_window, "pitchEditor").isVisible()

    QTest.keyClick(lazy_window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert lazy_window.current_page() is find(lazy_window, "calendarPage")
    assert find(lazy_window, "calendarMonth").isVisible()
    assert lazy_window.stack.count() == 6
    assert [lazy_window.stack.widget(i).objectName() for i in range(4)] == lazy_window.page_names[:4]


def test_export_ics_works_before_and_after_the_calendar_exists(lazy_window, qtbot, monkeypatch):
    from app.ui.calendar.page import CalendarPage

    assert_shortcuts_unique(lazy_window)  # the stand-in alone holds Ctrl+Alt+E
    exports = []
    monkeypatch.setattr(CalendarPage, "export_ics", lambda self: exports.append(self))
    tools = find(lazy_window, "toolsMenu", cls=QMenu)
    QTest.keyClick(lazy_window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert "calendarPage" in lazy_window.pages
    assert exports == [lazy_window.calendar_page]
    # The page's own action took the stand-in's place: one Ctrl+Alt+E in the window, in the Tools menu.
    assert lazy_window.calendar_page.export_action in tools.actions()
    assert_shortcuts_unique(lazy_window)
    QTest.keyClick(lazy_window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert len(exports) == 2


def test_insights_numbers_open_the_contacts_behind_them_when_built_later(lazy_window, qtbot):
    insights = lazy_window.show_page("insightsPage")
    insights.show_contacts.emit([], "Nobody yet")
    assert lazy_window.current_page() is lazy_window.contacts_page
    assert "Nobody yet" in find(lazy_window, "contactsSummary").text()


def test_view_menu_lists_every_page(lazy_window):
    titles = [a.text() for a in lazy_window.findChildren(QAction) if a.toolTip().startswith("Show ")]
    for title in ("Today", "Contacts", "Pitches", "Calendar", "Insights", "Opportunities"):
        assert title in titles
