"""The window's action registry (issue 18 item 3): each menu action is declared once, menus are built from the
declarations, and pages register the handlers.

A declaration (:class:`ActionSpec`, listed in :mod:`app.ui.actions_catalog`) says everything the user sees of an
action — its objectName, text, shortcut, tooltip, icon, menu and place there — and which page handles it. The
registry (:class:`ActionRegistry`, one per main window, ``window.action_registry``) makes the ``QAction``s, builds
the menu bar from the declarations, and runs the handlers:

- ``handle(id, callback)`` connects a window-level handler (File → Quit, Edit → Find…);
- an action declared with ``page=`` is handled by that page: the page registers its handlers in
  ``register_actions(registry)`` when it is built. Triggering such an action before the page exists builds it and
  brings it forward first, so pages can be built on first show (``lazy_pages``) and still own their actions;
- actions something else makes (Undo/Redo, the undo stack's) are declared ``external``: the registry only places
  them, once their maker hands them over (:meth:`ActionRegistry.adopt`);
- ``page_action=`` names a page's own QAction that takes the place of the registry's stand-in once the page is
  built (Tools → Export ICS…: one action per shortcut in the window).

Help → Keyboard Shortcuts lists the menus from :meth:`ActionRegistry.menu_entries`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from app.ui.icons import ui_icon

Shortcut = str | QKeySequence.StandardKey | None


class MenuSpec(NamedTuple):
    """One menu of the menu bar, in bar order."""

    id: str
    title: str  # source text, translated in the "MainWindow" context
    object_name: str = ""


class ActionSpec(NamedTuple):
    """One action as the user meets it. Texts are source strings translated in ``context`` ("" = already
    translated). ``key_in_tip``: "" the tips do not name the shortcut, "tooltip" the tooltip does, "both" the tooltip
    and the status tip do. ``scope``: "window" — the shortcut works anywhere in the window; "page" — only while
    ``page`` has the focus (Del, which other pages use too)."""

    id: str  # the key, and the objectName unless ``object_name`` says otherwise
    text: str = ""
    shortcut: Shortcut = None
    tip: str = ""
    icon: str = ""
    menu: str = ""  # a MenuSpec id; "" = in no menu
    group: int = 0  # a separator between groups
    order: int = 0  # the place within the group
    context: str = "MainWindow"
    key_in_tip: str = ""
    tip_in_tooltip: bool = True  # False: the tip is the status tip only, the tooltip is the text
    scope: str = "window"
    page: str = ""  # the objectName of the page that handles it (built and shown first)
    shows_page: bool = True  # False: the page is built but not brought forward (Export ICS)
    role: QAction.MenuRole | None = None
    object_name: str | None = None
    external: bool = False  # the QAction is made by its owner; the registry places it
    page_action: str = ""  # attribute of the built page holding its own QAction, which then replaces this one
    enabled_when: Callable[[object], bool] | None = None  # asked with the window when its menu opens

    @property
    def name(self) -> str:
        return self.id if self.object_name is None else self.object_name


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text) if context and text else text


class ActionRegistry(QObject):
    """The actions of one main window, made from their declarations."""

    def __init__(self, window, specs: Iterable[ActionSpec] = (), menus: Iterable[MenuSpec] = ()):
        super().__init__(window)
        self.window = window
        self.specs: dict[str, ActionSpec] = {}
        self.menu_specs: list[MenuSpec] = list(menus)
        self.menus: dict[str, QMenu] = {}
        self._actions: dict[str, QAction] = {}
        self._handlers: dict[str, Callable[[], object]] = {}
        self._registered_pages: set[str] = set()
        for spec in specs:
            self.declare(spec)

    # --- declaring and making ----------------------------------------------------------------------------------
    def declare(self, spec: ActionSpec, handler: Callable[[], object] | None = None) -> QAction | None:
        """Add one declaration (and make its QAction unless it is external)."""
        if spec.id in self.specs:
            raise ValueError(f"action {spec.id!r} declared twice")
        self.specs[spec.id] = spec
        if spec.external:
            return None
        action = self._make(spec)
        self._actions[spec.id] = action
        if handler is not None:
            self.handle(spec.id, handler)
        if spec.page:
            self.window.when_page_built(spec.page, lambda page, s=spec: self._page_built(s, page))
        return action

    def _make(self, spec: ActionSpec) -> QAction:
        window = self.window
        action = QAction(translate(spec.context, spec.text), window)
        if spec.icon:
            action.setIcon(ui_icon(spec.icon))
        tip = translate(spec.context, spec.tip) or action.text().replace("&", "").rstrip("…")
        status = tip
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
            if spec.key_in_tip:
                shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                tip = f"{tip} ({shown})"
                status = tip if spec.key_in_tip == "both" else status
        if spec.tip_in_tooltip:
            action.setToolTip(tip)
        action.setStatusTip(status)
        if spec.name:
            action.setObjectName(spec.name)
        if spec.role is not None:
            action.setMenuRole(spec.role)
        if spec.scope == "page":
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # on its page once built
        else:
            window.addAction(action)
        action.triggered.connect(lambda _checked=False, key=spec.id: self.trigger(key))
        return action

    def adopt(self, action: QAction, key: str | None = None) -> QAction:
        """Place an external action made by its owner (declared ``external``) under ``key`` (its objectName)."""
        key = key or action.objectName()
        if key not in self.specs:
            raise KeyError(f"action {key!r} is not declared")
        self._actions[key] = action
        return action

    def action(self, key: str) -> QAction:
        """The QAction of ``key`` (KeyError for an external one not adopted yet)."""
        action = self._actions.get(key)
        if action is None:
            raise KeyError(f"no action {key!r}")
        return action

    def get(self, key: str) -> QAction | None:
        try:
            return self.action(key)
        except KeyError:
            return None

    # --- handlers ----------------------------------------------------------------------------------------------
    def handle(self, key: str, handler: Callable[[], object]) -> None:
        """Run ``handler()`` when ``key`` is triggered (a page calls this from ``register_actions``)."""
        if key not in self.specs:
            raise KeyError(f"action {key!r} is not declared")
        self._handlers[key] = handler

    def trigger(self, key: str):
        """What triggering ``key`` does: its page is built and brought forward first when it has one."""
        spec = self.specs[key]
        if spec.page:
            page = self.window.page(spec.page)  # builds it (and so registers its handlers) if it was not yet
            if spec.shows_page and not page.isVisible():
                self.window.show_page(spec.page)
        handler = self._handlers.get(key)
        return handler() if handler is not None else None

    def _page_built(self, spec: ActionSpec, page) -> None:
        register = getattr(page, "register_actions", None)
        if callable(register) and spec.page not in self._registered_pages:
            self._registered_pages.add(spec.page)
            register(self)
        if spec.page_action:
            self._use_page_action(spec, getattr(page, spec.page_action))
        elif spec.id in self._actions:
            page.addAction(self._actions[spec.id])  # the page's actions (scope "page": its shortcut works there)

    def _use_page_action(self, spec: ActionSpec, own: QAction) -> None:
        """The page's own action takes the stand-in's place, in its menu and as the holder of the shortcut."""
        stand_in = self._actions.get(spec.id)
        self._actions[spec.id] = own
        if stand_in is None or stand_in is own:
            return
        menu = self.menus.get(spec.menu)
        if menu is not None and stand_in in menu.actions():
            menu.insertAction(stand_in, own)
            menu.removeAction(stand_in)
        self.window.removeAction(stand_in)
        stand_in.deleteLater()

    # --- menus -------------------------------------------------------------------------------------------------
    def layout(self, menu_id: str) -> list[str | None]:
        """The ids in menu ``menu_id`` in order, None between groups."""
        specs = sorted((s for s in self.specs.values() if s.menu == menu_id), key=lambda s: (s.group, s.order))
        ids: list[str | None] = []
        group = None
        for spec in specs:
            if ids and spec.group != group:
                ids.append(None)
            group = spec.group
            ids.append(spec.id)
        return ids

    def fill(self, menu: QMenu, ids: Iterable[str | None]) -> QMenu:
        """Add these actions to ``menu`` (None = a separator); undeclared or missing external ones are skipped."""
        for key in ids:
            if key is None:
                menu.addSeparator()
            else:
                action = self.get(key)
                if action is not None:
                    menu.addAction(action)
        return menu

    def build_menus(self, bar: QMenuBar) -> dict[str, QMenu]:
        """Make every declared menu in ``bar`` from the declarations."""
        for menu_spec in self.menu_specs:
            menu = QMenu(translate("MainWindow", menu_spec.title), self.window)
            if menu_spec.object_name:
                menu.setObjectName(menu_spec.object_name)
            self.fill(menu, self.layout(menu_spec.id))
            menu.aboutToShow.connect(lambda m=menu_spec.id: self.update_enabled(m))
            bar.addMenu(menu)
            self.menus[menu_spec.id] = menu
        return self.menus

    def update_enabled(self, menu_id: str | None = None) -> None:
        """Ask each ``enabled_when`` (of one menu, or all) whether its action can be used now."""
        for spec in self.specs.values():
            if spec.enabled_when is not None and (menu_id is None or spec.menu == menu_id):
                action = self.get(spec.id)
                if action is not None:
                    action.setEnabled(bool(spec.enabled_when(self.window)))

    def menu_entries(self) -> list[tuple[str, list[QAction]]]:
        """(menu title without "&", its visible actions in order) for every menu, in menu-bar order: the source of
        Help → Keyboard Shortcuts' menu sections."""
        entries = []
        for menu_spec in self.menu_specs:
            menu = self.menus.get(menu_spec.id)
            if menu is None or not menu.menuAction().isVisible():
                continue
            actions = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
            entries.append((menu.title(), actions))
        return entries
