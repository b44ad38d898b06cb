"""Start at login (issue 17): the freedesktop autostart entry (validated with desktop-file-validate), the Windows Run
key and the macOS LaunchAgent — all three exercised on Linux, the Windows registry replaced by an INI file — and the
Preferences → General switch that writes the entry through the real window."""

from __future__ import annotations

import configparser
import plistlib
import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QLabel

from app.paths import resolve_paths
from app.ui import autostart, tray
from app.ui.settings.dialog import SettingsDialog
from tests.helpers.qt import find
from tests.helpers.system import require_program

AWKWARD = [
    "/opt/My Apps/rapport",
    "--background",
    "--data-dir",
    '/home/ana/Job search "2026" $HOME `x` 100% \\ (old); a&b | c > d',
]


def exec_arguments(value: str) -> list[str]:
    """Read an Exec value back as the Desktop Entry Specification says: string escapes first, then the quoting."""
    unescaped, i = [], 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            unescaped.append({"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}.get(value[i + 1], value[i + 1]))
            i += 2
        else:
            unescaped.append(value[i])
            i += 1
    text = "".join(unescaped)
    args, current, quoted, i, started = [], [], False, 0, False
    while i < len(text):
        char = text[i]
        if quoted and char == "\\":
            current.append(text[i + 1])
            i += 2
            continue
        if char == '"':
            quoted, started = not quoted, True
        elif char == " " and not quoted:
            if started:
                args.append("".join(current))
            current, started = [], False
        else:
            current.append(char)
            started = True
        i += 1
    if started:
        args.append("".join(current))
    return [a.replace("%%", "%") for a in args]


def validate(path) -> None:
    program = require_program("desktop-file-validate")
    result = subprocess.run([program, str(path)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


# --- Linux ---------------------------------------------------------------------------------------------------------
def test_freedesktop_entry_is_valid_and_starts_the_same_command(tmp_path):
    item = autostart.FreedesktopAutostart(tmp_path / "config")
    assert item.path == tmp_path / "config" / "autostart" / "rapport.desktop"
    assert not item.is_enabled()
    item.enable(AWKWARD)
    assert item.is_enabled()
    validate(item.path)
    entry = configparser.RawConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(item.path, encoding="utf-8")
    fields = entry["Desktop Entry"]
    assert fields["Type"] == "Application" and fields["Name"] == "Rapport"
    assert exec_arguments(fields["Exec"]) == AWKWARD
    item.disable()
    assert not item.path.exists() and not item.is_enabled()
    item.disable()  # twice is fine


def test_an_entry_switched_off_by_the_desktop_counts_as_off(tmp_path):
    item = autostart.FreedesktopAutostart(tmp_path)
    item.enable(["rapport", "--background"])
    item.path.write_text(item.path.read_text().replace("Autostart-enabled=true", "Autostart-enabled=false"))
    assert not item.is_enabled()


def test_xdg_config_home_is_used_only_when_absolute(tmp_path):
    assert autostart.xdg_config_home({"XDG_CONFIG_HOME": str(tmp_path)}) == tmp_path
    assert autostart.xdg_config_home({"XDG_CONFIG_HOME": "relative/dir"}, home=tmp_path) == tmp_path / ".config"
    assert autostart.xdg_config_home({}, home=tmp_path) == tmp_path / ".config"


def test_a_folder_that_cannot_be_written_is_a_clear_error(tmp_path):
    blocker = tmp_path / "config"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(autostart.AutostartError, match="Could not write"):
        autostart.FreedesktopAutostart(blocker).enable(["rapport"])


# --- Windows (the registry replaced by an INI file) -----------------------------------------------------------------
def test_windows_run_key_holds_the_quoted_command(tmp_path):
    ini = tmp_path / "run.ini"
    item = autostart.WindowsRunKey(lambda: QSettings(str(ini), QSettings.Format.IniFormat))
    assert item.where.endswith(r"CurrentVersion\Run") and not item.is_enabled()
    command = [r"C:\Program Files\Rapport\Rapport.exe", "--background", "--data-dir", r"D:\My data"]
    item.enable(command)
    assert item.is_enabled()
    stored = QSettings(str(ini), QSettings.Format.IniFormat).value("Rapport")
    assert stored == r'"C:\Program Files\Rapport\Rapport.exe" --background --data-dir "D:\My data"'
    item.disable()
    assert not item.is_enabled()


# --- macOS -------------------------------------------------------------------------------------------------------
def test_macos_launch_agent_runs_at_load(tmp_path):
    item = autostart.LaunchAgent(tmp_path)
    item.enable(["/Applications/Rapport.app/Contents/MacOS/rapport", "--background"])
    assert item.path == tmp_path / "Library" / "LaunchAgents" / "io.github.rapport.Rapport.plist"
    agent = plistlib.loads(item.path.read_bytes())
    assert agent == {
        "Label": "io.github.rapport.Rapport",
        "ProgramArguments": ["/Applications/Rapport.app/Contents/MacOS/rapport", "--background"],
        "RunAtLoad": True,
        "ProcessType": "Interactive",
    }
    assert item.is_enabled()
    item.disable()
    assert not item.is_enabled()


def test_each_system_gets_its_own_login_item():
    assert isinstance(autostart.for_platform("linux"), autostart.FreedesktopAutostart)
    assert isinstance(autostart.for_platform("win32"), autostart.WindowsRunKey)
    assert isinstance(autostart.for_platform("darwin"), autostart.LaunchAgent)


def test_the_command_names_the_data_folder_only_when_it_is_not_the_default(tmp_path, monkeypatch):
    monkeypatch.delenv("RAPPORT_DATA_DIR", raising=False)
    own = autostart.launch_command(resolve_paths(tmp_path / "elsewhere"))
    assert own[-3:] == ["--background", "--data-dir", str(tmp_path / "elsewhere")]
    default = autostart.launch_command(resolve_paths(None, env={}))
    assert default[-1] == "--background"
    assert default[0] in (sys.executable, str(autostart.Path(sys.executable).with_name("rapport")))


# --- Preferences → General, through the window ------------------------------------------------------------------------
def set_in_preferences(window, monkeypatch, **boxes):
    """Open Preferences with its menu action, tick/untick boxes by objectName, press OK."""
    seen = {}

    def run(dialog):
        dialog.tabs.setCurrentWidget(find(dialog, "settingsGeneral"))
        for name, checked in boxes.items():
            box = find(dialog, name)
            seen[name] = (box.isEnabled(), box.isChecked())
            box.setChecked(checked)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", run)
    window.followups.preferences_action.trigger()
    return seen


def test_start_at_login_from_preferences(window, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    entry = tmp_path / "config" / "autostart" / "rapport.desktop"
    before = set_in_preferences(window, monkeypatch, startAtLogin=True)
    assert before == {"startAtLogin": (True, False)}
    validate(entry)
    exec_line = next(line for line in entry.read_text().splitlines() if line.startswith("Exec="))
    arguments = exec_arguments(exec_line.removeprefix("Exec="))
    assert arguments[-3:] == ["--background", "--data-dir", str(window.ctx.paths.data_dir)]

    again = set_in_preferences(window, monkeypatch, startAtLogin=False)
    assert again == {"startAtLogin": (True, True)}  # read back from the system
    assert not entry.exists()


def test_without_a_tray_the_switch_is_greyed_and_says_why(qtbot, window):
    from app.ui.settings.general_tab import GeneralTab

    tab = GeneralTab(window.ctx)
    qtbot.addWidget(tab)
    box = find(tab, "keepInTray")
    assert not box.isEnabled() and not box.isChecked()
    assert not tab.apply()  # the stored choice is not overwritten by the greyed box
    assert tray.keeps_running(window.ctx.settings())
    assert any("no system tray" in label.text() for label in tab.findChildren(QLabel))
