"""README's Install section and its per-system data folders, checked against platformdirs (what app/paths.py uses)."""

from __future__ import annotations

import os

import pytest
from platformdirs.macos import MacOS
from platformdirs.unix import Unix
from platformdirs.windows import Windows

from app import APP_NAME

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_explains_how_to_install():
    install = README.split("## Install", 1)[1].split("\n## ", 1)[0]
    for needle in ("make dist", "make dist-check", ".deb", "setup.exe", ".dmg"):
        assert needle in install


@pytest.fixture
def home(monkeypatch, tmp_path):
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", "C:/LOCALAPPDATA")
    return str(tmp_path)


def shown(path: str, home: str) -> str:
    if path.startswith("C:/LOCALAPPDATA"):
        return path.replace("C:/LOCALAPPDATA", "%LOCALAPPDATA%").replace("/", "\\") + "\\"
    return path.replace(home, "~", 1) + "/"


@pytest.mark.skipif(os.name == "nt", reason="home folders are computed from HOME, which Windows' Python ignores")
@pytest.mark.parametrize("system", [Unix, Windows, MacOS], ids=["Linux", "Windows", "macOS"])
def test_readme_data_folders_match_platformdirs(home, system):
    dirs = system(APP_NAME, appauthor=False)
    for path in (dirs.user_data_dir, dirs.user_log_dir, dirs.user_config_dir):
        assert f"`{shown(path, home)}`" in README, f"README.md lacks the {system.__name__} folder {shown(path, home)}"
