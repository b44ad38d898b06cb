"""Shared fixtures: a temporary data folder, a migrated database, a fixed clock, the main window.

Tests never touch the user's real data: every fixture works in pytest's tmp_path, and RAPPORT_DATA_DIR is pointed
at a throwaway folder for the whole session in case code falls back to the default location.
"""

from __future__ import annotations

import gc
import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from app import db as app_db
from app.core.clock import FixedClock
from app.paths import AppPaths, resolve_paths

FIXED_NOW = "2026-03-16T10:30:00"  # a Monday


@pytest.fixture(scope="session", autouse=True)
def _isolated_environment(tmp_path_factory):
    """Keep the default data folder and QSettings away from the user's own, for every test."""
    home = tmp_path_factory.mktemp("home")
    old = {k: os.environ.get(k) for k in ("RAPPORT_DATA_DIR", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME")}
    os.environ["RAPPORT_DATA_DIR"] = str(home / "default-data")
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    os.environ["XDG_STATE_HOME"] = str(home / "state")
    yield
    for key, value in old.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


_sound_server_error: str | None = None


@pytest.fixture(scope="session", autouse=True)
def _sound_hardware():
    """A headless machine gets a microphone and a speaker for the whole session (tests/helpers/pulse.py), started
    before anything loads QtMultimedia: its PulseAudio client connects once per process."""
    global _sound_server_error
    from tests.helpers import pulse

    try:
        server = pulse.start()
    except pulse.SoundServerError as exc:
        _sound_server_error = str(exc)
        yield None
        return
    old = {key: os.environ.get(key) for key in server.env}
    os.environ.update(server.env)
    yield server
    for key, value in old.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    server.stop()


@pytest.fixture
def microphone(_sound_hardware):
    """The session's PulseAudio null source as the default microphone. Fails (never skips) on Debian/Ubuntu,
    where scripts/system-deps.sh installs PulseAudio; skips elsewhere (Windows, macOS)."""
    from tests.helpers import pulse

    if _sound_hardware is None:
        message = f"no PulseAudio microphone for the recording test: {_sound_server_error}"
        if pulse.is_debian_like():
            pytest.fail(message)
        pytest.skip(message)
    return _sound_hardware


@pytest.fixture(autouse=True)
def _no_unexpected_message_boxes(monkeypatch):
    """A QMessageBox nobody expected would block the offscreen test run forever: make it fail the test instead.
    Tests that expect one monkeypatch the method themselves (their patch wins)."""
    from PySide6.QtWidgets import QMessageBox

    def refuse(*args, **_kwargs):
        texts = [a for a in args if isinstance(a, str)]
        raise AssertionError(f"unexpected message box: {texts[:2]}")

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse))


@pytest.fixture(autouse=True)
def _dispose_leftover_windows():
    """Delete every window a test left behind, now, while the state it points at is still whole.

    Closing a window only hides it and ``deleteLater`` waits for an event loop the test run never returns to, so
    windows of earlier tests lived on: their timers (the Insights page filling its panels, autosaves) fired during a
    later test, against that test's database, and the garbage collector met their half-destroyed wrappers there —
    a rare segmentation fault in whichever test came next. Teardown of this fixture runs after every other fixture's
    (it is set up first), so the test's own windows are closed by then.
    """
    yield
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    for widget in QApplication.topLevelWidgets():
        widget.hide()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    gc.collect()


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory) -> Path:
    """A database file with every migration applied, built once and copied per test (fast)."""
    path = tmp_path_factory.mktemp("template") / "rapport.sqlite3"
    app_db.open_database(path)
    app_db.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    app_db.close_database()
    return path


@pytest.fixture
def paths(tmp_path) -> AppPaths:
    """A fresh, private data folder."""
    return resolve_paths(tmp_path / "data").ensure()


@pytest.fixture
def db(paths, migrated_template):
    """An open, migrated, empty database in a temporary data folder."""
    shutil.copyfile(migrated_template, paths.db_path)
    paths.db_path.chmod(0o600)
    database = app_db.open_database(paths.db_path)
    yield database
    app_db.close_database()


@pytest.fixture(scope="session")
def qapp(qapp):
    """pytest-qt's QApplication with Rapport's English translator installed, as the app has it from its start: the
    plural forms of the source language ("%Ln contact(s)" reads "1 contact", "2 contacts") also in tests that build
    a widget without the main window."""
    from app.ui.i18n import install_translators

    install_translators("en")
    return qapp


@pytest.fixture(autouse=True)
def _english_again_after_each_test():
    """A test that switches the interface's language (or takes the translators off) leaves English, with its plural
    forms, as the next test expects it: "5 follow-ups due", not "5 follow-up(s) due" (order-dependent failures)."""
    yield
    i18n = sys.modules.get("app.ui.i18n")
    if i18n is None:
        return
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is not None and (i18n.installed_choice() is None or i18n.current_language() != "en"):
        i18n.install_translators("en")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(FIXED_NOW)


@pytest.fixture
def demo_db(db, clock):
    """The database filled with 200 demo contacts (seed 5) as of the fixed clock."""
    from app.core.demo import contacts as demo_data

    demo_data.generate(contacts=200, seed=5, clock=clock)
    return db


@pytest.fixture
def window(qtbot, paths, migrated_template):
    """The main window over an empty data folder, as `create_window` builds it."""
    from app.main import create_window

    shutil.copyfile(migrated_template, paths.db_path)
    win = create_window(paths.data_dir)
    qtbot.addWidget(win)
    yield win
    win.close()
    app_db.close_database()
