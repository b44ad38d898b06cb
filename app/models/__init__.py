"""peewee database models (one module per aggregate). Import models from here.

The models of the job search, sync, templates, research notes, contact images and the search index are loaded when
first named (``from app.models import Opportunity`` loads app.models.opportunity): the window's first paint (Today)
reads none of them, and each model class costs its module's import (~2.5 ms of every start together, with peewee's
FTS5 support; issue 21). Nothing reaches them through another model: their back-references (``contact.images``…) are
not used outside their own modules' users, which name them.
"""

from typing import TYPE_CHECKING

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

if TYPE_CHECKING:  # the lazily loaded names, for the type checkers
    from app.models.contact_image import IMAGE_KINDS, ContactImage
    from app.models.opportunity import (
        CLOSED_STAGES,
        DOCUMENT_KINDS,
        INTERVIEW_FORMATS,
        OPPORTUNITY_ROLES,
        OPPORTUNITY_SOURCES,
        OPPORTUNITY_STAGES,
        Document,
        DocumentSent,
        DocumentVersion,
        Interview,
        Opportunity,
        OpportunityContact,
        OpportunityStage,
    )
    from app.models.research import ContactResearch
    from app.models.search_index import ContactIndex
    from app.models.sync import COLLECTION_KINDS, SYNC_KINDS, SyncCollection, SyncConflict, SyncItem
    from app.models.template import TEMPLATE_KINDS, Template

# name -> the module that defines it, loaded when the name is first read (module __getattr__, PEP 562)
_LATER = {
    **dict.fromkeys(("IMAGE_KINDS", "ContactImage"), "contact_image"),
    **dict.fromkeys(
        (
            "CLOSED_STAGES",
            "DOCUMENT_KINDS",
            "INTERVIEW_FORMATS",
            "OPPORTUNITY_ROLES",
            "OPPORTUNITY_SOURCES",
            "OPPORTUNITY_STAGES",
            "Document",
            "DocumentSent",
            "DocumentVersion",
            "Interview",
            "Opportunity",
            "OpportunityContact",
            "OpportunityStage",
        ),
        "opportunity",
    ),
    "ContactResearch": "research",
    "ContactIndex": "search_index",
    **dict.fromkeys(("COLLECTION_KINDS", "SYNC_KINDS", "SyncCollection", "SyncConflict", "SyncItem"), "sync"),
    **dict.fromkeys(("TEMPLATE_KINDS", "Template"), "template"),
}


def __getattr__(name: str):
    if name == "ALL_MODELS":
        value = _all_models()
    elif name in _LATER:
        import importlib

        value = getattr(importlib.import_module(f"app.models.{_LATER[name]}"), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value  # read once: from now on an attribute like the others
    return value


def _all_models() -> list:
    """Every regular table, in dependency order (the migration test compares these with the migrated schema)."""
    for name in _LATER:  # the models loaded when first named: all of them now, bound as module globals
        if name not in globals():
            __getattr__(name)
    return [
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
        Opportunity,
        Interview,
        OpportunityContact,
        OpportunityStage,
        Document,
        DocumentVersion,
        DocumentSent,
        SyncCollection,
        SyncItem,
        SyncConflict,
    ]


__all__ = [
    "ALL_MODELS",
    "CLOSED_STAGES",
    "COLLECTION_KINDS",
    "CONVERSATION_KINDS",
    "DATE_KINDS",
    "DEFAULT_KEEP_IN_TOUCH_DAYS",
    "DEFAULT_TARGET_SECONDS",
    "DEFAULT_WPM",
    "DOCUMENT_KINDS",
    "FOLLOWUP_KINDS",
    "FOLLOWUP_STATUSES",
    "HANDLE_KINDS",
    "IMAGE_KINDS",
    "INTERACTION_KINDS",
    "INTERVIEW_FORMATS",
    "INVITATION_STATUSES",
    "LEDGER_DIRECTIONS",
    "OPPORTUNITY_ROLES",
    "OPPORTUNITY_SOURCES",
    "OPPORTUNITY_STAGES",
    "SOURCES",
    "STAGES",
    "SYNC_KINDS",
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
    "Document",
    "DocumentSent",
    "DocumentVersion",
    "FollowUp",
    "Interaction",
    "Interview",
    "LedgerEntry",
    "Opportunity",
    "OpportunityContact",
    "OpportunityStage",
    "Pitch",
    "PitchContact",
    "PitchRevision",
    "Profile",
    "Rehearsal",
    "Setting",
    "SyncCollection",
    "SyncConflict",
    "SyncItem",
    "Template",
    "derive_display_name",
    "new_uid",
    "now",
    "unindexed",
]
