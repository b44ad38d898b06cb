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

import base64
import binascii
import codecs
import datetime as dt
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.contacts.contact_data import (
    AddressEntry,
    ContactData,
    DateEntry,
    EmailEntry,
    HandleEntry,
    PhoneEntry,
    WebsiteEntry,
)
from app.core.contacts.service import EARLIEST_DAY, LATEST_DAY
from app.core.formats.importers.decoding import MAX_FILE_BYTES
from app.core.formats.importers.errors import ImportRejected
from app.models import (
    FOLLOWUP_KINDS,
    FOLLOWUP_STATUSES,
    IMAGE_KINDS,
    INTERACTION_KINDS,
    LEDGER_DIRECTIONS,
    TEMPLATE_KINDS,
)

FORMAT_NAME = "rapport-export"
FORMAT_VERSION = 1
LABEL = "Rapport export (JSON)"

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
MAX_SHORT = 2_000  # a title, a name, a kind
MAX_LONG = 1_000_000  # a note, a pitch body, a template
MAX_UID = 300
MAX_ID = 2**62  # ids are only looked up, never stored; anything larger is not an id Rapport wrote
MAX_PHOTO_BYTES = 5 * 1024 * 1024
MAX_IMAGE_BYTES = 20 * 1024 * 1024
_E164 = re.compile(r"^\+[1-9]\d{1,14}$")
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


def _kind(value: Any) -> str:
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
            f"a JSON file, but not a Rapport export (it holds {_kind(document)}, not an object with "
            f'"format": "{FORMAT_NAME}")',
        )
    name = document.get("format")
    if name != FORMAT_NAME:
        shown = f'"{str(name)[:60]}"' if isinstance(name, str) else _kind(name) if "format" in document else "none"
        raise ImportRejected(
            path, f'a JSON file, but not a Rapport export (its format is {shown}, expected "{FORMAT_NAME}")'
        )
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        shown = str(version)[:20] if isinstance(version, int | float | str) else _kind(version)
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
            raise ImportRejected(path, f"{key}: expected a list, found {_kind(value)}")
    return document


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


def _fix_text(value: str) -> str:
    """No NUL characters and no lone surrogates (``"\\ud800"`` is valid JSON but not storable text)."""
    if "\x00" in value:
        value = value.replace("\x00", "")
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            value = value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return value


def _short(value: str, limit: int = 40) -> str:
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
        checked.warn(where, f'expected text, found a number; kept as "{_short(value)}"')
    elif not isinstance(value, str):
        checked.warn(where, f"expected text, found {_kind(value)}; left out")
        return default
    value = _fix_text(value)
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
            self.warn(key, f"expected a whole number, found {_kind(value)}; left out")
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
            self.warn(key, f"expected a number, found {_kind(value)}; left out")
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
        self.warn(key, f"expected true or false, found {_kind(value)}; read as {str(default).lower()}")
        return default

    def ref(self, key: str) -> int | None:
        """The file's id of another record, or None."""
        return self.integer(key, -MAX_ID, MAX_ID)

    def _parsed(self, key: str, parse: Callable[[str], Any], what: str) -> Any:
        value = self.value.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            self.warn(key, f"expected {what}, found {_kind(value)}; left out")
            return None
        try:
            return parse(value)
        except _OutOfRange:
            span = f"{EARLIEST_DAY.year} and {LATEST_DAY.year}"
            self.warn(key, f'"{_short(_fix_text(value))}" is not a day between {span}; left out')
            return None
        except (ValueError, OverflowError, OSError):
            self.warn(key, f'"{_short(_fix_text(value))}" is not {what}; left out')
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
            self.warn(key, f'"{_short(value)}" is not one of {", ".join(allowed)}; read as "{default}"')
            return default
        return value

    def blob(self, key: str, limit: int) -> bytes | None:
        value = self.value.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            self.warn(key, f"expected base64 text, found {_kind(value)}; left out")
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
            self.warn(key, f"expected a list, found {_kind(value)}; left out")
            return
        for index, entry in enumerate(value):
            where = f"{self.at(key)}[{index}]"
            if isinstance(entry, dict):
                yield Item(entry, where, self.checked)
            elif isinstance(entry, str) and key in ("emails", "phones", "websites"):
                yield Item({"value": entry}, where, self.checked)  # a bare value is read as {"value": …}
            else:
                self.checked.warn(where, f"expected an object, found {_kind(entry)}; left out")

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
            return _fix_text(str(value))[:40]
        self.warn(key, f"expected a whole number, found {_kind(value)}; left out")
        return None


def top_items(document: dict[str, Any], key: str, checked: Checked) -> Iterator[Item]:
    """The objects of a top-level list; other entries are reported and left out."""
    for index, entry in enumerate(document.get(key) or []):
        where = f"{key}[{index}]"
        if isinstance(entry, dict):
            yield Item(entry, where, checked)
        else:
            checked.warn(where, f"expected an object, found {_kind(entry)}; left out")


# --- contacts ----------------------------------------------------------------------------------------------------
_CONTACT_TEXT = (
    "given_name",
    "family_name",
    "display_name",
    "company",
    "title",
    "linkedin_url",
    "name_prefix",
    "middle_name",
    "name_suffix",
    "nickname",
    "department",
    "how_met",
    "why_connect",
    "notes",
)


def _contact(item: Item, trashed: bool) -> ContactRecord:
    """A contact's values, type-checked only: lengths, e-mail syntax, choices and dates are the contacts service's
    lenient validation's business (it keeps an odd value as a note line rather than losing it)."""
    text = {name: item.text(name, limit=None) for name in _CONTACT_TEXT}
    e164: dict[str, str] = {}
    phones = []
    for phone in item.objects("phones"):
        entry = PhoneEntry(phone.text("value", limit=None), phone.text("label"), phone.flag("primary"))
        number = phone.text("e164")
        if number and _E164.match(number):
            e164[entry.value.strip()] = number
        phones.append(entry)
    days = {}
    for name in ("keep_in_touch_days", "keep_in_touch_max_days"):
        days[name] = item.integer(name, -MAX_ID, MAX_ID)  # the range is validation's to report
    data = ContactData(
        **text,
        stage=item.text("stage") or "prospect",
        invitation_status=item.text("invitation_status") or "none",
        invitation_date=item.day("invitation_date"),
        source=item.text("source") or "manual",
        tie=item.text("tie") or "acquaintance",
        **days,
        photo=item.blob("photo", MAX_PHOTO_BYTES),
        emails=[
            EmailEntry(e.text("value", limit=None), e.text("label"), e.flag("primary")) for e in item.objects("emails")
        ],
        phones=phones,
        addresses=[
            AddressEntry(
                a.text("label"),
                a.text("street"),
                a.text("locality"),
                a.text("region"),
                a.text("postal_code"),
                a.text("country"),
                a.flag("primary"),
            )
            for a in item.objects("addresses")
        ],
        circles=item.strings("circles", limit=100),
        dates=[
            DateEntry(
                d.raw_whole("month"),
                d.raw_whole("day"),
                d.raw_whole("year"),
                d.text("kind") or "birthday",
                d.text("label"),
            )
            for d in item.objects("dates")
        ],
        websites=[WebsiteEntry(w.text("value", limit=None), w.text("label")) for w in item.objects("websites")],
        handles=[
            HandleEntry(h.text("value", limit=None), h.text("service"), h.text("label"), h.text("kind") or "im")
            for h in item.objects("handles")
        ],
        vcard_properties=item.strings("vcard_properties", limit=None),
    )
    return ContactRecord(
        where=item.where,
        file_id=item.ref("id"),
        uid=item.text("uid", MAX_UID).strip(),
        data=data,
        referred_by=item.ref("referred_by"),
        source_uids=[u.strip() for u in item.strings("source_uids", MAX_UID) if u.strip()],
        e164=e164,
        created_at=item.moment("created_at"),
        updated_at=item.moment("updated_at"),
        deleted_at=item.moment("deleted_at"),
        trashed=trashed,
    )


def _check_contacts(document: dict[str, Any], checked: Checked) -> None:
    ids: dict[int, str] = {}
    uids: dict[str, str] = {}
    source_uids: dict[str, str] = {}
    for key, trashed in (("contacts", False), ("trash", True)):
        for item in top_items(document, key, checked):
            record = _contact(item, trashed)
            if record.file_id is not None:
                if record.file_id in ids:
                    checked.warn(
                        item.at("id"), f"the same id as {ids[record.file_id]}; its history cannot be told apart"
                    )
                    record.file_id = None
                else:
                    ids[record.file_id] = record.where
            if record.uid:
                if record.uid in uids:
                    checked.warn(item.at("uid"), f"the same UID as {uids[record.uid]}; given a new one")
                    record.uid = ""
                else:
                    uids[record.uid] = record.where
            kept = []
            for uid in record.source_uids:
                if uid not in source_uids and uid != record.uid:
                    source_uids[uid] = record.where
                    kept.append(uid)
                elif uid != record.uid:
                    checked.warn(item.at("source_uids"), f"{uid[:60]} is also {source_uids[uid]}'s; left out")
            record.source_uids = kept
            if trashed and record.deleted_at is None:
                record.deleted_at = record.updated_at or record.created_at  # in the trash since some time
            if not trashed:
                record.deleted_at = None
            checked.contacts.append(record)
    _check_photos(document, checked, {r.file_id: r for r in checked.contacts if r.file_id is not None})
    for uid in list(source_uids):  # a source UID that is another contact's own UID names two people
        if uid in uids:
            record = next(r for r in checked.contacts if r.where == source_uids[uid])
            record.source_uids.remove(uid)
            checked.warn(f"{record.where}.source_uids", f"{uid[:60]} is the UID of {uids[uid]}; left out")


def _check_photos(document: dict[str, Any], checked: Checked, people: dict[int, ContactRecord]) -> None:
    """``contact_photos``: each contact's picture (base64), kept apart from the contacts so that they have the
    shape of ``search --json``. A ``photo`` on the contact itself is read too."""
    for item in top_items(document, "contact_photos", checked):
        contact_id = item.ref("contact_id")
        record = people.get(contact_id) if contact_id is not None else None
        if record is None:
            item.warn("contact_id", f"no contact with id {contact_id} in the file; picture left out")
            continue
        photo = item.blob("data", MAX_PHOTO_BYTES)
        if photo is not None:
            record.data.photo = photo


# --- everything else ---------------------------------------------------------------------------------------------
def _stamps(item: Item, values: dict[str, Any], *names: str) -> None:
    for name in names:
        values[name] = item.moment(name)


def _interaction(item: Item) -> Record | None:
    when = item.moment("occurred_at")
    if when is None:
        item.checked.warn(item.where, "no date and time (occurred_at); interaction left out")
        return None
    kind = item.text("kind") or "other"
    notes = item.text("notes", MAX_LONG)
    if kind not in INTERACTION_KINDS:
        item.warn("kind", f'"{_short(kind)}" is not a kind of interaction Rapport knows; kept as "other"')
        notes = f"{notes}\nKind: {kind}".strip()
        kind = "other"
    values = {
        "uid": item.text("uid", MAX_UID).strip(),
        "kind": kind,
        "occurred_at": when,
        "summary": item.text("summary", MAX_LONG),
        "notes": notes,
    }
    _stamps(item, values, "created_at", "updated_at")
    refs = {"contact_id": item.ref("contact_id"), "other_contact_id": item.ref("other_contact_id")}
    return Record(item.where, values, refs, item.ref("id"))


def _ledger(item: Item) -> Record | None:
    direction = item.text("direction")
    if direction not in LEDGER_DIRECTIONS:
        item.warn("direction", f'"{_short(direction)}" is not gave, asked or received; entry left out')
        return None
    values = {
        "direction": direction,
        "what": item.text("what", MAX_LONG),
        "occurred_at": item.moment("occurred_at"),
        "done": item.flag("done"),
        "notes": item.text("notes", MAX_LONG),
        "created_at": item.moment("created_at"),
    }
    refs = {"contact_id": item.ref("contact_id"), "interaction_id": item.ref("interaction_id")}
    return Record(item.where, values, refs, item.ref("id"))


def _followup(item: Item) -> Record | None:
    due = item.day("due")
    if due is None:
        item.checked.warn(item.where, "no due date; follow-up left out")
        return None
    values = {
        "uid": item.text("uid", MAX_UID).strip(),
        "title": item.text("title", MAX_SHORT),
        # a rule's title as template key and JSON parameters (issue 23): shown in the reader's language; an unknown
        # key or broken parameters fall back to the English title (app.core.followups.titles.render)
        "title_key": item.optional_text("title_key", 100),
        "title_params": item.optional_text("title_params", MAX_LONG),
        "kind": item.choice("kind", FOLLOWUP_KINDS, "custom"),
        "due": due,
        "due_time": item.clock_time("due_time"),
        "original_due": item.day("original_due"),
        "status": item.choice("status", FOLLOWUP_STATUSES, "open"),
        "snoozed_until": item.day("snoozed_until"),
        "completed_at": item.moment("completed_at"),
        "rule": item.optional_text("rule", 100),
        "rule_key": item.optional_text("rule_key", MAX_UID),
        "recurrence": item.optional_text("recurrence", MAX_SHORT),
        "notes": item.text("notes", MAX_LONG),
    }
    _stamps(item, values, "created_at", "updated_at")
    refs = {"contact_id": item.ref("contact_id"), "source_interaction_id": item.ref("source_interaction_id")}
    return Record(item.where, values, refs, item.ref("id"))


def _pitch(item: Item) -> Record | None:
    values = {
        "title": item.text("title", MAX_SHORT) or "Untitled pitch",
        "audience": item.text("audience", MAX_SHORT),
        "body": item.text("body", MAX_LONG),
        "target_seconds": item.integer("target_seconds", 1, 3600, 30),
        "wpm": item.integer("wpm", 1, 1000, 150),
        "green_at": item.number("green_at", 0, 3600),
        "yellow_at": item.number("yellow_at", 0, 3600),
        "position": item.integer("position", -(2**31), 2**31, 0),
    }
    _stamps(item, values, "created_at", "updated_at")
    contacts = []
    for index, value in enumerate(item.value.get("contact_ids") or []):
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) <= MAX_ID:
            contacts.append(value)
        else:
            item.checked.warn(f"{item.at('contact_ids')}[{index}]", f"expected an id, found {_kind(value)}; left out")
    return Record(item.where, values, {}, item.ref("id"), {"contact_ids": contacts})


def _revision(item: Item) -> Record | None:
    values = {"body": item.text("body", MAX_LONG), "saved_at": item.moment("saved_at")}
    return Record(item.where, values, {"pitch_id": item.ref("pitch_id")}, item.ref("id"))


def _safe_audio(item: Item) -> str | None:
    """A recording's path relative to the data folder; anything reaching outside it is left out."""
    path = item.optional_text("audio_path", 500)
    if not path:
        return None
    parts = path.replace("\\", "/").split("/")
    if path.startswith(("/", "\\")) or ":" in parts[0] or ".." in parts:
        item.warn("audio_path", "a recording outside the data folder; left out")
        return None
    return path


def _rehearsal(item: Item) -> Record | None:
    started = item.moment("started_at")
    if started is None:
        item.checked.warn(item.where, "no start time (started_at); rehearsal left out")
        return None
    values = {
        "started_at": started,
        "duration_ms": item.integer("duration_ms", 0, 24 * 3600 * 1000, 0),
        "words": item.integer("words", 0, 10**7, 0),
        "wpm": item.number("wpm", 0, 10**6, 0.0),
        "self_rating": item.integer("self_rating", 1, 5),
        "notes": item.text("notes", MAX_LONG),
        "audio_path": _safe_audio(item),
    }
    return Record(item.where, values, {"pitch_id": item.ref("pitch_id")}, item.ref("id"))


def _template(item: Item) -> Record | None:
    kind = item.text("kind")
    if kind not in TEMPLATE_KINDS:
        item.warn("kind", f'"{_short(kind)}" is not a kind of script Rapport knows; template left out')
        return None
    values = {
        "name": item.text("name", MAX_SHORT) or kind.replace("_", " ").capitalize(),
        "kind": kind,
        "subject": item.text("subject", MAX_SHORT),
        "body": item.text("body", MAX_LONG),
        "builtin": item.flag("builtin"),
        "position": item.integer("position", -(2**31), 2**31, 0),
    }
    _stamps(item, values, "created_at", "updated_at")
    return Record(item.where, values, {}, item.ref("id"))


_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def _circle(item: Item) -> Record | None:
    name = item.text("name", 100).strip()
    if not name:
        item.checked.warn(item.where, "a circle without a name; left out")
        return None
    colour = item.text("colour", 20)
    if colour and not _COLOUR.match(colour):
        item.warn("colour", f'"{_short(colour)}" is not a colour like #4e79a7; left out')
        colour = ""
    values = {
        "name": name,
        "colour": colour or None,
        "position": item.integer("position", -(2**31), 2**31, 0),
        "keep_in_touch_days": item.integer("keep_in_touch_days", 1, 3650),
        "keep_in_touch_max_days": item.integer("keep_in_touch_max_days", 1, 3650 * 2),
        "prompt": item.text("prompt", MAX_SHORT),
    }
    return Record(item.where, values, {}, item.ref("id"))


def _company(item: Item) -> Record | None:
    name = " ".join(item.text("name", 300).split())
    if not name:
        item.checked.warn(item.where, "a company without a name; left out")
        return None
    values = {
        "name": name,
        "is_target": item.flag("is_target"),
        "website": item.text("website", MAX_SHORT),
        "notes": item.text("notes", MAX_LONG),
    }
    _stamps(item, values, "created_at", "updated_at")
    return Record(item.where, values, {}, item.ref("id"))


def _research(item: Item) -> Record | None:
    values = {
        "notes": item.text("notes", MAX_LONG),
        "questions": item.text("questions", MAX_LONG),
        "updated_at": item.moment("updated_at"),
    }
    return Record(item.where, values, {"contact_id": item.ref("contact_id")}, item.ref("id"))


def _image(item: Item) -> Record | None:
    data = item.blob("data", MAX_IMAGE_BYTES)
    if data is None:
        item.checked.warn(item.where, "no picture data; image left out")
        return None
    values = {
        "kind": item.choice("kind", IMAGE_KINDS, "other"),
        "mime": item.choice("mime", ("image/jpeg", "image/png"), "image/jpeg"),
        "data": data,
        "width": item.integer("width", 0, 100_000, 0),
        "height": item.integer("height", 0, 100_000, 0),
        "original_name": item.text("original_name", 500),
        "created_at": item.moment("created_at"),
    }
    return Record(item.where, values, {"contact_id": item.ref("contact_id")}, item.ref("id"))


READERS: dict[str, Callable[[Item], Record | None]] = {
    "circles": _circle,
    "companies": _company,
    "interactions": _interaction,
    "ledger": _ledger,
    "followups": _followup,
    "pitches": _pitch,
    "pitch_revisions": _revision,
    "rehearsals": _rehearsal,
    "templates": _template,
    "research": _research,
    "contact_images": _image,
}
PROFILE_FIELDS = ("name", "headline", "target_role", "email", "phone", "linkedin_url", "website", "city")


def _profile(document: dict[str, Any], checked: Checked) -> None:
    value = document.get("profile")
    if value is None:
        return
    if not isinstance(value, dict):
        checked.warn("profile", f"expected an object, found {_kind(value)}; left out")
        return
    item = Item(value, "profile", checked)
    profile: dict[str, Any] = {name: item.text(name, MAX_SHORT) for name in PROFILE_FIELDS}
    profile["updated_at"] = item.moment("updated_at")
    profile["photo"] = item.blob("photo", MAX_PHOTO_BYTES)
    checked.profile = profile


def _settings(document: dict[str, Any], checked: Checked) -> None:
    value = document.get("settings")
    if value is None:
        return
    if not isinstance(value, dict):
        checked.warn("settings", f"expected an object, found {_kind(value)}; left out")
        return
    for key, setting in value.items():
        if len(key) > 100 or not key.strip():
            checked.warn("settings", f'"{_short(key)}" is not a setting name; left out')
            continue
        text = json.dumps(setting)
        if len(text) > 100_000:
            checked.warn(f"settings.{_short(key)}", "larger than 100 kB; left out")
            continue
        checked.settings[_fix_text(key)] = setting


def check_backup(backup: Backup, cancelled: Callable[[], bool] | None = None) -> Checked:
    """Every record of ``backup`` as typed values, with what was odd about them. Never raises for bad content."""
    checked = Checked()
    document = backup.document
    _check_contacts(document, checked)
    for key, reader in READERS.items():
        if cancelled is not None and cancelled():
            break
        records = []
        for item in top_items(document, key, checked):
            record = reader(item)
            if record is not None:
                records.append(record)
        checked.tables[key] = records
    _profile(document, checked)
    _settings(document, checked)
    from app.core.formats.importers import json_opportunities  # the job search (issue 22)

    json_opportunities.check(document, checked)
    return checked
