"""Break things on purpose: kill -9 mid-write, two writers at once, a full disk (DESIGN §9)."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

WRITER = Path(__file__).with_name("writer.py")
ROOT = Path(__file__).resolve().parents[2]


def start_writer(data_dir, count=None, tag="w"):
    args = [sys.executable, str(WRITER), str(data_dir)]
    if count is not None:
        args += [str(count), tag]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def read_ids(proc) -> list[int]:
    out = proc.stdout.read()
    return [int(line) for line in out.split() if line.isdigit()]


def test_kill_9_at_random_moments_never_loses_committed_contacts(tmp_path):
    rng = random.Random(20261123)
    data_dir = tmp_path / "data"
    acknowledged: list[int] = []
    for _round in range(12):
        proc = start_writer(data_dir)
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        deadline = time.monotonic() + rng.uniform(0.05, 0.6)
        while time.monotonic() < deadline:  # let it write for a random while
            line = proc.stdout.readline()
            if line.strip().isdigit():
                acknowledged.append(int(line))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        acknowledged.extend(read_ids(proc))
    assert len(acknowledged) > 12
    with sqlite3.connect(data_dir / "rapport.sqlite3") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {r[0] for r in conn.execute("SELECT id FROM contact")}
        indexed = {r[0] for r in conn.execute("SELECT rowid FROM contact_fts")}
        emails = {r[0] for r in conn.execute("SELECT contact_id FROM contact_email")}
    missing = set(acknowledged) - stored
    assert not missing, f"{len(missing)} committed contacts lost"
    assert stored == indexed  # the search index never lags behind the data
    assert set(acknowledged) <= emails  # children committed with their contact


def test_two_processes_writing_at_once_both_succeed(tmp_path):
    data_dir = tmp_path / "data"
    writers = [start_writer(data_dir, 150, tag) for tag in ("a", "b")]
    ids = []
    for proc in writers:
        proc.wait(timeout=120)
        ids.extend(read_ids(proc))
        assert proc.returncode == 0, proc.stderr.read()
    assert len(ids) == len(set(ids)) == 300
    with sqlite3.connect(data_dir / "rapport.sqlite3") as conn:
        assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 300


def test_full_disk_is_reported_and_earlier_data_survives(db):
    """SQLite's max_page_count makes the database file unable to grow, exactly like a full disk."""
    from app import db as app_db
    from app.core.contacts.contact_data import ContactData
    from app.core.contacts.service import create_contact
    from app.errors import classify
    from app.models import Contact

    for n in range(20):
        create_contact(ContactData(given_name=f"Early{n}"))
    pages = app_db.database.execute_sql("PRAGMA page_count").fetchone()[0]
    app_db.database.execute_sql(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(Exception) as info:
        for n in range(10_000):
            create_contact(ContactData(given_name=f"Late{n}", notes="y" * 4000))
    known = classify(info.value)
    assert known is not None and known.title == "Disk full"
    assert Contact.select().where(Contact.given_name.startswith("Early")).count() == 20
    assert app_db.database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    app_db.database.execute_sql("PRAGMA max_page_count = 1073741823")
    create_contact(ContactData(given_name="AfterSpaceFreed"))
    assert Contact.select().where(Contact.given_name == "AfterSpaceFreed").exists()


def test_kill_9_during_bulk_imports_leaves_the_search_index_whole(tmp_path):
    """Issue 21: a large import writes the search index once at its end, with the per-row triggers dropped for the
    transaction. Killed at any moment, the database holds whole imports only, every live contact indexed, and the
    triggers in place."""
    rng = random.Random(21)
    data_dir = tmp_path / "data"
    committed = 0
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for seed in range(6):
        args = [sys.executable, str(Path(__file__).with_name("bulk_importer.py")), str(data_dir), "1500", str(seed)]
        proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        deadline = time.monotonic() + rng.uniform(0.2, 2.5)
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if line.startswith("imported "):
                committed += int(line.split()[1])
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        committed += sum(
            int(line.split()[1]) for line in proc.stdout.read().splitlines() if line.startswith("imported ")
        )
    with sqlite3.connect(data_dir / "rapport.sqlite3") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {r[0] for r in conn.execute("SELECT id FROM contact WHERE deleted_at IS NULL")}
        indexed = {r[0] for r in conn.execute("SELECT rowid FROM contact_fts")}
        triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        conn.execute("INSERT INTO contact_fts(contact_fts) VALUES ('integrity-check')")
    assert committed > 0
    assert len(stored) >= committed  # every committed import is there (a kill after the commit adds one unreported)
    assert len(stored) % 1500 == 0  # whole imports only
    assert stored == indexed
    assert {"contact_fts_ai", "contact_email_fts_ai"} <= triggers
