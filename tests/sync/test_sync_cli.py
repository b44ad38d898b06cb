"""`rapport sync` as a user (and the checks) run it: setup, --json counts, status, exit 4 for a wrong password or a
server that is not there (nothing changed), and a sync process killed mid-way (the next one completes, no
duplicates)."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.core.sync.dav import DavSession
from tests.helpers.radicale import PASSWORD, USER

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parents[2]


def _env(fake_keyring) -> dict[str, str]:
    env = dict(os.environ)
    env["RAPPORT_TEST_KEYRING"] = str(fake_keyring)
    env["PYTHON_KEYRING_BACKEND"] = "tests.helpers.fake_keyring.FileKeyring"
    env["PYTHONPATH"] = str(REPO)
    env.pop("RAPPORT_DATA_DIR", None)
    return env


def rapport(data: Path, *args: str, env: dict, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(data), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=300,
    )


def _server_uids(url: str, book_url: str) -> list[str]:
    with DavSession(url, USER, PASSWORD) as session:
        listing = session.listing(book_url)
        texts = [text for _h, _e, text in session.fetch(book_url, listing.changed, "contacts")]
    return [re.search(r"^UID:(.*?)\r?$", t, re.MULTILINE).group(1) for t in texts]


def _setup(data: Path, radicale, book: str, env: dict) -> dict:
    done = rapport(
        data,
        "sync",
        "setup",
        radicale.url,
        "--username",
        USER,
        "--password-stdin",
        "--addressbook",
        book,
        "--calendar",
        book,
        env=env,
        stdin=PASSWORD + "\n",
    )
    assert done.returncode == 0, done.stderr
    status = rapport(data, "sync", "status", "--json", env=env)
    assert status.returncode == 0, status.stderr
    return json.loads(status.stdout)


def test_setup_sync_json_and_status(tmp_path, radicale, book_name, fake_keyring):
    env = _env(fake_keyring)
    data = tmp_path / "data"
    assert rapport(data, "demo-data", "--contacts", "12", "--seed", "4", env=env).returncode == 0
    info = _setup(data, radicale, book_name, env)
    assert info["configured"] and info["addressbook"] == book_name and info["password"] == "system keyring"
    assert PASSWORD in fake_keyring.read_text()  # the keyring holds it …
    for path in data.rglob("*"):  # … and nothing in the data folder does (database, settings, logs)
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path
    done = rapport(data, "sync", "--json", env=env)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert set(report) >= {"contacts", "followups"}
    assert report["contacts"] == {
        "uploaded": 12,
        "downloaded": 0,
        "deleted_here": 0,
        "deleted_there": 0,
        "conflicts": 0,
    }
    assert set(report["followups"]) == {"uploaded", "downloaded", "deleted_here", "deleted_there", "conflicts"}
    again = json.loads(rapport(data, "sync", "--json", env=env).stdout)
    assert all(value == 0 for kind in again.values() for value in kind.values()), again
    plain = rapport(data, "sync", env=env)
    assert plain.returncode == 0 and "contacts: uploaded 0, downloaded 0" in plain.stdout
    status = rapport(data, "sync", "status", env=env)
    assert "changes waiting: 0" in status.stdout and "last sync:" in status.stdout


def test_a_wrong_password_or_no_server_exits_4_and_changes_nothing(tmp_path, radicale, book_name, fake_keyring):
    env = _env(fake_keyring)
    data = tmp_path / "data"
    refused = rapport(
        data, "sync", "setup", radicale.url, "--username", USER, "--password-stdin", env=env, stdin="wrong\n"
    )
    assert refused.returncode == 4
    assert "refused the login" in refused.stderr and "nothing was changed" in refused.stderr
    assert not data.exists()  # not even the data folder
    gone = rapport(
        data, "sync", "setup", "http://127.0.0.1:9/", "--username", USER, "--password-command", "echo x", env=env
    )
    assert gone.returncode == 4 and "cannot reach" in gone.stderr

    # set up right, then the password changes on the server side: the sync exits 4 and nothing moves
    assert rapport(data, "demo-data", "--contacts", "5", env=env).returncode == 0
    waiting = _setup(data, radicale, book_name, env)["pending_changes"]
    assert waiting >= 5
    store = json.loads(fake_keyring.read_text())
    fake_keyring.write_text(json.dumps({key: "not it" for key in store}))
    before = (data / "rapport.sqlite3").stat().st_size
    done = rapport(data, "sync", "--json", env=env)
    assert done.returncode == 4, done.stderr
    assert done.stdout == "" and "refused the login" in done.stderr
    status = json.loads(rapport(data, "sync", "status", "--json", env=env).stdout)
    assert status["last_sync"] is None and status["synced_items"] == 0 and status["pending_changes"] == waiting
    assert (data / "rapport.sqlite3").stat().st_size == before


def test_no_keyring_says_to_use_a_password_command(tmp_path, radicale, book_name, fake_keyring):
    env = _env(fake_keyring)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    data = tmp_path / "data"
    done = rapport(
        data, "sync", "setup", radicale.url, "--username", USER, "--password-stdin", env=env, stdin=PASSWORD + "\n"
    )
    assert done.returncode == 1 and "--password-command" in done.stderr and "no system keyring" in done.stderr
    secret = tmp_path / "secret"
    secret.write_text(PASSWORD + "\n")
    assert rapport(data, "demo-data", "--contacts", "3", env=env).returncode == 0
    done = rapport(
        data,
        "sync",
        "setup",
        radicale.url,
        "--username",
        USER,
        "--password-command",
        f"cat {secret}",
        "--addressbook",
        book_name,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert "password command" in done.stdout
    assert rapport(data, "sync", env=env).returncode == 0


def _kill_when(process: subprocess.Popen, ready, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError("the sync finished before it could be killed; give it more to do")
        if ready():
            process.send_signal(signal.SIGKILL)
            process.wait(10)
            return
        time.sleep(0.01)
    raise AssertionError("the sync never got far enough to be killed")


def test_a_sync_killed_mid_way_is_completed_by_the_next_without_duplicates(tmp_path, radicale, book_name, fake_keyring):
    env = _env(fake_keyring)
    data = tmp_path / "data"
    assert rapport(data, "demo-data", "--contacts", "150", "--seed", "6", env=env).returncode == 0
    info = _setup(data, radicale, book_name, env)
    book_url = info["addressbook_url"]
    collection = Path(radicale.folder, "collections", "collection-root", USER, book_url.rstrip("/").rsplit("/", 1)[-1])

    def uploaded_some() -> bool:
        return collection.exists() and len(list(collection.glob("*.vcf"))) >= 20

    process = subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(data), "sync"],
        env=env,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _kill_when(process, uploaded_some)
    on_server = len(list(collection.glob("*.vcf")))
    assert 20 <= on_server < 150
    done = rapport(data, "sync", "--json", env=env)
    assert done.returncode == 0, done.stderr
    uids = _server_uids(radicale.url, book_url)
    assert len(uids) == len(set(uids)) == 150
    again = json.loads(rapport(data, "sync", "--json", env=env).stdout)
    assert again["contacts"]["uploaded"] == again["contacts"]["downloaded"] == 0

    # a second folder killed while it downloads: the next sync completes it, nobody twice
    second = tmp_path / "second"
    _setup(second, radicale, book_name, env)
    db_path = second / "rapport.sqlite3"
    import sqlite3

    def downloaded_some() -> bool:
        try:
            with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=0.2) as con:
                return con.execute("SELECT count(*) FROM contact").fetchone()[0] >= 20
        except sqlite3.Error:
            return False

    process = subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(second), "sync"],
        env=env,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _kill_when(process, downloaded_some)
    done = rapport(second, "sync", "--json", env=env)
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(db_path) as con:
        rows = con.execute("SELECT uid FROM contact").fetchall()
    assert len(rows) == 150 and len({r[0] for r in rows}) == 150
    assert sorted(r[0] for r in rows) == sorted(uids)
    assert len(_server_uids(radicale.url, book_url)) == 150
