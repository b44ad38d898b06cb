"""File → Export…: choose what to export (vCard 3.0/4.0, CSV, everything as JSON), then where.

The choices are the :data:`EXPORT_CHOICES` table, so another format is one more entry. Writing happens in a
background job into a temporary file renamed into place at the end (an interrupted export never leaves half a
file). Object names: ``exportDialog``, ``exportFormat`` (the choices), ``exportFormat_<key>`` (each radio button),
``exportButton``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.core.formats.exporters import csv_export, json_export
from app.core.formats.exporters import vcard_writer as vcard
from app.core.formats.exporters.files import write_atomically
from app.ui.import_export.worker import Job
from app.ui.widgets.parts import describe_buttons
from app.ui.widgets.text import number

LAST_FOLDER_KEY = "export/lastFolder"
LAST_CHOICE_KEY = "export/lastChoice"


@dataclass(frozen=True)
class ExportChoice:
    key: str
    label: str
    description: str
    file_name: str
    file_filter: str
    writer: Callable[[IO[str]], int]
    noun: str = "contacts"


EXPORT_CHOICES: list[ExportChoice] = [
    ExportChoice(
        "vcard",
        QT_TRANSLATE_NOOP("ExportDialog", "Contacts as vCard 3.0"),
        QT_TRANSLATE_NOOP(
            "ExportDialog",
            "For phones and address books (Apple, Google, Outlook, Thunderbird). Read by almost everything.",
        ),
        "rapport-contacts.vcf",
        QT_TRANSLATE_NOOP("ExportDialog", "vCard files (*.vcf)"),
        vcard.export_vcard,
    ),
    ExportChoice(
        "vcard4",
        QT_TRANSLATE_NOOP("ExportDialog", "Contacts as vCard 4.0"),
        QT_TRANSLATE_NOOP("ExportDialog", "The newer vCard standard (Nextcloud, Thunderbird, CardDAV servers)."),
        "rapport-contacts.vcf",
        QT_TRANSLATE_NOOP("ExportDialog", "vCard files (*.vcf)"),
        vcard.export_vcard4,
    ),
    ExportChoice(
        "csv",
        QT_TRANSLATE_NOOP("ExportDialog", "Contacts as CSV"),
        QT_TRANSLATE_NOOP("ExportDialog", "Google Contacts' layout: imports into Google and opens in any spreadsheet."),
        "rapport-contacts.csv",
        QT_TRANSLATE_NOOP("ExportDialog", "CSV files (*.csv)"),
        csv_export.export_csv,
    ),
    ExportChoice(
        "json",
        QT_TRANSLATE_NOOP("ExportDialog", "Everything as JSON"),
        QT_TRANSLATE_NOOP(
            "ExportDialog",
            "All your data — contacts, interactions, follow-ups, pitches, templates — for safekeeping or scripts.",
        ),
        "rapport-export.json",
        QT_TRANSLATE_NOOP("ExportDialog", "JSON files (*.json)"),
        json_export.export_json,
    ),
]


class ExportDialog(QDialog):
    """Pick a format, then a file. ``exported(message)`` is emitted after a successful export."""

    exported = Signal(str)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.job: Job | None = None
        self.setObjectName("exportDialog")
        self.setAccessibleName(self.tr("Export"))
        self.setWindowTitle(self.tr("Export"))
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        intro = QLabel(self.tr("<b>What would you like to export?</b>"))
        layout.addWidget(intro)
        self.choices = QWidget()
        self.choices.setObjectName("exportFormat")
        self.choices.setAccessibleName(self.tr("Export format"))
        choice_layout = QVBoxLayout(self.choices)
        choice_layout.setContentsMargins(0, 0, 0, 0)
        choice_layout.setSpacing(4)
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        indent = self.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth) + 8
        for choice in EXPORT_CHOICES:
            radio = QRadioButton(self.tr(choice.label))
            radio.setObjectName(f"exportFormat_{choice.key}")
            radio.setAccessibleName(self.tr(choice.label))
            radio.setToolTip(self.tr(choice.description))
            self.group.addButton(radio)
            self.radios[choice.key] = radio
            description = QLabel(self.tr(choice.description))
            description.setWordWrap(True)
            description.setContentsMargins(indent, 0, 0, 8)
            description.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            choice_layout.addWidget(radio)
            choice_layout.addWidget(description)
        layout.addWidget(self.choices)
        note = QLabel(self.tr("Contacts in the trash are not included."))
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        describe_buttons(buttons)
        self.export_button = buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.export_button.setToolTip(self.tr("Choose where to save the file"))
        self.export_button.setDefault(True)
        self.export_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton))
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        last = ctx.settings().value(LAST_CHOICE_KEY, "vcard")
        self.select(last if last in self.radios else EXPORT_CHOICES[0].key)
        self.setMinimumWidth(480)
        self.adjustSize()

    def select(self, key: str) -> None:
        self.radios[key].setChecked(True)

    def choice(self) -> ExportChoice:
        key = next(k for k, radio in self.radios.items() if radio.isChecked())
        return next(c for c in EXPORT_CHOICES if c.key == key)

    def ask_path(self, choice: ExportChoice) -> str:
        folder = QSettings().value(LAST_FOLDER_KEY, str(Path.home()))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), str(Path(str(folder)) / choice.file_name), self.tr(choice.file_filter)
        )
        return path

    def export(self, path: str | None = None) -> None:
        choice = self.choice()
        path = path or self.ask_path(choice)
        if not path:
            return
        QSettings().setValue(LAST_FOLDER_KEY, str(Path(path).parent))
        self.ctx.settings().setValue(LAST_CHOICE_KEY, choice.key)
        progress = QProgressDialog(self.tr("Exporting…"), "", 0, 0, self)
        progress.setObjectName("exportProgress")
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self.job = Job(lambda _progress, _cancelled: write_atomically(path, choice.writer), self)
        self.job.succeeded.connect(lambda count: self._done(progress, choice, path, count))
        self.job.failed.connect(lambda error: self._failed(progress, path, error))
        self.export_button.setEnabled(False)
        self.job.start()

    def _done(self, progress: QProgressDialog, choice: ExportChoice, path: str, count: int) -> None:
        progress.close()
        self.exported.emit(
            self.tr("Exported {n} {noun} to {path}").format(n=number(count), noun=choice.noun, path=path)
        )
        self.accept()

    def _failed(self, progress: QProgressDialog, path: str, error: Exception) -> None:
        progress.close()
        self.export_button.setEnabled(True)
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        QMessageBox.warning(
            self, self.tr("Export failed"), self.tr("Could not write {path}:\n{error}").format(path=path, error=reason)
        )

    def reject(self) -> None:
        if self.job is not None and self.job.is_running():
            return  # a few seconds at most; the file is written atomically
        super().reject()
