"""Every window-wide keyboard shortcut does exactly one thing (an ambiguous shortcut silently does nothing)."""

from tests.helpers.shortcuts import assert_shortcuts_unique


def test_window_wide_shortcuts_are_unique(window):
    assert_shortcuts_unique(window)


def test_every_menu_action_has_a_tooltip(window):
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.isSeparator() or action.menu() is not None:
                continue
            assert action.toolTip(), action.text()


def test_ctrl_n_makes_a_new_contact_from_anywhere(window, qtbot, monkeypatch):
    """Issue 16: Ctrl+N only worked while a contact was shown — not on the empty Contacts page that advises it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from app.ui.contacts.people_dialogs import NewContactDialog

    opened = []
    monkeypatch.setattr(NewContactDialog, "exec", lambda dialog: opened.append(dialog.objectName()) or 0)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page = window.show_page("contactsPage")
    assert "Ctrl+N" in page.empty.text() and page.empty.isVisible()
    window.navigation.setFocus()  # where the focus is after choosing the page in the sidebar
    qtbot.keyClick(window.navigation, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["newContactDialog"]
    window.show_page("todayPage")
    qtbot.keyClick(window.today_page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["newContactDialog"] * 2
    assert window.current_page() is page
