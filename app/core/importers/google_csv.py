"""Google Contacts CSV, in both layouts Google has exported.

- legacy: ``Name,Given Name,Additional Name,Family Name,…,Group Membership,E-mail 1 - Type,E-mail 1 - Value,…,
  Organization 1 - Name,Organization 1 - Title,…``
- current: ``First Name,Middle Name,Last Name,…,Organization Name,Organization Title,…,Labels,E-mail 1 - Label,
  E-mail 1 - Value,…``

A cell may hold several values separated by `` ::: `` (two work emails, three labels); the matching type/label cell
is split the same way, and a leading ``* `` marks the primary value. Labels/groups become circles, except Google's
system groups (``* myContacts``, ``* starred``). Website cells pointing at LinkedIn fill the LinkedIn URL; other
websites and birthdays are kept in the notes (the contact model has no field for them).
"""

from __future__ import annotations

from collections.abc import Iterator

from app.core.contacts import AddressEntry, ContactData, EmailEntry, PhoneEntry
from app.core.importers.csv_table import CsvHeader, CsvRecord, records
from app.core.importers.rows import (
    ImportRow,
    add_note,
    circle_names,
    is_linkedin,
    size_problem,
    split_multi,
)

FORMAT = "google"
MAX_NUMBERED = 50  # "E-mail 50 - Value" is more than any real export has
_FORMULA_START = ("'=", "'+", "'-", "'@")


def matches(columns: set[str]) -> str | None:
    """'legacy' or 'current' for a Google header, else None."""
    if {"given name", "family name"} <= columns or "group membership" in columns or "e-mail 1 - type" in columns:
        return "legacy"
    if "first name" in columns and (
        columns & {"labels", "e-mail 1 - label", "phone 1 - label", "organization name", "organization title"}
    ):
        return "current"
    return None


def _cell(record: CsvRecord, *names: str) -> str:
    """A cell, with the ``'`` our own CSV export puts before formula-like text removed again."""
    value = record.get(*names)
    return value[1:] if value.startswith(_FORMULA_START) else value


def _label(text: str) -> tuple[str, bool]:
    """('Work', True) for '* Work': the star marks Google's primary value."""
    text = text.strip()
    primary = text.startswith("*")
    return text.lstrip("* ").strip(), primary


def _numbered(record: CsvRecord, kind: str, part: str = "value") -> Iterator[tuple[list[str], list[str]]]:
    """(values, labels) of ``E-mail 1 - Value``, ``E-mail 2 - Value``… (label cells are "Type" or "Label")."""
    for n in range(1, MAX_NUMBERED + 1):
        value_key = f"{kind} {n} - {part}"
        if value_key not in record.values:
            if n > 3:
                return
            continue
        values = split_multi(_cell(record, value_key))
        labels = split_multi(record.get(f"{kind} {n} - type", f"{kind} {n} - label"))
        yield values, labels


def _entries(record: CsvRecord, kind: str, entry_type):
    entries = []
    for values, labels in _numbered(record, kind):
        for index, value in enumerate(values):
            label, primary = _label(labels[index] if index < len(labels) else (labels[0] if labels else ""))
            entries.append(entry_type(value, label, primary))
    return entries


def _addresses(record: CsvRecord) -> list[AddressEntry]:
    found = []
    for n in range(1, MAX_NUMBERED + 1):
        prefix = f"address {n} - "
        if prefix + "street" not in record.values and prefix + "formatted" not in record.values:
            if n > 3:
                break
            continue
        street = record.get(prefix + "street")
        extended = record.get(prefix + "extended address")
        po_box = record.get(prefix + "po box")
        street = "\n".join(part for part in (street, extended, po_box and f"PO Box {po_box}") if part)
        address = AddressEntry(
            label=_label(record.get(prefix + "type", prefix + "label"))[0],
            street=street,
            locality=record.get(prefix + "city"),
            region=record.get(prefix + "region"),
            postal_code=record.get(prefix + "postal code"),
            country=record.get(prefix + "country"),
        )
        if address.is_empty() and record.get(prefix + "formatted"):
            address.street = record.get(prefix + "formatted")
        if not address.is_empty():
            found.append(address)
    return found


CUSTOM_FIELDS = {"how we met": "how_met", "why connect": "why_connect"}


def _custom_fields(record: CsvRecord, data: ContactData) -> None:
    """``Custom Field N - Label/Value``: Rapport's own export keeps how-we-met and why-connect there."""
    for n in range(1, MAX_NUMBERED + 1):
        if f"custom field {n} - value" not in record.values:
            return
        label = record.get(f"custom field {n} - label", f"custom field {n} - type")
        value = _cell(record, f"custom field {n} - value")
        if not value:
            continue
        field_name = CUSTOM_FIELDS.get(label.lower())
        if field_name and not getattr(data, field_name):
            setattr(data, field_name, value)
        else:
            add_note(data, label or "Custom field", value)


def rows(text: str, header: CsvHeader) -> Iterator[ImportRow]:
    for record in records(text, header):
        if record.problem:
            yield ImportRow(record.line, problem=record.problem)
            continue
        given = _cell(record, "given name", "first name")
        middle = _cell(record, "additional name", "middle name")
        data = ContactData(
            given_name=" ".join(part for part in (given, middle) if part),
            family_name=_cell(record, "family name", "last name"),
            display_name=_cell(record, "name", "file as"),
            company=_cell(record, "organization 1 - name", "organization name"),
            title=_cell(record, "organization 1 - title", "organization title"),
            notes=_cell(record, "notes"),
            source="google",
        )
        data.emails = _entries(record, "e-mail", EmailEntry)
        data.phones = _entries(record, "phone", PhoneEntry)
        data.addresses = _addresses(record)
        data.circles = circle_names(split_multi(record.get("group membership", "labels")))
        for values, _labels in _numbered(record, "website"):
            for url in values:
                if is_linkedin(url) and not data.linkedin_url:
                    data.linkedin_url = url
                else:
                    add_note(data, "Website", url)
        _custom_fields(record, data)
        add_note(data, "Birthday", record.get("birthday"))
        add_note(data, "Nickname", _cell(record, "nickname"))
        if not data.display_name and (prefix := record.get("name prefix")):
            suffix = record.get("name suffix")
            data.display_name = " ".join(p for p in (prefix, data.given_name, data.family_name, suffix) if p)
        row = ImportRow(record.line, data)
        row.problem = size_problem(data)
        yield row
