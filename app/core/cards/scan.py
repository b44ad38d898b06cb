"""From a reviewed card to a contact: find the person if I already know them, else create them (source ``card``).

A card I receive often belongs to someone already in my network (imported from LinkedIn, met before). Matching
on an email address or a phone number (E.164) is reliable; names alone are not, so they never merge. Merging
only fills what the contact lacks and adds new emails, phones and the address; it never overwrites what I wrote.
The card's picture is kept with the contact (``ContactImage``), in the same transaction as the contact itself.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from app.core.cards.classify import CardFields
from app.core.changes import Changes
from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.contacts import service as contacts
from app.core.contacts.contact_data import AddressEntry, ContactData, EmailEntry, PhoneEntry
from app.db import database
from app.models import Contact, ContactEmail, ContactImage, ContactPhone

MAX_IMAGE_BYTES = 8 * 1024 * 1024


@dataclass
class CardImage:
    """The picture to keep: encoded bytes (JPEG/PNG) and their pixel size."""

    data: bytes
    mime: str = "image/jpeg"
    width: int = 0
    height: int = 0
    original_name: str = ""


@dataclass
class ReviewedCard:
    """What the review form holds when I press Save (every field as I corrected it)."""

    given_name: str = ""
    family_name: str = ""
    title: str = ""
    company: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[tuple[str, str]] = field(default_factory=list)  # (value, label)
    website: str = ""
    linkedin_url: str = ""
    address: AddressEntry = field(default_factory=AddressEntry)
    how_met: str = ""
    notes: str = ""

    @classmethod
    def from_fields(cls, fields: CardFields) -> ReviewedCard:
        a = fields.address
        return cls(
            given_name=fields.given_name,
            family_name=fields.family_name,
            title=fields.title,
            company=fields.company,
            emails=list(fields.emails),
            phones=[(p.value, p.label) for p in fields.phones],
            website=fields.websites[0] if fields.websites else "",
            linkedin_url=fields.linkedin_url,
            address=AddressEntry("work", a.street, a.locality, a.region, a.postal_code, a.country),
            notes="\n".join(fields.notes),
        )

    def notes_text(self) -> str:
        """Notes plus the website (a contact has no website field: it goes in the notes, where search finds it)."""
        parts = [self.notes.strip()]
        if self.website.strip():
            parts.append(f"Website: {self.website.strip()}")
        return "\n".join(p for p in parts if p)

    def as_contact_data(self) -> ContactData:
        return ContactData(
            given_name=self.given_name,
            family_name=self.family_name,
            company=self.company,
            title=self.title,
            linkedin_url=self.linkedin_url,
            how_met=self.how_met,
            notes=self.notes_text(),
            source="card",
            stage="met",  # a card is handed over in person
            tie="new",
            emails=[EmailEntry(e, "work") for e in self.emails if e.strip()],
            phones=[PhoneEntry(v, label or "work") for v, label in self.phones if v.strip()],
            addresses=[] if self.address.is_empty() else [dataclasses.replace(self.address)],
        )


@dataclass(frozen=True)
class Match:
    """An existing contact the card belongs to, and why we think so."""

    contact_id: int
    display_name: str
    reason: str  # "same email" / "same phone number"


@dataclass(frozen=True)
class SaveOutcome:
    contact_id: int
    merged: bool
    image_id: int | None
    previous: ContactData | None  # the contact before a merge (for undo); None for a new contact

    @property
    def changes(self) -> Changes:
        """What saving (or taking it back) changed, for the UI to publish."""
        return Changes.of("contacts", contact_ids=[self.contact_id])


def find_match(emails: list[str], phones: list[str], *, region: str | None = None) -> Match | None:
    """The live contact that has one of ``emails`` (ignoring case) or one of ``phones`` (same E.164), if any."""
    wanted_emails = [e.strip() for e in emails if e.strip()]
    if wanted_emails:
        row = (
            Contact.select(Contact.id, Contact.display_name)
            .join(ContactEmail)
            .where(ContactEmail.value.in_(wanted_emails), Contact.deleted_at.is_null())
            .order_by(Contact.id)
            .first()
        )
        if row is not None:
            return Match(row.id, row.display_name, "same email")
    region = region or contacts.default_region()
    numbers = [n for n in (contacts.normalize_phone(p, region) for p in phones if p.strip()) if n]
    if numbers:
        row = (
            Contact.select(Contact.id, Contact.display_name)
            .join(ContactPhone)
            .where(ContactPhone.e164.in_(numbers), Contact.deleted_at.is_null())
            .order_by(Contact.id)
            .first()
        )
        if row is not None:
            return Match(row.id, row.display_name, "same phone number")
    return None


def merged_data(existing: ContactData, card: ContactData) -> ContactData:
    """``existing`` with what the card adds: empty fields filled, new emails/phones/address appended.

    Nothing I already wrote is replaced; "how we met" and the notes are appended, not overwritten.
    """
    merged = existing.copy()
    for name in ("given_name", "family_name", "company", "title", "linkedin_url"):
        if not getattr(merged, name).strip() and getattr(card, name).strip():
            setattr(merged, name, getattr(card, name))
    for name in ("how_met", "notes"):
        old, new = getattr(merged, name).strip(), getattr(card, name).strip()
        if new and new not in old:
            setattr(merged, name, f"{old}\n{new}" if old else new)
    known_emails = {e.value.lower() for e in merged.emails}
    merged.emails += [e for e in card.emails if e.value.strip().lower() not in known_emails]
    known_phones = {p.e164 or p.value for p in merged.phones}
    region = contacts.default_region()
    for phone in card.phones:
        if (contacts.normalize_phone(phone.value, region) or phone.value) not in known_phones:
            merged.phones.append(phone)
    for address in card.addresses:
        if not any(_same_address(address, a) for a in merged.addresses):
            merged.addresses.append(address)
    return merged


def merged_into_contact(contact_id: int, card: ContactData) -> ContactData:
    """What adding ``card`` to contact ``contact_id`` would make of it (:func:`merged_data` of the stored contact),
    for checking before saving."""
    return merged_data(ContactData.from_contact(Contact.get_by_id(contact_id)), card)


def _same_address(a: AddressEntry, b: AddressEntry) -> bool:
    key = ("street", "locality", "postal_code")
    return all(getattr(a, k).strip().lower() == getattr(b, k).strip().lower() for k in key)


def save_card(
    card: ReviewedCard,
    image: CardImage | None,
    *,
    merge_into: int | None = None,
    clock: Clock = SYSTEM_CLOCK,
) -> SaveOutcome:
    """Create the contact (source ``card``), or merge into contact ``merge_into``, and keep ``image`` with it.

    One transaction: on any error (:class:`~app.core.contacts.service.ContactValidationError`, a too-large image…)
    nothing is written.
    """
    if image is not None and len(image.data) > MAX_IMAGE_BYTES:
        raise ValueError(f"the card picture is larger than {MAX_IMAGE_BYTES // (1024 * 1024)} MB")
    data = card.as_contact_data()
    with database.atomic():
        previous = None
        if merge_into is not None:
            contact = Contact.get_by_id(merge_into)
            previous = ContactData.from_contact(contact)
            contact = contacts.update_contact(merge_into, merged_data(previous, data), clock=clock)
        else:
            contact = contacts.create_contact(data, clock=clock)
        image_id = None
        if image is not None:
            image_id = ContactImage.create(
                contact=contact,
                kind="card_front",
                mime=image.mime,
                data=image.data,
                width=image.width,
                height=image.height,
                original_name=image.original_name[:255],
                created_at=clock.now(),
            ).id
    return SaveOutcome(contact.id, merge_into is not None, image_id, previous)


def undo_save(outcome: SaveOutcome, *, clock: Clock = SYSTEM_CLOCK) -> Changes:
    """Take back :func:`save_card` (Edit → Undo): the new contact is removed again (with its picture and the
    follow-ups its creation made); a merged contact gets its previous values back and loses the added picture.
    Redo is :func:`save_card` with the same arguments."""
    with database.atomic():
        if outcome.image_id is not None:
            ContactImage.delete().where(ContactImage.id == outcome.image_id).execute()
        if outcome.merged and outcome.previous is not None:
            contacts.update_contact(outcome.contact_id, outcome.previous, clock=clock)
        elif not outcome.merged:
            Contact.delete().where(Contact.id == outcome.contact_id).execute()
    return outcome.changes


def card_images(contact_id: int) -> list[ContactImage]:
    """The card pictures kept with a contact, newest first (for the contact's detail pane)."""
    return list(
        ContactImage.select()
        .where(ContactImage.contact == contact_id)
        .order_by(ContactImage.created_at.desc(), ContactImage.id.desc())
    )
