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

from PySide6.QtCore import QCoreApplication, QSettings, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from app.core.formats.importers import (
    FORMAT_LABELS,
    FORMATS,
    ImportRejected,
    ImportSummary,
    RowOutcome,
    load_source,
    run_import,
)
from app.core.formats.importers.json_backup import LABEL as JSON_LABEL
from app.core.formats.importers.json_backup import Backup, looks_like_json, read_backup
from app.core.formats.importers.json_import import JsonImportSummary, counted, run_json_import
from app.ui.import_export.preview_table_model import ACTION_ROLE, ImportPreviewModel
from app.ui.import_export.worker import Job

PREVIEW_ROWS = 500
FILE_FILTER = (
    "Contacts (*.csv *.vcf *.vcard *.json *.zip);;CSV files (*.csv);;vCard files (*.vcf *.vcard);;"
    "LinkedIn data export (*.zip);;Rapport export (*.json);;All files (*)"
)
LAST_FOLDER_KEY = "import/lastFolder"


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # the empty context: lupdate files a bare tr() there


def _runner(source):
    """The import function for ``source``: the engine for address books, the JSON import for Rapport's own
    export. Looked up at call time (tests wrap them)."""
    return run_json_import if isinstance(source, Backup) else run_import


class PreviewModel(ImportPreviewModel):
    """The preview rows; the first column is the file's line, or for Rapport's JSON export the contact's number
    in the file (JSON records have no line of their own)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._first = "Line"

    def set_first_column(self, title: str) -> None:
        if title != self._first:
            self._first = title
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 0)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        horizontal = orientation == Qt.Orientation.Horizontal
        if section == 0 and horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self._first)
        return super().headerData(section, orientation, role)


def problem_texts(summary) -> list[str]:
    """What the summary page lists: skipped rows, values kept as notes or left out, possible duplicates."""
    if isinstance(summary, JsonImportSummary):
        return [f"{where}: {text}" for where, text in summary.messages()]
    texts = [
        _tr("Line {line}: skipped — {reason}").format(line=line, reason=reason) for line, reason in summary.skipped
    ]
    texts += [_tr("Line {line}: {note}").format(line=line, note=note) for line, note in summary.warnings]
    texts += [
        _tr("Line {line}: {note}").format(line=line, note=note)
        for line, note in getattr(summary, "possible_duplicates", [])
    ]
    return texts


def history_text(summary) -> str:
    """For Rapport's JSON export: what it brings besides contacts (empty for other files)."""
    if not isinstance(summary, JsonImportSummary):
        return ""
    if summary.changed_nothing:
        return _tr("Nothing new: everything in this file is already here.")
    added, present = counted(summary.added), counted(summary.present)
    if summary.restore:
        text = _tr("Also restores {what}.") if summary.dry_run else _tr("Also restored {what}.")
    else:
        text = _tr("Also adds {what}.") if summary.dry_run else _tr("Also added {what}.")
    text = text.format(what=added) if added else ""
    if present:
        text = f"{text} {_tr('Already here: {what}.').format(what=present)}".strip()
    return text


def _named(widget, name: str, accessible: str):
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


def _wrapping(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class FilePage(QWizardPage):
    """Which file, and (rarely needed) which format."""

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self._wizard = wizard
        _named(self, "importFilePage", "Choose a file")
        self.setTitle(self.tr("Import contacts"))
        self.setSubTitle(
            self.tr(
                "Bring in the people you already know. People already in Rapport (same email, same LinkedIn "
                "profile, or same name and company) are merged, never doubled."
            )
        )
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        where = _wrapping(
            self.tr(
                "<b>Where to get a file</b><br>"
                "<b>LinkedIn:</b> Settings &amp; Privacy → Data privacy → Get a copy of your data → Connections. "
                "LinkedIn emails you <i>Connections.csv</i>.<br>"
                "<b>Google Contacts:</b> Export → Google CSV or vCard.<br>"
                "<b>Outlook:</b> File → Open &amp; Export → Import/Export → Export to a file → Comma Separated "
                "Values.<br>"
                "<b>Phone, Apple Contacts, Thunderbird:</b> share or export your contacts as a <i>.vcf</i> file.<br>"
                "<b>Rapport:</b> File → Export… → JSON (<i>.json</i>) brings everything back: into an empty data "
                "folder it restores it all, into one with data it adds what is new."
            )
        )
        where.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(where)
        layout.addSpacing(8)
        form = QFormLayout()
        form.setSpacing(8)
        row = QHBoxLayout()
        self.path_edit = _named(QLineEdit(), "importFile", "File to import")
        self.path_edit.setPlaceholderText(self.tr("Connections.csv, contacts.csv, contacts.vcf or rapport.json"))
        self.path_edit.setClearButtonEnabled(True)
        self.path_edit.textChanged.connect(self._changed)
        self.browse = _named(QPushButton(self.tr("&Browse…")), "importBrowse", "Browse for a file")
        self.browse.setToolTip(self.tr("Choose the file to import"))
        self.browse.clicked.connect(self.choose_file)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, row)
        self.format_box = _named(QComboBox(), "importFormat", "File format")
        self.format_box.addItem(self.tr("Recognise automatically"), "auto")
        for key in FORMATS:
            self.format_box.addItem(self.tr(FORMAT_LABELS[key]), key)
        self.format_box.addItem(self.tr(JSON_LABEL), "json")
        self.format_box.setToolTip(
            self.tr("Rapport recognises the format from the content; choose one only if it cannot")
        )
        self.format_box.currentIndexChanged.connect(self._changed)
        form.addRow(self.tr("F&ormat:"), self.format_box)
        layout.addLayout(form)
        self.error = _named(_wrapping(), "importError", "Problem with the file")
        self.error.hide()
        layout.addWidget(self.error)
        layout.addStretch(1)

    def _changed(self) -> None:
        self.error.hide()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def choose_file(self) -> None:
        settings = QSettings()
        start = self.path_edit.text().strip() or str(settings.value(LAST_FOLDER_KEY, str(Path.home())))
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file to import"), start, self.tr(FILE_FILTER))
        if path:
            settings.setValue(LAST_FOLDER_KEY, str(Path(path).parent))
            self.path_edit.setText(path)

    def validatePage(self) -> bool:
        path = Path(self.path_edit.text().strip()).expanduser()
        wanted = self.format_box.currentData()
        try:
            if wanted == "json" or (wanted == "auto" and looks_like_json(path)):
                source = read_backup(path)
            else:
                source = load_source(path, wanted)
        except ImportRejected as exc:
            self.error.setText(
                self.tr("<b>This file cannot be imported.</b> {reason}.").format(
                    reason=exc.reason[:1].upper() + exc.reason[1:]
                )
            )
            self.error.show()
            return False
        self._wizard.source = source
        return True


class PreviewPage(QWizardPage):
    """A dry run of the whole file: counts, and the first rows with what will happen to each."""

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self._wizard = wizard
        self._job: Job | None = None
        self._summary: ImportSummary | None = None
        self._outcomes: list[RowOutcome] = []
        _named(self, "importPreviewPage", "Check before importing")
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(self.tr("Nothing has been changed yet. This is what the import will do."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        self.detected = _named(_wrapping(), "importDetected", "Detected format")
        self.counts = _named(_wrapping(), "importCounts", "What will happen")
        font = self.counts.font()
        font.setBold(True)
        self.counts.setFont(font)
        self.history = _named(_wrapping(), "importHistory", "What else the file brings")
        self.history.hide()
        self.progress = _named(QProgressBar(), "importAnalysis", "Reading the file")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.model = PreviewModel(self)
        self.filtered = QSortFilterProxyModel(self)
        self.filtered.setSourceModel(self.model)
        self.filtered.setFilterRole(ACTION_ROLE)
        self.show_box = _named(QComboBox(), "importShow", "Rows to show")
        for text, action in (
            (self.tr("All rows"), ""),
            (self.tr("New people"), "create"),
            (self.tr("Already here (merged)"), "merge"),
            (self.tr("Skipped"), "skip"),
        ):
            self.show_box.addItem(text, action)
        self.show_box.setToolTip(self.tr("Show only the rows that will be added, merged or skipped"))
        self.show_box.currentIndexChanged.connect(self._filter)
        self.table = _named(QTableView(), "importPreview", "Rows of the file")
        self.table.setModel(self.filtered)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.more = _wrapping()
        for widget in (self.detected, self.progress):
            layout.addWidget(widget)
        counts_row = QHBoxLayout()
        counts_row.addWidget(self.counts, 1)
        show_label = QLabel(self.tr("&Show:"))
        show_label.setBuddy(self.show_box)
        counts_row.addWidget(show_label)
        counts_row.addWidget(self.show_box)
        layout.addLayout(counts_row)
        layout.addWidget(self.history)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.more)

    def initializePage(self) -> None:
        source = self._wizard.source
        self._summary = None
        self._outcomes = []
        self.model.set_rows([])
        self.model.set_first_column("#" if isinstance(source, Backup) else "Line")
        self.history.clear()
        self.history.hide()
        self.show_box.setCurrentIndex(0)
        self.detected.setText(
            self.tr("{path}<br>{format} · {encoding}").format(
                path=source.path.name, format=self.tr(source.label), encoding=source.encoding
            )
        )
        self.counts.setText(self.tr("Reading the file…"))
        self.more.clear()
        self.progress.setValue(0)
        self.progress.show()
        outcomes = self._outcomes
        clock = self._wizard.ctx.clock

        def collect(outcome: RowOutcome) -> None:
            if len(outcomes) < PREVIEW_ROWS:
                outcomes.append(outcome)

        run = _runner(source)
        self._job = Job(
            lambda progress, cancelled: run(
                source, dry_run=True, clock=clock, progress=progress, cancelled=cancelled, on_row=collect
            ),
            self,
        )
        self._job.progressed.connect(lambda f: self.progress.setValue(int(f * 1000)))
        self._job.succeeded.connect(self._analysed)
        self._job.failed.connect(self._failed)
        self._job.start()

    def _filter(self) -> None:
        action = self.show_box.currentData()
        self.filtered.setFilterFixedString(action or "")

    def _analysed(self, summary: ImportSummary | JsonImportSummary) -> None:
        self._summary = summary
        self.progress.hide()
        self.model.set_rows(self._outcomes)
        self.table.resizeColumnsToContents()
        for column, width in ((2, 220), (3, 200), (4, 240)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), width))
        total = summary.imported + summary.merged + summary.skipped_count
        counts = self.tr("{new} new · {merged} already here (merged) · {skipped} skipped").format(
            new=f"{summary.imported:,}", merged=f"{summary.merged:,}", skipped=f"{summary.skipped_count:,}"
        )
        if look_alikes := len(getattr(summary, "possible_duplicates", [])):
            counts += " · " + self.tr("{n} possible duplicates (kept apart)").format(n=f"{look_alikes:,}")
        self.counts.setText(counts)
        if total > len(self._outcomes):
            self.more.setText(
                self.tr("Showing the first {n} of {total} rows.").format(n=len(self._outcomes), total=f"{total:,}")
            )
        if summary.imported + summary.merged == 0 and not history_text(summary):
            self.more.setText(self.tr("There is nobody to import in this file: every row has a problem (see Details)."))
        if history := history_text(summary):
            self.history.setText(history)
            self.history.show()
        self._wizard.preview_summary = summary
        self.completeChanged.emit()

    def _failed(self, error: Exception) -> None:
        self.progress.hide()
        self.counts.setText(self.tr("Could not read the file: {error}").format(error=error))

    def isComplete(self) -> bool:
        summary = self._summary
        if summary is None:
            return False
        extra = sum(summary.added.values()) + sum(summary.present.values()) if hasattr(summary, "added") else 0
        return summary.imported + summary.merged + extra > 0

    def cleanupPage(self) -> None:
        self.stop()

    def stop(self) -> None:
        if self._job is not None and self._job.is_running():
            self._job.cancel()
            self._job.wait()


class ProgressPage(QWizardPage):
    """The import itself: one transaction in a background job. Cancel rolls it back."""

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self._wizard = wizard
        self._done = False
        self.job: Job | None = None
        _named(self, "importProgressPage", "Importing")
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr("Everything is saved in one step at the end, so a cancelled import changes nothing."))
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        self.label = _wrapping()
        self.progress = _named(QProgressBar(), "importProgress", "Import progress")
        self.progress.setRange(0, 1000)
        hint = _wrapping(self.tr("Cancel stops the import and leaves your contacts exactly as they were."))
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
        run = _runner(source)
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
        _named(self, "importSummaryPage", "Import finished")
        self.setTitle(self.tr("Import finished"))
        self.setSubTitle(self.tr("Your contacts are on the Contacts page; the Today page shows what to do next."))
        self.setFinalPage(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        self.result = _named(_wrapping(), "importResult", "Import result")
        font = self.result.font()
        font.setBold(True)
        self.result.setFont(font)
        self.problems_label = _wrapping()
        self.problems = _named(QListWidget(), "importProblems", "Skipped rows and notes")
        self.problems.setWordWrap(True)
        self.problems.setAlternatingRowColors(True)
        self.review = _named(
            QPushButton(self.tr("Review Possible Duplicates…")), "reviewDuplicates", "Review possible duplicates"
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
            self.tr("Added {n} new contacts.").format(n=f"{summary.imported:,}"),
        ]
        if summary.merged:
            parts.append(
                self.tr("{n} were already in Rapport and were merged ({u} got new details).").format(
                    n=f"{summary.merged:,}", u=f"{summary.updated:,}"
                )
            )
        if summary.skipped_count:
            parts.append(self.tr("{n} rows were skipped.").format(n=f"{summary.skipped_count:,}"))
        look_alikes = len(getattr(summary, "possible_duplicates", []))
        if look_alikes:
            parts.append(
                self.tr(
                    "{n} look like someone already here (same name) and were kept apart, since a name alone "
                    "does not make the same person."
                ).format(n=f"{look_alikes:,}")
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
        _named(self, "importWizard", "Import contacts")
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
        self.resize(960, 640)
        if path is not None:
            self.file_page.path_edit.setText(str(path))

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
