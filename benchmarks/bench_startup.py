"""Cold start to first painted main window, and peak memory: Rapport (empty, and 50k contacts with 10k follow-ups)
against a bare PySide6 window, both timed by the start-up probe (`RAPPORT_STARTUP_PROBE=1 rapport` prints
``painted SECONDS RSS_KIB`` at its first paint and quits; probes/bare_window.py prints the same line). The runs of
the three are taken in turns, medians of 7 each."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from benchmarks.common import ROOT, demo_folder, medians_interleaved, probe_env, rapport_probe
from benchmarks.report import Row

RUNS = 7


def floor_command() -> tuple[list[str], None]:
    """The bare PySide6 window's probe (the floor)."""
    return [sys.executable, str(ROOT / "benchmarks" / "probes" / "bare_window.py")], None


def rapport_command(folder: Path) -> tuple[list[str], dict[str, str]]:
    """`rapport` over ``folder`` as its default folders, as users start it, with the start-up probe on."""
    return rapport_probe(), probe_env(folder)


def against_floor(folders: list[Path], runs: int) -> tuple[tuple[float, float], list[tuple[float, float]]]:
    """Median seconds to the first paint and peak RSS (MiB) of the bare window and of `rapport` over each folder,
    the runs of all of them taken in turns (:func:`benchmarks.common.medians_interleaved`)."""
    figures = medians_interleaved(runs, [floor_command(), *(rapport_command(folder) for folder in folders)])
    return figures[0], figures[1:]


def run(quick: bool = False) -> list[Row]:
    runs = 2 if quick else RUNS
    with tempfile.TemporaryDirectory() as empty:
        folders = [("empty data folder", Path(empty)), ("50k contacts, 10k follow-ups", demo_folder(50_000))]
        (floor_s, floor_rss), measured = against_floor([folder for _, folder in folders], runs)
        rows = [
            Row("bare PySide6 window: launch → first paint", floor_s * 1000, "ms"),
            Row("bare PySide6 window: peak RSS", floor_rss, "MiB"),
        ]
        for (label, _folder), (seconds, rss) in zip(folders, measured, strict=True):
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
