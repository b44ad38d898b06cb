"""Small reads the screens repeat: a contact's name by id, "Name — Company", the circles in their order.

The UI asks these instead of querying the models itself (issue 18); each is one query. Names of contacts that do
not exist come back as "" (a deleted referrer, an interaction's other person merged away).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from peewee import JOIN, chunked

from app.core.contacts import circle_names
from app.core.contacts.contact_data import ContactData
from app.db import MAX_SQL_PARAMETERS
from app.models import Circle, Company, Contact, ContactCircle


@dataclass(frozen=True)
class CircleInfo:
    """One circle as the pickers, chips and filters show it."""

    id: int
    name: str  # as stored: the key the core takes back (a default circle's English name)
    colour: str
    prompt: str = ""

    @property
    def label(self) -> str:
        """The name as the reader sees it (a default circle's in the interface's language)."""
        return circle_names.shown(self.name)

    @property
    def hint(self) -> str:
        """The brainstorm prompt as the reader sees it."""
        return circle_names.shown_prompt(self.name, self.prompt)


def display_name(contact_id: int | None) -> str:
    """The contact's display name, "" when there is no such contact (trashed ones still have theirs)."""
    if contact_id is None:
        return ""
    return Contact.select(Contact.display_name).where(Contact.id == contact_id).scalar() or ""


def display_names(contact_ids: Iterable[int]) -> dict[int, str]:
    """Display names of these contacts by id (missing ones are left out)."""
    ids = sorted({i for i in contact_ids if i is not None})
    if not ids:
        return {}
    names: dict[int, str] = {}
    for chunk in chunked(ids, MAX_SQL_PARAMETERS):  # a whole list selected: 50 000 ids
        names.update(Contact.select(Contact.id, Contact.display_name).where(Contact.id.in_(chunk)).tuples())
    return names


def contact_exists(contact_id: int | None) -> bool:
    """Whether a contact with this id exists (in the trash or not)."""
    return contact_id is not None and Contact.select().where(Contact.id == contact_id).exists()


def is_trashed(contact_id: int | None) -> bool:
    """Whether this contact is in the trash (False when there is no such contact)."""
    if contact_id is None:
        return False
    return Contact.select(Contact.deleted_at).where(Contact.id == contact_id).scalar() is not None


def trashed_ids(contact_ids: Iterable[int]) -> set[int]:
    """Those of these contacts that are in the trash."""
    ids = sorted({i for i in contact_ids if i is not None})
    if not ids:
        return set()
    trashed: set[int] = set()
    for chunk in chunked(ids, MAX_SQL_PARAMETERS):  # a whole trash selected
        query = Contact.select(Contact.id).where(Contact.id.in_(chunk), Contact.deleted_at.is_null(False))
        trashed.update(query.scalars())
    return trashed


def trash_count() -> int:
    """How many contacts the trash holds."""
    return Contact.select().where(Contact.deleted_at.is_null(False)).count()


def active_name_count(name: str) -> int:
    """How many contacts not in the trash have exactly this display name."""
    return Contact.select().where(Contact.display_name == name, Contact.deleted_at.is_null()).count()


def _label(name: str, company: str | None) -> str:
    return f"{name} — {company}" if company else name


def contact_label(contact_id: int | None) -> str:
    """ "Name — Company" for one contact ("" when it does not exist)."""
    if contact_id is None:
        return ""
    row = (
        Contact.select(Contact.display_name, Company.name)
        .join(Company, JOIN.LEFT_OUTER, on=(Contact.company == Company.id))
        .where(Contact.id == contact_id)
        .tuples()
        .first()
    )
    return _label(*row) if row else ""


def names_and_companies(contact_ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """(display name, company or "") of these contacts by id (missing ones are left out)."""
    ids = sorted(set(contact_ids))
    if not ids:
        return {}
    found: dict[int, tuple[str, str]] = {}
    for chunk in chunked(ids, MAX_SQL_PARAMETERS):
        rows = (
            Contact.select(Contact.id, Contact.display_name, Company.name)
            .join(Company, JOIN.LEFT_OUTER, on=(Contact.company == Company.id))
            .where(Contact.id.in_(chunk))
            .tuples()
        )
        found.update((cid, (name, company or "")) for cid, name, company in rows)
    return found


def circles_in_order() -> list[CircleInfo]:
    """Every circle in the user's order (position, then name)."""
    rows = (
        Circle.select(Circle.id, Circle.name, Circle.colour, Circle.prompt)
        .order_by(Circle.position, Circle.name)
        .tuples()
    )
    return [CircleInfo(cid, name, colour or "", prompt or "") for cid, name, colour, prompt in rows]


def circle_colours() -> dict[str, str]:
    """Each circle's colour by name."""
    return {c.name: c.colour for c in circles_in_order()}


def stored_circle_name(text: str) -> str:
    """The stored name of the circle a reader typed or picked as ``text``: a circle stored so (ignoring case), else
    the default circle shown so in the interface's language, else ``text`` itself (a new circle's name)."""
    text = (text or "").strip()
    found = Circle.select(Circle.name).where(Circle.name == text).scalar()
    if found is None and (default := circle_names.default_named(text)) is not None:
        found = Circle.select(Circle.name).where(Circle.name == default).scalar()
    return found if found is not None else text


def circle_members(circle_id: int) -> list[tuple[int, str]]:
    """(id, display name) of the contacts not in the trash in this circle, newest first."""
    return list(
        Contact.select(Contact.id, Contact.display_name)
        .join(ContactCircle, on=(ContactCircle.contact == Contact.id))
        .where(ContactCircle.circle == circle_id, Contact.deleted_at.is_null())
        .order_by(Contact.id.desc())
        .tuples()
    )


@dataclass(frozen=True)
class ContactHeader:
    """What the top of a contact's page shows."""

    id: int
    display_name: str
    photo: bytes | None
    deleted_at: dt.datetime | None
    title: str
    department: str
    company: str
    company_is_target: bool
    referred_by_id: int | None
    referrer_name: str | None  # None: the referrer no longer exists


def contact_header(contact_id: int) -> ContactHeader | None:
    """The header of one contact (trashed ones included), None when there is no such contact."""
    contact = Contact.get_or_none(Contact.id == contact_id)
    if contact is None:
        return None
    company = contact.company if contact.company_id else None
    referrer_name = None
    if contact.referred_by_id is not None:
        referrer = Contact.select(Contact.display_name).where(Contact.id == contact.referred_by_id).first()
        referrer_name = referrer.display_name if referrer else None
    return ContactHeader(
        id=contact.id,
        display_name=contact.display_name,
        photo=contact.photo,
        deleted_at=contact.deleted_at,
        title=contact.title,
        department=contact.department,
        company=company.name if company else "",
        company_is_target=bool(company.is_target) if company else False,
        referred_by_id=contact.referred_by_id,
        referrer_name=referrer_name,
    )


@dataclass(frozen=True)
class StoredContact:
    data: ContactData
    created_at: dt.datetime


def stored_contact(contact_id: int | None) -> StoredContact | None:
    """The contact as stored (trashed ones too), None when there is no such contact."""
    contact = Contact.get_or_none(Contact.id == contact_id) if contact_id is not None else None
    if contact is None:
        return None
    return StoredContact(ContactData.from_contact(contact), contact.created_at)


@dataclass(frozen=True)
class CompanyRef:
    id: int
    name: str
    is_target: bool


def company_names() -> list[str]:
    """Every company's name, alphabetical (the editor's completer)."""
    return [name for (name,) in Company.select(Company.name).order_by(Company.name).tuples()]


def company_named(name: str) -> CompanyRef | None:
    """The company called ``name`` (ignoring case), None for an empty or unknown name."""
    company = Company.get_or_none(Company.name == name) if name else None
    return CompanyRef(company.id, company.name, bool(company.is_target)) if company is not None else None
