"""Changing the text of a field someone may be typing in, without moving their cursor (issue 19).

When a contact or a pitch changes underneath an open form (an import, a sync, the command line), the form shows the
new text. Replacing the whole text would put the cursor at the start (or the end) and scroll away; these helpers
change only the spans that differ, so the cursor, the selection and the scroll position stay with the words around
them. Offsets are converted to Qt's UTF-16 positions, so emoji and other characters outside the BMP count right.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from app.core.contacts.field_changes import Edit, text_edits


def _u16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _moved(position: int, edits: list[tuple[int, int, int]]) -> int:
    """``position`` after ``edits`` (start, end, new length; UTF-16, in the old text's coordinates, in order).
    Text inserted exactly at the position goes after it: the person typing there keeps typing before it."""
    shift = 0
    for start, end, length in edits:
        if end <= position and start < position:
            shift += length - (end - start)
        elif start < position < end:
            shift += start + length - position
    return position + shift


def _in_u16(old: str, edits: list[Edit]) -> list[tuple[int, int, str, int]]:
    out = []
    for edit in edits:
        start = _u16(old[: edit.start])
        end = start + _u16(old[edit.start : edit.end])
        out.append((start, end, edit.text, _u16(edit.text)))
    return out


def replace_in_place(edit: QLineEdit | QPlainTextEdit, text: str) -> bool:
    """Show ``text`` in ``edit`` by changing only what differs. Returns False when it was already shown.

    The change does not go through the widget's signals (they are blocked): it is not the user's typing."""
    if isinstance(edit, QLineEdit):
        old = edit.text()
        if old == text:
            return False
        spans = _in_u16(old, text_edits(old, text))
        position = _moved(edit.cursorPosition(), [(s, e, n) for s, e, _t, n in spans])
        focused = edit.hasFocus()
        blocked = edit.blockSignals(True)
        edit.setText(text)
        edit.setCursorPosition(min(position, _u16(text)) if focused else 0)
        edit.blockSignals(blocked)
        return True
    old = edit.toPlainText()
    if old == text:
        return False
    spans = _in_u16(old, text_edits(old, text))
    visible = edit.textCursor()
    anchor, position = visible.anchor(), visible.position()
    scroll = edit.verticalScrollBar().value()
    blocked = edit.blockSignals(True)
    try:
        cursor = QTextCursor(edit.document())
        cursor.beginEditBlock()
        for start, end, new_text, _length in reversed(spans):
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(new_text)
        cursor.endEditBlock()
        moves = [(s, e, n) for s, e, _t, n in spans]
        limit = edit.document().characterCount() - 1
        visible = edit.textCursor()
        visible.setPosition(min(_moved(anchor, moves), limit))
        visible.setPosition(min(_moved(position, moves), limit), QTextCursor.MoveMode.KeepAnchor)
        edit.setTextCursor(visible)
        edit.verticalScrollBar().setValue(scroll)
    finally:
        edit.blockSignals(blocked)
    return True
