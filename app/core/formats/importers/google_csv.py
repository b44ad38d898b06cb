"""Google Contacts CSV, in both layouts Google has exported.

- legacy: ``Name,Given Name,Additional Name,Family Name,…,Name Prefix,Name Suffix,Nickname,…,Birthday,…,Group
  Membership,E-mail 1 - Type,E-mail 1 - Value,IM 1 - Type,IM 1 - Service,IM 1 - Value,…,Organization 1 - Name,
  Organization 1 - Title,Organization 1 - Department,…,Relation 1 - Type,…,Event 1 - Type,…,Website 1 - Type,…``
- current: ``First Name,Middle Name,Last Name,…,Name Prefix,Name Suffix,Nickname,File As,Organization Name,
  Organization Title,Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,…,
  Website 1 - Label,…,Event 1 - Label,…,Relation 1 - Label,…,Custom Field 1 - Label,Custom Field 1 - Value``

A cell may hold several values separated by `` ::: `` (two work emails, three labels); the matching type/label cell
is split the same way, and a leading ``* `` marks the primary value. Labels/groups become circles, except Google's
system groups (``* myContacts``, ``* starred``). The birthday (``1985-04-12``, ``--04-12`` without a year) and the
events (Anniversary, other labels) become dates, websites keep their labels (the first LinkedIn profile fills the
LinkedIn field), IM accounts become handles, relations become note lines (``Spouse: Jane``). Rapport's own CSV
export keeps its networking fields in ``Custom Field`` pairs (how we met, why connect, stage, tie, invitation, keep
in touch, source, UID, referred by); other custom fields and every column not read here become note lines.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from app.core.contacts.contact_data import AddressEntry, ContactData, EmailEntry, HandleEntry, PhoneEntry
from app.core.formats.importers.csv_table import CsvHeader, CsvRecord, add_date, add_website, keep_the_rest, records
from app.core.formats.importers.rows import ImportRow, add_note, circle_names, split_multi
from app.models.contact import INVITATION_STATUSES, SOURCES, STAGES, TIES

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


def _numbered(record: CsvRecord, kind: str) -> Iterator[tuple[int, list[str], list[str]]]:
    """(n, values, labels) of ``E-mail 1 - Value``, ``E-mail 2 - Value``… (label cells are "Type" or "Label")."""
    for n in range(1, MAX_NUMBERED + 1):
        value_key = f"{kind} {n} - value"
        if value_key not in record.values:
            if n > 3:
                return
            continue
        values = split_multi(_cell(record, value_key))
        labels = split_multi(record.get(f"{kind} {n} - type", f"{kind} {n} - label"))
        yield n, values, labels


def _pairs(record: CsvRecord, kind: str) -> Iterator[tuple[int, str, bool, str]]:
    """(n, label, primary, value) for every value of the numbered ``kind`` columns."""
    for n, values, labels in _numbered(record, kind):
        for index, value in enumerate(values):
            label, primary = _label(labels[index] if index < len(labels) else (labels[0] if labels else ""))
            yield n, label, primary, value


def _addresses(record: CsvRecord) -> list[AddressEntry]:
    found = []
    for n in range(1, MAX_NUMBERED + 1):
        prefix = f"address {n} - "
        if prefix + "street" not in record.values and prefix + "formatted" not in record.values:
            if n > 3:
                break
            continue
        street = _cell(record, prefix + "street")
        extended = _cell(record, prefix + "extended address")
        po_box = _cell(record, prefix + "po box")
        street = "\n".join(part for part in (street, extended, po_box and f"PO Box {po_box}") if part)
        address = AddressEntry(
            label=_label(record.get(prefix + "type", prefix + "label"))[0],
            street=street,
            locality=_cell(record, prefix + "city"),
            region=_cell(record, prefix + "region"),
            postal_code=_cell(record, prefix + "postal code"),
            country=_cell(record, prefix + "country"),
        )
        formatted = _cell(record, prefix + "formatted")  # Google's rendering of the parts: read, not kept twice
        if address.is_empty() and formatted:
            address.street = formatted
        if not address.is_empty():
            found.append(address)
    return found


def _organizations(record: CsvRecord, data: ContactData) -> None:
    """``Organization Name/Title/Department`` (current) or ``Organization N - …`` (legacy); a second organization
    becomes note lines."""
    data.company = _cell(record, "organization name", "organization 1 - name")
    data.title = _cell(record, "organization title", "organization 1 - title")
    data.department = _cell(record, "organization department", "organization 1 - department")
    record.mark("organization 1 - type")  # "Work", "Other": what kind of organization, nothing more


def _events(record: CsvRecord, data: ContactData, row: ImportRow) -> None:
    for _, label, _, value in _pairs(record, "event"):
        kind, _, own = label.partition(":")  # Rapport's export: "Anniversary: First date"
        kind = kind.strip().lower()
        if kind in ("anniversary", "birthday"):
            add_date(data, row, value, kind, own.strip())
        else:
            add_date(data, row, value, "other", "" if label.lower() == "other" else label)


def _handles(record: CsvRecord, data: ContactData) -> None:
    for n, values, labels in _numbered(record, "im"):
        services = split_multi(_cell(record, f"im {n} - service"))
        for index, value in enumerate(values):
            label = _label(labels[index] if index < len(labels) else (labels[0] if labels else ""))[0]
            service = services[index] if index < len(services) else (services[0] if services else "")
            kind = "im"
            if label.lower().startswith("social"):  # Rapport's export: "Social" or "Social: label"
                kind, label = "social", label[6:].lstrip(":").strip()
            data.handles.append(HandleEntry(value, service, label, kind))


_KEEP_IN_TOUCH = re.compile(r"^(\d{1,4})(?:\s*[-–]\s*(\d{1,4}))?$")
CUSTOM_TEXT = {"how we met": "how_met", "why connect": "why_connect"}
CUSTOM_CHOICES = {"stage": STAGES, "tie": TIES, "invitation": INVITATION_STATUSES, "source": SOURCES}
CUSTOM_CHOICE_FIELDS = {"stage": "stage", "tie": "tie", "invitation": "invitation_status", "source": "source"}


def _custom_field(label: str, value: str, data: ContactData, row: ImportRow) -> bool:
    """Put a ``Custom Field`` pair of Rapport's own export back into its field; False when it is not one."""
    key = label.lower()
    if key in CUSTOM_TEXT and not getattr(data, CUSTOM_TEXT[key]):
        setattr(data, CUSTOM_TEXT[key], value)
        return True
    if key in CUSTOM_CHOICES and value.lower() in CUSTOM_CHOICES[key]:
        setattr(data, CUSTOM_CHOICE_FIELDS[key], value.lower())
        return True
    if key == "invitation date":
        try:
            data.invitation_date = dt.date.fromisoformat(value)
        except ValueError:
            return False
        return True
    if key == "keep in touch" and (m := _KEEP_IN_TOUCH.match(value)):
        data.keep_in_touch_days = int(m.group(1))
        data.keep_in_touch_max_days = int(m.group(2)) if m.group(2) else None
        return True
    if key == "uid" and not row.uid:
        row.uid = value
        return True
    if key == "referred by (uid)":
        row.referred_by_uid = value
        return True
    if key == "vcard properties":
        data.vcard_properties += [line for line in value.split("\n") if line.strip()]
        return True
    return False


def _custom_fields(record: CsvRecord, data: ContactData, row: ImportRow) -> None:
    for n in range(1, MAX_NUMBERED + 1):
        if f"custom field {n} - value" not in record.values:
            if n > 3:
                return
            continue
        label = record.get(f"custom field {n} - label", f"custom field {n} - type")
        value = _cell(record, f"custom field {n} - value")
        if value and not _custom_field(label, value, data, row):
            add_note(data, label or "Custom field", value)


def rows(text: str, header: CsvHeader) -> Iterator[ImportRow]:
    for record in records(text, header):
        if record.problem:
            yield ImportRow(record.line, problem=record.problem)
            continue
        data = ContactData(
            name_prefix=_cell(record, "name prefix"),
            given_name=_cell(record, "given name", "first name"),
            middle_name=_cell(record, "additional name", "middle name"),
            family_name=_cell(record, "family name", "last name"),
            name_suffix=_cell(record, "name suffix"),
            nickname=_cell(record, "nickname"),
            display_name=_cell(record, "name", "file as"),
            notes=_cell(record, "notes"),
            source="google",
        )
        row = ImportRow(record.line, data)
        _organizations(record, data)
        data.emails = [EmailEntry(v, label, primary) for _, label, primary, v in _pairs(record, "e-mail")]
        data.phones = [PhoneEntry(v, label, primary) for _, label, primary, v in _pairs(record, "phone")]
        data.addresses = _addresses(record)
        data.circles = circle_names(split_multi(record.get("group membership", "labels")))
        for _, label, _, url in _pairs(record, "website"):
            add_website(data, url, label)
        _handles(record, data)
        add_date(data, row, _cell(record, "birthday"), "birthday")
        _events(record, data, row)
        for _, label, _, value in _pairs(record, "relation"):
            add_note(data, label or "Relation", value)
        _custom_fields(record, data, row)
        keep_the_rest(record, row)
        yield row
