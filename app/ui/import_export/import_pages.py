"""The import wizard's helpers and its first two pages: choosing the file (and its format), and the preview (a dry
run of the real import). See :mod:`app.ui.import_export.import_wizard`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
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
from app.core.formats.importers.json_import import run_json_import
from app.core.formats.importers.json_import_summary import NOUNS, JsonImportSummary
from app.ui.import_export.preview_table_model import ACTION_ROLE, ImportPreviewModel
from app.ui.import_export.worker import Job
from app.ui.widgets.form_rows import add_row
from app.ui.widgets.text import number

PREVIEW_ROWS = 500
FILE_FILTER = QT_TRANSLATE_NOOP(
    "FilePage",
    "Contacts (*.csv *.vcf *.vcard *.json *.zip);;CSV files (*.csv);;vCard files (*.vcf *.vcard);;LinkedIn data export (*.zip);;Rapport export (*.json);;All files (*)",  # noqa: E501  (one literal: lupdate reads it whole)
)
LAST_FOLDER_KEY = "import/lastFolder"

if TYPE_CHECKING:
    from app.ui.import_export.import_wizard import ImportWizard


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("", text, disambiguation, n)  # the empty context: lupdate files a bare tr() there


def runner_for(source):
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


def _counted(counts) -> str:
    """``the profile, 3 circles, 410 interactions`` in the user's language: what the core's ``counted`` says in
    English for the command line."""
    texts = {
        "profile": lambda _n: _tr("the profile"),
        "circles": lambda n: _tr("%Ln circle(s)", "", n),
        "companies": lambda n: _tr("%Ln compan(y/ies)", "", n),
        "interactions": lambda n: _tr("%Ln interaction(s)", "", n),
        "ledger": lambda n: _tr("%Ln ledger entr(y/ies)", "", n),
        "followups": lambda n: _tr("%Ln follow-up(s)", "", n),
        "pitches": lambda n: _tr("%Ln pitch(es)", "", n),
        "pitch_revisions": lambda n: _tr("%Ln pitch revision(s)", "", n),
        "rehearsals": lambda n: _tr("%Ln rehearsal(s)", "", n),
        "templates": lambda n: _tr("%Ln template(s)", "", n),
        "research": lambda n: _tr("%Ln research note(s)", "", n),
        "contact_images": lambda n: _tr("%Ln card image(s)", "", n),
        "settings": lambda n: _tr("%Ln setting(s)", "", n),
        "opportunities": lambda n: _tr("%Ln opportunit(y/ies)", "", n),
        "documents": lambda n: _tr("%Ln document version(s)", "", n),
        "documents_sent": lambda n: _tr("%Ln document(s) sent", "", n),
    }
    return ", ".join(texts[key](counts[key]) for key, _one, _many in NOUNS if counts.get(key, 0))


def counts_text(summary) -> str:
    """ "5 new · 0 already here (merged) · 1 skipped": the preview's counts, and the status bar's after an import."""
    return _tr("{new} new · {merged} already here (merged) · {skipped} skipped").format(
        new=number(summary.imported), merged=number(summary.merged), skipped=number(summary.skipped_count)
    )


def history_text(summary) -> str:
    """For Rapport's JSON export: what it brings besides contacts (empty for other files)."""
    if not isinstance(summary, JsonImportSummary):
        return ""
    if summary.changed_nothing:
        return _tr("Nothing new: everything in this file is already here.")
    added, present = _counted(summary.added), _counted(summary.present)
    if summary.restore:
        text = _tr("Also restores {what}.") if summary.dry_run else _tr("Also restored {what}.")
    else:
        text = _tr("Also adds {what}.") if summary.dry_run else _tr("Also added {what}.")
    text = text.format(what=added) if added else ""
    if present:
        already = _tr("Already here: {what}.")  # outside the f-string, where lupdate does not look
        text = f"{text} {already.format(what=present)}".strip()
    return text


def named(widget, name: str, accessible: str):
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


def wrapping_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class FilePage(QWizardPage):
    """Which file, and (rarely needed) which format."""

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self._wizard = wizard
        named(self, "importFilePage", self.tr("Choose a file"))
        self.setTitle(self.tr("Import contacts"))
        self.setSubTitle(
            self.tr(
                "Bring in the people you already know. People already in Rapport (same email, same LinkedIn "
                "profile, or same name and company) are merged, never doubled."
            )
        )
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        where = wrapping_label(
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
        self.path_edit = named(QLineEdit(), "importFile", self.tr("File to import"))
        self.path_edit.setPlaceholderText(self.tr("Connections.csv, contacts.csv, contacts.vcf or rapport.json"))
        self.path_edit.setClearButtonEnabled(True)
        self.path_edit.textChanged.connect(self._changed)
        self.browse = named(QPushButton(self.tr("&Browse…")), "importBrowse", self.tr("Browse for a file"))
        self.browse.setToolTip(self.tr("Choose the file to import"))
        self.browse.clicked.connect(self.choose_file)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        add_row(form, self.tr("&File:"), row, buddy=self.path_edit)
        self.format_box = named(QComboBox(), "importFormat", self.tr("File format"))
        self.format_box.addItem(self.tr("Recognise automatically"), "auto")
        for key in FORMATS:
            self.format_box.addItem(self.tr(FORMAT_LABELS[key]), key)
        self.format_box.addItem(self.tr(JSON_LABEL), "json")
        self.format_box.setToolTip(
            self.tr("Rapport recognises the format from the content; choose one only if it cannot")
        )
        self.format_box.currentIndexChanged.connect(self._changed)
        add_row(form, self.tr("F&ormat:"), self.format_box)
        layout.addLayout(form)
        self.error = named(wrapping_label(), "importError", self.tr("Problem with the file"))
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
        named(self, "importPreviewPage", self.tr("Check before importing"))
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(self.tr("Nothing has been changed yet. This is what the import will do."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        self.detected = named(wrapping_label(), "importDetected", self.tr("Detected format"))
        self.counts = named(wrapping_label(), "importCounts", self.tr("What will happen"))
        font = self.counts.font()
        font.setBold(True)
        self.counts.setFont(font)
        self.history = named(wrapping_label(), "importHistory", self.tr("What else the file brings"))
        self.history.hide()
        self.progress = named(QProgressBar(), "importAnalysis", self.tr("Reading the file"))
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.model = PreviewModel(self)
        self.filtered = QSortFilterProxyModel(self)
        self.filtered.setSourceModel(self.model)
        self.filtered.setFilterRole(ACTION_ROLE)
        self.show_box = named(QComboBox(), "importShow", self.tr("Rows to show"))
        for text, action in (
            (self.tr("All rows"), ""),
            (self.tr("New people"), "create"),
            (self.tr("Already here (merged)"), "merge"),
            (self.tr("Skipped"), "skip"),
        ):
            self.show_box.addItem(text, action)
        self.show_box.setToolTip(self.tr("Show only the rows that will be added, merged or skipped"))
        self.show_box.currentIndexChanged.connect(self._filter)
        self.table = named(QTableView(), "importPreview", self.tr("Rows of the file"))
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
        self.more = wrapping_label()
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

        run = runner_for(source)
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
        counts = counts_text(summary)
        if look_alikes := len(getattr(summary, "possible_duplicates", [])):
            counts += " · " + self.tr("%Ln possible duplicate(s) (kept apart)", "", look_alikes)
        self.counts.setText(counts)
        if total > len(self._outcomes):
            self.more.setText(
                self.tr("Showing the first {n} of {total} rows.").format(
                    n=number(len(self._outcomes)), total=number(total)
                )
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
