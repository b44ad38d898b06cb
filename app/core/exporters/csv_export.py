"""CSV export with Google Contacts' current header, so the file imports into Google (and most address books).

Columns: First/Middle/Last Name, Organization Name/Title, Notes, Labels (circles, `` ::: ``-separated as Google
writes them), ``E-mail N - Label/Value``, ``Phone N - Label/Value``, ``Address N - …`` (as many numbered groups
as the contact with the most needs), ``Website 1`` (LinkedIn) and two ``Custom Field`` pairs for how we met and
why connect. ``File As`` carries the display name when it is not simply "given family". The primary
email/phone carries Google's ``* `` label marker.

Cells that a spreadsheet would run as a formula (starting with ``=``, ``@``, or ``+``/``-`` not followed by a
digit) get a leading ``'``, the usual CSV-injection guard; Rapport's Google importer removes it again, so a round
trip gives the text back exactly.
"""

from __future__ import annotations

import csv
import re
from typing import IO, Any

from app.core.exporters.json_export import contacts_as_dicts
from app.core.exporters.vcard import live_contact_ids

_BATCH = 500
_SAFE_SIGNED = re.compile(r"^[+-][\d\s(]")
ADDRESS_PARTS = ("Formatted", "Street", "City", "PO Box", "Region", "Postal Code", "Country", "Extended Address")
CUSTOM_FIELDS = (("how_met", "How we met"), ("why_connect", "Why connect"))


def guard(value: str) -> str:
    """Neutralise spreadsheet formulas (``=cmd|…``) without touching phone numbers like ``+1 555…``."""
    if not value:
        return value
    if value[0] in "=@\t\r" or (value[0] in "+-" and not _SAFE_SIGNED.match(value)):
        return "'" + value
    return value


def header(emails: int, phones: int, addresses: int) -> list[str]:
    columns = [
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
    ]
    for n in range(1, emails + 1):
        columns += [f"E-mail {n} - Label", f"E-mail {n} - Value"]
    for n in range(1, phones + 1):
        columns += [f"Phone {n} - Label", f"Phone {n} - Value"]
    for n in range(1, addresses + 1):
        columns += [f"Address {n} - Label", *(f"Address {n} - {part}" for part in ADDRESS_PARTS)]
    columns += ["Website 1 - Label", "Website 1 - Value"]
    for n, _ in enumerate(CUSTOM_FIELDS, start=1):
        columns += [f"Custom Field {n} - Label", f"Custom Field {n} - Value"]
    return columns


def _label(entry: dict[str, Any]) -> str:
    label = entry["label"] or ""
    return f"* {label}".strip() if entry["primary"] else label


def _formatted(address: dict[str, Any]) -> str:
    city_line = " ".join(p for p in (address["postal_code"], address["locality"]) if p)
    return "\n".join(p for p in (address["street"], city_line, address["region"], address["country"]) if p)


def row(contact: dict[str, Any], emails: int, phones: int, addresses: int) -> list[str]:
    derived = " ".join(p for p in (contact["given_name"], contact["family_name"]) if p)
    file_as = contact["display_name"] if contact["display_name"] != derived else ""
    cells = [contact["given_name"], "", contact["family_name"], "", "", "", file_as]
    cells += [contact["company"], contact["title"], "", "", contact["notes"], " ::: ".join(contact["circles"])]
    for n in range(emails):
        entry = contact["emails"][n] if n < len(contact["emails"]) else None
        cells += [_label(entry), entry["value"]] if entry else ["", ""]
    for n in range(phones):
        entry = contact["phones"][n] if n < len(contact["phones"]) else None
        cells += [_label(entry), entry["value"]] if entry else ["", ""]
    for n in range(addresses):
        address = contact["addresses"][n] if n < len(contact["addresses"]) else None
        if address is None:
            cells += [""] * (1 + len(ADDRESS_PARTS))
            continue
        cells += [
            address["label"],
            _formatted(address),
            address["street"],
            address["locality"],
            "",
            address["region"],
            address["postal_code"],
            address["country"],
            "",
        ]
    cells += ["LinkedIn", contact["linkedin_url"]] if contact["linkedin_url"] else ["", ""]
    for key, label in CUSTOM_FIELDS:
        cells += [label, contact[key]] if contact[key] else ["", ""]
    return [guard(cell) for cell in cells]


def export_csv(out: IO[str]) -> int:
    """Write every live contact to ``out`` as Google-compatible CSV; returns how many."""
    ids = live_contact_ids()
    batches = [contacts_as_dicts(ids[start : start + _BATCH]) for start in range(0, len(ids), _BATCH)]
    emails = max((len(c["emails"]) for b in batches for c in b), default=0)
    phones = max((len(c["phones"]) for b in batches for c in b), default=0)
    addresses = max((len(c["addresses"]) for b in batches for c in b), default=0)
    emails, phones, addresses = max(emails, 1), max(phones, 1), max(addresses, 1)
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header(emails, phones, addresses))
    for batch in batches:
        for contact in batch:
            writer.writerow(row(contact, emails, phones, addresses))
    return len(ids)
