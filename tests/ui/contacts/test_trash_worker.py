"""Emptying the trash runs on a worker thread (issue 18: long use cases run on a worker): the window keeps painting
and takes no input meanwhile, and the page refreshes from what the deletion returned."""

import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from app.models import Contact
from app.ui.contacts import commands


def test_emptying_the_trash_runs_on_a_worker_while_the_window_paints(page, qtbot, monkeypatch):
    from app.core.contacts import purge

    first, second = page.model.contact_id(0), page.model.contact_id(1)
    page.ctx.undo_stack.push(commands.TrashContacts(page.ctx, [first, second]))
    page.trash_button.setChecked(True)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    seen: dict[str, object] = {}
    ticked = threading.Event()
    real = purge.purge_trashed

    def spy(ids):
        seen["thread"] = threading.current_thread()
        seen["gui_ran"] = ticked.wait(10)  # the GUI thread's event loop runs while the deletion does
        return real(ids)

    def meanwhile():
        seen["disabled"] = not page.window().isEnabled()
        ticked.set()

    monkeypatch.setattr(purge, "purge_trashed", spy)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Discard)
    QTimer.singleShot(0, meanwhile)
    with qtbot.waitSignal(page.ctx.bus.contacts_changed):
        page.empty_trash()
    assert seen["thread"] is not threading.main_thread()
    assert seen["gui_ran"] and seen["disabled"] and page.window().isEnabled()
    assert not Contact.select().where(Contact.id.in_([first, second])).exists()
    assert page.ctx.undo_stack.count() == 0  # earlier steps may refer to the deleted contacts
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
