"""The main window as create_window builds it (DESIGN §5, §11)."""

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget, QWidget

from app import __version__
from app import db as app_db
from tests.helpers.data import fill_with_demo_data
from tests.helpers.qt import find

PAGES = ["todayPage", "contactsPage", "pitchesPage", "calendarPage"]


def test_navigation_switches_to_every_page(window, qtbot):
    window.show()
    nav = find(window, "navigation", QListWidget)
    assert nav.accessibleName() == "Pages"  # a name a person hears, not the objectName (issue 23)
    for row, name in enumerate(PAGES):
        nav.setCurrentRow(row)
        page = find(window, name)
        qtbot.waitUntil(page.isVisible)
        assert window.stack.currentWidget() is page
        assert page.accessibleName()


def test_the_sidebar_takes_the_window_colour(window):
    """The navigation's viewport draws no background of its own (found by name at start-up, issue 21)."""
    nav = find(window, "navigation", QListWidget)
    assert not nav.viewport().autoFillBackground()
    assert not nav.autoFillBackground()


def test_clicking_the_navigation_switches_pages(window, qtbot):
    window.show()
    nav = find(window, "navigation", QListWidget)
    rect = nav.visualItemRect(nav.item(2))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: find(window, "pitchesPage").isVisible())


def test_keyboard_shortcuts_switch_pages(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_page().objectName() == "calendarPage")
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_page().objectName() == "todayPage")


def test_title_and_about_text(window):
    assert window.windowTitle() == "Rapport"
    about = window.about_text()
    assert __version__ in about
    assert str(window.ctx.paths.data_dir) in about


def test_menus_offer_import_export_quit_undo_find_about(window):
    names = {a.objectName() for a in window.actions()}
    for name in ("importAction", "exportAction", "quitAction", "findAction", "aboutAction"):
        assert name in names
    assert not window.quit_action.shortcut().isEmpty()
    assert window.undo_action.shortcut().toString()
    for action in window.actions():
        assert action.toolTip(), action.text()


def test_empty_database_shows_get_started(window, qtbot):
    window.show()
    qtbot.waitUntil(lambda: find(window, "getStarted").isVisible())
    assert find(window, "exploreDemo").isVisible()
    assert "0 contacts" in find(window, "statusCounts").text()


def test_today_lists_demo_followups_and_badge(qtbot, paths, migrated_template, clock):
    from app.core.overview import counts
    from app.main import create_window

    fill_with_demo_data(paths, migrated_template, contacts=150, seed=3)
    win = create_window(paths.data_dir)
    qtbot.addWidget(win)
    win.show()
    tree = find(win, "todayList").model()
    qtbot.waitUntil(lambda: tree.rowCount() > 0)
    expected = counts()
    assert f"{expected.contacts} contacts" in find(win, "statusCounts").text()
    assert win.navigation.item(0).data(Qt.ItemDataRole.UserRole + 1) == expected.attention
    groups = [tree.index(i, 0).data() for i in range(tree.rowCount())]
    assert any(g.startswith("Overdue") for g in groups)
    win.close()
    app_db.close_database()


def test_geometry_is_restored(qtbot, paths, migrated_template):
    from app.main import create_window

    shutil.copyfile(migrated_template, paths.db_path)
    first = create_window(paths.data_dir)
    qtbot.addWidget(first)
    first.show()
    first.resize(720, 560)
    qtbot.waitUntil(lambda: first.width() == 720)
    first.close()
    app_db.close_database()
    second = create_window(paths.data_dir)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (720, 560)
    second.close()
    app_db.close_database()


@pytest.mark.parametrize("name", PAGES)
def test_pages_are_children_of_the_window(window, name):
    page = window.findChild(QWidget, name)
    assert page is not None and window.isAncestorOf(page)


def test_today_is_first_in_the_stack_and_shown_without_a_placeholder(qtbot, paths, migrated_template):
    """Today is built with the window and goes straight into the page stack (no placeholder swapped out before the
    first paint, issue 21); the later pages wait in placeholders until first shown."""
    from app.ui.application import build_window

    shutil.copyfile(migrated_template, paths.db_path)
    window = build_window(paths, check=False, lazy_pages=True, defer_features=True)  # as `rapport` starts
    qtbot.addWidget(window)
    assert window.stack.count() == len(window.page_names) == 6
    assert window.stack.widget(0) is window.today_page is window.stack.currentWidget()
    assert set(window.pages) == {"todayPage"}
    contacts = window.show_page("contactsPage")
    assert window.stack.count() == 6 and window.stack.widget(1) is contacts is window.stack.currentWidget()


def test_todays_menu_actions_are_wired_as_rapport_starts(qtbot, paths, migrated_template):
    """The action registry is made before Today and waits for every page: Today, put straight into the stack, must
    still be handed to it (4ed673e did not, and Help → Get Started Checklist did nothing)."""
    from app.ui.application import build_window

    shutil.copyfile(migrated_template, paths.db_path)
    window = build_window(paths, check=False, lazy_pages=True, defer_features=True)  # as `rapport` starts
    qtbot.addWidget(window)
    registry = window.action_registry
    assert "todayPage" in registry._registered_pages  # Today's register_actions ran
    today_actions = [spec.id for spec in registry.specs.values() if spec.page == "todayPage"]
    assert today_actions and all(key in registry._handlers for key in today_actions), today_actions
    # (the behaviour, Help → Get Started Checklist bringing a put-away checklist back: tests/ui/test_room_to_work.py)


def test_the_status_bar_says_1_contact_not_1_contacts(window):
    from app.core.contacts.contact_data import ContactData
    from app.core.contacts.service import create_contact

    create_contact(ContactData(given_name="Ada", family_name="Okafor"))
    window.update_status()
    assert window.status_counts.text().startswith("1 contact ·")
    create_contact(ContactData(given_name="Ben", family_name="Ito"))
    window.update_status()
    assert window.status_counts.text().startswith("2 contacts ·")


def test_counts_take_the_word_that_goes_with_them(qapp):
    from PySide6.QtCore import QCoreApplication

    assert [QCoreApplication.translate("MainWindow", "%Ln contact(s)", "", n) for n in (0, 1, 2, 1204)] == [
        "0 contacts",
        "1 contact",
        "2 contacts",
        "1,204 contacts",
    ]


def test_status_bar_messages_have_room_beside_the_counts(window, qtbot):
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.statusBar().showMessage("Saved a backup to /somewhere/safe", 5000)
    qtbot.waitUntil(lambda: window.status_counts.isVisible())
    # The counts sit at the right; the message is drawn in the room to their left.
    assert window.status_counts.geometry().left() > window.statusBar().width() // 2
    assert window.statusBar().currentMessage() == "Saved a backup to /somewhere/safe"


def test_closing_with_edits_the_database_refused_asks_first(window, qtbot, monkeypatch):
    from PySide6.QtCore import QTimer

    window.show()
    qtbot.waitExposed(window)
    monkeypatch.setattr(window.contacts_page, "has_unsaved_edits", lambda: True)
    monkeypatch.setattr(window, "closes_to_tray", lambda: False)
    answers = ["Keep Open", "Close Anyway"]
    asked = []

    def answer():
        box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "unsavedOnClose" and w.isVisible())
        asked.append(box.text())
        wanted = answers.pop(0)
        next(b for b in box.buttons() if b.text() == wanted).click()

    QTimer.singleShot(0, answer)
    window.close()
    assert window.isVisible() and "could not be saved yet" in asked[0] and "Contacts" in asked[0]
    QTimer.singleShot(0, answer)
    window.close()
    assert not window.isVisible()


def test_quitting_on_a_signal_never_waits_for_an_answer(window, qtbot, monkeypatch):
    window.show()
    qtbot.waitExposed(window)
    monkeypatch.setattr(window.contacts_page, "has_unsaved_edits", lambda: True)
    window.quit_unattended()  # what SIGTERM, SIGHUP and the end of the event loop call
    assert not window.isVisible()
    assert not [w for w in QApplication.topLevelWidgets() if w.objectName() == "unsavedOnClose" and w.isVisible()]
