"""Help → About Rapport: version, licence (MIT, with its full text one click away), where the data and the log
are, and where to download a newer version."""

from __future__ import annotations

import importlib.metadata
import platform
import sys
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME, __version__
from app.ui.icons import app_icon
from app.ui.widgets.parts import describe_buttons

LICENCE_NAME = "MIT"
COPYRIGHT = "Copyright © 2026 Rapport developers"
RELEASES_URL = "https://github.com/rapport/rapport/releases/latest"


def licence_text() -> str:
    """The full licence: from the installed package's metadata (wheel, editable install, the bundle's copy of it),
    else the source tree's LICENSE, else a one-line notice."""
    try:
        dist = importlib.metadata.distribution("rapport")
        for name in ("licenses/LICENSE", "LICENSE"):  # metadata 2.4 (setuptools 77+) keeps it under licenses/
            text = dist.read_text(name)
            if text:
                return text
    except importlib.metadata.PackageNotFoundError:  # a source tree that was never installed
        pass
    for folder in (Path(getattr(sys, "_MEIPASS", "")), Path(__file__).resolve().parents[3]):
        candidate = folder / "LICENSE"
        if str(folder) and candidate.is_file():
            return candidate.read_text(encoding="utf-8")
    return f"{COPYRIGHT}\n\nRapport is released under the {LICENCE_NAME} licence."


def about_html(paths) -> str:
    return QCoreApplication.translate(
        "AboutDialog",
        "<h2>{app} {version}</h2>"
        "<p>Your network, your pitch and your follow-ups, in one place — offline, on this computer.</p>"
        "<p>{copyright}.<br>Free software under the {licence} licence: use, copy, change and share it.</p>"
        '<p>Newer versions: <a href="{releases}">{releases_text}</a></p>'
        "<p><b>Data folder:</b><br>{data}</p>"
        "<p><b>Log file:</b><br>{log}</p>"
        "<p>Python {py} · Qt for Python {qt}</p>",
    ).format(
        app=APP_NAME,
        version=__version__,
        copyright=COPYRIGHT,
        licence=LICENCE_NAME,
        releases=RELEASES_URL,
        releases_text=RELEASES_URL.removeprefix("https://").removesuffix("/latest"),
        data=paths.data_dir,
        log=paths.log_file,
        py=platform.python_version(),
        qt=pyside_version,
    )


class AboutDialog(QDialog):
    def __init__(self, paths, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(8)
        top = QHBoxLayout()
        top.setSpacing(16)
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        top.addWidget(icon)
        self.text = QLabel(about_html(paths))
        self.text.setObjectName("aboutText")
        self.text.setWordWrap(True)
        self.text.setOpenExternalLinks(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        top.addWidget(self.text, 1)
        layout.addLayout(top)
        self.licence = QPlainTextEdit(licence_text())
        self.licence.setObjectName("aboutLicence")
        self.licence.setAccessibleName(self.tr("Licence"))
        self.licence.setReadOnly(True)
        self.licence.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.licence.setMinimumHeight(200)
        self.licence.hide()
        layout.addWidget(self.licence, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        describe_buttons(buttons)
        self.licence_button = buttons.addButton(self.tr("&Licence"), QDialogButtonBox.ButtonRole.ActionRole)
        self.licence_button.setObjectName("aboutLicenceButton")
        self.licence_button.setToolTip(self.tr("Show or hide the licence"))
        self.licence_button.setCheckable(True)
        self.licence_button.toggled.connect(self.show_licence)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def show_licence(self, shown: bool = True) -> None:
        self.licence.setVisible(shown)
        self.adjustSize()
