"""Sync in the window: Preferences → Sync (Test connection lists the server's collections; saving the account checks
the login and creates "Rapport" ones; a refused login keeps the dialog with the reason), the worker-thread sync and
the status bar ("Synced just now", "Offline — N changes waiting")."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

from app.core.contacts import service as contacts
from app.core.contacts.contact_data import ContactData
from app.core.sync import account as accounts
from app.core.sync import service
from app.models import Contact, SyncItem
from app.ui.settings.dialog import SettingsDialog, SettingsError
from tests.helpers.radicale import PASSWORD, USER

pytestmark = pytest.mark.slow


def _tab(dialog):
    return dialog.findChild(object, "settingsSync")


def test_the_sync_tab_tests_the_connection_and_saves_the_account(window, qtbot, radicale, book_name):
    dialog = SettingsDialog(window.ctx, window, tab="Sync")
    qtbot.addWidget(dialog)
    tab = _tab(dialog)
    assert tab is not None and dialog.tabs.currentWidget() is tab
    tab.url.setText(radicale.url)
    tab.username.setText(USER)
    tab.password.setText(PASSWORD)
    tab.test_connection()
    qtbot.waitUntil(lambda: tab.test_result.text().startswith("Connected"), timeout=20_000)
    tab.addressbook.setCurrentText(book_name)
    tab.calendar.setCurrentText(book_name)
    tab.interval.setValue(7)
    assert tab.apply() is True
    account = accounts.load()
    assert account.addressbook_name == book_name and account.interval_minutes == 7
    assert accounts.password_for(account) == PASSWORD
    assert tab.password.text() == ""  # not kept in the form either
    assert tab.apply() is False  # nothing changed since


def test_a_refused_login_keeps_the_dialog_with_the_reason(window, qtbot, radicale):
    dialog = SettingsDialog(window.ctx, window, tab="Sync")
    qtbot.addWidget(dialog)
    tab = _tab(dialog)
    tab.url.setText(radicale.url)
    tab.username.setText(USER)
    tab.password.setText("not the password")
    with pytest.raises(SettingsError, match="refused the login"):
        tab.apply()
    assert accounts.load() is None


def test_the_status_bar_says_synced_or_offline(window, qtbot, radicale, book_name, monkeypatch):
    contacts.create_contact(ContactData(given_name="Ada", family_name="Okafor"))
    service.setup(radicale.url, USER, PASSWORD, addressbook=book_name, calendar="")
    controller = window.sync
    controller.configure()
    file_menu = window.menuBar().actions()[0].menu()
    assert controller.action in file_menu.actions() and controller.action.isEnabled()
    assert controller.action.objectName() == "syncNowAction"
    label = window.findChild(QLabel, "syncStatus")
    assert label is controller.label and label.isVisibleTo(window)
    assert "1 change waiting" in label.text()  # its plural form (issue 23)
    with qtbot.waitSignal(controller.finished, timeout=30_000):
        controller.sync_now()
    assert label.text() == "Synced just now"
    assert SyncItem.select().count() == 1

    # the server goes away: the next sync says offline, with what is waiting
    account = accounts.load()
    account.url = "http://127.0.0.1:9/"
    accounts.save(account)
    accounts.store_password(account, PASSWORD)
    ada = Contact.get()
    data = ContactData.from_contact(ada)
    data.title = "Engineer"
    contacts.update_contact(ada.id, data)
    with qtbot.waitSignal(controller.finished, timeout=30_000):
        controller.sync_now()
    assert label.text() == "Offline — 1 change waiting"


def test_forgetting_the_account_asks_first(window, qtbot, radicale, book_name, monkeypatch):
    service.setup(radicale.url, USER, PASSWORD, addressbook=book_name, calendar="")
    dialog = SettingsDialog(window.ctx, window, tab="Sync")
    qtbot.addWidget(dialog)
    tab = _tab(dialog)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    tab.forget_account()
    assert accounts.load() is not None
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    tab.forget_account()
    assert accounts.load() is None
    assert not window.sync.label.isVisibleTo(window)


def test_a_window_opened_with_an_account_syncs_on_start(qtbot, paths, migrated_template, radicale, book_name):
    import shutil

    from app import db as app_db
    from app.main import create_window

    shutil.copyfile(migrated_template, paths.db_path)
    app_db.open_database(paths.db_path)
    contacts.create_contact(ContactData(given_name="Grace", family_name="Hopper"))
    service.setup(radicale.url, USER, PASSWORD, addressbook=book_name, calendar="")
    app_db.close_database()
    win = create_window(paths.data_dir)
    qtbot.addWidget(win)
    try:
        with qtbot.waitSignal(win.sync.finished, timeout=30_000) as finished:
            pass
        assert finished.args[0].as_json()["contacts"]["uploaded"] == 1
        assert win.sync.label.text() == "Synced just now"
    finally:
        win.close()
        app_db.close_database()


def test_a_change_syncs_a_short_while_later(window, qtbot, radicale, book_name):
    service.setup(radicale.url, USER, PASSWORD, addressbook=book_name, calendar="")
    controller = window.sync
    controller.configure()
    controller.soon.setInterval(50)  # 20 s in the app: the last of a burst of edits counts
    ada = contacts.create_contact(ContactData(given_name="Ada", family_name="Okafor"))
    with qtbot.waitSignal(controller.finished, timeout=30_000):
        window.ctx.bus.contacts_changed.emit()
    assert SyncItem.select().where(SyncItem.local_id == ada.id).exists()
