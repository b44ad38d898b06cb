"""The Contacts page's actions on people: new contact, log, prepare, introduce, give, referrals, brainstorm, target
companies, duplicates and merge (a part of :class:`app.ui.contacts.page.ContactsPage`).

The dialogs are imported when first opened. The menu actions that reach these (New Contact…, Brainstorm…) are
declared in app.ui.actions_catalog; the page registers them in ``register_actions``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from app.core.changes import Changes
from app.core.contacts import lookup
from app.ui.contacts.page_tr import page_tr
from app.ui.widgets.modal import run_modal


class ContactPageActions:
    """What the page does for the contact shown or the contacts selected (uses the page's ``view``, ``detail``,
    ``model`` and ``ctx``)."""

    def _tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        """A plural form (%Ln) in the page's mixins' contexts (app.ui.contacts.page_tr)."""
        return page_tr(text, disambiguation, n)

    def _selected_or_current(self) -> list[int]:
        ids = self.view.selected_ids()
        if not ids and self.detail.contact_id is not None:
            ids = [self.detail.contact_id]
        return ids

    def new_contact(self) -> None:
        from app.ui.contacts.people_dialogs import NewContactDialog

        circle = self.model.filter.circle_id if (self.model.filter.circle_id or 0) > 0 else None
        dialog = NewContactDialog(self.ctx, self, circle_id=circle)
        if run_modal(dialog) and dialog.created_id is not None:
            self.open_contact(dialog.created_id)
            self.detail.panel.editor.company.setFocus()

    def log_interaction(self, contact_id: int | None = None) -> None:
        from app.ui.dialogs.log_interaction import LogInteractionDialog

        if contact_id is None:
            ids = self.view.selected_ids()
            contact_id = ids[0] if len(ids) == 1 else self.detail.contact_id
        if lookup.is_trashed(contact_id):
            contact_id = None  # never log on a trashed contact
        run_modal(LogInteractionDialog(self.ctx, contact_id, self))

    def prepare_meeting(self, contact_id: int | None = None) -> None:
        """Open the meeting prep of ``contact_id`` (default: the contact shown)."""
        from app.ui.coach.prep_dialog import open_prep

        contact_id = contact_id if contact_id is not None else self.detail.contact_id
        if contact_id is not None:
            open_prep(self.ctx, contact_id, self)

    def introduce(self, first_id: int | None = None, second_id: int | None = None) -> None:
        """Introduce two contacts (the one shown, or the two selected, are filled in)."""
        from app.ui.coach.introduce_dialog import IntroduceDialog

        if first_id is None:
            ids = self.view.selected_ids()
            first_id, second_id = (ids[0], ids[1]) if len(ids) == 2 else (self.detail.contact_id, None)
        run_modal(IntroduceDialog(self.ctx, self, first_id=first_id, second_id=second_id))

    def give(self, contact_id: int | None, action: str) -> None:
        """One of the one-click gives (introduce, share, advice) to ``contact_id``."""
        from app.ui.coach.give_widgets import request_give

        if contact_id is not None:
            request_give(self.ctx, contact_id, action, self)

    def edit_interaction(self, interaction_id: int) -> None:
        from app.ui.dialogs.log_interaction import LogInteractionDialog

        if interaction_id is not None:
            run_modal(LogInteractionDialog(self.ctx, parent=self, interaction_id=interaction_id))

    def ask_referrals(self) -> None:
        from app.ui.contacts.people_dialogs import AskReferralsDialog

        cid = self.detail.contact_id
        if cid is None:
            QMessageBox.information(
                self, self.tr("Ask for referrals"), self.tr("Select the person who gave you the names first.")
            )
            return
        dialog = AskReferralsDialog(self.ctx, cid, self)
        if run_modal(dialog):
            self.detail.show_contact(cid)
            self.detail.panel.tabs.setCurrentWidget(self.detail.panel.referrals)

    def brainstorm(self) -> None:
        from app.ui.contacts.people_dialogs import BrainstormWizard

        wizard = BrainstormWizard(self.ctx, self)
        run_modal(wizard)
        if wizard.added:
            self.ctx.publish(Changes.of("contacts"))

    def show_targets(self) -> None:
        from app.ui.contacts.targets_dialog import TargetCompaniesDialog

        dialog = TargetCompaniesDialog(self.ctx, self)
        dialog.open_contact.connect(self.open_contact)
        run_modal(dialog)

    def find_duplicates(self, contact_id: int | None = None) -> None:
        from app.ui.contacts.merge_dialog import DuplicatesDialog

        dialog = DuplicatesDialog(self.ctx, self, only=contact_id)
        run_modal(dialog)

    def merge_with(self) -> None:
        from app.ui.contacts.merge_dialog import MergeDialog, pick_other

        keep = self.detail.contact_id
        if keep is None:
            return
        other = pick_other(self, keep)
        if other is not None:
            run_modal(MergeDialog(self.ctx, keep, other, self))

    def _names(self, ids: list[int]) -> str:
        if len(ids) == 1:
            return lookup.display_name(ids[0])
        return self._tr("%Ln contact(s)", "", len(ids))
