"""Follow-ups: the things the networking rules (or the user) say must happen on a given day."""

from peewee import DateField, DateTimeField, ForeignKeyField, TextField, TimeField

from app.models.base import BaseModel, new_uid, now
from app.models.contact import Contact
from app.models.interaction import Interaction

FOLLOWUP_KINDS = (
    "thank_you",
    "call_referral",
    "reminder",
    "thank_connection",
    "review_invitation",
    "monthly_update",
    "keep_in_touch",
    "update_referrer",
    "introduction",
    "birthday",  # issue 15: a plain text value, no migration (the column has no CHECK)
    # issue 22, job applications (app.core.opportunities.rules): plain values too
    "application_check_in",
    "interview_thank_you",
    "opportunity_update",
    "interview_prep",
    "opportunity_nudge",
    "custom",
)
FOLLOWUP_STATUSES = ("open", "done", "dismissed")


class FollowUp(BaseModel):
    """Something to do for a contact (or for the whole network when ``contact`` is null).

    ``due`` is always the day the item shows on; snoozing moves ``due`` and records the new day in
    ``snoozed_until``, and ``original_due`` keeps the day the rule first chose. ``rule_key`` makes rules
    idempotent: a rule derives one key per thing it reacts to (e.g. ``thank_you:interaction:42``) and never
    creates a second follow-up with the same key.
    """

    uid = TextField(unique=True, default=new_uid)
    contact = ForeignKeyField(Contact, null=True, on_delete="CASCADE", backref="followups")
    title = TextField()
    # A rule's title as a template key and JSON parameters (app.core.followups.titles, migration 0110), rendered in
    # the reader's language; null for a title the user wrote, which ``title`` holds as written.
    title_key = TextField(null=True)
    title_params = TextField(null=True)
    kind = TextField(default="custom", index=True)
    due = DateField(index=True)
    due_time = TimeField(null=True)
    original_due = DateField(null=True)
    status = TextField(default="open", index=True)
    snoozed_until = DateField(null=True)
    completed_at = DateTimeField(null=True)
    rule = TextField(null=True)
    rule_key = TextField(null=True, unique=True)
    source_interaction = ForeignKeyField(Interaction, null=True, on_delete="SET NULL", backref="followups", index=True)
    recurrence = TextField(null=True)
    notes = TextField(default="")
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)

    class Meta:
        indexes = (
            (("status", "due"), False),
            (("contact", "status", "due"), False),  # migration 0040: next_followup_due triggers, per-contact rules
            (("status", "completed_at", "due", "kind"), False),  # migration 0070: weekly goals from the index alone
            (("rule", "status", "contact", "completed_at"), False),  # migration 0130: the rules pass
            (("status", "due", "contact"), False),  # migration 0140: Today's counts from the index alone
        )
