"""Cold start to first painted main window, and peak memory: Rapport (empty and 50k contacts) vs a bare window."""

from __future__ import annotations

import sys
import tempfile

from benchmarks.common import ROOT, demo_folder, median_of
from benchmarks.report import Row

RUNS = 5


def run(quick: bool = False) -> list[Row]:
    probes = ROOT / "benchmarks" / "probes"
    runs = 2 if quick else RUNS
    floor_s, floor_rss = median_of(runs, [sys.executable, str(probes / "bare_window.py")])
    rows = [
        Row("bare PySide6 window: launch → first paint", floor_s * 1000, "ms"),
        Row("bare PySide6 window: peak RSS", floor_rss, "MiB"),
    ]
    with tempfile.TemporaryDirectory() as empty:
        folders = [("empty data folder", empty), ("50k contacts, 10k follow-ups", str(demo_folder(50_000)))]
        for label, folder in folders:
            seconds, rss = median_of(runs, [sys.executable, str(probes / "rapport_window.py"), folder])
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
