"""`rapport` wires the features Today does not draw after the window's first paint (issue 21 item 2,
MainWindow(defer_features=True) and app.ui.application.present): before it the window has none of them, after it
every one, and the day's summary and the profile offer follow them."""

import shutil

import pytest

from app import db as app_db
from app.ui.application import build_window, present

FEATURES = ("followups", "import_export", "business_cards", "coach", "sync", "opportunities")


@pytest.fixture
def deferred(qtbot, paths, migrated_template):
    shutil.copyfile(migrated_template, paths.db_path)
    win = build_window(paths, check=False, lazy_pages=True, defer_features=True)
    qtbot.addWidget(win)
    yield win
    win.close()
    app_db.close_database()


def test_the_features_are_wired_after_the_first_paint(qtbot, deferred, monkeypatch):
    from app.ui.cards.controller import BusinessCards
    from app.ui.followups.notifier import DueNotifier

    calls = []
    monkeypatch.setattr(DueNotifier, "summarise_today", lambda self: calls.append("summary"))
    monkeypatch.setattr(BusinessCards, "offer_profile_once", lambda self: calls.append("profile"))
    assert not deferred.features_installed
    assert not any(hasattr(deferred, name) for name in FEATURES)
    assert deferred.action_registry.get("importAction") is not None  # the menus are there from the start

    assert deferred.status_counts.text() == ""  # the status bar's counts come after the paint too
    present(deferred)
    assert not deferred.features_installed  # not before the paint
    qtbot.waitUntil(lambda: deferred.first_paint.painted)
    qtbot.waitUntil(lambda: "contact" in deferred.status_counts.text())
    qtbot.waitUntil(lambda: "summary" in calls)
    assert deferred.features_installed and all(hasattr(deferred, name) for name in FEATURES)
    assert calls == ["profile", "summary"]  # the offer with the features, the day's summary a turn later
    followups = deferred.followups
    deferred.install_features()  # once only
    assert deferred.followups is followups


def test_a_window_for_tests_has_every_feature_at_once(qtbot, paths, migrated_template):
    shutil.copyfile(migrated_template, paths.db_path)
    win = build_window(paths, check=False, lazy_pages=True)
    qtbot.addWidget(win)
    assert win.features_installed and all(hasattr(win, name) for name in FEATURES)
    win.close()
    app_db.close_database()
