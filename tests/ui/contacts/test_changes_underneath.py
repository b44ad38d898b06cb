"""A contact changed underneath the open form — by `rapport import`, by sync's worker thread — while the user types
(issue 19 item 1): nothing the other side wrote is lost, nothing typed is lost, and the form shows both."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit

from app.core.contacts.contact_data import ContactData, EmailEntry
from app.core.contacts.service import update_contact
from app.models import Contact
from tests.helpers.qt import find

ROOT = Path(__file__).resolve().parents[3]


def stored(cid: int) -> ContactData:
    return ContactData.from_contact(Contact.get_by_id(cid))


def open_contact(page, qtbot, cid: int):
    page.open_contact(cid)
    qtbot.waitUntil(lambda: page.detail.contact_id == cid)
    editor = find(page.window(), "contactEditor")
    assert editor is page.detail.panel.editor
    return editor


def type_at_end(qtbot, edit: QPlainTextEdit, text: str) -> None:
    edit.setFocus()
    cursor = edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    edit.setTextCursor(cursor)
    qtbot.keyClicks(edit, text)


def write_from_another_thread(action) -> None:
    """Write as sync's worker does: another thread, so another SQLite connection."""
    from app.db import database

    failure: list[BaseException] = []

    def run():
        try:
            action()
        except BaseException as exc:  # handed to the test
            failure.append(exc)
        finally:
            database.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if failure:
        raise failure[0]


def test_an_import_merged_while_typing_in_notes_keeps_both(contacts_window, page, qtbot, paths, tmp_path):
    """The issue's case, through the real window and the real command: `rapport import` merges a second e-mail, a
    phone number and a note into the shown contact while the user types in Notes."""
    cid = next(page.model.contact_id(r) for r in range(page.model.rowCount()) if stored(page.model.contact_id(r)).notes)
    person = stored(cid)
    email = person.emails[0].value
    card = tmp_path / "again.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        f"FN:{person.display_name}\r\nN:{person.family_name};{person.given_name};;;\r\n"
        f"EMAIL;TYPE=HOME:{email}\r\nEMAIL;TYPE=WORK:second.address@harbour.example.org\r\n"
        "TEL;TYPE=CELL:+1 202 555 0143\r\nNOTE:Met again at the logistics fair\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    editor = open_contact(page, qtbot, cid)
    notes = find(editor, "field_notes", QPlainTextEdit)
    type_at_end(qtbot, notes, " Ask about")

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    command = subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(paths.data_dir), "import", str(card)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    qtbot.waitUntil(lambda: command.poll() is not None, timeout=60_000)  # the window keeps running meanwhile
    out, err = command.communicate()
    assert command.returncode == 0, err
    assert "merged 1" in out

    qtbot.keyClicks(notes, " the night shift")  # the cursor is where the user left it
    expected_notes = f"{person.notes} Ask about the night shift\n\nMet again at the logistics fair"
    qtbot.waitUntil(lambda: stored(cid).notes == expected_notes, timeout=5000)
    after = stored(cid)
    assert [e.value for e in after.emails] == [email, "second.address@harbour.example.org"]
    assert [p.value for p in after.phones] == ["+1 202 555 0143"]
    # The form shows what the import brought, in place.
    assert notes.toPlainText() == expected_notes
    assert [e.value for e in editor.emails.entries()] == [email, "second.address@harbour.example.org"]
    assert [p.value for p in editor.phones.entries()] == ["+1 202 555 0143"]
    editor.flush()
    assert stored(cid) == after  # and saving again writes nothing back over it


def test_untouched_fields_follow_a_write_from_another_thread_without_moving_the_cursor(page, qtbot):
    cid = page.model.contact_id(1)
    editor = open_contact(page, qtbot, cid)
    title = find(editor, "field_title", QLineEdit)
    notes = find(editor, "field_notes", QPlainTextEdit)
    notes.setFocus()
    notes.setPlainText("First line\nsecond line")
    editor.commit("notes")
    cursor = notes.textCursor()
    cursor.setPosition(5)  # in the middle of "First"
    notes.setTextCursor(cursor)

    def change():
        data = stored(cid)
        data.title = "Harbour master"
        data.notes = "A new first line\nFirst line\nsecond line"
        data.emails.append(EmailEntry("from.sync@example.org"))
        update_contact(cid, data)

    write_from_another_thread(change)
    qtbot.waitUntil(lambda: title.text() == "Harbour master", timeout=3000)  # the window noticed by itself
    assert notes.toPlainText() == "A new first line\nFirst line\nsecond line"
    assert notes.textCursor().position() == len("A new first line\n") + 5  # still in the middle of "First"
    assert "from.sync@example.org" in [e.value for e in editor.emails.entries()]
    assert not find(editor, "contactEditorNotice", QLabel).isVisible()  # nothing to tell: nothing was in conflict


def test_a_field_both_sides_changed_keeps_the_typing_says_so_and_undo_brings_theirs(contacts_window, page, qtbot):
    cid = page.model.contact_id(2)
    editor = open_contact(page, qtbot, cid)
    title = find(editor, "field_title", QLineEdit)
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Operations lead")

    def change():
        data = stored(cid)
        data.title = "Harbour master"
        data.how_met = "Port open day"
        update_contact(cid, data)

    write_from_another_thread(change)
    notice = find(editor, "contactEditorNotice", QLabel)
    qtbot.waitUntil(notice.isVisible, timeout=3000)  # noticed while the user is still typing, before any save
    assert "Title" in notice.text() and "elsewhere" in notice.text()
    assert find(editor, "field_how_met", QLineEdit).text() == "Port open day"
    assert title.text() == "Operations lead"  # the typing stays
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: stored(cid).title == "Operations lead")
    assert stored(cid).how_met == "Port open day"  # the other field they changed stays theirs
    contacts_window.undo_action.trigger()
    qtbot.waitUntil(lambda: stored(cid).title == "Harbour master")  # Undo brings their version back
    assert stored(cid).how_met == "Port open day"
    qtbot.waitUntil(lambda: title.text() == "Harbour master")


def test_undo_of_an_edit_leaves_what_an_import_added_since(contacts_window, page, qtbot):
    cid = page.model.contact_id(3)
    editor = open_contact(page, qtbot, cid)
    title = find(editor, "field_title", QLineEdit)
    before = title.text()
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Chief of staff")
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: stored(cid).title == "Chief of staff")

    def change():
        data = stored(cid)
        data.emails.append(EmailEntry("added.later@example.org"))
        update_contact(cid, data)

    write_from_another_thread(change)
    contacts_window.undo_action.trigger()
    qtbot.waitUntil(lambda: stored(cid).title == before)
    assert "added.later@example.org" in [e.value for e in stored(cid).emails]
