"""Circles: the groups a person belongs to (former co-workers, church, gym, family, neighbours…)."""

from peewee import ForeignKeyField, IntegerField, TextField

from app.models.base import BaseModel
from app.models.contact import Contact

DEFAULT_KEEP_IN_TOUCH_DAYS = 365


class Circle(BaseModel):
    """A circle of people. ``keep_in_touch_days`` is the ideal reconnect cadence of its members;
    ``keep_in_touch_max_days`` the point past which a contact counts as gone cold (default 1.5 × ideal)."""

    name = TextField(unique=True, collation="NOCASE")
    colour = TextField(default="#4e79a7")
    position = IntegerField(default=0)
    keep_in_touch_days = IntegerField(null=True)
    keep_in_touch_max_days = IntegerField(null=True)
    prompt = TextField(default="")  # brainstorm wizard hint: who belongs in this circle


class ContactCircle(BaseModel):
    """Membership of a contact in a circle (many-to-many)."""

    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="circle_links")
    circle = ForeignKeyField(Circle, on_delete="CASCADE", backref="contact_links", index=True)

    class Meta:
        indexes = ((("contact", "circle"), True),)
