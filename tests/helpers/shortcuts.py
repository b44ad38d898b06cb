"""Window-wide keyboard shortcuts, for the tests that check no two actions claim one."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShortcut

WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


def assert_shortcuts_unique(window) -> None:
    """Every window-wide shortcut of ``window`` belongs to one action (an ambiguous one silently does nothing)."""
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
