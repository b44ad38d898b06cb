"""The real program in real processes: one window per data folder, no network, no personal data in logs."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.cli.test_cli import rapport
from tests.helpers.system import require_program

ROOT = Path(__file__).resolve().parents[2]


def gui(data_dir) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def lock_pid(data_dir) -> int | None:
    from app.instance_lock import held_by_other

    holder = held_by_other(data_dir)
    return holder.pid if holder else None


def wait_for(predicate, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)  # polling another process, not waiting for Qt
    return False


def test_one_window_per_data_folder_and_stale_locks_are_taken_over(tmp_path):
    data = tmp_path / "d"
    first = gui(data)
    try:
        assert wait_for(lambda: lock_pid(data) == first.pid), first.stderr.read() if first.poll() else ""
        second = gui(data)  # asks the first to show its window (issue 17) and leaves: still one per folder
        second.wait(timeout=60)
        assert second.returncode == 0
        assert "already open" in second.stderr.read()
        assert lock_pid(data) == first.pid
        first.send_signal(signal.SIGKILL)  # a crash leaves the lock file behind
        first.wait()
        assert (data / "rapport.lock").exists()
        third = gui(data)
        try:
            assert wait_for(lambda: lock_pid(data) == third.pid)
            assert third.poll() is None
        finally:
            third.terminate()
            third.wait(timeout=30)
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()


def test_self_test_opens_no_network_socket(tmp_path):
    require_program("strace")
    rapport("demo-data", "--contacts", "30", data_dir=tmp_path / "d")
    trace = tmp_path / "trace.txt"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [
            "strace",
            "-f",
            "-qq",
            "-e",
            "trace=socket,connect",
            "-o",
            str(trace),
            sys.executable,
            "-m",
            "app",
            "--data-dir",
            str(tmp_path / "d"),
            "self-test",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    if "ptrace" in result.stderr and result.returncode != 0:
        pytest.skip("ptrace is not permitted here")
    assert result.returncode == 0, result.stderr
    calls = trace.read_text()
    assert "socket(" in calls or calls == ""  # strace did record
    network = [line for line in calls.splitlines() if "AF_INET" in line]
    assert network == [], network[:5]


def test_python_never_creates_an_internet_socket_during_self_test(tmp_path):
    rapport("demo-data", "--contacts", "30", data_dir=tmp_path / "d")
    probe = (
        "import sys, socket\n"
        "def hook(event, args):\n"
        "    if event == 'socket.__new__' and args[1] in (socket.AF_INET, socket.AF_INET6):\n"
        "        raise RuntimeError('network socket opened')\n"
        "sys.addaudithook(hook)\n"
        "from app.main import main\n"
        f"sys.exit(main(['--data-dir', {str(tmp_path / 'd')!r}, 'self-test']))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=180)
    assert result.returncode == 0, result.stderr


def test_logs_hold_no_contact_details(tmp_path):
    data = tmp_path / "d"
    rapport("demo-data", "--contacts", "40", data_dir=data)
    people = json.loads(rapport("export", "--format", "json", data_dir=data).stdout)["contacts"]
    rapport("log", str(people[0]["id"]), "--kind", "coffee", "--summary", "Coffee at the corner café", data_dir=data)
    rapport("backup", data_dir=data)
    rapport("self-test", data_dir=data)
    logs = "".join(p.read_text(encoding="utf-8") for p in (data / "logs").glob("*.log*"))
    assert logs, "the commands wrote no log at all"
    for person in people:
        assert person["display_name"] not in logs
        for email in person["emails"]:
            assert email["value"] not in logs
    assert "corner café" not in logs


def test_an_edit_typed_just_before_exit_is_saved_and_exit_is_clean(tmp_path):
    data = tmp_path / "d"
    rapport("demo-data", "--contacts", "5", data_dir=data)
    person = json.loads(rapport("export", "--format", "json", data_dir=data).stdout)["contacts"][0]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    script = Path(__file__).with_name("edit_then_exit.py")
    result = subprocess.run(
        [sys.executable, str(script), str(data), str(person["id"]), "Head of Night Shift"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]  # no crash while Python shuts down
    assert "typed" in result.stdout
    after = json.loads(rapport("export", "--format", "json", data_dir=data).stdout)["contacts"]
    assert next(c for c in after if c["id"] == person["id"])["title"] == "Head of Night Shift"


@pytest.mark.parametrize("damage", ["truncated", "scribbled"])
def test_the_window_never_starts_silently_on_a_damaged_database(tmp_path, damage):
    import threading

    data = tmp_path / "d"
    rapport("demo-data", "--contacts", "400", data_dir=data)
    db_file = data / "rapport.sqlite3"
    content = bytearray(db_file.read_bytes())
    if damage == "truncated":
        content = content[: len(content) // 2]
    else:  # overwrite pages in the middle: the header is fine, the b-trees are not
        middle = len(content) // 2
        content[middle : middle + 8192] = b"\xa5" * 8192
    db_file.write_bytes(bytes(content))
    proc = gui(data)
    timer = threading.Timer(60, proc.kill)
    timer.start()
    try:
        said = ""
        for line in proc.stderr:
            if "damaged" in line:
                said = line
                break
    finally:
        timer.cancel()
        proc.kill()
        proc.wait()
    assert "damaged" in said
