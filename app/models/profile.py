"""Me (the job seeker) and preferences that belong with the data."""

from __future__ import annotations

import json
from typing import Any

from peewee import BlobField, DateTimeField, TextField

from app.models.base import BaseModel, now


class Profile(BaseModel):
    """The single row describing the user: used by templates, the monthly update, cards and the pitch card."""

    name = TextField(default="")
    headline = TextField(default="")
    target_role = TextField(default="")
    email = TextField(default="")
    phone = TextField(default="")
    linkedin_url = TextField(default="")
    website = TextField(default="")
    city = TextField(default="")
    photo = BlobField(null=True)
    updated_at = DateTimeField(default=now)

    @classmethod
    def get_me(cls) -> Profile:
        """The profile row, created empty on first use."""
        profile = cls.get_or_none()
        return profile if profile is not None else cls.create()


class Setting(BaseModel):
    """A preference stored with the data (rule cadences, default WPM…), JSON-encoded."""

    key = TextField(primary_key=True)
    value = TextField()

    @classmethod
    def read(cls, key: str, default: Any = None) -> Any:
        row = cls.get_or_none(cls.key == key)
        if row is None:
            return default
        try:
            return json.loads(row.value)
        except ValueError:
            return default

    @classmethod
    def write(cls, key: str, value: Any) -> None:
        cls.insert(key=key, value=json.dumps(value)).on_conflict_replace().execute()
