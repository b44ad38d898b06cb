"""Emptying the trash and exporting a selection run on a worker thread (issue 18: long use cases run on a worker):
the window keeps painting and takes no input meanwhile, and the page refreshes from what the deletion returned."""

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


def test_export_selection_writes_the_json_on_a_worker(page, qtbot, monkeypatch, tmp_path):
    import json

    from PySide6.QtWidgets import QFileDialog

    from app.core.formats.exporters import json_export
    from app.ui.contacts import page_bulk

    first = page.model.contact_id(0)
    page.view.select_contact(first)
    assert page._selected_or_current() == [first]
    target = tmp_path / "picked.json"
    threads = []
    real = json_export.contacts_as_dicts
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(
        page_bulk, "contacts_as_dicts", lambda chosen: threads.append(threading.current_thread()) or real(chosen)
    )
    page.export_selection()
    assert threads and threads[0] is not threading.main_thread()
    written = json.loads(target.read_text(encoding="utf-8"))
    assert len(written) == 1 and written == real([first])


def test_a_bulk_edit_over_a_large_selection_runs_on_a_worker(contacts_window, page, qtbot, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from app.core.contacts import bulk_edit

    contacts_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is contacts_window)
    ids = [page.model.contact_id(row) for row in range(3)]
    threads = []
    real = bulk_edit.set_stage

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(bulk_edit, "set_stage", spy)
    monkeypatch.setattr(commands, "WORKER_FROM", 3)
    with qtbot.waitSignal(page.ctx.bus.contacts_changed):
        page.ctx.undo_stack.push(commands.SetStage(page.ctx, ids, "ally", "Ally"))
    assert threads and threads[0] is not threading.main_thread()
    assert {Contact.get_by_id(cid).stage for cid in ids} == {"ally"}
    monkeypatch.setattr(commands, "WORKER_FROM", 4)  # fewer: on the GUI thread, as before
    page.ctx.undo_stack.push(commands.SetStage(page.ctx, ids, "met", "Met"))
    assert threads[-1] is threading.main_thread()
    page.ctx.undo_stack.undo()
    assert {Contact.get_by_id(cid).stage for cid in ids} == {"ally"}
