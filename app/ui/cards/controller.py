"""Business cards in the main window: the menu actions, dropping a card picture, and offering My Profile.

Installed by one line in MainWindow (``self.business_cards = BusinessCards(self)``) so the window's own code
stays small: File → Print Business Cards… and Scan Business Card…, Edit → My Profile…, a status-bar link
"Tell Rapport about you…" while the profile is empty and its dialog not yet seen, and a drop handler that takes
picture files only (other dropped files, such as .vcf and .csv imports, are left to whoever else handles drops on
the window).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QPushButton

from app.core import overview
from app.core.cards.images import IMAGE_SUFFIXES, ImageRejected, heic_supported, is_image_path
from app.core.profile import load_profile, mark_profile_offered, profile_offered

if TYPE_CHECKING:  # the dialogs load when first opened, not with the window
    from app.ui.cards.designer import CardDesigner
    from app.ui.cards.scan_dialog import ScanDialog
    from app.ui.profile.editor import ProfileDialog

log = logging.getLogger(__name__)


class BusinessCards(QObject):
    """Owns the business-card actions and dialogs of one main window."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.scan_dialog: ScanDialog | None = None
        self.designer: CardDesigner | None = None
        self.profile_dialog: ProfileDialog | None = None

        registry = window.action_registry  # declared in app.ui.actions_catalog, placed in File and Edit
        for key, handler in (
            ("printCardsAction", self.open_designer),
            ("scanCardAction", self.choose_and_scan),
            ("profileAction", self.open_profile),
        ):
            registry.handle(key, handler)
        self.print_action = registry.action("printCardsAction")
        self.scan_action = registry.action("scanCardAction")
        self.profile_action = registry.action("profileAction")

        self.profile_link = QPushButton(self.tr("Tell Rapport about you…"))
        self.profile_link.setObjectName("profileLink")
        self.profile_link.setAccessibleName(self.tr("Tell Rapport about you"))
        self.profile_link.setToolTip(self.tr("Your name and contact details go on your business card and emails"))
        self.profile_link.setFlat(True)
        self.profile_link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.profile_link.clicked.connect(self.open_profile)
        window.statusBar().addWidget(self.profile_link)
        self.ctx.bus.settings_changed.connect(self.update_profile_link)
        self.ctx.bus.data_reset.connect(self.update_profile_link)
        self.update_profile_link()

        window.setAcceptDrops(True)
        window.installEventFilter(self)

    # --- profile ---------------------------------------------------------------------------------------------------
    def update_profile_link(self) -> None:
        """The status bar's "Tell Rapport about you…" is an offer, made until the profile dialog has been seen once
        (the first-run offer counts): after "Later" Edit → My Profile… is where it lives, not a lasting nag."""
        self.profile_link.setVisible(not load_profile().name.strip() and not profile_offered())

    def _profile_closed(self) -> None:
        self.profile_dialog = None
        mark_profile_offered()
        self.update_profile_link()

    def open_profile(self, *, first_run: bool = False) -> ProfileDialog:
        """Edit → My Profile… (non-modal, one at a time)."""
        if self.profile_dialog is not None and self.profile_dialog.isVisible():
            self.profile_dialog.raise_()
            self.profile_dialog.activateWindow()
            return self.profile_dialog
        from app.ui.profile.editor import ProfileDialog

        dialog = ProfileDialog(self.ctx, self.window, first_run=first_run)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.editor.saved.connect(self.update_profile_link)
        dialog.finished.connect(self._profile_closed)
        dialog.destroyed.connect(lambda: setattr(self, "profile_dialog", None))
        self.profile_dialog = dialog
        dialog.show()
        return dialog

    def offer_profile_once(self) -> bool:
        """On the very first start of a brand-new data folder, ask who I am (once; "Later" is fine)."""
        if profile_offered() or not overview.is_empty() or not load_profile().is_empty():
            return False
        mark_profile_offered()
        self.update_profile_link()  # the dialog itself is the offer now
        QTimer.singleShot(300, lambda: self.open_profile(first_run=True))
        return True

    # --- my card -------------------------------------------------------------------------------------------------
    def open_designer(self) -> CardDesigner:
        if self.designer is not None and self.designer.isVisible():
            self.designer.raise_()
            return self.designer
        from app.ui.cards.designer import CardDesigner

        designer = CardDesigner(self.ctx, self.window)
        designer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        designer.edit_profile_requested.connect(self.open_profile)
        designer.destroyed.connect(lambda: setattr(self, "designer", None))
        self.designer = designer
        designer.show()
        return designer

    # --- scanning ------------------------------------------------------------------------------------------------
    def choose_and_scan(self) -> None:
        patterns = " ".join(f"*{s}" for s in IMAGE_SUFFIXES if heic_supported() or s not in (".heic", ".heif"))
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Scan a business card"),
            str(Path.home()),
            self.tr("Photos and scans ({patterns})").format(patterns=patterns),
        )
        if path:
            self.scan_file(Path(path))

    def scan_file(self, path: Path) -> ScanDialog | None:
        """Open the review form for the card picture at ``path`` (recognition starts at once)."""
        from app.core.cards.ocr import choose_engine
        from app.ui.cards.picture import load_card_picture
        from app.ui.cards.scan_dialog import ScanDialog

        try:
            image, card_image = load_card_picture(path)
        except ImageRejected as exc:
            QMessageBox.warning(self.window, self.tr("Cannot use this picture"), exc.said())
            return None
        if self.scan_dialog is not None and self.scan_dialog.isVisible():
            self.scan_dialog.close()
        choice = choose_engine()
        dialog = ScanDialog(self.ctx, image, card_image, choice.engine, choice.hint, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, "scan_dialog", None))
        self.scan_dialog = dialog
        dialog.show()
        return dialog

    # --- drops -----------------------------------------------------------------------------------------------------
    @staticmethod
    def dropped_pictures(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        return [p for p in paths if is_image_path(p)]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if self.dropped_pictures(event):
                event.acceptProposedAction()
                return True
        elif watched is self.window and event.type() == QEvent.Type.Drop:
            pictures = self.dropped_pictures(event)
            if pictures:
                event.acceptProposedAction()
                QTimer.singleShot(0, lambda: self.scan_file(pictures[0]))
                return True
        return super().eventFilter(watched, event)
