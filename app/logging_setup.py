"""Logging to a rotating file in the log folder (and warnings to stderr).

Logs hold what the program did, never who the user's contacts are: log ids and counts, not names or emails.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sys
from pathlib import Path

from app.paths import ensure_private_dir

_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
_fault_file = None


def setup_logging(log_file: Path, *, level: int = logging.INFO, stderr_level: int = logging.WARNING) -> Path:
    """Send log records to ``log_file`` (1 MiB × 5 rotations) and faulthandler dumps next to it."""
    global _fault_file
    ensure_private_dir(log_file.parent)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_rapport", False):
            root.removeHandler(handler)
            handler.close()
    file_handler = logging.handlers.RotatingFileHandler(log_file, maxBytes=1 << 20, backupCount=5, encoding="utf-8")
    file_handler.setFormatter(logging.Formatter(_FORMAT))
    file_handler.setLevel(level)
    file_handler._rapport = True  # type: ignore[attr-defined]
    console = logging.StreamHandler(sys.stderr)
    console.setFormatter(logging.Formatter("rapport: %(levelname)s: %(message)s"))
    console.setLevel(stderr_level)
    console._rapport = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    root.addHandler(console)
    root.setLevel(min(level, stderr_level))
    log_file.chmod(0o600)
    if _fault_file is None:
        # Hard crashes (segfaults in Qt) leave a Python traceback here.
        _fault_file = open(log_file.with_name("crash-faulthandler.log"), "a", encoding="utf-8")  # noqa: SIM115
        faulthandler.enable(_fault_file)
    return log_file
