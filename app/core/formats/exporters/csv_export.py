"""CSV export with Google Contacts' current header, so the file imports into Google (and most address books).

Columns: First/Middle/Last Name, Name Prefix/Suffix, Nickname, File As (the display name when it is not simply
"given family"), Organization Name/Title/Department, Birthday (``1985-04-12``, or Google's ``--04-12`` without a
year), Notes, Labels (circles, `` ::: ``-separated as Google writes them; a default circle the user never renamed
is written in the chosen language, like the ICS export's titles: :mod:`app.core.contacts.circle_names`; vCard and
JSON keep the stored names), then as many numbered groups as the
contact with the most needs: ``E-mail N - Label/Value``, ``Phone N - Label/Value``, ``Address N - …``, ``Website N -
Label/Value`` (the LinkedIn profile first, labelled "LinkedIn"), ``IM N - Label/Service/Value`` (a social profile
is labelled "Social" or "Social: label"), ``Event N - Label/Value`` (anniversaries and other dated events, a second
birthday too; "Anniversary: label" for a labelled one), and ``Custom Field N - Label/Value`` pairs for Rapport's
networking fields: How we met, Why connect, Stage, Tie, Invitation, Invitation date, Keep in touch (``30`` or
``30-90`` days), Source, UID, Referred by (UID) and the vCard properties Rapport keeps. The primary email/phone
carries Google's ``* `` label marker. Rapport's Google importer reads every one of them back. No picture: Google's
Photo column is a web address.

Cells that a spreadsheet would run as a formula (starting with ``=``, ``@``, or ``+``/``-`` not followed by a
digit; ``--04-12`` is a day) get a leading ``'``, the usual CSV-injection guard; Rapport's Google importer removes
it again, so a round trip gives the text back exactly.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Sequence
from typing import IO, Any

from peewee import chunked

from app.core.contacts import circle_names
from app.core.formats.exporters.json_export import contacts_as_dicts
from app.core.formats.exporters.vcard_writer import live_contact_ids
from app.db import MAX_SQL_PARAMETERS

# What may start with + or - and still be left as it is: a phone number (digits, spaces, brackets, dots, dashes,
# slashes, an extension) or a day without a year (--04-12). Anything else — "+1+cmd|' /C calc'!A0", "-2+3",
# "-SUM(A1)" — a spreadsheet would run as a formula, so it gets a leading apostrophe.
_SAFE_SIGNED = re.compile(r"^[+-]\s*\(?\d[\d\s().\-/]*(?:\s*(?:ext\.?|x|#)\s*\d+)?$|^--\d\d-\d\d$", re.IGNORECASE)
ADDRESS_PARTS = ("Formatted", "Street", "City", "PO Box", "Region", "Postal Code", "Country", "Extended Address")
NAME_COLUMNS = (
    "First Name",
    "Middle Name",
    "Last Name",
    "Name Prefix",
    "Name Suffix",
    "Nickname",
    "File As",
    "Organization Name",
    "Organization Title",
    "Organization Department",
    "Birthday",
    "Notes",
    "Labels",
)


def _keep_in_touch(contact: dict[str, Any]) -> str:
    days, most = contact["keep_in_touch_days"], contact["keep_in_touch_max_days"]
    if days and most:
        return f"{days}-{most}"
    return str(days) if days else ""


def _referrer_uid(contact: dict[str, Any]) -> str:
    return contact.get("referred_by_uid") or ""


# (label, value of a contact dictionary): the Custom Field pairs, in this order; empty ones are left blank.
CUSTOM_FIELDS: tuple[tuple[str, Callable[[dict[str, Any]], str]], ...] = (
    ("How we met", lambda c: c["how_met"]),
    ("Why connect", lambda c: c["why_connect"]),
    ("Stage", lambda c: c["stage"]),
    ("Tie", lambda c: c["tie"]),
    ("Invitation", lambda c: c["invitation_status"]),
    ("Invitation date", lambda c: c["invitation_date"] or ""),
    ("Keep in touch", _keep_in_touch),
    ("Source", lambda c: c["source"]),
    ("UID", lambda c: c["uid"]),
    ("Referred by (UID)", _referrer_uid),
    ("vCard properties", lambda c: "\n".join(c["vcard_properties"])),
)


def guard(value: str) -> str:
    """Neutralise spreadsheet formulas (``=cmd|…``, ``+1+cmd|…``, ``-2+3``, ``@SUM(…)``) without touching phone
    numbers like ``+1 555 0100`` or ``+44 (0)20 7946-0958 ext. 12``."""
    if not value:
        return value
    if value[0] in "=@\t\r" or (value[0] in "+-" and not _SAFE_SIGNED.match(value)):
        return "'" + value
    return value


def _day(date: dict[str, Any]) -> str:
    """``1985-04-12``, or ``--04-12`` when the year is unknown (as Google writes it)."""
    year = f"{date['year']:04d}" if date["year"] is not None else "-"
    return f"{year}-{date['month']:02d}-{date['day']:02d}"


def _birthday(contact: dict[str, Any]) -> dict[str, Any] | None:
    return next((d for d in contact["dates"] if d["kind"] == "birthday"), None)


def _events(contact: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, day) of every date but the birthday in the Birthday column."""
    birthday = _birthday(contact)
    events = []
    for date in contact["dates"]:
        if date is birthday:
            continue
        if date["kind"] in ("anniversary", "birthday"):
            kind = date["kind"].capitalize()
            label = f"{kind}: {date['label']}" if date["label"] else kind
        else:
            label = date["label"] or "Other"
        events.append((label, _day(date)))
    return events


def _websites(contact: dict[str, Any]) -> list[tuple[str, str]]:
    sites = [("LinkedIn", contact["linkedin_url"])] if contact["linkedin_url"] else []
    return sites + [(w["label"], w["value"]) for w in contact["websites"]]


def _handles(contact: dict[str, Any]) -> list[tuple[str, str, str]]:
    found = []
    for handle in contact["handles"]:
        label = handle["label"]
        if handle["kind"] == "social":
            label = f"Social: {label}" if label else "Social"
        found.append((label, handle["service"], handle["value"]))
    return found


COUNTS = ("emails", "phones", "addresses", "websites", "handles", "events")


def _counts(contact: dict[str, Any]) -> dict[str, int]:
    return {
        "emails": len(contact["emails"]),
        "phones": len(contact["phones"]),
        "addresses": len(contact["addresses"]),
        "websites": len(_websites(contact)),
        "handles": len(contact["handles"]),
        "events": len(_events(contact)),
    }


def header(emails: int, phones: int, addresses: int, websites: int = 1, handles: int = 0, events: int = 0) -> list[str]:
    columns = list(NAME_COLUMNS)
    for n in range(1, emails + 1):
        columns += [f"E-mail {n} - Label", f"E-mail {n} - Value"]
    for n in range(1, phones + 1):
        columns += [f"Phone {n} - Label", f"Phone {n} - Value"]
    for n in range(1, addresses + 1):
        columns += [f"Address {n} - Label", *(f"Address {n} - {part}" for part in ADDRESS_PARTS)]
    for n in range(1, websites + 1):
        columns += [f"Website {n} - Label", f"Website {n} - Value"]
    for n in range(1, handles + 1):
        columns += [f"IM {n} - Label", f"IM {n} - Service", f"IM {n} - Value"]
    for n in range(1, events + 1):
        columns += [f"Event {n} - Label", f"Event {n} - Value"]
    for n, _ in enumerate(CUSTOM_FIELDS, start=1):
        columns += [f"Custom Field {n} - Label", f"Custom Field {n} - Value"]
    return columns


def _label(entry: dict[str, Any]) -> str:
    label = entry["label"] or ""
    return f"* {label}".strip() if entry["primary"] else label


def _formatted(address: dict[str, Any]) -> str:
    city_line = " ".join(p for p in (address["postal_code"], address["locality"]) if p)
    return "\n".join(p for p in (address["street"], city_line, address["region"], address["country"]) if p)


def _padded(items: Sequence[tuple[str, ...]], count: int, width: int) -> list[str]:
    cells: list[str] = []
    for n in range(count):
        cells += list(items[n]) if n < len(items) else [""] * width
    return cells


def row(
    contact: dict[str, Any],
    emails: int,
    phones: int,
    addresses: int,
    websites: int = 1,
    handles: int = 0,
    events: int = 0,
    circle_label: Callable[[str], str] = circle_names.shown,
) -> list[str]:
    derived = " ".join(p for p in (contact["given_name"], contact["family_name"]) if p)
    file_as = contact["display_name"] if contact["display_name"] != derived else ""
    birthday = _birthday(contact)
    cells = [
        contact["given_name"],
        contact["middle_name"],
        contact["family_name"],
        contact["name_prefix"],
        contact["name_suffix"],
        contact["nickname"],
        file_as,
        contact["company"],
        contact["title"],
        contact["department"],
        _day(birthday) if birthday else "",
        contact["notes"],
        " ::: ".join(map(circle_label, contact["circles"])),
    ]
    cells += _padded([(_label(e), e["value"]) for e in contact["emails"]], emails, 2)
    cells += _padded([(_label(p), p["value"]) for p in contact["phones"]], phones, 2)
    address_cells = [
        (
            a["label"],
            _formatted(a),
            a["street"],
            a["locality"],
            "",
            a["region"],
            a["postal_code"],
            a["country"],
            "",
        )
        for a in contact["addresses"]
    ]
    cells += _padded(address_cells, addresses, 1 + len(ADDRESS_PARTS))
    cells += _padded(_websites(contact), websites, 2)
    cells += _padded(_handles(contact), handles, 3)
    cells += _padded(_events(contact), events, 2)
    for label, value_of in CUSTOM_FIELDS:
        value = str(value_of(contact) or "")
        cells += [label, value] if value else ["", ""]
    return [guard(cell) for cell in cells]


def _with_referrer_uids(batch: list[dict[str, Any]]) -> None:
    """``referred_by_uid`` for each contact that has a referrer (the CSV names the referrer by UID, as vCard does)."""
    from app.models import Contact

    ids = {c["referred_by"] for c in batch if c["referred_by"]}
    if not ids:
        return
    uids = dict(Contact.select(Contact.id, Contact.uid).where(Contact.id.in_(list(ids))).tuples())
    for contact in batch:
        if contact["referred_by"]:
            contact["referred_by_uid"] = uids.get(contact["referred_by"], "")


def export_csv(out: IO[str], *, circle_label: Callable[[str], str] | None = None) -> int:
    """Write every live contact to ``out`` as Google-compatible CSV; returns how many. ``circle_label`` names a
    circle (default: :func:`circle_names.shown`, the interface's language; English without one installed)."""
    ids = live_contact_ids()
    batches = [contacts_as_dicts(chunk) for chunk in chunked(ids, MAX_SQL_PARAMETERS)]
    counts = dict.fromkeys(COUNTS, 0)
    for batch in batches:
        _with_referrer_uids(batch)
        for contact in batch:
            for key, value in _counts(contact).items():
                counts[key] = max(counts[key], value)
    for key in ("emails", "phones", "addresses", "websites"):
        counts[key] = max(counts[key], 1)  # Google's own minimal layout has one of each
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header(**counts))
    for batch in batches:
        for contact in batch:
            writer.writerow(row(contact, **counts, circle_label=circle_label or circle_names.shown))
    return len(ids)
