"""Small builders for the parts dialogs repeat: a push button with its name, tip and action; a pane under a heading;
emptying a layout that is filled again."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLayout, QPushButton, QVBoxLayout, QWidget

from app.ui.icons import ui_icon
from app.ui.widgets.text import heading

if TYPE_CHECKING:  # named only by dialogs, which are made after the first paint (issue 21)
    from PySide6.QtWidgets import QDialogButtonBox


def push_button(text: str, name: str, tip: str, slot: Callable, icon: str = "") -> QPushButton:
    """A button with objectName ``name`` (DESIGN §11 automation hooks), tooltip ``tip``, running ``slot`` on click."""
    button = QPushButton(ui_icon(icon), text) if icon else QPushButton(text)
    if name:
        button.setObjectName(name)
    button.setToolTip(tip)
    button.clicked.connect(slot)
    return button


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # the empty context: lupdate files a bare tr() there


def describe_buttons(box: QDialogButtonBox) -> QDialogButtonBox:
    """Give the standard buttons of ``box`` an accessible description: what happens to the window and its changes."""
    Std = box.StandardButton
    words = {
        Std.Ok: tr("Confirm and close this window"),
        Std.Save: tr("Save the changes and close this window"),
        Std.Cancel: tr("Close this window without saving the changes"),
        Std.Close: tr("Close this window"),
        Std.Apply: tr("Save the changes and keep this window open"),
    }
    for which, description in words.items():
        button = box.button(which)
        if button is not None and not button.accessibleDescription() and not button.toolTip():
            button.setAccessibleDescription(description)
    return box


def headed_pane(title: str, margins: tuple[int, int, int, int]) -> tuple[QWidget, QVBoxLayout]:
    """One pane of a splitter: a widget whose column starts with the level-2 heading ``title``."""
    pane = QWidget()
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(*margins)
    layout.addWidget(heading(title, level=2))
    return pane, layout


def clear_layout(layout: QLayout) -> None:
    """Take every item out of ``layout`` and delete its widgets (later, as Qt wants), before it is filled again."""
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()
