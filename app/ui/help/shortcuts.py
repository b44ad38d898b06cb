"""Help → Keyboard Shortcuts: a list generated from the window's actions, so it never goes stale.

Every menu (as the action registry, app.ui.actions, declares and builds them) gives a section with its actions that
have a shortcut, in menu order (submenus too); then each page gives a section with the shortcuts that work on it: its
actions, and its ``QShortcut``s that say what they do (``whatsThis``). Pages not built yet are built first (the window
builds them when first shown).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets.parts import describe_buttons


@dataclass(frozen=True)
class Shortcut:
    section: str  # a menu ("File") or a page ("Pitches page")
    what: str  # the action's text, without its mnemonic "&"
    keys: str  # as the platform writes them ("Ctrl+Shift+E"), several separated by ", "


def plain(text: str) -> str:
    """An action's text as people read it: no "&" mnemonic ("&&" is a literal "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def key_text(sequences) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if not s.isEmpty())


def _menus(window) -> list[tuple[str, list[QAction]]]:
    """(title, actions) of each menu in menu-bar order: from the window's action registry (app.ui.actions), or
    from the menu bar of a window without one."""
    registry = getattr(window, "action_registry", None)
    if registry is not None:
        return registry.menu_entries()
    bar = window.menuBar().actions()
    return [(a.text(), a.menu().actions()) for a in bar if a.menu() is not None and a.isVisible()]


def _action_entries(actions: list[QAction], section: str, seen: set[int]) -> list[Shortcut]:
    entries = []
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        if action.menu() is not None:
            entries += _action_entries(action.menu().actions(), f"{section} › {plain(action.text())}", seen)
            continue
        seen.add(id(action))
        keys = key_text(action.shortcuts())
        if keys:
            entries.append(Shortcut(section, plain(action.text()).rstrip("…"), keys))
    return entries


def _page_of(obj, pages: dict[int, str]) -> str | None:
    while obj is not None:
        title = pages.get(id(obj))
        if title is not None:
            return title
        obj = obj.parent()
    return None


def collect(window) -> list[Shortcut]:
    """Every shortcut of ``window``: its menus (in menu-bar order), then each page's own."""
    for name in getattr(window, "page_names", []):
        window.page(name)
    seen: set[int] = set()
    entries: list[Shortcut] = []
    for title, actions in _menus(window):
        entries += _action_entries(actions, plain(title), seen)
    pages = {
        id(page): QCoreApplication.translate("ShortcutsDialog", "{page} page").format(
            page=QCoreApplication.translate("MainWindow", page.title)
        )
        for page in getattr(window, "pages", {}).values()
    }
    order = {title: index for index, title in enumerate(pages.values())}
    found: dict[tuple[str, str], Shortcut] = {}
    for action in window.findChildren(QAction):
        keys = key_text(action.shortcuts())
        if id(action) in seen or not keys or not action.text():
            continue
        page = _page_of(action.parent(), pages)
        if page is not None:
            what = plain(action.text()).rstrip("…")
            found.setdefault((page, what), Shortcut(page, what, keys))
    for shortcut in window.findChildren(QShortcut):
        keys = key_text([shortcut.key()])
        page = _page_of(shortcut.parent(), pages)
        if keys and shortcut.whatsThis() and page is not None:
            found.setdefault((page, shortcut.whatsThis()), Shortcut(page, shortcut.whatsThis(), keys))
    entries += sorted(found.values(), key=lambda s: order.get(s.section, len(order)))
    return entries


class _Filter(QSortFilterProxyModel):
    """Keeps the rows whose section, action or shortcut holds every typed word ("backup" finds "Back Up Now")."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.words: list[str] = []
        self.setRecursiveFilteringEnabled(True)  # a section stays while one of its rows matches

    def set_text(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+ (invalidateRowsFilter is deprecated there)
            self.beginFilterChange()
            self.words = text.lower().split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.words = text.lower().split()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent) -> bool:
        if not parent.isValid():
            return not self.words  # a section by itself: only while nothing is typed
        model = self.sourceModel()
        texts = [parent.data(), model.index(row, 0, parent).data(), model.index(row, 1, parent).data()]
        haystack = " ".join(texts).lower()
        squeezed = haystack.replace(" ", "")
        return all(word in haystack or word in squeezed for word in self.words)


class ShortcutsDialog(QDialog):
    """The shortcuts in a filterable two-column list, grouped by menu and page."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.entries = collect(window)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(8)
        self.filter = QLineEdit()
        self.filter.setObjectName("shortcutsFilter")
        self.filter.setAccessibleName(self.tr("Filter shortcuts"))
        self.filter.setPlaceholderText(self.tr("Type to filter, e.g. “backup” or “Ctrl+Shift”"))
        self.filter.setClearButtonEnabled(True)
        layout.addWidget(self.filter)

        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        sections: dict[str, QStandardItem] = {}
        for entry in self.entries:
            group = sections.get(entry.section)
            if group is None:
                group = QStandardItem(entry.section)
                font = group.font()
                font.setBold(True)
                group.setFont(font)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.model.appendRow([group, _plain_item("")])
                sections[entry.section] = group
            group.appendRow([_plain_item(entry.what), _plain_item(entry.keys)])
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTreeView()
        self.view.setObjectName("shortcutsList")
        self.view.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.view.setAccessibleDescription(
            self.tr("Each action and its keys, grouped by menu and page; the field above narrows the list")
        )
        self.view.setModel(self.proxy)
        self.view.setRootIsDecorated(False)
        self.view.setItemsExpandable(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        header = self.view.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        layout.addWidget(self.view, 1)
        self.empty = QLabel(self.tr("No shortcut matches."))
        self.empty.setObjectName("shortcutsEmpty")
        self.empty.hide()
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        describe_buttons(buttons)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self.apply_filter)
        self._expand()
        self.resize(560, 640)
        self.filter.setFocus()

    def _expand(self) -> None:
        self.view.expandAll()
        for row in range(self.proxy.rowCount()):
            self.view.setFirstColumnSpanned(row, QModelIndex(), True)

    def apply_filter(self, text: str) -> int:
        """Show the rows that hold every word of ``text``; returns how many."""
        self.proxy.set_text(text)
        self._expand()
        shown = sum(self.proxy.rowCount(self.proxy.index(row, 0)) for row in range(self.proxy.rowCount()))
        self.empty.setVisible(shown == 0)
        return shown


def _plain_item(text: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item
