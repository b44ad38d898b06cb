"""What a screen reader hears for each interactive widget (issue 23 item 4), shared by the walk test and its driver.

A widget's accessible name is what Qt's accessibility interface reports (``QAccessible.Name``): its own accessible
name, else its visible text, its label buddy or its QFormLayout label — not ``accessibleName()`` alone.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractSlider,
    QAbstractItemView,
    QTabBar,
)
# Qt's own dialogs and compound widgets name their insides themselves.
QT_OWN = (QFileDialog, QMessageBox, QCalendarWidget, QAbstractSpinBox, QComboBox)
CAMEL = re.compile(r"^[a-z]+(?:[A-Z0-9][a-z0-9]*)+$")
MNEMONIC = re.compile(r"&(?=[^\s&])")  # "&Name": a label's shortcut marker, read aloud as "ampersand"


def looks_like_object_name(name: str, object_name: str = "") -> bool:
    """``contactSearch``, ``field_notes``, ``rehearsalLight``: an identifier, not words a person would say."""
    name = name.strip()
    if not name:
        return True
    if object_name and name == object_name:
        return True
    return " " not in name and (bool(CAMEL.match(name)) or "_" in name)


def label_punctuation(name: str) -> str:
    """What a form label left in an accessible name that a screen reader would read out: a trailing colon
    ("Location:" is read "Location colon") or a shortcut's "&" ("&Name"); "" when there is none."""
    name = name.strip()
    if name.endswith((":", "：")):
        return "a trailing colon"
    if MNEMONIC.search(name.replace("&&", "")):
        return "a shortcut's '&'"
    return ""


def accessible_text(widget: QWidget, role=QAccessible.Text.Name) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(role) if interface is not None and interface.isValid() else "") or ""


def is_interactive(widget: QWidget) -> bool:
    if isinstance(widget, (QScrollBar, QHeaderView)):
        return False
    if isinstance(widget, INTERACTIVE):
        return True
    # A custom widget of the app that takes the keyboard (a clickable lamp, a chip, a board lane…).
    return type(widget).__module__.startswith("app.") and widget.focusPolicy() != Qt.FocusPolicy.NoFocus


def _inside_qt_own(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QT_OWN):
            return True
        if parent is root:
            return isinstance(root, (QFileDialog, QMessageBox))
        parent = parent.parentWidget()
    return False


def _qt_clear_button(widget: QWidget) -> bool:
    """The ✕ a line edit shows with setClearButtonEnabled: Qt's own, out of the Tab order (Ctrl+A, Delete clears)."""
    action = widget.defaultAction() if isinstance(widget, QToolButton) else None
    return action is not None and action.objectName() == "_q_qlineeditclearaction"


def _parent_name(widget: QWidget) -> str:
    """``in dateField`` for a widget without a name of its own: the nearest parent that has one."""
    parent = widget.parentWidget()
    while parent is not None and not parent.objectName():
        parent = parent.parentWidget()
    return f"(in {parent.objectName()})" if parent is not None else ""


def _audited(root: QWidget, where: str):
    """(widget, label) for each visible interactive widget under ``root`` (``root`` too) that the app names itself."""
    if isinstance(root, (QFileDialog, QMessageBox)):
        return
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        if not is_interactive(widget) or widget.objectName().startswith(("qt_", "_q_")):
            continue
        if _inside_qt_own(widget, root) or _qt_clear_button(widget):
            continue
        yield widget, f"{where}{type(widget).__name__}#{widget.objectName() or _parent_name(widget)}"


def undescribed(root: QWidget, where: str = "") -> list[str]:
    """One line per audited widget without an accessible description (a tooltip counts: Qt reports it as one)."""
    found = []
    for widget, label in _audited(root, where):
        if isinstance(widget, QTabBar):
            continue  # the tabs are described by the pages they show
        if not accessible_text(widget, QAccessible.Text.Description).strip():
            found.append(f"{label}: no description ({accessible_text(widget)!r})")
    return found


def audit(root: QWidget, where: str = "") -> list[str]:
    """One line per visible interactive widget under ``root`` (``root`` too) without a human accessible name: none,
    an identifier, or a form label's text with its colon or shortcut "&" (see :func:`label_punctuation`)."""
    found = []
    for widget, label in _audited(root, where):
        if isinstance(widget, QTabBar):
            # The tabs are what is read: each needs a name (its text, or an accessible tab name).
            for i in range(widget.count()):
                text = widget.accessibleTabName(i) or widget.tabText(i).replace("&", "")
                if not text.strip():
                    found.append(f"{label} tab {i}: no name")
            continue
        name = accessible_text(widget)
        if looks_like_object_name(name, widget.objectName()):
            found.append(f"{label}: name {name!r}")
        elif punctuation := label_punctuation(name):
            found.append(f"{label}: name {name!r} read with {punctuation}")
    return found


def described(root: QWidget) -> tuple[int, int]:
    """(interactive widgets with a description or tooltip, interactive widgets) under ``root`` — a measure only."""
    total = with_description = 0
    for widget in [root, *root.findChildren(QWidget)]:
        if (widget is root or widget.isVisibleTo(root)) and is_interactive(widget):
            total += 1
            with_description += bool(accessible_text(widget, QAccessible.Text.Description).strip())
    return with_description, total
