"""File → Import…: pick a file → see what will happen → import with progress and cancel → summary (DESIGN §7).

The preview is a dry run of the real import (same code, nothing written) in a background job; the import itself is
one transaction in another job, so Cancel rolls everything back. Rapport's own JSON export goes the same way
(:mod:`app.core.formats.importers.json_import`): it restores everything into an empty data folder and merges into one
with
data, and the preview also says what else (interactions, follow-ups, pitches…) it brings. Object names:
``importWizard``, pages ``importFilePage`` / ``importPreviewPage`` / ``importProgressPage`` / ``importSummaryPage``,
widgets ``importFile``, ``importBrowse``, ``importFormat``, ``importError``, ``importDetected``, ``importCounts``,
``importHistory``, ``importPreview``, ``importProgress``, ``importResult``, ``importProblems``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWizard

from app.core.formats.importers import ImportSummary
from app.core.formats.importers.json_import_summary import JsonImportSummary
from app.ui.import_export.import_pages import (
    FILE_FILTER,
    LAST_FOLDER_KEY,
    PREVIEW_ROWS,
    FilePage,
    PreviewModel,
    PreviewPage,
    history_text,
    named,
    problem_texts,
)
from app.ui.import_export.import_run_pages import ProgressPage, SummaryPage

__all__ = [
    "FILE_FILTER",
    "LAST_FOLDER_KEY",
    "PREVIEW_ROWS",
    "FilePage",
    "ImportWizard",
    "PreviewModel",
    "PreviewPage",
    "ProgressPage",
    "SummaryPage",
    "history_text",
    "problem_texts",
]


class ImportWizard(QWizard):
    """The import wizard. ``imported`` is emitted (with the summary) after a successful import."""

    imported = Signal(object)
    cancelled_import = Signal()
    review_duplicates_requested = Signal()

    def __init__(self, ctx, parent=None, path: Path | str | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.source = None
        self.preview_summary: ImportSummary | JsonImportSummary | None = None
        self.summary: ImportSummary | JsonImportSummary | None = None
        named(self, "importWizard", self.tr("Import contacts"))
        self.setWindowTitle(self.tr("Import Contacts"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.preview_page = PreviewPage(self)
        self.progress_page = ProgressPage(self)
        self.summary_page = SummaryPage(self)
        for page in (self.file_page, self.preview_page, self.progress_page, self.summary_page):
            self.addPage(page)
        self._describe_buttons()
        self.resize(960, 640)
        if path is not None:
            self.file_page.path_edit.setText(str(path))

    def _describe_buttons(self) -> None:
        """What each of the wizard's own buttons does, for a screen reader (Qt gives them none)."""
        Button = QWizard.WizardButton
        for which, text in (
            (Button.BackButton, self.tr("Go back to the previous step")),
            (Button.NextButton, self.tr("Go on to the next step")),
            (Button.CommitButton, self.tr("Add the contacts shown in the preview")),
            (Button.FinishButton, self.tr("Close the wizard")),
            (Button.CancelButton, self.tr("Close the wizard without importing anything")),
        ):
            self.button(which).setAccessibleDescription(text)

    def review_duplicates(self) -> None:
        """Close the wizard and open Contacts → Duplicates (the main window does the opening)."""
        self.accept()
        self.review_duplicates_requested.emit()

    def import_done(self, summary: ImportSummary | JsonImportSummary) -> None:
        self.summary = summary
        self.summary_page.show_summary(summary)
        self.imported.emit(summary)
        self.next()

    def import_failed(self, error: Exception) -> None:
        self.progress_page.label.setText(
            self.tr("The import failed and nothing was changed: {error}").format(error=error)
        )
        self.button(QWizard.WizardButton.CancelButton).setText(self.tr("Close"))

    def import_cancelled(self) -> None:
        self.cancelled_import.emit()
        super().reject()

    def reject(self) -> None:
        """Cancel: while importing, ask the job to stop (it rolls back) and close once it has."""
        if self.progress_page.running():
            self.progress_page.label.setText(self.tr("Cancelling… nothing will be changed."))
            self.button(QWizard.WizardButton.CancelButton).setEnabled(False)
            self.progress_page.job.cancel()
            return
        self.preview_page.stop()
        super().reject()

    def closeEvent(self, event) -> None:
        if self.progress_page.running():
            event.ignore()
            self.reject()
            return
        self.preview_page.stop()
        super().closeEvent(event)
