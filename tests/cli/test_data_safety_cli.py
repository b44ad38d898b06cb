"""Issue 19 on the command line: a fake backup cannot break the database, `backup -o` leaves the user's folder as it
was, a read-only or odd data folder gives plain messages (and can still be read), Rapport's files are private and
a killed backup leaves nothing behind."""

from __future__ import annotations

import json
import shutil
import sqlite3
import stat
import subprocess
import sys

import pytest

from app.db import known_migrations
from tests.cli.test_cli import rapport


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def contact_names(data_dir) -> list[str]:
    result = rapport("export", "--format", "json", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    return sorted(c["display_name"] for c in json.loads(result.stdout)["contacts"])


def listing(folder) -> dict[str, tuple[int, int]]:
    """Every file under ``folder`` with its size and mtime (what "nothing was written" compares)."""
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns) for p in sorted(folder.rglob("*"))}


@pytest.fixture
def filled(tmp_path):
    data = tmp_path / "d"
    made = rapport("demo-data", "--contacts", "4", data_dir=data)
    assert made.returncode == 0, made.stderr
    return data


# --- item 3: the restore check --------------------------------------------------------------------------------
def test_a_fake_backup_is_refused_and_the_database_keeps_working(filled, tmp_path):
    before = contact_names(filled)
    fake = tmp_path / "fake.sqlite3"
    with sqlite3.connect(fake) as conn:
        conn.execute("CREATE TABLE schema_migration (id INTEGER PRIMARY KEY, name TEXT UNIQUE, applied TEXT)")
        conn.executemany(
            "INSERT INTO schema_migration (name, applied) VALUES (?, '2026-01-01')", [(m,) for m in known_migrations()]
        )
        conn.execute("CREATE TABLE contact (id INTEGER PRIMARY KEY, deleted_at TEXT)")
    conn.close()
    for _attempt in range(7):  # the issue: after six tries rotation deleted the only good copy
        result = rapport("restore", str(fake), data_dir=filled)
        assert result.returncode == 2, result.stderr
        assert "Traceback" not in result.stderr
        assert "not restored" in result.stderr and "not a complete Rapport database" in result.stderr
        assert "table circle" in result.stderr
    assert contact_names(filled) == before
    found = rapport("search", before[0].split()[0], data_dir=filled)
    assert found.returncode == 0 and "Traceback" not in found.stderr
    assert not list((filled / "backups").glob("*-pre-restore.sqlite3"))  # refused before anything was touched


def test_an_older_backup_restores_and_is_upgraded(filled, tmp_path):
    from peewee import SqliteDatabase

    from app import db as app_db

    old = tmp_path / "old.sqlite3"
    db = SqliteDatabase(str(old), pragmas={"foreign_keys": 1})
    with db.atomic():
        app_db.migration_runner(db).up(target="0040_followup_contact_index")
    db.execute_sql(
        "INSERT INTO contact (uid, given_name, family_name, display_name, title, linkedin_url, how_met, why_connect, "
        "notes, stage, invitation_status, source, tie, created_at, updated_at) VALUES ('u-1', 'Old', 'Timer', "
        "'Old Timer', '', '', '', '', '', 'prospect', 'none', 'manual', 'acquaintance', '2025-01-01', '2025-01-01')"
    )
    db.close()
    result = rapport("restore", str(old), data_dir=filled)
    assert result.returncode == 0, result.stderr
    assert contact_names(filled) == ["Old Timer"]
    assert len(list((filled / "backups").glob("*-pre-restore.sqlite3"))) == 1


# --- item 5: backup -o ----------------------------------------------------------------------------------------
def test_backup_to_a_shared_folder_leaves_its_mode(filled, tmp_path):
    shared = tmp_path / "s"
    shared.mkdir()
    shared.chmod(0o1777)
    result = rapport("backup", "-o", str(shared / "mine.sqlite3"), data_dir=filled)
    assert result.returncode == 0, result.stderr
    assert mode(shared) == 0o1777
    assert mode(shared / "mine.sqlite3") == 0o600
    into_folder = rapport("backup", "-o", str(shared), data_dir=filled)
    assert into_folder.returncode == 0, into_folder.stderr
    written = into_folder.stdout.strip()
    assert written.startswith(str(shared) + "/rapport-") and written.endswith("-manual.sqlite3")
    assert mode(shared) == 0o1777
    assert not [p for p in shared.iterdir() if p.name.endswith(".partial")]


# --- item 6: read-only and odd data folders ---------------------------------------------------------------------
def test_a_read_only_data_folder_can_be_read_and_nothing_is_written(filled, tmp_path):
    before = contact_names(filled)
    (filled / "logs" / "rapport.log").unlink()
    filled.chmod(0o500)
    try:
        files = listing(filled)
        assert contact_names(filled) == before
        agenda = rapport("agenda", "--json", data_dir=filled)
        assert agenda.returncode == 0, agenda.stderr
        saved = tmp_path / "copy.sqlite3"
        copied = rapport("backup", "-o", str(saved), data_dir=filled)
        assert copied.returncode == 0, copied.stderr
        assert saved.is_file()
        refused = rapport("backup", data_dir=filled)
        assert refused.returncode == 3 and "read-only" in refused.stderr and "-o" in refused.stderr
        card = tmp_path / "one.vcf"
        card.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:New Person\nEND:VCARD\n", encoding="utf-8")
        imported = rapport("import", str(card), data_dir=filled)
        assert imported.returncode == 3, imported.stderr
        assert "read-only" in imported.stderr.lower() and "Traceback" not in imported.stderr
        restored = rapport("restore", str(saved), data_dir=filled)
        assert restored.returncode == 3 and "read-only" in restored.stderr
        window = rapport(data_dir=filled)  # the window (offscreen: its message goes to stderr)
        assert window.returncode == 3 and "The data folder is read-only" in window.stderr
        assert mode(filled) == 0o500  # never made writable again
        assert listing(filled) == files  # not a log line, not a -wal file
    finally:
        filled.chmod(0o700)
    assert contact_names(filled) == before


def test_a_data_folder_that_is_a_file_gets_a_plain_message(tmp_path):
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("hello")
    commands = (["export", "--format", "json"], ["backup"], ["restore", str(not_a_folder)], ["search", "x"], [])
    for args in commands:  # [] starts the window (offscreen: the message goes to stderr)
        result = rapport(*args, data_dir=not_a_folder)
        assert result.returncode == 3, (args, result.stderr)
        assert "is a file, not a folder" in result.stderr
        assert "Traceback" not in result.stderr
    assert not_a_folder.read_text() == "hello"


def _can_mount_read_only(tmp_path) -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    return probe.returncode == 0


def test_a_data_folder_on_a_read_only_mount_can_still_be_exported(filled, tmp_path):
    """A real read-only file system (a bind mount remounted ro in a private mount namespace): the log cannot be
    written and the database has no -shm file, yet export works."""
    if not _can_mount_read_only(tmp_path):
        pytest.skip("no private mount namespace here (needs root or user namespaces)")
    mount = tmp_path / "ro"
    mount.mkdir()
    out = tmp_path / "out.json"
    script = (
        f"mount --bind {filled} {mount} && mount -o remount,bind,ro {mount} && "
        f"{sys.executable} -m app --data-dir {mount} export --format json -o {out}; echo rc=$?"
    )
    result = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True, timeout=120)
    assert "rc=0" in result.stdout, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert len(json.loads(out.read_text(encoding="utf-8"))["contacts"]) == 4


# --- item 9: leftovers and file modes ---------------------------------------------------------------------------
def test_leftovers_of_a_killed_backup_are_removed_and_files_are_private(filled):
    leftover = filled / "backups" / ".rapport-20260101-090000-manual.sqlite3.4000000.partial"
    leftover.write_bytes(b"\0" * 65536)
    (filled / "logs" / "rapport.log").chmod(0o644)
    result = rapport("search", "a", data_dir=filled)
    assert result.returncode in (0, 2), result.stderr
    assert not leftover.exists()
    for name in ("rapport.log", "crash-faulthandler.log"):
        assert mode(filled / "logs" / name) == 0o600, name


# --- item 8: inputs -------------------------------------------------------------------------------------------------
def test_connected_on_in_the_year_9999_imports_with_a_note_and_the_dry_run_says_the_same(tmp_path):
    data = tmp_path / "d"
    path = tmp_path / "Connections.csv"
    path.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Ada,Okafor,https://www.linkedin.com/in/ada,,Acme,CTO,31 Dec 9999\n",
        encoding="utf-8",
    )
    dry = rapport("import", str(path), "--dry-run", data_dir=data)
    real = rapport("import", str(path), data_dir=data)
    assert (dry.returncode, real.returncode) == (0, 0), real.stderr
    assert "Traceback" not in real.stderr
    assert dry.stdout.strip() == "would import 1, merge 0, skip 0"
    assert real.stdout.strip() == "imported 1, merged 0, skipped 0"
    assert dry.stderr == real.stderr and "not a day between 1900 and 2199" in real.stderr
    agenda = rapport("agenda", data_dir=data)
    assert agenda.returncode == 0 and "Traceback" not in agenda.stderr


def test_random_bytes_from_a_device_are_refused_quickly(tmp_path):
    result = rapport("import", "/dev/urandom", data_dir=tmp_path / "d")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    # Random bytes that happen to start like JSON ('{' or '[', about 1 run in 100) are refused as a JSON file that is
    # not UTF-8 text; any other start, as not a text file. Either way the file is named with the reason.
    assert result.stderr.startswith("rapport: /dev/urandom: ")
    assert "not a text file" in result.stderr or "this JSON file is not UTF-8 text" in result.stderr, result.stderr
