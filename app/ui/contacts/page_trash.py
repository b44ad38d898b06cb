"""The Contacts page's trash: move to it (undoable), restore, delete for good, empty it (a part of
:class:`app.ui.contacts.page.ContactsPage`). Deleting for good cannot be undone, so it asks first and clears the undo
stack (earlier steps may refer to the deleted contacts). It runs on a worker thread: a trash of thousands takes a
while, and the window keeps painting.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from app.core.contacts import lookup
from app.ui.contacts import commands
from app.ui.contacts.page_tr import page_tr


class ContactTrash:
    """Uses the page's ``trash_button``, ``new_button``, ``model``, ``ctx`` and ``_selected_or_current``."""

    def _tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        """A plural form (%Ln) in the page's mixins' contexts (app.ui.contacts.page_tr)."""
        return page_tr(text, disambiguation, n)

    def _trash_toggled(self, on: bool) -> None:
        self.trash_button.setText(self.tr("Trash") if not on else self.tr("Leave trash"))
        self.new_button.setEnabled(not on)
        self.apply_filter()

    def trash_selected(self) -> None:
        ids = self._selected_or_current()
        if not ids:
            return
        if self.model.filter.trash:
            self.empty_trash()
            return
        names = self._names(ids)
        self.ctx.undo_stack.push(commands.TrashContacts(self.ctx, ids, names))
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(
                self.tr("Moved {what} to the trash — Ctrl+Z brings it back").format(what=names), 8000
            )

    def restore_selected(self) -> None:
        ids = self._selected_or_current()
        if ids:
            self.ctx.undo_stack.push(commands.RestoreContacts(self.ctx, ids, self._names(ids)))

    def empty_trash(self) -> None:
        count = lookup.trash_count()
        if not count:
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Empty the trash"),
            self._tr(
                "Delete %Ln contact(s) for good, with their interactions, ledger and follow-ups?\n\n"
                "This cannot be undone.",
                "",
                count,
            ),
            QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Discard:
            return
        deleted = self._purge(None)
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(
                self._tr("Deleted %Ln contact(s) for good", "", deleted),
                8000,
            )

    def delete_forever(self) -> None:
        """Delete the selected trashed contacts for good (after asking): the one step that cannot be undone."""
        chosen = self._selected_or_current()
        trashed = lookup.trashed_ids(chosen)
        ids = [cid for cid in chosen if cid in trashed]
        if not ids:
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Delete for good"),
            self.tr(
                "Delete {what} for good, with their interactions, ledger and follow-ups?\n\nThis cannot be undone."
            ).format(what=self._names(ids)),
            QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Discard:
            return
        self._purge(ids)

    def _purge(self, ids: list[int] | None) -> int:
        """Delete these trashed contacts (all of the trash: None) for good on a worker thread; returns how many."""
        from app.core.contacts.purge import purge_trashed
        from app.ui.import_export.worker import run_while_waiting

        purged = run_while_waiting(self, lambda _progress, _cancelled: purge_trashed(ids))
        self.ctx.undo_stack.clear()  # earlier steps may refer to the deleted contacts
        self.ctx.publish(purged.changes)
        return purged.count
