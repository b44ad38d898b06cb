"""Wiring import and export into the main window: File menu actions, dropping files, the first-run step.

``install(window)`` is the only thing the main window calls; everything else about import/export lives in this
package.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from app.core.changes import Changes

if TYPE_CHECKING:  # the wizard and the dialog load when first opened, not with the window
    from app.ui.import_export.export_dialog import ExportDialog
    from app.ui.import_export.import_wizard import ImportWizard

DROPPABLE = (".vcf", ".vcard", ".csv", ".json", ".zip")  # .zip: LinkedIn's data export (its Connections.csv)


def dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The one local .vcf/.csv file being dragged, or None."""
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return None
    files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    if len(files) != 1 or files[0].suffix.lower() not in DROPPABLE:
        return None
    return files[0]


class ImportExport(QObject):
    """The window's import/export controller (also an event filter for drag and drop)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.wizard: ImportWizard | None = None
        self.dialog: ExportDialog | None = None
        window.import_action.setEnabled(True)
        window.action_registry.handle("importAction", self.open_import)
        window.action_registry.handle("exportAction", self.open_export)
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def open_import(self, path: Path | str | None = None) -> ImportWizard:
        """Show the import wizard (reusing an open one), optionally with ``path`` filled in."""
        if self.wizard is not None and self.wizard.isVisible():
            if path is not None:
                self.wizard.file_page.path_edit.setText(str(path))
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
        from app.ui.import_export.import_wizard import ImportWizard

        self.wizard = ImportWizard(self.ctx, self.window, path)
        self.wizard.imported.connect(self._imported)
        self.wizard.review_duplicates_requested.connect(self._review_duplicates)
        self.wizard.cancelled_import.connect(
            lambda: self.window.statusBar().showMessage(self.tr("Import cancelled: nothing was changed."), 8000)
        )
        self.wizard.open()
        return self.wizard

    def open_export(self) -> ExportDialog:
        from app.ui.import_export.export_dialog import ExportDialog

        self.dialog = ExportDialog(self.ctx, self.window)
        self.dialog.exported.connect(lambda message: self.window.statusBar().showMessage(message, 8000))
        self.dialog.open()
        return self.dialog

    def _imported(self, summary) -> None:
        self.ctx.publish(Changes.all())
        from app.ui.import_export.import_pages import counts_text  # loaded with the wizard that imported

        # the wizard's own wording, in the user's language (summary.line() is the command line's English)
        self.window.statusBar().showMessage(
            self.tr("Imported {file}: {line}").format(file=summary.path.name, line=counts_text(summary)), 8000
        )

    def _review_duplicates(self) -> None:
        self.window.show_page("contactsPage")
        self.window.contacts_page.find_duplicates()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if dropped_file(event) is not None:
                event.acceptProposedAction()
                return True
        elif watched is self.window and event.type() == QEvent.Type.Drop:
            path = dropped_file(event)
            if path is not None:
                event.acceptProposedAction()
                self.open_import(path)
                return True
        return super().eventFilter(watched, event)


def install(window) -> ImportExport:
    return ImportExport(window)
