"""Where Rapport keeps its files.

By default everything follows the platform's conventions through platformdirs (app name "Rapport"):

| what      | default (Linux)                    | with --data-dir DIR / RAPPORT_DATA_DIR=DIR |
|-----------|------------------------------------|--------------------------------------------|
| database  | ~/.local/share/Rapport/rapport.sqlite3 | DIR/rapport.sqlite3                    |
| backups   | ~/.local/share/Rapport/backups/    | DIR/backups/                               |
| logs      | ~/.local/state/Rapport/log/        | DIR/logs/                                  |
| settings  | ~/.config/Rapport/                 | DIR/ (window geometry etc., QSettings INI) |

An explicit data folder is self-contained, so a demo folder or a test folder never touches the user's own files.
Folders are created private (0700) and the database file 0600: it holds other people's personal details.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from app import APP_NAME

DATA_DIR_ENV = "RAPPORT_DATA_DIR"
DB_FILENAME = "rapport.sqlite3"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


@dataclass(frozen=True)
class AppPaths:
    """The folders of one Rapport data set."""

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
        """Create every folder (private) and return self."""
        for folder in (self.data_dir, self.backup_dir, self.log_dir, self.config_dir):
            ensure_private_dir(folder)
        return self


def resolve_paths(data_dir: str | os.PathLike[str] | None = None, env: Mapping[str, str] | None = None) -> AppPaths:
    """Resolve the folders: an explicit ``data_dir`` wins, then ``RAPPORT_DATA_DIR``, then platformdirs."""
    env = os.environ if env is None else env
    chosen = data_dir if data_dir not in (None, "") else env.get(DATA_DIR_ENV) or None
    if chosen is not None:
        root = Path(chosen).expanduser().absolute()
        return AppPaths(data_dir=root, backup_dir=root / "backups", log_dir=root / "logs", config_dir=root)
    dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
    data = Path(dirs.user_data_dir)
    return AppPaths(
        data_dir=data,
        backup_dir=data / "backups",
        log_dir=Path(dirs.user_log_dir),
        config_dir=Path(dirs.user_config_dir),
    )


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed; the folder itself is made 0700."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    if os.name == "posix" and (path.stat().st_mode & 0o777) != PRIVATE_DIR_MODE:
        path.chmod(PRIVATE_DIR_MODE)
    return path


def create_private_file(path: Path) -> Path:
    """Make sure ``path`` exists with mode 0600 before anything else (e.g. SQLite) opens it."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE_MODE)
    os.close(fd)
    if os.name == "posix" and (path.stat().st_mode & 0o777) != PRIVATE_FILE_MODE:
        path.chmod(PRIVATE_FILE_MODE)
    return path
