"""Contacts and their emails, phones and postal addresses."""

from __future__ import annotations

from peewee import (
    BlobField,
    BooleanField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from app.models.base import BaseModel, new_uid, now
from app.models.company import Company

STAGES = ("prospect", "invited", "connected", "talked", "met", "ally")
INVITATION_STATUSES = ("none", "sent", "received", "accepted", "ignored", "declined", "withdrawn")
SOURCES = ("manual", "linkedin", "vcard", "google", "outlook", "card", "thunderbird", "csv")
TIES = ("close", "acquaintance", "new")
DATE_KINDS = ("birthday", "anniversary", "other")
HANDLE_KINDS = ("im", "social")


def derive_display_name(given: str = "", family: str = "", company: str = "", email: str = "") -> str:
    """The name shown for a contact whose display name is empty: "Given Family", else company, else email."""
    given, family = (given or "").strip(), (family or "").strip()  # no generator: every imported row comes here
    name = f"{given} {family}" if given and family else given or family
    return name or (company or "").strip() or (email or "").strip() or "(no name)"


class Contact(BaseModel):
    """A person in the network.

    ``last_interaction_at`` and ``next_followup_due`` are maintained by SQL triggers (migration 0001) so that the
    contact list can sort and filter 50k rows without subqueries; never write them from Python.
    """

    uid = TextField(unique=True, default=new_uid)
    name_prefix = TextField(default="")
    given_name = TextField(default="")
    middle_name = TextField(default="")
    family_name = TextField(default="")
    name_suffix = TextField(default="")
    nickname = TextField(default="")
    display_name = TextField(default="", collation="NOCASE", index=True)
    company = ForeignKeyField(Company, null=True, on_delete="SET NULL", backref="contacts", index=True)
    department = TextField(default="")
    title = TextField(default="")
    linkedin_url = TextField(default="", index=True)
    photo = BlobField(null=True)
    how_met = TextField(default="")
    why_connect = TextField(default="")
    notes = TextField(default="")
    stage = TextField(default="prospect", index=True)
    invitation_status = TextField(default="none", index=True)
    invitation_date = DateField(null=True)
    # searched by referrer through the first column of 0130's (referred_by, deleted_at, company, tie) index (0160)
    referred_by = ForeignKeyField("self", null=True, on_delete="SET NULL", backref="referrals", index=False)
    source = TextField(default="manual")
    tie = TextField(default="acquaintance")
    keep_in_touch_days = IntegerField(null=True)
    keep_in_touch_max_days = IntegerField(null=True)
    last_interaction_at = DateTimeField(null=True, index=True)
    next_followup_due = DateField(null=True, index=True)
    created_at = DateTimeField(default=now, index=True)
    updated_at = DateTimeField(default=now)
    deleted_at = DateTimeField(null=True, index=True)

    class Meta:
        # Live contacts by name without reading rows: the contact list's default order (migration 0010).
        indexes = (
            (("deleted_at", "display_name"), False),
            (("deleted_at", "last_interaction_at", "keep_in_touch_days", "keep_in_touch_max_days"), False),  # 0120
            (("referred_by", "deleted_at", "company", "tie"), False),  # 0130: Insights' referrals
            (("deleted_at", "tie", "last_interaction_at"), False),  # 0130: Insights' ties
            (("id", "tie", "deleted_at"), False),  # 0160: each referral's referrer, for the ties
        )

    def save(self, *args, **kwargs):
        if not (self.display_name or "").strip():
            company = self.company.name if self.company_id else ""
            self.display_name = derive_display_name(self.given_name, self.family_name, company)
        if self._pk is not None and self.is_dirty() and Contact.updated_at not in self.dirty_fields:
            self.updated_at = now()
        return super().save(*args, **kwargs)

    def __str__(self) -> str:
        return self.display_name


class ContactEmail(BaseModel):
    """An email address of a contact. The primary one is listed first everywhere."""

    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="emails")
    value = TextField(collation="NOCASE", index=True)
    label = TextField(default="")
    is_primary = BooleanField(default=False)
    position = IntegerField(default=0)


class ContactPhone(BaseModel):
    """A phone number: ``value`` exactly as the user or the source wrote it, ``e164`` normalised when possible."""

    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="phones")
    value = TextField()
    e164 = TextField(default="", index=True)
    label = TextField(default="")
    is_primary = BooleanField(default=False)
    position = IntegerField(default=0)


class ContactAddress(BaseModel):
    """A postal address (the parts of a vCard ADR)."""

    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="addresses")
    label = TextField(default="")
    street = TextField(default="")
    locality = TextField(default="")
    region = TextField(default="")
    postal_code = TextField(default="")
    country = TextField(default="")
    is_primary = BooleanField(default=False)


class ContactDate(BaseModel):
    """A yearly date of a contact: the birthday, an anniversary or another labelled day. The year is optional
    (many address books know only the day: vCard ``--0412``)."""

    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="dates", index=True)
    kind = TextField(default="birthday")
    label = TextField(default="")
    year = IntegerField(null=True)
    month = IntegerField()
    day = IntegerField()
    position = IntegerField(default=0)

    class Meta:
        # Whose birthday is on a given day (the birthday rule).
        indexes = ((("kind", "month", "day"), False),)


class ContactWebsite(BaseModel):
    """A web address of a contact other than the LinkedIn profile (which is ``Contact.linkedin_url``)."""

    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="websites", index=True)
    value = TextField()
    label = TextField(default="")
    position = IntegerField(default=0)


class ContactHandle(BaseModel):
    """An instant-messaging address (``kind`` "im": vCard IMPP, e.g. ``xmpp:ada@example.org``) or a social-network
    profile (``kind`` "social": X-SOCIALPROFILE), with the service it belongs to ("skype", "mastodon"…)."""

    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="handles", index=True)
    kind = TextField(default="im")
    service = TextField(default="")
    value = TextField()
    label = TextField(default="")
    position = IntegerField(default=0)


class ContactVcardProperty(BaseModel):
    """A vCard property Rapport has no field for (``X-ABRELATEDNAMES``, ``GEO``, ``X-MS-…``), kept verbatim as its
    unfolded content line (group, parameters and value as the file wrote them) and written back on export."""

    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="vcard_properties", index=True)
    line = TextField()
    position = IntegerField(default=0)


class ContactSourceUid(BaseModel):
    """A UID another program gave this person (a vCard UID from a phone, Google, a server). Importing a card with
    this UID again finds the contact; a card with a *different* UID from such a source is a different person."""

    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="source_uids", index=True)
    uid = TextField(unique=True)
