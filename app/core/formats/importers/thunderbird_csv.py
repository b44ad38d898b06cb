"""Thunderbird address book CSV ("Tools → Export → Comma Separated" / "Tab Separated"), English column names:

``First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,Screen Name,Work Phone,Home Phone,
Fax Number,Pager Number,Mobile Number,Home Address,Home Address 2,Home City,Home State,Home ZipCode,Home Country,
Work Address,Work Address 2,Work City,Work State,Work ZipCode,Work Country,Job Title,Department,Organization,
Web Page 1,Web Page 2,Birth Year,Birth Month,Birth Day,Custom 1,Custom 2,Custom 3,Custom 4,Notes``

Older versions end the header and every row with a comma and write the system's code page; newer ones write UTF-8.
Every column is mapped: Birth Year/Month/Day make the birthday (the year may be empty), Web Page 1 (work) and 2 (home)
are websites unless one is a LinkedIn profile, Screen Name is the AIM handle Thunderbird meant it for, Custom 1–4 are
note lines under their column names. Source "thunderbird".
"""

from __future__ import annotations

from collections.abc import Iterator

from app.core.contacts.contact_data import AddressEntry, ContactData, DateEntry, EmailEntry, HandleEntry, PhoneEntry
from app.core.formats.importers.csv_table import CsvHeader, CsvRecord, add_website, dialect_rows
from app.core.formats.importers.rows import ImportRow, add_note

FORMAT = "thunderbird"
PHONE_COLUMNS = (
    ("work phone", "work"),
    ("home phone", "home"),
    ("mobile number", "mobile"),
    ("fax number", "fax"),
    ("pager number", "pager"),
)
_MARKERS = {"display name", "secondary email", "screen name", "mobile number", "web page 1", "birth year", "custom 1"}


def matches(columns: set[str]) -> bool:
    """Thunderbird's header: "Primary Email" and at least one of its other own column names."""
    return "primary email" in columns and bool(columns & _MARKERS)


def _address(record: CsvRecord, prefix: str, label: str) -> AddressEntry:
    street = "\n".join(p for p in (record.get(f"{prefix} address"), record.get(f"{prefix} address 2")) if p)
    return AddressEntry(
        label=label,
        street=street,
        locality=record.get(f"{prefix} city"),
        region=record.get(f"{prefix} state"),
        postal_code=record.get(f"{prefix} zipcode"),
        country=record.get(f"{prefix} country"),
    )


def _number(text: str) -> int | None:
    text = text.strip()
    return int(text) if text.isdigit() and len(text) <= 4 else None


def _birthday(record: CsvRecord, data: ContactData, row: ImportRow) -> None:
    """Birth Year/Month/Day: a birthday without a year is still a birthday; a part that is no number is a note."""
    year_text, month_text, day_text = record.get("birth year"), record.get("birth month"), record.get("birth day")
    if not (year_text or month_text or day_text):
        return
    year, month, day = _number(year_text), _number(month_text), _number(day_text)
    if month is not None and day is not None and (year is not None or not year_text):
        data.dates.append(DateEntry(month, day, year or None, "birthday"))
        return
    shown = "-".join(p or "?" for p in (year_text, month_text, day_text))
    add_note(data, "Birthday", shown)
    row.warnings.append(f'kept "{shown}" as a note: not a whole birthday')


def rows(text: str, header: CsvHeader) -> Iterator[ImportRow]:
    return dialect_rows(text, header, _row)


def _row(record: CsvRecord) -> ImportRow:
    data = ContactData(
        given_name=record.get("first name"),
        family_name=record.get("last name"),
        display_name=record.get("display name"),
        nickname=record.get("nickname"),
        company=record.get("organization"),
        department=record.get("department"),
        title=record.get("job title"),
        notes=record.get("notes"),
        source="thunderbird",
    )
    row = ImportRow(record.line, data)
    for column, primary in (("primary email", True), ("secondary email", False)):
        if value := record.get(column):
            data.emails.append(EmailEntry(value, "", primary))
    for column, label in PHONE_COLUMNS:
        if value := record.get(column):
            data.phones.append(PhoneEntry(value, label))
    for prefix, label in (("home", "home"), ("work", "work")):
        address = _address(record, prefix, label)
        if not address.is_empty():
            data.addresses.append(address)
    add_website(data, record.get("web page 1"), "work")
    add_website(data, record.get("web page 2"), "home")
    if screen_name := record.get("screen name"):
        data.handles.append(HandleEntry(screen_name, "aim", "Screen Name"))
    _birthday(record, data, row)
    for n in range(1, 5):
        add_note(data, record.names.get(f"custom {n}", f"Custom {n}"), record.get(f"custom {n}"))
    return row
