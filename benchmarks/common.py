"""Helpers shared by benchmarks: timed child processes, cached demo data folders."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "benchmarks" / ".cache"


def child_env() -> dict[str, str]:
    """Offscreen, with our sources first. Bytecode caching is on even when this shell turned it off
    (PYTHONDONTWRITEBYTECODE): an installed Rapport starts from compiled .pyc files (pip and PyInstaller write
    them), and the warm-up run of :func:`median_of` writes them here."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def timed_child(args: list[str], marker: str = "painted") -> tuple[float, float]:
    """Run ``args`` until it prints ``marker``; return (seconds from launch to marker, peak RSS in MiB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=child_env())
    elapsed = None
    own_peak_kb = None
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == marker and elapsed is None:
            elapsed = time.perf_counter() - start
        elif line.startswith("rss "):  # the child's own VmHWM (see probes/paint_probe.py)
            own_peak_kb = int(line.split()[1])
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if elapsed is None or proc.returncode != 0:
        raise RuntimeError(f"{args} exited {proc.returncode} without printing {marker!r}")
    return elapsed, (own_peak_kb if own_peak_kb is not None else usage.ru_maxrss) / 1024


def median_of(runs: int, args: list[str]) -> tuple[float, float]:
    """Median launch-to-paint seconds and the largest peak RSS over ``runs`` runs (one warm-up run first)."""
    timed_child(args)
    times, peaks = [], []
    for _ in range(runs):
        seconds, rss = timed_child(args)
        times.append(seconds)
        peaks.append(rss)
    return statistics.median(times), max(peaks)


def demo_folder(contacts: int, seed: int = 1) -> Path:
    """A data folder with ``contacts`` demo contacts, created once and reused by later runs of the same schema
    (a folder made before a new migration is made again: demo data of today's code, not a migrated old one)."""
    folder = CACHE / f"demo-{contacts}-{seed}"
    stamp = folder / ".complete"
    schema = " ".join(_migrations()) + "\n"
    if not (folder / "rapport.sqlite3").exists() or not stamp.exists() or stamp.read_text() != schema:
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "app",
                "--data-dir",
                str(folder),
                "demo-data",
                "--contacts",
                str(contacts),
                "--seed",
                str(seed),
            ],
            check=True,
            env=child_env(),
            stdout=subprocess.DEVNULL,
        )
        stamp.write_text(schema)
    return folder


def _migrations() -> list[str]:
    return sorted(path.stem for path in (ROOT / "app" / "migrations").glob("[0-9]*.py"))


def dispose(*widgets) -> None:
    """Close and delete widgets a benchmark built in this process, so that none of their timers fires later, in
    another benchmark, over a data folder that is gone."""
    from PySide6.QtCore import QCoreApplication, QEvent

    for widget in widgets:
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
