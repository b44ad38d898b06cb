"""Reading Rapport's own JSON export back (DESIGN §6: ``format: "rapport-export"``, ``version: 1``).

Two steps, both without touching the database:

- :func:`read_backup` reads and parses the file and checks what it is: a JSON file that is not a Rapport export,
  or an export from a newer Rapport, is rejected (:class:`ImportRejected`, nothing written).
- :func:`check_backup` turns every record into typed values. The file is untrusted: every field is type-checked
  and a bad value never stops the import. Like the other importers it is lenient: an odd value keeps its record
  (a number where text belongs is read as text, an unknown kind falls back to a known one) and is reported as
  ``contacts[12].emails[0].value: expected text, found a list; left out``. Contacts go through the contacts
  service's lenient validation afterwards (:mod:`app.core.formats.importers.json_import`), so a bad e-mail address
  becomes
  a note line there; only a record that cannot be anything (an interaction without a date) is left out.

Exports written before pictures, pitch revisions, images and settings were exported still import: a missing list
is an empty one, a missing field its default.
"""

from __future__ import annotations

import codecs
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.formats.importers.decoding import MAX_FILE_BYTES
from app.core.formats.importers.errors import ImportRejected
from app.core.formats.importers.json_backup_values import (
    kind_of,
)
from app.core.translated import QT_TRANSLATE_NOOP

FORMAT_NAME = "rapport-export"
FORMAT_VERSION = 1
LABEL = QT_TRANSLATE_NOOP("FilePage", "Rapport export (JSON)")  # shown by the import wizard

LISTS = (
    "contacts",
    "trash",
    "circles",
    "companies",
    "interactions",
    "ledger",
    "followups",
    "pitches",
    "pitch_revisions",
    "rehearsals",
    "templates",
    "research",
    "contact_images",
    "contact_photos",
    "opportunities",  # issue 22: app.core.formats.importers.json_opportunities
    "documents",
    "documents_sent",
)

_SNIFF = 1024


# --- the file ----------------------------------------------------------------------------------------------------
@dataclass
class Backup:
    """A parsed, recognised Rapport export (not yet checked record by record)."""

    path: Path
    document: dict[str, Any]
    encoding: str = "UTF-8"
    format: str = "json"
    label: str = LABEL

    @property
    def generator(self) -> str:
        value = self.document.get("generator")
        return value if isinstance(value, str) else ""

    def count(self, key: str) -> int:
        value = self.document.get(key)
        return len(value) if isinstance(value, list) else 0


def _decode_start(head: bytes) -> str:
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if head.startswith(bom):
            return head.decode(codec, errors="ignore")
    return head.decode("utf-8", errors="ignore")


def looks_like_json(path: Path | str) -> bool:
    """Whether the file at ``path`` starts like a JSON document (``{`` or ``[``): it is then read as Rapport's own
    export, never as CSV. False when it cannot be read (the caller's reader reports why)."""
    try:
        with Path(path).open("rb") as handle:
            head = handle.read(_SNIFF)
    except OSError:
        return False
    return _decode_start(head).lstrip(" \t\r\n\ufeff")[:1] in ("{", "[")


def _decode(raw: bytes, path: Path) -> tuple[str, str]:
    try:
        if raw.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
            return raw.decode("utf-32"), "UTF-32"
        if raw.startswith(codecs.BOM_UTF8):
            return raw[3:].decode("utf-8"), "UTF-8"
        if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return raw.decode("utf-16"), "UTF-16"
        return raw.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError as exc:
        raise ImportRejected(path, f"this JSON file is not UTF-8 text (byte {exc.start}: {exc.reason})") from exc


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")


def read_backup(path: Path | str) -> Backup:
    """Read, parse and recognise Rapport's JSON export at ``path``; raises :class:`ImportRejected` (nothing is
    written, nothing in the database is even opened)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportRejected(
                path,
                f"the file is {size // (1024 * 1024)} MB; Rapport imports exports up to "
                f"{MAX_FILE_BYTES // (1024 * 1024)} MB",
            )
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except IsADirectoryError as exc:
        raise ImportRejected(path, "this is a folder, not a file") from exc
    except FileNotFoundError as exc:
        raise ImportRejected(path, "no such file") from exc
    except PermissionError as exc:
        raise ImportRejected(path, "permission denied") from exc
    except OSError as exc:
        raise ImportRejected(path, f"cannot read the file ({exc.strerror or exc})") from exc
    text, encoding = _decode(raw, path)
    if not text.strip(" \t\r\n\ufeff"):
        raise ImportRejected(path, "the file is empty")
    try:
        document = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise ImportRejected(path, f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from exc
    except RecursionError as exc:
        raise ImportRejected(path, "not a Rapport export: the JSON is nested too deeply") from exc
    except ValueError as exc:  # NaN/Infinity, a number with thousands of digits
        raise ImportRejected(path, f"not valid JSON: {exc}") from exc
    return Backup(path, recognise(document, path), encoding)


def recognise(document: Any, path: Path | str = "<input>") -> dict[str, Any]:
    """``document`` when it is a Rapport export this version reads; raises :class:`ImportRejected` otherwise."""
    if not isinstance(document, dict):
        raise ImportRejected(
            path,
            f"a JSON file, but not a Rapport export (it holds {kind_of(document)}, not an object with "
            f'"format": "{FORMAT_NAME}")',
        )
    name = document.get("format")
    if name != FORMAT_NAME:
        shown = f'"{str(name)[:60]}"' if isinstance(name, str) else kind_of(name) if "format" in document else "none"
        raise ImportRejected(
            path, f'a JSON file, but not a Rapport export (its format is {shown}, expected "{FORMAT_NAME}")'
        )
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        shown = str(version)[:20] if isinstance(version, int | float | str) else kind_of(version)
        raise ImportRejected(path, f"unknown Rapport export version {shown} (this Rapport reads version 1)")
    if version > FORMAT_VERSION:
        raise ImportRejected(
            path,
            f"this export was written by a newer Rapport (export version {version}); this Rapport reads version "
            f"{FORMAT_VERSION}: update Rapport to import it",
        )
    for key in LISTS:
        value = document.get(key)
        if value is not None and not isinstance(value, list):
            raise ImportRejected(path, f"{key}: expected a list, found {kind_of(value)}")
    return document
