"""Helpers shared by benchmarks: timed child processes, cached demo data folders."""

from __future__ import annotations

import atexit
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "benchmarks" / ".cache"


def child_env() -> dict[str, str]:
    """Offscreen, with our sources first. Bytecode caching is on even when this shell turned it off
    (PYTHONDONTWRITEBYTECODE): an installed Rapport starts from compiled .pyc files (pip and PyInstaller write
    them), and the warm-up run of :func:`median_of` writes them here."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("RAPPORT_DATA_DIR", None)  # a folder is given on the command line, or the default folders (probe_env)
    return env


CHILD_TIMEOUT_S = 300  # a probe that never paints (or never quits) is killed: a failed row, not a hung benchmark


def timed_child(args: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Run ``args`` until it prints ``painted SECONDS RSS_KIB`` (the start-up probe's line, app/main.py and
    probes/paint_probe.py) and exits 0; return (its seconds since process start, its peak RSS in MiB). A child still
    running after :data:`CHILD_TIMEOUT_S` is killed and reported as a failure."""
    proc = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env={**child_env(), **(env or {})}
    )
    watchdog = threading.Timer(CHILD_TIMEOUT_S, proc.kill)
    watchdog.start()
    figures = None
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            words = line.split()
            if len(words) == 3 and words[0] == "painted" and figures is None:
                figures = float(words[1]), int(words[2]) / 1024
        proc.wait()
    finally:
        watchdog.cancel()
    if figures is None or proc.returncode != 0:
        raise RuntimeError(f"{args} exited {proc.returncode} without printing 'painted SECONDS RSS_KIB'")
    return figures


def rapport_probe() -> list[str]:
    """The command that starts Rapport as users do: no folder given (run with :func:`probe_env`)."""
    return [sys.executable, "-m", "app"]


PROBE_ENV = {"RAPPORT_STARTUP_PROBE": "1"}


def probe_env(folder: Path) -> dict[str, str]:
    """:data:`PROBE_ENV` plus an XDG environment under which the default folders (platformdirs' user data, config
    and log folders, what `rapport` without ``--data-dir`` opens) are ``folder``: the probe then takes the path a
    user's start takes (``--data-dir`` skips platformdirs' import and its look-ups). A private XDG home holds a
    link named after the app to ``folder``; it is removed (the link, never ``folder``) when the benchmark ends."""
    from app import APP_NAME

    home = Path(tempfile.mkdtemp(prefix="rapport-xdg-"))
    (home / APP_NAME).symlink_to(Path(folder).resolve(), target_is_directory=True)
    atexit.register(shutil.rmtree, home, True)
    return {**PROBE_ENV, "XDG_DATA_HOME": str(home), "XDG_CONFIG_HOME": str(home), "XDG_STATE_HOME": str(home)}


def median_of(runs: int, args: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Median launch-to-paint seconds and the largest peak RSS over ``runs`` runs (one warm-up run first)."""
    timed_child(args, env)
    times, peaks = [], []
    for _ in range(runs):
        seconds, rss = timed_child(args, env)
        times.append(seconds)
        peaks.append(rss)
    return statistics.median(times), max(peaks)


def medians_interleaved(
    runs: int, commands: list[tuple[list[str], dict[str, str] | None]]
) -> list[tuple[float, float]]:
    """:func:`median_of` for several commands at once, run in turns (A, B, C, A, B, C…): a busy minute on the shared
    machine then slows every command alike instead of whichever one's runs it fell on, so that their ratios hold.
    One warm-up run of each first; (median seconds, largest peak RSS in MiB) per command, in order."""
    for args, env in commands:
        timed_child(args, env)
    times: list[list[float]] = [[] for _ in commands]
    peaks: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for at, (args, env) in enumerate(commands):
            seconds, rss = timed_child(args, env)
            times[at].append(seconds)
            peaks[at].append(rss)
    return [(statistics.median(t), max(p)) for t, p in zip(times, peaks, strict=True)]


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
