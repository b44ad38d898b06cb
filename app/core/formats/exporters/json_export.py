"""The complete JSON export of DESIGN §6 (`format: "rapport-export"`, `version: 1`).

Also the single place that turns contacts into dictionaries, so ``rapport search --json`` prints contacts in the
same shape as the export. Related rows (emails, phones, circles) are fetched in batches, never one query per
contact, so exporting 50 000 contacts stays fast.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from collections import defaultdict
from collections.abc import Sequence
from typing import IO, Any

from peewee import JOIN, Case

from app import __version__
from app.db import id_batches
from app.models import (
    Circle,
    Company,
    Contact,
    ContactAddress,
    ContactCircle,
    ContactDate,
    ContactEmail,
    ContactHandle,
    ContactImage,
    ContactPhone,
    ContactResearch,
    ContactSourceUid,
    ContactVcardProperty,
    ContactWebsite,
    FollowUp,
    Interaction,
    LedgerEntry,
    Pitch,
    PitchContact,
    PitchRevision,
    Profile,
    Rehearsal,
    Setting,
    Template,
)

FORMAT_NAME = "rapport-export"
FORMAT_VERSION = 1


def iso(value: Any) -> Any:
    """Dates and times as ISO 8601 text; everything else unchanged."""
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return value


def _values_by_contact(model, ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
    """Emails or phones of ``ids``: primary first, then in the user's order."""
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    extra = [model.e164] if model is ContactPhone else []
    for chunk in id_batches(ids):
        query = (
            model.select(model.contact, model.value, model.label, model.is_primary, *extra)
            .where(model.contact.in_(chunk))
            .order_by(model.contact, model.is_primary.desc(), model.position, model.id)
            .tuples()
        )
        for row in query:
            item = {"value": row[1], "label": row[2], "primary": bool(row[3])}
            if extra:
                item["e164"] = row[4]
            out[row[0]].append(item)
    return out


def _addresses_by_contact(ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    fields = ("label", "street", "locality", "region", "postal_code", "country")
    for chunk in id_batches(ids):
        query = (
            ContactAddress.select()
            .where(ContactAddress.contact.in_(chunk))
            .order_by(ContactAddress.is_primary.desc(), ContactAddress.id)
        )
        for address in query:
            item = {f: getattr(address, f) for f in fields}
            item["primary"] = bool(address.is_primary)
            out[address.contact_id].append(item)
    return out


def _children_by_contact(model, ids: Sequence[int], fields: tuple[str, ...]) -> dict[int, list[dict[str, Any]]]:
    """Rows of a simple child table (dates, websites, handles) per contact, in the user's order."""
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    columns = [getattr(model, f) for f in fields]
    for chunk in id_batches(ids):
        query = (
            model.select(model.contact, *columns)
            .where(model.contact.in_(chunk))
            .order_by(model.contact, model.position, model.id)
            .tuples()
        )
        for row in query:
            out[row[0]].append(dict(zip(fields, row[1:], strict=True)))
    return out


def _values_of(model, column, ids: Sequence[int], order) -> dict[int, list[Any]]:
    out: dict[int, list[Any]] = defaultdict(list)
    for chunk in id_batches(ids):
        query = model.select(model.contact, column).where(model.contact.in_(chunk)).order_by(model.contact, *order)
        for contact_id, value in query.tuples():
            out[contact_id].append(value)
    return out


def _circles_by_contact(ids: Sequence[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = defaultdict(list)
    for chunk in id_batches(ids):
        query = (
            ContactCircle.select(ContactCircle.contact, Circle.name)
            .join(Circle)
            .where(ContactCircle.contact.in_(chunk))
            .order_by(Circle.position, Circle.name)
            .tuples()
        )
        for contact_id, name in query:
            out[contact_id].append(name)
    return out


CONTACT_COLUMNS = (
    Contact.id,
    Contact.uid,
    Contact.name_prefix,
    Contact.given_name,
    Contact.middle_name,
    Contact.family_name,
    Contact.name_suffix,
    Contact.nickname,
    Contact.display_name,
    Contact.department,
    Contact.title,
    Contact.linkedin_url,
    Contact.how_met,
    Contact.why_connect,
    Contact.notes,
    Contact.stage,
    Contact.invitation_status,
    Contact.invitation_date,
    Contact.referred_by,
    Contact.source,
    Contact.tie,
    Contact.keep_in_touch_days,
    Contact.keep_in_touch_max_days,
    Contact.last_interaction_at,
    Contact.next_followup_due,
    Contact.created_at,
    Contact.updated_at,
    Contact.deleted_at,
)


def contacts_as_dicts(ids: Sequence[int]) -> list[dict[str, Any]]:
    """The contacts with ``ids``, in that order, as export dictionaries (DESIGN §6)."""
    ids = list(ids)
    rows: dict[int, dict[str, Any]] = {}
    for chunk in id_batches(ids):
        query = (
            Contact.select(
                *CONTACT_COLUMNS,
                Company.name.alias("company_name"),
                Case(None, [(Contact.photo.is_null(False), 1)], 0).alias("has_photo"),
            )
            .join(Company, join_type=JOIN.LEFT_OUTER, on=(Contact.company == Company.id))
            .where(Contact.id.in_(chunk))
            .dicts()
        )
        for row in query:
            rows[row["id"]] = row
    emails = _values_by_contact(ContactEmail, ids)
    phones = _values_by_contact(ContactPhone, ids)
    addresses = _addresses_by_contact(ids)
    circles = _circles_by_contact(ids)
    dates = _children_by_contact(ContactDate, ids, ("kind", "label", "year", "month", "day"))
    websites = _children_by_contact(ContactWebsite, ids, ("value", "label"))
    handles = _children_by_contact(ContactHandle, ids, ("kind", "service", "value", "label"))
    properties = _values_of(
        ContactVcardProperty, ContactVcardProperty.line, ids, (ContactVcardProperty.position, ContactVcardProperty.id)
    )
    source_uids = _values_of(ContactSourceUid, ContactSourceUid.uid, ids, (ContactSourceUid.id,))
    result = []
    for cid in ids:
        row = rows.get(cid)
        if row is None:
            continue
        item = {
            "id": cid,
            "uid": row["uid"],
            "name_prefix": row["name_prefix"],
            "given_name": row["given_name"],
            "middle_name": row["middle_name"],
            "family_name": row["family_name"],
            "name_suffix": row["name_suffix"],
            "nickname": row["nickname"],
            "display_name": row["display_name"],
            "emails": emails.get(cid, []),
            "phones": phones.get(cid, []),
            "addresses": addresses.get(cid, []),
            "company": row["company_name"] or "",
            "department": row["department"],
            "title": row["title"],
            "linkedin_url": row["linkedin_url"],
            "websites": websites.get(cid, []),
            "handles": handles.get(cid, []),
            "dates": dates.get(cid, []),
            "circles": circles.get(cid, []),
            "how_met": row["how_met"],
            "why_connect": row["why_connect"],
            "referred_by": row["referred_by"],
            "stage": row["stage"],
            "invitation_status": row["invitation_status"],
            "invitation_date": iso(row["invitation_date"]),
            "notes": row["notes"],
            "source": row["source"],
            "tie": row["tie"],
            "keep_in_touch_days": row["keep_in_touch_days"],
            "keep_in_touch_max_days": row["keep_in_touch_max_days"],
            "has_photo": bool(row["has_photo"]),
            "vcard_properties": properties.get(cid, []),
            "source_uids": source_uids.get(cid, []),
            "last_interaction_at": iso(row["last_interaction_at"]),
            "next_followup_due": iso(row["next_followup_due"]),
            "created_at": iso(row["created_at"]),
            "updated_at": iso(row["updated_at"]),
            "deleted_at": iso(row["deleted_at"]),
        }
        result.append(item)
    return result


def _rows(query, rename: dict[str, str] | None = None) -> list[dict[str, Any]]:
    rename = rename or {}
    return [{rename.get(k, k): iso(v) for k, v in row.items()} for row in query.dicts()]


def _b64(data: bytes | None) -> str | None:
    return base64.b64encode(bytes(data)).decode("ascii") if data is not None else None


def _photos(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``contact_photos``: each contact's picture as base64, fetched in batches. A list of its own, so that the
    contacts keep the exact shape of ``contacts_as_dicts`` (``search --json``), which says only ``has_photo``."""
    ids = [item["id"] for item in items if item["has_photo"]]
    photos: dict[int, bytes] = {}
    for chunk in id_batches(ids):
        query = Contact.select(Contact.id, Contact.photo).where(Contact.id.in_(chunk), Contact.photo.is_null(False))
        photos.update(query.tuples())
    return [{"contact_id": i, "data": _b64(photos[i])} for i in ids if i in photos]  # in the contacts' order


def _settings() -> dict[str, Any]:
    """Preferences stored with the data (rule cadences, weekly goals…), their JSON values decoded."""
    out: dict[str, Any] = {}
    for key, value in Setting.select(Setting.key, Setting.value).order_by(Setting.key).tuples():
        try:
            out[key] = json.loads(value)
        except ValueError:
            continue
    return out


def build_export() -> dict[str, Any]:
    """Everything in the database as one JSON-ready dictionary. Trashed contacts are listed under ``trash``.

    Enough to restore the data folder (``rapport import FILE.json``): pictures as base64 (``contact_photos``, the
    profile's ``photo``, ``contact_images``), the saved ``pitch_revisions`` and the stored ``settings``; the job
    search as ``opportunities``, ``documents`` (their files as base64) and ``documents_sent``
    (:mod:`app.core.opportunities.transfer`).
    """
    live_ids = [
        i for (i,) in Contact.select(Contact.id).where(Contact.deleted_at.is_null()).order_by(Contact.id).tuples()
    ]
    trashed_ids = [
        i for (i,) in Contact.select(Contact.id).where(Contact.deleted_at.is_null(False)).order_by(Contact.id).tuples()
    ]
    from app.core.opportunities.transfer import data_dir_of_database, export_lists  # issue 22

    profile = Profile.select().first()
    profile_dict = {}
    if profile is not None:
        profile_dict = {k: iso(v) for k, v in profile.__data__.items() if k not in ("id", "photo")}
        profile_dict["has_photo"] = profile.photo is not None
        profile_dict["photo"] = _b64(profile.photo)
    pitches = _rows(Pitch.select().order_by(Pitch.position, Pitch.id))
    links: dict[int, list[int]] = defaultdict(list)
    query = PitchContact.select(PitchContact.pitch, PitchContact.contact).order_by(PitchContact.id)
    for pitch_id, contact_id in query.tuples():
        links[pitch_id].append(contact_id)
    for pitch in pitches:
        pitch["contact_ids"] = links.get(pitch["id"], [])
    followups = _rows(
        FollowUp.select().order_by(FollowUp.due, FollowUp.id),
        rename={"contact": "contact_id", "source_interaction": "source_interaction_id"},
    )
    contacts = contacts_as_dicts(live_ids)
    trash = contacts_as_dicts(trashed_ids)
    images = _rows(
        ContactImage.select().order_by(ContactImage.contact, ContactImage.id), rename={"contact": "contact_id"}
    )
    for image in images:
        image["data"] = _b64(image["data"])
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": iso(dt.datetime.now().replace(microsecond=0)),
        "generator": f"Rapport {__version__}",
        "profile": profile_dict,
        "contacts": contacts,
        "trash": trash,
        "circles": _rows(Circle.select().order_by(Circle.position, Circle.id)),
        "companies": _rows(Company.select().order_by(Company.name)),
        "interactions": _rows(
            Interaction.select().order_by(Interaction.occurred_at, Interaction.id),
            rename={"contact": "contact_id", "other_contact": "other_contact_id"},
        ),
        "ledger": _rows(
            LedgerEntry.select().order_by(LedgerEntry.occurred_at, LedgerEntry.id),
            rename={"contact": "contact_id", "interaction": "interaction_id"},
        ),
        "followups": followups,
        "pitches": pitches,
        "pitch_revisions": _rows(
            PitchRevision.select().order_by(PitchRevision.pitch, PitchRevision.saved_at, PitchRevision.id),
            rename={"pitch": "pitch_id"},
        ),
        "rehearsals": _rows(
            Rehearsal.select().order_by(Rehearsal.started_at, Rehearsal.id), rename={"pitch": "pitch_id"}
        ),
        "templates": _rows(Template.select().order_by(Template.position, Template.id)),
        "research": _rows(ContactResearch.select().order_by(ContactResearch.contact), rename={"contact": "contact_id"}),
        "contact_photos": _photos(contacts + trash),
        "contact_images": images,
        "settings": _settings(),
        **export_lists(data_dir_of_database(Contact._meta.database)),  # opportunities, documents, documents_sent
    }


def write_json(data: Any, out: IO[str]) -> None:
    """Readable, Unicode as written (no \\u escapes), stable key order."""
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


def export_json(out: IO[str]) -> int:
    """Write the whole database to ``out``; returns the number of contacts written."""
    data = build_export()
    write_json(data, out)
    return len(data["contacts"])
