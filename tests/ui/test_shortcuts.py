"""Every window-wide keyboard shortcut does exactly one thing (an ambiguous shortcut silently does nothing)."""

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShortcut

WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


def test_window_wide_shortcuts_are_unique(window):
    owners = defaultdict(set)
    for action in window.findChildren(QAction):
        if action.shortcutContext() in WINDOW_WIDE and action.isEnabled() is not None:
            for sequence in action.shortcuts():
                if not sequence.isEmpty():
                    owners[sequence.toString()].add(action.text().replace("&", "") or action.objectName())
    for shortcut in window.findChildren(QShortcut):
        if shortcut.context() in WINDOW_WIDE and not shortcut.key().isEmpty():
            owners[shortcut.key().toString()].add(shortcut.objectName() or shortcut.whatsThis() or "QShortcut")
    clashes = {key: names for key, names in owners.items() if len(names) > 1}
    assert not clashes, clashes


def test_every_menu_action_has_a_tooltip(window):
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.isSeparator() or action.menu() is not None:
                continue
            assert action.toolTip(), action.text()
