"""Run a dialog modally and dispose of it: use ``run_modal(dialog)`` instead of ``dialog.exec()``.

PySide 6.11's ``QDialog.exec()`` hands the dialog to Python (it drops the parent relation on the Python side so that
a temporary ``Dialog(parent).exec()`` can be collected) while Qt still lists it as a child of its parent. A dialog
that outlives its ``exec()`` — a lambda connected to one of its own signals keeps it alive — is then owned twice:
PySide's clean-up at interpreter exit deletes every object Python owns, with the GIL released, and the parent
deletes it again; the process ended with "QObject: shared QObject was deleted directly" and a segmentation fault
(issue 16). Deleting the dialog once its result has been read avoids that, and frees it rather than keeping every
dialog ever opened until the window closes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only named: the module is imported before the first paint, the dialogs open later (issue 21)
    from PySide6.QtWidgets import QDialog


def run_modal(dialog: QDialog) -> int:
    """``dialog.exec()``, then delete the dialog once control is back in the event loop (its widgets and Python
    attributes can still be read until then). Returns the dialog's result code."""
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()
