"""Help → Getting Started: a short guide that ships inside the package (``getting-started.html`` next to this
module: package data of the wheel, a data file of the PyInstaller bundle), shown offline in a dialog; "Open in
Browser" hands the same local file to the system browser."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app.ui.i18n import current_language
from app.ui.widgets.parts import describe_buttons

GUIDE_FILE = "getting-started.html"


def guide_path(language: str | None = None) -> Path:
    """The guide's file: beside this module in a source tree, an installed wheel and the PyInstaller bundle
    (whose ``__file__`` points into ``sys._MEIPASS/app/ui/help``); in the interface's language
    (``getting-started.LANG.html``) when there is one, else the English original."""
    here = Path(__file__).resolve()
    translated = here.with_name(f"getting-started.{language or current_language()}.html")
    return translated if translated.is_file() else here.with_name(GUIDE_FILE)


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("Getting Started with Rapport"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideText")
        self.browser.setAccessibleName(self.tr("Getting started guide"))
        self.browser.setAccessibleDescription(self.tr("How to use Rapport, step by step; links open in your browser"))
        self.browser.setOpenExternalLinks(True)
        self.browser.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.browser.document().setDocumentMargin(16)
        path = guide_path()
        if path.is_file():
            self.browser.setSource(QUrl.fromLocalFile(str(path)))
        else:  # a broken installation: say so rather than show an empty page
            self.browser.setPlainText(self.tr("The guide is missing from this installation: {path}").format(path=path))
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        describe_buttons(buttons)
        self.open_button = buttons.addButton(self.tr("Open in Browser"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setObjectName("guideOpenInBrowser")
        self.open_button.setToolTip(self.tr("Open this guide in your web browser"))
        self.open_button.setEnabled(path.is_file())
        self.open_button.clicked.connect(self.open_in_browser)
        buttons.rejected.connect(self.reject)
        buttons.setContentsMargins(8, 0, 8, 0)
        layout.addWidget(buttons)
        self.resize(680, 720)

    def open_in_browser(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(guide_path())))
