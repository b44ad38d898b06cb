"""Cold start to first painted main window, and peak memory: Rapport (empty, and 50k contacts with 10k follow-ups)
against a bare PySide6 window, both timed by the start-up probe (`RAPPORT_STARTUP_PROBE=1 rapport` prints
``painted SECONDS RSS_KIB`` at its first paint and quits; probes/bare_window.py prints the same line)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from benchmarks.common import ROOT, demo_folder, median_of, probe_env, rapport_probe
from benchmarks.report import Row

RUNS = 5


def floor(runs: int) -> tuple[float, float]:
    """Median seconds to the first paint and peak RSS (MiB) of a bare PySide6 window."""
    return median_of(runs, [sys.executable, str(ROOT / "benchmarks" / "probes" / "bare_window.py")])


def rapport(folder: Path, runs: int) -> tuple[float, float]:
    """Median seconds to the first paint and peak RSS (MiB) of `rapport` over ``folder`` as its default folders,
    as users start it."""
    return median_of(runs, rapport_probe(), probe_env(folder))


def run(quick: bool = False) -> list[Row]:
    runs = 2 if quick else RUNS
    floor_s, floor_rss = floor(runs)
    rows = [
        Row("bare PySide6 window: launch → first paint", floor_s * 1000, "ms"),
        Row("bare PySide6 window: peak RSS", floor_rss, "MiB"),
    ]
    with tempfile.TemporaryDirectory() as empty:
        folders = [("empty data folder", Path(empty)), ("50k contacts, 10k follow-ups", demo_folder(50_000))]
        for label, folder in folders:
            seconds, rss = rapport(folder, runs)
            rows.append(
                Row(
                    f"Rapport, {label}: launch → first paint",
                    seconds * 1000,
                    "ms",
                    floor_s * 1000,
                    "≤ 1.5× floor",
                    seconds <= 1.5 * floor_s,
                )
            )
            rows.append(
                Row(f"Rapport, {label}: peak RSS", rss, "MiB", floor_rss, "≤ floor + 40 MiB", rss <= floor_rss + 40)
            )
    return rows
