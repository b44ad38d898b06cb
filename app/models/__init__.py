"""peewee database models (one module per aggregate). Import models from here."""

from app.models.base import BaseModel, new_uid, now, unindexed
from app.models.circle import DEFAULT_KEEP_IN_TOUCH_DAYS, Circle, ContactCircle
from app.models.company import Company
from app.models.contact import (
    DATE_KINDS,
    HANDLE_KINDS,
    INVITATION_STATUSES,
    SOURCES,
    STAGES,
    TIES,
    Contact,
    ContactAddress,
    ContactDate,
    ContactEmail,
    ContactHandle,
    ContactPhone,
    ContactSourceUid,
    ContactVcardProperty,
    ContactWebsite,
    derive_display_name,
)
from app.models.contact_image import IMAGE_KINDS, ContactImage
from app.models.followup import FOLLOWUP_KINDS, FOLLOWUP_STATUSES, FollowUp
from app.models.interaction import (
    CONVERSATION_KINDS,
    INTERACTION_KINDS,
    LEDGER_DIRECTIONS,
    Interaction,
    LedgerEntry,
)
from app.models.pitch import (
    DEFAULT_TARGET_SECONDS,
    DEFAULT_WPM,
    Pitch,
    PitchContact,
    PitchRevision,
    Rehearsal,
)
from app.models.profile import Profile, Setting
from app.models.research import ContactResearch
from app.models.search_index import ContactIndex
from app.models.template import TEMPLATE_KINDS, Template

# Every regular table, in dependency order (the migration test compares these with the migrated schema).
ALL_MODELS = [
    Company,
    Contact,
    ContactEmail,
    ContactPhone,
    ContactAddress,
    ContactDate,
    ContactWebsite,
    ContactHandle,
    ContactVcardProperty,
    ContactSourceUid,
    Circle,
    ContactCircle,
    Interaction,
    LedgerEntry,
    FollowUp,
    Pitch,
    PitchRevision,
    Rehearsal,
    PitchContact,
    Template,
    Profile,
    Setting,
    ContactImage,
    ContactResearch,
]

__all__ = [
    "ALL_MODELS",
    "CONVERSATION_KINDS",
    "DATE_KINDS",
    "DEFAULT_KEEP_IN_TOUCH_DAYS",
    "DEFAULT_TARGET_SECONDS",
    "DEFAULT_WPM",
    "FOLLOWUP_KINDS",
    "FOLLOWUP_STATUSES",
    "HANDLE_KINDS",
    "IMAGE_KINDS",
    "INTERACTION_KINDS",
    "INVITATION_STATUSES",
    "LEDGER_DIRECTIONS",
    "SOURCES",
    "STAGES",
    "TEMPLATE_KINDS",
    "TIES",
    "BaseModel",
    "Circle",
    "Company",
    "Contact",
    "ContactAddress",
    "ContactCircle",
    "ContactDate",
    "ContactEmail",
    "ContactHandle",
    "ContactImage",
    "ContactIndex",
    "ContactPhone",
    "ContactResearch",
    "ContactSourceUid",
    "ContactVcardProperty",
    "ContactWebsite",
    "FollowUp",
    "Interaction",
    "LedgerEntry",
    "Pitch",
    "PitchContact",
    "PitchRevision",
    "Profile",
    "Rehearsal",
    "Setting",
    "Template",
    "derive_display_name",
    "new_uid",
    "now",
    "unindexed",
]
