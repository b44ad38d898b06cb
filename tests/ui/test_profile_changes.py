"""My profile changed elsewhere while its dialog is open (a JSON import from the command line): Save writes only what
was edited in the dialog, and the fields not edited show the new values (issue 19 item 1)."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from app.core.profile import ProfileData, load_profile, save_profile


def elsewhere(action) -> None:
    """Another connection writes, as `rapport import backup.json` in another process would."""
    from app.db import database

    def run():
        try:
            action()
        finally:
            database.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()


def test_saving_changes_writes_only_the_changed_fields(db, clock):
    from app.core.profile import save_profile_changes

    save_profile(ProfileData(name="Sam Rivera", city="Springfield"), clock=clock, region="US")
    opened = load_profile()
    save_profile(ProfileData(name="Sam Rivera", city="Shelbyville", headline="Forklift trainer"), region="US")
    edited = ProfileData(name="Sam Rivera", city="Springfield", headline="", email="sam@example.net")
    stored = save_profile_changes(opened, edited, clock=clock, region="US")
    assert (stored.city, stored.headline, stored.email) == ("Shelbyville", "Forklift trainer", "sam@example.net")
    assert load_profile() == stored


def test_the_open_dialog_follows_and_save_keeps_what_came_meanwhile(window, qtbot):
    save_profile(ProfileData(name="Sam Rivera", city="Springfield"), region="US")
    window.show()
    dialog = window.business_cards.open_profile()
    editor = dialog.editor
    editor.edits["headline"].setText("Operations manager")  # typed in the dialog
    elsewhere(lambda: save_profile(ProfileData(name="Samantha Rivera", city="Shelbyville"), region="US"))
    qtbot.waitUntil(lambda: editor.edits["city"].text() == "Shelbyville", timeout=3000)
    assert editor.edits["name"].text() == "Samantha Rivera"
    assert editor.edits["headline"].text() == "Operations manager"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored = load_profile()
    assert (stored.name, stored.city, stored.headline) == ("Samantha Rivera", "Shelbyville", "Operations manager")
    window.ctx.undo_stack.undo()  # undoing the dialog's save takes back only what it wrote
    stored = load_profile()
    assert (stored.name, stored.city, stored.headline) == ("Samantha Rivera", "Shelbyville", "")
