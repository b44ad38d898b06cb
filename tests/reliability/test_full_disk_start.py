"""Starting the window on a full disk says the disk is full — not "Rapport is already open" (issue 19 item 7).

A real full disk: a small tmpfs filled up, mounted in a private mount namespace (``unshare``), so nothing outside
the test sees it. Skipped where the system does not allow one (no user namespaces, no unshare)."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_a_full_disk_at_start_is_called_a_full_disk(tmp_path):
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("no unshare here to mount a small disk privately")
    mount = tmp_path / "disk"
    mount.mkdir()
    python = shlex.quote(sys.executable)
    data = shlex.quote(str(mount / "d"))
    script = f"""
        mount -t tmpfs -o size=4m tmpfs {shlex.quote(str(mount))} || exit 97
        {python} -m app --data-dir {data} demo-data --contacts 5 > /dev/null || exit 98
        dd if=/dev/zero of={shlex.quote(str(mount / "filler"))} bs=4k 2> /dev/null
        {python} -m app --data-dir {data}
        echo "exit $?"
    """
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [unshare, "--map-root-user", "--mount", "sh", "-c", script],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    if result.returncode == 97 or "unshare:" in result.stderr:
        pytest.skip(f"no private mount allowed here: {result.stderr.strip()[:200]}")
    assert result.returncode != 98, result.stderr[-2000:]
    assert "exit 3" in result.stdout, result.stdout + result.stderr[-2000:]
    assert "already open" not in result.stderr
    assert "disk" in result.stderr and "full" in result.stderr, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
