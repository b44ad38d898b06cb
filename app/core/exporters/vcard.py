"""vCard export: 3.0 by default (what every address book reads), 4.0 on request (RFC 6350).

One card per live contact (the trash is not exported), sorted by name: UID (the contact's stable uid), N, FN, ORG,
TITLE, EMAIL, TEL, ADR, URL (LinkedIn), NOTE, CATEGORIES (circles), PHOTO, REV, and X-RAPPORT-HOW-MET /
X-RAPPORT-WHY-CONNECT so a Rapport-to-Rapport move keeps them. Labels that are vCard types (home, work, mobile…)
become TYPE parameters; any other label uses Apple's ``itemN.X-ABLabel`` grouping, which Apple, Google and khard
understand. Text is escaped as the version requires, lines are folded at 75 octets (never inside a UTF-8
character) and end with CRLF. Contacts are read in batches through :func:`json_export.contacts_as_dicts`.
"""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Iterable
from typing import IO, Any

from app import __version__
from app.core.exporters.json_export import contacts_as_dicts
from app.models import Contact

VERSIONS = ("3.0", "4.0")
_BATCH = 500
_EMAIL_TYPES = {"home": "home", "work": "work", "personal": "home", "business": "work", "office": "work"}
_TEL_TYPES = {
    "home": ["home"],
    "work": ["work"],
    "office": ["work"],
    "business": ["work"],
    "mobile": ["cell"],
    "cell": ["cell"],
    "cellular": ["cell"],
    "fax": ["fax"],
    "home fax": ["home", "fax"],
    "work fax": ["work", "fax"],
    "pager": ["pager"],
    "voice": ["voice"],
}
_ADR_TYPES = {"home": "home", "work": "work", "business": "work", "office": "work"}


def escape(text: str) -> str:
    """TEXT escaping of RFC 2426/6350: backslash, newline, comma, semicolon."""
    return (
        (text or "")
        .replace("\\", "\\\\")
        .replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\n", "\\n")
        .replace(",", "\\,")
        .replace(";", "\\;")
    )


def fold(line: str) -> str:
    """``line`` + CRLF, folded so that no physical line is longer than 75 octets."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line + "\r\n"
    parts, start, limit = [], 0, 75
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:  # do not cut a UTF-8 sequence
            end -= 1
        parts.append(data[start:end].decode("utf-8"))
        start, limit = end, 74  # continuation lines start with a space
    return "\r\n ".join(parts) + "\r\n"


def _image_type(photo: bytes) -> str:
    if photo.startswith(b"\x89PNG"):
        return "png"
    if photo.startswith(b"GIF8"):
        return "gif"
    return "jpeg"


class _Card:
    def __init__(self, version: str):
        self.version = version
        self.lines: list[str] = []
        self.group = 0

    def add(self, name: str, value: str, params: Iterable[str] = (), label: str = "") -> None:
        params = list(params)
        prefix = ""
        if label:
            self.group += 1
            prefix = f"item{self.group}."
        head = prefix + name + "".join(f";{p}" for p in params)
        self.lines.append(fold(f"{head}:{value}"))
        if label:
            self.lines.append(fold(f"{prefix}X-ABLabel:{escape(label)}"))

    def types(self, types: list[str], primary: bool) -> list[str]:
        """TYPE (and PREF) parameters in this version's spelling."""
        if self.version == "3.0":
            values = types + (["pref"] if primary else [])
            return [f"TYPE={','.join(values)}"] if values else []
        params = []
        if len(types) == 1:
            params.append(f"TYPE={types[0]}")
        elif types:
            params.append(f'TYPE="{",".join(types)}"')
        if primary:
            params.append("PREF=1")
        return params


def card_text(contact: dict[str, Any], version: str = "3.0", photo: bytes | None = None) -> str:
    """One contact (as :func:`contacts_as_dicts` gives it) as a vCard."""
    if version not in VERSIONS:
        raise ValueError(f"vCard version must be one of {VERSIONS}")
    card = _Card(version)
    card.lines.append("BEGIN:VCARD\r\n")
    card.add("VERSION", version)
    card.add("PRODID", f"-//Rapport//Rapport {__version__}//EN")
    card.add("UID", f"urn:uuid:{contact['uid']}" if version == "4.0" else contact["uid"])
    card.add("N", f"{escape(contact['family_name'])};{escape(contact['given_name'])};;;")
    card.add("FN", escape(contact["display_name"]))
    if contact["company"]:
        card.add("ORG", escape(contact["company"]))
    if contact["title"]:
        card.add("TITLE", escape(contact["title"]))
    for email in contact["emails"]:
        label = (email["label"] or "").strip()
        known = _EMAIL_TYPES.get(label.lower())
        types = [known] if known else []
        if version == "3.0":
            types = ["internet", *types]
        card.add(
            "EMAIL", escape(email["value"]), card.types(types, email["primary"]), "" if known or not label else label
        )
    for phone in contact["phones"]:
        label = (phone["label"] or "").strip()
        known = _TEL_TYPES.get(label.lower())
        params = card.types(list(known or []), phone["primary"])
        if version == "4.0" and phone.get("e164"):
            card.add("TEL", f"tel:{phone['e164']}", ["VALUE=uri", *params], "" if known or not label else label)
        else:
            card.add("TEL", escape(phone["value"]), params, "" if known or not label else label)
    for address in contact["addresses"]:
        label = (address["label"] or "").strip()
        known = _ADR_TYPES.get(label.lower())
        parts = [
            "",
            "",
            address["street"],
            address["locality"],
            address["region"],
            address["postal_code"],
            address["country"],
        ]
        params = card.types([known] if known else [], address["primary"])
        card.add("ADR", ";".join(escape(p) for p in parts), params, "" if known or not label else label)
    if contact["linkedin_url"]:
        card.add("URL", contact["linkedin_url"], [], "LinkedIn")
    if contact["notes"]:
        card.add("NOTE", escape(contact["notes"]))
    if contact["circles"]:
        card.add("CATEGORIES", ",".join(escape(c) for c in contact["circles"]))
    if contact["how_met"]:
        card.add("X-RAPPORT-HOW-MET", escape(contact["how_met"]))
    if contact["why_connect"]:
        card.add("X-RAPPORT-WHY-CONNECT", escape(contact["why_connect"]))
    if photo:
        encoded = base64.b64encode(photo).decode("ascii")
        kind = _image_type(photo)
        if version == "4.0":
            card.add("PHOTO", f"data:image/{kind};base64,{encoded}")
        else:
            card.add("PHOTO", encoded, ["ENCODING=b", f"TYPE={kind.upper()}"])
    updated = contact.get("updated_at")
    if updated:
        card.add("REV", dt.datetime.fromisoformat(updated).strftime("%Y%m%dT%H%M%S"))
    card.lines.append("END:VCARD\r\n")
    return "".join(card.lines)


def live_contact_ids() -> list[int]:
    query = (
        Contact.select(Contact.id)
        .where(Contact.deleted_at.is_null())
        .order_by(Contact.display_name, Contact.id)
        .tuples()
    )
    return [i for (i,) in query]


def _photos(ids: list[int]) -> dict[int, bytes]:
    query = Contact.select(Contact.id, Contact.photo).where(Contact.id.in_(ids), Contact.photo.is_null(False))
    return {cid: bytes(photo) for cid, photo in query.tuples()}


def export_vcard(out: IO[str], version: str = "3.0") -> int:
    """Write every live contact to ``out`` as vCards; returns how many."""
    ids = live_contact_ids()
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start : start + _BATCH]
        photos = _photos(chunk)
        for contact in contacts_as_dicts(chunk):
            out.write(card_text(contact, version, photos.get(contact["id"])))
    return len(ids)


def export_vcard4(out: IO[str]) -> int:
    return export_vcard(out, "4.0")
