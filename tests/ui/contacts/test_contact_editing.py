"""Editing a contact in the detail pane: saved as you go, undoable, validated next to the field, never lost."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from app.core.contacts.contact_data import ContactData
from app.models import Contact, ContactEmail
from app.ui.contacts import commands
from tests.helpers.qt import find


def open_first(page, qtbot) -> int:
    cid = page.model.contact_id(0)
    page.open_contact(cid)
    qtbot.waitUntil(lambda: page.detail.contact_id == cid)
    return cid


def test_edit_a_field_then_undo_and_redo(contacts_window, page, qtbot):
    cid = open_first(page, qtbot)
    before = Contact.get_by_id(cid).title
    editor = page.detail.panel.editor
    title = find(editor, "field_title", QLineEdit)
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Chief Networking Officer")
    qtbot.keyClick(title, Qt.Key.Key_Tab)  # leaving the field saves it
    qtbot.waitUntil(lambda: Contact.get_by_id(cid).title == "Chief Networking Officer")
    assert contacts_window.undo_action.isEnabled()
    contacts_window.undo_action.trigger()
    qtbot.waitUntil(lambda: Contact.get_by_id(cid).title == before)
    qtbot.waitUntil(lambda: title.text() == before)
    contacts_window.redo_action.trigger()
    qtbot.waitUntil(lambda: Contact.get_by_id(cid).title == "Chief Networking Officer")


def test_typing_pause_saves_and_merges_into_one_undo_step(contacts_window, page, qtbot):
    cid = open_first(page, qtbot)
    stack = page.ctx.undo_stack
    notes = page.detail.panel.editor.notes
    notes.setFocus()
    qtbot.keyClicks(notes, "Loves jazz")
    qtbot.waitUntil(lambda: "Loves jazz" in Contact.get_by_id(cid).notes, timeout=3000)
    steps = stack.count()
    qtbot.keyClicks(notes, " and chess")
    qtbot.waitUntil(lambda: "and chess" in Contact.get_by_id(cid).notes, timeout=3000)
    assert stack.count() == steps  # same field, same contact: one undo step


def test_invalid_email_is_shown_next_to_the_field_and_not_saved(page, qtbot):
    cid = open_first(page, qtbot)
    editor = page.detail.panel.editor
    before = [e.value for e in ContactEmail.select().where(ContactEmail.contact == cid)]
    editor.emails._add_clicked()
    row = editor.emails._rows[-1]
    row.value.setText("not an email")
    assert editor.commit("emails") is False
    error = editor._errors["email"]
    assert error.isVisibleTo(editor) and "not an email" in error.text()
    assert [e.value for e in ContactEmail.select().where(ContactEmail.contact == cid)] == before
    row.value.setText("fixed@example.org")
    assert editor.commit("emails") is True
    assert not error.isVisibleTo(editor)
    assert "fixed@example.org" in [e.value for e in ContactEmail.select().where(ContactEmail.contact == cid)]


def test_a_pending_edit_is_saved_when_the_window_closes(contacts_window, page, qtbot):
    cid = open_first(page, qtbot)
    editor = page.detail.panel.editor
    editor.how_met.setFocus()
    editor.how_met.clear()
    qtbot.keyClicks(editor.how_met, "Bowling league")
    assert editor.has_pending()
    contacts_window.close()
    assert Contact.get_by_id(cid).how_met == "Bowling league"


def test_switching_contacts_saves_the_previous_one(page, qtbot):
    first = open_first(page, qtbot)
    editor = page.detail.panel.editor
    editor.why.setFocus()
    editor.why.selectAll()
    qtbot.keyClick(editor.why, Qt.Key.Key_Delete)
    qtbot.keyClicks(editor.why, "Knows the port")
    second = page.model.contact_id(1)
    page.open_contact(second)
    qtbot.waitUntil(lambda: page.detail.contact_id == second)
    assert Contact.get_by_id(first).why_connect == "Knows the port"


def test_referral_loop_is_refused_in_words(page, qtbot):
    child = Contact.select().where(Contact.referred_by.is_null(False), Contact.deleted_at.is_null()).first()
    parent = child.referred_by_id
    page.open_contact(parent)
    qtbot.waitUntil(lambda: page.detail.contact_id == parent)
    editor = page.detail.panel.editor
    editor.referrer.set_contact(child.id)
    assert editor.commit("referred_by") is False
    assert "loop" in editor._errors["referred_by"].text()
    assert Contact.get_by_id(parent).referred_by_id != child.id


def test_delete_moves_to_trash_and_undo_restores(contacts_window, page, qtbot):
    cid = open_first(page, qtbot)
    total = page.model.rowCount()
    page.view.setFocus()
    page.view.select_contact(cid)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.model.rowCount() == total - 1)
    assert Contact.get_by_id(cid).deleted_at is not None
    page.trash_button.setChecked(True)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.contact_id(0) == cid
    page.trash_button.setChecked(False)
    contacts_window.undo_action.trigger()
    qtbot.waitUntil(lambda: page.model.rowCount() == total)
    assert Contact.get_by_id(cid).deleted_at is None


def test_restore_from_the_trash_view(page, qtbot):
    cid = open_first(page, qtbot)
    page.trash_selected()
    page.trash_button.setChecked(True)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.view.select_contact(cid)
    qtbot.waitUntil(lambda: page.detail.contact_id == cid and page.detail.panel.banner.isVisibleTo(page.detail.panel))
    assert page.detail.panel.editor.given.isReadOnly()
    page.restore_selected()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert Contact.get_by_id(cid).deleted_at is None


def test_photo_is_stored_small_and_undoable(contacts_window, page, qtbot, tmp_path):
    from PySide6.QtGui import QColor, QImage

    from app.ui.contacts.avatar import photo_bytes

    image = QImage(1200, 900, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    path = tmp_path / "face.png"
    image.save(str(path))
    data = photo_bytes(str(path))
    assert data and len(data) < 60_000
    assert photo_bytes(str(tmp_path / "nope.png")) is None
    cid = open_first(page, qtbot)
    page.detail.panel.avatar.photo_chosen.emit(data)
    assert Contact.get_by_id(cid).photo == data
    contacts_window.undo_action.trigger()
    qtbot.waitUntil(lambda: Contact.get_by_id(cid).photo is None)


def test_new_contact_dialog_creates_and_undo_removes(contacts_window, page, qtbot):
    from app.ui.contacts.people_dialogs import NewContactDialog

    dialog = NewContactDialog(page.ctx, page)
    qtbot.addWidget(dialog)
    dialog.name.setText("Zed Quill")
    dialog.email.setText("not-an-email")
    dialog.accept()
    assert dialog.error.isVisibleTo(dialog) and dialog.created_id is None
    dialog.email.setText("zed@example.org")
    dialog.accept()
    created = Contact.get_by_id(dialog.created_id)
    assert (created.given_name, created.family_name) == ("Zed", "Quill")
    assert ContactData.from_contact(created).emails[0].value == "zed@example.org"
    contacts_window.undo_action.trigger()
    assert Contact.get_or_none(Contact.id == dialog.created_id) is None
    contacts_window.redo_action.trigger()
    assert Contact.get_by_id(dialog.created_id).uid == created.uid


def test_address_is_saved_and_undone(contacts_window, page, qtbot):
    from app.models import ContactAddress

    cid = open_first(page, qtbot)
    editor = page.detail.panel.editor
    editor.addresses._add_clicked()
    row = editor.addresses._rows[-1]
    row.fields["street"].setText("12 Harbour Road")
    row.fields["locality"].setText("Rotterdam")
    row.fields["country"].setText("Netherlands")
    assert editor.commit("addresses")
    [stored] = ContactAddress.select().where(ContactAddress.contact == cid)
    assert (stored.street, stored.locality, stored.country, stored.is_primary) == (
        "12 Harbour Road",
        "Rotterdam",
        "Netherlands",
        True,
    )
    contacts_window.undo_action.trigger()
    assert not ContactAddress.select().where(ContactAddress.contact == cid).exists()


def test_delete_for_good_asks_then_removes_only_the_selected(page, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    first, second = page.model.contact_id(0), page.model.contact_id(1)
    page.ctx.undo_stack.push(commands.TrashContacts(page.ctx, [first, second]))
    page.trash_button.setChecked(True)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.view.select_contact(first)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    page.delete_forever()
    assert Contact.get_or_none(Contact.id == first) is not None
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Discard)
    page.delete_forever()
    assert Contact.get_or_none(Contact.id == first) is None
    assert Contact.get_by_id(second).deleted_at is not None


def test_the_invitation_date_is_typed_and_tab_moves_on(contacts_window, page, qtbot):
    import datetime as dt

    from PySide6.QtWidgets import QApplication, QComboBox

    cid = open_first(page, qtbot)
    editor = page.detail.panel.editor
    status = find(editor, "field_invitation_status", QComboBox)
    status.setCurrentIndex(status.findData("sent"))
    qtbot.waitUntil(lambda: Contact.get_by_id(cid).invitation_status == "sent")
    day = find(editor, "field_invitation_date", QLineEdit)
    day.setFocus()
    day.selectAll()
    qtbot.keyClicks(day, "2026-02-27")
    qtbot.keyClick(day, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not day  # Tab leaves the field instead of walking into its month
    qtbot.waitUntil(lambda: Contact.get_by_id(cid).invitation_date == dt.date(2026, 2, 27))
