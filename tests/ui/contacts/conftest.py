"""A main window over demo data, on the Contacts page."""

from __future__ import annotations

import shutil

import pytest

from app import db as app_db


@pytest.fixture
def contacts_window(qtbot, paths, migrated_template):
    from app.core import demo_data
    from app.main import create_window

    shutil.copyfile(migrated_template, paths.db_path)
    app_db.open_database(paths.db_path)
    demo_data.generate(contacts=200, seed=5)
    app_db.close_database()
    win = create_window(paths.data_dir)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.show_page("contactsPage")
    page = win.contacts_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    yield win
    win.close()
    app_db.close_database()


@pytest.fixture
def page(contacts_window):
    return contacts_window.contacts_page
