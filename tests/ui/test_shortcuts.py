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
