"""An autosave the database refuses — another program holds its write lock, the disk is full (issue 19 item 7):
the window does not freeze, says what happened, keeps the typing and saves it once it can."""

from __future__ import annotations

import sqlite3
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from app import db as app_db
from app.core.contacts.contact_data import ContactData
from app.models import Contact
from tests.helpers.qt import find


def stored(cid: int) -> ContactData:
    return ContactData.from_contact(Contact.get_by_id(cid))


class Heartbeat:
    """A 20 ms timer: the longest gap between its ticks is how long the window froze."""

    def __init__(self):
        self.last = time.monotonic()
        self.longest = 0.0
        self.timer = QTimer()
        self.timer.timeout.connect(self._tick)
        self.timer.start(20)

    def _tick(self) -> None:
        now = time.monotonic()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def stop(self) -> float:
        self.timer.stop()
        return self.longest


def open_notes(page, qtbot):
    cid = page.model.contact_id(0)
    page.open_contact(cid)
    qtbot.waitUntil(lambda: page.detail.contact_id == cid)
    editor = find(page.window(), "contactEditor")
    notes = find(editor, "field_notes", QPlainTextEdit)
    notes.setFocus()
    cursor = notes.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    notes.setTextCursor(cursor)
    return cid, editor, notes


@pytest.fixture
def blocker(paths):
    """Another program holding the database's write lock (as `rapport import` does while it writes)."""
    connection = sqlite3.connect(paths.db_path, timeout=0, isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    yield connection
    if connection.in_transaction:
        connection.rollback()
    connection.close()


def test_a_locked_database_neither_freezes_the_form_nor_loses_the_typing(contacts_window, page, qtbot, blocker):
    cid, editor, notes = open_notes(page, qtbot)
    before = stored(cid).notes
    beat = Heartbeat()
    qtbot.keyClicks(notes, " Call after the depot tour")
    notice = find(editor, "contactEditorNotice", QLabel)
    qtbot.waitUntil(notice.isVisible, timeout=5000)  # the pause's save was refused: said at once
    assert "Not saved yet" in notice.text() and "database is busy" in notice.text()
    assert "Not saved yet" in contacts_window.statusBar().currentMessage()
    qtbot.keyClicks(notes, ", ask for Lena")  # the form stays usable meanwhile
    contacts_window.ctx.bus.contacts_changed.emit()  # a page refresh does not put the old text back
    qtbot.wait(1500)  # a retry comes and is refused too
    assert beat.stop() < 1.0, "the window froze while the database was locked"
    assert notes.toPlainText().endswith(" Call after the depot tour, ask for Lena")
    assert stored(cid).notes == before

    blocker.rollback()  # the other program is done
    qtbot.waitUntil(lambda: stored(cid).notes.endswith("Call after the depot tour, ask for Lena"), timeout=10_000)
    qtbot.waitUntil(lambda: "Saved" in notice.text() or not notice.isVisible(), timeout=3000)


def test_switching_contacts_while_locked_keeps_the_edit_and_saves_it_later(contacts_window, page, qtbot, blocker):
    cid, editor, notes = open_notes(page, qtbot)
    qtbot.keyClicks(notes, " Owes me a call")
    other = page.model.contact_id(1)
    page.open_contact(other)  # the save of the first contact is refused on the way out
    qtbot.waitUntil(lambda: page.detail.contact_id == other)
    assert "Not saved yet" in find(editor, "contactEditorNotice", QLabel).text()
    blocker.rollback()
    qtbot.waitUntil(lambda: stored(cid).notes.endswith("Owes me a call"), timeout=10_000)


def test_a_full_disk_is_said_and_the_typing_saved_once_there_is_room(contacts_window, page, qtbot):
    """SQLite's max_page_count stops the database from growing, exactly as a full disk does."""
    cid, editor, notes = open_notes(page, qtbot)
    # Free pages would take the text without the file growing (the sample data's search index is merged at its end,
    # which frees some): give them back first, so that the next page the save needs is one past the limit.
    app_db.database.execute_sql("VACUUM")
    assert app_db.database.execute_sql("PRAGMA freelist_count").fetchone()[0] == 0
    pages = app_db.database.execute_sql("PRAGMA page_count").fetchone()[0]
    app_db.database.execute_sql(f"PRAGMA max_page_count = {pages}")
    try:
        long_text = " Notes from the fair: " + "forklift rota, night shift, depot tour. " * 400
        notes.insertPlainText(long_text)  # pasted
        notice = find(editor, "contactEditorNotice", QLabel)
        qtbot.waitUntil(notice.isVisible, timeout=5000)
        assert "disk is full" in notice.text()
        assert "already open" not in notice.text()
        assert notes.toPlainText().endswith(long_text)
    finally:
        app_db.database.execute_sql("PRAGMA max_page_count = 1073741823")  # space was freed
    qtbot.waitUntil(lambda: stored(cid).notes.endswith(long_text.strip()), timeout=10_000)
