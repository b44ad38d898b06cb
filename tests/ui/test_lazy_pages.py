"""`rapport` builds every page but Today (Contacts, Pitches, Calendar, Insights, Opportunities) when first shown
(MainWindow(lazy_pages=True)): the sidebar, menus and shortcuts work before they exist, and everything wired to them
works once they do."""

import importlib
import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu, QWidget

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
    assert set(lazy_window.pages) == {"todayPage"}
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
    assert set(lazy_window.pages) == {"todayPage", "pitchesPage", "calendarPage"}
    for name, built in lazy_window.pages.items():  # each in its place in the stack, Contacts still a placeholder
        assert lazy_window.stack.indexOf(built) == lazy_window.page_names.index(name)


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


def test_contacts_is_built_on_first_show(lazy_window, qtbot):
    """Issue 21: the Contacts page (its list model, detail pane, filters) waits until it is shown; the window around
    it — the status bar's counts, the Contacts menu — does not need it."""
    assert "contactsPage" not in lazy_window.pages
    assert lazy_window.findChild(QWidget, "contactSearch") is None
    assert "0 contacts" in find(lazy_window, "statusCounts").text()
    contacts_menu = next(a.menu() for a in lazy_window.menuBar().actions() if a.text() == "&Contacts")
    names = [a.objectName() for a in contacts_menu.actions() if not a.isSeparator()]
    assert {"newContactAction", "trashAction", "showTrashAction", "duplicatesAction"} <= set(names)
    assert "contactsPage" not in lazy_window.pages  # listing the menu built nothing

    lazy_window.navigation.setCurrentRow(1)
    page = lazy_window.pages["contactsPage"]
    assert lazy_window.current_page() is page and find(lazy_window, "contactSearch").isVisible()
    assert "No contacts yet" in find(lazy_window, "contactsEmpty").text()  # it refreshed when first shown
    assert [lazy_window.stack.widget(i).objectName() for i in range(2)] == ["todayPage", "contactsPage"]


def test_ctrl_f_builds_contacts_and_puts_the_cursor_in_its_search(lazy_window, qtbot):
    QTest.keyClick(lazy_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert "contactsPage" in lazy_window.pages
    search = find(lazy_window, "contactSearch")
    assert lazy_window.current_page() is lazy_window.pages["contactsPage"]
    qtbot.waitUntil(search.hasFocus)


def test_a_contacts_action_builds_the_page_then_runs(lazy_window, qtbot, monkeypatch):
    from app.ui.contacts.page import ContactsPage

    calls = []
    monkeypatch.setattr(ContactsPage, "new_contact", lambda self: calls.append(self))
    assert "contactsPage" not in lazy_window.pages
    QTest.keyClick(lazy_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # New Contact… from Today
    page = lazy_window.pages["contactsPage"]
    assert calls == [page]
    assert lazy_window.current_page() is page
    # the page's own tools button lists the registry's actions, and they run on this page
    tools = find(lazy_window, "contactTools").menu()
    assert [a.objectName() for a in tools.actions() if not a.isSeparator()] == [
        "brainstormAction",
        "askReferralsAction",
        "targetsAction",
        "duplicatesAction",
        "exportSelectionAction",
        "showTrashAction",
    ]
    find(lazy_window, "newContactAction", cls=QAction).trigger()
    assert calls == [page, page]
    assert_shortcuts_unique(lazy_window)


def test_show_trash_from_the_menu_builds_contacts_in_the_trash(lazy_window, qtbot):
    find(lazy_window, "showTrashAction", cls=QAction).trigger()
    page = lazy_window.pages["contactsPage"]
    assert lazy_window.current_page() is page
    assert find(lazy_window, "showTrash").isChecked()
    assert "Trash" in find(lazy_window, "contactsSummary").text()


def test_the_real_start_leaves_the_contacts_code_unloaded(tmp_path):
    """The window `rapport` opens, shown and painted, has not even imported the Contacts page's modules."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from app.paths import resolve_paths\n"
        "from app.ui.application import build_window\n"
        f"paths = resolve_paths(Path({str(tmp_path / 'data')!r})).ensure()\n"
        "window = build_window(paths, check=False, lazy_pages=True)\n"
        "window.show()\n"
        "QApplication.processEvents()\n"
        "assert 'contactsPage' not in window.pages, window.pages\n"
        "contacts = {'app.ui.contacts.page', 'app.ui.contacts.detail_pane', 'app.ui.contacts.contacts_table_model'}\n"
        "loaded = sorted(contacts & set(sys.modules))\n"
        "assert not loaded, loaded\n"
        "window.show_page('contactsPage')\n"
        "assert 'app.ui.contacts.page' in sys.modules\n"
        "window.close()\n"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "share"),
    }
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr


def test_today_reaches_contacts_before_it_is_built(lazy_window, qtbot, monkeypatch):
    """Ctrl+L from Today logs without a contact (and without building Contacts); the checklist's Brainstorm step
    builds Contacts and starts the wizard there."""
    from app.ui import main_window
    from app.ui.contacts.page import ContactsPage

    opened = []
    monkeypatch.setattr(main_window, "run_modal", lambda dialog: opened.append(dialog.objectName()))
    lazy_window.log_action.trigger()
    assert opened == ["logInteractionDialog"]
    assert "contactsPage" not in lazy_window.pages

    started = []
    monkeypatch.setattr(ContactsPage, "brainstorm", lambda self: started.append(self))
    lazy_window.run_first_step("brainstorm")
    assert started == [lazy_window.pages["contactsPage"]]
    assert lazy_window.current_page() is started[0]
