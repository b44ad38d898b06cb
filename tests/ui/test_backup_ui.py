from app import db as app_db
from app.core.data import backup
from app.models import Contact
from tests.helpers.qt import find


def test_backup_actions_are_in_the_window_with_shortcuts(window):
    for name in ("backupAction", "restoreAction"):
        action = next(a for a in window.actions() if a.objectName() == name)
        assert not action.shortcut().isEmpty() and action.toolTip()


def test_restore_brings_back_the_backup_and_refreshes_everything(window, qtbot):
    Contact.create(given_name="Before")
    saved = backup.take_backup(app_db.database.connection(), window.ctx.paths.backup_dir, "manual")
    Contact.create(given_name="After")
    with qtbot.waitSignal(window.ctx.bus.data_reset):
        assert window.backups.restore(saved, confirm=False)
    assert [c.given_name for c in Contact.select()] == ["Before"]
    kinds = {b.kind for b in backup.list_backups(window.ctx.paths.backup_dir)}
    assert "pre-restore" in kinds
    assert "last backup" in find(window, "statusCounts").text() or window.backups.last_backup_text()


def test_restore_refuses_a_file_that_is_not_a_backup(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("nope")
    Contact.create(given_name="Kept")
    assert not window.backups.restore(junk, confirm=False)
    assert warnings and "not an SQLite file" in warnings[0]
    assert Contact.select().count() == 1


def test_status_bar_says_when_the_last_backup_was_taken(window, qtbot):
    status = find(window, "statusCounts")
    assert "no backup yet" in status.text()
    backup.take_backup(app_db.database.connection(), window.ctx.paths.backup_dir, "daily")
    window.backups.status_changed.emit("")
    qtbot.waitUntil(lambda: "last backup" in status.text())


def test_the_start_up_check_runs_off_the_ui_thread_and_finds_a_healthy_database(window, qtbot):
    with qtbot.waitSignal(window.backups.check_finished, timeout=20000) as blocker:
        window.backups.check_integrity_soon()
    assert blocker.args == [""]


def test_damage_found_after_start_offers_the_newest_good_backup(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    Contact.create(given_name="Saved")
    backup.take_backup(app_db.database.connection(), window.ctx.paths.backup_dir, "daily")
    Contact.create(given_name="Since")
    questions = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: questions.append(a[2]) or QMessageBox.StandardButton.Yes
    )
    with qtbot.waitSignal(window.ctx.bus.data_reset):
        assert window.backups.offer_restore_after_damage("database disk image is malformed")
    assert "malformed" in questions[0] and "newest good backup" in questions[0]
    assert [c.given_name for c in Contact.select()] == ["Saved"]
    assert list(window.ctx.paths.data_dir.glob("rapport.sqlite3.damaged-*"))


def test_damage_with_no_backup_is_explained_and_nothing_is_changed(window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    Contact.create(given_name="Kept")
    assert not window.backups.offer_restore_after_damage("malformed")
    assert "no backup to restore" in shown[0]
    assert Contact.select().count() == 1


def test_restore_in_the_window_refuses_a_fake_backup_and_changes_nothing(window, tmp_path, monkeypatch):
    """Issue 19: an SQLite file with schema_migration and a stub contact table passed the check and broke the
    database; the window says what it lacks and keeps the data (and takes no pre-restore copy)."""
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    fake = tmp_path / "fake.sqlite3"
    with sqlite3.connect(fake) as conn:
        conn.execute("CREATE TABLE schema_migration (id INTEGER PRIMARY KEY, name TEXT UNIQUE, applied TEXT)")
        conn.executemany(
            "INSERT INTO schema_migration (name, applied) VALUES (?, '2026-01-01')",
            [(m,) for m in app_db.known_migrations()],
        )
        conn.execute("CREATE TABLE contact (id INTEGER PRIMARY KEY, deleted_at TEXT)")
    conn.close()
    Contact.create(given_name="Kept")
    assert not window.backups.restore(fake, confirm=False)
    assert warnings and "not a complete Rapport database" in warnings[0] and "table circle" in warnings[0]
    assert [c.given_name for c in Contact.select()] == ["Kept"]
    assert backup.list_backups(window.ctx.paths.backup_dir) == []


def test_restore_in_the_window_upgrades_an_older_backup(window, qtbot, tmp_path):
    from peewee import SqliteDatabase

    old = tmp_path / "old.sqlite3"
    db = SqliteDatabase(str(old), pragmas={"foreign_keys": 1})
    with db.atomic():
        app_db.migration_runner(db).up(target="0050_contact_image")
    db.execute_sql(
        "INSERT INTO contact (uid, given_name, family_name, display_name, title, linkedin_url, how_met, why_connect, "
        "notes, stage, invitation_status, source, tie, created_at, updated_at) VALUES ('u-1', 'Old', 'Timer', "
        "'Old Timer', '', '', '', '', '', 'prospect', 'none', 'manual', 'acquaintance', '2025-01-01', '2025-01-01')"
    )
    db.close()
    with qtbot.waitSignal(window.ctx.bus.data_reset):
        assert window.backups.restore(old, confirm=False)
    assert [c.display_name for c in Contact.select()] == ["Old Timer"]
    assert app_db.pending_migrations() == []


def test_backing_up_now_copies_on_a_worker_thread(window, tmp_path, monkeypatch):
    import threading

    from PySide6.QtWidgets import QFileDialog

    Contact.create(given_name="Kept")
    target = tmp_path / "mine.sqlite3"
    threads = []
    real = backup.backup_to
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(backup, "backup_to", lambda *a: threads.append(threading.current_thread()) or real(*a))
    window.backups.backup_now()
    assert threads and threads[0] is not threading.main_thread()
    assert backup.check_file(target).ok and backup.check_file(target).contacts == 1
    assert any(b.kind == "manual" for b in backup.list_backups(window.ctx.paths.backup_dir))


def test_quitting_while_the_start_up_check_runs_waits_for_it_before_the_window_goes(
    qtbot, paths, migrated_template, monkeypatch, caplog
):
    """A quit right after the first paint (the start-up probe does it; a large database makes the check longer than
    the quit): the check emitted the result from a controller already deleted ("Signal source has been deleted")."""
    import logging
    import shutil
    import threading

    import shiboken6
    from PySide6.QtCore import Qt, QThreadPool

    from app.main import create_window

    shutil.copyfile(migrated_template, paths.db_path)
    window = create_window(paths.data_dir)
    started, window_gone = threading.Event(), threading.Event()
    real = backup.check_file

    def slow_check(path, full=True):
        started.set()
        window_gone.wait(timeout=3)  # a check slower than the quit; cut short once the window is gone
        return real(path, full=full)

    monkeypatch.setattr(backup, "check_file", slow_check)
    caplog.set_level(logging.INFO)
    emitted: list[str] = []
    window.backups.check_finished.connect(emitted.append, Qt.ConnectionType.DirectConnection)  # on the worker
    try:
        window.backups.check_integrity_soon()
        assert started.wait(timeout=10)
        window.close()  # closed for good: the quit
        emitted_by_then = list(emitted)
    finally:
        shiboken6.delete(window)  # gone, as when run_gui returns
        window_gone.set()
        QThreadPool.globalInstance().waitForDone(10_000)
        app_db.close_database()
    assert emitted_by_then == [""]  # the check finished, and emitted while its controller was still there
    assert "Signal source has been deleted" not in caplog.text
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], caplog.text
