"""vCard 2.1, 3.0 and 4.0 files (phones, Apple Contacts, Google, Outlook, Thunderbird, Nextcloud…) → import rows.

Mapping: FN → display name; N → family/given (additional names join the given name); ORG → company (its department
goes to the notes); TITLE (else ROLE) → title; EMAIL/TEL/ADR with their TYPEs, ``PREF`` and Apple's
``itemN.X-ABLabel`` labels; URL or X-SOCIALPROFILE pointing at LinkedIn → LinkedIn URL (other web addresses,
BDAY and NICKNAME go to the notes); NOTE → notes; CATEGORIES → circles; PHOTO (base64 or a ``data:`` URI; web
links are not fetched: Rapport works offline); UID → the contact's stable id. Rapport's own export adds
X-RAPPORT-HOW-MET and X-RAPPORT-WHY-CONNECT, read back here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.core.contacts import AddressEntry, ContactData, EmailEntry, PhoneEntry
from app.core.importers.rows import MAX_PHOTO_BYTES, ImportRow, add_note, circle_names, is_linkedin, size_problem
from app.core.importers.vcard_lines import Card, Property, decode_base64, read_cards, split_unescaped, unescape

FORMAT = "vcard"
_BEGIN = re.compile(r"^[ \t]*BEGIN[ \t]*:[ \t]*VCARD[ \t]*$", re.IGNORECASE | re.MULTILINE)
_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
_GENERIC_TYPES = {
    "internet",
    "pref",
    "voice",
    "x400",
    "msg",
    "bbs",
    "modem",
    "video",
    "postal",
    "parcel",
    "dom",
    "intl",
    "text",
    "textphone",
}
_TYPE_LABELS = {"cell": "mobile", "iphone": "mobile", "main": "main", "fax": "fax", "pager": "pager"}
MAX_UID = 200


def looks_like_vcard(text: str) -> bool:
    return _BEGIN.search(text[:65536]) is not None


def _text(prop: Property | None, version: str) -> str:
    return unescape(prop.value, version).strip() if prop is not None else ""


def _components(prop: Property | None, version: str) -> list[str]:
    if prop is None:
        return []
    return [unescape(part, version).strip() for part in split_unescaped(prop.value, ";")]


def _labels(card: Card) -> dict[str, str]:
    """Apple's ``itemN.X-ABLabel`` names per group, without the ``_$!<…>!$_`` wrapper of built-in labels."""
    out = {}
    for prop in card.all("X-ABLABEL"):
        if prop.group:
            label = unescape(prop.value, card.version).strip()
            match = _APPLE_LABEL.match(label)
            out[prop.group] = (match.group(1) if match else label)[:60]
    return out


def _label_and_primary(prop: Property, labels: dict[str, str]) -> tuple[str, bool]:
    types = prop.types
    primary = "pref" in types or bool(prop.params.get("PREF"))
    if prop.group in labels:
        return labels[prop.group], primary
    specific = [t for t in types if t not in _GENERIC_TYPES and not t.startswith("x-")]
    if not specific:
        return "", primary
    if "fax" in specific:
        kind = next((t for t in specific if t in ("home", "work")), "")
        return f"{kind} fax".strip(), primary
    first = specific[0]
    return _TYPE_LABELS.get(first, first), primary


def _phone_value(prop: Property, version: str) -> str:
    value = _text(prop, version)
    if value.lower().startswith("tel:"):
        number, _, rest = value[4:].partition(";")
        extension = next((p[4:] for p in rest.split(";") if p.lower().startswith("ext=")), "")
        value = f"{number} ext. {extension}" if extension else number
    return value


def _photo(prop: Property, row: ImportRow) -> bytes | None:
    value = prop.value.strip()
    encoding = {e.upper() for e in prop.params.get("ENCODING", [])}
    if value.lower().startswith("data:"):
        meta, _, payload = value.partition(",")
        data = decode_base64(payload) if ";base64" in meta.lower() else None
    elif encoding & {"B", "BASE64"}:
        data = decode_base64(value)
    else:
        row.warnings.append("the photo is a web link; Rapport works offline and did not download it")
        return None
    if not data:
        row.warnings.append("the photo could not be decoded and was left out")
        return None
    if len(data) > MAX_PHOTO_BYTES:
        row.warnings.append(f"the photo is larger than {MAX_PHOTO_BYTES // 1024} KB and was left out")
        return None
    return data


def card_to_row(card: Card) -> ImportRow:
    row = ImportRow(card.line, warnings=list(card.warnings))
    if card.problem:
        row.problem = card.problem
        return row
    version = card.version or "3.0"
    labels = _labels(card)
    data = ContactData(source="vcard", display_name=_text(card.first("FN"), version))
    data.notes = "\n".join(_text(p, version) for p in card.all("NOTE") if _text(p, version))
    name = _components(card.first("N"), version)
    if name:
        name += [""] * (5 - len(name))
        data.family_name = name[0]
        data.given_name = " ".join(p for p in (name[1], name[2]) if p)
    org_prop = card.first("ORG")
    if org_prop is not None:
        org = _components(org_prop, version)  # 2.1: split at ";" only, commas are text
        data.company = org[0] if org else ""
        for department in org[1:]:
            add_note(data, "Department", department)
    data.title = _text(card.first("TITLE"), version) or _text(card.first("ROLE"), version)
    data.how_met = _text(card.first("X-RAPPORT-HOW-MET"), version)
    data.why_connect = _text(card.first("X-RAPPORT-WHY-CONNECT"), version)
    for prop in card.all("EMAIL"):
        value = _text(prop, version)
        if value.lower().startswith("mailto:"):
            value = value[7:]
        if value:
            label, primary = _label_and_primary(prop, labels)
            data.emails.append(EmailEntry(value, label, primary))
    for prop in card.all("TEL"):
        value = _phone_value(prop, version)
        if value:
            label, primary = _label_and_primary(prop, labels)
            data.phones.append(PhoneEntry(value, label, primary))
    for prop in card.all("ADR"):
        parts = _components(prop, version) + [""] * 7
        po_box, extended, street = parts[0], parts[1], parts[2]
        address = AddressEntry(
            label=_label_and_primary(prop, labels)[0],
            street="\n".join(p for p in (street, extended, po_box and f"PO Box {po_box}") if p),
            locality=parts[3],
            region=parts[4],
            postal_code=parts[5],
            country=parts[6],
            primary=_label_and_primary(prop, labels)[1],
        )
        if not address.is_empty():
            data.addresses.append(address)
    for prop in card.all("URL") + card.all("X-SOCIALPROFILE"):
        url = unescape(prop.value, "3.0").strip()  # Google escapes ':' in URLs whatever the version
        social = prop.name == "X-SOCIALPROFILE" and "linkedin" in prop.types
        if url and (social or is_linkedin(url) or labels.get(prop.group, "").lower() == "linkedin"):
            data.linkedin_url = data.linkedin_url or url
        elif prop.name == "URL":
            add_note(data, "Website", url)
    categories = []
    for prop in card.all("CATEGORIES"):
        categories += [unescape(c, version) for c in split_unescaped(prop.value, ",")]
    data.circles = circle_names(categories)
    add_note(data, "Birthday", _text(card.first("BDAY"), version))
    add_note(data, "Nickname", _text(card.first("NICKNAME"), version))
    photo = card.first("PHOTO")
    if photo is not None:
        data.photo = _photo(photo, row)
    uid = _text(card.first("UID"), version)
    if uid.lower().startswith("urn:uuid:"):
        uid = uid[9:]
    row.uid = uid if len(uid) <= MAX_UID else ""
    row.data = data
    row.problem = size_problem(data)
    return row


def rows(text: str) -> Iterator[ImportRow]:
    for card in read_cards(text):
        yield card_to_row(card)
