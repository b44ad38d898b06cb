"""Writing an export file safely: into a temporary file next to the target, renamed into place when complete.

An interrupted or failed export therefore never leaves half a file where a good one was.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, TypeVar

T = TypeVar("T")


def write_atomically(target: Path | str, writer: Callable[[IO[str]], T]) -> T:
    """Call ``writer(out)`` on a UTF-8 text file (``newline=""``: writers choose their line ends) that becomes
    ``target`` only if the writer returns; returns what the writer returned. Raises OSError as the system does."""
    target = Path(target)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            result = writer(out)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return result
