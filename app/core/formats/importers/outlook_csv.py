"""Outlook CSV (desktop Outlook "Export to a file → Comma Separated Values" and Outlook.com).

Columns are named ``Title, First Name, Middle Name, Last Name, Suffix, Nickname, Company, Department, Job Title,
E-mail Address, E-mail 2 Address, Business Phone, Mobile Phone, Home Street, …, Birthday, Anniversary, Web Page,
IMAddress, Notes, Categories``. Title (Mr., Dr.) is the name prefix; Birthday and Anniversary become dates (Outlook
writes ``0/0/00`` for "none" and the dates of the Windows locale, ``4/12/1985`` in the US); web pages keep their kind
(the first LinkedIn profile fills the LinkedIn field); the IM address is a handle. Exchange contacts may carry an
X.500 path (``/o=ExchangeLabs/…``) instead of an email address; that is not an address anyone can write to and is
left out. ``Categories`` (separated by ``;``) become circles. Every other non-empty column (Spouse, Assistant's Name,
User 1…) becomes a note line, except Outlook's defaults (Sensitivity "Normal", Priority "Normal", Gender
"Unspecified", Private "False") and what only repeats other cells (E-mail Type, E-mail Display Name, Initials).
"""

from __future__ import annotations

from collections.abc import Iterator

from app.core.contacts.contact_data import AddressEntry, ContactData, EmailEntry, HandleEntry, PhoneEntry
from app.core.formats.importers.csv_table import CsvHeader, CsvRecord, add_date, add_website, dialect_rows
from app.core.formats.importers.rows import ImportRow, circle_names

FORMAT = "outlook"
EMAIL_COLUMNS = (
    ("e-mail address", "e-mail type", "e-mail display name"),
    ("e-mail 2 address", "e-mail 2 type", "e-mail 2 display name"),
    ("e-mail 3 address", "e-mail 3 type", "e-mail 3 display name"),
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
WEB_COLUMNS = (("web page", ""), ("business web page", "work"), ("personal web page", "home"))
NOISE = {"Sensitivity": ("Normal",), "Priority": ("Normal",), "Gender": ("Unspecified",), "Private": ("False",)}


OWN_COLUMNS = {"e-mail address", "e-mail 2 address", "business phone", "mobile phone", "home street", "business street"}


def matches(columns: set[str]) -> bool:
    """First/last name and a column named as only Outlook names it ("First Name, Last Name, Job Title, Company" from
    a CRM is a generic CSV: it maps those columns)."""
    if not columns & {"first name", "last name"}:
        return False
    return bool(columns & OWN_COLUMNS)


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
    address = AddressEntry(
        label=label,
        street=street,
        locality=record.get(f"{prefix} city"),
        region=record.get(f"{prefix} state"),
        postal_code=record.get(f"{prefix} postal code"),
        country=record.get(f"{prefix} country/region", f"{prefix} country"),
    )
    formatted = record.get(f"{prefix} address")  # Google's "Outlook CSV": the whole address in one cell as well
    if address.is_empty() and formatted:
        address.street = formatted
    return address


def _initials(data: ContactData) -> str:
    return "".join(f"{part[0]}." for part in (data.given_name, data.middle_name, data.family_name) if part)


def rows(text: str, header: CsvHeader) -> Iterator[ImportRow]:
    return dialect_rows(text, header, _row, NOISE)


def _row(record: CsvRecord) -> ImportRow:
    data = ContactData(
        name_prefix=record.get("title"),
        given_name=record.get("first name"),
        middle_name=record.get("middle name"),
        family_name=record.get("last name"),
        name_suffix=record.get("suffix"),
        nickname=record.get("nickname"),
        company=record.get("company"),
        department=record.get("department"),
        title=record.get("job title"),
        notes=record.get("notes"),
        source="outlook",
    )
    if "job title" not in record.values and (" " in data.name_prefix or len(data.name_prefix) > 10):
        data.title, data.name_prefix = data.name_prefix, ""  # a CRM's "Title" next to no "Job Title": the job
    row = ImportRow(record.line, data)
    for value_column, type_column, shown_column in EMAIL_COLUMNS:
        value = record.get(value_column)
        kind = record.get(type_column)
        shown = record.get(shown_column)
        full_name = " ".join(p for p in (data.given_name, data.middle_name, data.family_name) if p)
        if shown and (not value or value.lower() not in shown.lower()) and shown.lower() != full_name.lower():
            record.used.discard(shown_column)  # a display name that says more than the address: keep it
        if not value:
            continue
        if value.startswith("/") or kind.upper() == "EX":
            row.warnings.append(f"left out the Exchange directory path {value[:40]!r} (not an email address)")
            continue
        data.emails.append(EmailEntry(value, "", not data.emails))
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
    for column, label in WEB_COLUMNS:
        add_website(data, record.get(column), label)
    im = record.get("imaddress", "im address")
    if im:
        service = im.split(":", 1)[0].lower() if ":" in im and "@" not in im.split(":", 1)[0] else ""
        data.handles.append(HandleEntry(im, service))
    add_date(data, row, record.get("birthday"), "birthday")
    add_date(data, row, record.get("anniversary"), "anniversary")
    initials = record.get("initials")
    if initials and initials.replace(" ", "") != _initials(data):
        record.used.discard("initials")
    return row
