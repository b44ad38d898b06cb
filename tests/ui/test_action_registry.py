"""The action registry (app.ui.actions) on its own: declarations make actions and menus, handlers run, a page's
actions build the page first, a page's own action replaces the stand-in, enabled-when is asked when the menu opens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from app.ui.actions import ActionRegistry, ActionSpec, MenuSpec
from app.ui.actions_catalog import ACTIONS, CONTACT_TOOLS, MENUS


class _Page(QWidget):
    def __init__(self):
        super().__init__()
        self.setObjectName("demoPage")
        self.ran: list[str] = []
        self.own_action = QAction("Own", self)

    def register_actions(self, registry) -> None:
        registry.handle("pageThing", lambda: self.ran.append("thing"))
        registry.handle("pageScoped", lambda: self.ran.append("scoped"))


class _Window(QMainWindow):
    """What the registry asks of a main window: page(), show_page(), when_page_built()."""

    def __init__(self):
        super().__init__()
        self.pages: dict[str, QWidget] = {}
        self.waiting: dict[str, list] = {}
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.built = 0

    def when_page_built(self, name, callback):
        if name in self.pages:
            callback(self.pages[name])
        else:
            self.waiting.setdefault(name, []).append(callback)

    def page(self, name):
        if name not in self.pages:
            self.built += 1
            page = self.pages[name] = _Page()
            self.stack.addWidget(page)
            for callback in self.waiting.pop(name, []):
                callback(page)
        return self.pages[name]

    def show_page(self, name):
        page = self.page(name)
        self.stack.setCurrentWidget(page)
        return page


SPECS = (
    ActionSpec("first", "&First", "Ctrl+Shift+1", "Do the first thing", menu="m", order=0, context=""),
    ActionSpec("second", "&Second", None, "", menu="m", order=1, context="", key_in_tip="both"),
    ActionSpec("pageThing", "Page &thing", "Ctrl+Shift+2", "On the page", menu="m", group=1, page="demoPage"),
    ActionSpec("pageScoped", "Scoped", "Del", "Only there", menu="m", group=1, order=1, page="demoPage", scope="page"),
    ActionSpec("standIn", "Export", "Ctrl+Alt+9", "", menu="m", group=2, page="demoPage", page_action="own_action"),
    ActionSpec("later", "Later", None, "", menu="m", group=3, enabled_when=lambda window: window.built > 0),
)


@pytest.fixture
def window(qtbot):
    win = _Window()
    qtbot.addWidget(win)
    return win


def test_declarations_make_the_actions_and_the_menu(window):
    registry = ActionRegistry(window, SPECS, [MenuSpec("m", "&Menu", "demoMenu")])
    menus = registry.build_menus(window.menuBar())
    menu = menus["m"]
    assert menu.objectName() == "demoMenu" and menu.title() == "&Menu"
    assert registry.layout("m") == ["first", "second", None, "pageThing", "pageScoped", None, "standIn", None, "later"]
    listed = [a.objectName() or "-" if not a.isSeparator() else "|" for a in menu.actions()]
    assert listed == ["first", "second", "|", "pageThing", "pageScoped", "|", "standIn", "|", "later"]
    first = registry.action("first")
    assert first.shortcut() == QKeySequence("Ctrl+Shift+1")
    assert first.toolTip() == first.statusTip() == "Do the first thing"
    assert registry.action("second").toolTip() == "Second"  # no tip: the text, without & and …
    assert registry.action("pageScoped").shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    assert registry.action("pageScoped") not in window.actions()  # its Del works only on its page
    assert first in window.actions()
    assert window.built == 0  # declaring and listing build no page
    with pytest.raises(ValueError):
        registry.declare(SPECS[0])
    with pytest.raises(KeyError):
        registry.handle("nobody", lambda: None)


def test_handlers_run_and_a_page_action_builds_its_page_first(window):
    registry = ActionRegistry(window, SPECS, [MenuSpec("m", "&Menu")])
    registry.build_menus(window.menuBar())
    ran = []
    registry.handle("first", lambda: ran.append("first"))
    registry.action("first").trigger()
    assert ran == ["first"] and window.built == 0

    registry.action("pageThing").trigger()
    page = window.pages["demoPage"]
    assert window.built == 1 and window.stack.currentWidget() is page
    assert page.ran == ["thing"]
    assert registry.action("pageScoped") in page.actions()  # on the page once it exists
    registry.action("pageScoped").trigger()
    assert page.ran == ["thing", "scoped"] and window.built == 1


def test_a_pages_own_action_replaces_the_stand_in(window):
    registry = ActionRegistry(window, SPECS, [MenuSpec("m", "&Menu")])
    menu = registry.build_menus(window.menuBar())["m"]
    stand_in = registry.action("standIn")
    assert stand_in in menu.actions() and stand_in in window.actions()
    page = window.page("demoPage")
    assert registry.action("standIn") is page.own_action
    assert page.own_action in menu.actions() and stand_in not in menu.actions()
    assert stand_in not in window.actions()


def test_enabled_when_is_asked_when_its_menu_opens(window):
    registry = ActionRegistry(window, SPECS, [MenuSpec("m", "&Menu")])
    menu = registry.build_menus(window.menuBar())["m"]
    menu.aboutToShow.emit()
    assert not registry.action("later").isEnabled()
    window.page("demoPage")
    menu.aboutToShow.emit()
    assert registry.action("later").isEnabled()


def test_the_catalog_is_consistent():
    keys = [spec.id for spec in ACTIONS]
    assert len(keys) == len(set(keys))
    menus = {menu.id for menu in MENUS}
    assert all(spec.menu in menus for spec in ACTIONS)
    names = [spec.name for spec in ACTIONS if spec.name]
    assert len(names) == len(set(names))
    assert set(CONTACT_TOOLS) - {None} <= {spec.id for spec in ACTIONS if spec.page == "contactsPage"}
    shortcuts = [QKeySequence(s.shortcut).toString() for s in ACTIONS if s.shortcut is not None and s.scope == "window"]
    assert len(shortcuts) == len(set(shortcuts))
