"""Where Rapport keeps its files.

By default everything follows the platform's conventions through platformdirs (app name "Rapport"):

| what      | default (Linux)                    | with --data-dir DIR / RAPPORT_DATA_DIR=DIR |
|-----------|------------------------------------|--------------------------------------------|
| database  | ~/.local/share/Rapport/rapport.sqlite3 | DIR/rapport.sqlite3                    |
| backups   | ~/.local/share/Rapport/backups/    | DIR/backups/                               |
| logs      | ~/.local/state/Rapport/log/        | DIR/logs/                                  |
| settings  | ~/.config/Rapport/                 | DIR/ (window geometry etc., QSettings INI) |

An explicit data folder is self-contained, so a demo folder or a test folder never touches the user's own files.
Folders Rapport creates are private (0700) and its files 0600: they hold other people's personal details. A folder
that already exists keeps its mode (`backup -o /tmp/x` must not lock down /tmp; a data folder someone made 0500 on
purpose stays read-only, and Rapport then only reads it).
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from app import APP_NAME

DATA_DIR_ENV = "RAPPORT_DATA_DIR"
DB_FILENAME = "rapport.sqlite3"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


class AppPaths(NamedTuple):
    """The folders of one Rapport data set (a NamedTuple: made before the window's first paint, where a frozen
    dataclass costs ~0.4 ms, issue 21)."""

    data_dir: Path
    backup_dir: Path
    log_dir: Path
    config_dir: Path

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def log_file(self) -> Path:
        return self.log_dir / "rapport.log"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "rapport-ui.ini"

    def ensure(self) -> AppPaths:
        """Create every missing folder (private) and return self. Raises :class:`DataFolderError` (a plain message)
        when the data folder is a file or cannot be created."""
        check_data_folder(self.data_dir)
        for folder in (self.data_dir, self.backup_dir, self.log_dir, self.config_dir):
            try:
                ensure_private_dir(folder)
            except FileExistsError as exc:
                raise DataFolderError(f"{folder} is a file, not a folder") from exc
            except OSError as exc:
                raise DataFolderError(f"cannot create the folder {folder}: {exc.strerror or exc}") from exc
        with contextlib.suppress(OSError):  # Qt's settings file keeps the mode of the file it replaces: made 0600
            create_private_file(self.settings_file)  # once, it stays 0600
        return self

    @property
    def read_only(self) -> bool:
        """Whether Rapport may only read this data set: its folder (or its database file) is not writable — a
        read-only disk, or a folder or file nobody may write to (0500 / 0400, respected even by root)."""
        if not self.data_dir.is_dir():
            return False
        if not writable(self.data_dir):
            return True
        return self.db_path.is_file() and not writable(self.db_path)


class DataFolderError(Exception):
    """The data folder cannot be used (it is a file, or it cannot be created); the message says so plainly."""


def check_data_folder(path: Path) -> None:
    """Raise :class:`DataFolderError` when ``path`` exists but is not a folder."""
    if path.exists() and not path.is_dir():
        raise DataFolderError(f"the data folder {path} is a file, not a folder; choose a folder with --data-dir")


def writable(path: Path) -> bool:
    """May Rapport write ``path`` (a folder: create files in it)? False on a read-only disk, without permission, or
    when the mode has no write bit at all (someone made it read-only on purpose; root would otherwise ignore that).
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) and os.name == "posix":
        return False
    wanted = os.W_OK | (os.X_OK if stat.S_ISDIR(mode) else 0)
    return os.access(path, wanted)


def resolve_paths(data_dir: str | os.PathLike[str] | None = None, env: Mapping[str, str] | None = None) -> AppPaths:
    """Resolve the folders: an explicit ``data_dir`` wins, then ``RAPPORT_DATA_DIR``, then platformdirs."""
    env = os.environ if env is None else env
    chosen = data_dir if data_dir not in (None, "") else env.get(DATA_DIR_ENV) or None
    if chosen is not None:
        root = Path(chosen).expanduser().absolute()
        return AppPaths(data_dir=root, backup_dir=root / "backups", log_dir=root / "logs", config_dir=root)
    import platformdirs  # only for the default folders (~4 ms CPU with tempfile): not when a folder is given

    dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
    data = Path(dirs.user_data_dir)
    return AppPaths(
        data_dir=data,
        backup_dir=data / "backups",
        log_dir=Path(dirs.user_log_dir),
        config_dir=Path(dirs.user_config_dir),
    )


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) 0700 if needed. Only folders created here get that mode: one that
    already exists keeps its own (``backup -o /tmp/x`` must never turn a shared /tmp into 0700)."""
    path = Path(path)
    created = []
    probe = path
    while not probe.exists() and not probe.is_symlink() and probe.parent != probe:
        created.append(probe)
        probe = probe.parent
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    if os.name == "posix":
        for folder in created:  # mkdir's mode passes through the umask, and parents ignore it
            try:
                if stat.S_IMODE(folder.stat().st_mode) != PRIVATE_DIR_MODE:
                    folder.chmod(PRIVATE_DIR_MODE)
            except OSError:
                pass
    return path


def open_private(path: Path, flags: int = os.O_WRONLY | os.O_APPEND | os.O_CREAT) -> int:
    """``os.open`` a file Rapport writes (a log, a lock, a partial copy): created 0600 whatever the umask."""
    fd = os.open(path, flags, PRIVATE_FILE_MODE)
    if os.name == "posix":
        try:
            if stat.S_IMODE(os.fstat(fd).st_mode) != PRIVATE_FILE_MODE:
                os.fchmod(fd, PRIVATE_FILE_MODE)
        except OSError:
            pass
    return fd


def create_private_file(path: Path) -> Path:
    """Make sure ``path`` exists with mode 0600 before anything else (e.g. SQLite) opens it."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE_MODE)
    os.close(fd)
    if os.name == "posix" and (path.stat().st_mode & 0o777) != PRIVATE_FILE_MODE:
        path.chmod(PRIVATE_FILE_MODE)
    return path
