"""Linux installer size against its floor, and start-up of the frozen bundle against the development venv.

DESIGN §8: the .deb must be ≤ 1.3× a bare PySide6-Essentials window bundled the same way, and never > 90 MB. The
floor is built here with the same spec and rules (packaging/build.py --probe benchmarks/probes/bare_window.py) and
packed into a .deb with the same dpkg-deb compression. The Rapport .deb comes from `make dist` (built here first if
dist/ has none, which takes a few minutes; so does the floor, cached in build/floor/ by --quick).

Start-up: median wall time of `rapport --version` (interpreter start, no Qt) and `rapport self-test` (window built
offscreen, every page visited) for the bundle in dist/rapport/ (the same files the .deb installs) and for the venv;
and launch → first paint of the bare window, bundled and from the venv.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

from benchmarks.common import ROOT, median_of
from benchmarks.report import Row

FLOOR_PROBE = ROOT / "benchmarks" / "probes" / "bare_window.py"
FLOOR_DIR = ROOT / "build" / "floor"
LIMIT_MB = 90.0
RATIO = 1.3


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def arch() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()


def rapport_deb() -> Path:
    deb = ROOT / "dist" / f"rapport_{version()}_{arch()}.deb"
    if not deb.exists():
        print("bench_installer: no .deb in dist/, running `make dist`…", file=sys.stderr, flush=True)
        subprocess.run(["make", "dist"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return deb


def floor_deb(rebuild: bool) -> Path:
    """A .deb of the bare window bundle: same spec, same rules, same dpkg-deb compression as the real one."""
    deb = FLOOR_DIR / "bare-window.deb"
    if deb.exists() and not rebuild:
        return deb
    shutil.rmtree(FLOOR_DIR, ignore_errors=True)
    subprocess.run(
        [sys.executable, "packaging/build.py", "--probe", str(FLOOR_PROBE), "--dist", str(FLOOR_DIR / "dist")],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    stage = FLOOR_DIR / "stage"
    shutil.copytree(FLOOR_DIR / "dist" / "bare-window", stage / "usr" / "lib" / "bare-window", symlinks=True)
    (stage / "DEBIAN").mkdir()
    (stage / "DEBIAN" / "control").write_text(
        f"Package: bare-window\nVersion: 1.0\nArchitecture: {arch()}\nMaintainer: floor <floor@localhost>\n"
        "Description: a bare PySide6 window (installer size floor)\n",
        encoding="utf-8",
    )
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(stage), str(deb)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return deb


def median_seconds(command: list[str], runs: int) -> float:
    subprocess.run(command, check=True, capture_output=True)  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run(quick: bool = False) -> list[Row]:
    if shutil.which("dpkg-deb") is None:
        return [Row("Linux installer (.deb): dpkg-deb not available here", 0.0, "MB")]
    runs = 2 if quick else 5
    deb = rapport_deb()
    floor = floor_deb(rebuild=not quick)
    size, floor_size = deb.stat().st_size / 1e6, floor.stat().st_size / 1e6
    rows = [
        Row("floor: bare PySide6-Essentials window, bundled the same way (.deb)", floor_size, "MB"),
        Row(
            "Rapport .deb (xz)",
            size,
            "MB",
            floor_size,
            f"≤ {RATIO}× floor, ≤ {LIMIT_MB:.0f} MB",
            size <= RATIO * floor_size and size <= LIMIT_MB,
        ),
    ]

    bundle = ROOT / "dist" / "rapport" / "rapport"
    venv = ROOT / ".venv" / "bin" / "rapport"
    venv_cmd = [str(venv)] if venv.exists() else [sys.executable, "-m", "app"]
    with tempfile.TemporaryDirectory() as data:
        for label, args in (("--version", ["--version"]), ("self-test", ["--data-dir", data, "self-test"])):
            frozen = median_seconds([str(bundle), *args], runs)
            source = median_seconds([*venv_cmd, *args], runs)
            rows.append(Row(f"venv: rapport {label}", source * 1000, "ms"))
            rows.append(Row(f"bundle (as installed): rapport {label}", frozen * 1000, "ms", source * 1000, "vs venv"))

    floor_bundle = FLOOR_DIR / "dist" / "bare-window" / "bare-window"
    venv_paint, _ = median_of(runs, [sys.executable, str(FLOOR_PROBE)])
    frozen_paint, _ = median_of(runs, [str(floor_bundle)])
    rows.append(Row("bare window from the venv: launch → first paint", venv_paint * 1000, "ms"))
    rows.append(
        Row("bare window bundled: launch → first paint", frozen_paint * 1000, "ms", venv_paint * 1000, "vs venv")
    )
    return rows
