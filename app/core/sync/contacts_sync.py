"""Contacts ⇄ vCards: the issue-12 mapping both ways, no second one.

A contact goes up as :func:`app.core.formats.exporters.vcard_writer.card_text` writes it (every field, the
networking fields as X-RAPPORT-*, kept properties, one UID) in the version the address book takes (4.0 when the
server lists it in ``supported-address-data``, else 3.0); a card comes back through
:func:`app.core.formats.importers.vcard_reader.card_to_row`.
Records compared and merged are what the importer reads from a card — for the local side too (its card read back),
so the three versions of a three-way merge always went through the same mapping. Their list fields (e-mails,
phones, addresses, circles, dates, websites, handles, kept vCard lines) merge entry by entry.

A card from the server is written leniently, as an import is (an odd value becomes a note line, never a lost
person), without running the follow-up rules (the rules of the Rapport that made the contact already ran; their
follow-ups come through the calendar). A card with a UID keeps it as the contact's uid. The referrer is named by
UID and linked once every card of the pass is in.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from typing import Any

from peewee import chunked

from app.core.clock import Clock
from app.core.contacts import service as contacts
from app.core.contacts.contact_data import (
    AddressEntry,
    ContactData,
    DateEntry,
    EmailEntry,
    HandleEntry,
    PhoneEntry,
    WebsiteEntry,
)
from app.core.contacts.validation import _would_loop as would_loop
from app.core.sync.adapter import Adapter, LocalRow, Parsed, SkipItem
from app.core.sync.merge import Conflict
from app.db import MAX_SQL_PARAMETERS, id_batches
from app.models import Contact, ContactSourceUid, SyncCollection, SyncItem

_LISTS = {
    "emails": EmailEntry,
    "phones": PhoneEntry,
    "addresses": AddressEntry,
    "dates": DateEntry,
    "websites": WebsiteEntry,
    "handles": HandleEntry,
}
LIST_FIELDS = frozenset([*_LISTS, "circles", "vcard_properties"])
_SKIPPED = {"referred_by_id"}
LABELS = {
    "given_name": "first name",
    "family_name": "last name",
    "display_name": "name",
    "company": "company",
    "title": "job title",
    "linkedin_url": "LinkedIn",
    "name_prefix": "name prefix",
    "middle_name": "middle name",
    "name_suffix": "name suffix",
    "nickname": "nickname",
    "department": "department",
    "how_met": "how we met",
    "why_connect": "why connect",
    "notes": "notes",
    "stage": "stage",
    "invitation_status": "invitation",
    "invitation_date": "invitation date",
    "source": "source",
    "tie": "tie",
    "keep_in_touch_days": "keep in touch (days)",
    "keep_in_touch_max_days": "keep in touch, at most (days)",
    "photo": "photo",
    "referred_by_uid": "referred by",
}


def _comparable(record: dict[str, Any]) -> dict[str, Any]:
    record = dict(record)
    record["vcard_properties"] = [_kept_key(line) for line in record.get("vcard_properties") or []]
    return record


def record_of(data: ContactData, referrer_uid: str) -> dict[str, Any]:
    """A contact as a dict of comparable values (list entries as tuples; phone e164 left to validation)."""
    record: dict[str, Any] = {}
    for item in dataclasses.fields(ContactData):
        name = item.name
        if name in _SKIPPED:
            continue
        value = getattr(data, name)
        if name in _LISTS:
            entries = []
            for entry in value:
                if isinstance(entry, PhoneEntry):
                    entry = dataclasses.replace(entry, e164="")
                entries.append(dataclasses.astuple(entry))
            value = entries
        elif name in LIST_FIELDS:
            value = list(value)
        elif isinstance(value, bytes | bytearray | memoryview):
            value = bytes(value)
        record[name] = value
    record["referred_by_uid"] = referrer_uid or ""
    return record


def data_of(record: dict[str, Any]) -> ContactData:
    values = {}
    for item in dataclasses.fields(ContactData):
        name = item.name
        if name in _SKIPPED or name not in record:
            continue
        value = record[name]
        if name in _LISTS:
            value = [_LISTS[name](*entry) for entry in value]
        elif name in LIST_FIELDS:
            value = list(value)
        values[name] = value
    return ContactData(**values)


_URI_PROPERTIES = frozenset({"URL", "IMPP", "X-SOCIALPROFILE", "SOCIALPROFILE"})
_ITEM_GROUP = re.compile(r"^item\d+\.", re.IGNORECASE)


def _escape_uri_separators(value: str) -> str:
    """``,`` and ``;`` escaped (escapes already there kept): servers that store cards through vobject (Radicale)
    cut a 3.0 URL at its first comma otherwise. Rapport's reader (like Apple's and Google's) unescapes URIs."""
    out, i = [], 0
    while i < len(value):
        ch = value[i]
        if ch == "\\" and i + 1 < len(value):
            out.append(value[i : i + 2])
            i += 2
            continue
        out.append("\\" + ch if ch in ",;" else ch)
        i += 1
    return "".join(out)


def _value_start(line: str) -> int:
    """Where the value of a content line starts (after the first ``:`` outside a quoted parameter)."""
    quoted = False
    for position, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            return position + 1
    return -1


def server_safe(text: str) -> str:
    """The card as it goes to a server: URI values with their separators escaped (see above)."""
    from app.core.formats.exporters.vcard_writer import fold

    lines: list[str] = []
    for raw in text.split("\r\n"):
        if raw.startswith((" ", "\t")) and lines:
            lines[-1] += raw[1:]
        elif raw:
            lines.append(raw)
    out = []
    for line in lines:
        start = _value_start(line)
        name = line[: max(start - 1, 0)].split(";", 1)[0].rsplit(".", 1)[-1].upper()
        if start > 0 and name in _URI_PROPERTIES and any(c in line[start:] for c in ",;"):
            line = line[:start] + _escape_uri_separators(line[start:])
        out.append(fold(line))
    return "".join(out)


def _kept_key(line: str) -> str:
    """A kept vCard line compared without its item group's number or the case of its name (servers renumber and
    upper-case them)."""
    start = _value_start(line)
    head = line[: start - 1] if start > 0 else line
    return _ITEM_GROUP.sub("item.", head).upper() + ":" + (line[start:] if start > 0 else "")


class ContactsAdapter(Adapter):
    kind = "contact"
    extension = "vcf"
    content_type = "text/vcard"
    list_fields = LIST_FIELDS

    def __init__(self, collection_url: str, version: str = "3.0"):
        self.collection_url = collection_url
        self.version = version
        self._referrers: dict[int, str] = {}

    # --- reading ----------------------------------------------------------------------------------------------
    def parse(self, text: str) -> Parsed | None:
        from app.core.formats.importers.vcard_lines import read_cards
        from app.core.formats.importers.vcard_reader import card_to_row

        # the reader takes text with LF line ends (as the importer's loader gives it): a server answers in XML
        # (LF), our own cards end lines with CRLF — unnormalised, every folded value would keep a "\r"
        card = next(iter(read_cards(text.replace("\r\n", "\n").replace("\r", "\n"))), None)
        if card is None:
            return None
        row = card_to_row(card)
        if not row.ok or row.data is None:
            return Parsed(row.uid, self.kind, None)
        return Parsed(row.uid, self.kind, record_of(row.data, row.referred_by_uid))

    def render(self, ids: list[int]) -> dict[int, tuple[str, str]]:
        from app.core.formats.exporters import vcard_writer as vcard
        from app.core.formats.exporters.json_export import contacts_as_dicts

        out: dict[int, tuple[str, str]] = {}
        ids = [i for i in ids if i is not None]
        for chunk in chunked(ids, MAX_SQL_PARAMETERS):
            live = [
                i
                for (i,) in Contact.select(Contact.id)
                .where(Contact.id.in_(chunk), Contact.deleted_at.is_null())
                .tuples()
            ]
            if not live:
                continue
            photos = vcard._photos(live)
            people = contacts_as_dicts(live)
            referrers = vcard._uids(p["referred_by"] for p in people)
            for person in people:
                referrer = referrers.get(person["referred_by"], "") if person["referred_by"] is not None else ""
                text = server_safe(vcard.card_text(person, self.version, photos.get(person["id"]), referrer))
                out[person["id"]] = (person["uid"], text)
        return out

    def candidates(self, collection: SyncCollection) -> list[int]:
        synced = SyncItem.select(SyncItem.local_id).where(
            SyncItem.collection == collection, SyncItem.kind == self.kind, SyncItem.local_id.is_null(False)
        )
        query = (
            Contact.select(Contact.id)
            .where(Contact.deleted_at.is_null(), Contact.id.not_in(synced))
            .order_by(Contact.id)
            .tuples()
        )
        return [i for (i,) in query]

    def rows(self, ids: Iterable[int]) -> dict[int, LocalRow]:
        ids = [i for i in ids if i is not None]
        out: dict[int, LocalRow] = {}
        for batch in id_batches(ids):
            query = Contact.select(Contact.id, Contact.uid, Contact.deleted_at).where(Contact.id.in_(batch)).tuples()
            for cid, uid, deleted in query:
                out[cid] = LocalRow(cid, uid, "trashed" if deleted is not None else "live")
        for cid in ids:
            out.setdefault(cid, LocalRow(cid, "", "missing"))
        return out

    def find_uid(self, uid: str) -> int | None:
        found = Contact.select(Contact.id).where(Contact.uid == uid).scalar()
        if found is None:
            found = ContactSourceUid.select(ContactSourceUid.contact).where(ContactSourceUid.uid == uid).scalar()
        return found

    # --- writing ----------------------------------------------------------------------------------------------
    def write(self, local_id: int | None, uid: str, record: dict[str, Any], clock: Clock) -> int:
        data = data_of(record)
        referrer_uid = record.get("referred_by_uid") or ""
        current = Contact.get_or_none(Contact.id == local_id) if local_id is not None else None
        data.referred_by_id = current.referred_by_id if current is not None else None
        if not referrer_uid:
            data.referred_by_id = None
        warnings: list[str] = []
        try:
            clean = contacts.validate(data, contact_id=local_id, lenient=True, warnings=warnings)
        except contacts.ContactValidationError as exc:  # nothing to call them by: left on the server
            raise SkipItem(str(exc)) from exc
        if current is None:
            taken = uid and Contact.select().where(Contact.uid == uid).exists()
            contact = contacts.create_contact(clean, clock=clock, uid=(uid or None) if not taken else None, rules=False)
            if uid and taken:
                ContactSourceUid.insert(contact=contact, uid=uid).on_conflict_ignore().execute()
        else:
            contact = contacts.update_contact(current.id, clean, clock=clock, rules=False)
        if referrer_uid:
            self._referrers[contact.id] = referrer_uid
        return contact.id

    def after_writes(self) -> list[int]:
        """Link the referrers named by UID (they may have come later in the pass than the people they referred)."""
        touched = []
        for contact_id, referrer_uid in list(self._referrers.items()):
            referrer = self.find_uid(referrer_uid)
            if referrer is not None and referrer != contact_id:
                current = Contact.select(Contact.referred_by).where(Contact.id == contact_id).scalar()
                if current != referrer and not would_loop(contact_id, referrer):
                    Contact.update(referred_by=referrer).where(Contact.id == contact_id).execute()
                    touched.append(contact_id)
                self._referrers.pop(contact_id, None)
        return touched

    def trash(self, local_id: int, clock: Clock) -> None:
        contacts.trash_contacts([local_id], clock=clock)

    def restore(self, local_id: int) -> None:
        contacts.restore_contacts([local_id])

    def note_conflicts(self, record: dict[str, Any], conflicts: list[Conflict], clock: Clock) -> dict[str, Any]:
        """Keep the server's value of each conflicting field as a labelled note line."""
        day = clock.today().isoformat()
        lines = []
        for conflict in conflicts:
            label = LABELS.get(conflict.field, conflict.field)
            theirs = conflict.theirs
            if isinstance(theirs, bytes):
                shown = "a different photo (kept this one)"
            elif conflict.field == "notes":
                shown = "\n" + str(theirs)
            else:
                shown = "" if theirs is None else str(theirs)
            lines.append(f"Sync conflict {day}: {label} on the server was: {shown}")
        notes = record.get("notes") or ""
        record = dict(record)
        record["notes"] = "\n".join([notes, *lines]) if notes else "\n".join(lines)
        return record

    def same(self, one: dict[str, Any] | None, other: dict[str, Any] | None) -> bool:
        if one is None or other is None:
            return one is other
        return super().same(_comparable(one), _comparable(other))

    def display(self, record: dict[str, Any]) -> str:
        return record.get("display_name") or " ".join(
            p for p in (record.get("given_name"), record.get("family_name")) if p
        )
