"""Small builders for the parts dialogs repeat: a push button with its name, tip and action; a pane under a heading."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from app.ui.icons import ui_icon
from app.ui.widgets.text import heading


def push_button(text: str, name: str, tip: str, slot: Callable, icon: str = "") -> QPushButton:
    """A button with objectName ``name`` (DESIGN §11 automation hooks), tooltip ``tip``, running ``slot`` on click."""
    button = QPushButton(ui_icon(icon), text) if icon else QPushButton(text)
    if name:
        button.setObjectName(name)
    button.setToolTip(tip)
    button.clicked.connect(slot)
    return button


def headed_pane(title: str, margins: tuple[int, int, int, int]) -> tuple[QWidget, QVBoxLayout]:
    """One pane of a splitter: a widget whose column starts with the level-2 heading ``title``."""
    pane = QWidget()
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(*margins)
    layout.addWidget(heading(title, level=2))
    return pane, layout
