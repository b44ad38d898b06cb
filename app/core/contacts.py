"""Creating, editing, trashing and restoring contacts: the one write path every part of the app uses.

The GUI editor, the importers, the brainstorm wizard and the CLI all go through :func:`create_contact` and
:func:`update_contact`, so validation, company linking, circle membership and the follow-up rules behave the
same everywhere. Every call is one transaction: it either fully happens or not at all.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import locale
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from app.core import followup_rules
from app.core.clock import SYSTEM_CLOCK, Clock
from app.db import database
from app.models import (
    INVITATION_STATUSES,
    SOURCES,
    STAGES,
    TIES,
    Circle,
    Company,
    Contact,
    ContactAddress,
    ContactCircle,
    ContactEmail,
    ContactPhone,
    Setting,
    derive_display_name,
)

MAX_NAME = 300
MAX_TEXT = 100_000
MAX_KEEP_IN_TOUCH_DAYS = 3650
DEFAULT_REGION_SETTING = "phone_default_region"


@dataclass
class EmailEntry:
    value: str
    label: str = ""
    primary: bool = False


@dataclass
class PhoneEntry:
    """``value`` is kept exactly as written; ``e164`` is filled by validation when the number parses."""

    value: str
    label: str = ""
    primary: bool = False
    e164: str = ""


@dataclass
class AddressEntry:
    label: str = ""
    street: str = ""
    locality: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""
    primary: bool = False

    def is_empty(self) -> bool:
        return not any((self.street, self.locality, self.region, self.postal_code, self.country))


@dataclass
class ContactData:
    """Everything about a contact that a form or an import can set (DESIGN §3).

    ``company`` is a name: the matching Company row is found (ignoring case) or created. ``circles`` are circle
    names; unknown ones are created. ``display_name`` is derived when left empty.
    """

    given_name: str = ""
    family_name: str = ""
    display_name: str = ""
    company: str = ""
    title: str = ""
    linkedin_url: str = ""
    how_met: str = ""
    why_connect: str = ""
    notes: str = ""
    stage: str = "prospect"
    invitation_status: str = "none"
    invitation_date: dt.date | None = None
    referred_by_id: int | None = None
    source: str = "manual"
    tie: str = "acquaintance"
    keep_in_touch_days: int | None = None
    keep_in_touch_max_days: int | None = None
    photo: bytes | None = None
    emails: list[EmailEntry] = field(default_factory=list)
    phones: list[PhoneEntry] = field(default_factory=list)
    addresses: list[AddressEntry] = field(default_factory=list)
    circles: list[str] = field(default_factory=list)

    @classmethod
    def from_contact(cls, contact: Contact) -> ContactData:
        """The current state of a stored contact."""
        emails = ContactEmail.select().where(ContactEmail.contact == contact)
        phones = ContactPhone.select().where(ContactPhone.contact == contact)
        addresses = ContactAddress.select().where(ContactAddress.contact == contact)
        circles = (
            Circle.select(Circle.name)
            .join(ContactCircle)
            .where(ContactCircle.contact == contact)
            .order_by(Circle.position, Circle.name)
        )
        return cls(
            given_name=contact.given_name,
            family_name=contact.family_name,
            display_name=contact.display_name,
            company=contact.company.name if contact.company_id else "",
            title=contact.title,
            linkedin_url=contact.linkedin_url,
            how_met=contact.how_met,
            why_connect=contact.why_connect,
            notes=contact.notes,
            stage=contact.stage,
            invitation_status=contact.invitation_status,
            invitation_date=contact.invitation_date,
            referred_by_id=contact.referred_by_id,
            source=contact.source,
            tie=contact.tie,
            keep_in_touch_days=contact.keep_in_touch_days,
            keep_in_touch_max_days=contact.keep_in_touch_max_days,
            photo=contact.photo,
            emails=[
                EmailEntry(e.value, e.label, bool(e.is_primary))
                for e in emails.order_by(ContactEmail.is_primary.desc(), ContactEmail.position, ContactEmail.id)
            ],
            phones=[
                PhoneEntry(p.value, p.label, bool(p.is_primary), p.e164)
                for p in phones.order_by(ContactPhone.is_primary.desc(), ContactPhone.position, ContactPhone.id)
            ],
            addresses=[
                AddressEntry(a.label, a.street, a.locality, a.region, a.postal_code, a.country, bool(a.is_primary))
                for a in addresses.order_by(ContactAddress.is_primary.desc(), ContactAddress.id)
            ],
            circles=[c.name for c in circles],
        )

    def copy(self) -> ContactData:
        return dataclasses.replace(
            self,
            emails=[dataclasses.replace(e) for e in self.emails],
            phones=[dataclasses.replace(p) for p in self.phones],
            addresses=[dataclasses.replace(a) for a in self.addresses],
            circles=list(self.circles),
        )


@dataclass(frozen=True)
class FieldProblem:
    """Why one field was refused, worded for the person who typed it."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ContactValidationError(ValueError):
    """The data cannot be saved; ``problems`` says which fields and why. Nothing was written."""

    def __init__(self, problems: Sequence[FieldProblem]):
        self.problems = list(problems)
        super().__init__("; ".join(str(p) for p in self.problems))


# --- normalisation ----------------------------------------------------------------------------------------------
def default_region() -> str:
    """The country used to read phone numbers written without +country code: the setting, else the locale."""
    configured = Setting.read(DEFAULT_REGION_SETTING)
    if isinstance(configured, str) and len(configured) == 2:
        return configured.upper()
    code = (locale.getlocale()[0] or "") if hasattr(locale, "getlocale") else ""
    match = re.match(r"[a-z]{2,3}_([A-Z]{2})", code)
    return match.group(1) if match else "US"


class InvalidEmail(ValueError):
    """An email address that cannot be used; the message says why."""


def normalize_phone(text: str, region: str | None = None) -> str:
    """E.164 form of a phone number, or "" when it cannot be read as a possible number."""
    import phonenumbers  # here, not at the top: its metadata costs start-up time before any phone is typed

    digits = re.sub(r"[^\d+]", "", text or "")
    if len(re.sub(r"\D", "", digits)) < 3:
        return ""
    try:
        number = phonenumbers.parse(text, region or "US")
    except phonenumbers.NumberParseException:
        return ""
    if not phonenumbers.is_possible_number(number):
        return ""
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalize_email(text: str) -> str:
    """The email as it will be stored: trimmed, domain lower-cased; raises :class:`InvalidEmail` when unusable."""
    from email_validator import EmailNotValidError, validate_email  # imported on first use (start-up time)

    try:
        result = validate_email(text.strip(), check_deliverability=False, allow_smtputf8=True)
    except EmailNotValidError as exc:
        raise InvalidEmail(str(exc)) from exc
    return result.normalized


LINKEDIN_RE = re.compile(r"^(?:https?://)?(?:[\w-]+\.)?linkedin\.com/", re.IGNORECASE)


def normalize_linkedin_url(text: str) -> str:
    """``linkedin.com/in/x`` → ``https://www.linkedin.com/in/x``; other URLs kept; "" stays ""."""
    text = (text or "").strip()
    if not text:
        return ""
    if LINKEDIN_RE.match(text):
        path = LINKEDIN_RE.sub("", text)
        return "https://www.linkedin.com/" + path.rstrip("/")
    return text


def _clean(text: str | None, limit: int) -> str:
    return (text or "").replace("\x00", "").strip()[:limit]


def validate(data: ContactData, *, contact_id: int | None = None, region: str | None = None) -> ContactData:
    """Check and normalise ``data``; return the cleaned copy or raise :class:`ContactValidationError`."""
    clean = data.copy()
    problems: list[FieldProblem] = []
    for name in ("given_name", "family_name", "display_name", "company", "title", "linkedin_url"):
        setattr(clean, name, _clean(getattr(clean, name), MAX_NAME))
    for name in ("how_met", "why_connect", "notes"):
        setattr(clean, name, _clean(getattr(clean, name), MAX_TEXT))
    clean.linkedin_url = normalize_linkedin_url(clean.linkedin_url)
    if clean.linkedin_url and not re.match(r"^https?://\S+$", clean.linkedin_url):
        problems.append(FieldProblem("linkedin_url", "must be a web address starting with https://"))
    for name, allowed in (
        ("stage", STAGES),
        ("invitation_status", INVITATION_STATUSES),
        ("source", SOURCES),
        ("tie", TIES),
    ):
        if getattr(clean, name) not in allowed:
            problems.append(FieldProblem(name, f"must be one of {', '.join(allowed)}"))
    for name in ("keep_in_touch_days", "keep_in_touch_max_days"):
        value = getattr(clean, name)
        if value is not None and not (isinstance(value, int) and 1 <= value <= MAX_KEEP_IN_TOUCH_DAYS):
            problems.append(FieldProblem(name, f"must be a number of days between 1 and {MAX_KEEP_IN_TOUCH_DAYS}"))
    if (
        clean.keep_in_touch_days
        and clean.keep_in_touch_max_days
        and clean.keep_in_touch_max_days < clean.keep_in_touch_days
    ):
        problems.append(FieldProblem("keep_in_touch_max_days", "must not be shorter than the ideal cadence"))
    if clean.referred_by_id is not None:
        if contact_id is not None and clean.referred_by_id == contact_id:
            problems.append(FieldProblem("referred_by", "a contact cannot refer themselves"))
        elif not Contact.select().where(Contact.id == clean.referred_by_id).exists():
            problems.append(FieldProblem("referred_by", "the referring contact does not exist"))
        elif contact_id is not None and _would_loop(contact_id, clean.referred_by_id):
            problems.append(FieldProblem("referred_by", "this would make a referral loop"))

    emails, seen = [], set()
    for entry in clean.emails:
        text = _clean(entry.value, MAX_NAME)
        if not text:
            continue
        try:
            value = normalize_email(text)
        except InvalidEmail as exc:
            problems.append(FieldProblem("email", f"{text!r} is not a valid email address ({exc})"))
            continue
        if value.lower() not in seen:
            seen.add(value.lower())
            emails.append(EmailEntry(value, _clean(entry.label, 60), entry.primary))
    clean.emails = _one_primary(emails)

    region = region or default_region()
    phones = []
    for entry in clean.phones:
        text = _clean(entry.value, 80)
        if not text:
            continue
        if not re.search(r"\d", text):
            problems.append(FieldProblem("phone", f"{text!r} has no digits"))
            continue
        phones.append(PhoneEntry(text, _clean(entry.label, 60), entry.primary, normalize_phone(text, region)))
    clean.phones = _one_primary(phones)
    clean.addresses = _one_primary([a for a in clean.addresses if not a.is_empty()])
    clean.circles = list(dict.fromkeys(_clean(c, 100) for c in clean.circles if _clean(c, 100)))

    if not any((clean.given_name, clean.family_name, clean.display_name, clean.company, clean.emails)):
        problems.append(FieldProblem("name", "give at least a name, a company or an email address"))
    if problems:
        raise ContactValidationError(problems)
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


# --- writes ------------------------------------------------------------------------------------------------------
def company_for_name(name: str) -> Company | None:
    """The company called ``name`` (ignoring case), created if new; None for an empty name."""
    name = (name or "").strip()
    if not name:
        return None
    company = Company.get_or_none(Company.name == name)
    return company if company is not None else Company.create(name=name)


def circle_for_name(name: str) -> Circle:
    circle = Circle.get_or_none(Circle.name == name)
    if circle is None:
        position = (Circle.select(Circle.position).order_by(Circle.position.desc()).scalar() or 0) + 1
        circle = Circle.create(name=name, position=position)
    return circle


def _write_children(contact: Contact, data: ContactData) -> None:
    ContactEmail.delete().where(ContactEmail.contact == contact).execute()
    ContactPhone.delete().where(ContactPhone.contact == contact).execute()
    ContactAddress.delete().where(ContactAddress.contact == contact).execute()
    ContactCircle.delete().where(ContactCircle.contact == contact).execute()
    for position, email in enumerate(data.emails):
        ContactEmail.create(
            contact=contact, value=email.value, label=email.label, is_primary=email.primary, position=position
        )
    for position, phone in enumerate(data.phones):
        ContactPhone.create(
            contact=contact,
            value=phone.value,
            e164=phone.e164,
            label=phone.label,
            is_primary=phone.primary,
            position=position,
        )
    for address in data.addresses:
        ContactAddress.create(
            contact=contact,
            label=address.label,
            street=address.street,
            locality=address.locality,
            region=address.region,
            postal_code=address.postal_code,
            country=address.country,
            is_primary=address.primary,
        )
    for name in data.circles:
        ContactCircle.insert(contact=contact, circle=circle_for_name(name)).on_conflict_ignore().execute()


_SCALARS = (
    "given_name",
    "family_name",
    "display_name",
    "title",
    "linkedin_url",
    "how_met",
    "why_connect",
    "notes",
    "stage",
    "invitation_status",
    "invitation_date",
    "source",
    "tie",
    "keep_in_touch_days",
    "keep_in_touch_max_days",
    "photo",
)


def create_contact(
    data: ContactData,
    *,
    clock: Clock = SYSTEM_CLOCK,
    contact_id: int | None = None,
    uid: str | None = None,
) -> Contact:
    """Validate and store a new contact with its emails, phones, addresses and circles; run the follow-up rules.

    ``contact_id`` and ``uid`` recreate a contact exactly where it was (redo after undoing its creation), so that
    later undo steps that name it by id still find it.
    """
    clean = validate(data)
    with database.atomic():
        now = clock.now()
        extra = {"id": contact_id} if contact_id is not None else {}
        if uid:
            extra["uid"] = uid
        contact = Contact.create(
            **extra,
            **{name: getattr(clean, name) for name in _SCALARS},
            company=company_for_name(clean.company),
            referred_by=clean.referred_by_id,
            created_at=now,
            updated_at=now,
        )
        _write_children(contact, clean)
        followup_rules.contact_saved(contact, previous=None, clock=clock)
    return contact


def update_contact(contact_id: int, data: ContactData, *, clock: Clock = SYSTEM_CLOCK) -> Contact:
    """Validate and store new values for an existing contact (children replaced); run the follow-up rules."""
    clean = validate(data, contact_id=contact_id)
    with database.atomic():
        contact = Contact.get_by_id(contact_id)
        previous = ContactData.from_contact(contact)
        for name in _SCALARS:
            setattr(contact, name, getattr(clean, name))
        contact.company = company_for_name(clean.company)
        contact.referred_by = clean.referred_by_id
        contact.updated_at = clock.now()
        contact.save()
        _write_children(contact, clean)
        followup_rules.contact_saved(contact, previous=previous, clock=clock)
    return contact


def trash_contacts(ids: Iterable[int], *, clock: Clock = SYSTEM_CLOCK) -> int:
    """Move contacts to the trash (restorable). Returns how many moved."""
    ids = list(ids)
    with database.atomic():
        return Contact.update(deleted_at=clock.now()).where(Contact.id.in_(ids), Contact.deleted_at.is_null()).execute()


def restore_contacts(ids: Iterable[int]) -> int:
    """Bring contacts back from the trash. Returns how many came back."""
    ids = list(ids)
    with database.atomic():
        return Contact.update(deleted_at=None).where(Contact.id.in_(ids), Contact.deleted_at.is_null(False)).execute()


def delete_contacts(ids: Iterable[int]) -> int:
    """Delete contacts for good, trashed or not (undoing their creation). Returns how many."""
    ids = list(ids)
    with database.atomic():
        return Contact.delete().where(Contact.id.in_(ids)).execute()


def empty_trash() -> int:
    """Delete trashed contacts for good (with their interactions, ledger and follow-ups). Returns how many."""
    with database.atomic():
        return Contact.delete().where(Contact.deleted_at.is_null(False)).execute()
