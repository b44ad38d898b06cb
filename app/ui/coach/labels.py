"""Labels the coach's windows share: a quieter caption colour, read from the palette (light and dark themes)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app.ui.followups.kinds import secondary_text


def quieten(label: QLabel) -> QLabel:
    """Give ``label`` the secondary text colour (second lines, captions, hints); returns it."""
    palette = label.palette()
    palette.setColor(label.foregroundRole(), secondary_text(label.palette()))
    label.setPalette(palette)
    return label


def quiet(text: str = "", *, wrap: bool = True) -> QLabel:
    """A new caption label in the secondary text colour."""
    label = QLabel(text)
    label.setWordWrap(wrap)
    return quieten(label)
