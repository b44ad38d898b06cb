"""The networking rules of DESIGN §4 turn events into follow-ups.

This module is the contract between the code that changes data and the rule engine: contact, interaction and
invitation changes call these hooks inside their own transaction, and the hooks create, update or remove the
follow-ups the rules call for. Every hook is idempotent (a rule never creates two follow-ups with the same
``rule_key``) and returns the follow-ups it created.

The rule engine itself is built by the follow-up calendar work (issue 7); until then the hooks create nothing,
which keeps every caller correct.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.core.clock import SYSTEM_CLOCK, Clock

if TYPE_CHECKING:
    from app.core.contacts import ContactData
    from app.models import Contact, FollowUp, Interaction


def contact_saved(contact: Contact, previous: ContactData | None, clock: Clock = SYSTEM_CLOCK) -> list[FollowUp]:
    """A contact was created (``previous`` is None) or edited (``previous`` is its state before the edit)."""
    return []


def interaction_saved(
    interaction: Interaction, previous_kind: str | None = None, clock: Clock = SYSTEM_CLOCK
) -> list[FollowUp]:
    """An interaction was logged (``previous_kind`` None) or edited; rules react to its kind and date."""
    return []


def interaction_deleted(interaction_id: int) -> None:
    """An interaction is about to be deleted: remove the open follow-ups it caused."""


def run_all(clock: Clock = SYSTEM_CLOCK) -> list[FollowUp]:
    """Re-evaluate the time-based rules (monthly update, keep in touch, pending invitations): at start-up and
    at midnight."""
    return []


def contacts_created(contacts: Sequence[Contact], clock: Clock = SYSTEM_CLOCK) -> list[FollowUp]:
    """Many contacts were created at once (an import, in chunks of a few hundred): the same follow-ups as
    :func:`contact_saved` with ``previous=None`` for each. The rule engine may evaluate them in one batch."""
    created: list[FollowUp] = []
    for contact in contacts:
        created += contact_saved(contact, previous=None, clock=clock)
    return created
