"""Outlook CSV (desktop Outlook "Export to a file → Comma Separated Values" and Outlook.com).

Columns are named ``First Name, Middle Name, Last Name, Title (Mr./Ms.), Company, Job Title, E-mail Address,
E-mail 2 Address, Business Phone, Mobile Phone, Home Street, …, Notes, Categories``. Exchange contacts may carry an
X.500 path (``/o=ExchangeLabs/…``) instead of an email address; that is not an address anyone can write to and is
left out. ``Categories`` (separated by ``;``) become circles. Web pages pointing at LinkedIn fill the LinkedIn URL,
others and the birthday go to the notes (Outlook writes ``0/0/00`` for "no birthday").
"""

from __future__ import annotations

from collections.abc import Iterator

from app.core.contacts import AddressEntry, ContactData, EmailEntry, PhoneEntry
from app.core.importers.csv_table import CsvHeader, CsvRecord, records
from app.core.importers.rows import ImportRow, add_note, circle_names, is_linkedin, size_problem

FORMAT = "outlook"
EMAIL_COLUMNS = (
    ("e-mail address", "e-mail type"),
    ("e-mail 2 address", "e-mail 2 type"),
    ("e-mail 3 address", "e-mail 3 type"),
)
PHONE_COLUMNS = (
    ("primary phone", ""),
    ("mobile phone", "mobile"),
    ("business phone", "work"),
    ("business phone 2", "work"),
    ("home phone", "home"),
    ("home phone 2", "home"),
    ("company main phone", "work"),
    ("other phone", "other"),
    ("car phone", "car"),
    ("assistant's phone", "assistant"),
    ("pager", "pager"),
    ("business fax", "work fax"),
    ("home fax", "home fax"),
    ("other fax", "other fax"),
    ("callback", "callback"),
    ("radio phone", "radio"),
    ("isdn", "isdn"),
    ("tty/tdd phone", "tty"),
    ("telex", "telex"),
)
ADDRESS_KINDS = (("business", "work"), ("home", "home"), ("other", "other"))
NO_DATE = {"0/0/00", "00/00/00", "0/0/0000", "00/00/0000", "1/1/1601"}


def matches(columns: set[str]) -> bool:
    if not columns & {"first name", "last name"}:
        return False
    return bool(columns & {"e-mail address", "job title", "business phone", "mobile phone", "home street"})


def _po_box(record: CsvRecord, prefix: str) -> str:
    box = record.get(f"{prefix} po box", f"{prefix} address po box")
    return f"PO Box {box}" if box else ""


def _address(record: CsvRecord, prefix: str, label: str) -> AddressEntry:
    street = "\n".join(
        part
        for part in (
            record.get(f"{prefix} street"),
            record.get(f"{prefix} street 2"),
            record.get(f"{prefix} street 3"),
            _po_box(record, prefix),
        )
        if part
    )
    return AddressEntry(
        label=label,
        street=street,
        locality=record.get(f"{prefix} city"),
        region=record.get(f"{prefix} state"),
        postal_code=record.get(f"{prefix} postal code"),
        country=record.get(f"{prefix} country/region", f"{prefix} country"),
    )


def rows(text: str, header: CsvHeader) -> Iterator[ImportRow]:
    for record in records(text, header):
        if record.problem:
            yield ImportRow(record.line, problem=record.problem)
            continue
        given = " ".join(p for p in (record.get("first name"), record.get("middle name")) if p)
        data = ContactData(
            given_name=given,
            family_name=" ".join(p for p in (record.get("last name"), record.get("suffix")) if p),
            company=record.get("company"),
            title=record.get("job title"),
            notes=record.get("notes"),
            source="outlook",
        )
        row = ImportRow(record.line, data)
        for value_column, type_column in EMAIL_COLUMNS:
            value = record.get(value_column)
            if not value:
                continue
            if value.startswith("/") or record.get(type_column).upper() == "EX":
                row.warnings.append(f"left out the Exchange directory path {value[:40]!r} (not an email address)")
                continue
            data.emails.append(EmailEntry(value))
        seen_phones = set()
        for column, label in PHONE_COLUMNS:
            value = record.get(column)
            if value and value not in seen_phones:
                seen_phones.add(value)
                data.phones.append(PhoneEntry(value, label, column == "primary phone"))
        for prefix, label in ADDRESS_KINDS:
            address = _address(record, prefix, label)
            if not address.is_empty():
                data.addresses.append(address)
        data.circles = circle_names(record.get("categories").split(";"))
        for column in ("web page", "personal web page", "business web page"):
            url = record.get(column)
            if url and is_linkedin(url) and not data.linkedin_url:
                data.linkedin_url = url
            else:
                add_note(data, "Website", url)
        birthday = record.get("birthday")
        if birthday not in NO_DATE:
            add_note(data, "Birthday", birthday)
        add_note(data, "Department", record.get("department"))
        row.problem = size_problem(data)
        yield row
