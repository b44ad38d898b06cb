"""Creating, editing, trashing and restoring contacts: the one write path every part of the app uses.

The GUI editor, the importers, the brainstorm wizard and the CLI all go through :func:`create_contact` and
:func:`update_contact`, so validation, company linking, circle membership and the follow-up rules behave the
same everywhere. Every call is one transaction: it either fully happens or not at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from peewee import chunked

from app.core.clock import SYSTEM_CLOCK, Clock
from app.core.contacts import circle_names, email_index
from app.core.contacts.contact_data import ContactData
from app.core.contacts.normalize import (
    DEFAULT_REGION_SETTING,
    InvalidEmail,
    default_region,
    normalize_email,
    normalize_linkedin_url,
    normalize_phone,
)
from app.core.contacts.validation import (
    EARLIEST_DAY,
    LATEST_DAY,
    MAX_KEEP_IN_TOUCH_DAYS,
    MAX_LABEL,
    MAX_NAME,
    MAX_NOTES,
    MAX_PER_PERSON,
    MAX_PHONE,
    MAX_TEXT,
    MAX_VALUE,
    MAX_VCARD_LINE,
    ContactValidationError,
    FieldProblem,
    bound_lists,
    validate,
)
from app.core.followups import rules as followup_rules
from app.db import MAX_SQL_PARAMETERS, database
from app.models import (
    Circle,
    Company,
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

# The write path, and validation's names for its callers (checked and cleaned in .validation).
__all__ = [
    "DEFAULT_REGION_SETTING",
    "EARLIEST_DAY",
    "LATEST_DAY",
    "MAX_KEEP_IN_TOUCH_DAYS",
    "MAX_LABEL",
    "MAX_NAME",
    "MAX_NOTES",
    "MAX_PER_PERSON",
    "MAX_PHONE",
    "MAX_TEXT",
    "MAX_VALUE",
    "MAX_VCARD_LINE",
    "ContactValidationError",
    "FieldProblem",
    "InvalidEmail",
    "bound_lists",
    "circle_for_name",
    "company_for_name",
    "create_contact",
    "create_contacts",
    "default_region",
    "delete_contacts",
    "empty_trash",
    "normalize_email",
    "normalize_linkedin_url",
    "normalize_phone",
    "restore_contacts",
    "trash_contacts",
    "update_contact",
    "validate",
]


# --- writes ------------------------------------------------------------------------------------------------------
def company_for_name(name: str) -> Company | None:
    """The company called ``name`` (ignoring case), created if new; None for an empty name."""
    name = (name or "").strip()
    if not name:
        return None
    company = Company.get_or_none(Company.name == name)
    return company if company is not None else Company.create(name=name)


def circle_for_name(name: str) -> Circle:
    """The circle stored as ``name`` (ignoring case), else the default circle shown as ``name`` in the interface's
    language ("Familie" for the seeded "Family": :mod:`app.core.contacts.circle_names`), else a new one."""
    circle = Circle.get_or_none(Circle.name == name)
    if circle is None and (default := circle_names.default_named(name)) is not None:
        circle = Circle.get_or_none(Circle.name == default)
    if circle is None:
        position = (Circle.select(Circle.position).order_by(Circle.position.desc()).scalar() or 0) + 1
        circle = Circle.create(name=name, position=position)
    return circle


def _write_children(contact: Contact, data: ContactData) -> None:
    # The search index gets the contact's addresses once, not once per address written (issue 19).
    with email_index.held([contact.id]):
        _replace_children(contact, data)


def _replace_children(contact: Contact, data: ContactData) -> None:
    ContactEmail.delete().where(ContactEmail.contact == contact).execute()
    ContactPhone.delete().where(ContactPhone.contact == contact).execute()
    ContactAddress.delete().where(ContactAddress.contact == contact).execute()
    ContactCircle.delete().where(ContactCircle.contact == contact).execute()
    for model in (ContactDate, ContactWebsite, ContactHandle, ContactVcardProperty):
        model.delete().where(model.contact == contact).execute()
    for position, entry in enumerate(data.dates):
        ContactDate.create(
            contact=contact,
            kind=entry.kind,
            label=entry.label,
            year=entry.year,
            month=entry.month,
            day=entry.day,
            position=position,
        )
    for position, website in enumerate(data.websites):
        ContactWebsite.create(contact=contact, value=website.value, label=website.label, position=position)
    for position, handle in enumerate(data.handles):
        ContactHandle.create(
            contact=contact,
            kind=handle.kind,
            service=handle.service,
            value=handle.value,
            label=handle.label,
            position=position,
        )
    for position, line in enumerate(data.vcard_properties):
        ContactVcardProperty.create(contact=contact, line=line, position=position)
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
    "name_prefix",
    "middle_name",
    "name_suffix",
    "nickname",
    "department",
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
    rules: bool = True,
) -> Contact:
    """Validate and store a new contact with its emails, phones, addresses and circles; run the follow-up rules.

    ``contact_id`` and ``uid`` recreate a contact exactly where it was (redo after undoing its creation), so that
    later undo steps that name it by id still find it. ``rules=False`` (sync: a contact another Rapport made, whose
    follow-ups arrive through the calendar) skips the follow-up rules.
    """
    clean = validate(data)
    with database.atomic():
        now = clock.now()
        extra: dict[str, int | str] = {"id": contact_id} if contact_id is not None else {}
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
        if rules:
            followup_rules.contact_saved(contact, previous=None, clock=clock)
    return contact


def create_contacts(
    people: Sequence[ContactData],
    *,
    clock: Clock = SYSTEM_CLOCK,
    ids: Sequence[int] = (),
    uids: Sequence[str] = (),
    create: Callable[[Sequence[ContactData]], Iterable[int]] | None = None,
) -> tuple[list[int], list[str]]:
    """Create these contacts in one transaction (all or none); returns their ids and uids.

    With ``ids``/``uids`` (from an earlier call) they are recreated exactly there (redo after an undo). ``create``
    replaces :func:`create_contact` the first time (a caller that stores more than ContactData holds)."""
    with database.atomic():
        if ids:
            for data, cid, uid in zip(people, ids, uids, strict=True):
                create_contact(data, clock=clock, contact_id=cid, uid=uid)
            return list(ids), list(uids)
        make = create or (lambda batch: [create_contact(p, clock=clock).id for p in batch])
        new_ids = list(make(people))
        by_id = dict(Contact.select(Contact.id, Contact.uid).where(Contact.id.in_(new_ids)).tuples())
        return new_ids, [by_id[i] for i in new_ids]


def update_contact(contact_id: int, data: ContactData, *, clock: Clock = SYSTEM_CLOCK, rules: bool = True) -> Contact:
    """Validate and store new values for an existing contact (children replaced); run the follow-up rules (unless
    ``rules=False``: see :func:`create_contact`)."""
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
        if rules:
            followup_rules.contact_saved(contact, previous=previous, clock=clock)
    return contact


def trash_contacts(ids: Iterable[int], *, clock: Clock = SYSTEM_CLOCK) -> int:
    """Move contacts to the trash (restorable). Returns how many moved."""
    now, moved = clock.now(), 0
    with database.atomic():
        for chunk in chunked(list(ids), MAX_SQL_PARAMETERS):  # a whole list selected: 50 000 ids
            query = Contact.update(deleted_at=now).where(Contact.id.in_(chunk), Contact.deleted_at.is_null())
            moved += query.execute()
    return moved


def restore_contacts(ids: Iterable[int]) -> int:
    """Bring contacts back from the trash. Returns how many came back."""
    back = 0
    with database.atomic():
        for chunk in chunked(list(ids), MAX_SQL_PARAMETERS):
            query = Contact.update(deleted_at=None).where(Contact.id.in_(chunk), Contact.deleted_at.is_null(False))
            back += query.execute()
    return back


def delete_contacts(ids: Iterable[int]) -> int:
    """Delete contacts for good, trashed or not (undoing their creation). Returns how many."""
    deleted = 0
    with database.atomic():
        for chunk in chunked(list(ids), MAX_SQL_PARAMETERS):
            deleted += Contact.delete().where(Contact.id.in_(chunk)).execute()
    return deleted


def empty_trash() -> int:
    """Delete trashed contacts for good (with their interactions, ledger and follow-ups). Returns how many."""
    with database.atomic():
        return Contact.delete().where(Contact.deleted_at.is_null(False)).execute()
