"""The desktop session ending (issue 19 item 2): the session manager's commitDataRequest saves what is being typed at
once, before the pause that would have saved it, and a later close quits instead of hiding in the tray.

(SIGTERM and SIGHUP are tested on the real program in tests/reliability/test_typing_survives.py; a
QSessionManager cannot be made without a session manager, so the handler run_gui connects is called here.)"""

from __future__ import annotations

import os
import signal

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from app.core.contacts.contact_data import ContactData
from app.models import Contact
from tests.helpers.qt import find


def test_commit_data_saves_the_typing_at_once(contacts_window, page, qtbot):
    from app.ui.application import _commit_data

    cid = page.model.contact_id(0)
    page.open_contact(cid)
    qtbot.waitUntil(lambda: page.detail.contact_id == cid)
    notes = find(contacts_window, "field_notes", QPlainTextEdit)
    notes.setFocus()
    cursor = notes.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    notes.setTextCursor(cursor)
    qtbot.keyClicks(notes, " Logging out now")
    assert page.detail.panel.editor.has_pending()  # not saved yet: no pause came
    _commit_data(contacts_window)
    assert ContactData.from_contact(Contact.get_by_id(cid)).notes.endswith("Logging out now")
    assert not contacts_window.closes_to_tray()


def test_sigterm_wakes_the_event_loop_and_quits(qtbot):
    from app.ui.application import QuitOnSignals

    quits: list[int] = []
    handlers = QuitOnSignals(QApplication.instance(), lambda: quits.append(1))
    try:
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: quits == [1], timeout=2000)
        assert handlers.received == [signal.SIGTERM]
    finally:
        handlers.remove()
    assert signal.getsignal(signal.SIGTERM) is not handlers._handle
