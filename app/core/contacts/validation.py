"""Checking and cleaning a contact before it is stored: lengths, choices, e-mail addresses, phone numbers, LinkedIn
URLs, dates, links, the referral chain. :func:`validate` is what every write path runs first
(:mod:`app.core.contacts.service`, imports, sync, the card scanner); it returns a cleaned copy or raises
:class:`ContactValidationError` naming each problem.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.core.contacts.contact_data import (
    NAME_FIELDS,
    ContactData,
    DateEntry,
    EmailEntry,
    HandleEntry,
    PhoneEntry,
    WebsiteEntry,
)
from app.core.contacts.normalize import (
    InvalidEmail,
    default_region,
    normalize_email,
    normalize_linkedin_url,
    normalize_phone,
)
from app.core.translated import QT_TRANSLATE_NOOP, said
from app.errors import RapportError
from app.models import (
    DATE_KINDS,
    HANDLE_KINDS,
    INVITATION_STATUSES,
    SOURCES,
    STAGES,
    TIES,
    Contact,
    derive_display_name,
)

MAX_NAME = 300
MAX_TEXT = 100_000
MAX_NOTES = 1_000_000  # a generous limit: a 5 MB NOTE is kept up to here (and the cut is reported)
MAX_VALUE = 2_000  # one website, handle or kept vCard line
MAX_KEEP_IN_TOUCH_DAYS = 3650
# Days Rapport plans around (follow-ups count days and years from them): 31 Dec 9999 in a file overflowed the rules.
EARLIEST_DAY = dt.date(1900, 1, 1)
LATEST_DAY = dt.date(2199, 12, 31)
MAX_PER_PERSON = 500  # e-mail addresses or phone numbers one person carries; an import keeps the rest as a note


@dataclass(frozen=True)
class FieldProblem:
    """Why one field was refused, worded for the person who typed it."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ContactValidationError(RapportError, ValueError):
    """The data cannot be saved; ``problems`` says which fields and why. Nothing was written."""

    def __init__(self, problems: Sequence[FieldProblem]):
        self.problems = list(problems)
        super().__init__("; ".join(str(p) for p in self.problems))


def clean_text(text: str | None) -> str:
    """A text as it is stored: without NUL characters and the spaces at its ends (before any cut to a length). The
    contact form compares what it sent with this to see whether a field changed elsewhere meanwhile."""
    return (text or "").replace("\x00", "").strip()


def _clean(text: str | None, limit: int) -> str:
    return clean_text(text)[:limit]


# What messages call each field (the contact form's own words for a few of them: app.ui.contacts.editor_fields).
FIELD_LABELS = {
    "given_name": "First name",
    "family_name": "Last name",
    "display_name": "Name",
    "company": "Company",
    "title": "Title",
    "linkedin_url": "LinkedIn",
    "name_prefix": "Name prefix",
    "middle_name": "Middle name",
    "name_suffix": "Name suffix",
    "nickname": "Nickname",
    "department": "Department",
    "how_met": "How we met",
    "why_connect": "Why connect",
    "notes": "Notes",
    "stage": "Stage",
    "invitation_status": "Invitation",
    "invitation_date": "Invitation date",
    "source": "Source",
    "tie": "Tie",
    "keep_in_touch_days": "Keep in touch (days)",
    "keep_in_touch_max_days": "Keep in touch at most (days)",
}
_DATE_LABELS = {"birthday": "Birthday", "anniversary": "Anniversary", "other": "Date"}
MAX_PHONE = 80
MAX_LABEL = 60
MAX_VCARD_LINE = 1024 * 1024  # a kept property (an embedded key or picture) up to 1 MB


def _said(template: str, **params) -> str:
    """A refusal's message in English that the interface says in its language (app.core.translated.shown)."""
    return said("ContactProblem", template, **params)


def _short(text: str, limit: int = 60) -> str:
    """A value as quoted in a message: one line, at most ``limit`` characters."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _Checker:
    """Collects what is wrong with a contact. Strict (forms): every problem refuses the save. Lenient (imports):
    a value that does not fit its field never drops its person — it is kept as a labelled note line (or cut at a
    generous limit) and reported in ``warnings``; only a contact with nothing to call it by is refused."""

    def __init__(self, clean: ContactData, lenient: bool):
        self.clean = clean
        self.lenient = lenient
        self.problems: list[FieldProblem] = []
        self.warnings: list[str] = []
        self._kept: list[str] = []

    def refuse(self, field_name: str, message: str) -> None:
        self.problems.append(FieldProblem(field_name, message))

    def keep_as_note(self, field_name: str, label: str, value: str, reason: str) -> None:
        """Strict: a problem. Lenient: the value becomes the note line ``label: value``."""
        if not self.lenient:
            self.refuse(field_name, reason)
            return
        self._kept.append(f"{label}: {value}")
        self.warnings.append(f'kept "{_short(value)}" as a note: {reason}')

    def finish_notes(self) -> None:
        if not self._kept:
            return
        notes = self.clean.notes
        known = set(notes.splitlines())  # a set: thousands of kept values must not each scan a 1 MB note
        lines = [
            line for line in dict.fromkeys(self._kept) if line not in known and ("\n" not in line or line not in notes)
        ]
        if not lines:
            return
        kept = "\n".join(lines)
        if len(kept) > MAX_NOTES // 2:  # the values kept here matter more than the end of long notes
            kept = kept[: MAX_NOTES // 2]
            self.warnings.append(f"the values kept as notes were cut at {MAX_NOTES // 2:,} characters")
        head = self.clean.notes.rstrip()[: MAX_NOTES - len(kept) - 1]
        self.clean.notes = f"{head}\n{kept}" if head else kept


def _check_text_fields(check: _Checker) -> None:
    clean = check.clean
    for name in NAME_FIELDS:
        raw = clean_text(getattr(clean, name))
        if check.lenient and ("\n" in raw or "\r" in raw):
            check.warnings.append(f"{FIELD_LABELS[name].lower()} had line breaks; joined into one line")
            raw = " ".join(raw.split())
        if len(raw) > MAX_NAME:
            if check.lenient:
                check.keep_as_note(
                    name,
                    FIELD_LABELS[name],
                    raw,
                    f"{FIELD_LABELS[name].lower()} is longer than {MAX_NAME} characters",
                )
                raw = raw[:MAX_NAME].rstrip()
            else:
                raw = raw[:MAX_NAME]
        setattr(clean, name, raw)
    for name, limit in (("how_met", MAX_TEXT), ("why_connect", MAX_TEXT), ("notes", MAX_NOTES)):
        raw = clean_text(getattr(clean, name))
        if len(raw) > limit:
            if check.lenient:
                check.warnings.append(
                    f"{FIELD_LABELS[name].lower()} is {len(raw):,} characters long; kept the first {limit:,}"
                )
            raw = raw[:limit]
        setattr(clean, name, raw)


_WEB_ADDRESS = re.compile(r"^https?://\S+$")


def _check_choices(check: _Checker, contact_id: int | None) -> None:
    clean = check.clean
    clean.linkedin_url = normalize_linkedin_url(clean.linkedin_url)
    if clean.linkedin_url and not _WEB_ADDRESS.match(clean.linkedin_url):
        check.keep_as_note(
            "linkedin_url",
            "LinkedIn",
            clean.linkedin_url,
            _said(QT_TRANSLATE_NOOP("ContactProblem", "must be a web address starting with https://")),
        )
        clean.linkedin_url = ""
    for name, allowed in (
        ("stage", STAGES),
        ("invitation_status", INVITATION_STATUSES),
        ("source", SOURCES),
        ("tie", TIES),
    ):
        value = getattr(clean, name)
        if value not in allowed:
            check.keep_as_note(
                name,
                FIELD_LABELS[name],
                str(value),
                _said(QT_TRANSLATE_NOOP("ContactProblem", "must be one of {choices}"), choices=", ".join(allowed)),
            )
            setattr(clean, name, getattr(ContactData(), name))
    day = clean.invitation_date
    if day is not None and not (isinstance(day, dt.date) and EARLIEST_DAY <= day <= LATEST_DAY):
        check.keep_as_note(
            "invitation_date",
            FIELD_LABELS["invitation_date"],
            day.isoformat() if isinstance(day, dt.date) else str(day),
            _said(
                QT_TRANSLATE_NOOP("ContactProblem", "not a day between {first} and {last}"),
                first=EARLIEST_DAY.year,
                last=LATEST_DAY.year,
            ),
        )
        clean.invitation_date = None
    for name in ("keep_in_touch_days", "keep_in_touch_max_days"):
        value = getattr(clean, name)
        if value is not None and not (
            isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_KEEP_IN_TOUCH_DAYS
        ):
            check.keep_as_note(
                name,
                FIELD_LABELS[name],
                str(value),
                _said(
                    QT_TRANSLATE_NOOP("ContactProblem", "must be a number of days between 1 and {most}"),
                    most=MAX_KEEP_IN_TOUCH_DAYS,
                ),
            )
            setattr(clean, name, None)
    if (
        clean.keep_in_touch_days
        and clean.keep_in_touch_max_days
        and clean.keep_in_touch_max_days < clean.keep_in_touch_days
    ):
        check.keep_as_note(
            "keep_in_touch_max_days",
            FIELD_LABELS["keep_in_touch_max_days"],
            str(clean.keep_in_touch_max_days),
            _said(QT_TRANSLATE_NOOP("ContactProblem", "must not be shorter than the ideal cadence")),
        )
        clean.keep_in_touch_max_days = None
    if clean.referred_by_id is not None:
        problem: str = ""
        if contact_id is not None and clean.referred_by_id == contact_id:
            problem = _said(QT_TRANSLATE_NOOP("ContactProblem", "a contact cannot refer themselves"))
        elif not Contact.select().where(Contact.id == clean.referred_by_id).exists():
            problem = _said(QT_TRANSLATE_NOOP("ContactProblem", "the referring contact does not exist"))
        elif contact_id is not None and _would_loop(contact_id, clean.referred_by_id):
            problem = _said(QT_TRANSLATE_NOOP("ContactProblem", "this would make a referral loop"))
        if problem and check.lenient:
            check.warnings.append(f"left out who referred them: {problem}")
            clean.referred_by_id = None
        elif problem:
            check.refuse("referred_by", problem)


def _check_emails(check: _Checker) -> None:
    emails, seen = [], set()
    for entry in check.clean.emails:
        text = (entry.value or "").replace("\x00", "").strip()
        if not text:
            continue
        label = _clean(entry.label, MAX_LABEL)
        try:
            if len(text) > MAX_NAME:
                raise InvalidEmail(f"longer than {MAX_NAME} characters")
            value = normalize_email(text)
        except InvalidEmail as exc:
            if check.lenient:
                check.keep_as_note(
                    "email", f"Email ({label})" if label else "Email", text, f"not an email address ({exc})"
                )
            else:
                check.refuse(
                    "email",
                    _said(
                        QT_TRANSLATE_NOOP("ContactProblem", "{value!r} is not a valid email address ({reason})"),
                        value=_short(text),
                        reason=str(exc),
                    ),
                )
            continue
        if value.lower() not in seen:
            seen.add(value.lower())
            emails.append(EmailEntry(value, label, entry.primary))
    check.clean.emails = _bounded(
        check, "email", _one_primary(emails), _said(QT_TRANSLATE_NOOP("ContactProblem", "e-mail addresses"))
    )


def _check_phones(check: _Checker, region: str) -> None:
    phones = []
    for entry in check.clean.phones:
        text = (entry.value or "").replace("\x00", "").strip()
        if not text:
            continue
        label = _clean(entry.label, MAX_LABEL)
        note_label = f"Phone ({label})" if label else "Phone"
        if not re.search(r"\d", text):
            if check.lenient:
                check.keep_as_note(
                    "phone", note_label, text, _said(QT_TRANSLATE_NOOP("ContactProblem", "not a phone number"))
                )
            else:
                check.refuse(
                    "phone", _said(QT_TRANSLATE_NOOP("ContactProblem", "{value!r} has no digits"), value=_short(text))
                )
            continue
        if len(text) > MAX_PHONE:
            if check.lenient:
                check.keep_as_note("phone", note_label, text, f"longer than {MAX_PHONE} characters for a phone number")
                continue
            text = text[:MAX_PHONE]
        phones.append(PhoneEntry(text, label, entry.primary, normalize_phone(text, region)))
    check.clean.phones = _bounded(
        check, "phone", _one_primary(phones), _said(QT_TRANSLATE_NOOP("ContactProblem", "phone numbers"))
    )


def _over(entries: list, what: str) -> tuple[list, str, str]:
    """(the first :data:`MAX_PER_PERSON` entries, a note line with the others' values, the warning), or
    (entries, "", "") when they fit."""
    if len(entries) <= MAX_PER_PERSON:
        return entries, "", ""
    extra = entries[MAX_PER_PERSON:]
    line = f"More {what}: " + ", ".join(entry.value for entry in extra)
    warning = f"kept {len(extra):,} more {what} as a note: one person holds at most {MAX_PER_PERSON}"
    return entries[:MAX_PER_PERSON], line, warning


def _bounded(check: _Checker, field_name: str, entries: list, what: str) -> list:
    """At most :data:`MAX_PER_PERSON` entries, the primary first. Lenient: the others become one note line."""
    kept, line, warning = _over(entries, what)
    if not line:
        return entries
    if not check.lenient:
        check.refuse(
            field_name,
            _said(
                QT_TRANSLATE_NOOP("ContactProblem", "one person holds at most {most} {what}"),
                most=MAX_PER_PERSON,
                what=what,
            ),
        )
        return entries
    check._kept.append(line)
    check.warnings.append(warning)
    return kept


def bound_lists(data: ContactData) -> list[str]:
    """Keep validated ``data`` that grew by merging (several rows of a file for one person) within
    :data:`MAX_PER_PERSON` e-mail addresses and phone numbers; the others go to the notes, one line per kind.
    Returns the warnings (none when everything fits)."""
    warnings = []
    for name, what in (("emails", "e-mail addresses"), ("phones", "phone numbers")):
        kept, line, warning = _over(getattr(data, name), what)
        if line:
            setattr(data, name, kept)
            line = line[: MAX_NOTES // 2]
            head = data.notes.rstrip()[: MAX_NOTES - len(line) - 1]
            data.notes = f"{head}\n{line}" if head else line
            warnings.append(warning)
    return warnings


def _valid_day(month: int, day: int, year: int | None) -> bool:
    try:
        dt.date(year if year is not None else 2000, month, day)  # 2000: a leap year, so 29 February is a day
    except (ValueError, TypeError, OverflowError):
        return False
    return True


def _check_dates(check: _Checker) -> None:
    dates = []
    for entry in check.clean.dates:
        kind = entry.kind if entry.kind in DATE_KINDS else "other"
        label = _clean(entry.label, MAX_LABEL)
        year = entry.year
        ok = all(isinstance(x, int) and not isinstance(x, bool) for x in (entry.month, entry.day))
        ok = ok and (year is None or (isinstance(year, int) and 1 <= year <= 9999))
        if not ok or not _valid_day(entry.month, entry.day, year):
            shown = label or _DATE_LABELS[kind]
            value = f"{year if year is not None else '----'}-{entry.month}-{entry.day}"
            check.keep_as_note("dates", shown, value, _said(QT_TRANSLATE_NOOP("ContactProblem", "not a date")))
            continue
        dates.append(DateEntry(entry.month, entry.day, year, kind, label))
    check.clean.dates = dates


def _check_links(check: _Checker) -> None:
    clean = check.clean
    websites, seen = [], set()
    for entry in clean.websites:
        value = _clean(entry.value, MAX_VALUE)
        if value and value not in seen:
            seen.add(value)
            websites.append(WebsiteEntry(value, _clean(entry.label, MAX_LABEL)))
    clean.websites = websites
    handles: list[HandleEntry] = []
    seen_handles: set[tuple[str, str]] = set()
    for handle in clean.handles:
        value = _clean(handle.value, MAX_VALUE)
        kind = handle.kind if handle.kind in HANDLE_KINDS else "im"
        key = (kind, value.casefold())
        if value and key not in seen_handles:
            seen_handles.add(key)
            handles.append(
                HandleEntry(value, _clean(handle.service, MAX_LABEL).lower(), _clean(handle.label, MAX_LABEL), kind)
            )
    clean.handles = handles
    kept = []
    for line in clean.vcard_properties:
        line = (line or "").replace("\x00", "").strip("\r\n")
        if not line.strip():
            continue
        if len(line) > MAX_VCARD_LINE:
            name = line.split(":", 1)[0].split(";", 1)[0]
            if check.lenient:
                check.warnings.append(f"left out the vCard property {_short(name, 40)}: larger than 1 MB")
                continue
            check.refuse(
                "vcard",
                _said(
                    QT_TRANSLATE_NOOP("ContactProblem", "the vCard property {name} is larger than 1 MB"),
                    name=_short(name, 40),
                ),
            )
            continue
        kept.append(line)
    clean.vcard_properties = kept


def _fallback_name(clean: ContactData) -> str:
    """What to call someone an import knows only by a nickname, a phone number, a website or a handle."""
    for value in (
        clean.nickname,
        " ".join(p for p in (clean.name_prefix, clean.middle_name, clean.name_suffix) if p),
        clean.department,
        clean.title,
        clean.phones[0].value if clean.phones else "",
        clean.linkedin_url,
        clean.websites[0].value if clean.websites else "",
        clean.handles[0].value if clean.handles else "",
    ):
        if value:
            return value[:MAX_NAME]
    return ""


def validate(
    data: ContactData,
    *,
    contact_id: int | None = None,
    region: str | None = None,
    lenient: bool = False,
    warnings: list[str] | None = None,
) -> ContactData:
    """Check and normalise ``data``; return the cleaned copy or raise :class:`ContactValidationError`.

    ``lenient`` is for imports: a value that fails its check is kept as a note line and reported in ``warnings``
    (``kept "BusinessPhone" as a note: not a phone number``), an over-long text is cut at a generous limit with a
    warning; only a contact with nothing to call it by is refused.
    """
    check = _Checker(data.copy(), lenient)
    clean = check.clean
    _check_text_fields(check)
    _check_choices(check, contact_id)
    _check_emails(check)
    _check_phones(check, region or default_region())
    _check_dates(check)
    _check_links(check)
    clean.addresses = _one_primary([a for a in clean.addresses if not a.is_empty()])
    clean.circles = list(dict.fromkeys(_clean(c, 100) for c in clean.circles if _clean(c, 100)))
    check.finish_notes()

    if not any((clean.given_name, clean.family_name, clean.display_name, clean.company, clean.emails)):
        fallback = _fallback_name(clean) if lenient else ""
        if fallback:
            clean.display_name = fallback
        else:
            check.refuse(
                "name",
                _said(QT_TRANSLATE_NOOP("ContactProblem", "give at least a name, a company or an email address")),
            )
    if check.problems:
        raise ContactValidationError(check.problems)
    if warnings is not None:
        warnings.extend(check.warnings)
    if not clean.display_name:
        clean.display_name = derive_display_name(
            clean.given_name, clean.family_name, clean.company, clean.emails[0].value if clean.emails else ""
        )
    return clean


def _one_primary(entries: list) -> list:
    """Exactly one primary entry (the first marked one, else the first), listed first."""
    if not entries:
        return entries
    primary = next((e for e in entries if e.primary), entries[0])
    for entry in entries:
        entry.primary = entry is primary
    return [primary] + [e for e in entries if e is not primary]


def _would_loop(contact_id: int, referrer_id: int) -> bool:
    """True when ``contact_id`` already appears up the referral chain of ``referrer_id``."""
    seen = set()
    current: int | None = referrer_id
    while current is not None and current not in seen:
        if current == contact_id:
            return True
        seen.add(current)
        current = Contact.select(Contact.referred_by).where(Contact.id == current).scalar()
    return False
