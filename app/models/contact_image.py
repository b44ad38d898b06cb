"""Pictures kept with a contact that are not their portrait: the business card they gave me, front or back."""

from __future__ import annotations

from peewee import BlobField, DateTimeField, ForeignKeyField, IntegerField, TextField

from app.models.base import BaseModel, now
from app.models.contact import Contact

IMAGE_KINDS = ("card_front", "card_back", "other")


class ContactImage(BaseModel):
    """An image attached to a contact (``Contact.photo`` stays the person's own picture).

    ``data`` holds the encoded file (JPEG or PNG, ``mime``), already scaled down by the app to a size worth
    keeping; deleting the contact deletes its images.
    """

    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="images", index=True)
    kind = TextField(default="card_front")
    mime = TextField(default="image/jpeg")
    data = BlobField()
    width = IntegerField(default=0)
    height = IntegerField(default=0)
    original_name = TextField(default="")
    created_at = DateTimeField(default=now)
