"""A main window over demo data, on the Contacts page."""

from __future__ import annotations

import pytest

from app import db as app_db
from tests.helpers.data import fill_with_demo_data


@pytest.fixture
def contacts_window(qtbot, paths, migrated_template):
    from app.main import create_window

    fill_with_demo_data(paths, migrated_template, contacts=200, seed=5)
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
