"""What happened with a contact: interactions (calls, coffees, emails…) and the give/ask ledger."""

from peewee import BooleanField, DateTimeField, ForeignKeyField, TextField

from app.models.base import BaseModel, new_uid, now
from app.models.contact import Contact

INTERACTION_KINDS = (
    "call",
    "coffee",
    "meeting",
    "lunch",
    "event",
    "email",
    "message",
    "sent",
    "introduction",
    "referral_given",
    "other",
)
# Conversations in person or by voice: these call for a same-day thank-you (DESIGN §4).
CONVERSATION_KINDS = ("call", "coffee", "meeting", "lunch", "event")
LEDGER_DIRECTIONS = ("gave", "asked", "received")


class Interaction(BaseModel):
    """One logged contact moment. ``sent`` means I sent them something (target list, résumé, an article).
    ``other_contact`` is the second person of an introduction."""

    uid = TextField(unique=True, default=new_uid)
    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="interactions")
    kind = TextField(index=True)
    occurred_at = DateTimeField()
    summary = TextField(default="")
    notes = TextField(default="")
    other_contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL", backref="introductions", index=True)
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)

    class Meta:
        indexes = (
            (("contact", "occurred_at"), False),
            (("occurred_at", "kind", "contact"), False),  # migration 0070: covering, for Today's goals/meetings
            (("kind", "occurred_at", "contact"), False),  # migration 0130: Insights' conversations per circle
        )


class LedgerEntry(BaseModel):
    """Always Be Giving: something I gave, asked for or received, and whether it is done."""

    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="ledger")
    direction = TextField(index=True)
    what = TextField()
    occurred_at = DateTimeField(default=now)
    done = BooleanField(default=False)
    interaction = ForeignKeyField(Interaction, null=True, on_delete="SET NULL", backref="ledger_entries")
    notes = TextField(default="")
    created_at = DateTimeField(default=now)
