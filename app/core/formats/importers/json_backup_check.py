"""Checking a backup without touching the database: every table's records read into typed values with what was odd
about them (:func:`check_backup`; the file itself is :mod:`.json_backup`)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from app.core.contacts.contact_data import (
    NAME_FIELDS,
    STORY_FIELDS,
    AddressEntry,
    ContactData,
    DateEntry,
    EmailEntry,
    HandleEntry,
    PhoneEntry,
    WebsiteEntry,
)
from app.core.formats.importers.json_backup import Backup
from app.core.formats.importers.json_backup_values import (
    MAX_ID,
    MAX_IMAGE_BYTES,
    MAX_LONG,
    MAX_PHOTO_BYTES,
    MAX_SHORT,
    MAX_UID,
    PROFILE_FIELDS,
    Checked,
    ContactRecord,
    Item,
    Record,
    fix_text,
    kind_of,
    shorten,
    top_items,
)
from app.models import (
    FOLLOWUP_KINDS,
    FOLLOWUP_STATUSES,
    IMAGE_KINDS,
    INTERACTION_KINDS,
    LEDGER_DIRECTIONS,
    TEMPLATE_KINDS,
)

_E164 = re.compile(r"^\+[1-9]\d{1,14}$")


# --- contacts ----------------------------------------------------------------------------------------------------
_CONTACT_TEXT = (*NAME_FIELDS, *STORY_FIELDS)


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
        item.warn("kind", f'"{shorten(kind)}" is not a kind of interaction Rapport knows; kept as "other"')
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
        item.warn("direction", f'"{shorten(direction)}" is not gave, asked or received; entry left out')
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
            item.checked.warn(f"{item.at('contact_ids')}[{index}]", f"expected an id, found {kind_of(value)}; left out")
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
        item.warn("kind", f'"{shorten(kind)}" is not a kind of script Rapport knows; template left out')
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
        item.warn("colour", f'"{shorten(colour)}" is not a colour like #4e79a7; left out')
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


def _profile(document: dict[str, Any], checked: Checked) -> None:
    value = document.get("profile")
    if value is None:
        return
    if not isinstance(value, dict):
        checked.warn("profile", f"expected an object, found {kind_of(value)}; left out")
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
        checked.warn("settings", f"expected an object, found {kind_of(value)}; left out")
        return
    for key, setting in value.items():
        if len(key) > 100 or not key.strip():
            checked.warn("settings", f'"{shorten(key)}" is not a setting name; left out')
            continue
        text = json.dumps(setting)
        if len(text) > 100_000:
            checked.warn(f"settings.{shorten(key)}", "larger than 100 kB; left out")
            continue
        checked.settings[fix_text(key)] = setting


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
