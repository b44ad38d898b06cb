"""A backup's records as typed values: the limits, :class:`Item` (one JSON object read leniently: an odd value is
reported and replaced by its default), :class:`Record`, :class:`ContactRecord` and :class:`Checked`, what a check
found (see :mod:`.json_backup_check`)."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from app.core.contacts.contact_data import (
    ContactData,
)
from app.core.contacts.service import EARLIEST_DAY, LATEST_DAY

PROFILE_FIELDS = ("name", "headline", "target_role", "email", "phone", "linkedin_url", "website", "city")
MAX_SHORT = 2_000  # a title, a name, a kind
MAX_LONG = 1_000_000  # a note, a pitch body, a template
MAX_UID = 300
MAX_ID = 2**62  # ids are only looked up, never stored; anything larger is not an id Rapport wrote
MAX_PHOTO_BYTES = 5 * 1024 * 1024
MAX_IMAGE_BYTES = 20 * 1024 * 1024


def kind_of(value: Any) -> str:
    """How a JSON value is called in a message."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    return "an object"


# --- typed records -----------------------------------------------------------------------------------------------
@dataclass
class ContactRecord:
    """A contact of the file: its raw values as a ContactData (validated later, leniently), plus what the export
    says about its identity and history. ``file_id`` is the id history records refer to it by."""

    where: str
    file_id: int | None
    uid: str
    data: ContactData
    referred_by: int | None
    source_uids: list[str]
    e164: dict[str, str]
    created_at: dt.datetime | None
    updated_at: dt.datetime | None
    deleted_at: dt.datetime | None
    trashed: bool

    @property
    def name(self) -> str:
        data = self.data
        name = data.display_name or " ".join(p for p in (data.given_name, data.family_name) if p)
        return name or data.company or (data.emails[0].value if data.emails else "")


@dataclass
class Record:
    """Any other row of the file: ``values`` by column name (already the right Python types); ``refs`` the file's
    ids of other records (``contact_id``, ``pitch_id``…), resolved when writing."""

    where: str
    values: dict[str, Any]
    refs: dict[str, int | None] = field(default_factory=dict)
    file_id: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Checked:
    """Everything of a backup as typed records, and what was odd about it (``(where, message)`` pairs)."""

    contacts: list[ContactRecord] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # contacts that are not contacts at all
    warnings: list[tuple[str, str]] = field(default_factory=list)
    tables: dict[str, list[Record]] = field(default_factory=dict)
    profile: dict[str, Any] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)

    def warn(self, where: str, message: str) -> None:
        self.warnings.append((where, message))

    def table(self, key: str) -> list[Record]:
        return self.tables.get(key, [])

    def is_empty(self) -> bool:
        profile = any(self.profile.get(name) for name in (*PROFILE_FIELDS, "photo"))
        return not (self.contacts or self.skipped or any(self.tables.values()) or profile or self.settings)


def fix_text(value: str) -> str:
    """No NUL characters and no lone surrogates (``"\\ud800"`` is valid JSON but not storable text)."""
    if "\x00" in value:
        value = value.replace("\x00", "")
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            value = value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return value


def shorten(value: str, limit: int = 40) -> str:
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _as_text(value: Any, where: str, checked: Checked, limit: int | None, default: str) -> str:
    """``value`` as text: a number or true/false is read as text, anything else is left out (and reported)."""
    if value is None:
        return default
    if isinstance(value, bool):
        value = "true" if value else "false"
        checked.warn(where, f"expected text, found true/false; kept as {value}")
    elif isinstance(value, int | float):
        value = str(value)
        checked.warn(where, f'expected text, found a number; kept as "{shorten(value)}"')
    elif not isinstance(value, str):
        checked.warn(where, f"expected text, found {kind_of(value)}; left out")
        return default
    value = fix_text(value)
    if limit is not None and len(value) > limit:
        checked.warn(where, f"{len(value):,} characters long; kept the first {limit:,}")
        value = value[:limit]
    return value


class _OutOfRange(ValueError):
    """A date Rapport cannot plan around (31 Dec 9999 overflowed the follow-up rules after an import)."""


def _plausible(day: dt.date) -> None:
    if not EARLIEST_DAY <= day <= LATEST_DAY:
        raise _OutOfRange(day)


def _moment(text: str) -> dt.datetime:
    value = dt.datetime.fromisoformat(text.strip())
    _plausible(value.date())
    if value.tzinfo is not None:  # Rapport stores local wall-clock times
        value = value.astimezone().replace(tzinfo=None)
    return value


class Item:
    """One object of the file at ``where`` (``contacts[12]``), read field by field with type checks; every odd
    value is reported through ``checked.warn`` and replaced by the field's default."""

    def __init__(self, value: dict[str, Any], where: str, checked: Checked):
        self.value = value
        self.where = where
        self.checked = checked

    def at(self, key: str) -> str:
        return f"{self.where}.{key}"

    def warn(self, key: str, message: str) -> None:
        self.checked.warn(self.at(key), message)

    def has(self, key: str) -> bool:
        return self.value.get(key) is not None

    def text(self, key: str, limit: int | None = MAX_SHORT, default: str = "") -> str:
        return _as_text(self.value.get(key), self.at(key), self.checked, limit, default)

    def optional_text(self, key: str, limit: int = MAX_SHORT) -> str | None:
        return self.text(key, limit) if self.has(key) else None

    def integer(self, key: str, low: int, high: int, default: int | None = None) -> int | None:
        value = self.value.get(key)
        if value is None:
            return default
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if not isinstance(value, int) or isinstance(value, bool):
            self.warn(key, f"expected a whole number, found {kind_of(value)}; left out")
            return default
        if not low <= value <= high:
            self.warn(key, f"{value} is outside {low}…{high}; left out")
            return default
        return value

    def number(self, key: str, low: float, high: float, default: float | None = None) -> float | None:
        value = self.value.get(key)
        if value is None:
            return default
        if not isinstance(value, int | float) or isinstance(value, bool):
            self.warn(key, f"expected a number, found {kind_of(value)}; left out")
            return default
        if not low <= value <= high:
            self.warn(key, f"{value} is outside {low:g}…{high:g}; left out")
            return default
        return float(value)

    def flag(self, key: str, default: bool = False) -> bool:
        value = self.value.get(key)
        if value is None:
            return default
        if isinstance(value, bool):
            return value
        if isinstance(value, int) and value in (0, 1):
            return bool(value)
        self.warn(key, f"expected true or false, found {kind_of(value)}; read as {str(default).lower()}")
        return default

    def ref(self, key: str) -> int | None:
        """The file's id of another record, or None."""
        return self.integer(key, -MAX_ID, MAX_ID)

    def _parsed(self, key: str, parse: Callable[[str], Any], what: str) -> Any:
        value = self.value.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            self.warn(key, f"expected {what}, found {kind_of(value)}; left out")
            return None
        try:
            return parse(value)
        except _OutOfRange:
            span = f"{EARLIEST_DAY.year} and {LATEST_DAY.year}"
            self.warn(key, f'"{shorten(fix_text(value))}" is not a day between {span}; left out')
            return None
        except (ValueError, OverflowError, OSError):
            self.warn(key, f'"{shorten(fix_text(value))}" is not {what}; left out')
            return None

    def moment(self, key: str) -> dt.datetime | None:
        return self._parsed(key, _moment, "a date and time")

    def day(self, key: str) -> dt.date | None:
        def parse(text: str) -> dt.date:
            text = text.strip()
            day = dt.date.fromisoformat(text) if len(text) <= 10 else _moment(text).date()
            _plausible(day)
            return day

        return self._parsed(key, parse, "a date")

    def clock_time(self, key: str) -> dt.time | None:
        return self._parsed(key, lambda text: dt.time.fromisoformat(text.strip()).replace(tzinfo=None), "a time")

    def choice(self, key: str, allowed: tuple[str, ...], default: str) -> str:
        value = self.text(key)
        if not value:
            return default
        if value not in allowed:
            self.warn(key, f'"{shorten(value)}" is not one of {", ".join(allowed)}; read as "{default}"')
            return default
        return value

    def blob(self, key: str, limit: int) -> bytes | None:
        value = self.value.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            self.warn(key, f"expected base64 text, found {kind_of(value)}; left out")
            return None
        if len(value) > limit * 4 // 3 + 8:
            self.warn(key, f"larger than {limit // (1024 * 1024)} MB; left out")
            return None
        try:
            data = base64.b64decode(value.strip(), validate=True)
        except (binascii.Error, ValueError):
            self.warn(key, "not base64 data; left out")
            return None
        return data or None

    def objects(self, key: str) -> Iterator[Item]:
        """The objects of the list under ``key``; other entries are reported and left out."""
        value = self.value.get(key)
        if value is None:
            return
        if not isinstance(value, list):
            self.warn(key, f"expected a list, found {kind_of(value)}; left out")
            return
        for index, entry in enumerate(value):
            where = f"{self.at(key)}[{index}]"
            if isinstance(entry, dict):
                yield Item(entry, where, self.checked)
            elif isinstance(entry, str) and key in ("emails", "phones", "websites"):
                yield Item({"value": entry}, where, self.checked)  # a bare value is read as {"value": …}
            else:
                self.checked.warn(where, f"expected an object, found {kind_of(entry)}; left out")

    def strings(self, key: str, limit: int | None = MAX_SHORT) -> list[str]:
        value = self.value.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            value = [value]
        out = []
        for index, entry in enumerate(value):
            if text := _as_text(entry, f"{self.at(key)}[{index}]", self.checked, limit, ""):
                out.append(text)
        return out

    def raw_whole(self, key: str) -> Any:
        """A whole number as it is, or the value as text for validation to keep as a note (a date part)."""
        value = self.value.get(key)
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        if isinstance(value, float) and value.is_integer() and abs(value) < MAX_ID:
            return int(value)
        if isinstance(value, str | int | float):
            return fix_text(str(value))[:40]
        self.warn(key, f"expected a whole number, found {kind_of(value)}; left out")
        return None


def top_items(document: dict[str, Any], key: str, checked: Checked) -> Iterator[Item]:
    """The objects of a top-level list; other entries are reported and left out."""
    for index, entry in enumerate(document.get(key) or []):
        where = f"{key}[{index}]"
        if isinstance(entry, dict):
            yield Item(entry, where, checked)
        else:
            checked.warn(where, f"expected an object, found {kind_of(entry)}; left out")
