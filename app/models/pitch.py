"""Elevator pitches, their saved revisions and timed rehearsals."""

from peewee import (
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from app.models.base import BaseModel, now
from app.models.contact import Contact

DEFAULT_TARGET_SECONDS = 30
DEFAULT_WPM = 150


class Pitch(BaseModel):
    """A pitch for an audience. ``green_at``/``yellow_at`` (seconds) override the default light thresholds
    (2/3 and 5/6 of ``target_seconds``); red is always at the target."""

    title = TextField()
    audience = TextField(default="")
    body = TextField(default="")
    target_seconds = IntegerField(default=DEFAULT_TARGET_SECONDS)
    wpm = IntegerField(default=DEFAULT_WPM)
    green_at = FloatField(null=True)
    yellow_at = FloatField(null=True)
    position = IntegerField(default=0)
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)


class PitchRevision(BaseModel):
    """A saved version of a pitch's text."""

    pitch = ForeignKeyField(Pitch, on_delete="CASCADE", backref="revisions")
    body = TextField()
    saved_at = DateTimeField(default=now, index=True)


class Rehearsal(BaseModel):
    """One timed run of a pitch. ``audio_path`` is relative to the data folder."""

    pitch = ForeignKeyField(Pitch, on_delete="CASCADE", backref="rehearsals")
    started_at = DateTimeField(index=True)
    duration_ms = IntegerField()
    words = IntegerField()
    wpm = FloatField()
    self_rating = IntegerField(null=True)
    notes = TextField(default="")
    audio_path = TextField(null=True)


class PitchContact(BaseModel):
    """A contact this pitch suits."""

    pitch = ForeignKeyField(Pitch, on_delete="CASCADE", backref="contact_links")
    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="pitch_links", index=True)

    class Meta:
        indexes = ((("pitch", "contact"), True),)
