"""The pitch text is saved while typing steadily, is not written over a change made elsewhere, and survives a
locked database (issue 19 items 1, 2, 7)."""

from __future__ import annotations

import sqlite3
import threading
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from app.core.pitches import service as pitches
from app.models import Pitch
from tests.helpers.qt import find

TEXT = "I keep warehouses running and shifts full. Who do you know in logistics who is hiring? "


def body(page) -> str:
    return Pitch.get_by_id(page.pitch_id).body


def typing_at_end(editor: QPlainTextEdit) -> None:
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)


def test_steady_typing_is_saved_at_least_every_two_seconds(pitch_page, qtbot):
    editor = find(pitch_page, "pitchEditor", QPlainTextEdit)
    start = body(pitch_page)
    typing_at_end(editor)
    typed: list[tuple[float, int]] = []
    seen: list[tuple[float, str]] = []

    def key():
        count = len(typed)
        if count < len(TEXT):
            qtbot.keyClicks(editor, TEXT[count])
            typed.append((time.monotonic(), count + 1))
            seen.append((time.monotonic(), body(pitch_page)))

    timer = QTimer()
    timer.timeout.connect(key)
    timer.start(60)  # faster than any pause: the text is never left alone
    qtbot.waitUntil(lambda: len(typed) >= 70, timeout=20_000)
    timer.stop()
    # While the typing went on, the stored text never fell more than 2 s behind it.
    for when, stored in seen:
        behind = [count for moment, count in typed if moment <= when - 2.0]
        if behind:
            assert stored.startswith(start + TEXT[: behind[-1]]), f"{when}: more than 2 s of typing unsaved"
    assert any(len(stored) > len(start) for _w, stored in seen), "nothing was saved while typing"


def test_a_change_made_elsewhere_is_merged_not_overwritten(pitch_page, qtbot):
    editor = find(pitch_page, "pitchEditor", QPlainTextEdit)
    pitch_id = pitch_page.pitch_id
    typing_at_end(editor)
    qtbot.keyClicks(editor, " Ask me")

    def elsewhere():
        from app.db import database

        try:
            pitch = Pitch.get_by_id(pitch_id)
            pitches.save_body(pitch_id, "Hello, I'm Sam.\n" + pitch.body)
        finally:
            database.close()

    thread = threading.Thread(target=elsewhere)  # another connection, as another program or sync's worker
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: editor.toPlainText().startswith("Hello, I'm Sam.\n"), timeout=3000)
    qtbot.keyClicks(editor, " anything.")  # the cursor stayed at the end of the typing
    expected = "Hello, I'm Sam.\nI keep warehouses running. Ask me anything."
    qtbot.waitUntil(lambda: body(pitch_page) == expected, timeout=5000)
    assert editor.toPlainText() == expected


def test_a_locked_database_keeps_the_pitch_text_and_saves_it_later(pitch_page, qtbot, paths, window):
    editor = find(pitch_page, "pitchEditor", QPlainTextEdit)
    typing_at_end(editor)
    blocker = sqlite3.connect(paths.db_path, timeout=0, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        qtbot.keyClicks(editor, " Call me.")
        state = find(pitch_page, "pitchSaveState", QLabel)
        qtbot.waitUntil(lambda: "Not saved yet" in state.text(), timeout=5000)
        assert time.monotonic() - started < 3.0  # the autosave gave up quickly instead of freezing for 5 s
        assert "database is busy" in state.text()
        assert "Not saved yet" in window.statusBar().currentMessage()
        window.ctx.bus.pitches_changed.emit()  # a refresh keeps the typing
        assert editor.toPlainText().endswith(" Call me.")
        assert body(pitch_page) == "I keep warehouses running."
    finally:
        blocker.rollback()
        blocker.close()
    qtbot.waitUntil(lambda: body(pitch_page) == "I keep warehouses running. Call me.", timeout=10_000)
