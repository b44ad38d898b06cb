"""Any other CSV with a column Rapport can call someone by: ``Name,Email``; ``Full name;E-mail;Phone``;
``nom,courriel``; ``Vorname;Nachname;E-Mail-Adresse;Telefon geschäftlich`` (a German Outlook export); a sign-up list
from a web form or a spreadsheet.

Column names are recognised in English, German, French, Spanish (and the most common Italian, Dutch, Portuguese,
Russian, Japanese, Chinese and Korean ones): name, first/middle/last name, prefix, suffix, nickname, e-mail(s),
phone(s) (labelled work/home/mobile/fax from the column name), company, job title, department, notes, website,
LinkedIn, birthday, address parts, groups. A name alone means the full name, unless there is a first-name column and
no last-name column: then ``Name`` / ``Nom`` / ``Nombre`` is the family name (Spanish and Korean: the given name
next to ``Apellidos`` / ``성``). A column only guessed from a word in its name (``Mail privat``) takes a value only
when it looks the part (an ``@`` for e-mail, a digit for a phone); otherwise the value is a note line. Every other
non-empty column becomes a note line ``Column: value``, so nothing is lost. Source "csv".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from app.core.contacts.contact_data import AddressEntry, ContactData, EmailEntry, PhoneEntry
from app.core.formats.importers.csv_column_names import VOCABULARY
from app.core.formats.importers.csv_table import (
    NO_DATE,
    CsvHeader,
    add_date,
    add_website,
    keep_the_rest,
    normalise_column,
    records,
)
from app.core.formats.importers.csv_words import (
    AMBIGUOUS_FAMILY,
    AMBIGUOUS_GIVEN,
    EMAIL_WORDS,
    ENGLISH_DATES,
    HOME,
    MOBILE_WORDS,
    NOISE_VALUES,
    ORDINALS,
    OTHER,
    PHONE_TOKENS,
    PHONE_WORDS,
    TITLE_AMBIGUOUS,
    WORK,
    column_key,
)
from app.core.formats.importers.rows import ImportRow, add_note, circle_names

FORMAT = "generic"


_LOOKUP = {key: role for role, keys in VOCABULARY.items() for key in keys}
_PHONE = re.compile(r"^\+?[\d\s().\-/]{6,}(?:\s*(?:ext\.?|x|#)\s*\d{1,6})?$", re.IGNORECASE)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")


@dataclass(frozen=True)
class Role:
    """What one column holds: ``field`` ("email", "phone", "given_name"…), ``label`` (work, home, mobile…),
    ``guessed`` when only a word in its name suggests it (then the value must look the part)."""

    field: str
    label: str = ""
    guessed: bool = False
    strict: bool = False  # guessed from a word that says nothing of phones ("Home"): the value must be a number


def _label(words: list[str]) -> str:
    if any(w in WORK for w in words):
        return "work"
    if any(w in HOME for w in words):
        return "home"
    if any(w in OTHER for w in words):
        return "other"
    return ""


def _phone_label(key: str, label: str) -> str:
    if any(word in key for word in MOBILE_WORDS):
        return "mobile"
    if "fax" in key or "факс" in key:
        return f"{label} fax".strip()
    if "pager" in key:
        return "pager"
    return label


_LABEL_WORDS = WORK | HOME | OTHER | ORDINALS
_COLUMN_NAME = re.compile(r"[\w\s.,'’()/#:&+-]+")


def _base(name: str) -> str:
    """The key of a column name without its numbers and whose-words: "e mail typ" for "E-Mail 2: Typ"."""
    return " ".join(w for w in column_key(name).split() if w not in _LABEL_WORDS)


def _role(name: str) -> Role | None:
    """The role of one column name, without regard to the other columns (see :func:`roles`)."""
    key = column_key(name)
    if not key:
        return None
    words = key.split()
    label = _label(words)
    base = " ".join(w for w in words if w not in _LABEL_WORDS)
    field = _LOOKUP.get(key) or _LOOKUP.get(base)
    guessed = False
    if field is None and not base and words:  # Yahoo's "Home", "Work", "Other", "Primary": phone numbers
        return Role("phone", label, guessed=True, strict=True)
    if field is None:
        if len(name) > 40 or len(words) > 5 or not _COLUMN_NAME.fullmatch(name.strip()):
            return None  # a sentence, or not a column name at all ({"name": …}): guess nothing from its words
        if "linkedin" in key:
            field = "linkedin"
        elif any(word in key for word in EMAIL_WORDS) and "mailing" not in key:
            field, guessed = "email", True
        elif any(word in key for word in PHONE_WORDS) or PHONE_TOKENS & set(words):
            field, guessed = "phone", True
        else:
            return None
    if field == "phone":
        label = _phone_label(key, label)
    return Role(field, label, guessed)


def roles(columns: list[str]) -> dict[str, Role]:
    """Lower-case column name → role, for the columns of one header (some names depend on their neighbours)."""
    found: dict[str, Role] = {}
    for column in columns:
        role = _role(column)
        if role is not None:
            found[column] = role
    titles = [c for c, role in found.items() if role.field == "title"]
    if len(titles) > 1:  # Outlook's "Title" (Mr., Dr.) beside "Job Title"; French "Titre" beside "Fonction"
        for column in titles:
            if column_key(column) in TITLE_AMBIGUOUS:
                found[column] = Role("name_prefix")
    present = {role.field for role in found.values()}
    for column in columns:
        key = column_key(column)
        if key in AMBIGUOUS_FAMILY:
            name_only = "given_name" in present and "family_name" not in present
            found[column] = Role("family_name" if name_only else "full_name")
        elif key in AMBIGUOUS_GIVEN:
            found[column] = Role("given_name" if "family_name" in present else "full_name")
    return found


def matches(columns: set[str]) -> bool:
    """A header with a column that names or reaches a person: a name, first or last name, or an e-mail column."""
    fields = {role.field for role in roles(sorted(columns)).values()}
    return bool(fields & {"full_name", "given_name", "family_name", "email"})


# Dates in these columns are in US order (month first) unless the day is over 12; in any other language day first.

_TEXT_FIELDS: tuple[str, ...]
_TEXT_FIELDS = ("given_name", "middle_name", "family_name", "name_prefix", "name_suffix", "nickname", "company")
_TEXT_FIELDS += ("title", "department")


def _set_text(data: ContactData, field: str, value: str, column: str) -> None:
    """The first column of a field fills it; a second one ("Company" and "Organisation") becomes a note line."""
    if not getattr(data, field):
        setattr(data, field, value)
    elif getattr(data, field) != value:
        add_note(data, column, value)


def rows(text: str, header: CsvHeader) -> Iterator[ImportRow]:
    column_roles = roles([normalise_column(c) for c in header.columns if c.strip()])
    for record in records(text, header):
        if record.problem:
            yield ImportRow(record.line, problem=record.problem)
            continue
        data = ContactData(source="csv")
        row = ImportRow(record.line, data)
        addresses: dict[str, AddressEntry] = {}
        initials: list[str] = []
        for column, value in record.values.items():
            value = value.strip()
            role = column_roles.get(column)
            noise = NOISE_VALUES.get(column_key(column)) or NOISE_VALUES.get(_base(column), frozenset())
            if not value or value in NO_DATE or column_key(value) in noise:
                record.mark(column)
            elif role is not None and role.field == "initials":
                initials.append(column)
            elif role is not None:
                record.mark(column)
                _apply(data, row, role, value, record.names.get(column, column), addresses)
        data.addresses = [a for a in addresses.values() if not a.is_empty()]
        derived = [p[0] for p in (data.given_name, data.middle_name, data.family_name) if p]
        for column in initials:  # Outlook fills them in from the name: kept only when they say something else
            if [c for c in record.values[column] if c.isalpha()] == derived:
                record.mark(column)
        keep_the_rest(record, row)
        yield row


def _apply(
    data: ContactData, row: ImportRow, role: Role, value: str, column: str, addresses: dict[str, AddressEntry]
) -> None:
    field = role.field
    if field == "full_name":
        _set_text(data, "display_name", value, column)
    elif field in _TEXT_FIELDS:
        _set_text(data, field, value, column)
    elif field == "email":
        parts = [p for p in re.split(r"[;,\s]+", value) if p] if value.count("@") > 1 else [value]
        if role.guessed and not all(_EMAIL.match(p) for p in parts):
            if not any(e.value.lower() in value.lower() for e in data.emails):  # not "Ann (ann@example.com)"
                add_note(data, column, value)
            return
        for part in parts:
            data.emails.append(EmailEntry(part, role.label, not data.emails))
    elif field == "phone":
        if (role.guessed and not re.search(r"\d", value)) or (role.strict and not _PHONE.match(value)):
            add_note(data, column, value)
            return
        data.phones.append(PhoneEntry(value, role.label, not data.phones))
    elif field == "notes":
        data.notes = f"{data.notes}\n{value}".strip() if data.notes else value
    elif field == "website":
        add_website(data, value, role.label)
    elif field == "linkedin":
        if not data.linkedin_url:
            data.linkedin_url = value
        else:
            add_website(data, value)
    elif field in ("birthday", "anniversary"):
        order = "mdy" if column_key(column) in ENGLISH_DATES else "dmy"
        add_date(data, row, value, field, label="" if field in ("birthday", "anniversary") else column, order=order)
    elif field == "circles":
        data.circles += circle_names(re.split(r"[;,]| ::: ", value))
    else:  # an address part
        address = addresses.setdefault(role.label, AddressEntry(label=role.label))
        current = getattr(address, field)
        setattr(address, field, f"{current}\n{value}" if current else value)


def rescue(column: str, value: str, data: ContactData) -> bool:
    """An e-mail address or phone number in a column another dialect does not read ("Email" in an Outlook-like
    export from a CRM): added to ``data``, True. Anything else: False (the caller keeps it as a note line)."""
    role = _role(column)
    if role is None or role.field not in ("email", "phone"):
        return False
    if role.field == "email":
        parts = [p for p in re.split(r"[;,\s]+", value) if p]
        if not parts or not all(_EMAIL.match(p) for p in parts):
            return False
        for part in parts:
            data.emails.append(EmailEntry(part, role.label, not data.emails))
        return True
    if not re.search(r"\d", value) or (role.strict and not _PHONE.match(value)):
        return False
    data.phones.append(PhoneEntry(value, role.label, not data.phones))
    return True
