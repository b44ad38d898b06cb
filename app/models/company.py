"""Companies: where contacts work, and the job seeker's list of target companies."""

from peewee import BooleanField, DateTimeField, TextField

from app.models.base import BaseModel, now


class Company(BaseModel):
    """A company, matched by name without regard to case. ``is_target``: on my list of companies to work for."""

    name = TextField(unique=True, collation="NOCASE")
    is_target = BooleanField(default=False, index=True)
    website = TextField(default="")
    notes = TextField(default="")
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)
