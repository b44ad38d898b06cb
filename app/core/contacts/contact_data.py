"""What a contact is made of, as a form or an import sets it: :class:`ContactData` and its list entries.

Plain values (DESIGN §3); :meth:`ContactData.from_contact` reads a stored contact into one. Validation and writing are
:mod:`app.core.contacts.service`'s; the follow-up rules compare two of them (a contact before and after a save), which
is why this lives apart from the write path that calls those rules.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.models import (
    Circle,
    Contact,
    ContactAddress,
    ContactCircle,
    ContactDate,
    ContactEmail,
    ContactHandle,
    ContactPhone,
    ContactVcardProperty,
    ContactWebsite,
)
from app.models import derive_display_name as derive_display_name  # the name a contact gets when none is typed

# A contact's one-line text fields (names, work, profile link) and its free-text ones, by ContactData field name: the
# one list validation, merging duplicates, import matching and the JSON import share.
NAME_FIELDS = (
    "given_name",
    "family_name",
    "display_name",
    "company",
    "title",
    "linkedin_url",
    "name_prefix",
    "middle_name",
    "name_suffix",
    "nickname",
    "department",
)
STORY_FIELDS = ("how_met", "why_connect", "notes")


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
class DateEntry:
    """A yearly day of a contact. ``kind`` is one of DATE_KINDS; ``label`` names an "other" day ("Graduation");
    ``year`` is None when only the day is known."""

    month: int
    day: int
    year: int | None = None
    kind: str = "birthday"
    label: str = ""

    def iso(self) -> str:
        """``1985-04-12``, or ``--04-12`` without a year (the vCard 4.0 / ISO 8601 form)."""
        head = f"{self.year:04d}" if self.year is not None else "-"
        return f"{head}-{self.month:02d}-{self.day:02d}"

    def as_date(self) -> dt.date | None:
        """The date itself when the year is known and the day exists."""
        if self.year is None:
            return None
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None


@dataclass
class WebsiteEntry:
    value: str
    label: str = ""


@dataclass
class HandleEntry:
    """An IM address (``kind`` "im") or a social profile (``kind`` "social").

    ``service`` names the network in lower case ("jabber", "skype", "twitter", "mastodon"…) and ``value`` is the
    address or profile on it *without* a URI scheme that only repeats the service: IMPP ``xmpp:ada@example.org``
    is service "jabber", value "ada@example.org" (the vCard export puts the scheme back). A social profile's value
    is its URL or handle as written."""

    value: str
    service: str = ""
    label: str = ""
    kind: str = "im"


@dataclass(slots=True)  # 31 fields: an instance dict past 30 keys is not shared, ~1.6 KB per contact (issue 21)
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
    name_prefix: str = ""
    middle_name: str = ""
    name_suffix: str = ""
    nickname: str = ""
    department: str = ""
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
    dates: list[DateEntry] = field(default_factory=list)
    websites: list[WebsiteEntry] = field(default_factory=list)
    handles: list[HandleEntry] = field(default_factory=list)
    vcard_properties: list[str] = field(default_factory=list)  # unfolded content lines kept verbatim

    @property
    def birthday(self) -> DateEntry | None:
        return next((d for d in self.dates if d.kind == "birthday"), None)

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
            name_prefix=contact.name_prefix,
            middle_name=contact.middle_name,
            name_suffix=contact.name_suffix,
            nickname=contact.nickname,
            department=contact.department,
            dates=[
                DateEntry(d.month, d.day, d.year, d.kind, d.label)
                for d in ContactDate.select()
                .where(ContactDate.contact == contact)
                .order_by(ContactDate.position, ContactDate.id)
            ],
            websites=[
                WebsiteEntry(w.value, w.label)
                for w in ContactWebsite.select()
                .where(ContactWebsite.contact == contact)
                .order_by(ContactWebsite.position, ContactWebsite.id)
            ],
            handles=[
                HandleEntry(h.value, h.service, h.label, h.kind)
                for h in ContactHandle.select()
                .where(ContactHandle.contact == contact)
                .order_by(ContactHandle.position, ContactHandle.id)
            ],
            vcard_properties=[
                p.line
                for p in ContactVcardProperty.select()
                .where(ContactVcardProperty.contact == contact)
                .order_by(ContactVcardProperty.position, ContactVcardProperty.id)
            ],
        )

    def copy(self) -> ContactData:
        """A copy whose lists and entries can be changed without touching this one (every import row is copied
        once by validation: field by field, not through ``dataclasses.replace``, which costs several times more)."""
        clone = _shallow(self)
        clone.emails = [_shallow(e) for e in self.emails]
        clone.phones = [_shallow(p) for p in self.phones]
        clone.addresses = [_shallow(a) for a in self.addresses]
        clone.circles = list(self.circles)
        clone.dates = [_shallow(d) for d in self.dates]
        clone.websites = [_shallow(w) for w in self.websites]
        clone.handles = [_shallow(h) for h in self.handles]
        clone.vcard_properties = list(self.vcard_properties)
        return clone


def _shallow(value):
    """The same dataclass instance's fields in a new instance (no ``__init__``: the values are already checked)."""
    clone = object.__new__(type(value))
    if hasattr(value, "__dict__"):
        clone.__dict__.update(value.__dict__)
    else:  # ContactData has slots
        for name in value.__slots__:
            object.__setattr__(clone, name, getattr(value, name))
    return clone
