"""Typing survives the end of the process (issue 19 item 2): the real window, typed into steadily, then killed.

kill -9 may lose only what was typed in the last 2 s (steady typing is saved at least every 1.5 s, not only after a
pause); SIGTERM and SIGHUP (logout, shutdown) save everything and exit 0.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.cli.test_cli import rapport

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("type_steadily.py")
TEXT = "Asked about the night shift rota and the forklift licence; call back on Thursday after the depot tour. " * 3


class Typist:
    """The typing window in its own process, and what it said it typed, when."""

    def __init__(self, data: Path, contact_id: int, interval_ms: int = 100):
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
        self.proc = subprocess.Popen(
            [sys.executable, str(SCRIPT), str(data), str(contact_id), TEXT, str(interval_ms)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.keys: list[tuple[float, int]] = []
        self.lines: list[str] = []
        self.ready = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            line = line.strip()
            self.lines.append(line)
            if line == "ready":
                self.ready.set()
            parts = line.split()
            if len(parts) == 2 and parts[0] != "exit" and parts[1].isdigit():
                self.keys.append((float(parts[0]), int(parts[1])))

    def typed_by(self, moment: float) -> int:
        return max((count for when, count in self.keys if when <= moment), default=0)

    def typed(self) -> int:
        return self.keys[-1][1] if self.keys else 0

    def finish(self, timeout: float = 60) -> tuple[int, str]:
        code = self.proc.wait(timeout=timeout)
        self._reader.join(timeout=10)
        return code, self.proc.stderr.read()


def contact(data: Path) -> dict:
    people = json.loads(rapport("export", "--format", "json", data_dir=data).stdout)["contacts"]
    return next(p for p in people if p["notes"])


def stored_notes(data: Path, contact_id: int) -> str:
    people = json.loads(rapport("export", "--format", "json", data_dir=data).stdout)["contacts"]
    return next(p for p in people if p["id"] == contact_id)["notes"]


def characters_stored(before: str, after: str) -> int:
    """How many characters of TEXT the stored notes hold (typed at the end of ``before``); fails when they hold
    anything else."""
    for count in range(len(TEXT), -1, -1):
        if (before + TEXT[:count]).strip() == after:
            return count
    raise AssertionError(f"the stored notes are not the typing: {after[-120:]!r}")


@pytest.fixture
def data(tmp_path) -> Path:
    folder = tmp_path / "d"
    rapport("demo-data", "--contacts", "5", data_dir=folder)
    return folder


def test_kill_9_while_typing_steadily_loses_at_most_the_last_two_seconds(data):
    person = contact(data)
    typist = Typist(data, person["id"])
    try:
        assert typist.ready.wait(90), typist.lines
        deadline = time.monotonic() + 6.5  # well past a pause-only autosave's never: the typing never pauses
        while time.monotonic() < deadline and typist.proc.poll() is None:
            time.sleep(0.05)  # another process types; we only watch the clock
        killed_at = time.monotonic()
        typist.proc.send_signal(signal.SIGKILL)
    finally:
        code, err = typist.finish()
    assert code == -signal.SIGKILL, err[-2000:]
    typed_before = typist.typed_by(killed_at - 2.0)
    assert typed_before >= 20, typist.lines[-5:]  # it did type steadily for seconds
    kept = characters_stored(person["notes"], stored_notes(data, person["id"]))
    assert kept >= typed_before, f"{typed_before - kept} characters typed more than 2 s before the kill were lost"


@pytest.mark.parametrize("which", ["SIGTERM", "SIGHUP"])
def test_sigterm_or_sighup_while_typing_saves_everything_and_exits_0(data, which):
    person = contact(data)
    typist = Typist(data, person["id"])
    try:
        assert typist.ready.wait(90), typist.lines
        while typist.typed() < 25 and typist.proc.poll() is None:
            time.sleep(0.05)
        typist.proc.send_signal(getattr(signal, which))
        code, err = typist.finish()
    finally:
        if typist.proc.poll() is None:
            typist.proc.kill()
            typist.proc.wait()
    assert code == 0, err[-2000:]
    assert "exit 0" in typist.lines
    assert "Traceback" not in err, err[-2000:]
    typed = typist.typed()
    assert typed >= 25
    assert characters_stored(person["notes"], stored_notes(data, person["id"])) == typed  # nothing lost
