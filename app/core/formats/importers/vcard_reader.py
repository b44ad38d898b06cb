"""vCard 2.1, 3.0 and 4.0 files (phones, Apple Contacts, Google, Outlook, Thunderbird, Evolution, Nextcloud…) → rows.

Mapping, in the card's order:
- FN → display name; N → family, given, middle (additional names), prefix and suffix; NICKNAME → nickname;
- ORG → company and department (further units joined with "; "); TITLE (else ROLE) → title;
- EMAIL, TEL, ADR with their TYPEs, ``PREF`` and Apple's ``itemN.X-ABLabel`` labels;
- BDAY → birthday; ANNIVERSARY, X-ANNIVERSARY, X-EVOLUTION-ANNIVERSARY → anniversary; Apple's ``itemN.X-ABDATE``
  with its label (``_$!<Anniversary>!$_`` → anniversary, any other label → a dated event of that name). Year
  optional: ``--0412``, ``--04-12``, Apple's ``X-APPLE-OMIT-YEAR``; date-times give their day;
- URL → websites with their label (a LinkedIn address fills the LinkedIn field); IMPP and the older X-JABBER,
  X-SKYPE, X-AIM… → IM handles with their service; X-SOCIALPROFILE / SOCIALPROFILE → social handles (LinkedIn fills
  the LinkedIn field);
- NOTE → notes; CATEGORIES → circles; PHOTO (base64 or a ``data:`` URI) → photo; UID → the contact's stable id;
- Rapport's own X-RAPPORT-STAGE, -TIE, -INVITATION, -INVITATION-DATE, -HOW-MET, -WHY-CONNECT, -KEEP-IN-TOUCH,
  -KEEP-IN-TOUCH-MAX, -SOURCE and -REFERRED-BY (the referrer's UID, resolved by the import engine).

Every other property (GEO, TZ, GENDER, KIND, ROLE beside a TITLE, LOGO, KEY, X-ABRELATEDNAMES, X-MS-*, a PHOTO that is
a web link…) is kept verbatim as its unfolded content line, with the X-ABLabel of its group when that group holds
only kept properties; Apple-style ``itemN`` groups are renumbered from 1 so the stored lines do not depend on where
the card came from. What the export regenerates (VERSION, PRODID, REV, FN, N, UID) is not kept. Quoted-printable
values are stored decoded, escaped as vCard 3.0/4.0 text.

An odd value never drops its person: a date that cannot be read becomes a note line and a warning, other values go
to their fields and the contacts service's lenient validation keeps what does not fit.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from app.core.contacts.contact_data import (
    AddressEntry,
    ContactData,
    DateEntry,
    EmailEntry,
    HandleEntry,
    PhoneEntry,
    WebsiteEntry,
)
from app.core.formats.importers.rows import MAX_PHOTO_BYTES, ImportRow, circle_names, is_linkedin
from app.core.formats.importers.vcard_kept import REGENERATED, kept_lines
from app.core.formats.importers.vcard_lines import Card, Property, decode_base64, read_cards, split_unescaped, unescape
from app.models import SOURCES

FORMAT = "vcard"
_BEGIN = re.compile(r"^[ \t]*(?:[A-Za-z0-9-]+\.)?BEGIN[ \t]*:[ \t]*VCARD[ \t]*$", re.IGNORECASE | re.MULTILINE)
_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
GENERIC_TYPES = frozenset(
    {
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
)
TYPE_LABELS = {"cell": "mobile", "iphone": "mobile", "main": "main", "fax": "fax", "pager": "pager"}
# Evolution's own phone types (TYPE=X-EVOLUTION-ASSISTANT…), as the label they stand for.
EVOLUTION_TYPES = {
    "x-evolution-assistant": "assistant",
    "x-evolution-callback": "callback",
    "x-evolution-company": "company",
    "x-evolution-radio": "radio",
    "x-evolution-telex": "telex",
    "x-evolution-tty": "tty",
}
MAX_UID = 200
MAX_LABEL = 60

# Not kept: regenerated on export, or the label of a group whose property Rapport maps.
_ANNIVERSARIES = frozenset({"ANNIVERSARY", "X-ANNIVERSARY", "X-EVOLUTION-ANNIVERSARY"})
# The IM properties of vCard 3.0 days (Evolution, KDE, Apple before IMPP) → service names (Apple's, lower case).
IM_PROPERTIES = {
    "X-JABBER": "jabber",
    "X-SKYPE": "skype",
    "X-SKYPE-USERNAME": "skype",
    "X-AIM": "aim",
    "X-ICQ": "icq",
    "X-MSN": "msn",
    "X-YAHOO": "yahoo",
    "X-GOOGLE-TALK": "googletalk",
    "X-GTALK": "googletalk",
    "X-GADUGADU": "gadugadu",
    "X-QQ": "qq",
}
# IMPP URI schemes → service; the scheme is dropped from the stored handle (the export puts it back).
IM_SCHEMES = {
    "xmpp": "jabber",
    "skype": "skype",
    "aim": "aim",
    "icq": "icq",
    "msnim": "msn",
    "msn": "msn",
    "ymsgr": "yahoo",
    "gtalk": "googletalk",
    "gg": "gadugadu",
    "qq": "qq",
    "x-apple": "",
}
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_DATE = re.compile(
    r"^(?:(?P<year>\d{4})(?:-(?P<m1>\d{1,2})-(?P<d1>\d{1,2})|(?P<m2>\d{2})(?P<d2>\d{2}))"
    r"|--(?:(?P<m3>\d{1,2})-(?P<d3>\d{1,2})|(?P<m4>\d{2})(?P<d4>\d{2})))"
    r"(?:T[0-9:.,+\-Z]*)?$",
    re.IGNORECASE,
)
_NO_YEAR = {0, 1604}  # 0000-04-12 (some phones) and Apple's 1604 mean "year unknown"
_DATE_NOTE_LABELS = {"birthday": "Birthday", "anniversary": "Anniversary", "other": "Date"}
_INT = re.compile(r"^\s*\d{1,9}\s*$")


def looks_like_vcard(text: str) -> bool:
    return _BEGIN.search(text[:65536]) is not None


def _text(prop: Property | None, version: str) -> str:
    return unescape(prop.value, version).strip() if prop is not None else ""


def _components(prop: Property | None, version: str) -> list[str]:
    if prop is None:
        return []
    return [unescape(part, version).strip() for part in split_unescaped(prop.value, ";")]


def _name_part(part: str, version: str) -> str:
    """One N component: 3.0/4.0 allow a comma list (``Hans,Peter``), read as the names with spaces between."""
    if version == "2.1":
        return unescape(part, version).strip()
    values = [unescape(v, version).strip() for v in split_unescaped(part, ",")]
    return " ".join(v for v in values if v)


def apple_label(text: str) -> str:
    """``_$!<Other>!$_`` → ``Other``; any other label as written."""
    match = _APPLE_LABEL.match(text)
    return match.group(1) if match else text


def _group_labels(card: Card) -> dict[str, str]:
    """The raw X-ABLabel text of each group (Apple's ``_$!<…>!$_`` wrapper still on)."""
    out = {}
    for prop in card.all("X-ABLABEL"):
        if prop.group and prop.group not in out:
            out[prop.group] = unescape(prop.value, card.version or "3.0").strip()
    return out


def label_of_types(types: list[str]) -> str:
    """The label Rapport gives a value with these (lower-case) TYPE parameters and no X-ABLabel."""
    specific = [t for t in types if t not in GENERIC_TYPES and not t.startswith("x-")]
    if not specific:
        return next((EVOLUTION_TYPES[t] for t in types if t in EVOLUTION_TYPES), "")
    if "fax" in specific:
        kind = next((t for t in specific if t in ("home", "work")), "")
        return f"{kind} fax".strip()
    first = specific[0]
    return TYPE_LABELS.get(first, first)


def _is_primary(prop: Property) -> bool:
    return "pref" in prop.types or bool(prop.params.get("PREF"))


def _phone_value(prop: Property, version: str) -> str:
    value = _text(prop, version)
    if value.lower().startswith("tel:"):
        number, _, rest = value[4:].partition(";")
        extension = next((p[4:] for p in rest.split(";") if p.lower().startswith("ext=")), "")
        value = f"{number} ext. {extension}" if extension else number
    return value


def _uri(prop: Property) -> str:
    """A URI value: Google escapes ``:`` and ``,`` in URLs whatever the version, so 3.0 unescaping always."""
    return unescape(prop.value, "3.0").strip()


@dataclass
class _Reader:
    """Reads one card into a row, keeping track of which properties were used (the rest is kept verbatim)."""

    card: Card
    row: ImportRow
    data: ContactData = field(default_factory=lambda: ContactData(source="vcard"))
    used: set[int] = field(default_factory=set)
    labels: dict[str, str] = field(default_factory=dict)
    web_photo: bool = False  # a PHOTO that is a web link was met
    # Gathered while reading and put into ``data`` at the end: sets keep a hostile card of a million NICKNAME,
    # BDAY or CATEGORIES lines linear.
    nicknames: dict[str, None] = field(default_factory=dict)
    dates: dict[tuple, None] = field(default_factory=dict)
    categories: list[str] = field(default_factory=list)
    notes: dict[str, None] = field(default_factory=dict)
    has_title: bool = False

    @property
    def version(self) -> str:
        return self.card.version or "3.0"

    def use(self, prop: Property) -> None:
        self.used.add(id(prop))

    def label(self, prop: Property) -> str:
        """The group's X-ABLabel (Apple wrapper removed), else the label of its TYPEs."""
        if prop.group in self.labels:
            return apple_label(self.labels[prop.group])[:MAX_LABEL]
        return label_of_types(prop.types)

    def warn_note(self, label: str, raw: str, reason: str) -> None:
        """A value with no field it fits: kept as the note line ``label: raw``, with a warning."""
        self.notes[f"{label}: {raw}"] = None
        shown = " ".join(raw.split())
        shown = shown if len(shown) <= 60 else shown[:59] + "…"
        self.row.warnings.append(f'kept "{shown}" as a note: {reason}')


def read_date(prop: Property, version: str) -> tuple[int | None, int, int] | None:
    """(year or None, month, day) of a BDAY/ANNIVERSARY/X-ABDATE value, or None when it is not a day of the year."""
    text = unescape(prop.value, version).strip()
    match = _DATE.match(text)
    if match is None:
        return None
    parts = match.groupdict()
    month = next(int(parts[k]) for k in ("m1", "m2", "m3", "m4") if parts[k] is not None)
    day = next(int(parts[k]) for k in ("d1", "d2", "d3", "d4") if parts[k] is not None)
    year = int(parts["year"]) if parts["year"] is not None else None
    omit = prop.param("X-APPLE-OMIT-YEAR").strip()
    if year is not None and (year in _NO_YEAR or (omit.isdigit() and int(omit) == year)):
        year = None
    try:
        dt.date(year if year is not None else 2000, month, day)  # 2000: a leap year, so 29 February is a day
    except ValueError:
        return None
    return year, month, day


def _date(reader: _Reader, prop: Property, kind: str, label: str = "") -> None:
    parsed = read_date(prop, reader.version)
    if parsed is None:
        raw = unescape(prop.value, reader.version).strip()
        if raw:
            reader.warn_note(label or _DATE_NOTE_LABELS[kind], raw, "not a date")
        return
    year, month, day = parsed
    reader.dates[(month, day, year, kind, label)] = None


def _abdate(reader: _Reader, prop: Property) -> None:
    raw_label = reader.labels.get(prop.group, "")
    if raw_label == "_$!<Anniversary>!$_":
        _date(reader, prop, "anniversary")
    else:
        _date(reader, prop, "other", apple_label(raw_label)[:MAX_LABEL])


def _im_service_and_value(prop: Property, value: str) -> tuple[str, str]:
    service = (prop.param("X-SERVICE-TYPE") or prop.param("SERVICE-TYPE")).strip().lower()
    match = _SCHEME.match(value)
    if match and match.group(1).lower() in IM_SCHEMES:
        scheme = match.group(1).lower()
        value = value[match.end() :]
        if scheme == "msnim" and value.lower().startswith("chat?contact="):
            value = value[len("chat?contact=") :]
        service = service or IM_SCHEMES[scheme]
    return service, value


def _social(reader: _Reader, prop: Property) -> None:
    value = _uri(prop)
    if not value:
        return
    service = (prop.param("SERVICE-TYPE") or prop.param("X-SERVICE-TYPE")).strip().lower()
    if not service:
        service = next((t for t in prop.types if t not in GENERIC_TYPES), "")
    if value.lower().startswith("x-apple:"):
        value = value[len("x-apple:") :]
    data = reader.data
    if service == "linkedin" or is_linkedin(value):
        if not data.linkedin_url:
            data.linkedin_url = value
            return
        if data.linkedin_url.rstrip("/") == value.rstrip("/"):
            return
    label = apple_label(reader.labels.get(prop.group, ""))[:MAX_LABEL]
    data.handles.append(HandleEntry(value, service, label, "social"))


def _url(reader: _Reader, prop: Property) -> None:
    url = _uri(prop)
    if not url:
        return
    label = reader.label(prop)
    data = reader.data
    if is_linkedin(url) or label.lower() == "linkedin":
        if not data.linkedin_url:
            data.linkedin_url = url
            return
        if data.linkedin_url.rstrip("/") == url.rstrip("/"):
            return
    data.websites.append(WebsiteEntry(url, label))


def _photo(reader: _Reader, prop: Property) -> bool:
    """Fill the photo from ``prop``; False when the property is to be kept as it is (a web link, undecodable)."""
    value = prop.value.strip()
    encoding = {e.upper() for e in prop.params.get("ENCODING", [])}
    if value.lower().startswith("data:"):
        meta, _, payload = value.partition(",")
        data = decode_base64(payload) if ";base64" in meta.lower() else None
    elif encoding & {"B", "BASE64"}:
        data = decode_base64(value)
    else:  # a web link: Rapport works offline and does not fetch it, but keeps it for the export
        reader.web_photo = True
        return False
    if not data:
        reader.row.warnings.append("the photo could not be decoded; it is kept in the card as it was")
        return False
    if len(data) > MAX_PHOTO_BYTES:
        size = f"{len(data) / (1024 * 1024):.1f} MB"
        reader.row.warnings.append(
            f"the photo ({size}) is larger than {MAX_PHOTO_BYTES // 1024} KB and was left out; "
            "choose a smaller one in the contact's form"
        )
        return True
    reader.data.photo = data
    return True


def _rapport(reader: _Reader, prop: Property) -> bool:
    """Rapport's own X-RAPPORT-* networking fields; False for one this version does not know (kept verbatim)."""
    data, text = reader.data, _text(prop, reader.version)
    name = prop.name[len("X-RAPPORT-") :]
    if name == "SOURCE":  # an unknown source would fall back to "manual": this person came from a vCard
        if text.lower() in SOURCES:
            data.source = text.lower()
        elif text:
            reader.warn_note("Source", text, f"must be one of {', '.join(SOURCES)}")
    elif name in ("STAGE", "TIE"):
        if text:
            setattr(data, name.lower(), text.lower())
    elif name == "INVITATION":
        if text:
            data.invitation_status = text.lower()
    elif name == "INVITATION-DATE":
        try:
            data.invitation_date = dt.date.fromisoformat(text[:10]) if text else None
        except ValueError:
            reader.warn_note("Invitation date", text, "not a date")
    elif name == "HOW-MET":
        data.how_met = text
    elif name == "WHY-CONNECT":
        data.why_connect = text
    elif name in ("KEEP-IN-TOUCH", "KEEP-IN-TOUCH-MAX"):
        attribute = "keep_in_touch_days" if name == "KEEP-IN-TOUCH" else "keep_in_touch_max_days"
        if text:  # a number of days; anything else goes to validation, which keeps it as a note
            setattr(data, attribute, int(text) if _INT.match(text) else text)
    elif name == "REFERRED-BY":
        uid = text[9:] if text.lower().startswith("urn:uuid:") else text
        reader.row.referred_by_uid = uid if len(uid) <= MAX_UID else ""
    else:
        return False
    return True


def _map(reader: _Reader, prop: Property, seen: set[str]) -> bool:
    """Put ``prop`` into its field; False when Rapport has no field for it (then it is kept verbatim)."""
    data, version, name = reader.data, reader.version, prop.name
    first = name not in seen
    seen.add(name)
    if name == "FN" and not first:
        return False  # vCard 4.0 allows one FN per language (FN;LANGUAGE=ja…): the others are kept
    if name in REGENERATED:
        return True
    if name == "NICKNAME":
        values = [unescape(v, version).strip() for v in split_unescaped(prop.value, ",")]
        if version == "2.1":
            values = [_text(prop, version)]
        reader.nicknames.update((v, None) for v in values if v)
    elif name == "ORG":
        if not first:
            return False
        org = _components(prop, version)  # 2.1: split at ";" only, commas are text
        data.company = org[0] if org else ""
        data.department = "; ".join(unit for unit in org[1:] if unit)
    elif name == "TITLE":
        if not first:
            return False
        data.title = _text(prop, version)
    elif name == "ROLE":
        if reader.has_title or not first:
            return False
        data.title = _text(prop, version)
    elif name == "NOTE":
        pass  # read before the other properties (card_to_row), so that notes about odd values come after them
    elif name == "EMAIL":
        value = _text(prop, version)
        if value.lower().startswith("mailto:"):
            value = value[7:]
        if value:
            data.emails.append(EmailEntry(value, reader.label(prop), _is_primary(prop)))
    elif name == "TEL":
        value = _phone_value(prop, version)
        if value:
            data.phones.append(PhoneEntry(value, reader.label(prop), _is_primary(prop)))
    elif name == "ADR":
        parts = _components(prop, version) + [""] * 7
        po_box, extended, street = parts[0], parts[1], parts[2]
        address = AddressEntry(
            label=reader.label(prop),
            street="\n".join(p for p in (street, extended, po_box and f"PO Box {po_box}") if p),
            locality=parts[3],
            region=parts[4],
            postal_code=parts[5],
            country=parts[6],
            primary=_is_primary(prop),
        )
        if not address.is_empty():
            data.addresses.append(address)
    elif name == "BDAY":
        _date(reader, prop, "birthday", apple_label(reader.labels.get(prop.group, ""))[:MAX_LABEL])
    elif name in _ANNIVERSARIES:
        _date(reader, prop, "anniversary", apple_label(reader.labels.get(prop.group, ""))[:MAX_LABEL])
    elif name == "X-ABDATE":
        _abdate(reader, prop)
    elif name == "URL":
        _url(reader, prop)
    elif name == "IMPP" or name in IM_PROPERTIES:
        raw = _uri(prop) if name == "IMPP" else _text(prop, version)
        service, value = _im_service_and_value(prop, raw)
        if name in IM_PROPERTIES:
            service = IM_PROPERTIES[name]
        if value:
            data.handles.append(HandleEntry(value, service, reader.label(prop), "im"))
    elif name in ("X-SOCIALPROFILE", "SOCIALPROFILE"):
        _social(reader, prop)
    elif name == "CATEGORIES":
        reader.categories += [unescape(c, version) for c in split_unescaped(prop.value, ",")]
    elif name == "PHOTO":
        if data.photo is not None:
            return False
        return _photo(reader, prop)
    elif name.startswith("X-RAPPORT-"):
        return _rapport(reader, prop)
    else:
        return False
    return True


def card_to_row(card: Card) -> ImportRow:
    row = ImportRow(card.line, warnings=list(card.warnings))
    if card.problem:
        row.problem = card.problem
        return row
    reader = _Reader(card, row, labels=_group_labels(card))
    version = reader.version
    data = reader.data
    data.display_name = _text(card.first("FN"), version)
    data.notes = "\n".join(note for p in card.all("NOTE") if (note := _text(p, version)))
    name_prop = card.first("N")
    if name_prop is not None:
        parts = [_name_part(p, version) for p in split_unescaped(name_prop.value, ";")] + [""] * 5
        data.family_name, data.given_name, data.middle_name, data.name_prefix, data.name_suffix = parts[:5]
    reader.has_title = card.first("TITLE") is not None
    seen: set[str] = set()
    for prop in card.properties:
        if _map(reader, prop, seen):
            reader.use(prop)
    data.nickname = ", ".join(reader.nicknames)
    data.dates = [DateEntry(*key) for key in reader.dates]
    data.circles = circle_names(list(dict.fromkeys(reader.categories)))
    present = set(data.notes.split("\n"))
    extra = [line for line in reader.notes if line not in present]
    data.notes = "\n".join(([data.notes] if data.notes else []) + extra)
    data.vcard_properties = kept_lines(card, reader.used)
    if reader.web_photo and data.photo is None:
        row.warnings.append(
            "the photo is a web link; Rapport works offline and did not download it (the link is kept for export)"
        )
    uid = _text(card.first("UID"), version)
    if uid.lower().startswith("urn:uuid:"):
        uid = uid[9:]
    row.uid = uid if len(uid) <= MAX_UID else ""
    row.data = data
    return row


def rows(text: str) -> Iterator[ImportRow]:
    for card in read_cards(text):
        yield card_to_row(card)
