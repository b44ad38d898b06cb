"""Preferences → Data: where the data lives, with a button to open the folder."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.icons import ui_icon
from app.ui.settings.dialog import SettingsTab
from app.ui.widgets.form_rows import add_row
from app.ui.widgets.text import heading


def _path_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class DataTab(SettingsTab):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setObjectName("settingsData")
        paths = ctx.paths
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(8)
        layout.addWidget(heading(self.tr("Your data"), level=2))
        intro = QLabel(
            self.tr(
                "Everything stays on this computer, in one folder: your contacts, follow-ups, pitches and "
                "backups. Copy the folder to move Rapport to another computer."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setSpacing(8)
        self.folder = _path_label(str(paths.data_dir))
        self.folder.setObjectName("dataFolder")
        add_row(form, self.tr("Folder:"), self.folder)
        form.addRow(self.tr("Database:"), _path_label(str(paths.db_path)))
        form.addRow(self.tr("Backups:"), _path_label(str(paths.backup_dir)))
        form.addRow(self.tr("Log file:"), _path_label(str(paths.log_file)))
        layout.addLayout(form)
        row = QHBoxLayout()
        self.open_button = QPushButton(ui_icon("export"), self.tr("Open data folder"))
        self.open_button.setObjectName("openDataFolder")
        self.open_button.setToolTip(self.tr("Show the folder in your file manager"))
        self.open_button.clicked.connect(self.open_folder)
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def open_folder(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.paths.data_dir)))
