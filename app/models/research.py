"""What I found out about a contact before meeting them: research notes and the questions I mean to ask."""

from __future__ import annotations

from peewee import DateTimeField, ForeignKeyField, TextField

from app.models.base import BaseModel, now
from app.models.contact import Contact


class ContactResearch(BaseModel):
    """One row per contact (made on first save). ``questions`` is JSON owned by :mod:`app.core.coach.meeting_prep`:
    ``{"asked": [question keys ticked off], "custom": [my own questions]}``. Deleting the contact deletes it."""

    contact = ForeignKeyField(Contact, on_delete="CASCADE", unique=True, backref="research")
    notes = TextField(default="")
    questions = TextField(default="")
    updated_at = DateTimeField(default=now)
