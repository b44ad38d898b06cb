"""Locate files in the top-level ``resources/`` folder, from a source tree or a PyInstaller bundle."""

from __future__ import annotations

import functools
import sys
from pathlib import Path


@functools.cache
def resources_dir() -> Path:
    """The folder, found once (the window's ~40 icons ask for it before the first paint; resolve() reads the disk)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource_path("icons", "app", "rapport.svg")``."""
    return resources_dir().joinpath(*parts)
