"""vCard export: 3.0 by default (what every address book reads), 4.0 on request (RFC 6350). Loses nothing.

One card per live contact (the trash is not exported), sorted by name: UID (the contact's stable uid, the same text in
both versions), N with all five parts, FN, NICKNAME, ORG with the department, TITLE, BDAY / ANNIVERSARY and other
dated events, EMAIL, TEL, ADR, URL (LinkedIn and the websites), IMPP, X-SOCIALPROFILE, NOTE, CATEGORIES (circles),
Rapport's networking fields as X-RAPPORT-* properties (stage, tie, invitation and its date, how met, why connect,
keep in touch, source, and who referred them as that person's UID), the properties an import kept verbatim, PHOTO
and REV (UTC).

Labels that are vCard types (home, work, mobile…) become TYPE parameters; a label the types would not give back
exactly (a custom one, "Work" rather than "work") also gets Apple's ``itemN.X-ABLabel``, which Apple, Google and
khard understand. Dates: 4.0 writes ``19850412`` / ``--0412``; 3.0 writes ``1985-04-12`` and, without a year,
Apple's ``1604-04-12`` with ``X-APPLE-OMIT-YEAR=1604``; an anniversary is ANNIVERSARY (4.0) or X-ANNIVERSARY (3.0),
another dated event Apple's ``itemN.X-ABDATE`` with its label. A 4.0 TEL is a ``tel:`` URI (with ``;ext=``) when that
gives back the number exactly as written, else the text. Kept properties keep their groups, renumbered after ours.
Text is escaped as the version requires, lines are folded at 75 octets (never inside a UTF-8 character) and end with
CRLF. Contacts are read in batches through :func:`json_export.contacts_as_dicts`.
"""

from __future__ import annotations

import base64
import datetime as dt
import re
from collections.abc import Iterable
from typing import IO, Any

from peewee import chunked

from app import __version__
from app.core.formats.exporters.json_export import contacts_as_dicts
from app.core.formats.importers.vcard_lines import ContentLineError, parse_content_line
from app.core.formats.importers.vcard_reader import IM_SCHEMES, label_of_types
from app.db import MAX_SQL_PARAMETERS
from app.models import Contact

VERSIONS = ("3.0", "4.0")
_EMAIL_TYPES = {"home": ["home"], "work": ["work"], "personal": ["home"], "business": ["work"], "office": ["work"]}
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
    "main": ["main"],
}
_PLACE_TYPES = {"home": ["home"], "work": ["work"], "business": ["work"], "office": ["work"]}
_IM_SCHEME_OF = {"jabber": "xmpp", "xmpp": "xmpp", "googletalk": "xmpp", "msn": "msnim", "yahoo": "ymsgr"}
_IM_SCHEME_OF |= {s: s for s in ("skype", "aim", "icq", "gg", "qq")} | {"gadugadu": "gg"}
_SERVICE_NAMES = {
    "jabber": "Jabber",
    "skype": "Skype",
    "aim": "AIM",
    "icq": "ICQ",
    "msn": "MSN",
    "yahoo": "Yahoo",
    "googletalk": "GoogleTalk",
    "gadugadu": "GaduGadu",
    "qq": "QQ",
    "facebook": "Facebook",
}
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_APPLE_NO_YEAR = 1604
_ITEM_GROUP = re.compile(r"^item\d+$", re.IGNORECASE)
_NOT_KEPT = frozenset({"BEGIN", "END", "VERSION", "PRODID", "UID", "N", "REV"})  # ours, written once


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


def escape_uri(text: str) -> str:
    """A URI value as written, with only what would break the line escaped (backslash, line breaks)."""
    return (text or "").replace("\\", "\\\\").replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def param(name: str, value: str) -> str:
    """``NAME=value``, quoted when the value holds ``, ; :`` (quotes and control characters dropped)."""
    value = "".join(ch for ch in value if ch != '"' and ord(ch) >= 32)
    return f'{name}="{value}"' if any(c in value for c in ",;:") else f"{name}={value}"


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


def _types_for(label: str, table: dict[str, list[str]]) -> tuple[list[str], bool]:
    """(TYPE values, whether an X-ABLabel is needed) for ``label``: the label is needed whenever the types alone
    would not read back as exactly this label."""
    label = (label or "").strip()
    types = list(table.get(label.lower(), []))
    return types, bool(label) and label_of_types(types) != label


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

    def types(self, types: list[str], primary: bool = False) -> list[str]:
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

    def labelled(
        self,
        name: str,
        value: str,
        label: str,
        table: dict[str, list[str]],
        primary: bool = False,
        extra: Iterable[str] = (),
        base_types: Iterable[str] = (),
    ) -> None:
        """A value with a label: TYPEs for what vCard can say, an X-ABLabel when they would not say it exactly."""
        types, needs_label = _types_for(label, table)
        params = [*extra, *self.types([*base_types, *types], primary)]
        self.add(name, value, params, label.strip() if needs_label else "")

    def kept(self, lines: list[str]) -> None:
        """Properties an import kept verbatim; their item groups renumbered after ours so they never collide."""
        renumbered: dict[str, str] = {}
        for line in lines:
            line = line.strip("\r\n").replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")
            try:
                name = parse_content_line(line, 0).name
            except ContentLineError:
                continue  # not a content line (it could not come from an import): it would break the card
            if name in _NOT_KEPT:
                continue
            head, sep, rest = line.partition(":")
            name_part = head.split(";", 1)
            group, dot, name = name_part[0].rpartition(".")
            if dot and _ITEM_GROUP.match(group):
                if group.lower() not in renumbered:
                    self.group += 1
                    renumbered[group.lower()] = f"item{self.group}"
                name_part[0] = f"{renumbered[group.lower()]}.{name}"
                line = ";".join(name_part) + sep + rest
            self.lines.append(fold(line))


def _date_value(entry: dict[str, Any], version: str) -> tuple[str, list[str]]:
    """(value, parameters) of a dated event in this version's form."""
    year, month, day = entry["year"], entry["month"], entry["day"]
    if version == "4.0":
        return (f"{year:04d}{month:02d}{day:02d}" if year is not None else f"--{month:02d}{day:02d}"), []
    if year is None:
        return f"{_APPLE_NO_YEAR:04d}-{month:02d}-{day:02d}", [f"X-APPLE-OMIT-YEAR={_APPLE_NO_YEAR}"]
    return f"{year:04d}-{month:02d}-{day:02d}", []


def _dates(card: _Card, dates: list[dict[str, Any]]) -> None:
    for entry in dates:
        value, params = _date_value(entry, card.version)
        label = (entry["label"] or "").strip()
        if entry["kind"] == "birthday":
            card.add("BDAY", value, params, label)
        elif entry["kind"] == "anniversary":
            card.add("ANNIVERSARY" if card.version == "4.0" else "X-ANNIVERSARY", value, params, label)
        else:  # Apple's labelled date; without a label it reads back as an unnamed date
            card.add("X-ABDATE", value, params, label)


def _phone(card: _Card, phone: dict[str, Any]) -> None:
    value, e164 = phone["value"], phone.get("e164") or ""
    if card.version == "4.0" and e164:
        number, _, extension = value.partition(" ext. ")
        if number == e164 and (not extension or extension.isalnum()):
            uri = f"tel:{e164}" + (f";ext={extension}" if extension else "")
            card.labelled("TEL", uri, phone["label"], _TEL_TYPES, phone["primary"], ["VALUE=uri"])
            return
    extra = ["VALUE=text"] if card.version == "4.0" else []
    card.labelled("TEL", escape(value), phone["label"], _TEL_TYPES, phone["primary"], extra)


def _handle(card: _Card, handle: dict[str, Any]) -> None:
    value, service = handle["value"], (handle["service"] or "").strip()
    shown = _SERVICE_NAMES.get(service.lower(), service)
    if handle["kind"] == "social":
        params = [param("TYPE", service.lower())] if service else []  # TYPE names the service here
        card.add("X-SOCIALPROFILE", escape_uri(value), params, (handle["label"] or "").strip())
        return
    scheme_match = _SCHEME.match(value)
    if scheme_match and scheme_match.group(0)[:-1].lower() not in IM_SCHEMES:
        uri = value  # already a URI of its own kind (sip:, matrix:, tel:…), kept as it is
    else:
        uri = f"{_IM_SCHEME_OF.get(service.lower(), 'x-apple')}:{value}"
    params = [param("X-SERVICE-TYPE", shown)] if shown else []
    card.labelled("IMPP", escape_uri(uri), handle["label"], _PLACE_TYPES, extra=params)


def _rev(updated: str, version: str) -> str:
    moment = dt.datetime.fromisoformat(updated)
    utc = (moment if moment.tzinfo else moment.astimezone()).astimezone(dt.UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%SZ" if version == "3.0" else "%Y%m%dT%H%M%SZ")


def _rapport_fields(card: _Card, contact: dict[str, Any], referrer_uid: str) -> None:
    """Rapport's networking fields, so a move between Rapport installs (or a sync) keeps them."""
    card.add("X-RAPPORT-STAGE", escape(contact["stage"]))
    card.add("X-RAPPORT-TIE", escape(contact["tie"]))
    card.add("X-RAPPORT-INVITATION", escape(contact["invitation_status"]))
    if contact.get("invitation_date"):
        card.add("X-RAPPORT-INVITATION-DATE", str(contact["invitation_date"])[:10])
    if contact["how_met"]:
        card.add("X-RAPPORT-HOW-MET", escape(contact["how_met"]))
    if contact["why_connect"]:
        card.add("X-RAPPORT-WHY-CONNECT", escape(contact["why_connect"]))
    if contact.get("keep_in_touch_days"):
        card.add("X-RAPPORT-KEEP-IN-TOUCH", str(contact["keep_in_touch_days"]))
    if contact.get("keep_in_touch_max_days"):
        card.add("X-RAPPORT-KEEP-IN-TOUCH-MAX", str(contact["keep_in_touch_max_days"]))
    card.add("X-RAPPORT-SOURCE", escape(contact["source"]))
    if referrer_uid:
        card.add("X-RAPPORT-REFERRED-BY", escape(referrer_uid))


def card_text(contact: dict[str, Any], version: str = "3.0", photo: bytes | None = None, referrer_uid: str = "") -> str:
    """One contact (as :func:`contacts_as_dicts` gives it) as a vCard; ``referrer_uid`` is the UID of the person
    who referred them (``contact["referred_by"]`` is only an id)."""
    if version not in VERSIONS:
        raise ValueError(f"vCard version must be one of {VERSIONS}")
    get = contact.get
    card = _Card(version)
    card.lines.append("BEGIN:VCARD\r\n")
    card.add("VERSION", version)
    card.add("PRODID", f"-//Rapport//Rapport {__version__}//EN")
    card.add("UID", escape(contact["uid"]))
    name = [get("family_name", ""), get("given_name", ""), get("middle_name", ""), get("name_prefix", "")]
    card.add("N", ";".join(escape(p or "") for p in [*name, get("name_suffix", "")]))
    card.add("FN", escape(contact["display_name"]))
    if get("nickname"):
        card.add("NICKNAME", escape(contact["nickname"]))
    department = get("department") or ""
    if contact["company"] or department:
        units = [u for u in department.split("; ") if u] if department else []
        card.add("ORG", ";".join(escape(u) for u in [contact["company"], *units]))
    if contact["title"]:
        card.add("TITLE", escape(contact["title"]))
    _dates(card, get("dates") or [])
    for email in contact["emails"]:
        base = ["internet"] if version == "3.0" else []
        card.labelled("EMAIL", escape(email["value"]), email["label"], _EMAIL_TYPES, email["primary"], base_types=base)
    for phone in contact["phones"]:
        _phone(card, phone)
    for address in contact["addresses"]:
        parts = [
            "",
            "",
            address["street"],
            address["locality"],
            address["region"],
            address["postal_code"],
            address["country"],
        ]
        card.labelled("ADR", ";".join(escape(p) for p in parts), address["label"], _PLACE_TYPES, address["primary"])
    if contact["linkedin_url"]:
        card.add("URL", escape_uri(contact["linkedin_url"]), [], "LinkedIn")
    for website in get("websites") or []:
        card.labelled("URL", escape_uri(website["value"]), website["label"], _PLACE_TYPES)
    for handle in get("handles") or []:
        _handle(card, handle)
    if contact["notes"]:
        card.add("NOTE", escape(contact["notes"]))
    if contact["circles"]:
        card.add("CATEGORIES", ",".join(escape(c) for c in contact["circles"]))
    _rapport_fields(card, contact, referrer_uid)
    card.kept(get("vcard_properties") or [])
    if photo:
        encoded = base64.b64encode(photo).decode("ascii")
        kind = _image_type(photo)
        if version == "4.0":
            card.add("PHOTO", f"data:image/{kind};base64,{encoded}")
        else:
            card.add("PHOTO", encoded, ["ENCODING=b", f"TYPE={kind.upper()}"])
    updated = get("updated_at")
    if updated:
        card.add("REV", _rev(updated, version))
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


def _uids(ids: Iterable[int]) -> dict[int, str]:
    wanted = sorted({i for i in ids if i is not None})
    out: dict[int, str] = {}
    for chunk in chunked(wanted, MAX_SQL_PARAMETERS):
        out.update(Contact.select(Contact.id, Contact.uid).where(Contact.id.in_(chunk)).tuples())
    return out


def export_vcard(out: IO[str], version: str = "3.0") -> int:
    """Write every live contact to ``out`` as vCards; returns how many."""
    ids = live_contact_ids()
    for chunk in chunked(ids, MAX_SQL_PARAMETERS):
        photos = _photos(chunk)
        people = contacts_as_dicts(chunk)
        referrers = _uids(p["referred_by"] for p in people)
        for contact in people:
            referrer = referrers.get(contact["referred_by"], "") if contact["referred_by"] is not None else ""
            out.write(card_text(contact, version, photos.get(contact["id"]), referrer))
    return len(ids)


def export_vcard4(out: IO[str]) -> int:
    return export_vcard(out, "4.0")
