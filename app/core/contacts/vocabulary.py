"""The fixed vocabularies of contacts and their history, for the screens that offer them (issue 18: the UI takes
them from the core, not from the models)."""

from app.models import CONVERSATION_KINDS, INTERACTION_KINDS, INVITATION_STATUSES, LEDGER_DIRECTIONS, STAGES, TIES

__all__ = ["CONVERSATION_KINDS", "INTERACTION_KINDS", "INVITATION_STATUSES", "LEDGER_DIRECTIONS", "STAGES", "TIES"]
