"""Helpers for UI tests."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def find(parent: QWidget, name: str, cls=QWidget):
    """The child with objectName ``name``; fails the test with a clear message when it is missing."""
    widget = parent.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name!r}"
    return widget
