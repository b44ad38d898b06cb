"""The import wizard's last two pages: the import itself (progress, Cancel rolls back) and the summary."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from app.core.formats.importers import ImportSummary
from app.core.formats.importers.json_import_summary import JsonImportSummary
from app.ui.import_export.import_pages import history_text, named, problem_texts, runner_for, wrapping_label
from app.ui.import_export.worker import Job
from app.ui.widgets.text import number

if TYPE_CHECKING:
    from app.ui.import_export.import_wizard import ImportWizard


class ProgressPage(QWizardPage):
    """The import itself: one transaction in a background job. Cancel rolls it back."""

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self._wizard = wizard
        self._done = False
        self.job: Job | None = None
        named(self, "importProgressPage", self.tr("Importing"))
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr("Everything is saved in one step at the end, so a cancelled import changes nothing."))
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        self.label = wrapping_label()
        self.progress = named(QProgressBar(), "importProgress", self.tr("Import progress"))
        self.progress.setRange(0, 1000)
        hint = wrapping_label(self.tr("Cancel stops the import and leaves your contacts exactly as they were."))
        self.hint = hint
        layout.addWidget(self.label)
        layout.addWidget(self.progress)
        layout.addWidget(hint)
        layout.addStretch(1)

    def initializePage(self) -> None:
        source = self._wizard.source
        clock = self._wizard.ctx.clock
        self._done = False
        self.label.setText(self.tr("Importing {file}…").format(file=source.path.name))
        self.progress.setValue(0)
        run = runner_for(source)
        self.job = Job(
            lambda progress, cancelled: run(source, clock=clock, progress=progress, cancelled=cancelled), self
        )
        self.job.progressed.connect(lambda f: self.progress.setValue(int(f * 1000)))
        self.job.succeeded.connect(self._imported)
        self.job.failed.connect(self._wizard.import_failed)
        self.job.cancelled.connect(self._wizard.import_cancelled)
        self.job.start()

    def _imported(self, summary: ImportSummary | JsonImportSummary) -> None:
        self._done = True
        self.progress.setValue(1000)
        self._wizard.import_done(summary)

    def isComplete(self) -> bool:
        return self._done

    def running(self) -> bool:
        return self.job is not None and self.job.is_running() and not self._done


class SummaryPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        named(self, "importSummaryPage", self.tr("Import finished"))
        self.setTitle(self.tr("Import finished"))
        self.setSubTitle(self.tr("Your contacts are on the Contacts page; the Today page shows what to do next."))
        self.setFinalPage(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        self.result = named(wrapping_label(), "importResult", self.tr("Import result"))
        font = self.result.font()
        font.setBold(True)
        self.result.setFont(font)
        self.problems_label = wrapping_label()
        self.problems = named(QListWidget(), "importProblems", self.tr("Skipped rows and notes"))
        self.problems.setWordWrap(True)
        self.problems.setAlternatingRowColors(True)
        self.review = named(
            QPushButton(self.tr("Review Possible Duplicates…")),
            "reviewDuplicates",
            self.tr("Review possible duplicates"),
        )
        self.review.setToolTip(
            self.tr("People who only share a name with someone were kept apart: decide in Contacts → Duplicates")
        )
        self.review.clicked.connect(wizard.review_duplicates)
        self.review.hide()
        layout.addWidget(self.result)
        review_row = QHBoxLayout()
        review_row.addWidget(self.review)
        review_row.addStretch(1)
        layout.addLayout(review_row)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems, 1)
        layout.addStretch(0)  # takes the room instead of the list when there is nothing to list

    def show_summary(self, summary: ImportSummary | JsonImportSummary) -> None:
        parts = [
            self.tr("Added %Ln new contact(s).", "", summary.imported),
        ]
        if summary.merged:
            parts.append(
                self.tr("{n} were already in Rapport and were merged ({u} got new details).").format(
                    n=number(summary.merged), u=number(summary.updated)
                )
            )
        if summary.skipped_count:
            parts.append(self.tr("%Ln row(s) skipped.", "", summary.skipped_count))
        look_alikes = len(getattr(summary, "possible_duplicates", []))
        if look_alikes:
            parts.append(
                self.tr(
                    "{n} look like someone already here (same name) and were kept apart, since a name alone "
                    "does not make the same person."
                ).format(n=number(look_alikes))
            )
        self.review.setVisible(look_alikes > 0)
        if isinstance(summary, JsonImportSummary):
            self.problems_label.setText(
                self.tr(
                    "<b>What was odd in the file</b><br>Each line names its place in the file. Odd values were "
                    "kept as notes or left out; the people were imported all the same."
                )
            )
        else:
            self.problems_label.setText(
                self.tr(
                    "<b>What needs a look</b><br>Odd values were kept as notes on their person; a skipped row had "
                    "nobody in it. Importing the file again after fixing it merges, never doubles."
                )
            )
        if history := history_text(summary):
            parts.append(history)
        self.result.setText(" ".join(parts))
        self.problems.clear()
        for text in problem_texts(summary):
            self.problems.addItem(text)
        has_problems = self.problems.count() > 0
        self.problems.setVisible(has_problems)
        self.problems_label.setVisible(has_problems)
        self.layout().setStretch(self.layout().count() - 1, 0 if has_problems else 1)
