"""Start Rapport at login (Preferences → General), each system its own way, behind one small interface:

| system  | where                                                         | what                              |
|---------|---------------------------------------------------------------|-----------------------------------|
| Linux   | ``$XDG_CONFIG_HOME/autostart/rapport.desktop`` (~/.config/…)  | a freedesktop autostart entry     |
| Windows | ``HKCU\\…\\CurrentVersion\\Run``, value "Rapport"               | the Run key (QSettings, registry) |
| macOS   | ``~/Library/LaunchAgents/io.github.rapport.Rapport.plist``    | a LaunchAgent with RunAtLoad      |

Each starts ``rapport --background`` (only the tray icon and the day's summary; the window where there is no tray),
with ``--data-dir`` when the folder in use is not the default one. Every class takes its location as arguments, so
tests run all three on Linux: the real desktop file (checked with desktop-file-validate), the Run key in an INI file
in place of the registry, the plist in a temporary home.
"""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QSettings

from app import APP_ID, APP_NAME
from app.paths import AppPaths, resolve_paths
from app.ui.i18n import tr

BACKGROUND_FLAG = "--background"
DESKTOP_FILE_NAME = "rapport.desktop"
RUN_KEY = r"HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = APP_NAME
LAUNCH_AGENT_LABEL = APP_ID


class AutostartError(OSError):
    """The login item could not be written or removed; the message says where."""


class Autostart(Protocol):
    """One system's way of starting a program at login."""

    where: str  # the file or registry key, shown to the user

    def is_enabled(self) -> bool: ...

    def enable(self, command: Sequence[str]) -> None: ...

    def disable(self) -> None: ...


def launch_command(paths: AppPaths | None = None, *, env: Mapping[str, str] | None = None) -> list[str]:
    """The command line that starts this Rapport in the background over ``paths``' data folder."""
    if getattr(sys, "frozen", False):
        exe = Path(sys.executable)
        gui = exe.with_name("Rapport.exe")  # Windows: the GUI executable, not rapport-cli.exe
        command = [str(gui if sys.platform == "win32" and gui.exists() else exe)]
    else:
        script = Path(sys.executable).with_name("rapport.exe" if sys.platform == "win32" else "rapport")
        command = [str(script)] if script.exists() else [sys.executable, "-m", "app"]
    command.append(BACKGROUND_FLAG)
    if paths is not None and paths.data_dir != resolve_paths(None, env={} if env is None else env).data_dir:
        command += ["--data-dir", str(paths.data_dir)]
    return command


# --- Linux and other freedesktop systems ---------------------------------------------------------------------------
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def exec_argument(argument: str) -> str:
    """One argument of a desktop entry's Exec key: quoted when it holds a reserved character (Desktop Entry
    Specification, "The Exec key"), "%" doubled so it is not read as a field code."""
    text = argument.replace("%", "%%")
    if argument and not (_RESERVED & set(argument)):
        return text
    for char in '\\"`$':
        text = text.replace(char, "\\" + char)
    return f'"{text}"'


def exec_line(command: Sequence[str]) -> str:
    """The Exec value: quoted arguments, then the string escapes of the key file (a backslash written twice)."""
    line = " ".join(exec_argument(a) for a in command)
    return line.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def xdg_config_home(env: Mapping[str, str] | None = None, home: Path | None = None) -> Path:
    """$XDG_CONFIG_HOME when it is an absolute path, else ~/.config (XDG Base Directory Specification)."""
    env = os.environ if env is None else env
    value = env.get("XDG_CONFIG_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return (home or Path.home()) / ".config"


class FreedesktopAutostart:
    """An autostart desktop entry (XDG Autostart Specification)."""

    def __init__(self, config_home: Path | None = None):
        self.path = (config_home or xdg_config_home()) / "autostart" / DESKTOP_FILE_NAME
        self.where = str(self.path)

    def is_enabled(self) -> bool:
        if not self.path.is_file():
            return False
        text = self.path.read_text(encoding="utf-8", errors="replace")
        return "Hidden=true" not in text and "X-GNOME-Autostart-enabled=false" not in text

    def entry(self, command: Sequence[str]) -> str:
        return (
            "[Desktop Entry]\n"
            "Type=Application\n"
            f"Name={APP_NAME}\n"
            "Comment=Follow-up reminders from Rapport, in the system tray\n"
            f"Exec={exec_line(command)}\n"
            f"Icon={APP_ID}\n"
            "Terminal=false\n"
            "NoDisplay=true\n"
            "X-GNOME-Autostart-enabled=true\n"
        )

    def enable(self, command: Sequence[str]) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(self.path.name + ".tmp")
            tmp.write_text(self.entry(command), encoding="utf-8")
            tmp.replace(self.path)
        except OSError as exc:
            raise AutostartError(
                tr("Could not write {path}: {reason}").format(path=self.path, reason=exc.strerror or exc)
            ) from exc

    def disable(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError as exc:
            raise AutostartError(
                tr("Could not remove {path}: {reason}").format(path=self.path, reason=exc.strerror or exc)
            ) from exc


# --- Windows ---------------------------------------------------------------------------------------------------------
def _registry_run_key() -> QSettings:
    return QSettings(RUN_KEY, QSettings.Format.NativeFormat)


class WindowsRunKey:
    """A value under the current user's Run key. ``settings`` makes the QSettings to use (tests: an INI file)."""

    def __init__(self, settings: Callable[[], QSettings] = _registry_run_key):
        self._settings = settings
        self.where = RUN_KEY

    def is_enabled(self) -> bool:
        return bool(self._settings().value(RUN_VALUE))

    def enable(self, command: Sequence[str]) -> None:
        settings = self._settings()
        settings.setValue(RUN_VALUE, subprocess.list2cmdline(list(command)))
        self._sync(settings)

    def disable(self) -> None:
        settings = self._settings()
        settings.remove(RUN_VALUE)
        self._sync(settings)

    def _sync(self, settings: QSettings) -> None:
        settings.sync()
        if settings.status() != QSettings.Status.NoError:
            raise AutostartError(tr("Could not change {where}").format(where=self.where))


# --- macOS -------------------------------------------------------------------------------------------------------
class LaunchAgent:
    """A per-user LaunchAgent that runs Rapport at login (launchd reads it at the next login)."""

    def __init__(self, home: Path | None = None):
        self.path = (home or Path.home()) / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"
        self.where = str(self.path)

    def is_enabled(self) -> bool:
        return self.path.is_file()

    def enable(self, command: Sequence[str]) -> None:
        agent = {
            "Label": LAUNCH_AGENT_LABEL,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("wb") as file:
                plistlib.dump(agent, file)
        except OSError as exc:
            raise AutostartError(
                tr("Could not write {path}: {reason}").format(path=self.path, reason=exc.strerror or exc)
            ) from exc

    def disable(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError as exc:
            raise AutostartError(
                tr("Could not remove {path}: {reason}").format(path=self.path, reason=exc.strerror or exc)
            ) from exc


def for_platform(platform: str | None = None) -> Autostart:
    """The login item of this system (``platform`` as in ``sys.platform``)."""
    platform = sys.platform if platform is None else platform
    if platform == "win32":
        return WindowsRunKey()
    if platform == "darwin":
        return LaunchAgent()
    return FreedesktopAutostart()
