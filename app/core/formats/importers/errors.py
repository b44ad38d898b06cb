"""What can go wrong with a whole import, as exceptions the edges (CLI, GUI) turn into messages."""

from __future__ import annotations

from pathlib import Path


class ImportRejected(Exception):
    """The file cannot be imported at all (unreadable, not a format we know, too big). Nothing was written.

    ``line`` is the 1-based line the problem was found on, or None when it concerns the whole file.
    """

    def __init__(self, path: Path | str, reason: str, line: int | None = None):
        self.path = Path(path)
        self.reason = reason
        self.line = line
        where = f"{self.path}:{line}" if line else str(self.path)
        super().__init__(f"{where}: {reason}")


class ImportCancelled(Exception):
    """The person cancelled a running import; its transaction was rolled back and nothing was written."""
