"""What sync needs of each kind of item (contacts, follow-ups, planned meetings): the :class:`Adapter` interface,
the values it trades in (:class:`Parsed`, :class:`LocalRow`, :class:`KindReport`), and the comparisons the engine
makes with them (:func:`canonical`, :func:`fingerprint`). The engine that moves items is :mod:`.engine`."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from app.core.clock import Clock
from app.core.sync.merge import Conflict
from app.models import SyncCollection

_NOT_FINGERPRINTED = ("REV:", "PRODID:", "DTSTAMP:", "LAST-MODIFIED:")


class SkipItem(Exception):
    """An adapter cannot take this server item here (e.g. a meeting with a contact this folder does not have):
    it is left on the server and looked at again next time."""


@dataclass
class KindReport:
    uploaded: int = 0
    downloaded: int = 0
    deleted_here: int = 0
    deleted_there: int = 0
    conflicts: int = 0

    def add(self, other: KindReport) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def as_dict(self) -> dict[str, int]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}

    @property
    def moved(self) -> int:
        return self.uploaded + self.downloaded + self.deleted_here + self.deleted_there


@dataclass
class Parsed:
    """A server item read back: its UID, which adapter's kind it is, and its record (None: not ours to sync,
    e.g. a VJOURNAL in a shared calendar)."""

    uid: str
    kind: str
    record: dict[str, Any] | None


@dataclass
class LocalRow:
    """A local row as the engine sees it: ``state`` is "live", "trashed" or "missing"."""

    local_id: int
    uid: str
    state: str


class Adapter:
    """What a kind of item must provide (contacts: :mod:`app.core.sync.contacts_sync`)."""

    kind: str = ""
    extension: str = ""
    content_type: str = ""
    list_fields: frozenset[str] = frozenset()

    def parse(self, text: str) -> Parsed | None:
        raise NotImplementedError

    def render(self, ids: list[int]) -> dict[int, tuple[str, str]]:
        """local id → (uid, server text) for live rows."""
        raise NotImplementedError

    def candidates(self, collection: SyncCollection) -> list[int]:
        """Live rows that should be on the server but have no sync item in ``collection`` (new here)."""
        raise NotImplementedError

    def rows(self, ids: Iterable[int]) -> dict[int, LocalRow]:
        raise NotImplementedError

    def find_uid(self, uid: str) -> int | None:
        raise NotImplementedError

    def write(self, local_id: int | None, uid: str, record: dict[str, Any], clock: Clock) -> int:
        """Create (``local_id`` None) or overwrite a local row from a record; returns its id. Runs inside the
        engine's transaction."""
        raise NotImplementedError

    def after_writes(self) -> list[int]:
        """Called after the server's items were written (e.g. to link referrers named by UID); returns the local
        rows it changed, whose state the engine then brings up to date."""
        return []

    def trash(self, local_id: int, clock: Clock) -> None:
        raise NotImplementedError

    def restore(self, local_id: int) -> None:
        raise NotImplementedError

    def note_conflicts(self, record: dict[str, Any], conflicts: list[Conflict], clock: Clock) -> dict[str, Any]:
        """The merged record with the server's side of each conflict kept (a labelled note)."""
        return record

    def display(self, record: dict[str, Any]) -> str:
        return ""

    def same(self, one: dict[str, Any] | None, other: dict[str, Any] | None) -> bool:
        """Whether two records say the same (a server may reorder what it stores: list fields compare as sets)."""
        if one is None or other is None:
            return one is other
        return canonical(one, self.list_fields) == canonical(other, self.list_fields)


def canonical(record: dict[str, Any], list_fields: frozenset[str]) -> dict[str, Any]:
    return {
        key: sorted(map(repr, value)) if key in list_fields and isinstance(value, list) else value
        for key, value in record.items()
    }


def fingerprint(text: str) -> str:
    """What a version says, without the lines that only say when it was written."""
    lines = [
        line
        for line in text.replace("\r\n", "\n").split("\n")
        if line and not line.upper().startswith(_NOT_FINGERPRINTED)
    ]
    return hashlib.sha1("\n".join(lines).encode("utf-8"), usedforsecurity=False).hexdigest()


class RenderedTexts:
    """Server texts of many local rows, rendered a batch at a time as they are asked for."""

    BATCH = 200

    def __init__(self, adapter: Adapter, ids: list[int]):
        self.adapter = adapter
        self.ids = ids
        self.position = {local_id: n for n, local_id in enumerate(ids)}
        self.cache: dict[int, tuple[str, str]] = {}
        self.done: set[int] = set()

    def get(self, local_id: int) -> tuple[str, str] | None:
        if local_id not in self.done:
            start = self.position.get(local_id)
            chunk = [local_id] if start is None else self.ids[start : start + self.BATCH]
            self.cache = self.adapter.render(chunk)
            self.done = set(chunk)
        return self.cache.get(local_id)


def shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        return f"(a picture, {len(value)} bytes)"
    if isinstance(value, (list, tuple)):
        return "; ".join(shown(v) for v in value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)
