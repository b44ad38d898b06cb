"""Undoable business-card writes (Edit → Undo): saving a scanned card as a contact, or into the one it matched."""

from __future__ import annotations

import logging

from app.core.cards import scan
from app.ui.context import AppContext
from app.ui.i18n import tr
from app.ui.undo import ContextCommand

log = logging.getLogger(__name__)


class SaveCardCommand(ContextCommand):
    """Undo removes the new contact again (or restores the merged one); redo saves the card again."""

    def __init__(self, ctx: AppContext, card: scan.ReviewedCard, image: scan.CardImage | None, merge_into: int | None):
        name = " ".join(p for p in (card.given_name, card.family_name) if p) or card.company
        super().__init__(ctx, tr("Save card of {name}").format(name=name) if name else tr("Save card"))
        self.card, self.image, self.merge_into = card, image, merge_into
        self.outcome: scan.SaveOutcome | None = None
        self.error: Exception | None = None

    def redo(self) -> None:
        try:
            self.outcome = scan.save_card(self.card, self.image, merge_into=self.merge_into, clock=self.ctx.clock)
        except Exception as exc:  # reported by the dialog; the command is dropped from the stack
            log.exception("saving the scanned card failed")
            self.error = exc
            self.setObsolete(True)
            return
        self.ctx.publish(self.outcome.changes)

    def undo(self) -> None:
        if self.outcome is not None:
            self.ctx.publish(scan.undo_save(self.outcome, clock=self.ctx.clock))
