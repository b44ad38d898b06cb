"""Message templates (scripts) with merge fields such as {first_name}, {referrer}, {my_pitch}."""

from peewee import BooleanField, DateTimeField, IntegerField, TextField

from app.models.base import BaseModel, now

TEMPLATE_KINDS = (
    "warm_call",
    "thank_you",
    "monthly_update",
    "connection_note",
    "reminder",
    "referral_ask",
    "thank_connection",
    "reconnect",
    "update_referrer",
    "introduction",
    "intro_ask",
)


class Template(BaseModel):
    """A script or email. ``builtin`` marks the defaults Rapport ships (the user may still edit them)."""

    name = TextField()
    kind = TextField(index=True)
    subject = TextField(default="")
    body = TextField()
    builtin = BooleanField(default=False)
    position = IntegerField(default=0)
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)
