"""Form rows whose fields a screen reader names in words (issue 23 item 4).

A field next to a form label ("&Location:") takes the label's text as its accessible name, colon included: a screen
reader says "Location colon, edit". :func:`add_row` adds a row to a QFormLayout and names its field from the label
without the shortcut's "&" and the trailing colon ("Location"); :func:`name_from_label` does it for a field whose
label is built by hand (a QLabel with a buddy). A field that already has an accessible name keeps it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QWidget

# A colon, with the space before it French puts there ("Lieu :"), the full-width one, and spaces.
_TRAILING = " \t\u00a0\u202f:\uff1a"


def spoken(label: str) -> str:
    """A label's text as a screen reader should say it: no shortcut marker ("&Name" → "Name", "R&&D" → "R&D"),
    no trailing colon ("Lieu :" → "Lieu")."""
    text = label.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.rstrip(_TRAILING).strip()


def name_from_label(field: QWidget, label: str) -> QWidget:
    """Give ``field`` the accessible name ``label`` says (see :func:`spoken`) unless it has one of its own."""
    if not field.accessibleName():
        field.setAccessibleName(spoken(label))
    return field


def add_row(form: QFormLayout, label: str, field: QWidget | QLayout, buddy: QWidget | None = None) -> QLabel:
    """``form.addRow(label, field)``, the field named from the label (:func:`name_from_label`); returns the row's
    label. A row of several widgets (a layout) gets no buddy from Qt: ``buddy`` is the one the label's shortcut
    focuses and names."""
    row_label = QLabel(label)
    named = buddy if buddy is not None else field
    if isinstance(named, QWidget):
        row_label.setBuddy(named)  # what QFormLayout.addRow(text, widget) does for a widget
        name_from_label(named, label)
    form.addRow(row_label, field)
    return row_label
