"""The Windows (Inno Setup) and macOS installer scripts cannot run here: check what can be checked without their
tools, so a rename in the spec or a lost option shows up in `make test`."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest

from app import APP_ID

from .conftest import ROOT

ISS = ROOT / "packaging" / "windows" / "rapport.iss"
SPEC = ROOT / "packaging" / "rapport.spec"


def iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = None
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        match = re.match(r"^\[(\w+)\]$", line)
        if match:
            current = match.group(1)
            sections[current] = []
        elif current:
            sections[current].append(line)
    return sections


def setup_directives() -> dict[str, str]:
    return dict(line.split("=", 1) for line in iss_sections()["Setup"])


def test_inno_setup_installs_per_user_or_for_everyone():
    setup = setup_directives()
    assert setup["PrivilegesRequired"] == "lowest"  # per-user by default, no UAC prompt
    assert "dialog" in setup["PrivilegesRequiredOverridesAllowed"]  # … or all users, chosen by the user
    assert setup["DefaultDirName"].startswith("{autopf}")  # follows the chosen install mode
    assert setup["AppVersion"] == "{#AppVersion}"
    assert re.match(r"^\{\{[0-9A-F-]{36}\}$", setup["AppId"]), "a fixed AppId keeps upgrades in place"
    assert setup["OutputBaseFilename"] == "Rapport-{#AppVersion}-setup"  # what the workflow uploads


def test_inno_setup_start_menu_uninstaller_and_vcf_association():
    sections = iss_sections()
    icons = " ".join(sections["Icons"])
    assert '"{group}\\{#AppName}"' in icons and "{uninstallexe}" in icons
    assert 'AppUserModelID: "{#AppId}"' in icons  # taskbar grouping uses the app id
    assert f'#define AppId "{APP_ID}"' in ISS.read_text(encoding="utf-8")
    tasks = " ".join(sections["Tasks"])
    assert 'Name: "vcfassoc"' in tasks and "Flags: unchecked" in tasks  # optional, off by default
    registry = sections["Registry"]
    assert registry and all("Tasks: vcfassoc" in line and line.startswith("Root: HKA;") for line in registry)
    assert any(".vcf\\OpenWithProgids" in line for line in registry)


def test_inno_setup_ships_what_the_spec_builds():
    sections = iss_sections()
    spec = SPEC.read_text(encoding="utf-8")
    # The spec names the Windows executables; the installer's shortcuts and association must use those names.
    assert 'name="Rapport" if IS_WIN' in spec and 'name="rapport-cli"' in spec
    text = " ".join(sections["Icons"] + sections["Registry"] + sections["Run"])
    assert "{app}\\Rapport.exe" in text and "{app}\\rapport-cli.exe" in text
    assert any("..\\..\\dist\\rapport" in line for line in ISS.read_text(encoding="utf-8").splitlines())
    assert setup_directives()["SetupIconFile"] == "..\\..\\build\\icons\\rapport.ico"  # made by make_icons.py


def test_macos_app_has_the_bundle_id_icon_and_version():
    spec = SPEC.read_text(encoding="utf-8")
    assert 'APP_ID = "io.github.rapport.Rapport"' in spec and APP_ID == "io.github.rapport.Rapport"
    assert "bundle_identifier=APP_ID" in spec
    assert '"CFBundleShortVersionString": VERSION' in spec
    assert 'ICONS / "rapport.icns"' in spec
    script = (ROOT / "packaging" / "macos" / "build-dmg.sh").read_text(encoding="utf-8")
    assert "hdiutil create" in script and "CFBundleIdentifier" in script


@pytest.mark.parametrize(
    "script",
    ["packaging/macos/build-dmg.sh", "packaging/linux/check-deb.sh", "packaging/linux/apt-deps.sh"],
)
def test_shell_scripts_parse(script):
    if os.name == "nt" or shutil.which("bash") is None:  # Windows' bash may be WSL's, which cannot read D:\\ paths
        pytest.skip("needs a POSIX bash")
    result = subprocess.run(["bash", "-n", str(ROOT / script)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
