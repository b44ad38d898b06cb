"""Shared helpers for the packaging checks: the project root and loading modules from packaging/ by path.

packaging/ is not an importable package (its name is taken by the `packaging` distribution), so its modules are
loaded from their files.
"""

from __future__ import annotations

import importlib.util
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

from tests.helpers.radicale import RadicaleServer, self_signed

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load_module(relative: str) -> ModuleType:
    path = PACKAGING / relative
    name = "rapport_packaging_" + path.stem
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def policy() -> ModuleType:
    return load_module("bundle_policy.py")


@pytest.fixture(scope="session")
def project_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


@pytest.fixture(scope="module", params=["http", "https"])
def radicale(request, tmp_path_factory):
    """A Radicale on loopback for a module's sync checks, over HTTP and over TLS (a certificate made here)."""
    folder = tmp_path_factory.mktemp("radicale")
    server = RadicaleServer(folder, tls=self_signed(folder) if request.param == "https" else None)
    server.start()
    yield server
    server.stop()
